"""Typed records passed between newsgraph's stages.

Ingest produces :class:`Document`; extraction produces :class:`ArticleFacts` (entities, events, relations and
time expressions, each tied to a :class:`Mention` of the text); ``newsgraph.graph`` turns those into RDF. No
record here knows about RDF or spaCy, so each stage can be tested, pickled across processes and replaced on its
own.

Example:
    >>> from datetime import date
    >>> d = EventDate.from_value("2022-01", DateKind.OCCURRED)
    >>> (d.precision, d.earliest, d.latest)
    (<Precision.MONTH: 'month'>, datetime.date(2022, 1, 1), datetime.date(2022, 1, 31))
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from newsgraph.plover import PLOVER_CATEGORIES  # the category table; re-exported for the stages

__all__ = [
    "ENTITY_TYPES",
    "PLOVER_CATEGORIES",
    "ArticleFacts",
    "DateKind",
    "Document",
    "Entity",
    "Event",
    "EventDate",
    "Mention",
    "Mode",
    "Precision",
    "Relation",
    "TimeExpression",
]

#: The six node types of the graph (DESIGN.md, "The RDF model").
ENTITY_TYPES: tuple[str, ...] = ("Person", "Country", "Organization", "Place", "Concept", "Group")



class Mode(StrEnum):
    """PLOVER auxiliary modes: an event with a mode is never a plain fact."""

    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    FUTURE = "future"
    HISTORICAL = "historical"


class DateKind(StrEnum):
    """What an event's date says: when it happened, when it was reported, or inferred from another article."""

    OCCURRED = "occurred"
    REPORTED = "reported"
    INFERRED = "inferred"


class Precision(StrEnum):
    """How much of a date the text gives."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk, with its metadata and page furniture removed.

    Attributes:
        id: the article's id: its file name, or its ``id`` in a JSON Lines corpus.
        text: the article's text; every character offset in later records points into it.
        published: publication date, or None when nothing says it.
        published_source: where ``published`` came from: ``manifest``, ``corpus``, ``html``, ``page``,
            ``inferred`` or ``unknown``.
        content_hash: SHA-256 of the whitespace-normalized text; the same article is never counted twice.
        dateline: where (and when) the story was filed, as its dateline says ("JAKARTA, April 14"), or None;
            the dateline itself is page furniture, removed from ``text``.
    """

    id: str
    text: str
    content_hash: str
    published: date | None = None
    published_source: str = "unknown"
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    dateline: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """Where in an article a fact was read: character offsets into ``Document.text`` and the sentence."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TimeML TIMEX3 time expression: character span, type (DATE, TIME, DURATION, SET) and value."""

    start: int
    end: int
    text: str
    type: str
    value: str

    def as_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
# TimeML writes a decade as "199" and a century as "19"; "199X" and "19XX" are accepted too.
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event took place, at the precision the text gives, with inclusive bounds for range filters.

    ``value`` is the TIMEX3 value (``2022-02-05``, ``2022-01``, ``2014``, ``2013-W11``, ``2013-Q1``...).
    ``earliest``/``latest`` are the first and last days the value can mean; ``earliest`` is None for an
    upper bound only (an event known only to have been reported by a date).
    """

    value: str
    precision: Precision
    earliest: date | None
    latest: date | None
    kind: DateKind = DateKind.OCCURRED

    @classmethod
    def from_value(cls, value: str, kind: DateKind = DateKind.OCCURRED) -> EventDate | None:
        """Build a date from a TIMEX3 calendar value, or None when the value names no calendar interval.

        >>> EventDate.from_value("2014").latest
        datetime.date(2014, 12, 31)
        >>> EventDate.from_value("PRESENT_REF") is None
        True
        """
        interval = calendar_interval(value)
        if interval is None:
            return None
        precision, earliest, latest = interval
        return cls(value=_canonical_value(value, precision), precision=precision, earliest=earliest,
                   latest=latest, kind=kind)

    @classmethod
    def reported_by(cls, published: date, kind: DateKind = DateKind.REPORTED) -> EventDate:
        """The date of an event known only from the article that reports it: an upper bound."""
        return cls(value=published.isoformat(), precision=Precision.DAY, earliest=None, latest=published,
                   kind=kind)


def _canonical_value(value: str, precision: Precision) -> str:
    if precision is Precision.DAY:
        return value[:10]
    return value


def calendar_interval(value: str) -> tuple[Precision, date, date] | None:
    """The precision and inclusive first/last day of a TIMEX3 calendar value, or None.

    >>> calendar_interval("2013-W11")
    (<Precision.WEEK: 'week'>, datetime.date(2013, 3, 11), datetime.date(2013, 3, 17))
    >>> calendar_interval("199")[1:]
    (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31))
    >>> calendar_interval("19")[1:]
    (datetime.date(1900, 1, 1), datetime.date(1999, 12, 31))
    """
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Precision.DAY, d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return Precision.MONTH, date(y, mo, 1), _month_end(y, mo)
        if m := _YEAR.match(value):
            y = int(m[1])
            return Precision.YEAR, date(y, 1, 1), date(y, 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Precision.WEEK, monday, monday + timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return Precision.QUARTER, date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return Precision.QUARTER, date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _SEASON.match(value):
            y = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            end_year, end_month = (y + 1, last - 12) if last > 12 else (y, last)
            return Precision.SEASON, date(y, first, 1), _month_end(end_year, end_month)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return Precision.DECADE, date(y, 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return Precision.CENTURY, date(y, 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity as one article knows it.

    ``key`` is stable (the same name always gives the same key, on any machine); ``label`` is the preferred
    name; ``alt_labels`` every other surface form this article used. ``codes`` holds external identifiers
    such as ``{"iso3": "JPN"}`` or ``{"cameo": "IGOEU"}`` from the gazetteer.
    """

    key: str
    label: str
    type: str
    alt_labels: frozenset[str] = frozenset()
    codes: tuple[tuple[str, str], ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER-coded event read from one sentence.

    Attributes:
        category: PLOVER category name (``REQUEST``, ``SANCTION``...).
        actor / recipient: entity keys; recipient None when the event has none.
        topic: an entity key the event is about (a Concept such as sanctions), or None.
        mode: auxiliary mode; None for a plain fact.
        date: when it happened (or was reported), or None when unknown.
        trigger: the words that name the event ("urged", "imposed sanctions", "annexation").
        rule: the lexicon entry or rule that coded it, for ``newsgraph explain``.
        attribution: who the article says claims it ("diplomatic sources", or an entity key), or None.
        actor_sector / recipient_sector: a sector word such as ``military`` or ``government``, or None.
    """

    category: str
    actor: str | None
    recipient: str | None
    mention: Mention
    trigger: str
    rule: str
    topic: str | None = None
    mode: Mode | None = None
    date: EventDate | None = None
    attribution: str | None = None
    actor_sector: str | None = None
    recipient_sector: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation that is not an event: a role, membership, territory or location (PLOVER.md, last part).

    ``predicate`` is a name from ``newsgraph.graph.namespace.RELATIONS`` such as ``headOfGovernmentOf``.
    """

    subject: str
    predicate: str
    object: str
    mention: Mention
    date: EventDate | None = None
    rule: str = ""


@dataclass(slots=True)
class ArticleFacts:
    """Everything extraction read from one article, ready for ``newsgraph.graph``."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    word_count: int = 0
