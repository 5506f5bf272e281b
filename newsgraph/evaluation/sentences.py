"""What the sentence-level event scorers share (QUALITY.md §3 and §3b).

Both reference sets are single news sentences with a date and the events a careful coder found in them. Each
sentence is read as one article (its id, its text, its date as the published date), and the coder's events are
compared with the expected ones. The sets differ only in how an expected event names its parties (CAMEO actor
codes in PETRARCH-2's records; a mention, a name and a country or body code in reuters-plover), so each scorer
supplies two functions: the categories an expected event accepts, and whether an output event matches it. The
rest lives here:

- :func:`run_sentences` builds each sentence as an article and runs the pipeline;
- :func:`unique_events` keeps an output event once per sentence, category, actor and recipient;
- :class:`EntityCodes` gives every code an output entity stands for: its own, its country's, and the countries
  of the roles the article gives it ("President of Russia");
- :func:`score_sentence` tallies one sentence; :class:`EventScore` adds sentences up into category recall,
  event recall and precision, overall and per category, and dumps the misses and false positives as JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.casing import model_doc
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.relations import ROLE_RELATIONS
from newsgraph.ingest.furniture import remove_furniture
from newsgraph.records import Event

__all__ = [
    "CategoryCounts",
    "EntityCodes",
    "EventScore",
    "Sentence",
    "SentenceResult",
    "pipeline_gazetteer",
    "role_countries",
    "run_sentences",
    "score_sentence",
    "unique_events",
]

G = TypeVar("G")

#: Prefixes of CAMEO codes for bodies that belong to no country.
NON_STATE_PREFIXES = ("IGO", "IMG", "NGO", "MNC", "UAF")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence to read as an article: its id, text and date (the published date)."""

    id: str
    text: str
    date: date | None


def run_sentences(nlp: Language, sentences: Sequence[Sentence], *, batch_size: int = 32) -> Iterator[Doc]:
    """Each sentence built as one article and run through ``nlp``, in order: its text cleaned of page furniture
    as ingest cleans an article's (``newsgraph.ingest.furniture``), then read."""

    def docs() -> Iterable[Doc]:
        for sentence in sentences:
            doc = model_doc(nlp, remove_furniture(sentence.text))
            doc._.doc_id = sentence.id
            doc._.published = sentence.date
            doc._.published_source = "corpus" if sentence.date else "unknown"
            yield doc

    yield from nlp.pipe(docs(), batch_size=batch_size)


def pipeline_gazetteer(nlp: Language) -> Gazetteer:
    """The gazetteer the pipeline's event coder reads (the shipped one when there is none)."""
    coder = next((pipe for _, pipe in nlp.pipeline if hasattr(pipe, "gazetteer") and hasattr(pipe, "lexicon")),
                 None)
    return coder.gazetteer if coder is not None else Gazetteer.default()


def unique_events(events: Iterable[Event], *, sectors: bool = True) -> list[Event]:
    """One event per category, actor and recipient (and, with ``sectors``, their sectors), the first kept."""
    unique: dict[tuple[str | None, ...], Event] = {}
    for event in events:
        key: tuple[str | None, ...] = (event.category, event.actor, event.recipient)
        if sectors:
            key += (event.actor_sector, event.recipient_sector)
        unique.setdefault(key, event)
    return list(unique.values())


def role_countries(relations: Iterable[Any]) -> dict[str, set[str]]:
    """The countries each person holds a role in, from an article's relations."""
    roles: dict[str, set[str]] = {}
    for relation in relations:
        if relation.predicate in ROLE_RELATIONS:
            roles.setdefault(relation.subject, set()).add(relation.object)
    return roles


class EntityCodes:
    """Every CAMEO/ISO code an output entity stands for, upper-case."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, key: str | None, entities: dict[str, Any], roles: dict[str, set[str]]) -> set[str]:
        """Its own codes (from the article and the gazetteer), its country's, and its roles' countries'."""
        if key is None:
            return set()
        found: set[str] = set()
        info = entities.get(key)
        own = dict(info.codes) if info is not None else {}
        entry = self.gazetteer.entries.get(key)
        if entry is not None:
            own = {**dict(entry.codes), **own}
        found.update(code.upper() for code in own.values() if code)
        if entry is None and info is not None:
            # a capital named as a city ("in Beijing") is keyed by its name; it lies in its country
            match = self.gazetteer.lookup(info.label)
            if match is not None and match.form == "capital":
                found.update(code.upper() for code in dict(match.entry.codes).values())
        if entry is not None and entry.country:
            country = self.gazetteer.entries.get(entry.country)
            if country is not None:
                found.update(code.upper() for code in dict(country.codes).values())
        for other in roles.get(key, set()):
            if other != key:
                found.update(self(other, entities, {}))
        return found


def shares_code(codes: Iterable[str], code: str) -> bool:
    """Whether any of ``codes`` names the country (first three letters) or body (first six, for a code of no
    country: ``IGO...``) that ``code`` names."""
    code = code.strip().upper()
    if code.startswith(NON_STATE_PREFIXES):
        return any(len(c) >= 6 and c[:6] == code[:6] for c in codes)
    return any(c[:3] == code[:3] for c in codes if not c.startswith(NON_STATE_PREFIXES))


