"""Score the event coder on PETRARCH-2's validation records, as QUALITY.md §3 says.

A record is one news sentence with its date and the CAMEO codings PETRARCH-2 is expected to produce: an event
code, a source actor and a target actor, each a CAMEO/Phoenix actor code (``USA``, ``USAGOV``, ``IGOUNOMIL``,
``---REB``). Every record's text runs through the pipeline with the record's date as the publication date.

**Mapping**: a CAMEO code's root (its first two digits) gives the PLOVER categories with PLOVER.md's table
(``CAMEO_TO_PLOVER``: 02 → REQUEST, 08 → CONCEDE or RETREAT, 18, 19 and 20 → ASSAULT...). Root 01 (public
statements) has no PLOVER category.

**Matching** an output event to a coding: its category is one the coding maps to, and its actor and recipient
stand for the coded actors:

- a country code (``USA``, ``USAGOV``: the first three letters) matches an entity whose own codes (``iso3``,
  ``cameo``) start with it, an organization or place that belongs to that country in the gazetteer, or a
  person the article gives a role in that country ("President of Russia": head of state, ambassador...);
- a code of an international body (``IGO...``, ``IMG...``, ``NGO...``) matches an entity whose ``cameo`` code
  shares its first six letters (``IGOUNO`` for ``IGOUNOMIL``);
- ``---XXX`` is a group of no country with Phoenix agent ``XXX`` (``---REB``): it matches an event actor or
  recipient of that sector (``rebels`` is ``REB``), or an entity whose code carries that agent (``USALEG``);
- ``---`` alone, or no code, for a target means no recipient: it matches an event without one.

**Figures**, over the records with text:

- category recall: share of countable codings (not root 01, not in a ``noevents`` record) for which the
  record's output has an event of a matching category;
- event recall: share of countable codings matched by an output event (category, actor and recipient);
- precision: share of output events, unique per record by category, actor and recipient, that match some
  coding of their record; every event output on a ``noevents`` record, or on a record whose only codings are
  root 01, counts against it.

Records without text (one record of the file has none) are left out and counted in ``skipped``.

Example:
    >>> score = score_petrarch("../shared/data/petrarch2-validation/PETR2_GSR_validation.xml", nlp)  # doctest: +SKIP
    >>> round(score.category_recall, 2)  # doctest: +SKIP
"""

from __future__ import annotations

import html
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
from newsgraph.extract.gazetteer import SECTOR_NAMES, Gazetteer
from newsgraph.plover import CAMEO_TO_PLOVER
from newsgraph.records import Event

__all__ = [
    "CAMEO_TO_PLOVER",
    "PetrarchCoding",
    "PetrarchError",
    "PetrarchRecord",
    "PetrarchScore",
    "read_petrarch_records",
    "score_petrarch",
    "score_records",
]



_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


class PetrarchError(NewsgraphError):
    """The validation file cannot be read."""


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    """One expected coding: CAMEO event code, source and target actor codes."""

    event_code: str
    source: str
    target: str

    @property
    def root(self) -> str:
        return self.event_code[:2]

    @property
    def categories(self) -> tuple[str, ...]:
        return CAMEO_TO_PLOVER.get(self.root, ())

    def __str__(self) -> str:
        return f"{self.event_code} {self.source or '-'}→{self.target or '-'}"


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One validation record: id, date, text, expected codings, and whether it expects no event at all."""

    id: str
    date: date | None
    text: str
    codings: tuple[PetrarchCoding, ...]
    noevents: bool = False
    group: str = ""

    @property
    def countable(self) -> tuple[PetrarchCoding, ...]:
        """The codings that count for recall: not root 01, not in a noevents record."""
        if self.noevents:
            return ()
        return tuple(c for c in self.codings if c.categories)


class PetrarchScore(EventScore[PetrarchCoding]):
    """The QUALITY.md §3 figures and the per-record results behind them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.records_by_id: dict[str, PetrarchRecord] = {}

    @property
    def codings(self) -> int:
        """The countable codings: not root 01, not in a noevents record."""
        return self.expected

    def report_lines(self) -> list[str]:
        """Per-record lines for reading the misses: the codings, then each output event and its verdict."""
        lines: list[str] = []
        for result in self.results:
            record = self.records_by_id[result.sentence.id]
            expected = "noevents" if record.noevents else ", ".join(map(str, record.codings))
            lines.append(f"{record.id}: {record.text}")
            lines.append(f"    expected {expected}")
            for coding in result.expected:
                verdict = "event" if coding in result.event_hits else (
                    "category" if coding in result.category_hits else "missed")
                lines.append(f"    {coding}: {verdict}")
            for event in result.events:
                mark = "+" if event in result.correct else "-"
                lines.append(f"    {mark} {event.category} {event.actor or event.actor_sector} → "
                             f"{event.recipient or event.recipient_sector or '-'} ({event.rule})")
        return lines


