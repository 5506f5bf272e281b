"""Score the event coder on reuters-plover's hand-coded Reuters sentences, as QUALITY.md §3b says.

A record (``reuters-plover.jsonl``, one JSON object a line) is one news sentence with its ``id``, ``date`` and
``text``, and the PLOVER ``events`` it asserts: a ``category``, ``alt`` categories a careful coder could
defend, an ``actor`` and a ``recipient`` (``null`` when the sentence names none), each a party with the mention
``text``, the normalised ``name`` and a ``code`` (an ISO 3166 alpha-3 country, an ``IGO...`` body, or
``null``). Every sentence runs through the pipeline as one article, its date as the publication date.

**Standing for a party**: an output entity stands for a gold party when its codes (its own, its country's, or
those of a country the article gives it a role in) share the party's country (first three letters of the
code) or body (first six letters, for ``IGO...``), or when its label shares a word of three letters or more
with the party's ``text`` or ``name`` (case-insensitive).

**Matching**: an output event matches a gold event of its sentence when its category is the gold category or
one of its ``alt``; its actor stands for the gold actor; and, when the gold event has a recipient, its
recipient stands for it (a gold recipient of ``null`` needs none). CONSULT and COOPERATE match in either
direction.

**Figures**:

- category recall: share of gold events for which the sentence's output has an event of the gold category or
  an ``alt``;
- event recall: share of gold events matched by an output event;
- precision: share of output events, unique per sentence by category, actor and recipient, that match some
  gold event of their sentence; every event output on a no-event sentence counts against it.

Example:
    >>> score = score_reuters("../shared/data/reuters-plover/reuters-plover.jsonl", nlp)  # doctest: +SKIP
    >>> round(score.category_recall, 2)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.errors import NewsgraphError
from newsgraph.evaluation.sentences import (
    EntityCodes,
    EventScore,
    Sentence,
    pipeline_gazetteer,
    role_countries,
    run_sentences,
    score_sentence,
    shares_code,
    unique_events,
)
from newsgraph.plover import PLOVER_CATEGORIES
from newsgraph.records import Event

__all__ = [
    "EITHER_DIRECTION",
    "GoldEvent",
    "Party",
    "PartyMatcher",
    "ReutersError",
    "ReutersRecord",
    "read_reuters_records",
    "score_reuters",
    "score_reuters_records",
]

#: Categories whose actor and recipient may be swapped: a meeting or an exchange has two sides.
EITHER_DIRECTION = frozenset(("CONSULT", "COOPERATE"))

_WORD = re.compile(r"\w+")


class ReutersError(NewsgraphError):
    """The reuters-plover file cannot be read."""


@dataclass(frozen=True, slots=True)
class Party:
    """An actor or recipient as the gold codes it: the mention, the normalised name, and a code or None."""

    text: str
    name: str
    code: str | None

    @property
    def words(self) -> frozenset[str]:
        """The words of three letters or more of its mention and name, lower-case."""
        return _long_words(f"{self.text} {self.name}")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded event: category, the other defensible categories, actor, recipient (or None), mode."""

    category: str
    alt: tuple[str, ...]
    actor: Party
    recipient: Party | None
    mode: str | None = None

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category, *self.alt)

    def describe(self) -> dict[str, Any]:
        def party(p: Party | None) -> str | None:
            return None if p is None else f"{p.name} ({p.code or '-'})"

        return {"category": self.category, "alt": list(self.alt), "actor": party(self.actor),
                "recipient": party(self.recipient), "mode": self.mode}


@dataclass(frozen=True, slots=True)
class ReutersRecord:
    """One sentence of the set with the events it asserts (none for a no-event sentence)."""

    id: str
    date: date | None
    text: str
    events: tuple[GoldEvent, ...]


def _long_words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text) if len(w) >= 3)


def _party(value: object, where: str) -> Party | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise ValueError(f"{where} must be null or an object with text, name and code")
    code = value.get("code")
    return Party(text=value["text"], name=str(value.get("name") or value["text"]),
                 code=code.upper() if isinstance(code, str) and code else None)


