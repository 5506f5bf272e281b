"""One Doc as the coder's stages see it: its entities by token, concepts, sectors, and lexicon look-ups."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attributes as _attributes  # noqa: F401  (declares Doc._ attributes)
from newsgraph.extract.events.groups import GroupMaker
from newsgraph.extract.events.parts import Referent
from newsgraph.extract.events.place_words import _PAIRED_STATES, _WATER_FIRST_WORDS, _WATER_LAST_WORDS
from newsgraph.extract.events.syntax import (
    _expected,
    _noun_forms,
    _objects_of,
    _particle_after,
    _plain_lemma,
    _verb_lemma,
)
from newsgraph.extract.events.words import (
    _CURRENCY_ABBREVIATIONS,
    _MEMBER_NOUNS,
    _STATE_NOUNS,
)
from newsgraph.extract.names import BODY_WORDS
from newsgraph.extract.relations import ROLE_RELATIONS
from newsgraph.records import EventDate

if TYPE_CHECKING:
    from newsgraph.extract.events.component import EventCoder

#: Bodies named by the members they gather: "a panel of bankers", "the committee of creditor banks".
_MEMBERED_BODIES = BODY_WORDS | frozenset(("panel", "team", "delegation", "mission"))

#: Quotation marks as the tokenizer gives them: straight, curly, and the TeX-style pairs of wire copy.
_QUOTE_MARKS = ('"', "“", "”", "''", "``")
_OPENING_MARKS = ("“", "``")
_QUOTE_IDS = numpy.array([get_string_id(mark) for mark in _QUOTE_MARKS], dtype=numpy.uint64)


def _quotation_regions(doc: Doc) -> list[int | None]:
    """For each token, the index of the opening quotation mark it stands inside, or None (the marks themselves
    stand outside). A straight quote opens when no quotation is open and closes the open one otherwise.

    Read from the Doc's array of word ids, visiting only the marks: a Token made for every word of the article
    cost as much as the rest of the coder's work on quotations."""
    words = doc.to_array(ORTH)
    regions: list[int | None] = [None] * len(words)
    strings = doc.vocab.strings
    opened: int | None = None
    start = 0  # the first token after the last mark
    for i in numpy.flatnonzero(numpy.isin(words, _QUOTE_IDS)).tolist():
        regions[start:i] = [opened] * (i - start)
        mark = strings[int(words[i])]
        opened = i if mark in _OPENING_MARKS or (mark == '"' and opened is None) else None
        start = i + 1
    regions[start:] = [opened] * (len(words) - start)
    return regions


