"""Event coding: PLOVER events with actor, recipient, mode, date and source, read from the dependency parse.

The ``newsgraph_events`` component runs last, after linking (entity keys on ``doc.ents``), temporal tagging and
relations. It writes ``doc._.events``, a list of :class:`newsgraph.records.Event`, and ``doc._.attributions``.

How a sentence is coded:

1. **Triggers.** Every verb and noun is looked up in the lexicon (``newsgraph.extract.lexicon``): a verb
   ("urged"), a phrasal verb ("cracked down on"), a light verb and its object ("imposed sanctions", "held
   talks"), a noun ("annexation", "summit"). Support verbs ("hold", "launch", "step up") take their category from
   the event noun they govern.
2. **Frames.** A verb of saying is not an event: the events it reports keep its subject as their
   *attribution* ("diplomatic sources", "Kyodo"). An intent verb ("pledged to", "wants to") turns the event it
   governs into a threat, an agreement or a concession. A request ("urged X to"), a refusal ("refused to"), or a
   verb like "consider" or "prevent" keeps what it governs from counting as a fact.
3. **Participants** come from the parse: subject and object, passive agent ("was attacked by"), coordination
   ("Hungarian and Romanian officials" are two actors), possessives and demonyms on nouns ("Russia's
   annexation of Crimea", "Russian troops"), appositions ("Russia's ambassador ... Mikhail Galuzin"), relative
   clauses, control ("urged Japan to ..."), pronouns (to the nearest fitting subject), and group words with
   their sector ("troops" → military). A government named by its capital is already the country (linking).
4. **Mode**: hypothetical (an "if" clause, "would", "in the event of", "possible"), negated ("did not"; but
   "would not provide support" is a REJECT, and "refused to" is REJECT with what was refused left out),
   future ("will", "is scheduled to", "would" in reported speech, a commitment to act: "pledged to expel"),
   historical (a past-perfect background event with no date of its own). A past event with a date of its own
   ("annexation of Crimea in 2014") is a plain fact with that date: the date already says it is background,
   and plain facts are what users query. Threats keep no mode: a conditional warning ("would face consequences
   if ...") is a plain fact of threatening, and its condition is part of it, not an event of its own.
5. **Date**: the time expression attached to the trigger (``newsgraph.extract.temporal.event_date_for``) or
   inside a nominal event's phrase; else the date of the meeting it happened at ("during a summit ... late
   last month"), of the earlier event it followed at month or year precision, or of the statement that reports
   it; else, for a plain fact, the day the article was published as an upper bound (kind ``reported``, or
   ``inferred`` when that day was inferred). The same event told elsewhere in the article with its day (a photo
   caption) gives a vaguer telling that day.
6. **Accusations in reports**: "X said Y attacked Z" is Y→Z attributed to X, and X accuses Y, unless X is a
   news source or on Y's side.

``explain`` shows the events of one sentence with the lexicon entry and the parse relations behind each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attributes as _attributes  # noqa: F401  (declares Doc._ attributes)
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.lexicon import Lexicon, LexiconEntry
from newsgraph.extract.mentions import mention_of
from newsgraph.plover import CATEGORIES, Quad, in_quads
from newsgraph.records import DateKind, Event, EventDate, Mode, Precision


def _load_event_date_for() -> Callable[[Doc, Token], EventDate | None] | None:
    """The temporal module's event dating, or None where it is absent (a user's own pipeline)."""
    try:
        from newsgraph.extract.temporal import event_date_for
    except ImportError:  # pragma: no cover - depends on the installed modules
        return None
    return event_date_for


_event_date_for = _load_event_date_for()

__all__ = [
    "NEEDS_RECIPIENT",
    "EventCoder",
    "EventExplanation",
    "event_coder",
    "explain",
    "format_explanation",
]

_VERB_POS = frozenset((VERB, AUX))
_NOUN_POS = frozenset((NOUN, PROPN))
_VERB_TAGS = frozenset(get_string_id(t) for t in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))

#: PLOVER categories that need a recipient (PLOVER.md): without one the event is dropped.
NEEDS_RECIPIENT: frozenset[str] = frozenset(name for name, c in CATEGORIES.items() if c.needs_recipient)

#: Yielding (CAMEO 08): a concession promised is CONCEDE, one with material effect RETREAT.
_YIELDING = frozenset(name for name, c in CATEGORIES.items() if "08" in c.cameo_roots)
_COOPERATIVE = in_quads(Quad.VERBAL_COOPERATION, Quad.MATERIAL_COOPERATION) - _YIELDING
_VERBAL_CONFLICT = in_quads(Quad.VERBAL_CONFLICT)
_MATERIAL_CONFLICT = in_quads(Quad.MATERIAL_CONFLICT)
#: Verbal categories: attitudes and statements rather than deeds (a meeting is a deed).
_VERBAL = in_quads(Quad.VERBAL_COOPERATION, Quad.VERBAL_CONFLICT) - {"CONSULT"}
#: Categories whose events are meetings: a meeting noun in "during/at ..." includes the clause's subject.
_MEETINGS = frozenset(("CONSULT", "AGREE", "COOPERATE"))
#: Symmetric categories: coordinated subjects with no other recipient act on one another.
_SYMMETRIC = frozenset(("CONSULT", "COOPERATE", "AGREE", "ASSAULT"))

#: Verbs of signing: "Japan and Australia signed a pact" is each signing with the other.
_SIGNING = frozenset(("sign", "ratify", "ink"))
#: Prepositions that introduce a recipient, by default and by category.
_RECIPIENT_PREPS = frozenset(("on", "against", "with", "to", "into", "toward", "towards", "upon"))
_RECIPIENT_PREPS_BY_CATEGORY: dict[str, frozenset[str]] = {
    "RETREAT": frozenset(("from",)),
    "AID": frozenset(("for",)),
    "SUPPORT": frozenset(("for",)),
    "MOBILIZE": frozenset(("near", "along", "in", "at")),
    "ACCUSE": frozenset(("over", "about")),
    "ASSAULT": frozenset(("at",)),
    "COERCE": frozenset(("at",)),
    "PROTEST": frozenset(("at", "outside")),
    "CONSULT": frozenset(("between",)),
    "AGREE": frozenset(("between",)),
    "COOPERATE": frozenset(("between",)),
    "CONCEDE": frozenset(("between",)),
}
#: Documents that speak for whoever issued them: "a report released in Kigali alleged ...".
_DOCUMENT_NOUNS = frozenset(
    ("report", "statement", "study", "document", "resolution", "communique", "letter", "dossier", "paper",
     "declaration", "memo", "memorandum", "white paper", "indictment", "ruling", "verdict"))
#: Words of quantity whose "of" object is what they count: "hundreds of troops".
_QUANTITY_WORDS = frozenset(
    ("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "number", "group",
     "some", "many", "most", "few", "several", "all", "one", "two", "three", "four", "five", "ten", "score",
     "scores", "batch", "team", "unit", "contingent", "band", "member", "members", "part", "bulk"))
#: Nouns for members of a group, whose group a modifier names: "opposition supporters", "army officers".
_MEMBER_NOUNS = frozenset(
    ("supporter", "member", "officer", "fighter", "leader", "activist", "official", "figure", "loyalist",
     "unit", "commander", "worker", "party", "group", "force", "soldier", "personnel", "agent", "staff",
     "patrol", "convoy", "post", "checkpoint", "position", "base", "headquarters", "vehicle"))
#: Nouns of place: "the border of Ukraine", "a part of Syria's second city" stand for the country named.
_PLACE_NOUNS = frozenset(
    ("border", "frontier", "coast", "territory", "soil", "city", "town", "region", "part", "outskirts",
     "side", "area", "province", "capital", "village", "airspace", "waters", "base", "embassy", "consulate",
     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"))
_DESTINATION_PREPS = frozenset(("to", "into", "toward", "towards"))
#: Prepositions whose object is the actor of a nominal event or of a converse verb.
_AGENT_PREPS = frozenset(("by",))
_CONVERSE_AGENT_PREPS = frozenset(("from", "by"))
#: Preps after which a nominal event stands as a fact (background, circumstance, topic of a reaction).
_FACT_PREPS = frozenset(
    ("following", "after", "during", "amid", "amidst", "since", "despite", "over", "about", "in", "at",
     "against", "by", "with", "throughout", "before", "like"))
#: Prepositions that introduce the complement of a frame word ("refrain from", "call for", "accuse of").
_COMPLEMENT_PREPS = frozenset(("from", "of", "for", "on", "to", "into", "against", "about", "over", "with"))
_SAME_TIME_PREPS = frozenset(("during", "at", "amid", "amidst", "in", "on"))
_AFTER_PREPS = frozenset(("following", "after"))
_RESPONSE_WORDS = frozenset(("response", "retaliation", "reprisal", "reaction", "revenge"))
#: Verbs of perception whose object event is presupposed real ("watching Russia's build-up").
_PERCEPTION = frozenset(("watch", "monitor", "see", "witness", "observe", "track", "follow", "note", "notice"))

_MODALS_HYPOTHETICAL = frozenset(("would", "could", "might", "may", "should", "must", "ought", "can"))
_MODALS_FUTURE = frozenset(("will", "shall", "'ll", "wo"))
_CONDITIONAL_MARKS = frozenset(("if", "unless", "whether", "lest", "provided", "once"))
_HYPOTHETICAL_ADJ = frozenset(
    ("possible", "potential", "any", "hypothetical", "would-be", "prospective", "eventual", "imminent",
     "threatened", "feared", "likely", "new"))
_FUTURE_ADJ = frozenset(("upcoming", "planned", "forthcoming", "proposed", "next", "future", "scheduled"))
_FUTURE_PREDICATES = frozenset(("schedule", "set", "due", "expect", "slate", "poise", "likely", "go", "about"))
_HISTORICAL_ADVERBS = frozenset(("previously", "formerly", "once", "earlier", "historically"))

#: Talking to these is making a statement, not consulting.
_PRESS_WORDS = frozenset(("reporter", "journalist", "press", "media", "correspondent", "newspaper", "television",
                          "radio", "newsman", "broadcaster"))

_PERSON_PRONOUNS = frozenset(("he", "him", "his", "she", "her", "hers", "himself", "herself"))
_THING_PRONOUNS = frozenset(("it", "its", "itself"))
_PLURAL_PRONOUNS = frozenset(("they", "them", "their", "theirs", "themselves"))
_RELATIVE_PRONOUNS = frozenset(("who", "whom", "which", "that", "whose"))

_ORG_KIND_SECTORS: dict[str, str] = {
    "military": "military", "government": "government", "legislature": "legislature", "court": "judiciary",
    "armed_group": "rebels", "media": "media", "party": "opposition", "company": "business", "police": "police",
}

_SUBJECT_DEPS = frozenset(("nsubj", "csubj", "expl"))
_OBJECT_DEPS = frozenset(("dobj", "obj", "dative", "iobj"))
_TIMEX_YEAR = re.compile(r"\b\d{4}\b")


# -- participants ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Referent:
    """Who an argument of an event stands for: an entity key, or a group with only a sector, or both."""

    key: str | None
    sector: str | None
    token: Token
    how: str

    def describe(self) -> str:
        who = self.key or f"({self.sector} group)"
        if self.key and self.sector:
            who += f" [{self.sector}]"
        return f"{who} from {self.how} {self.token.text!r}"


@dataclass(slots=True)
class _Trigger:
    """Words that name one event, before participants are read."""

    head: Token
    entry: LexiconEntry
    category: str | None
    tokens: list[Token]
    noun: Token | None = None            # the event noun, for nouns and light/support verbs
    noun_entry: LexiconEntry | None = None
    converse: bool = False
    rule: str = ""
    transformed_from: _Trigger | None = None
    absorbed: list[Token] = field(default_factory=list)
    future: bool = False
    steps: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EventExplanation:
    """One event of ``explain`` and why it was coded so.

    Attributes:
        event: the event as the graph gets it.
        entry: the lexicon entry as it stands in its file (``{"verb": "urge", "category": "REQUEST", ...}``).
        source: the lexicon file and line of the entry (``frames.jsonl:57``).
        steps: how each part was read, in order (trigger, frame, actor, recipient, mode, date, attribution).
    """

    event: Event
    entry: dict[str, object]
    source: str
    steps: tuple[str, ...]


class EventCoder:
    """The ``newsgraph_events`` component; see the module docstring for the rules."""

    def __init__(self, name: str, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.name = name
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self._verb_heads = frozenset(lexicon.verbs)
        self._noun_heads = frozenset(lexicon.nouns)
        # Hashes of every word that can start a trigger, so one pass over the Doc's arrays finds the few
        # tokens worth a look: lemmas and inflected forms of verbs (the lemmatizer slips: "staged" → "stag"),
        # nouns and the last part of hyphenated ones ("build-up").
        verb_forms = {form for head in self._verb_heads for form in _inflections(head)}
        noun_forms = set(self._noun_heads) | {head.rsplit("-", 1)[-1] for head in self._noun_heads}
        self._verb_hashes = frozenset(get_string_id(w) for w in verb_forms)
        self._noun_hashes = frozenset(get_string_id(w) for w in noun_forms)

    # -- the component -------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        coded = self.code(doc)
        doc._.events = [event for event, _ in coded]
        attributions: dict[int, list[str]] = {}
        for event, _ in coded:
            if event.attribution:
                found = attributions.setdefault(event.mention.sentence_start, [])
                if event.attribution not in found:
                    found.append(event.attribution)
        doc._.attributions = attributions
        return doc

    def code(self, doc: Doc) -> list[tuple[Event, _Trigger]]:
        """Every event in ``doc`` with the trigger that coded it (its ``steps`` say why)."""
        reader = _DocReader(self, doc)
        return reader.read()


class _DocReader:
    """Codes one Doc; holds the per-Doc indexes so each lookup is a dict access."""

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
        self._date_cache: dict[int, EventDate | None] = {}
        self.trigger_heads: set[int] = set()

    # -- driver ---------------------------------------------------------------------------------------------
    def read(self) -> list[tuple[Event, _Trigger]]:
        triggers = self._find_triggers()
        by_head = {t.head.i: t for t in triggers}
        self.trigger_heads = set(by_head)
        consumed: set[int] = set()
        extra: list[_Trigger] = []
        for trigger in triggers:
            self._resolve_frame(trigger, by_head, consumed, extra)
        for trigger in triggers:
            self._absorb(trigger, by_head, consumed)
        results: list[tuple[Event, _Trigger]] = []
        for trigger in sorted([*triggers, *extra], key=lambda t: t.head.i):
            if trigger.head.i in consumed or trigger.category is None:
                continue
            results.extend(self._code_trigger(trigger))
        results = _dedupe(results)
        return _refine_dates(results)

    # -- 1. triggers ----------------------------------------------------------------------------------------
    def _find_triggers(self) -> list[_Trigger]:
        triggers: list[_Trigger] = []
        verb_heads = self.coder._verb_heads
        noun_heads = self.coder._noun_heads
        verb_hashes = self.coder._verb_hashes
        noun_hashes = self.coder._noun_hashes
        doc = self.doc
        if not len(doc):
            return triggers
        rows = doc.to_array([LEMMA, LOWER, POS, TAG])
        for i, (lemma_hash, lower_hash, pos_id, tag_id) in enumerate(rows.tolist()):
            if pos_id in _VERB_POS or tag_id in _VERB_TAGS:
                if lemma_hash not in verb_hashes and lower_hash not in verb_hashes:
                    continue
            elif pos_id in _NOUN_POS:
                if lemma_hash not in noun_hashes and lower_hash not in noun_hashes:
                    continue
            else:
                continue
            token = doc[i]
            pos = token.pos_
            if pos in ("VERB", "AUX") or (token.tag_.startswith("VB") and pos != "ADJ"):
                lemma = _verb_lemma(token, verb_heads)
                if lemma is not None:
                    trigger = self._match_verb(token, lemma)
                    if trigger is not None:
                        triggers.append(trigger)
            elif pos in ("NOUN", "PROPN") and token.i not in self.ent_of:
                forms = _noun_forms(token)
                if any(f in noun_heads for f in forms):
                    trigger = self._match_noun(token, forms)
                    if trigger is not None:
                        triggers.append(trigger)
        return triggers

    def _match_verb(self, verb: Token, lemma: str) -> _Trigger | None:
        direct = _objects_of(verb)
        children_words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent")}
        for entry in self.lexicon.verb_entries(lemma):
            if entry.particles and not all(p in children_words or _particle_after(verb, p)
                                           for p in entry.particles):
                continue
            if entry.intransitive and (direct or any(c.dep_ == "ccomp" for c in verb.children)):
                continue
            objects = direct
            if entry.particles and entry.objects:  # "went on strike": the object of the particle
                objects = direct + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in entry.particles
                                    for g in c.children if g.dep_ == "pobj"]
            tokens = [verb, *(c for c in verb.children if c.lower_ in entry.particles
                              and c.dep_ in ("prt", "prep", "advmod"))]
            matched: Token | None = None
            if entry.objects:
                matched = next((o for o in objects if self._object_matches(o, entry.objects)), None)
                if matched is None:
                    continue
                tokens.append(matched)
            rule = f"verb:{entry.words}" + (f"+{matched.lemma_.lower()}" if matched is not None else "")
            return _Trigger(head=verb, entry=entry, category=entry.category, tokens=sorted(tokens),
                            noun=matched,
                            converse=entry.frame == "converse", rule=rule,
                            steps=[f"trigger {_words(tokens)!r}: lexicon {entry.source} {entry.as_dict()}"])
        return None

    def _match_noun(self, noun: Token, forms: tuple[str, ...]) -> _Trigger | None:
        for entry in self.lexicon.noun_entries(*forms):
            if entry.modifiers and not self._noun_modified(noun, entry.modifiers):
                continue
            if noun.lower_ in ("conference",) and any(c.lower_ in ("news", "press") for c in noun.children):
                continue
            return _Trigger(head=noun, entry=entry, category=entry.category, tokens=[noun], noun=noun,
                            noun_entry=entry, rule=f"noun:{entry.words}",
                            steps=[f"trigger {noun.text!r}: lexicon {entry.source} {entry.as_dict()}"])
        return None

    def _object_matches(self, obj: Token, wanted: frozenset[str]) -> bool:
        forms = _noun_forms(obj)
        if any(f in wanted for f in forms):
            return True
        ent = self.ent_of.get(obj.i)
        if ent is not None:
            kind = self.entities[ent.kb_id_].type
            return f"@{kind}" in wanted
        return "@Group" in wanted and self._group_sector(obj) is not None

    def _noun_modified(self, noun: Token, modifiers: frozenset[str]) -> bool:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod", "nummod", "poss"):
                if child.lower_ in modifiers or child.lemma_.lower() in modifiers:
                    return True
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.lemma_.lower() in modifiers or pobj.lower_ in modifiers
                                                or self._object_matches(pobj, modifiers)):
                        return True
        # hyphenated modifiers the tokenizer split: "live-fire exercises", "air-strike"
        if noun.i >= 2 and noun.doc[noun.i - 1].text in ("-", "–"):
            return noun.doc[noun.i - 2].lower_ in modifiers
        return False

    def _is_event_noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and bool(self.lexicon.noun_entries(*_noun_forms(token)))

    # -- 2. frames: support verbs, intent, requests, refusals ----------------------------------------------
    def _resolve_frame(self, trigger: _Trigger, by_head: dict[int, _Trigger], consumed: set[int],
                       extra: list[_Trigger]) -> None:
        entry = trigger.entry
        frame = entry.frame
        if trigger.noun is not None and trigger.noun != trigger.head:
            # a light verb with its object ("imposed sanctions"): the noun is part of this trigger
            consumed.add(trigger.noun.i)
        if frame in ("support", "converse") and trigger.category is None:
            noun_trigger = self._governed_event_noun(trigger, by_head)
            if noun_trigger is None:
                return
            consumed.add(noun_trigger.head.i)
            trigger.noun = noun_trigger.head
            trigger.noun_entry = noun_trigger.entry
            trigger.category = noun_trigger.category
            trigger.tokens = sorted({*trigger.tokens, noun_trigger.head})
            trigger.rule = f"{frame}:{entry.words}+{noun_trigger.rule}"
            trigger.steps.append(f"{frame} verb {trigger.head.text!r} takes the category of the event noun "
                                 f"{noun_trigger.head.text!r} ({noun_trigger.entry.source}: "
                                 f"{noun_trigger.category})")
            return
        if frame in ("intent", "request", "block"):
            direct, nested = self._governed_events(trigger, by_head)
            for other in (*direct, *nested):
                consumed.add(other.head.i)
            if frame != "intent":
                return
            made: list[_Trigger] = []
            for inner in direct:
                if inner.category is None:
                    self._resolve_frame(inner, by_head, consumed, extra)
                if inner.category is not None:
                    made.append(inner)
            for number, inner in enumerate(made):
                target = trigger
                if number:
                    target = _Trigger(head=trigger.head, entry=entry, category=entry.category,
                                      tokens=[trigger.head], rule=trigger.rule, steps=list(trigger.steps[:1]))
                    extra.append(target)
                self._intend(target, inner)
            return
        if frame == "report" and trigger.category is None:
            objects = [c for c in trigger.head.children if c.dep_ in ("dobj", "obj")]
            xcomp = [c for c in trigger.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and c.lemma_ not in ("be", "have")]
            if objects and xcomp and not _is_passive(trigger.head) and any(self._referents(o) for o in objects):
                trigger.category = "REQUEST"
                trigger.rule = f"report-request:{entry.words}"
                trigger.steps.append(f"{trigger.head.text!r} someone to do something: a request (REQUEST)")
                direct, nested = self._governed_events(trigger, by_head)
                for other in (*direct, *nested):
                    consumed.add(other.head.i)

    def _absorb(self, trigger: _Trigger, by_head: dict[int, _Trigger], consumed: set[int]) -> None:
        """Events that belong to another one: the condition of a threat ("would face consequences if it
        invades") is part of the threat, and "spoke with X in a teleconference" is one meeting, not two."""
        head = trigger.head
        if trigger.category == "THREATEN" and head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
                                                 for c in child.children):
                    for token in child.subtree:
                        if token.i in by_head and token.i not in consumed:
                            consumed.add(token.i)
                            by_head[token.i].steps.append(f"the condition of the threat {head.text!r}")
        if trigger.entry.kind == "noun" and head.dep_ == "pobj":
            verb = head.head.head
            other = by_head.get(verb.i)
            if other is not None and other is not trigger and other.category == trigger.category and \
                    verb.i not in consumed:
                consumed.add(head.i)
                other.absorbed.append(head)
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("xcomp", "advcl") and not _has_subject(head):
            # "met Assad to discuss ...": the talk is the meeting
            other = by_head.get(head.head.i)
            if other is not None and other.category == trigger.category and head.head.i not in consumed:
                consumed.add(head.i)

    def _intend(self, trigger: _Trigger, inner: _Trigger) -> None:
        """An intent verb and the event it governs become one event: "pledged to take action" → THREATEN."""
        assert inner.category is not None
        objects = [o for o in _objects_of(trigger.head) if o != inner.head]
        own = {r.key for s in trigger.head.children if s.dep_ == "nsubj" for r in self._referents(s)}
        others = [r for s in inner.head.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                  for r in self._referents(s)] if inner.head.pos_ in ("VERB", "AUX") else []
        if (objects and inner.head.pos_ in ("VERB", "AUX") and not _has_subject(inner.head)
                and any(self._referents(o) for o in objects)) or \
                (others and all(r.key not in own for r in others) and trigger.entry.category is None):
            # "wants Putin to attack": wanting someone else to act is a request
            trigger.category = "REQUEST"
            trigger.steps.append(f"intent verb {trigger.head.text!r} with an object and an event "
                                 f"{inner.head.text!r} for it: a request (REQUEST)")
        elif trigger.entry.category == "AGREE" and inner.category in _MATERIAL_CONFLICT and \
                not _conditional(inner):
            # "pledged to expel": a commitment to act, the act itself to come
            trigger.steps.append(f"commitment {trigger.head.text!r} to {inner.category} "
                                 f"{_words(inner.tokens)!r}: {inner.category}, future")
            trigger.category = inner.category
            trigger.future = True
        elif trigger.entry.category is None and inner.entry.kind == "noun" and inner.head.head == trigger.head \
                and inner.head.dep_ in ("dobj", "obj"):
            # "seeking approval", "wants talks": wanting a thing from others is asking for it
            trigger.category = "REQUEST"
            trigger.steps.append(f"{trigger.head.text!r} {inner.head.text!r}: asking for it (REQUEST)")
        else:
            category = _intent_category(inner.category)
            trigger.steps.append(f"intent verb {trigger.head.text!r} governs {inner.category} "
                                 f"{_words(inner.tokens)!r}: {category}")
            trigger.category = category
        trigger.transformed_from = inner
        trigger.tokens = sorted({*trigger.tokens, *inner.tokens})
        trigger.rule = f"intent:{trigger.entry.words}>{inner.rule}"

    def _governed_event_noun(self, trigger: _Trigger, by_head: dict[int, _Trigger]) -> _Trigger | None:
        verb = trigger.head
        candidates: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "obj", "nsubjpass", "attr"):
                candidates.extend((child, *child.conjuncts))
            elif child.dep_ == "prep" and (child.lower_ in trigger.entry.particles or child.lower_ == "in"
                                           or child.lower_ in trigger.entry.preps):
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "prt" and child.lower_ in trigger.entry.particles:
                continue
        for candidate in candidates:
            found = by_head.get(candidate.i)
            if found is not None and found.entry.kind == "noun" and found.category is not None:
                return found
        return None

    def _governed_events(self, trigger: _Trigger,
                         by_head: dict[int, _Trigger]) -> tuple[list[_Trigger], list[_Trigger]]:
        """Event triggers in the complement of a frame word: the ones it governs directly (its clause or
        object and their conjuncts) and the ones nested deeper."""
        head = trigger.head
        if head.pos_ in ("NOUN", "PROPN"):
            starts = [c for c in head.children if c.dep_ == "acl"]
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "to", "on"):
                    starts.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
        else:
            starts = [c for c in head.children
                      if c.dep_ in ("xcomp", "ccomp", "dobj", "obj", "nsubjpass", "csubjpass")
                      or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                      or (c.dep_ == "prep" and c.lower_ in ("from", "of", "for", "on", "to", "into")
                          and trigger.entry.frame in ("block", "request", "intent"))]
            if trigger.entry.frame == "report":
                starts = [c for c in starts if c.dep_ != "ccomp"]
        direct: list[_Trigger] = []
        nested: list[_Trigger] = []
        seen: set[int] = set()
        stack: list[tuple[Token, bool]] = [(s, True) for s in starts]
        while stack:
            token, is_direct = stack.pop()
            if token.i in seen:
                continue
            seen.add(token.i)
            if token.dep_ == "prep":
                stack.extend((c, is_direct) for c in token.children if c.dep_ in ("pobj", "pcomp"))
                continue
            found = by_head.get(token.i)
            if found is not None:
                (direct if is_direct else nested).append(found)
            # conjuncts stay direct; complements of complements ("to consider imposing sanctions") are nested
            for child in token.children:
                if child.dep_ == "conj":
                    stack.append((child, is_direct))
                elif child.dep_ in ("xcomp", "dobj", "pcomp", "ccomp", "acl") or (
                        child.dep_ == "prep" and child.lower_ in ("of", "for", "on", "against", "to")):
                    # through a verb that is no event ("try to", "continue to") the next verb is still direct
                    stack.append((child, is_direct and found is None and child.dep_ == "xcomp"))
        direct.sort(key=lambda t: t.head.i)
        nested.sort(key=lambda t: t.head.i)
        return direct, nested

    # -- 3. one trigger into events ------------------------------------------------------------------------
    def _code_trigger(self, trigger: _Trigger) -> list[tuple[Event, _Trigger]]:
        assert trigger.category is not None
        if trigger.head.pos_ in ("NOUN", "PROPN") and trigger.entry.kind == "noun" and \
                not self._noun_stands_as_event(trigger):
            return []
        context = self._context(trigger)
        if context.blocked:
            return []
        actors, recipients = self._participants(trigger, context)
        category = trigger.category
        mode = context.mode
        if trigger.future and mode is None:
            mode = Mode.FUTURE
        # "would not provide support": refusing to cooperate is a rejection, a plain fact
        if mode is Mode.NEGATED and context.modal and category in _COOPERATIVE | _YIELDING:
            trigger.steps.append(f"a negated promise of {category}: REJECT")
            category, mode = "REJECT", None
        if not actors:
            trigger.steps.append("no actor: not coded")
            return []
        if category == "REJECT" and trigger.entry.frame == "block" and not recipients:
            clauses = [c for c in trigger.head.children if c.dep_ == "xcomp"]
            if clauses and not any(t.i in self.trigger_heads for c in clauses for t in c.subtree):
                # "declined to give details", "declined to comment": refusing to say is no event
                trigger.steps.append("refusing something that is no event: not coded")
                return []
        if category == "CONSULT" and any(
                p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _PRESS_WORDS for g in p.children)
                for p in trigger.head.children):
            trigger.steps.append("talking to the press is a statement: not coded")
            return []
        if category == "REQUEST" and not recipients and trigger.entry.frame == "request" and \
                not self._asks_for_event(trigger):
            trigger.steps.append("a request of no one for no event: not coded")
            return []
        date_ = self._event_date(trigger, context, mode)
        if date_ is not None and mode is None and self.published is not None and date_.earliest is not None \
                and date_.earliest > self.published and date_.kind is DateKind.OCCURRED:
            mode = Mode.FUTURE
            trigger.steps.append("mode future: its date is after the publication date")
        if mode is None and context.historical_if_undated and date_ is None:
            mode = Mode.HISTORICAL
            trigger.steps.append(f"mode historical: {context.mode_reason}, with no date of its own")
        topic = self._topic(trigger)
        mention = mention_of(self.doc[min(t.i for t in trigger.tokens):max(t.i for t in trigger.tokens) + 1])
        trigger_text = _words(trigger.tokens)
        mutual = category in _SYMMETRIC or (category == "SUPPORT" and trigger.entry.words in _SIGNING)
        pairs = _pairs(actors, recipients, mutual)
        events: list[tuple[Event, _Trigger]] = []
        for actor, recipient in pairs:
            if recipient is not None and actor.key == recipient.key and actor.sector == recipient.sector:
                recipient = None
            if recipient is None and (category in NEEDS_RECIPIENT or trigger.entry.recipient_required
                                      or (trigger.noun_entry is not None
                                          and trigger.noun_entry.recipient_required)):
                trigger.steps.append(f"{category} needs a recipient and has none: not coded")
                continue
            if recipient is None and mode in (Mode.HYPOTHETICAL, Mode.NEGATED):
                trigger.steps.append(f"a {mode.value} event needs a recipient to be kept: not coded")
                continue
            if actor.key is None and (recipient is None or recipient.key is None):
                trigger.steps.append(f"actor {actor.describe()} is a group of no known country: not coded")
                continue
            event = Event(
                category=category,
                actor=actor.key,
                recipient=recipient.key if recipient is not None else None,
                mention=mention,
                trigger=trigger_text,
                rule=trigger.rule,
                topic=topic,
                mode=mode,
                date=date_,
                attribution=context.attribution,
                actor_sector=actor.sector,
                recipient_sector=recipient.sector if recipient is not None else None,
            )
            events.append((event, trigger))
        if mode is None and category in _MATERIAL_CONFLICT and context.reporter is not None:
            events.extend(self._accusations(trigger, context, actors, topic))
        return events

    def _accusations(self, trigger: _Trigger, context: _Context, doers: list[Referent],
                     topic: str | None) -> list[tuple[Event, _Trigger]]:
        """"X said Y attacked Z": besides Y→Z (attributed to X), X accuses Y. Not when X is a news source or
        Y itself."""
        reporter = context.reporter
        assert reporter is not None
        speakers = [r for r in self._subject_referents(reporter, []) if r.key is not None
                    and r.sector != "media"]
        if not speakers:
            return []
        said = self._date_of(reporter)
        if said is None and self.published is not None:
            said = EventDate.reported_by(self.published, DateKind.INFERRED if self.inferred else DateKind.REPORTED)
        tokens = sorted({reporter, *trigger.tokens})
        mention = mention_of(self.doc[tokens[0].i:tokens[-1].i + 1])
        derived = _Trigger(head=reporter, entry=trigger.entry, category="ACCUSE", tokens=tokens,
                           rule=f"report-accuses:{reporter.lemma_.lower()}>{trigger.rule}",
                           steps=[*trigger.steps, f"{reporter.text!r} says {trigger.category} was done by "
                                                  f"another: an accusation (ACCUSE)"])
        out: list[tuple[Event, _Trigger]] = []
        for speaker in speakers:
            for doer in doers:
                if doer.key is None and doer.sector is None:
                    continue
                if self._same_side(speaker.key, doer.key):
                    continue
                event = Event(category="ACCUSE", actor=speaker.key, recipient=doer.key, mention=mention,
                              trigger=_words(tokens), rule=derived.rule, topic=topic, date=said,
                              actor_sector=speaker.sector, recipient_sector=doer.sector)
                out.append((event, derived))
        return out

    # -- nominal events: where a noun names an event that took place ---------------------------------------
    def _noun_stands_as_event(self, trigger: _Trigger) -> bool:
        noun = trigger.head
        token = noun
        while token.dep_ in ("conj", "appos") and token.head != token:
            token = token.head
        dep = token.dep_
        if dep in ("nsubj", "nsubjpass", "ROOT"):
            return True
        if dep == "pobj":
            prep = token.head
            word = prep.lower_
            if word == "of" and prep.head.lower_ in ("event", "case") and prep.head.head.lower_ == "in":
                return True  # "in the event of an invasion": hypothetical, kept marked
            if word == "at" and trigger.category not in _MEETINGS:
                return False  # "at the request of", "at the invitation of": circumstances, not events
            if word in _FACT_PREPS:
                return True
            # "in response to an attack", "in retaliation for ..."
            return word in ("to", "for") and prep.head.lower_ in _RESPONSE_WORDS and \
                prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in"
        if dep in ("dobj", "obj", "attr", "oprd") or (dep == "pobj"):
            head = token.head
            if head.lemma_.lower() in _PERCEPTION:
                return True
            entries = self.lexicon.verb_entries(_verb_lemma(head, self.coder._verb_heads) or "")
            return any(e.category in ("ACCUSE", "SUPPORT", "REJECT") and e.frame is None for e in entries)
        return False

    # -- context: attribution, mode, blocked ---------------------------------------------------------------
    def _context(self, trigger: _Trigger) -> _Context:
        context = _Context()
        head = trigger.head
        chain = list(_governors(head))
        verbs = [head, *(g for _, g in chain)]
        # frames above the trigger: requests and refusals block it, verbs of saying attribute it
        for dep, governor in chain:
            if dep == "pcomp" and self._charges(governor):
                context.blocked = True
                trigger.steps.append(f"what {governor.text!r} charges someone with: alleged, not coded")
                return context
            frame = self._frame_of(governor)
            if frame in ("request", "block", "intent") and dep in ("xcomp", "ccomp", "dobj", "pcomp", "pobj",
                                                                   "acl", "nsubjpass", "csubjpass",
                                                                   "advcl:to"):
                context.blocked = True
                trigger.steps.append(f"governed by {frame} word {governor.text!r}: not a fact, not coded")
                return context
            if frame == "report" and dep in ("ccomp", "parataxis") and \
                    context.reporter is None and governor.pos_ in ("VERB", "AUX"):
                context.reporter = governor
        # a verb of saying beside the clause: "X attacked Y, sources said"
        if context.reporter is None:
            for verb in verbs[:3]:
                for child in verb.children:
                    if child.dep_ in ("parataxis", "advcl", "ccomp") and self._frame_of(child) == "report" \
                            and not any(c.dep_ == "ccomp" for c in child.children):
                        context.reporter = child
                        break
                if context.reporter is not None:
                    break
        if context.reporter is not None:
            context.attribution = self._attribution_of(context.reporter)
            if context.attribution:
                trigger.steps.append(f"attribution {context.attribution!r}: subject of "
                                     f"{context.reporter.text!r}")
        if context.attribution is None:
            for verb in verbs[:4]:
                source = _according_to(verb)
                if source is not None:
                    context.attribution = self._source_text(source)
                    trigger.steps.append(f"attribution {context.attribution!r}: 'according to'")
                    break
        context.mode, context.modal = self._mode(trigger, chain, context)
        if context.mode is not None:
            trigger.steps.append(f"mode {context.mode.value}: {context.mode_reason}")
        return context

    def _asks_for_event(self, trigger: _Trigger) -> bool:
        """Whether a request asks for an act: a clause ("urged them to ...") or an event noun ("called for
        talks"), rather than a thing ("requested easier terms")."""
        verb = trigger.head
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                return True
            objects = [child] if child.dep_ in ("dobj", "obj") else [
                g for g in child.children if child.dep_ == "prep" and g.dep_ == "pobj"]
            if any(self._is_event_noun(o) for o in objects):
                return True
        return trigger.head.pos_ in ("NOUN", "PROPN")

    def _charges(self, token: Token) -> bool:
        """Whether ``token`` is a verb of arrest or accusation, whose "for"/"of" clause is the charge."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = _verb_lemma(token, self.coder._verb_heads)
        return lemma is not None and any(e.category in ("COERCE", "ACCUSE")
                                         for e in self.lexicon.verb_entries(lemma))

    def _frame_of(self, token: Token) -> str | None:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            lemma = _verb_lemma(token, self.coder._verb_heads)
            entries = self.lexicon.verb_entries(lemma) if lemma else []
            objects = None
            for entry in entries:
                if entry.frame is None:
                    continue
                if entry.objects:
                    objects = objects if objects is not None else _objects_of(token)
                    if not any(self._object_matches(o, entry.objects) for o in objects):
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

    def _mode(self, trigger: _Trigger, chain: list[tuple[str, Token]],
              context: _Context) -> tuple[Mode | None, bool]:
        head = trigger.head
        category = trigger.category
        # the clause the trigger stands in (for a noun: the verb that governs it)
        clause = head
        if head.pos_ in ("NOUN", "PROPN"):
            for _dep, governor in chain:
                if governor.pos_ in ("VERB", "AUX"):
                    clause = governor
                    break
        light = [t for t in trigger.tokens if t.pos_ in ("VERB", "AUX")]
        verbs = {head, *light}
        if trigger.transformed_from is not None:
            verbs.add(trigger.head)
        aux = [c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
        words = {c.lower_ for c in aux}
        modal = bool(words & (_MODALS_HYPOTHETICAL | _MODALS_FUTURE))
        # negation on the trigger, its light verb, or a determiner "no" on a nominal event
        negated = any(c.dep_ == "neg" for v in verbs for c in v.children)
        if head.pos_ in ("NOUN", "PROPN"):
            negated = negated or any(c.lower_ in ("no",) and c.dep_ == "det" for c in head.children)
            if clause != head and clause.dep_ != "ROOT" and trigger.entry.kind == "noun":
                negated = negated or (any(c.dep_ == "neg" for c in clause.children)
                                      and head.dep_ in ("nsubj", "nsubjpass"))
        if not negated and head.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.head.children) and \
                head.head.lemma_ in ("have", "be"):
            negated = True  # "has yet to be approved"
        if negated:
            context.mode_reason = "a negation on the trigger"
            return Mode.NEGATED, modal
        # hypothetical: a conditional clause above the trigger, "in the event of", "possible"
        for dep, governor in [("self", head), *chain]:
            node = governor if dep != "self" else head
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in node.children):
                context.mode_reason = f"a conditional clause ({node.text!r})"
                return Mode.HYPOTHETICAL, modal
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                            for c in node.children) and node.tag_ in ("VBP", "VBZ", "VB"):
                context.mode_reason = f"a clause of what has not happened yet ({node.text!r})"
                return Mode.HYPOTHETICAL, modal
            if node.dep_ in ("relcl",):
                break
        if head.pos_ in ("NOUN", "PROPN"):
            adjectives = {c.lower_ for c in head.children if c.dep_ in ("amod", "det", "compound")}
            if adjectives & _HYPOTHETICAL_ADJ - {"new"}:
                context.mode_reason = f"{sorted(adjectives & _HYPOTHETICAL_ADJ)[0]!r} on the event noun"
                return Mode.HYPOTHETICAL, modal
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("event", "case"):
                context.mode_reason = "'in the event of'"
                return Mode.HYPOTHETICAL, modal
            if adjectives & _FUTURE_ADJ:
                context.mode_reason = f"{sorted(adjectives & _FUTURE_ADJ)[0]!r} on the event noun"
                return Mode.FUTURE, modal
        reported = context.reporter is not None
        if category != "THREATEN" and words & _MODALS_HYPOTHETICAL:
            if reported and "would" in words and not words & (_MODALS_HYPOTHETICAL - {"would"}):
                context.mode_reason = "'would' in reported speech"
                return Mode.FUTURE, modal
            context.mode_reason = f"the modal {sorted(words & _MODALS_HYPOTHETICAL)[0]!r}"
            return Mode.HYPOTHETICAL, modal
        if words & _MODALS_FUTURE or _going_to(head):
            context.mode_reason = "'will'"
            return Mode.FUTURE, modal
        for dep, governor in chain[:2]:
            if dep == "xcomp" and governor.lemma_.lower() in _FUTURE_PREDICATES and \
                    (governor.tag_ == "VBN" or governor.pos_ == "ADJ" or governor.lemma_ == "go"):
                context.mode_reason = f"{governor.text!r} to"
                return Mode.FUTURE, modal
            if dep == "xcomp" and any(c.lower_ in _MODALS_FUTURE for c in governor.children
                                      if c.dep_ == "aux"):
                context.mode_reason = "'will'"
                return Mode.FUTURE, modal
        if not reported and head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                                       for c in head.children):
            context.mode_reason = "a past perfect background event"
            context.historical_if_undated = True
        if any(c.dep_ == "advmod" and c.lower_ in _HISTORICAL_ADVERBS for c in head.children):
            context.mode_reason = "a background adverb"
            context.historical_if_undated = True
        return None, modal

    # -- participants --------------------------------------------------------------------------------------
    def _participants(self, trigger: _Trigger,
                      context: _Context) -> tuple[list[Referent], list[Referent]]:
        head = trigger.head
        steps = trigger.steps
        if head.pos_ in ("NOUN", "PROPN") and trigger.entry.kind == "noun":
            actors, recipients = self._noun_participants(head, trigger)
            verb = head.head.head if head.dep_ == "pobj" else None
            if not actors and verb is not None and head.head.lower_ == "with" and \
                    trigger.category in _VERBAL and verb.pos_ in ("VERB", "AUX"):
                # "watching with grave concern Russia's build-up": the watcher is concerned about it
                actors = self._subject_referents(verb, steps)
                if actors:
                    steps.append(f"actor: the subject of {verb.text!r}, which is done 'with' {head.text!r}")
                    for obj in _objects_of(verb):
                        recipients.extend(self._argument_referents(obj, f"object of {verb.text!r}"))
            if not actors and trigger.category in _MEETINGS:
                verb = _governing_verb(head)
                if verb is not None and head.dep_ == "pobj" and head.head.lower_ in _SAME_TIME_PREPS:
                    actors = self._subject_referents(verb, steps)
                    if actors:
                        steps.append(f"actor: the subject of {verb.text!r}, who took part in the "
                                     f"{head.text!r}")
            self._describe(steps, actors, recipients)
            return actors, recipients
        verb = head
        if trigger.converse:
            recipients = self._subject_referents(verb, steps)
            actors = []
            sources: list[Token] = [verb]
            if trigger.noun is not None:
                sources.append(trigger.noun)
            for source in sources:
                for prep in source.children:
                    if prep.dep_ in ("prep", "agent") and prep.lower_ in _CONVERSE_AGENT_PREPS:
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                actors.extend(self._referents(pobj, f"'{prep.lower_}' object", agent=True))
            if not actors and trigger.category == "THREATEN" and context.reporter is not None:
                actors = self._subject_referents(context.reporter, steps)
                if actors:
                    steps.append(f"actor: who said it ({context.reporter.text!r}) threatens")
            if not actors and trigger.category == "THREATEN":
                warner = _governing_frame_verb(verb, self, "block")
                if warner is not None:
                    actors = self._subject_referents(warner, steps)
            self._describe(steps, actors, recipients)
            return actors, recipients
        actors = self._subject_referents(verb, steps)
        recipients = self._object_referents(trigger)
        if trigger.noun is not None and trigger.noun != verb:
            noun_actors, noun_recipients = self._noun_participants(trigger.noun, trigger)
            recipients.extend(noun_recipients)
            if not actors and self._is_event_noun(trigger.noun):
                actors = noun_actors
        for noun in trigger.absorbed:
            # "were killed in Israeli shelling": the doer is named in the event noun
            noun_actors, noun_recipients = self._noun_participants(noun, trigger)
            if not actors and noun_actors:
                actors = noun_actors
                steps.append(f"actor: the doer of {noun.text!r}")
            if not recipients:
                recipients = noun_recipients
        if not actors and trigger.category in ("ASSAULT",) and _is_passive(verb):
            # "a mortar was fired at it from the Gaza Strip": fire comes from there
            actors = [r for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                      for pobj in prep.children if pobj.dep_ == "pobj"
                      for r in self._referents(pobj, "'from' object")]
            if actors:
                steps.append("actor: where the fire came from")
        if trigger.transformed_from is not None:
            inner = trigger.transformed_from
            if trigger.category == "REQUEST":
                asked = [r for o in _objects_of(verb) for r in self._referents(o)]
                if not asked and inner.head.pos_ in ("VERB", "AUX"):
                    asked = [r for c in inner.head.children if c.dep_ == "nsubj" for r in self._referents(c)]
                recipients = asked or recipients
            else:
                inner_recipients = self._inner_recipients(inner)
                recipients = recipients or inner_recipients
        if not recipients:
            recipients = self._response_target(trigger)
        if not recipients and trigger.category in _VERBAL_CONFLICT and trigger.transformed_from is None \
                and trigger.entry.frame in ("intent", "request", "block"):
            # "threatened to block Sweden's membership": the one the intended act is aimed at
            for xcomp in verb.children:
                if xcomp.dep_ == "xcomp":
                    targets = [*_objects_of(xcomp), *(g for p in xcomp.children if p.dep_ == "prep"
                                                      and p.lower_ in ("against", "on", "at", "with")
                                                      for g in p.children if g.dep_ == "pobj")]
                    recipients = [r for o in targets for r in self._argument_referents(o, "object")]
                    if recipients:
                        steps.append(f"recipient: the object of what is intended ({xcomp.text!r})")
                    break
        if not recipients and trigger.category in _VERBAL_CONFLICT - {"REJECT"}:
            # "warned that Russia would face ...": the one the warning is about
            for clause in _complement_clauses(verb):
                recipients = [r for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                              for r in self._referents(s, "subject of what was said")]
                if recipients:
                    steps.append(f"recipient: the subject of what was said ({clause.text!r})")
                break
        if not recipients and trigger.category == "PROTEST":
            # a protest in a country's capital is aimed at its government
            for source in (verb, *([trigger.noun] if trigger.noun is not None else [])):
                for prep in source.children:
                    if prep.dep_ == "prep" and prep.lower_ == "in":
                        for pobj in prep.children:
                            ent = self.ent_of.get(pobj.i)
                            if pobj.dep_ == "pobj" and ent is not None and \
                                    self.entities[ent.kb_id_].type in ("Country", "Place"):
                                recipients = [replace(r, key=self._country_of(r.key), sector="government")
                                              for r in self._referents(pobj, "place of the protest")]
        if not recipients and trigger.category == "ASSAULT":
            # "struck targets in southern Lebanon": an attack hits where it happens
            for source in (verb, *([trigger.noun] if trigger.noun is not None else [])):
                for prep in source.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "inside"):
                        for pobj in prep.children:
                            ent = self.ent_of.get(pobj.i)
                            if pobj.dep_ == "pobj" and ent is not None and \
                                    self.entities[ent.kb_id_].type in ("Country", "Place"):
                                recipients = self._referents(pobj, "place of the attack")
        if actors and all(a.key is None for a in actors):
            # "police arrested ... in Minsk", "protesters rallied in Tbilisi": a group of that country
            country = self._location_country(verb, trigger.noun)
            if country is not None:
                actors = [replace(a, key=country, how=a.how + " in the place of the event") for a in actors]
                steps.append(f"actor's country: {country}, where it happened")
        recipients = _collapse(recipients)
        self._describe(steps, actors, recipients)
        return actors, recipients

    def _inner_recipients(self, inner: _Trigger) -> list[Referent]:
        if inner.head.pos_ in ("NOUN", "PROPN") and inner.entry.kind == "noun":
            return self._noun_participants(inner.head, inner)[1]
        recipients = self._object_referents(inner)
        if inner.noun is not None and inner.noun != inner.head:
            recipients.extend(self._noun_participants(inner.noun, inner)[1])
        if inner.transformed_from is not None:
            recipients.extend(self._inner_recipients(inner.transformed_from))
        return recipients or self._response_target(inner)

    def _describe(self, steps: list[str], actors: list[Referent], recipients: list[Referent]) -> None:
        for actor in actors:
            steps.append(f"actor {actor.describe()}")
        for recipient in recipients:
            steps.append(f"recipient {recipient.describe()}")

    def _subject_referents(self, verb: Token, steps: list[str]) -> list[Referent]:
        """The doer of ``verb``: its subject, its passive agent, or the subject it shares by control or
        coordination."""
        node = verb
        raised = False
        for _ in range(6):
            agent = [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agent:
                return [r for a in agent for r in self._referents(a, "passive agent", agent=True)]
            subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
            if subjects:
                return [r for s in subjects for r in self._referents(s, "subject", agent=True)]
            passive = [c for c in node.children if c.dep_ in ("nsubjpass", "csubjpass")]
            if passive:
                if raised:  # "Obama is scheduled to attend": the subject of the passive does the rest
                    return [r for s in passive for r in self._referents(s, "subject", agent=True)]
                return []  # passive with no agent: the doer is not said
            dep = node.dep_
            head = node.head
            if head == node:
                return []
            if dep == "xcomp":
                objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
                if objects:  # object control: "urged Japan to consider"
                    return [r for o in objects for r in self._referents(o, "object of " + head.text, agent=True)]
                node = head
                raised = True
            elif dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
                node = head
                raised = False
            elif dep == "pcomp":
                verb_head = head.head
                if verb_head.pos_ not in ("VERB", "AUX"):
                    return []
                objects = [c for c in verb_head.children if c.dep_ in ("dobj", "obj")]
                if head.lower_ in ("for", "of") and objects:
                    # "jailed a student for helping", "accused X of attacking": the object did it
                    return [r for o in objects for r in self._referents(o, "object of " + verb_head.text,
                                                                        agent=True)]
                node = verb_head
                raised = False
            elif dep in ("acl", "relcl"):
                if node.tag_ == "VBN":
                    return []  # "sanctions imposed on Moscow" with no "by": the doer is not said
                return self._referents(head, "the noun it describes", agent=True)
            else:
                return []
        return []

    def _object_referents(self, trigger: _Trigger) -> list[Referent]:
        verb = trigger.head
        category = trigger.category or ""
        preps = (_RECIPIENT_PREPS | _RECIPIENT_PREPS_BY_CATEGORY.get(category, frozenset())
                 | trigger.entry.preps | frozenset(trigger.entry.particles))
        if category == "RETREAT":
            preps = preps - _DESTINATION_PREPS  # "withdrew from X to Y": Y is where they went
        recipients: list[Referent] = []
        skip = {t.i for t in trigger.tokens}
        own_asset = category in ("MOBILIZE", "RETREAT", "AID")
        noun = trigger.noun
        if noun is not None and noun.head != verb and not self._is_event_noun(noun) and \
                not (own_asset and self._group_sector(noun) == "military"):
            recipients.extend(self._referents(noun, "object"))  # the object the parser hung elsewhere
        for child in verb.children:
            if child.i in skip and child.dep_ not in ("prep",):
                # the object of a light verb is who it is done to when it names someone: "released
                # Palestinian prisoners", "expelled Dutch diplomats" (not "sent troops", "sent aid")
                if trigger.noun is not None and child.i == trigger.noun.i and not self._is_event_noun(child) \
                        and not (own_asset and self._group_sector(child) == "military"):
                    recipients.extend(self._referents(child, "object"))
                continue
            if child.pos_ == "ADP" and child.dep_ in ("dative", "prep", "agent"):
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ not in preps):
                    continue
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        recipients.extend(self._argument_referents(pobj, f"'{child.lower_}' object"))
            elif child.dep_ in _OBJECT_DEPS or child.dep_ == "nsubjpass":
                if child.dep_ == "nsubjpass" and trigger.noun is not None and child.i == trigger.noun.i and \
                        self._is_event_noun(child):
                    continue
                if category in ("MOBILIZE", "RETREAT") and self._group_sector(_counted(child)) == "military":
                    continue  # "deployed 3,000 troops": its own forces, not whom it acts on
                recipients.extend(self._argument_referents(child, "object"))
        return recipients

    def _argument_referents(self, token: Token, how: str) -> list[Referent]:
        """Referents of an argument; an event noun stands for its doer ("condemned Russia's annexation")."""
        if token.i not in self.ent_of and self._is_event_noun(token):
            entries = self.lexicon.noun_entries(*_noun_forms(token))
            noun_trigger = _Trigger(head=token, entry=entries[0], category=entries[0].category, tokens=[token],
                                    noun=token, noun_entry=entries[0])
            actors, recipients = self._noun_participants(token, noun_trigger)
            return actors or recipients
        return self._referents(token, how)

    def _noun_participants(self, noun: Token,
                           trigger: _Trigger | None) -> tuple[list[Referent], list[Referent]]:
        """Actor and recipients of a nominal event from its own noun phrase: possessor, "by", demonyms and
        names before it are the actor; "of", "on", "against", "with" ... objects are recipients."""
        actors: list[Referent] = []
        recipients: list[Referent] = []
        modifiers: list[Referent] = []
        category = trigger.category if trigger is not None else None
        extra = trigger.entry.preps if trigger is not None else frozenset()
        noun_entry = trigger.noun_entry if trigger is not None else None
        if noun_entry is not None:
            extra = extra | noun_entry.preps
        preps = _RECIPIENT_PREPS | _RECIPIENT_PREPS_BY_CATEGORY.get(category or "", frozenset()) | extra
        if category == "RETREAT":
            preps = preps - _DESTINATION_PREPS
        for child in noun.children:
            dep = child.dep_
            if dep == "poss":
                actors.extend(self._referents(child, "possessor", agent=True))
            elif dep in ("amod", "compound", "nmod"):
                found = self._modifier_referents(child)
                modifiers.extend(found)
            elif dep == "prep":
                word = child.lower_
                pobjs = [c for c in child.children if c.dep_ == "pobj"]
                if word in _AGENT_PREPS:
                    for pobj in pobjs:
                        actors.extend(self._referents(pobj, "'by' object", agent=True))
                elif word == "of":
                    for pobj in pobjs:
                        found = self._referents(pobj, "'of' object")
                        if found and all(r.key is None or self._group_sector(pobj) is not None for r in found) \
                                and self._group_sector(pobj) is not None:
                            actors.extend(found)  # "the movement of Russian troops"
                        else:
                            recipients.extend(found)
                elif word in preps:
                    for pobj in pobjs:
                        recipients.extend(self._argument_referents(pobj, f"'{word}' object"))
            elif dep == "appos" and category in _VERBAL:
                recipients.extend(self._argument_referents(child, "apposition"))
        if actors:
            recipients = modifiers + recipients  # "any Ukraine attack by Russia"
        else:
            actors = modifiers
        return actors, recipients

    def _response_target(self, trigger: _Trigger) -> list[Referent]:
        """"in response to an attack by Russia", "in retaliation for ...": the doer of that event."""
        sources = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
        for source in sources:
            for prep in source.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "over", "for"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    target = pobj
                    if pobj.lemma_.lower() in _RESPONSE_WORDS:
                        inner = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                                 for g in p.children if g.dep_ == "pobj"]
                        if not inner:
                            continue
                        target = inner[0]
                    elif prep.lower_ != "over":
                        continue
                    if self._is_event_noun(target):
                        actors, _ = self._noun_participants(target, None)
                        if actors:
                            trigger.steps.append(f"recipient: the doer of {target.text!r} it responds to")
                            return actors
        return []

    def _modifier_referents(self, token: Token) -> list[Referent]:
        ent = self.ent_of.get(token.i)
        if ent is None:
            if token.dep_ == "compound" and token.pos_ == "NOUN":
                # "an Islamic State target southwest of Baghdad": a name modifying the modifier
                for child in token.children:
                    if child.dep_ == "compound" and child.i in self.ent_of:
                        return self._modifier_referents(child)
            return []
        found = [self._entity_referent(ent, token, "modifier")]
        for conj in token.conjuncts:
            other = self.ent_of.get(conj.i)
            if other is not None:
                found.append(self._entity_referent(other, conj, "modifier"))
        return found

    def _entity_referent(self, ent: Span, token: Token, how: str, sector: str | None = None) -> Referent:
        key = ent.kb_id_
        if sector is None:
            sector = self.person_sector.get(key)
            if sector is None:
                entry = self.gazetteer.entries.get(key)
                if entry is not None and entry.kind:
                    sector = _ORG_KIND_SECTORS.get(entry.kind)
        return Referent(key, sector, token, how)

    def _group_sector(self, token: Token) -> str | None:
        sector = self.gazetteer.sector(token.lemma_.lower())
        if sector is not None:
            return sector.sector
        sector = self.gazetteer.sector(token.lower_)
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
        return None

    def _referents(self, token: Token, how: str = "argument", depth: int = 0, *,
                   agent: bool = False) -> list[Referent]:
        """Who ``token`` (the head of an argument) stands for, with its conjuncts.

        With ``agent``, only what can act counts: a name, a group word ("troops"), a pronoun for one, or the
        doer given inside the phrase ("a missile fired by rebels"); a thing named by a common noun ("the
        crash", "the report") stands for no one."""
        found: list[Referent] = []
        heads = [token, *token.conjuncts]
        ent = self.ent_of.get(token.i)
        if ent is not None:  # the parser may hang the "and" on any word of a name
            for part in ent:
                heads.extend(c for c in part.conjuncts if c not in heads)
        # "The US, Russia, and Switzerland": spaCy may read the second name as an apposition; in "Prime
        # Minister X and President Y", the first name as a modifier of the second, with the "and" under it
        for extra in list(heads):
            if extra.i not in self.ent_of:
                continue
            for child in extra.children:
                if child.i not in self.ent_of or self.ent_of[child.i] == self.ent_of[extra.i]:
                    continue
                listed = any(c.dep_ in ("cc", "conj") for c in child.children)
                both_countries = (self.entities[self.ent_of[child.i].kb_id_].type == "Country"
                                  and self.entities[self.ent_of[extra.i].kb_id_].type == "Country")
                if (child.dep_ == "appos" and (listed or both_countries)) or (
                        child.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in child.children)):
                    heads.extend((child, *child.conjuncts))
        named = {self.ent_of[h.i].start for h in heads if h.i in self.ent_of}
        seen: set[tuple[str | None, str | None]] = set()
        for head in sorted(set(heads), key=lambda t: t.i):
            if head.i not in self.ent_of and any(head.i + k in named for k in (1, 2)) and head != token:
                continue  # the title of a name in the same list: "X and US President Joe Biden"
            for referent in self._referent_of(head, how, depth, agent):
                key = (referent.key, referent.sector)
                if key not in seen:
                    seen.add(key)
                    found.append(referent)
        return found

    def _generic_body(self, ent: Span) -> bool:
        """A name the NER found that is only a word for a body of some country ("Senate", "Defense
        Ministry"): it stands for that country's body, not for an entity of its own."""
        if ent.kb_id_ in self.gazetteer.entries or self.entities[ent.kb_id_].type != "Organization":
            return False
        if len(ent) > 3:
            return False
        last = ent[-1]
        return self._group_sector(last) is not None

    def _referent_of(self, token: Token, how: str, depth: int, agent: bool = False) -> list[Referent]:
        ent = self.ent_of.get(token.i)
        if ent is not None:
            if self.entities[ent.kb_id_].type == "Concept":
                return []
            if not self._generic_body(ent):
                return [self._entity_referent(ent, token, how)]
            token = ent[-1]
        lower = token.lower_
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$", "WP", "WDT"):
            if lower in _RELATIVE_PRONOUNS:
                clause = token.head
                if clause.dep_ == "relcl" and depth < 3:
                    return self._referents(clause.head, "relative clause", depth + 1, agent=agent)
                return []
            antecedent = self._antecedent(token)
            if antecedent is not None and depth < 3:
                return [replace(r, how=f"'{token.text}' →") for r in
                        self._referents(antecedent, "coreference", depth + 1, agent=agent)]
            return []
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return []
        sector = self._group_sector(token)
        if sector is None and token.lemma_.lower() in _QUANTITY_WORDS and depth < 3:
            # "hundreds of UN troops", "a group of protesters"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return [r for pobj in prep.children if pobj.dep_ == "pobj"
                            for r in self._referents(pobj, how, depth + 1, agent=agent)]
        # a title with the person's name beside it: "Russia's ambassador to Japan Mikhail Galuzin"
        for child in token.children:
            if child.dep_ in ("appos", "compound") and child.i in self.ent_of:
                person = self.ent_of[child.i]
                if self.entities[person.kb_id_].type == "Person":
                    return [self._entity_referent(person, child, "name of " + repr(token.text), sector)]
        if agent and sector is None:
            return self._doer_inside(token, how, depth)
        groups: list[list[Referent]] = []
        for child in sorted(token.children, key=lambda c: (c.dep_ != "poss", c.i)):
            found: list[Referent] = []
            if child.dep_ == "poss" and child.pos_ == "PRON" and depth < 3:
                # "its forces": the forces of whoever "its" is
                found = [Referent(r.key, sector or r.sector, token, f"{child.text!r} on")
                         for r in self._referents(child, how, depth + 1) if r.key is not None]
            elif child.dep_ in ("poss", "amod", "compound", "nmod"):
                found = [Referent(r.key, sector or r.sector, token, f"{child.text!r} on")
                         for r in self._modifier_referents(child)]
            elif child.dep_ == "prep" and depth < 2 and (
                    (child.lower_ in ("of", "in", "from", "for") and sector is not None)
                    or (child.lower_ == "in" and sector is None)
                    or (child.lower_ == "of" and token.lemma_.lower() in _PLACE_NOUNS)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(Referent(self._country_of(r.key) if sector is not None else r.key,
                                              sector or r.sector, token, f"'{child.lower_} {pobj.text}' on")
                                     for r in self._referents(pobj, how, depth + 1) if r.key is not None)
            if found:
                groups.append(found)
        if groups:
            # the possessor, else the first modifier: "the Malaysia Airlines Boeing 777 flight" is the airline's
            return groups[0]
        if sector is not None:
            return [Referent(None, sector, token, "group word")]
        return []

    def _doer_inside(self, token: Token, how: str, depth: int) -> list[Referent]:
        """The doer named inside a phrase about a thing: its possessor ("Russia's missiles"), or the agent of
        a participle describing it ("a missile believed to be fired by rebels")."""
        for child in token.children:
            if child.dep_ == "poss":
                return self._referents(child, "possessor", depth + 1, agent=True)
        if self._is_event_noun(token):
            return self._noun_participants(token, None)[0]
        for clause in token.children:
            if clause.dep_ not in ("acl", "relcl") or depth > 2:
                continue
            for node in clause.subtree:
                if node.dep_ == "agent":
                    for pobj in node.children:
                        if pobj.dep_ == "pobj":
                            return self._referents(pobj, "agent of " + repr(token.text), depth + 1, agent=True)
        if token.lemma_.lower() in _DOCUMENT_NOUNS and depth < 2:
            # "a Rwandan report", "a report released in the Rwandan capital" speaks for that country
            found = [r for child in token.children if child.dep_ in ("amod", "compound", "nmod")
                     for r in self._modifier_referents(child)]
            for clause in token.children:
                if found:
                    break
                if clause.dep_ != "acl":
                    continue
                for prep in clause.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "from"):
                        found.extend(r for pobj in prep.children if pobj.dep_ == "pobj"
                                     for r in self._referents(pobj, "where it was issued", depth + 1)
                                     if r.key is not None)
            return found
        return []

    def _antecedent(self, pronoun: Token) -> Token | None:
        """The nearest fitting subject for a pronoun: first the subjects of the clauses above it in the
        sentence, then earlier names in the sentence, then the subject of the sentence before."""
        lower = pronoun.lower_
        if lower in _PERSON_PRONOUNS:
            fits: Callable[[str], bool] = lambda kind: kind == "Person"  # noqa: E731
        elif lower in _THING_PRONOUNS:
            fits = lambda kind: kind in ("Country", "Organization")  # noqa: E731
        elif lower in _PLURAL_PRONOUNS:
            fits = lambda kind: kind in ("Country", "Organization", "Person")  # noqa: E731
        else:
            return None

        def fitting(token: Token) -> Token | None:
            ent = self.ent_of.get(token.i)
            if ent is not None and fits(self.entities[ent.kb_id_].type):
                return token
            for child in token.children:
                if child.dep_ in ("poss", "amod", "compound", "appos") and child.i in self.ent_of:
                    ent = self.ent_of[child.i]
                    if fits(self.entities[ent.kb_id_].type):
                        return child
            return None

        node = pronoun
        for _ in range(8):
            if node.head == node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                for child in node.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i and child != pronoun:
                        found = fitting(child)
                        if found is not None:
                            return found
        sentence = pronoun.sent
        for token in reversed(self.doc[sentence.start:pronoun.i]):
            if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                found = fitting(token)
                if found is not None:
                    return found
        if sentence.start > 0:
            previous = self.doc[sentence.start - 1].sent
            for token in previous:
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                    found = fitting(token)
                    if found is not None:
                        return found
        return None

    def _attribution_of(self, reporter: Token) -> str | None:
        subjects = [c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            subjects = [p for c in reporter.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not subjects:
            return None
        subject = subjects[0]
        if subject.pos_ == "PRON" and subject.lower_ not in _RELATIVE_PRONOUNS:
            antecedent = self._antecedent(subject)
            if antecedent is not None:
                subject = antecedent
        return self._source_text(subject)

    def _source_text(self, token: Token) -> str | None:
        ent = self.ent_of.get(token.i)
        if ent is not None:
            return ent.kb_id_
        for child in token.children:
            if child.dep_ in ("appos", "compound") and child.i in self.ent_of and \
                    self.entities[self.ent_of[child.i].kb_id_].type in ("Person", "Organization"):
                return self.ent_of[child.i].kb_id_
        # the words before the head in its phrase, without a leading article: "diplomatic sources"
        start = token.left_edge.i
        while start < token.i and self.doc[start].dep_ in ("det", "punct", "cc"):
            start += 1
        text = self.doc[start:token.i + 1].text
        return " ".join(text.split()) or None

    # -- date -----------------------------------------------------------------------------------------------
    def _country_of(self, key: str | None) -> str | None:
        """The country a place lies in (a capital named as a city is keyed by its name), else the key itself."""
        if key is None:
            return None
        entry = self.gazetteer.entries.get(key)
        if entry is not None:
            return entry.country if entry.type == "Place" and entry.country else key
        info = self.entities.get(key)
        if info is not None and info.type == "Place":
            match = self.gazetteer.lookup(info.label)
            if match is not None and match.form == "capital":
                return match.entry.key
        return key

    def _location_country(self, verb: Token, noun: Token | None) -> str | None:
        """The country of the place an event happened in: "in Minsk", "in southern Lebanon"."""
        for source in (verb, *([noun] if noun is not None else [])):
            for prep in source.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                    continue
                for pobj in prep.children:
                    ent = self.ent_of.get(pobj.i)
                    if pobj.dep_ != "pobj" or ent is None:
                        continue
                    kind = self.entities[ent.kb_id_].type
                    country = self._country_of(ent.kb_id_)
                    if kind == "Country" or (kind == "Place" and country != ent.kb_id_):
                        return country
        return None

    def _same_side(self, a: str | None, b: str | None) -> bool:
        """Whether two entities are one side: the same, or one belongs to the other's country."""
        if a is None or b is None:
            return a == b
        if a == b:
            return True
        countries = []
        for key in (a, b):
            entry = self.gazetteer.entries.get(key)
            countries.append(entry.country if entry is not None and entry.country else key)
        return countries[0] == countries[1]

    def _date_of(self, token: Token) -> EventDate | None:
        if token.i in self._date_cache:
            return self._date_cache[token.i]
        found = None
        if _event_date_for is not None and self.doc._.timexes is not None:
            try:
                found = _event_date_for(self.doc, token)
            except (AttributeError, ValueError, IndexError):  # a partial temporal module
                found = None
        if found is not None and self.inferred and not self._absolute_date(token, found):
            found = replace(found, kind=DateKind.INFERRED)
        self._date_cache[token.i] = found
        return found

    def _date_in_phrase(self, noun: Token) -> EventDate | None:
        """A date anywhere in a nominal event's own phrase, below no verb: "the invasion of Kuwait in 1990"."""
        sentence = noun.sent
        subtree = {t.i for t in noun.subtree}
        top = noun
        if noun.head.lower_ in _AFTER_PREPS | _SAME_TIME_PREPS | {"since", "before"} and noun.head != noun:
            # "following Russia's annexation of Crimea in 2014": the parser may hang the date on "following"
            top = noun.head
            subtree |= {t.i for t in top.subtree}
        for timex in self.doc._.timexes or []:
            if not (sentence.start_char <= timex.start < sentence.end_char) or timex.type != "DATE":
                continue
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or span.root.i not in subtree:
                continue
            node = span.root
            while node != noun and node != top and node.pos_ not in ("VERB", "AUX") and \
                    node.head != node:
                node = node.head
            if node != noun and node != top:
                continue
            found = EventDate.from_value(timex.value, DateKind.OCCURRED)
            if found is not None and self.inferred and not _TIMEX_YEAR.search(timex.text):
                found = replace(found, kind=DateKind.INFERRED)
            return found
        return None

    def _absolute_date(self, token: Token, found: EventDate) -> bool:
        """Whether the date was written with its year (then it does not depend on the publication date)."""
        sentence = token.sent
        for timex in self.doc._.timexes or []:
            if sentence.start_char <= timex.start < sentence.end_char and \
                    timex.value.startswith(found.value[:4]) and _TIMEX_YEAR.search(timex.text):
                return True
        return False

    def _event_date(self, trigger: _Trigger, context: _Context, mode: Mode | None) -> EventDate | None:
        steps = trigger.steps
        candidates = [trigger.head]
        if trigger.noun is not None and trigger.noun != trigger.head:
            candidates.append(trigger.noun)
        for token in candidates:
            found = self._date_of(token)
            if found is None and token.pos_ in ("NOUN", "PROPN"):
                found = self._date_in_phrase(token)
            if found is not None:
                steps.append(f"date {found.value} ({found.kind.value}): the time expression attached to "
                             f"{token.text!r}")
                return found
        if context.historical_if_undated and mode is None:
            return None
        # the meeting or the earlier event it happened at or after: "during a summit late last month"
        verb = trigger.head if trigger.head.pos_ in ("VERB", "AUX") else _governing_verb(trigger.head)
        if verb is not None:
            for prep in verb.children:
                if prep.dep_ not in ("prep", "advcl"):
                    continue
                word = prep.lower_
                if word not in _SAME_TIME_PREPS | _AFTER_PREPS:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ not in ("pobj", "dobj") or not self._is_event_noun(pobj):
                        continue
                    found = self._date_of(pobj) or self._date_in_phrase(pobj)
                    if found is None:
                        continue
                    if word in _AFTER_PREPS and found.precision in (Precision.DAY, Precision.WEEK):
                        continue
                    steps.append(f"date {found.value}: the date of {pobj.text!r} ('{word}')")
                    return found
        # the date of the statement that reports it
        if context.reporter is not None:
            said = self._date_of(context.reporter)
            if said is not None and mode is None:
                simultaneous = (trigger.category in _VERBAL_CONFLICT and trigger.converse) or \
                    _present_tense(trigger.head)
                if simultaneous:
                    steps.append(f"date {said.value}: when it was said ({context.reporter.text!r})")
                    return said
                bound = EventDate(value=said.value, precision=said.precision, earliest=None,
                                  latest=said.latest, kind=DateKind.REPORTED)
                steps.append(f"date by {said.value}: it was reported then ({context.reporter.text!r})")
                return bound
        if mode in (Mode.HYPOTHETICAL, Mode.FUTURE, Mode.NEGATED):
            return None
        if self.published is not None:
            kind = DateKind.INFERRED if self.inferred else DateKind.REPORTED
            steps.append(f"date by {self.published.isoformat()}: the day the article was published ({kind.value})")
            return EventDate.reported_by(self.published, kind)
        return None

    def _topic(self, trigger: _Trigger) -> str | None:
        for token in trigger.tokens:
            if token.i in self.concept_of:
                return self.concept_of[token.i]
        roots = [t for t in trigger.tokens]
        if trigger.transformed_from is not None:
            roots.extend(trigger.transformed_from.tokens)
        for root in roots:
            for child in root.children:
                if child.dep_ in ("dobj", "xcomp", "prep", "pobj", "ccomp"):
                    for token in child.subtree:
                        if token.i in self.concept_of:
                            return self.concept_of[token.i]
        return None


@dataclass(slots=True)
class _Context:
    blocked: bool = False
    reporter: Token | None = None
    attribution: str | None = None
    mode: Mode | None = None
    modal: bool = False
    mode_reason: str = ""
    historical_if_undated: bool = False


# -- helpers --------------------------------------------------------------------------------------------------
def _words(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def _noun_forms(token: Token) -> tuple[str, ...]:
    lower = token.lower_
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in ("-", "–"):
        hyphen = f"{doc[token.i - 2].lower_}-{lower}"
        return (hyphen, lower, lemma, f"{doc[token.i - 2].lower_}{lower}")
    return (lower, lemma)


def _inflections(head: str) -> set[str]:
    """A verb lemma and the regular forms of it the lemmatizer may have failed to undo."""
    forms = {head, head + "s", head + "es", head + "d", head + "ed", head + "ing"}
    if head.endswith("e"):
        forms.add(head[:-1] + "ing")
    if head.endswith("y"):
        forms.update((head[:-1] + "ied", head[:-1] + "ies"))
    if len(head) > 2 and head[-1] not in "aeiouwy" and head[-2] in "aeiou":
        forms.update((head + head[-1] + "ed", head + head[-1] + "ing"))
    return forms


def _verb_lemma(token: Token, heads: frozenset[str]) -> str | None:
    """The lexicon head for a verb: its lemma, or, where the lemmatizer slipped ("staged" → "stag"), the
    word with a regular ending taken off."""
    lemma = token.lemma_.lower()
    if lemma in heads:
        return lemma
    lower = token.lower_
    for ending, replacement in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("es", ""),
                                ("s", ""), ("ing", "e"), ("ing", "")):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            candidate = lower[: -len(ending)] + replacement
            if candidate in heads:
                return candidate
            if not replacement and candidate[-1] == candidate[-2] and candidate[:-1] in heads:
                return candidate[:-1]  # "stopped", "shelling"
    return None


def _objects_of(verb: Token) -> list[Token]:
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "dative", "iobj", "nsubjpass", "attr", "oprd"):
            objects.append(child)
            objects.extend(child.conjuncts)
    if not objects and verb.dep_ == "conj" and _is_passive(verb):
        # "the civilians ... were released by Putin": the parser hung the subject on the first verb
        objects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return objects


def _particle_after(verb: Token, particle: str) -> bool:
    """A particle the parser attached elsewhere but that follows the verb ("moved in on", "step up")."""
    doc = verb.doc
    for i in range(verb.i + 1, min(len(doc), verb.i + 3)):
        if doc[i].lower_ == particle:
            return doc[i].dep_ in ("prt", "prep", "advmod", "compound:prt") or doc[i].head.i == verb.i
        if doc[i].pos_ not in ("ADV", "PART", "ADP"):
            break
    return False


def _complement_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying governs; a "that" clause the parser hung on a nearby noun counts too."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        return clauses
    for token in verb.subtree:
        if token != verb and token.dep_ in ("relcl", "acl", "advcl") and \
                any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in token.children):
            return [token]
    return []


