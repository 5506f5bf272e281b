"""Relations that are not events: roles, territory and control (PLOVER.md, last part).

The ``newsgraph_relations`` component reads, after linking:

- titles around a person's name, before it ("Japanese Prime Minister Fumio Kishida", "Russia's ambassador to
  Japan Mikhail Galuzin") or after it ("Fumio Kishida, Japan's prime minister"): the title's relation from the
  gazetteer (``headOfGovernmentOf``, ``ambassadorOf``...) to the country or body that qualifies it, and for
  envoys ``ambassadorTo`` the country they are posted to;
- control: "the Russian-held islands", "Israeli-occupied Golan" → the place is ``controlledBy`` the country;
- territorial claims: "the dispute over <place> ... <country> and <country>" → the place is
  ``territoryClaimedBy`` each country that is a party in the sentence; "<country> claims <place>" likewise.

Every relation keeps the words it was read from (``Relation.mention``) and the rule that read it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attributes as _attributes  # noqa: F401  (declares Doc._ attributes)
from newsgraph.extract.gazetteer import Title
from newsgraph.extract.linking import EntityInfo
from newsgraph.extract.mentions import mention_of
from newsgraph.extract.userdata import CarriesUserData
from newsgraph.records import Relation

__all__ = ["ROLE_RELATIONS", "RelationReader", "relation_reader"]

Entities = dict[str, EntityInfo]

#: Person-to-country relations that make a person act for a country ("President of Russia", "Japan's
#: ambassador"): the event coder reads "his country" through them, and the scorers a person's country.
ROLE_RELATIONS = frozenset(
    ("headOfStateOf", "headOfGovernmentOf", "officialOf", "ambassadorOf", "militaryOfficerOf", "leaderOf"))

_TITLE_WINDOW = 8
_MAX_TITLE_WORDS = 4
#: Words that join a title to the country it serves ("ambassador to Japan", "prime minister of Japan").
_TITLE_LINKS = frozenset(("to", "of", "for", "in"))
_CONTROL_WORDS = frozenset(("held", "controlled", "occupied", "annexed", "administered", "run"))
_DISPUTE_NOUNS = frozenset(("dispute", "row", "feud", "standoff", "conflict", "quarrel", "spat"))
_CLAIM_VERBS = frozenset(("claim",))
_PARTY_TYPES = frozenset(("Country",))
_QUALIFIER_TYPES = frozenset(("Country", "Organization"))


class RelationReader(CarriesUserData):
    """Reads role, control and territorial relations; see the module docstring.

    The shipped gazetteer, plus a user's files given to ``initialize(extra_files=[...])``.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.use_data({})

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities or {}
        relations: list[Relation] = list(doc._.relations or [])
        seen = {(r.subject, r.predicate, r.object) for r in relations}
        for relation in self._read(doc, entities):
            key = (relation.subject, relation.predicate, relation.object)
            if key not in seen and relation.subject != relation.object:
                seen.add(key)
                relations.append(relation)
        doc._.relations = relations
        return doc

    def _read(self, doc: Doc, entities: Entities) -> Iterator[Relation]:
        for ent in doc.ents:
            if not ent.kb_id_ or ent.kb_id_ not in entities:
                continue
            kind = entities[ent.kb_id_].type
            if kind == "Person":
                yield from self._titles_before(ent, entities)
                yield from self._titles_after(ent, entities)
                yield from self._title_in_apposition(ent, entities)
            elif kind == "Place":
                yield from _control(ent, entities)
                yield from _claims(ent, entities)

    # -- titles ---------------------------------------------------------------------------------------------
    def _find_title(self, doc: Doc, start: int, end: int) -> tuple[int, int, Title] | None:
        """The title in doc[start:end] that ends nearest ``end``, longest first."""
        best: tuple[int, int, Title] | None = None
        start = max(start, 0)
        words = [t.lower_ for t in doc[start:end]]  # each word read once, not once for every width tried
        for i in range(start, end):
            for width in range(_MAX_TITLE_WORDS, 0, -1):
                if i + width > end:
                    continue
                title = self.gazetteer.title(_title_text(words[i - start:i - start + width]))
                if title is not None and (best is None or i + width > best[1]):
                    best = (i, i + width, title)
                    break
        return best

    def _titles_before(self, person: Span, entities: Entities) -> Iterator[Relation]:
        doc = person.doc
        found = self._find_title(doc, person.start - _TITLE_WINDOW, person.start)
        if found is None:
            return
        start, end, title = found
        posted_to = _linked_phrase(doc, end, person.start, entities)
        if posted_to is False:
            return  # something other than "to/of <country>" stands between the title and the name
        qualifier = _qualifier_before(doc, start, entities)
        if qualifier is None and isinstance(posted_to, Span) and doc[end].lower_ != "to":
            qualifier, posted_to = posted_to, None
        words = doc[min(start, qualifier.start) if qualifier is not None else start:person.end]
        yield from _role_relations(person, title, qualifier, posted_to if isinstance(posted_to, Span) else None,
                                   words, entities, "title-before-name")

    def _title_in_apposition(self, person: Span, entities: Entities) -> Iterator[Relation]:
        """A name in apposition to a title: "the US commander in Iraq, General David Petraeus", "Iran's
        foreign minister, Abbas Araghchi," — the title's own qualifier names the country."""
        root = person.root
        if root.dep_ != "appos":
            return
        head = root.head
        modifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound") and not c.ent_kb_id_]
        title = None
        for first in range(len(modifiers) + 1):
            words = " ".join(t.lower_ for t in (*modifiers[first:], head))
            title = self.gazetteer.title(words)
            if title is not None:
                break
        if title is None:
            return
        qualifier = None
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_kb_id_:
                ent = _ent_at(head.doc, child.i)
                if ent is not None and _entity_type(ent, entities) in _QUALIFIER_TYPES:
                    qualifier = ent
                    break
        if qualifier is None:
            return
        doc = head.doc
        words_span = doc[min(qualifier.start, head.i):person.end]
        yield from _role_relations(person, title, qualifier, None, words_span, entities, "title-in-apposition")

    def _titles_after(self, person: Span, entities: Entities) -> Iterator[Relation]:
        doc = person.doc
        if person.end >= len(doc) or doc[person.end].text != ",":
            return
        window_end = min(len(doc), person.end + 1 + _TITLE_WINDOW)
        stop = window_end
        for i in range(person.end + 1, window_end):
            if doc[i].text in (",", ";", ")") or doc[i].pos_ == "VERB":
                stop = i
                break
        found = self._find_title(doc, person.end + 1, stop)
        if found is None:
            return
        start, end, title = found
        qualifier = _qualifier_before(doc, start, entities)
        if qualifier is not None and qualifier.start <= person.end:
            qualifier = None
        posted_to = _linked_phrase(doc, end, stop, entities, trailing=True)
        if qualifier is None and isinstance(posted_to, Span) and doc[end].lower_ != "to":
            qualifier, posted_to = posted_to, None
        words = doc[person.start:stop]
        yield from _role_relations(person, title, qualifier, posted_to if isinstance(posted_to, Span) else None,
                                   words, entities, "title-after-name")