class _DocIndex:
    """The per-Doc indexes every stage reads; each lookup is a dict access."""

    def __init__(self, coder: EventCoder, doc: Doc) -> None:
        self.coder = coder
        self.gazetteer = coder.gazetteer
        self.lexicon = coder.lexicon
        self.doc = doc
        self.entities: dict[str, Any] = doc._.entities or {}
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.kb_id_ and ent.kb_id_ in self.entities:
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
        self.concept_of: dict[int, str] = {}
        for span in doc.spans.get("concepts", []):
            if span.kb_id_:
                for i in range(span.start, span.end):
                    self.concept_of[i] = span.kb_id_
        self.published: date | None = doc._.published
        self.inferred = (doc._.get("published_source") if Doc.has_extension("published_source")
                         else None) == "inferred"
        self.person_sector: dict[str, str] = {}
        for relation in doc._.relations or []:
            rule = relation.rule or ""
            if ":" in rule and rule.startswith("title-"):
                title = self.gazetteer.title(rule.split(":", 1)[1])
                if title is not None and title.sector:
                    self.person_sector.setdefault(relation.subject, title.sector)
        # the country each person holds a role in ("President of Russia"), for "his country"
        self.person_country: dict[str, str] = {}
        for relation in doc._.relations or []:
            if relation.predicate in ROLE_RELATIONS:
                self.person_country.setdefault(relation.subject, relation.object)
        self._quotes: list[int | None] | None = None
        self._ids: numpy.ndarray | None = None
        self.groups = GroupMaker(self.gazetteer, coder.sector_codes, self.entities, doc._.doc_id)
        self._date_cache: dict[int, EventDate | None] = {}
        self._forms_cache: dict[int, tuple[str, ...]] = {}
        self._reported_cache: dict[int, list[Token]] = {}
        self.trigger_heads: set[int] = set()
        self.event_heads: set[int] = set()
        #: the leading words of the article's company names (``coding._firm_names``), made when first asked
        self.firm_names: frozenset[tuple[str, ...]] | None = None

    def _token_ids(self) -> numpy.ndarray:
        """The Doc's LEMMA, LOWER, POS and TAG ids, a row per token, read once for every stage that scans the
        whole Doc (reading ``token.pos_`` there would make a Token object for each word of the article)."""
        if self._ids is None:
            self._ids = self.doc.to_array([LEMMA, LOWER, POS, TAG])
        return self._ids

    def _positions(self, pos: int, lemmas: frozenset[int] | None = None) -> list[int]:
        """The indices of the tokens of the part of speech ``pos`` (a spaCy symbol), in order; with ``lemmas``,
        only those whose lemma is one of these string ids."""
        ids = self._token_ids()
        found = numpy.flatnonzero(ids[:, 2] == pos).tolist() if len(ids) else []
        if lemmas is None:
            return found
        lemma_ids = ids[:, 0]
        return [i for i in found if int(lemma_ids[i]) in lemmas]

    def _is_event_noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and bool(self.lexicon.noun_entries(*_noun_forms(token)))

    def _frame_of(self, token: Token) -> str | None:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            lemma = _verb_lemma(token, self.coder._verb_heads)
            if _expected(token):
                return None  # "is expected to agree": what is to come, no frame over it
            entries = self.lexicon.verb_entries(lemma) if lemma else []
            objects = None
            for entry in entries:
                if entry.frame is None:
                    continue
                if entry.objects:
                    objects = objects if objects is not None else _objects_of(token)
                    if not any(self._object_matches(o, entry.objects, entry.object_phrases) for o in objects):
                        continue
                if entry.particles and not all(_particle_after(token, p) or p in
                                               {c.lower_ for c in token.children} for p in entry.particles):
                    continue
                if entry.frame == "support":
                    # "gave permission to X to ...", "made a request to ...": the noun's frame
                    for obj in token.children:
                        if obj.dep_ in ("dobj", "obj"):
                            for noun_entry in self.lexicon.noun_entries(*_noun_forms(obj)):
                                if noun_entry.frame is not None:
                                    return noun_entry.frame
                return entry.frame
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            for entry in self.lexicon.noun_entries(*_noun_forms(token)):
                if entry.frame is not None:
                    return entry.frame
        return None

    def _charges(self, token: Token) -> bool:
        """Whether ``token`` is a verb of arrest or accusation, whose "for"/"of" clause is the charge."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = _verb_lemma(token, self.coder._verb_heads)
        # the verb's own reading, not a pattern over some object ("intensified" is no charge because CAMEO
        # codes "intensify" + "crackdown"): entries with no object, or with people and bodies as objects
        return lemma is not None and any(
            e.category in ("COERCE", "ACCUSE") and all(o.startswith("@") for o in e.objects)
            for e in self.lexicon.verb_entries(lemma))

    def _paired_states(self, token: Token) -> list[Referent]:
        """The states a divided nation's plural name stands for ("the two Koreas"): each its own party."""
        keys = _PAIRED_STATES.get(token.lower_, ()) if token.tag_ in ("NNS", "NNPS") else ()
        return [Referent(key, None, token, f"one of {token.text!r}") for key in keys
                if key in self.gazetteer.entries]

    def _a_sea(self, key: str | None) -> bool:
        """Whether an entity is a body of water: a sea of the gazetteer's, or a place it does not list that is
        named as one ("the East Sea", "the Sulu Sea", "the Gulf of Guinea", "the Kerch Strait"): by the name's
        last word, or its first before "of"."""
        entry = self.gazetteer.entries.get(key or "")
        if entry is not None:
            return entry.type == "Place" and entry.kind == "sea"
        info = self.entities.get(key or "")
        if info is None or info.type != "Place":
            return False
        words = info.label.lower().split()
        return len(words) > 1 and (words[-1] in _WATER_LAST_WORDS or (
            len(words) > 2 and words[1] == "of" and words[0] in _WATER_FIRST_WORDS))

    def _object_matches(self, obj: Token, wanted: frozenset[str],
                        phrases: tuple[tuple[str, frozenset[str]], ...] = ()) -> bool:
        """Whether ``obj`` is one of the ``wanted`` lemmas or entity types, or one of the ``phrases`` (a head
        with the words that must modify it: "humanitarian aid", "free trade deal")."""
        forms = self._forms_cache.get(obj.i)
        if forms is None:  # a verb with many entries asks about the same object many times
            forms = _noun_forms(obj)
            if obj.lemma_.lower() in _STATE_NOUNS:
                # "lifted the state of emergency", "declared a state of siege": the state is its "of" object
                forms += tuple(f for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                               for pobj in prep.children if pobj.dep_ == "pobj" for f in _noun_forms(pobj))
            if obj.lower_ in _CURRENCY_ABBREVIATIONS:
                # "slapped a 1.05 dlrs per bushel duty on ...": the parser heads the phrase with the amount, and
                # what is charged at that rate is the object of its "per"
                forms += tuple(f for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "per"
                               for pobj in prep.children if pobj.dep_ == "pobj" for f in _noun_forms(pobj))
            if obj.lower_ in _CURRENCY_ABBREVIATIONS or obj.ent_type_ == "MONEY":
                # "approved 300 mln dlrs in loans", "pledged 75 billion yen in credits": an amount is of what
                # its "in" names
                forms += tuple(f for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "in"
                               for pobj in prep.children if pobj.dep_ == "pobj" for f in _noun_forms(pobj))
            self._forms_cache[obj.i] = forms
        if any(f in wanted for f in forms):
            return True
        before: set[str] | None = None
        for head, modifiers in phrases:
            if head in forms:
                if before is None:  # the words that modify the object, read once: before it in its phrase, or
                    # the object of a phrase on it ("a ban on imports" is an import ban)
                    before = {w for t in obj.lefts for s in t.subtree for w in (s.lower_, s.lemma_.lower())}
                    before.update(w for prep in obj.rights if prep.dep_ == "prep" and prep.lower_ in ("on", "of")
                                  for pobj in prep.children if pobj.dep_ == "pobj"
                                  for w in (pobj.lower_, pobj.lemma_.lower()))
                if modifiers <= before:
                    return True
        ent = self.ent_of.get(obj.i)
        if ent is not None:
            kind = self.entities[ent.kb_id_].type
            return f"@{kind}" in wanted
        # any word the Phoenix agent dictionary names a kind of person by ("airmen", "engineers", "servicemen")
        # stands for people as an object, though not every such word may act as a party of its own
        return "@Group" in wanted and (self._group_sector(obj) is not None
                                       or self.gazetteer.agent(obj.lemma_.lower()) is not None)

    def _group_sector(self, token: Token) -> str | None:
        compounds = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i == token.i - 1]
        if compounds:  # "works councils", "trade unions", "riot police", "armed groups": the phrase first
            sector = self.gazetteer.sector(f"{compounds[0].lower_} {token.lemma_.lower()}")
            if sector is not None:
                return sector.sector
            if token.lemma_.lower() in BODY_WORDS and token.i not in self.ent_of:
                # a body of no sector of its own takes its kind's: "human rights groups", "protest groups"
                # (the Phoenix agent phrases), "opposition groups", "student organisations" (a sector word)
                modifier = compounds[0]
                words = [t.lower_ for t in modifier.subtree if t.i < token.i and t.dep_ in ("compound", "amod")
                         and t.i >= modifier.left_edge.i]
                for start in range(len(words)):
                    sector = self.gazetteer.agent(" ".join([*words[start:], token.lemma_.lower()]))
                    if sector is not None:
                        return sector.sector
                # the word of its kind may stand further from it: "the bank advisory committee", "the
                # 12-bank steering committee" are committees of banks; the nearest such word first
                for modifier in sorted((c for c in token.children if c.i < token.i and c.dep_ in
                                        ("compound", "amod", "nmod") and c.i not in self.ent_of),
                                       key=lambda c: -c.i):
                    sector = self.gazetteer.sector(modifier.lemma_.lower())
                    if sector is not None:
                        return sector.sector
        sector = self.gazetteer.sector(token.lemma_.lower())
        if sector is not None:
            return sector.sector
        sector = self.gazetteer.sector(token.lower_)
        if sector is not None:
            return sector.sector
        plain = _plain_lemma(token)  # "Rebels shelled the capital": a plural the tagger took for a name
        if plain != token.lemma_.lower():
            sector = self.gazetteer.sector(plain)
            if sector is not None:
                return sector.sector
        title = self.gazetteer.title(token.lower_) or self.gazetteer.title(token.lemma_.lower())
        if title is not None:
            return title.sector or "government"
        if token.pos_ == "NOUN" and token.lemma_.lower() in _MEMBER_NOUNS:
            # "opposition supporters", "army officers", "rebel fighters": the group they belong to
            for child in token.children:
                if child.dep_ in ("compound", "amod") and child.i not in self.ent_of:
                    found = self.gazetteer.sector(child.lemma_.lower()) or self.gazetteer.sector(child.lower_)
                    if found is not None:
                        return found.sector
        if token.lemma_.lower() in _MEMBERED_BODIES and token.i not in self.ent_of:
            # "the steering committee of creditor banks", "a panel of bankers": a body of its members' kind
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for member in prep.children:
                        if member.dep_ == "pobj" and member.i not in self.ent_of:
                            kind = self._group_sector(member)
                            if kind is not None:
                                return kind
        return None