def _conditional(trigger: _Trigger) -> bool:
    """Whether an intended act hangs on a condition: "in response to any attack", "if ...", "should ..."."""
    for token in trigger.tokens:
        for node in token.subtree:
            lower = node.lower_
            if node.dep_ == "mark" and lower in _CONDITIONAL_MARKS:
                return True
            if lower in _RESPONSE_WORDS and node.head.lower_ == "in":
                return True
            if lower in ("event", "case") and node.head.lower_ == "in":
                return True
            if lower == "any" and node.dep_ == "det":
                return True
    return False


def _counted(token: Token) -> Token:
    """What a quantity counts: "hundreds of troops" → troops."""
    if token.lemma_.lower() in _QUANTITY_WORDS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _collapse(referents: list[Referent]) -> list[Referent]:
    """One referent per entity: "the mayor of Nablus" and "Nablus" read twice are one recipient."""
    out: list[Referent] = []
    for referent in referents:
        same = next((i for i, r in enumerate(out) if r.key == referent.key and
                     (r.key is not None or r.sector == referent.sector)), None)
        if same is None:
            out.append(referent)
        elif out[same].sector is None and referent.sector is not None:
            out[same] = referent
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _governors(token: Token) -> Iterator[tuple[str, Token]]:
    """Walk up from a trigger through the clauses and phrases that govern it, yielding (relation, governor).

    The walk stops at a relative clause or a participle describing a noun: what they say is presupposed, so
    the verbs above do not decide whether it happened."""
    node = token
    for _ in range(12):
        head = node.head
        if head == node:
            return
        dep = node.dep_
        if dep == "relcl":
            return
        if dep in ("pobj", "pcomp") and head.pos_ in ("ADP", "SCONJ"):
            prep = head
            governor = prep.head
            if governor == prep:
                return
            yield (dep if prep.lower_ in _COMPLEMENT_PREPS else "adjunct", governor)
            node = governor
            continue
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and node.tag_ in ("VBN", "VBG"):
            yield (dep, head)
            return
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            dep = "advcl:to"  # "pressured X to help": an infinitive is what the pressure is for
        yield (dep, head)
        node = head


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(6):
        if node.head == node:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _governing_frame_verb(verb: Token, reader: _DocReader, frame: str) -> Token | None:
    for _, governor in _governors(verb):
        if reader._frame_of(governor) == frame:
            return governor
    return None