@dataclass(slots=True)
class SentenceResult(Generic[G]):
    """What the coder found in one sentence and how it scored."""

    sentence: Sentence
    expected: list[G]
    events: list[Event]
    category_hits: list[G] = field(default_factory=list)
    event_hits: list[G] = field(default_factory=list)
    correct: list[Event] = field(default_factory=list)
    wrong: list[Event] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def flawless(self) -> bool:
        return not self.wrong and len(self.event_hits) == len(self.expected)


def score_sentence(sentence: Sentence, expected: Sequence[G], events: Sequence[Event],
                   categories_of: Callable[[G], Iterable[str]],
                   matches: Callable[[Event, G], bool]) -> SentenceResult[G]:
    """Tally one sentence: which expected events have an output event of their category, which are matched
    by one, and which output events match some expected event."""
    result: SentenceResult[G] = SentenceResult(sentence=sentence, expected=list(expected), events=list(events))
    for gold in expected:
        categories = set(categories_of(gold))
        if any(event.category in categories for event in events):
            result.category_hits.append(gold)
        if any(matches(event, gold) for event in events):
            result.event_hits.append(gold)
    for event in events:
        (result.correct if any(matches(event, gold) for gold in expected) else result.wrong).append(event)
    return result


@dataclass(slots=True)
class CategoryCounts:
    """The counts behind one category's figures: expected events of it, and output events of it."""

    expected: int = 0
    category_matched: int = 0
    event_matched: int = 0
    output: int = 0
    correct: int = 0

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {"expected": self.expected, "category_recall": ratio(self.category_matched, self.expected),
                "event_recall": ratio(self.event_matched, self.expected), "output": self.output,
                "precision": ratio(self.correct, self.output)}


@dataclass(slots=True)
class EventScore(Generic[G]):
    """Category recall, event recall and precision over sentences, overall and per category.

    ``category_of`` names the category an expected event is counted under in the per-category table.
    """

    category_of: Callable[[G], str]
    describe: Callable[[G], dict[str, Any]]
    records: int = 0
    skipped: int = 0
    expected: int = 0
    category_matched: int = 0
    event_matched: int = 0
    output_events: int = 0
    correct_events: int = 0
    by_category: dict[str, CategoryCounts] = field(default_factory=dict)
    results: list[SentenceResult[G]] = field(default_factory=list)

    @property
    def category_recall(self) -> float:
        return self.category_matched / self.expected if self.expected else 0.0

    @property
    def event_recall(self) -> float:
        return self.event_matched / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return self.correct_events / self.output_events if self.output_events else 0.0

    def add(self, result: SentenceResult[G]) -> None:
        self.results.append(result)
        for gold in result.expected:
            counts = self.by_category.setdefault(self.category_of(gold), CategoryCounts())
            counts.expected += 1
            self.expected += 1
            if any(gold is hit for hit in result.category_hits):
                counts.category_matched += 1
                self.category_matched += 1
            if any(gold is hit for hit in result.event_hits):
                counts.event_matched += 1
                self.event_matched += 1
        for event in result.events:
            counts = self.by_category.setdefault(event.category, CategoryCounts())
            counts.output += 1
            self.output_events += 1
            if any(event is good for good in result.correct):
                counts.correct += 1
                self.correct_events += 1

    def as_dict(self) -> dict[str, Any]:
        """The figures: overall, and a table by category (expected events' category for recall, output
        events' for precision)."""
        return {
            "records": self.records, "skipped": self.skipped, "expected": self.expected,
            "category_recall": round(self.category_recall, 4), "event_recall": round(self.event_recall, 4),
            "precision": round(self.precision, 4), "output_events": self.output_events,
            "correct_events": self.correct_events,
            "categories": {name: self.by_category[name].as_dict() for name in sorted(self.by_category)},
        }

    def dump(self) -> list[dict[str, Any]]:
        """Every sentence with a miss or a false positive, as JSON-able dicts for error analysis: the text,
        each expected event with its verdict (``event``, ``category`` or ``missed``) and each output event
        with its verdict (``correct`` or ``wrong``), trigger and rule."""
        rows: list[dict[str, Any]] = []
        for result in self.results:
            if result.flawless:
                continue
            expected = []
            for gold in result.expected:
                verdict = "event" if any(gold is h for h in result.event_hits) else (
                    "category" if any(gold is h for h in result.category_hits) else "missed")
                expected.append({**self.describe(gold), "verdict": verdict})
            output = []
            for event in result.events:
                output.append({
                    "category": event.category,
                    "actor": result.labels.get(event.actor or "", event.actor) or event.actor_sector,
                    "recipient": result.labels.get(event.recipient or "", event.recipient)
                    or event.recipient_sector,
                    "mode": event.mode.value if event.mode else None,
                    "trigger": event.trigger, "rule": event.rule,
                    "verdict": "correct" if any(event is good for good in result.correct) else "wrong",
                })
            rows.append({"id": result.sentence.id, "text": result.sentence.text, "expected": expected,
                         "output": output})
        return rows
