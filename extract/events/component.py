"""The ``newsgraph_events`` spaCy component, its factory, and ``explain``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from newsgraph.extract import attributes as _attributes  # noqa: F401  (declares Doc._ attributes)
from newsgraph.extract.casing import model_doc
from newsgraph.extract.events.coding import _DocReader
from newsgraph.extract.events.parts import _Trigger
from newsgraph.extract.events.syntax import _inflections, _plurals, _words
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.userdata import GAZETTEER, LEXICON, CarriesUserData
from newsgraph.records import Event


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


class EventCoder(CarriesUserData):
    """The ``newsgraph_events`` component; see the module docstring for the rules.

    The shipped gazetteer and lexicon, plus a user's files given to
    ``initialize(extra_files=[...], lexicon_files=[...])``; they travel with a saved pipeline.
    """

    kinds = (GAZETTEER, LEXICON)

    def __init__(self, name: str, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None) -> None:
        """``gazetteer`` and ``lexicon``, where given, replace the shipped data (tests build coders so); such a
        coder cannot be saved with ``to_disk``, which carries files, not objects."""
        self.name = name
        self.use_data({})
        if gazetteer is not None or lexicon is not None:
            self.gazetteer = gazetteer or self.gazetteer
            self.lexicon = lexicon or self.lexicon
            self.user_files = {}  # not the shipped data and no files: to_disk refuses
            self.data_changed()

    def data_changed(self) -> None:
        lexicon = self.lexicon
        self._verb_heads = frozenset(lexicon.verbs)
        self._noun_heads = frozenset(lexicon.nouns)
        # Hashes of every word that can start a trigger, so one pass over the Doc's arrays finds the few
        # tokens worth a look: lemmas and inflected forms of verbs (the lemmatizer slips: "staged" → "stag"),
        # nouns and the last part of hyphenated ones ("build-up"), the first of a compound of three ("work-to-rule").
        verb_forms = {form for head in self._verb_heads for form in _inflections(head)}
        noun_forms = set(self._noun_heads) | {head.rsplit("-", 1)[-1] for head in self._noun_heads} | \
            {head.split("-")[0] for head in self._noun_heads if head.count("-") == 2} | \
            {plural for head in self._noun_heads for plural in _plurals(head)}
        self._verb_hashes = frozenset(get_string_id(w) for w in verb_forms)
        # each sector's CAMEO agent code, for the codes of group nodes ("business" → BUS)
        self.sector_codes: dict[str, str] = {}
        for sector in self.gazetteer.sectors.values():
            if sector.cameo:
                self.sector_codes.setdefault(sector.sector, sector.cameo)
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


def _annotated(nlp: Language, coder: EventCoder, sentence: str, published: date | None) -> Doc:
    """``sentence`` through every component of ``nlp`` but the event coder."""
    doc = model_doc(nlp, sentence)
    doc._.published = published
    for _name, pipe in nlp.pipeline:
        if pipe is not coder:
            doc = pipe(doc)
    return doc


def explain(nlp: Language, sentence: str, *, published: date | None = None) -> list[EventExplanation]:
    """The events ``nlp`` codes in ``sentence``, each with the lexicon entry and the reading behind it.

    ``nlp`` is a pipeline with ``newsgraph_events`` (``newsgraph.extract.pipeline.load_pipeline()``).

    Example:
        >>> for line in format_explanation(explain(nlp, "Japan imposed sanctions on Russia.")):  # doctest: +SKIP
        ...     print(line)
        SANCTION  japan → russia  "imposed sanctions"
    """
    coder = next((pipe for _, pipe in nlp.pipeline if isinstance(pipe, EventCoder)), None)
    if coder is None:
        return []
    doc = _annotated(nlp, coder, sentence, published)
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


@dataclass(frozen=True, slots=True)
class DroppedTrigger:
    """Words the lexicon names as an event that gave no event in the end, and the reading that dropped them.

    Attributes:
        words: the trigger's words as written ("denied", "opened talks").
        rule: the lexicon entry or composition behind it (``verb:deny``).
        category: its category when it was dropped, or None for a frame word that named none.
        steps: how it was read, the last step saying why it was not coded (no actor, a recipient needed,
            governed by a refusal ...), or none when it was a word with a frame that named no event.
    """

    words: str
    rule: str
    category: str | None
    steps: tuple[str, ...]


def explain_dropped(nlp: Language, sentence: str, *, published: date | None = None) -> list[DroppedTrigger]:
    """The triggers of ``sentence`` that gave no event, each with why: for finding where a missed event is
    lost (the trigger never found, or found and dropped for want of an actor, a recipient, a mode ...)."""
    coder = next((pipe for _, pipe in nlp.pipeline if isinstance(pipe, EventCoder)), None)
    if coder is None:
        return []
    doc = _annotated(nlp, coder, sentence, published)
    reader = _DocReader(coder, doc)
    results = reader.read()
    # the words of a coded event are not dropped ("sanctions" in "imposed sanctions")
    used = {token.i for _, trigger in results for token in trigger.tokens}
    return [DroppedTrigger(words=_words(trigger.tokens), rule=trigger.rule or trigger.entry.label,
                           category=trigger.category, steps=tuple(trigger.steps))
            for trigger in reader.found if trigger.head.i not in used]


def format_dropped(dropped: Sequence[DroppedTrigger]) -> list[str]:
    """Text lines for ``newsgraph explain --dropped``."""
    if not dropped:
        return []
    lines = ["not coded:"]
    for item in dropped:
        if len(item.steps) > 1:
            reason = item.steps[-1]
        elif item.category is None:
            reason = "a frame word, no event of its own here"
        else:
            reason = "read as part of the event of the word that governs it"
        lines.append(f"   {item.words!r}  {item.category or '-'}  ({item.rule}): {reason}")
    return lines


#: A list of words in a lexicon entry as a step prints it: "['@Country', '@Group', 'air base', ...]".
_WORD_LIST = re.compile(r"\[('[^'\]]*'(?:, '[^'\]]*')*)\]")
#: How many words of an entry's list a step shows; the file and line it names hold the rest.
_LIST_SHOWN = 6


def _shortened(step: str) -> str:
    """A step with each long word list of a lexicon entry cut to its first words and a count of the rest: the
    object list of "strike" runs to forty words, one line of several hundred characters in a terminal."""
    def cut(match: re.Match[str]) -> str:
        words = match.group(1).split(", ")
        if len(words) <= _LIST_SHOWN + 1:
            return match.group(0)
        return f"[{', '.join(words[:_LIST_SHOWN])}, … {len(words) - _LIST_SHOWN} more]"
    return _WORD_LIST.sub(cut, step)


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
        lines.extend(f"   - {_shortened(step)}" for step in item.steps)
    return lines


@Language.factory(
    "newsgraph_events",
    requires=["doc._.entities", "doc._.timexes", "doc._.relations", "doc._.published", "doc.ents", "doc.spans",
              "token.dep", "token.lemma", "token.pos", "token.tag"],
    assigns=["doc._.events", "doc._.attributions"],
)
def event_coder(nlp: Language, name: str) -> EventCoder:
    """spaCy factory: ``nlp.add_pipe("newsgraph_events")``; a user's event words go to
    ``nlp.get_pipe("newsgraph_events").initialize(lexicon_files=["my-words.jsonl"])``."""
    return EventCoder(name)