def _according_to(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                if to.lower_ == "to":
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG" and \
        any(c.dep_ == "aux" for c in verb.children if c.lower_ == "to")


def _present_tense(token: Token) -> bool:
    verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
    if verb is None:
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    return False


def _intent_category(category: str) -> str:
    """What intending an event is: cooperation promised is AGREE, a concession promised is CONCEDE,
    material conflict intended is THREATEN; intended verbal conflict keeps its category."""
    if category in _COOPERATIVE:
        return "AGREE"
    if category in _YIELDING:
        return "CONCEDE"
    if category in _MATERIAL_CONFLICT:
        return "THREATEN"
    return category


def _pairs(actors: list[Referent], recipients: list[Referent],
           mutual: bool) -> list[tuple[Referent, Referent | None]]:
    if recipients:
        return [(a, r) for a in actors for r in recipients]
    if len(actors) > 1 and mutual:
        # "The US, Russia and Switzerland met": each meets each other one
        return [(a, b) for a in actors for b in actors if a is not b]
    return [(a, None) for a in actors]


def _dedupe(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """One event per sentence, category, actor, recipient and mode: the verb's before the noun's."""
    kept: dict[tuple[object, ...], int] = {}
    out: list[tuple[Event, _Trigger]] = []
    for event, trigger in results:
        key = (event.mention.sentence_start, event.category, event.actor, event.recipient, event.mode)
        if key in kept:
            index = kept[key]
            old = out[index][0]
            if old.date is None and event.date is not None:
                out[index] = (event, trigger)
            continue
        kept[key] = len(out)
        out.append((event, trigger))
    return out


def _refine_dates(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """A coarse date of an event takes the day of the same event told elsewhere in the article (a photo
    caption's "Jan. 21, 2022" for "a summit late last month"), when exactly one such day fits."""
    days: dict[tuple[str, str | None, str | None], set[EventDate]] = {}
    for event, _ in results:
        d = event.date
        if d is not None and d.kind is not DateKind.REPORTED and d.precision is Precision.DAY:
            days.setdefault((event.category, event.actor, event.recipient), set()).add(d)
    if not days:
        return results
    out: list[tuple[Event, _Trigger]] = []
    for event, trigger in results:
        d = event.date
        if d is not None and d.kind is not DateKind.REPORTED and d.precision is not Precision.DAY and \
                d.earliest is not None and d.latest is not None:
            fitting = {day for day in days.get((event.category, event.actor, event.recipient), set())
                       if day.earliest is not None and d.earliest <= day.earliest <= d.latest}
            if len(fitting) == 1:
                day = next(iter(fitting))
                trigger.steps.append(f"date {day.value}: the same event with its day elsewhere in the article")
                event = replace(event, date=day)
        out.append((event, trigger))
    return out


# -- explain --------------------------------------------------------------------------------------------------
def explain(nlp: Language, sentence: str, *, published: date | None = None) -> list[EventExplanation]:
    """The events ``nlp`` codes in ``sentence``, each with the lexicon entry and the reading behind it.

    ``nlp`` is a pipeline with ``newsgraph_events`` (``newsgraph.extract.pipeline.load_pipeline()``).

    Example:
        >>> for line in format_explanation(explain(nlp, "Japan imposed sanctions on Russia.")):  # doctest: +SKIP
        ...     print(line)
        SANCTION  japan → russia  "imposed sanctions"
    """
    coder = next((pipe for _, pipe in nlp.pipeline if isinstance(pipe, EventCoder)), None)
    doc = nlp.make_doc(sentence)
    doc._.published = published
    for _name, pipe in nlp.pipeline:
        if pipe is coder:
            continue
        doc = pipe(doc)
    if coder is None:
        return []
    explanations = []
    for event, trigger in coder.code(doc):
        entry = trigger.entry
        if trigger.noun_entry is not None and trigger.noun_entry is not entry:
            source = f"{entry.source} + {trigger.noun_entry.source}"
            row: dict[str, object] = {**entry.as_dict(), "+": trigger.noun_entry.as_dict()}
        else:
            source, row = entry.source, entry.as_dict()
        if trigger.transformed_from is not None:
            row = {**row, ">": trigger.transformed_from.entry.as_dict()}
        explanations.append(EventExplanation(event=event, entry=row, source=source, steps=tuple(trigger.steps)))
    return explanations


def format_explanation(explanations: Sequence[EventExplanation]) -> list[str]:
    """Text lines for ``newsgraph explain``: one heading per event, then how each part was read."""
    if not explanations:
        return ["no event found"]
    lines: list[str] = []
    for number, item in enumerate(explanations, start=1):
        event = item.event
        actor = event.actor or f"({event.actor_sector} group)"
        recipient = event.recipient or (f"({event.recipient_sector} group)" if event.recipient_sector else "-")
        heading = f"{number}. {event.category}  {actor} → {recipient}  \"{event.trigger}\""
        extras = []
        if event.mode is not None:
            extras.append(f"mode={event.mode.value}")
        if event.date is not None:
            extras.append(f"date={event.date.value} ({event.date.kind.value})")
        if event.topic:
            extras.append(f"topic={event.topic}")
        if event.attribution:
            extras.append(f"according to {event.attribution}")
        if extras:
            heading += "  [" + ", ".join(extras) + "]"
        lines.append(heading)
        lines.append(f"   rule: {event.rule}  ({item.source})")
        lines.extend(f"   - {step}" for step in item.steps)
    return lines


@Language.factory(
    "newsgraph_events",
    requires=["doc._.entities"],
    assigns=["doc._.events", "doc._.attributions"],
    default_config={"extra_files": [], "lexicon_files": []},
)
def event_coder(nlp: Language, name: str, extra_files: list[str], lexicon_files: list[str]) -> EventCoder:
    """spaCy factory: ``nlp.add_pipe("newsgraph_events", config={"lexicon_files": ["my.jsonl"]})``."""
    gazetteer = Gazetteer.load(extra_files) if extra_files else Gazetteer.default()
    lexicon = Lexicon.load(lexicon_files) if lexicon_files else Lexicon.default()
    return EventCoder(name, gazetteer, lexicon)