def _title_text(words: list[str]) -> str:
    """Lower-case words as a title is looked up: "vice - president" is "vice-president"."""
    return " ".join(words).replace(" - ", "-")


def _entity_type(span: Span, entities: Entities) -> str | None:
    info = entities.get(span.kb_id_)
    return info.type if info is not None else None


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The linked entity span that covers token ``i``, found from the token's own IOB tags (``doc.ents`` builds
    every span of the Doc, which made long articles quadratic)."""
    token = doc[i]
    if not token.ent_kb_id_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id)


def _qualifier_before(doc: Doc, title_start: int, entities: Entities) -> Span | None:
    """The country or body right before a title: "Japanese", "U.S.", "Russia's", "NATO"."""
    i = title_start - 1
    if i >= 0 and doc[i].lower_ in ("'s", "’s", "'"):
        i -= 1
    if i < 0:
        return None
    ent = _ent_at(doc, i)
    if ent is not None and _entity_type(ent, entities) in _QUALIFIER_TYPES:
        return ent
    return None


def _linked_phrase(doc: Doc, start: int, end: int, entities: Entities,
                   trailing: bool = False) -> Span | bool | None:
    """What stands between a title and the name: nothing (None), "to/of <country>" (its span), or something
    else (False). After a name (``trailing``) anything may follow the phrase."""
    if start >= end:
        return None
    if doc[start].lower_ not in _TITLE_LINKS:
        return None if trailing else False
    i = start + 1
    while i < end and doc[i].lower_ in ("the",):
        i += 1
    if i >= end:
        return False
    ent = _ent_at(doc, i)
    if ent is None or _entity_type(ent, entities) not in _QUALIFIER_TYPES:
        return None if trailing else False
    if not trailing and ent.end != end:
        return False
    return ent


def _role_relations(person: Span, title: Title, qualifier: Span | None, posted_to: Span | None,
                    words: Span, entities: Entities, rule: str) -> Iterator[Relation]:
    mention = mention_of(words)
    relation = title.relation
    if qualifier is not None:
        if relation in ("headOfStateOf", "headOfGovernmentOf") and _entity_type(qualifier, entities) != "Country":
            relation = "leaderOf"
        yield Relation(person.kb_id_, relation, qualifier.kb_id_, mention, rule=f"{rule}:{title.title}")
    if posted_to is not None and title.relation == "ambassadorOf":
        yield Relation(person.kb_id_, "ambassadorTo", posted_to.kb_id_, mention, rule=f"{rule}:{title.title}")


# -- control and claims ---------------------------------------------------------------------------------------
def _noun_phrase_owner(token: Token) -> Token:
    """The noun a name belongs to, through "called"/"known as" ("the islands called the Northern Territories")."""
    head = token
    for _ in range(4):
        if head.dep_ in ("oprd", "attr", "pobj", "dobj", "appos", "conj", "acl", "compound") and head.head != head:
            if head.dep_ in ("pobj", "dobj") and head.head.pos_ not in ("VERB", "ADP"):
                break
            head = head.head
            if head.pos_ == "NOUN":
                return head
        else:
            break
    return token


def _control(place: Span, entities: Entities) -> Iterator[Relation]:
    """"<country>-held/occupied/controlled" on the place's noun phrase."""
    owner = _noun_phrase_owner(place.root)
    for head in {owner, place.root}:
        for child in head.lefts:
            for token in child.subtree:
                if token.lower_ in _CONTROL_WORDS and token.i >= 2 and token.doc[token.i - 1].text in ("-", "–"):
                    country = _ent_at(token.doc, token.i - 2)
                    if country is not None and _entity_type(country, entities) in _PARTY_TYPES:
                        span = token.doc[country.start:token.i + 1]
                        yield Relation(place.kb_id_, "controlledBy", country.kb_id_, mention_of(span),
                                       rule=f"control:{token.lower_}")


