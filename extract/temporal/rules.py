"""The rule registry: what a rule's normalizer reads (:class:`_Context`), the values it may return (a TIMEX3 value
or an :class:`_Anaphor` resolved later), and the helpers that read numbers, months, days and units.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from newsgraph.extract.attributes import doc_text
from newsgraph.extract.temporal.anchor import Anchor
from newsgraph.extract.temporal.direction import (
    _FUTURE_CUE,
    _attached_verb,
    _governing_verb,
    _is_deadline,
    _is_present_schedule,
    _verb_direction,
)
from newsgraph.extract.temporal.lexicon import CARDINALS, FUTURE, MONTHS, ORDINALS, UNITS, UNKNOWN, WEEKDAYS, _compile


@dataclass(frozen=True, slots=True)
class _Anaphor:
    """A value that depends on a date the article mentioned before ("the quarter", "a year earlier",
    "the following month", "that night").

    Attributes:
        fallback: the value when the article mentioned no such date (resolved against the anchor).
        want: which earlier date: ``Q`` the last quarter, ``D`` the last day, ``coarse`` the last quarter, half,
            season, month or year, ``any`` the last calendar date.
        years: shift of that date in years ("the year-ago quarter" = -1).
        unit / steps: shift in units after cutting the date to ``unit`` ("the following month" = M, +1);
            ``unit`` alone cuts it ("that year" = Y).
        year: put the date in this year instead ("the 1988 quarter").
        suffix: appended to a day ("T10:35", "TMO").
        weekday: with ``unit`` ``WD``, the weekday before (steps -1), after (+1) or nearest (0) that day.
        ended_by: the period must have ended by this day ("the latest quarter" is a reported one): a later one
            named before (a coming quarter's charge) is not it, and the fallback is taken.
    """

    fallback: str
    want: str = "any"
    years: int = 0
    unit: str | None = None
    steps: int = 0
    year: str | None = None
    suffix: str = ""
    weekday: int = 0
    ended_by: date | None = None

    @property
    def shifted(self) -> bool:
        return bool(self.years or self.steps)


Value = str | _Anaphor
Found = tuple[str, Value]


class _Context:
    """What a rule's normalizer may read: the anchor, the text, and the parse (for tense)."""

    __slots__ = ("anchor", "doc", "text")

    def __init__(self, doc: Doc, anchor: Anchor) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.anchor = anchor

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def direction(self, start: int, end: int) -> int:
        """The direction of the event an expression modifies: tense of its verb, then cue words before it."""
        if _FUTURE_CUE.search(self.text, max(0, start - 60), start):
            return FUTURE
        span = self.span(start, end)
        if span is None or len(span) == 0 or not self.doc.has_annotation("DEP"):
            return UNKNOWN
        if span.root.dep_ in ("poss", "compound", "amod", "nmod"):
            return UNKNOWN  # "Wednesday's ruling": the date of a noun, not of the clause's verb
        verb = _governing_verb(span)
        return UNKNOWN if verb is None else _verb_direction(verb)

    def modifies_verb(self, start: int, end: int) -> bool:
        """Whether an expression hangs from a verb, itself or through its preposition ("resigned in March")."""
        span = self.span(start, end)
        return span is not None and len(span) > 0 and _attached_verb(span) is not None

    def day_direction(self, start: int, end: int) -> int:
        """The direction of a day named without "last" or "next" ("Friday", "noon Saturday"): the tense of its
        verb, and a verb in the present that the day modifies directly is a schedule ("the leaders meet
        Monday", "the talks are resuming Tuesday", "the deadline is Friday"), news' way of naming the coming
        day. A reporting verb in the present ("Kenya says Friday") is the past of a headline, and stays so. A
        day that ends time granted or deferred is the coming one whatever the tense ("postponed until Tuesday").
        """
        span = self.span(start, end)
        if span is None or len(span) == 0 or not self.doc.has_annotation("DEP"):
            return self.direction(start, end)
        if _is_deadline(span):
            return FUTURE
        direction = self.direction(start, end)
        if direction != UNKNOWN:
            return direction
        verb = _attached_verb(span)
        if verb is not None and _is_present_schedule(verb):
            return FUTURE
        return UNKNOWN

    def before(self, start: int, chars: int = 30) -> str:
        return self.text[max(0, start - chars):start]

    def after(self, end: int, chars: int = 30) -> str:
        return self.text[end:end + chars]


Normalizer = Callable[[re.Match[str], _Context], Found | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    normalize: Normalizer


RULES: list[_Rule] = []


def rule(name: str, pattern: str, flags: int = re.I) -> Callable[[Normalizer], Normalizer]:
    """Register a detection pattern and the function that normalizes what it matches (earlier rules win ties)."""

    def register(normalize: Normalizer) -> Normalizer:
        RULES.append(_Rule(name, _compile(pattern, flags), normalize))
        return normalize

    return register


def _number(text: str) -> float | None:
    """A number written with digits or words: "12", "1,500", "twenty-five", "a couple of", "a dozen"."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d+(?:,\d{3})*", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    if text in CARDINALS:
        return float(CARDINALS[text])
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 2 and parts[0] in CARDINALS and parts[1] in CARDINALS:
        return float(CARDINALS[parts[0]] + CARDINALS[parts[1]])
    return None


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _weekday(text: str) -> int:
    return WEEKDAYS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    text = text.lower()
    if text in ORDINALS:
        return ORDINALS[text]
    return int(re.sub(r"\D", "", text))


def _year(text: str) -> int:
    digits = text.lstrip("'")
    if len(digits) == 2:
        value = int(digits)
        return 1900 + value if value >= 30 else 2000 + value
    return int(digits)


def _duration(amount: float, unit: str) -> str:
    """A TIMEX3 duration value: P3D, PT5H, P2Y6M, P10Y for a decade."""
    time_part = unit.startswith("T")
    letter = unit[-1]
    multiplier = int((unit[1:-1] if time_part else unit[:-1]) or 1)
    amount *= multiplier
    whole = int(amount)
    if amount != whole:
        fraction = amount - whole
        smaller = ({"H": (60, "M"), "M": (60, "S")} if time_part else
                   {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "Q": (3, "M")}).get(letter)
        if smaller is not None:
            extra = round(fraction * smaller[0])
            if letter in ("D",):
                return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
            if time_part or letter == "H":
                return f"PT{whole}{letter}{extra}{smaller[1]}" if whole else f"PT{extra}{smaller[1]}"
            return f"P{whole}{letter}{extra}{smaller[1]}" if whole else f"P{extra}{smaller[1]}"
    return f"PT{whole}{letter}" if time_part else f"P{whole}{letter}"


def _unit(text: str) -> str:
    return UNITS[text.lower().rstrip("s") if text.lower() not in UNITS else text.lower()]