def _parse_date(value: str) -> date | None:
    if re.fullmatch(r"\d{8}", value):
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return None


def read_petrarch_records(path: str | Path) -> list[PetrarchRecord]:
    """The records of a PETRARCH validation file.

    The file is not well-formed XML (``<Sentence .../>`` is sometimes self-closed and then closed again), so
    records are read by pattern: each ``<Sentence>`` up to the next, with its ``<EventCoding>`` elements and
    its ``<Text>``.
    """
    try:
        content = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PetrarchError(f"cannot read {path}: {e}; check the path") from e
    records: list[PetrarchRecord] = []
    for match in _SENTENCE.finditer(content):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        body = match.group(2)
        text_match = _TEXT.search(body)
        head = body[:text_match.start()] if text_match else body
        codings: list[PetrarchCoding] = []
        noevents = False
        for coding in _CODING.finditer(head):
            fields = dict(_ATTRIBUTE.findall(coding.group(1)))
            if fields.get("noevents", "").lower() == "true":
                noevents = True
                continue
            codings.append(PetrarchCoding(fields.get("eventcode", ""), fields.get("sourcecode", ""),
                                          fields.get("targetcode", "")))
        text = " ".join(html.unescape(text_match.group(1)).split()) if text_match else ""
        records.append(PetrarchRecord(
            id=attributes.get("id", f"record-{len(records) + 1}"),
            date=_parse_date(attributes.get("date", "")),
            text=text,
            codings=tuple(codings),
            noevents=noevents,
            group=attributes.get("category", ""),
        ))
    if not records:
        raise PetrarchError(f"{path}: no <Sentence> records found; is this a PETRARCH validation file?")
    return records


class _CodeMatcher:
    """Whether an event's actor or recipient (entity key and sector) stands for a CAMEO actor code."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.codes_of = EntityCodes(gazetteer)
        # a sector's Phoenix agent code, from the gazetteer's one table of them
        self.sector_codes: dict[str, str] = {name: code for code, name in SECTOR_NAMES.items()}

    def matches(self, code: str, key: str | None, sector: str | None, entities: dict[str, Any],
                roles: dict[str, set[str]], *, target: bool = False) -> bool:
        code = code.strip().upper()
        if not code or code == "---":
            return target and key is None and sector is None
        codes = self.codes_of(key, entities, roles)
        if code.startswith("---"):
            agent = code[3:6]
            if sector is not None and self.sector_codes.get(sector) == agent:
                return True
            return any(c[3:6] == agent for c in codes if len(c) >= 6)
        return shares_code(codes, code)


def _describe(coding: PetrarchCoding) -> dict[str, Any]:
    return {"code": coding.event_code, "categories": list(coding.categories), "source": coding.source,
            "target": coding.target}


def score_records(records: Sequence[PetrarchRecord], nlp: Language, *, batch_size: int = 32) -> PetrarchScore:
    """Run ``nlp`` over ``records`` and score its events (see the module docstring)."""
    matcher = _CodeMatcher(pipeline_gazetteer(nlp))
    score = PetrarchScore(category_of=lambda c: c.categories[0], describe=_describe, records=len(records))
    usable = [r for r in records if r.text]
    score.skipped = len(records) - len(usable)
    sentences = [Sentence(r.id, r.text, r.date) for r in usable]
    for record, sentence, doc in zip(usable, sentences, run_sentences(nlp, sentences, batch_size=batch_size),
                                     strict=True):
        entities = doc._.entities or {}
        roles = role_countries(doc._.relations or [])

        def matches(event: Event, coding: PetrarchCoding, entities: dict[str, Any] = entities,
                    roles: dict[str, set[str]] = roles) -> bool:
            return (event.category in coding.categories
                    and matcher.matches(coding.source, event.actor, event.actor_sector, entities, roles)
                    and matcher.matches(coding.target, event.recipient, event.recipient_sector, entities, roles,
                                        target=True))

        result = score_sentence(sentence, record.countable, unique_events(doc._.events or []),
                                lambda c: c.categories, matches)
        result.labels = {key: info.label for key, info in entities.items()}
        score.add(result)
        score.records_by_id[record.id] = record
    return score


def score_petrarch(path: str | Path, nlp: Language) -> PetrarchScore:
    """Read the validation file at ``path`` and score ``nlp``'s events on it.

    Args:
        path: ``PETR2_GSR_validation.xml`` or a file in its format.
        nlp: a pipeline with the ``newsgraph_events`` component (``load_pipeline()``).
    """
    return score_records(read_petrarch_records(path), nlp)