def _event(value: object) -> GoldEvent:
    if not isinstance(value, dict):
        raise ValueError("an event must be an object")
    category = value.get("category")
    alt = tuple(value.get("alt") or ())
    for name in (category, *alt):
        if name not in PLOVER_CATEGORIES:
            raise ValueError(f"unknown category {name!r}; use one of: {', '.join(PLOVER_CATEGORIES)}")
    actor = _party(value.get("actor"), "actor")
    if actor is None:
        raise ValueError("an event needs an actor")
    return GoldEvent(category=str(category), alt=alt, actor=actor,
                     recipient=_party(value.get("recipient"), "recipient"), mode=value.get("mode"))


def read_reuters_records(path: str | Path) -> list[ReutersRecord]:
    """The records of a reuters-plover JSON Lines file."""
    try:
        content = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ReutersError(f"cannot read {path}: {e}; check the path") from e
    records: list[ReutersRecord] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError("a line must be an object with id, date, text and events")
            published = date.fromisoformat(row["date"]) if row.get("date") else None
            events = tuple(_event(e) for e in row.get("events") or ())
        except (ValueError, TypeError, KeyError) as e:
            raise ReutersError(f"{path}:{number}: not a reuters-plover record ({e}); "
                               "see reuters-plover/README.md for the format") from e
        records.append(ReutersRecord(id=str(row.get("id") or f"line-{number}"), date=published,
                                     text=" ".join(row["text"].split()), events=events))
    if not records:
        raise ReutersError(f"{path}: no records found; is this the reuters-plover JSON Lines file?")
    return records


class PartyMatcher:
    """Whether an output entity stands for a gold party (see the module docstring)."""

    def __init__(self, codes_of: EntityCodes) -> None:
        self.codes_of = codes_of

    def stands_for(self, key: str | None, party: Party, entities: dict[str, Any],
                   roles: dict[str, set[str]]) -> bool:
        if key is None:
            return False
        if party.code and shares_code(self.codes_of(key, entities, roles), party.code):
            return True
        info = entities.get(key)
        label = info.label if info is not None else key.replace("-", " ")
        return bool(_long_words(label) & party.words)

    def matches(self, event: Event, gold: GoldEvent, entities: dict[str, Any],
                roles: dict[str, set[str]]) -> bool:
        if event.category not in gold.categories:
            return False
        if self._directed(event.actor, event.recipient, gold, entities, roles):
            return True
        return event.category in EITHER_DIRECTION and gold.category in EITHER_DIRECTION and \
            self._directed(event.recipient, event.actor, gold, entities, roles)

    def _directed(self, actor: str | None, recipient: str | None, gold: GoldEvent, entities: dict[str, Any],
                  roles: dict[str, set[str]]) -> bool:
        if not self.stands_for(actor, gold.actor, entities, roles):
            return False
        return gold.recipient is None or self.stands_for(recipient, gold.recipient, entities, roles)


def score_reuters_records(records: Sequence[ReutersRecord], nlp: Language, *,
                          batch_size: int = 32) -> EventScore[GoldEvent]:
    """Run ``nlp`` over ``records`` and score its events (see the module docstring)."""
    matcher = PartyMatcher(EntityCodes(pipeline_gazetteer(nlp)))
    score: EventScore[GoldEvent] = EventScore(category_of=lambda g: g.category, describe=GoldEvent.describe,
                                              records=len(records))
    sentences = [Sentence(r.id, r.text, r.date) for r in records]
    for record, sentence, doc in zip(records, sentences, run_sentences(nlp, sentences, batch_size=batch_size),
                                     strict=True):
        entities = doc._.entities or {}
        roles = role_countries(doc._.relations or [])

        def matches(event: Event, gold: GoldEvent, entities: dict[str, Any] = entities,
                    roles: dict[str, set[str]] = roles) -> bool:
            return matcher.matches(event, gold, entities, roles)

        # the events query's rows: one per category, actor and recipient entity (sectors are not entities)
        events = unique_events(doc._.events or [], sectors=False)
        result = score_sentence(sentence, record.events, events, lambda g: g.categories, matches)
        result.labels = {key: info.label for key, info in entities.items()}
        score.add(result)
    return score


def score_reuters(path: str | Path, nlp: Language) -> EventScore[GoldEvent]:
    """Read the reuters-plover file at ``path`` and score ``nlp``'s events on it.

    Args:
        path: ``reuters-plover.jsonl`` or a file in its format.
        nlp: a pipeline with the ``newsgraph_events`` component (``load_pipeline()``).
    """
    return score_reuters_records(read_reuters_records(path), nlp)