def _claims(place: Span, entities: Entities) -> Iterator[Relation]:
    doc = place.doc
    sentence = place.sent
    # "<country> claims <place>"
    verb = place.root.head
    if place.root.dep_ == "dobj" and verb.lemma_ in _CLAIM_VERBS:
        for child in verb.children:
            if child.dep_ == "nsubj":
                ent = _ent_at(doc, child.i)
                if ent is not None and _entity_type(ent, entities) in _PARTY_TYPES:
                    yield Relation(place.kb_id_, "territoryClaimedBy", ent.kb_id_, mention_of(sentence),
                                   rule="claim:verb")
    # "the dispute over <place>": every country in the sentence is a party.
    over = _governing_over(place.root)
    if over is not None and over.head.lemma_.lower() in _DISPUTE_NOUNS:
        dispute = over.head
        parties = {ent.kb_id_ for ent in sentence.ents
                   if ent.kb_id_ and _entity_type(ent, entities) in _PARTY_TYPES}
        for party in sorted(parties):
            yield Relation(place.kb_id_, "territoryClaimedBy", party, mention_of(doc[dispute.i:dispute.i + 1]),
                           rule=f"claim:{dispute.lemma_.lower()}-over")


#: Dependency arcs that stay inside the noun phrase that names the disputed thing ("the islands called X",
#: "the sovereignty of X"); a modifier such as "lying near X" leaves it.
_NAMING_ARCS = frozenset(("pobj", "appos", "conj", "oprd", "attr", "compound", "nmod"))
_NAMING_VERBS = frozenset(("call", "know", "name", "dub"))


def _governing_over(token: Token) -> Token | None:
    """The "over"/"about" preposition whose object names ``token``, following only naming arcs."""
    current = token
    for _ in range(8):
        head = current.head
        if head == current:
            return None
        if current.dep_ == "pobj" and head.lower_ in ("over", "about"):
            return head
        if current.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
            current = head.head  # "the sovereignty of X" names X
            continue
        if current.dep_ in _NAMING_ARCS or (current.dep_ == "acl" and current.lemma_ in _NAMING_VERBS):
            current = head
            continue
        if current.dep_ == "prep" and current.lower_ in ("as",):
            current = head
            continue
        return None
    return None


@Language.factory(
    "newsgraph_relations",
    requires=["doc._.entities", "doc.ents", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.relations"],
)
def relation_reader(nlp: Language, name: str) -> RelationReader:
    """spaCy factory: ``nlp.add_pipe("newsgraph_relations", after="newsgraph_linker")``."""
    return RelationReader(name)
