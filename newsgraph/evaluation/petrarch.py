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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.errors import NewsgraphError
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.records import Event

__all__ = [
    "CAMEO_TO_PLOVER",
    "PetrarchCoding",
    "PetrarchError",
    "PetrarchRecord",
    "PetrarchScore",
    "RecordResult",
    "read_petrarch_records",
    "score_petrarch",
    "score_records",
]

#: PLOVER categories of each CAMEO root (PLOVER.md); root 01 has none.
CAMEO_TO_PLOVER: dict[str, tuple[str, ...]] = {
    "01": (),
    "02": ("REQUEST",),
    "03": ("AGREE",),
    "04": ("CONSULT",),
    "05": ("SUPPORT",),
    "06": ("COOPERATE",),
    "07": ("AID",),
    "08": ("CONCEDE", "RETREAT"),
    "09": ("ACCUSE",),
    "10": ("REQUEST",),
    "11": ("ACCUSE",),
    "12": ("REJECT",),
    "13": ("THREATEN",),
    "14": ("PROTEST",),
    "15": ("MOBILIZE",),
    "16": ("SANCTION",),
    "17": ("COERCE",),
    "18": ("ASSAULT",),
    "19": ("ASSAULT",),
    "20": ("ASSAULT",),
}

#: Person-to-country relations that make a person stand for a country's code ("President of Russia").
_ROLE_RELATIONS = frozenset(
    ("headOfStateOf", "headOfGovernmentOf", "officialOf", "ambassadorOf", "militaryOfficerOf", "leaderOf"))
#: Prefixes of CAMEO codes for bodies that belong to no country.
_NON_STATE_PREFIXES = ("IGO", "IMG", "NGO", "MNC", "UAF")

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


@dataclass(slots=True)
class RecordResult:
    """What the coder found on one record and how it scored."""

    record: PetrarchRecord
    events: list[Event]
    category_hits: list[PetrarchCoding] = field(default_factory=list)
    event_hits: list[PetrarchCoding] = field(default_factory=list)
    correct: list[Event] = field(default_factory=list)
    wrong: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class PetrarchScore:
    """The QUALITY.md §3 figures and the per-record results behind them."""

    records: int = 0
    skipped: int = 0
    codings: int = 0
    category_matched: int = 0
    event_matched: int = 0
    output_events: int = 0
    correct_events: int = 0
    results: list[RecordResult] = field(default_factory=list)

    @property
    def category_recall(self) -> float:
        return self.category_matched / self.codings if self.codings else 0.0

    @property
    def event_recall(self) -> float:
        return self.event_matched / self.codings if self.codings else 0.0

    @property
    def precision(self) -> float:
        return self.correct_events / self.output_events if self.output_events else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records, "skipped": self.skipped, "codings": self.codings,
            "category_recall": round(self.category_recall, 4), "event_recall": round(self.event_recall, 4),
            "precision": round(self.precision, 4), "output_events": self.output_events,
            "correct_events": self.correct_events,
        }

    def report_lines(self) -> list[str]:
        """Per-record lines for reading the misses: the codings, then each output event and its verdict."""
        lines: list[str] = []
        for result in self.results:
            record = result.record
            expected = "noevents" if record.noevents else ", ".join(map(str, record.codings))
            lines.append(f"{record.id}: {record.text}")
            lines.append(f"    expected {expected}")
            for coding in record.countable:
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
        self.sector_codes: dict[str, str] = {}
        for sector in gazetteer.sectors.values():
            if sector.cameo:
                self.sector_codes.setdefault(sector.sector, sector.cameo)

    def codes_of(self, key: str | None, entities: dict[str, Any], roles: dict[str, set[str]]) -> set[str]:
        """Every CAMEO/ISO code the entity stands for: its own, its country's, its roles' countries'."""
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
                found.update(self.codes_of(other, entities, {}))
        return found

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
        if code.startswith(_NON_STATE_PREFIXES):
            return any(len(c) >= 6 and c[:6] == code[:6] for c in codes)
        return any(c[:3] == code[:3] for c in codes if not c.startswith(_NON_STATE_PREFIXES))


def _roles(relations: Iterable[Any]) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for relation in relations:
        if relation.predicate in _ROLE_RELATIONS:
            roles.setdefault(relation.subject, set()).add(relation.object)
    return roles


def score_records(records: Sequence[PetrarchRecord], nlp: Language, *, batch_size: int = 32) -> PetrarchScore:
    """Run ``nlp`` over ``records`` and score its events (see the module docstring)."""
    coder = next((pipe for _, pipe in nlp.pipeline if hasattr(pipe, "gazetteer") and hasattr(pipe, "lexicon")),
                 None)
    gazetteer: Gazetteer = coder.gazetteer if coder is not None else Gazetteer.default()
    matcher = _CodeMatcher(gazetteer)
    score = PetrarchScore(records=len(records))
    usable = [r for r in records if r.text]
    score.skipped = len(records) - len(usable)

    def docs() -> Iterable[Any]:
        for record in usable:
            doc = nlp.make_doc(record.text)
            doc._.doc_id = record.id
            doc._.published = record.date
            doc._.published_source = "corpus" if record.date else "unknown"
            yield doc

    for record, doc in zip(usable, nlp.pipe(docs(), batch_size=batch_size), strict=True):
        entities = doc._.entities or {}
        roles = _roles(doc._.relations or [])
        unique: dict[tuple[str, str | None, str | None, str | None, str | None], Event] = {}
        for event in doc._.events or []:
            unique.setdefault((event.category, event.actor, event.actor_sector, event.recipient,
                               event.recipient_sector), event)
        events = list(unique.values())
        result = RecordResult(record=record, events=events)

        def matches(event: Event, coding: PetrarchCoding, entities: dict[str, Any] = entities,
                    roles: dict[str, set[str]] = roles) -> bool:
            return (event.category in coding.categories
                    and matcher.matches(coding.source, event.actor, event.actor_sector, entities, roles)
                    and matcher.matches(coding.target, event.recipient, event.recipient_sector, entities, roles,
                                        target=True))

        for coding in record.countable:
            score.codings += 1
            if any(event.category in coding.categories for event in events):
                score.category_matched += 1
                result.category_hits.append(coding)
            if any(matches(event, coding) for event in events):
                score.event_matched += 1
                result.event_hits.append(coding)
        for event in events:
            score.output_events += 1
            if any(matches(event, coding) for coding in record.countable):
                score.correct_events += 1
                result.correct.append(event)
            else:
                result.wrong.append(event)
        score.results.append(result)
    return score


def score_petrarch(path: str | Path, nlp: Language) -> PetrarchScore:
    """Read the validation file at ``path`` and score ``nlp``'s events on it.

    Args:
        path: ``PETR2_GSR_validation.xml`` or a file in its format.
        nlp: a pipeline with the ``newsgraph_events`` component (``load_pipeline()``).
    """
    return score_records(read_petrarch_records(path), nlp)
