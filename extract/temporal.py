"""Temporal tagging: find time expressions and normalize them to TimeML TIMEX3 against the publication date.

The component ``newsgraph_temporal`` runs after the parser and NER of an English pipeline and writes
``doc._.timexes``: a list of :class:`~newsgraph.records.TimeExpression` in text order, each with character
offsets into ``doc.text``, a TIMEX3 type (DATE, TIME, DURATION, SET) and a value at the precision the text has
(``2022-02-05``, ``2022-01``, ``2014``, ``2013-W11``, ``2012-SU``, ``2013-Q1``, ``199`` for the 1990s, ``P1M``,
``PXM``, ``PRESENT_REF``...).

How it works:

1. **Detection** is a list of rules, each a regular expression over the text built from the word tables in
   ``data/temporal/lexicon.json`` (month and weekday names, numbers written as words, units, seasons, holidays,
   reference words). Every rule proposes spans; the longest proposal wins where they overlap, then the earlier
   rule, so "late last month" beats "last month" and "Monday, Oct. 26" beats "Monday". For speed, a rule is
   tried only at the token starts just before the words that can wake it (``TRIGGERS``), found from the Doc's
   lexeme hashes, so tagging costs a few percent of en_core_web_sm's own time.
2. **Normalization** is the function under each rule. Relative expressions are resolved by :class:`Anchor`
   against ``doc._.published``; the direction of a bare "Friday" comes from the tense of the verb the
   expression modifies (``said Friday`` is the past Friday, ``will meet Friday`` the coming one; a weekday equal
   to the publication day is that day, as TimeBank annotates news); a bare month or season is the nearest one,
   the past preferred, unless the verb is future. Without a publication date, relative
   expressions keep their unknown parts (``XXXX-WXX-6``, ``XXXX-XX``, ``PAST_REF``): nothing here ever looks at
   the day the program runs.
3. **Reference tracking**: anaphoric expressions ("the quarter", "a year earlier", "the year-ago period",
   "that day") are resolved left to right against the last date the article mentioned, as earnings reports use
   them.

Event dating (:func:`timex_for_token`, :func:`event_date_for`) reads the dependency parse to find the time
expression that modifies an event's trigger.

Example:
    >>> import spacy
    >>> from datetime import date
    >>> nlp = spacy.blank("en")
    >>> [(t.text, t.value) for t in tag_text("Talks resumed last month.", date(2022, 2, 5), nlp)]
    [('last month', '2022-01')]
"""

from __future__ import annotations

import bisect
import json
import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import numpy
from dateutil.easter import easter
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.extract.attributes import register_attributes
from newsgraph.records import DateKind, EventDate, Precision, TimeExpression, calendar_interval

__all__ = [
    "Anchor",
    "TemporalTagger",
    "event_date_for",
    "find_time_expressions",
    "make_temporal_tagger",
    "tag_text",
    "timex_for_token",
    "timexes_between",
]

_LEXICON_PATH = Path(__file__).parent / "data" / "temporal" / "lexicon.json"


@cache
def _lexicon() -> dict[str, Any]:
    with _LEXICON_PATH.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


LEX = _lexicon()
MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
SEASONS: dict[str, str] = LEX["seasons"]
PARTS_OF_DAY: dict[str, str] = LEX["parts_of_day"]
CARDINALS: dict[str, float] = LEX["cardinals"]
ORDINALS: dict[str, int] = LEX["ordinals"]
UNITS: dict[str, str] = LEX["units"]
UNIT_VAGUE: dict[str, str] = LEX["unit_vague_values"]
FREQUENCIES: dict[str, str] = LEX["frequencies"]
REFERENCES: dict[str, str] = LEX["references"]
HOLIDAYS: dict[str, str] = LEX["holidays"]
# Seasons in calendar order within their year; winter starts in December (records.py reads 2012-WI so).
SEASON_ORDER = ("SP", "SU", "FA", "WI")

# Direction of a relative expression: the past, the future, or unknown (resolved as news does: the past).
PAST, UNKNOWN, FUTURE = -1, 0, 1


# ---------------------------------------------------------------------------------------------------------------
# Regular-expression fragments built from the word tables
# ---------------------------------------------------------------------------------------------------------------


def _alt(words: Iterable[str], abbreviations: bool = False) -> str:
    """An alternation of ``words``, longest first; with ``abbreviations`` a short word may end with a dot."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        piece = re.escape(word).replace(r"\ ", r"\s+")
        if abbreviations and len(word) <= 4 and word not in {"may", "june", "july"}:
            piece += r"\.?"
        parts.append(piece)
    return "(?:" + "|".join(parts) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"}]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_NUMBER_WORDS = "(?:" + _alt(_TENS) + r"(?:[\s-]+" + _alt(_ONES) + ")?|" + _alt(CARDINALS) + ")"

FRAGMENTS: dict[str, str] = {
    # "Jan.", "Sept", "January"; full names only where a bare month is enough ("in March").
    "MONTH": _alt(MONTHS, abbreviations=True),
    "MONTHNAME": _alt(_FULL_MONTHS),
    # Weekdays: full names, or a short form with its dot ("Tues."), never "sun" or "sat" alone.
    "WEEKDAY": "(?:" + _alt([w for w in WEEKDAYS if len(w) > 4]) + "|" + "|".join(
        re.escape(w) + r"\." for w in WEEKDAYS if len(w) <= 4) + ")",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "ORDWORD": _alt(ORDINALS),
    "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
    "SHORTYEAR": r"(?:'\d\d)",
    "NUM": r"(?:\d+(?:[.,]\d+)?|" + _NUMBER_WORDS + ")",
    "UNIT": _alt(UNITS),
    "SEASON": _alt(SEASONS),
    "PART": _alt(PARTS_OF_DAY),
    "HOLIDAY": _alt(HOLIDAYS),
    "FREQ": _alt(FREQUENCIES),
    "TZ": "(?:" + "|".join(re.escape(z) for z in LEX["time_zones"]) + ")",
    # A fuzzy position inside a period: its value keeps the period's precision ("late last month" = 2022-01).
    "MOD": r"(?:(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle\s+of|end\s+of|beginning\s+of|"
           r"start\s+of|close\s+of|turn\s+of|first\s+part\s+of|last\s+part\s+of|rest\s+of|remainder\s+of|"
           r"course\s+of|dawn|sometime|some\s+time)(?:\s+in|\s+on|\s+of)?[\s-]+)",
    # Words that place a unit relative to the anchor.
    "REL": r"(?:this\s+coming|this\s+past|the\s+coming|the\s+past|the\s+last|the\s+previous|the\s+next|"
           r"the\s+following|the\s+current|the\s+same|the\s+latest|the\s+present|last|this|next|past|previous|"
           r"coming|current|following|latest|present|that)",
    "APPROX": r"(?:(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|"
              r"at\s+least|at\s+most|up\s+to|over|under|only|just|barely|another|an\s+additional|an\s+extra|"
              r"the\s+(?:past|last|next|first|previous|following|coming|final|latest|same|entire|full|whole|"
              r"initial|remaining|preceding|ensuing|intervening)|the|all|a\s+further|a\s+full|a\s+whole|"
              r"the\s+better\s+part\s+of|each\s+of\s+the\s+(?:past|last|next))\s+)",
}


def _compile(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: FRAGMENTS[m[1]], pattern)
    return re.compile(r"(?<![\w$£€])(?:" + expanded + r")(?![\w])", flags)


# ---------------------------------------------------------------------------------------------------------------
# The anchor: turning relative positions into TIMEX3 values
# ---------------------------------------------------------------------------------------------------------------


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _season_of(d: date) -> tuple[int, str]:
    """The season (year, code) a day falls in; December starts the winter of its year, as records.py reads it."""
    if d.month in (1, 2):
        return d.year - 1, "WI"
    return d.year, ("WI", "WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month]


def _nearest(candidates: list[date], anchor: date) -> date:
    """The candidate nearest the anchor, a past day counting half as far as a future one: news mostly reports
    what has happened ("Aug. 6" in February is last August, "Jan. 5" in late December the coming one)."""
    return min(candidates, key=lambda c: (anchor - c).days if c <= anchor else 2 * (c - anchor).days)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday named in ``lexicon.json`` falls on in ``year``.

    >>> holiday_date("thanksgiving", 1998)
    datetime.date(1998, 11, 26)
    """
    rule = HOLIDAYS.get(re.sub(r"\s+", " ", name.lower()))
    if rule is None:
        return None
    if re.fullmatch(r"\d\d-\d\d", rule):
        return date(year, int(rule[:2]), int(rule[3:]))
    if rule.startswith("EASTER"):
        return easter(year) + timedelta(days=int(rule.split()[1]))
    if rule == "ELECTION":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    day_name, n, month = rule.split()
    return _nth_weekday(year, int(month), WEEKDAYS[day_name.lower()], int(n))


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference date that relative expressions are resolved against: the publication date, or None.

    Every method returns a TIMEX3 value; with no reference date the unknown parts stay ``X``, as TimeML writes
    them, and nothing is ever resolved against the day the program runs.

    >>> Anchor(date(2022, 2, 5)).month(-1), Anchor(None).month(-1)
    ('2022-01', 'XXXX-XX')
    """

    dct: date | None

    def day(self, offset: int = 0) -> str:
        return "XXXX-XX-XX" if self.dct is None else (self.dct + timedelta(days=offset)).isoformat()

    def week(self, offset: int = 0) -> str:
        if self.dct is None:
            return "XXXX-WXX"
        y, w, _ = (self.dct + timedelta(weeks=offset)).isocalendar()
        return f"{y}-W{w:02d}"

    def weekend(self, offset: int = 0) -> str:
        return self.week(offset) + "-WE"

    def month(self, offset: int = 0) -> str:
        if self.dct is None:
            return "XXXX-XX"
        y, m = _add_months(self.dct.year, self.dct.month, offset)
        return f"{y}-{m:02d}"

    def quarter(self, offset: int = 0) -> str:
        if self.dct is None:
            return "XXXX-QX"
        index = self.dct.year * 4 + (self.dct.month - 1) // 3 + offset
        return f"{index // 4}-Q{index % 4 + 1}"

    def year(self, offset: int = 0) -> str:
        return "XXXX" if self.dct is None else f"{self.dct.year + offset:04d}"

    def decade(self, offset: int = 0) -> str:
        """A decade as TimeML writes it, its first three digits ("199" for the 1990s)."""
        return "XXX" if self.dct is None else f"{self.dct.year // 10 + offset:03d}"

    def century(self, offset: int = 0) -> str:
        return "XX" if self.dct is None else f"{self.dct.year // 100 + offset:02d}"

    def shift(self, unit: str, amount: int) -> str:
        """The period ``amount`` units away from the anchor, at the unit's precision ("two years ago")."""
        if unit == "D":
            return self.day(amount)
        if unit in ("W", "2W"):
            return self.week(amount * (2 if unit == "2W" else 1))
        if unit == "M":
            return self.month(amount)
        if unit == "Q":
            return self.quarter(amount)
        if unit == "Y":
            return self.year(amount)
        if unit == "10Y":
            return self.year(10 * amount)
        if unit == "100Y":
            return self.century(amount)
        return self.day(0)

    def weekday(self, weekday: int, direction: int, strict: bool = False) -> str:
        """The weekday nearest the anchor in ``direction``; the anchor's own weekday is the anchor day itself
        unless ``strict`` ("last Friday" published on a Friday is a week earlier)."""
        if self.dct is None:
            return f"XXXX-WXX-{weekday}"
        diff = weekday - self.dct.isoweekday()
        ahead = diff % 7 or (7 if strict else 0)
        back = -((-diff) % 7) or (-7 if strict else 0)
        days = ahead if direction == FUTURE else back
        return (self.dct + timedelta(days=days)).isoformat()

    def month_of_year(self, month: int, direction: int, strict: bool = False) -> str:
        """A named month without a year: this year's, or the nearest one in ``direction``."""
        if self.dct is None:
            return f"XXXX-{month:02d}"
        year = self.dct.year
        if direction == UNKNOWN:
            firsts = [date(y, month, 1) for y in (year - 1, year, year + 1)]
            this_month = date(year, self.dct.month, 1)
            return _nearest(firsts, this_month).isoformat()[:7]
        if direction == PAST and (month > self.dct.month or (strict and month == self.dct.month)):
            year -= 1
        elif direction == FUTURE and (month < self.dct.month or (strict and month == self.dct.month)):
            year += 1
        return f"{year}-{month:02d}"

    def day_of_year(self, month: int, day: int, direction: int) -> str | None:
        """A month and day without a year ("Feb 26"): the year that puts it nearest the anchor in direction."""
        if self.dct is None:
            return f"XXXX-{month:02d}-{day:02d}"
        candidates = []
        for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        if not candidates:
            return None
        this_year = [c for c in candidates if c.year == self.dct.year]
        if direction == PAST:
            past = [c for c in candidates if c <= self.dct + timedelta(days=1)]
            if this_year and this_year[0] <= self.dct + timedelta(days=1):
                return this_year[0].isoformat()
            if past and (self.dct - past[-1]).days < 300:
                return past[-1].isoformat()
        elif direction == FUTURE:
            future = [c for c in candidates if c >= self.dct - timedelta(days=1)]
            if this_year and this_year[0] >= self.dct - timedelta(days=1):
                return this_year[0].isoformat()
            if future and (future[0] - self.dct).days < 300:
                return future[0].isoformat()
        return _nearest(candidates, self.dct).isoformat()

    def season(self, code: str, direction: int, strict: bool = False, this: bool = False) -> str:
        """A season without a year: the nearest one in ``direction`` ("last fall"), the nearest one with the
        past preferred when the direction is unknown ("in the winter"), or this year's (``this``)."""
        if self.dct is None:
            return f"XXXX-{code}"
        year, current = _season_of(self.dct)
        here = year * 4 + SEASON_ORDER.index(current)
        wanted = SEASON_ORDER.index(code)
        if this:
            return f"{year if code == current else self.dct.year}-{code}"
        if direction == UNKNOWN:
            past = here - (here - wanted) % 4
            future = here + (wanted - here) % 4
            index = past if here - past <= 2 * (future - here) else future
        elif direction == PAST:
            index = here - ((here - wanted) % 4 or (4 if strict else 0))
        else:
            index = here + ((wanted - here) % 4 or (4 if strict else 0))
        return f"{index // 4}-{SEASON_ORDER[index % 4]}"

    def quarter_of_year(self, quarter: int, direction: int) -> str:
        if self.dct is None:
            return f"XXXX-Q{quarter}"
        current = (self.dct.month - 1) // 3 + 1
        year = self.dct.year
        # Results come out after a quarter ends, so "will report third-quarter results" in October is this
        # year's third quarter: only a quarter two or more back is taken as next year's.
        if direction == PAST and quarter > current:
            year -= 1
        elif direction == FUTURE and quarter < current - 1:
            year += 1
        return f"{year}-Q{quarter}"

    def holiday(self, name: str, direction: int, strict: bool = False) -> str | None:
        if self.dct is None:
            fixed = HOLIDAYS.get(re.sub(r"\s+", " ", name.lower()), "")
            return f"XXXX-{fixed}" if re.fullmatch(r"\d\d-\d\d", fixed) else "XXXX-XX-XX"
        this = holiday_date(name, self.dct.year)
        if this is None:
            return None
        if direction == PAST and (this > self.dct or (strict and this == self.dct)):
            this = holiday_date(name, self.dct.year - 1) or this
        elif direction == FUTURE and (this < self.dct or (strict and this == self.dct)):
            this = holiday_date(name, self.dct.year + 1) or this
        elif direction == UNKNOWN:
            candidates = [d for d in (holiday_date(name, self.dct.year + k) for k in (-1, 0, 1)) if d]
            this = _nearest(candidates, self.dct)
        return this.isoformat()


# ---------------------------------------------------------------------------------------------------------------
# Direction from tense and context
# ---------------------------------------------------------------------------------------------------------------

_FUTURE_AUX = {"will", "'ll", "wo", "shall"}
# Verbs whose infinitive complement is still to come: "is scheduled to meet Friday", "plans to leave Monday".
_FUTURE_LEMMAS = {"schedule", "plan", "expect", "due", "set", "intend", "prepare", "hope", "aim", "propose"}
_PLAN_LEMMAS = {"schedule", "plan", "intend", "propose"}
# Verbs of deciding and promising: their infinitive happens after them, and news reports it as still to come once
# decided ("has decided to admit them in March"); "tried", "refused", "was forced to" keep their own past.
_INTENTION_LEMMAS = {"decide", "agree", "promise", "vow", "pledge", "threaten", "vote", "resolve", "undertake",
                     "offer", "want", "wish", "seek", "ask", "urge", "invite", "call", "order", "instruct"}
# Words just before an expression that make it future whatever the verb: "will ... Friday", "as soon as Tuesday".
_FUTURE_CUE = re.compile(r"\b(?:will|'ll|shall|going\s+to|as\s+(?:soon|early)\s+as)\s+(?:\w+\s+){0,4}$", re.I)


def _verb_direction(verb: Token, depth: int = 0) -> int:
    """Past, future or unknown from a verb's tag and auxiliaries ("will meet" is future, "met" past).

    "would" is the future of reported speech ("said they would reply Wednesday"); a plan is about the future
    ("planned a rally Saturday") unless it is pluperfect. Present tense and bare participles stay unknown: news
    headlines put the past in the present ("Kenya says Friday"), and unknown is resolved as the past.
    """
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.subtree)):
        return FUTURE
    if aux & {"would", "'d"}:
        return FUTURE  # "said talks would resume Monday": future in reported speech
    if verb.tag_ == "VBN" and aux & {"is", "are", "'s", "'re"} and verb.lemma_ in _FUTURE_LEMMAS | {"slate"}:
        return FUTURE  # "the vote is set for Tuesday", "the talks are scheduled for Monday"
    if verb.lemma_ in _PLAN_LEMMAS and "had" not in aux and verb.dep_ not in ("acl", "amod"):
        # "planned a rally Saturday", "has scheduled a news conference Thursday"; not "a service planned for
        # Saturday was canceled", where the plan is background
        return FUTURE
    if verb.tag_ == "VB" and "to" in aux:
        head = verb.head
        if head is verb or depth > 2:
            return UNKNOWN
        copula = head.head if head.dep_ in ("acomp", "attr") else head
        pluperfect = any(c.lower_ == "had" for c in (*head.children, *copula.children))
        if head.lemma_ in _FUTURE_LEMMAS and not pluperfect:
            return FUTURE  # "is scheduled to meet Friday"; not "had been due to expire Friday"
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return FUTURE  # "is to resume trading Tuesday"
        if head.pos_ in ("NOUN", "PROPN"):
            return FUTURE  # "a pledge to meet again in September"
        if head.lemma_ in _INTENTION_LEMMAS:
            return FUTURE  # "has decided to admit them in March", "agreed to buy it in February": still to come
        return _verb_direction(head, depth + 1)
    if verb.tag_ == "VBD" or aux & {"has", "have", "had", "was", "were", "did"}:
        return PAST
    return UNKNOWN


# Verbs in the present that report or state rather than schedule: "says Friday" is a headline's past.
_PRESENT_NOT_SCHEDULE = {"say", "tell", "report", "announce", "state", "add", "declare", "claim", "note",
                         "confirm", "write", "explain", "insist", "warn", "show", "indicate", "suggest", "accuse",
                         "deny", "acknowledge", "argue", "believe", "think", "know", "seem", "appear", "remain",
                         "have", "own", "hold", "include", "mean", "need", "want", "expect", "estimate"}


# Verbs whose past is spelled as their present: "hurt", "cut", "set" with a weekday are most often past.
_SAME_PAST_AND_PRESENT = {"hurt", "cut", "put", "set", "hit", "let", "cost", "quit", "shut", "spread", "split",
                          "bid", "cast", "burst", "read", "shed", "thrust", "upset", "forecast", "broadcast",
                          "beat"}


def _attached_verb(span: Span) -> Token | None:
    """The verb a time expression modifies directly: its head, or the head of its preposition ("on Friday");
    the second of two conjoined expressions ("between March and May") hangs where the first does."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root and root.head.pos_ in ("PROPN", "NOUN", "NUM"):
        root = root.head
    head = root.head
    if head is root:
        return None
    if head.dep_ == "prep" and head.pos_ == "ADP" and head.head is not head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# Verbs that move or grant time up to a day: "postponed until Tuesday", "gave them until Friday".
_DEFERRAL_LEMMAS = {"postpone", "delay", "adjourn", "extend", "defer", "give", "grant", "suspend", "recess",
                    "reschedule", "put", "push", "move", "have", "allow", "wait", "stay"}


def _is_deadline(span: Span) -> bool:
    """Whether a day is the end of time granted or deferred: "postponed until Tuesday morning", "extended its
    deadline until 9 a.m. Tuesday" (a deferral counts from the report, so the day is the coming one)."""
    node = span.root
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in ("until", "till"):
            head = node.head
            return head is not node and (head.lemma_ in _DEFERRAL_LEMMAS or head.lower_ in ("deadline",
                                                                                             "deadlines"))
    return False


def _is_present_schedule(verb: Token) -> bool:
    """Whether ``verb`` is a finite present that names something scheduled: "meet", "is leaving", "is"."""
    if verb.lemma_ in _PRESENT_NOT_SCHEDULE or verb.dep_ == "amod":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lower_ in _SAME_PAST_AND_PRESENT:
            return False  # "weakness hurt the index on Friday": a past the tagger read as a present
        if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children):
            return False  # a singular subject with a plural present: the tagger's mistake for a past
        return not aux
    if verb.tag_ == "VBG":  # "are meeting Monday", not "were meeting"
        return any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in aux) and len(aux) == 1
    return False


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and not (token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass")):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


# ---------------------------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------------------------


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
        self.text = doc.text
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


# --- Absolute calendar dates ------------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@rule("month-day-year",
      r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY}|{ORDWORD})(?:\s*[,.]\s*|\s+)(?:of\s+)?"
      r"(?P<year>{YEAR}|{SHORTYEAR})")
def _month_day_year(m: re.Match[str], cx: _Context) -> Found | None:
    value = _safe_date(_year(m["year"]), _month(m["month"]), _day(m["day"]))
    return None if value is None else ("DATE", value)


@rule("day-month-year",
      r"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY}|{ORDWORD})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+"
      r"(?P<year>{YEAR})")
def _day_month_year(m: re.Match[str], cx: _Context) -> Found | None:
    value = _safe_date(_year(m["year"]), _month(m["month"]), _day(m["day"]))
    return None if value is None else ("DATE", value)


@rule("numeric-date", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})|(?P<iso>\d{4}-\d{2}-\d{2})")
def _numeric_date(m: re.Match[str], cx: _Context) -> Found | None:
    if m["iso"]:
        y, mo, d = (int(x) for x in m["iso"].split("-"))
        value = _safe_date(y, mo, d)
    else:  # US order, as in American news: month/day/year
        value = _safe_date(_year(m["year"]), int(m["a"]), int(m["b"]))
    return None if value is None else ("DATE", value)


@rule("month-day",
      r"(?:(?P<rel>last|this|next|this\s+coming|this\s+past)\s+)?(?:{MOD})?(?:{WEEKDAY},?\s+)?"
      r"(?P<month>{MONTH})\s+(?P<day>{DAY}|{ORDWORD})(?![.,]\d|\s*(?:\d|%|(?:percent|cents?|billion|million)\b))")
def _month_day(m: re.Match[str], cx: _Context) -> Found | None:
    if m["day"].lower() == "second" or (m["month"].lower() == "may" and m["day"].isalpha()):
        return None
    value = cx.anchor.day_of_year(_month(m["month"]), _day(m["day"]), _direction_of(m, cx))
    return None if value is None else ("DATE", value)


@rule("day-month", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTHNAME})")
def _day_month(m: re.Match[str], cx: _Context) -> Found | None:
    if m["month"].islower():
        return None  # "5 March" is a date, "5 may" rarely one
    value = cx.anchor.day_of_year(_month(m["month"]), _day(m["day"]), _direction_of(m, cx))
    return None if value is None else ("DATE", value)


_FIRST_OF_TWO_DAYS = re.compile(r"(?<![\w$])(?P<month>" + FRAGMENTS["MONTH"] + r")\s+(?P<day>" + FRAGMENTS["DAY"] +
                                r")\s*(?:,?\s*(?:and|or|to|through|until)\s+|[-\u2013]\s*)$", re.I)


@rule("second-day", r"(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?!\s*(?:%|[.,]\d|(?:percent|cents?|billion|million|"
                    r"years?|months?|weeks?|days?|hours?|minutes?|a\.?m|p\.?m)\b))")
def _second_day(m: re.Match[str], cx: _Context) -> Found | None:
    """The second of two days of one month: "25" in "on April 24 and 25", "March 3-5" (its month and year are
    the first day's)."""
    first = _FIRST_OF_TWO_DAYS.search(cx.before(m.start(), 40))
    if first is None or first["month"] == "may":  # "may 24 and 25" is no date
        return None
    month, day = _month(first["month"]), _day(m["day"])
    if day <= _day(first["day"]):
        return None
    if m["year"]:
        value = _safe_date(int(m["year"]), month, day)
        return None if value is None else ("DATE", value)
    start = m.start() - len(first.group(0))
    first_value = cx.anchor.day_of_year(month, _day(first["day"]), cx.direction(start, m.end()))
    if first_value is None or not first_value[0].isdigit():
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    value = _safe_date(int(first_value[:4]), month, day)
    return None if value is None else ("DATE", value)


def _direction_of(m: re.Match[str], cx: _Context) -> int:
    rel = (m.groupdict().get("rel") or "").lower()
    if rel.startswith(("last", "past", "this past", "the past", "the last", "previous", "the previous")):
        return PAST
    if rel.startswith(("next", "this coming", "the coming", "coming", "the next", "the following")):
        return FUTURE
    return cx.direction(m.start(), m.end())


@rule("week-of", r"(?:the\s+)?week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?")
def _week_of(m: re.Match[str], cx: _Context) -> Found | None:
    if m["year"]:
        day = _safe_date(int(m["year"]), _month(m["month"]), _day(m["day"]))
    else:
        day = cx.anchor.day_of_year(_month(m["month"]), _day(m["day"]), cx.direction(m.start(), m.end()))
    if day is None or day.startswith("X"):
        return None
    y, w, _ = date.fromisoformat(day).isocalendar()
    return "DATE", f"{y}-W{w:02d}"


@rule("week-number", r"(?:the\s+)?week\s+(?:no\.\s*)?(?P<n>[1-9]|[1-4]\d|5[0-3])(?:\s+of\s+(?P<year>{YEAR}))?")
def _week_number(m: re.Match[str], cx: _Context) -> Found | None:
    year = m["year"] or cx.anchor.year(0)
    return "DATE", f"{year}-W{int(m['n']):02d}"


@rule("month-year",
      r"(?:{MOD})?(?P<month>{MONTH}),?\s+(?:of\s+|in\s+)?(?:(?P<year>{YEAR}|{SHORTYEAR})(?!\s*(?:\d|%))|"
      r"(?P<spoken>nineteen[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+\w+)?))")
def _month_year(m: re.Match[str], cx: _Context) -> Found | None:
    if m["spoken"]:  # "January nineteen ninety-seven", in broadcast transcripts
        rest = _number(re.sub(r"^nineteen[\s-]+", "", m["spoken"].lower()))
        return None if rest is None else ("DATE", f"{1900 + int(rest)}-{_month(m['month']):02d}")
    return "DATE", f"{_year(m['year'])}-{_month(m['month']):02d}"


@rule("month-rel-year",
      r"(?:{MOD})?(?P<month>{MONTHNAME})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year")
def _month_rel_year(m: re.Match[str], cx: _Context) -> Found | None:
    offset = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    year = cx.anchor.year(offset)
    return "DATE", f"{year}-{_month(m['month']):02d}"


@rule("month", r"(?:(?P<rel>{REL})\s+)?(?:{MOD})?(?P<month>{MONTHNAME})(?!\s+\d)")
def _month_alone(m: re.Match[str], cx: _Context) -> Found | None:
    name = m["month"]
    if not name[0].isupper():
        return None
    # "May" and "March" are also a verb and a noun: only after a preposition or a modifier
    if name in ("May", "March") and not (m["rel"] or re.search(r"[Mm]id|[Ee]arly|[Ll]ate|[Ee]nd|[Bb]eginning",
                                                              m.group(0))) and not re.search(
            r"\b(?:in|since|until|till|by|from|through|to|of|during|before|after|and|or|early|late|mid|last|next|"
            r"this|between|around|throughout)\s*-?$", cx.before(m.start()), re.I) and not (
            re.search(r"\bthe\s+$", cx.before(m.start(), 5), re.I) and re.match(r"\s+[a-z]{3,}", cx.after(m.end(), 6))):
        return None  # ...but "the March accession", "the May elections" are the month
    if m["rel"] and m["rel"].lower() == "that":
        return None
    month = _month(name)
    rel = (m["rel"] or "").lower()
    if rel in ("this", "current", "the current", "the present"):
        # "this September" is the September of the current year, before or after the publication date
        year = cx.anchor.year(0)
        return "DATE", f"{year}-{month:02d}"
    if not rel:
        # a bare month is the nearest one, the past preferred, unless its own verb is future, or past and the
        # month says when ("stepped down in March"), not until when ("gave them until March", "through March")
        direction = cx.direction(m.start(), m.end())
        until = re.search(r"\b(?:until|till|through|by|before|to|from|since)\s+$", cx.before(m.start(), 10), re.I)
        if direction == PAST and (until or not cx.modifies_verb(m.start(), m.end())):
            direction = UNKNOWN
        return "DATE", cx.anchor.month_of_year(month, direction)
    return "DATE", cx.anchor.month_of_year(month, _direction_of(m, cx), strict=True)


@rule("year",
      r"(?:(?:the\s+)?(?:fiscal|calendar|model|school|financial|crop|marketing)(?:\s+year)?[\s-]+|"
      r"the\s+year\s+|(?:{MOD})|(?:pre|post|mid)-)?(?P<year>{YEAR})(?:\s+and\s+beyond|\s+or\s+later)?",
      flags=re.I)
def _year_alone(m: re.Match[str], cx: _Context) -> Found | None:
    before = cx.before(m.start(), 3)
    after = cx.after(m.end(), 12)
    if before.endswith(("$", "#", "No. ", "no. ")) or re.match(r"\s*(?:%|percent|[-/.:]\d|,\d{3})", after):
        return None
    if re.search(r"[\d,.]$", before) or re.match(r"\s*(?:[ap]\.?m\.?|hours?\b|GMT|EST|EDT|local)", after, re.I):
        return None
    year = int(m["year"])
    if m.group(0) == m["year"]:
        span = cx.span(m.start("year"), m.end("year"))
        if span is not None and len(span) == 1 and cx.doc.has_annotation("DEP"):
            token = span[0]
            # "1,500 troops", "2000 people": a number that counts something is no year
            if token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ in ("NNS", "NNPS") \
                    and token.head.lower_ not in _TIME_NOUNS and not (token.i > 0 and token.nbor(-1).tag_ in
                                                                      ("DT", "POS", "PRP$", "IN")):
                return None
            if token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") and not (1900 <= year <= 2030):
                return None
        elif re.match(r"\s+(?!years|times|days|months|weeks|decades|elections|games|olympics|levels|lows|highs|"
                      r"results|figures|talks|accords|agreements)[a-z]+s\b", after) and not re.search(
                r"\b(?:the|a|in|of|since|by|from|to|until|during|before|after|its|their|his|her)\s+$",
                cx.before(m.start(), 8), re.I):
            return None  # without a parse: "2000 tanks" counts tanks
        if not 1800 <= year <= 2100 and not re.search(r"\b(?:in|since|by|of|from|until|to|year)\s+$",
                                                     cx.before(m.start(), 8), re.I):
            return None
    return "DATE", f"{year:04d}"


_TIME_NOUNS = {"season", "budget", "census", "election", "elections", "olympics", "games", "campaign",
               "war", "crisis", "model", "models", "fiscal", "levels", "level", "earthquake", "quake",
               "figure", "figures", "results", "period", "report", "summit", "law", "act", "agreement",
               "accord", "talks", "deadline", "world", "cup", "plan", "target", "attack", "attacks", "bombing",
               "bombings", "invasion", "coup", "revolution", "uprising", "championship", "strike", "quarter",
               "meeting", "vote", "referendum", "contract", "peak", "high", "low", "lows", "highs"}


@rule("short-year", r"(?P<year>{SHORTYEAR})(?!\s*(?:%|\d))")
def _short_year(m: re.Match[str], cx: _Context) -> Found | None:
    if not re.search(r"\b(?:in|since|of|until|by|fiscal|from|to|class|spring|summer|fall|winter)\s+$",
                     cx.before(m.start(), 10), re.I):
        return None
    return "DATE", str(_year(m["year"]))


@rule("spoken-year",
      r"(?:the\s+year\s+)?(?P<century>nineteen|twenty)[\s-]+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|"
      r"eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
      r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|"
      r"(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?P<small>one|two|three|four|five|six|seven|eight|nine|ten))?")
def _spoken_year(m: re.Match[str], cx: _Context) -> Found | None:
    if m["century"]:
        rest = 0 if m["rest"].lower() == "hundred" else int(_number(m["rest"]) or 0)
        year = (19 if m["century"].lower() == "nineteen" else 20) * 100 + rest
        if not m.group(0).lower().startswith("the year") and rest < 20 and not re.search(
                r"\b(?:in|since|of|until|by|from|to|year|and|mid|early|late|summer|winter|fall|spring|autumn|"
                r"january|february|march|april|may|june|july|august|september|october|november|december)[\s-]*$",
                cx.before(m.start(), 12), re.I):
            return None
        return "DATE", str(year)
    if not m.group(0).lower().startswith("the year") and not re.search(
            r"\b(?:in|since|until|by|year)\s+$", cx.before(m.start(), 8), re.I):
        return None
    return "DATE", str(2000 + int(_number(m["small"]) or 0) if m["small"] else 2000)


@rule("decade",
      r"(?:the\s+)?(?:{MOD}|(?:first|second|last|latter)\s+half\s+of\s+the\s+)?"
      r"(?:(?P<century>1[0-9]|20)?(?P<decade>\d)0'?s|'(?P<short>\d)0'?s)"
      r"|(?:the\s+)?(?:{MOD})?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")
def _decade(m: re.Match[str], cx: _Context) -> Found | None:
    text = m.group(0).lower()
    if not text.rstrip().endswith("s") and "'" not in text:
        return None
    if m["word"]:
        digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                 "nineties"].index(m["word"].lower()) + 2
        return "DATE", f"19{digit}"
    if m["short"]:
        return "DATE", f"19{m['short']}"
    if not m["century"]:
        # "the 20s" may be an age or a temperature: only with a century
        return None
    return "DATE", f"{m['century']}{m['decade']}"


@rule("century",
      r"(?:the\s+)?(?:{MOD})?(?:(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?P<word>{ORDWORD}))[\s-]+century"
      r"|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past|the\s+previous)\s+century")
def _century(m: re.Match[str], cx: _Context) -> Found | None:
    if m["rel"]:
        rel = m["rel"].lower()
        if rel in ("the past", "the last") and re.search(r"\bin\s+$", cx.before(m.start(), 4)) is None:
            return "DURATION", "P100Y"
        return "DATE", cx.anchor.century({"this": 0, "next": 1, "the next": 1}.get(rel, -1))
    number = int(m["ord"]) if m["ord"] else ORDINALS.get(m["word"].lower(), 0)
    if not 1 <= number <= 22:
        return None
    return "DATE", f"{number - 1:02d}"


@rule("half-year",
      r"(?:the\s+)?(?P<which>first|second|last|latter|1st|2nd)\s+half\s+(?:of\s+)?(?P<year>{YEAR}|this\s+year|"
      r"last\s+year|next\s+year|the\s+year)?|(?:the\s+)?(?:first|second)\s+two\s+quarters\s+of\s+(?P<year2>{YEAR})")
def _half(m: re.Match[str], cx: _Context) -> Found | None:
    which = (m["which"] or ("first" if "first" in m.group(0).lower() else "second")).lower()
    half = 1 if which in ("first", "1st") else 2
    year_text = (m["year"] or m["year2"] or "").lower()
    if re.fullmatch(r"\d{4}", year_text):
        year = year_text
    elif year_text.startswith("last"):
        year = cx.anchor.year(-1)
    elif year_text.startswith("next"):
        year = cx.anchor.year(1)
    else:
        year = cx.anchor.year(0)
    return "DATE", f"{year}-H{half}"


# --- Quarters and fiscal periods (business news) ----------------------------------------------------------------

_QUARTER_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|past|" \
               r"comparable|same|year-ago|year-earlier|recent|just-ended|just\s+ended|fiscal)"


_QUARTER_ENDED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?(?P<month>" + FRAGMENTS["MONTH"] +
    r")\s+(?P<day>" + FRAGMENTS["DAY"] + r")(?:,?\s+(?P<year>" + FRAGMENTS["YEAR"] + r"))?", re.I)


@rule("quarter",
      r"(?:(?P<owner>this\s+year's|last\s+year's|next\s+year's|the\s+year-ago|the\s+year-earlier|"
      r"the\s+comparable(?:\s+year-ago|\s+year-earlier)?|the\s+same|its|their|the|a\s+\w+|"
      r"(?:the\s+)?(?P<year1>{YEAR})|fiscal)\s+)?(?:(?:fiscal|calendar)[\s-]+(?P<fy>{YEAR}[\s-]+)?)?"
      r"(?:" + _QUARTER_ORD + r"[\s-]+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<q>quarter|period)"
      r"(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<year2>{YEAR})|\s+(?P<ago>a\s+year\s+(?:ago|earlier))|"
      r"\s+(?P<relyear>last|this|next)\s+year)?")
def _quarter(m: re.Match[str], cx: _Context) -> Found | None:
    text = m.group(0).lower()
    ordinal = (m["ord"] or "").lower().replace(" ", "-")
    owner = (m["owner"] or "").lower()
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(ordinal)
    is_period = m["q"].lower() == "period"
    if cx.after(m.end(), 1) == "-" and m.end() == m.end("q"):
        return None  # "its quarter-century low", "the quarter-to-quarter comparison": a compound, no quarter
    if re.match(r"\s+of\b", cx.after(m.end(), 4)) and not m["year2"] and m["q"].lower() == "quarter" \
            and number is None and not ordinal:
        return None  # "a quarter of the shares"
    if owner.startswith("a ") and number is None:
        return None
    if is_period and number is None and not (ordinal or m["year1"] or owner in ("the year-ago", "the year-earlier")
                                             or m["ago"] or m["relyear"] or "comparable" in owner):
        return None
    year_text = m["year2"] or m["year1"] or (m["fy"] or "").strip("- ")
    ended = _QUARTER_ENDED.match(cx.text, m.end())
    if ended and number is None and not year_text:
        # "the quarter ended Jan. 31": the calendar quarter that holds that day
        end_month = _month(ended["month"])
        if ended["year"]:
            return "DATE", f"{ended['year']}-Q{(end_month - 1) // 3 + 1}"
        day = cx.anchor.day_of_year(end_month, min(_day(ended["day"]), 28), PAST)
        if day and day[0].isdigit():
            return "DATE", f"{day[:4]}-Q{(end_month - 1) // 3 + 1}"
    ago = bool(m["ago"]) or "year-ago" in text or "year-earlier" in text or "last year" in text \
        or ordinal in ("year-ago", "year-earlier") or (m["relyear"] or "").lower() == "last"
    if number is not None:
        if year_text:
            return "DATE", f"{int(year_text)}-Q{number}"
        if owner.startswith("last year"):
            return "DATE", f"{cx.anchor.year(-1)}-Q{number}"
        if owner.startswith("next year") or (m["relyear"] or "").lower() == "next":
            return "DATE", f"{cx.anchor.year(1)}-Q{number}"
        if ago:
            return "DATE", f"{cx.anchor.year(-1)}-Q{number}"
        if owner.startswith("this year") or (m["relyear"] or "").lower() == "this":
            return "DATE", f"{cx.anchor.year(0)}-Q{number}"
        return "DATE", cx.anchor.quarter_of_year(number, _direction_of(m, cx))
    # "the quarter" is the last quarter named; "the period" the last period of any length (a half, a quarter,
    # a month, a year)
    want = "coarse" if is_period else "Q"
    if year_text and not ordinal:
        return "DATE", _Anaphor(fallback=year_text, want=want, year=year_text)
    if ago or "comparable" in owner or ordinal == "comparable" or owner == "the same" or ordinal == "same":
        return "DATE", _Anaphor(fallback=cx.anchor.quarter(-5), want=want, years=-1)
    if ordinal in ("last", "previous", "past") and owner != "the" and not is_period:
        return "DATE", cx.anchor.quarter(-1)
    if ordinal in ("current",) and not is_period:
        return "DATE", cx.anchor.quarter(0)
    if ordinal in ("last", "previous", "past", "final", "latest", "recent", "just-ended"):
        # "the latest quarter" has been reported, so it has ended: not the coming quarter named before it
        return "DATE", _Anaphor(fallback=cx.anchor.quarter(-1), want=want, ended_by=cx.anchor.dct)
    return "DATE", _Anaphor(fallback=cx.anchor.quarter(-1), want=want)


@rule("year-ago",
      r"(?P<n>a|one|two|three|\d)[\s-]+years?[\s-]+(?P<dir>ago|earlier|before)(?=[\s,.;:)'\"]|$)"
      r"|(?P<adj>year-ago|year-earlier|a-year-ago|year-before)")
def _year_ago(m: re.Match[str], cx: _Context) -> Found | None:
    n = int(_number(m["n"]) or 1) if m["n"] else 1
    if m["adj"] and re.match(r"\s+(?:first\s+)?(?:\w+|\d+)[\s-]+(?:months|weeks|quarters)\b", cx.after(m.end(), 25)):
        return None  # "the year-earlier nine months": a stretch of time, which the duration rule tags
    if m["adj"]:
        return "DATE", _Anaphor(fallback=cx.anchor.year(-1), want="coarse", years=-1)
    if m["dir"].lower() == "ago" and n > 1:
        return "DATE", cx.anchor.year(-n)
    return "DATE", _Anaphor(fallback=cx.anchor.year(-n), want="coarse", years=-n)


@rule("period-end",
      r"(?:the\s+)?(?:end|close|beginning|start|middle|rest|remainder|balance)\s+of\s+the\s+"
      r"(?P<unit>year|month|week|quarter)|(?:the\s+)?(?P<unit2>year|month|quarter)[-\s]end(?!ed|ing)|"
      r"(?P<unit3>year)'s\s+end")
def _period_end(m: re.Match[str], cx: _Context) -> Found | None:
    """ "by year-end", "the end of the month": a part of the current period, at the period's precision."""
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    return "DATE", cx.anchor.shift({"year": "Y", "month": "M", "week": "W", "quarter": "Q"}[unit], 0)


@rule("fiscal-year",
      r"(?:the\s+)?(?P<rel>current|latest|last|previous|next|coming|past|this|same)?\s*(?:fiscal|financial)[\s-]+year"
      r"(?:\s+(?P<year>{YEAR}))?")
def _fiscal_year(m: re.Match[str], cx: _Context) -> Found | None:
    if m["year"]:
        return "DATE", m["year"]
    rel = (m["rel"] or "").lower()
    if rel in ("last", "previous", "past"):
        return "DATE", cx.anchor.year(-1)
    if rel in ("next", "coming"):
        return "DATE", cx.anchor.year(1)
    if rel in ("latest",):
        return "DATE", cx.anchor.year(-1)
    if not rel:
        return ("DURATION", "P1Y") if m.group(0).lower().startswith("the") else None
    return "DATE", cx.anchor.year(0)


# --- Relative days, weeks, months, seasons, years ---------------------------------------------------------------

_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}


@rule("deictic-day",
      r"(?:{MOD})?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|"
      r"tomorrow)(?:'s)?(?:\s+(?P<part>{PART}))?")
def _deictic_day(m: re.Match[str], cx: _Context) -> Found | None:
    word = re.sub(r"\s+", " ", m["word"].lower())
    if word == "today" and m.group(0).lower().endswith("'s"):
        return None  # "today's world" is the present age, rarely a day
    value = cx.anchor.day(_DEICTIC_DAYS[word])
    part = PARTS_OF_DAY[m["part"].lower()] if m["part"] else ("NI" if word == "tonight" else None)
    if part:
        return "TIME", f"{value}T{part}"
    return "DATE", value


@rule("part-of-day",
      r"(?P<rel>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this|the\s+next|the\s+following|"
      r"the\s+previous|that|the)\s+(?P<part>morning|afternoon|evening|night)|(?P<mid>mid-?\s?(?:afternoon|morning)|"
      r"overnight)(?:\s+(?P<deictic>yesterday|today))?")
def _part_of_day(m: re.Match[str], cx: _Context) -> Found | None:
    rel = (m["rel"] or "").lower()
    part = PARTS_OF_DAY[(m["part"] or m["mid"].replace("mid", "").strip(" -")).lower()]
    if m["mid"] and m["mid"].lower() == "overnight":
        if not re.match(r"\s*(?:,|\.|;|$|in\b|on\b|at\b|and\b|to\b|from\b)", cx.after(m.end(), 6)):
            return None
        return "TIME", f"{cx.anchor.day(0)}TNI"
    if rel == "last" and part == "NI":
        return "TIME", f"{cx.anchor.day(-1)}TNI"
    if rel in ("the next", "the following"):
        return "TIME", _Anaphor(fallback=f"{cx.anchor.day(1)}T{part}", want="D", unit="D", steps=1, suffix="T" + part)
    if rel in ("the previous",):
        return "TIME", _Anaphor(fallback=f"{cx.anchor.day(-1)}T{part}", want="D", unit="D", steps=-1,
                                suffix="T" + part)
    if rel in ("that", "the"):
        if re.match(r"\s+(?:of|before|after|when|that|which|in|the|a|he|she|they|it)\b", cx.after(m.end(), 8)):
            return None  # "the night of Oct. 23", "the night the flight went down": the date is elsewhere
        return "TIME", _Anaphor(fallback=f"{cx.anchor.day(0)}T{part}", want="D", suffix="T" + part)
    offset = -1 if rel == "last" else 0
    if m["deictic"]:
        offset = -1 if m["deictic"].lower() == "yesterday" else 0
    return "TIME", f"{cx.anchor.day(offset)}T{part}"


@rule("weekday",
      r"(?:(?P<rel>last|this|next|this\s+coming|this\s+past|coming|past|the\s+previous|the\s+following|"
      r"the\s+next|that)\s+)?(?:{MOD})?(?P<weekday>{WEEKDAY})(?:'s)?(?:\s+(?P<part>{PART}))?"
      r"(?:\s+(?P<of>last|this|next)\s+week)?")
def _weekday_rule(m: re.Match[str], cx: _Context) -> Found | None:
    if not m["weekday"][0].isupper():
        return None
    weekday = _weekday(m["weekday"])
    rel = (m["rel"] or "").lower()
    part = PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    if (m["part"] and m["part"].lower().endswith("nights")) or (re.search(r"\b(?:every|each|on)\s+$",
                                                                        cx.before(m.start(), 7)) and \
            m["weekday"].lower().endswith("s") and not m["weekday"].endswith("'s")):
        return "SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    if m["of"]:
        week = cx.anchor.week({"last": -1, "this": 0, "next": 1}[m["of"].lower()])
        if cx.anchor.dct is None:
            value = f"XXXX-WXX-{weekday}"
        else:
            y, w = week.split("-W")
            value = date.fromisocalendar(int(y), int(w), weekday).isoformat()
    elif rel in ("the previous", "the following", "the next", "that"):
        steps = {"the previous": -1, "that": 0}.get(rel, 1)
        value = cx.anchor.weekday(weekday, FUTURE if steps > 0 else PAST, strict=bool(steps))
        suffix = f"T{part}" if part else ""
        return ("TIME" if part else "DATE"), _Anaphor(fallback=value + suffix, want="D", unit="WD", steps=steps,
                                                      weekday=weekday, suffix=suffix)
    else:
        if rel in ("last", "past", "this past"):
            direction, strict = PAST, True
        elif rel in ("next", "coming", "this coming"):
            direction, strict = FUTURE, True
        else:
            direction, strict = cx.day_direction(m.start(), m.end()), False
            if direction == UNKNOWN:
                direction = PAST
        value = cx.anchor.weekday(weekday, direction, strict=strict)
    if part:
        return "TIME", f"{value}T{part}"
    return "DATE", value


@rule("weekend",
      r"(?:(?P<rel>last|this|next|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the|that|"
      r"this\s+past|this\s+coming|over\s+the)\s+)?(?:{MOD})?weekend(?!s)")
def _weekend(m: re.Match[str], cx: _Context) -> Found | None:
    rel = (m["rel"] or "").lower()
    if not rel:
        return None
    if rel in ("last", "the past", "the last", "the previous", "this past"):
        return "DATE", _weekend_value(cx, -1)
    if rel in ("next", "the coming", "the next", "this coming"):
        return "DATE", _weekend_value(cx, 1)
    direction = cx.direction(m.start(), m.end())
    if rel == "this":
        return "DATE", _weekend_value(cx, 0)
    return "DATE", _weekend_value(cx, 0 if direction != PAST else -1, nearest=True)


def _weekend_value(cx: _Context, offset: int, nearest: bool = False) -> str:
    dct = cx.anchor.dct
    if dct is None:
        return "XXXX-WXX-WE"
    if nearest and dct.isoweekday() >= 5:
        offset = 0
    if offset == -1 and dct.isoweekday() in (6, 7):
        offset = -1
    return cx.anchor.weekend(offset)


_REL_OFFSETS = {"last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1, "the previous": -1,
                "this past": -1, "this": 0, "current": 0, "the current": 0, "the present": 0, "present": 0,
                "the same": 0, "that": 0, "latest": -1, "the latest": -1,
                "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1, "following": 1,
                "this coming": 1}


@rule("relative-unit",
      r"(?:{MOD})?(?P<rel>{REL})\s+(?P<unit>week|month|year|decade|fortnight)(?!s|-)")
def _relative_unit(m: re.Match[str], cx: _Context) -> Found | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = {"week": "W", "month": "M", "year": "Y", "decade": "10Y", "fortnight": "2W"}[m["unit"].lower()]
    if re.match(r"\s+of\b", cx.after(m.end(), 4)) and (rel.startswith("the") or rel == "that"):
        return None  # "the last year of his term", "that week of talks": a period of something else
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # "ABC's 'This Week'": a capitalized unit inside a sentence is a title
    offset = _REL_OFFSETS.get(rel)
    if offset is None:
        return None
    if rel == "that" or rel == "the same":
        return "DATE", _Anaphor(fallback=cx.anchor.shift(unit, 0), unit=unit)
    if rel in ("the following", "following", "the previous"):
        return "DATE", _Anaphor(fallback=cx.anchor.shift(unit, offset), unit=unit, steps=offset)
    if unit == "10Y":
        # "over the past decade" is ten years' length; "the late last decade" a decade on the calendar
        if rel in ("the past", "the last", "the next", "the coming", "past", "last") and not m.group(0).lower() \
                .startswith(("early", "late", "mid")) and (
                re.search(r"\b(?:in|during|of|for|over)\s+$", cx.before(m.start(), 8), re.I) or rel.startswith("the")):
            return "DURATION", "P10Y"
        return "DATE", cx.anchor.decade(offset)
    if unit == "W" and rel in ("the past", "the last", "the coming", "the next") and not m["rel"].startswith("the l"):
        return "DURATION", "P1W"
    return "DATE", cx.anchor.shift(unit, offset)


@rule("relative-season",
      r"(?:{MOD})?(?:(?P<rel>{REL})\s+)?(?:{MOD})?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}|"
      r"(?P<spoken>nineteen[\s-]+\w+(?:-\w+)?)))?")
def _season(m: re.Match[str], cx: _Context) -> Found | None:
    code = SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["year"]:
        if m["spoken"]:
            number = _number(m["spoken"].lower().replace("nineteen", "").strip(" -"))
            if number is None:
                return None
            return "DATE", f"{1900 + int(number)}-{code}"
        return "DATE", f"{m['year']}-{code}"
    text = m.group(0).lower()
    if re.match(r"\s+of\s+(?!\d|nineteen|twenty|this|last|next)", cx.after(m.end(), 12), re.I):
        return None  # "the spring of his life"
    if not rel and not re.match(r"(?:early|late|mid|the|end|beginning)", text) and not re.search(
            r"\b(?:in|this|during|by|until|since|over|through|the)\s+$", cx.before(m.start(), 10), re.I):
        return None
    if code == "FA" and not rel and not re.search(r"\b(?:in|during|by|until|since|this|the)\s+$",
                                                  cx.before(m.start(), 10), re.I) and "the" not in text:
        return None
    if rel in ("that", "the same", "the following", "the previous"):
        return None
    offset = _REL_OFFSETS.get(rel)
    if rel in ("this", "current", "the current"):
        return "DATE", cx.anchor.season(code, UNKNOWN, this=True)
    if offset == -1:
        return "DATE", cx.anchor.season(code, PAST, strict=True)
    if offset == 1:
        return "DATE", cx.anchor.season(code, FUTURE, strict=True)
    direction = cx.direction(m.start(), m.end())
    return "DATE", cx.anchor.season(code, direction)


@rule("holiday",
      r"(?:(?P<rel>last|this|next|this\s+coming|this\s+past)\s+)?(?P<name>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?"
      r"(?P<week>\s+(?:week|weekend))?")
def _holiday(m: re.Match[str], cx: _Context) -> Found | None:
    if not m["name"][0].isupper():
        return None
    name = m["name"]
    if m["year"]:
        day = holiday_date(name, int(m["year"]))
        value = day.isoformat() if day else None
    else:
        rel = (m["rel"] or "").lower()
        if rel in ("last", "this past"):
            value = cx.anchor.holiday(name, PAST, strict=True)
        elif rel in ("next", "this coming"):
            value = cx.anchor.holiday(name, FUTURE, strict=True)
        else:
            value = cx.anchor.holiday(name, cx.direction(m.start(), m.end()))
    if value is None:
        return None
    if m["week"] and value[0].isdigit():
        y, w, _ = date.fromisoformat(value).isocalendar()
        return "DATE", f"{y}-W{w:02d}" + ("-WE" if "end" in m["week"] else "")
    return "DATE", value


@rule("ago",
      r"(?:{APPROX})*(?P<num>{NUM}|several|a\s+few|few|many|some)[\s-]+(?:more\s+)?(?P<unit>{UNIT})"
      r"(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|back)(?!\s+(?:than|that)\b)")
def _ago(m: re.Match[str], cx: _Context) -> Found | None:
    unit = _unit(m["unit"])
    amount = _number(m["num"])
    direction = m["dir"].lower()
    future = direction in ("from now", "hence")
    if amount is None:
        return "DATE", "FUTURE_REF" if future else "PAST_REF"
    if unit.startswith("T"):
        return "DATE", cx.anchor.day(0)
    if cx.anchor.dct is None:
        return "DATE", "FUTURE_REF" if future else "PAST_REF"
    steps = int(amount) * (1 if future else -1)
    if amount != int(amount):
        return "DATE", "PAST_REF" if not future else "FUTURE_REF"
    return "DATE", cx.anchor.shift(unit, steps)


@rule("vague-ago", r"(?P<what>(?:{APPROX})?(?:several|a\s+few|few|many|some|couple\s+of)?[\s-]*"
                   r"(?:years|months|weeks|days|decades|moments|minutes|hours|ages))\s+(?P<dir>ago|earlier|later)")
def _vague_ago(m: re.Match[str], cx: _Context) -> Found | None:
    if re.search(r"(?:\d|\b(?:" + _NUMBER_WORDS + r"))[\s-]*$", cx.before(m.start(), 20), re.I):
        return None  # "two weeks later": the number makes it a duration of its own (the "duration" rule)
    if m["dir"].lower() == "ago":
        return "DATE", "PAST_REF"
    # "weeks later" is a stretch of time from some event, not a date
    unit = _unit(re.findall(r"[a-z]+", m["what"].lower())[-1])  if re.search(
        r"(?:years|months|weeks|days|decades|minutes|hours)$", m["what"].lower()) else None
    return ("DURATION", UNIT_VAGUE[unit]) if unit else None


# --- Durations and sets -----------------------------------------------------------------------------------------


@rule("duration",
      r"(?:{APPROX})*(?P<num>{NUM})(?:\s*(?:to|or|-|and)\s*(?!an?\s+half)(?P<num2>{NUM}))?(?P<frac>\s+(?:1/2|and\s+a\s+half)|"
      r"-and-a-half)?[\s-]+(?:(?:more|additional|full|straight|consecutive|long|trading|business|working|"
      r"calendar|fiscal|solid|successive|separate|\w+-long)\s+)?(?P<unit>{UNIT})(?P<frac2>\s+and\s+a\s+half)?"
      r"(?P<suffix>-(?:long|old|plus)|\s+(?:long|old|running|straight|in\s+a\s+row))?(?!-)")
def _duration_rule(m: re.Match[str], cx: _Context) -> Found | None:
    amount = _number(m["num"])
    unit_word = m["unit"].lower()
    unit = _unit(unit_word)
    if amount is None:
        return None
    if m["unit"][0].isupper() and not m["unit"].isupper() and not m.group(0)[0].isalpha():
        return None  # "CBS's '60 Minutes'", "48 Hours": a capitalized unit after a figure is a title
    text = m.group(0).lower()
    if "old" in (m["suffix"] or "") or re.match(r"[\s-]+old\b", cx.after(m.end(), 5)):
        return None  # an age ("a 6-year-old boy") is not annotated as a time expression
    if m["num"].lower() in ("a", "an", "one") and unit == "TS" and not unit_word.endswith("s"):
        return None  # "a second time"
    if unit == "Q" and re.match(r"\s+of\b", cx.after(m.end(), 4)):
        return None  # "three quarters of the shares"
    before = cx.before(m.start(), 12)
    if re.search(r"(?:\$|£|€|\d[.,]?)\s*$", before) and not m["num"][0].isalpha():
        return None
    if re.search(r"\b(?:a|per|an)\s*$", cx.before(m.start(), 4)) and m["num"].lower() in ("a", "an"):
        return None
    if text.startswith(("a ", "an ")) and _is_rate(m.start(), cx):
        return "SET", _duration(1, unit)  # "$500 million a year", "700 seats a week": a rate, once per unit
    if m["num2"]:
        second = _number(m["num2"])
        if second is not None and second != amount and not m["frac"]:
            letter = UNIT_VAGUE[unit]
            return "DURATION", letter
    if m["frac"] or m["frac2"]:
        amount += 0.5
    if re.match(r"(?:a|an)\s", text) and re.match(r"\s+ago", cx.after(m.end(), 8)):
        return None
    return "DURATION", _duration(amount, unit)


_AMOUNT_END = re.compile(r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|dozen|cents?|percent|points?|"
                         r"shares?|barrels?|tons?|tonnes?|units?|copies|seats|flights|people|jobs))[\s,]*$", re.I)


def _is_rate(start: int, cx: _Context) -> bool:
    """Whether "a year" at ``start`` is the "per" of a rate: it follows an amount ("$1.76 a year", "700 seats a
    week"), not a preposition or verb ("within a week", "lasted a year"); "twice a week" is left to the SET rule."""
    before = cx.before(start, 25)
    if re.search(r"\b(?:once|twice|times)\s*$", before, re.I):
        return False
    if _AMOUNT_END.search(before):
        return True
    span = cx.span(start, start + 1)
    if span is not None and len(span) and span[0].i > 0 and cx.doc.has_annotation("TAG"):
        previous = cx.doc[span[0].i - 1]
        return previous.tag_ in ("NNS", "NNPS", "CD") and previous.dep_ not in ("npadvmod",)
    return False


@rule("vague-duration",
      r"(?:{APPROX})*(?P<q>several|a\s+few|few|many|some|a\s+number\s+of|numerous|countless|recent|the\s+coming|"
      r"coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|the\s+next\s+several|the\s+past\s+several|"
      r"the\s+last\s+several|the\s+following|the\s+ensuing|the\s+intervening)?[\s-]*"
      r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?P<suffix>-long|-old)?"
      r"(?!\s+(?:ago|earlier|later|of\s+(?:age|experience)))")
def _vague_duration(m: re.Match[str], cx: _Context) -> Found | None:
    unit = _unit(m["unit"])
    q = (m["q"] or "").lower()
    text = m.group(0).lower()
    before = cx.before(m.start(), 12).lower()
    if not q and not m["suffix"] and not re.search(
            r"\b(?:for|in|over|within|of|the|past|last|after|took|take|takes|taking|lasted|last|lasts|spent|spend)\s+$",
            before) \
            and not re.match(r"(?:the\s+)?(?:past|last|next|first|coming)", text):
        return None
    if not q and re.search(r"\bthe\s+$", before) and not re.match(r"(?:the\s+)?(?:past|last|next|coming|first)",
                                                                  text):
        return None
    if q in ("some",) and unit in ("D",):
        return None
    if re.search(r"\b(?:in|for)\s+$", before) and not q and unit == "Y" and "years" in text:
        return "DURATION", "PXY"
    if q in ("recent",) and unit == "Y":
        return "DATE", "PAST_REF"
    if q in ("the coming", "coming") and unit in ("Q",):
        return "DATE", "FUTURE_REF"
    return "DURATION", UNIT_VAGUE[unit]


@rule("unit-long", r"(?P<unit>year|month|week|day|hour|night|decade|century)-long")
def _unit_long(m: re.Match[str], cx: _Context) -> Found | None:
    """ "a year-long siege", "the day-long strike": a duration of one unit, as "two-day-long" is of two."""
    return "DURATION", _duration(1, _unit(m["unit"].lower()))


@rule("the-unit",
      r"(?:the|that|this|a)\s+(?P<adj>(?:whole|entire|full|same|past|last|next|first|coming|previous|following)\s+)?"
      r"(?P<unit>year|month|day|week|hour|minute)(?!\s*-|s)")
def _the_unit(m: re.Match[str], cx: _Context) -> Found | None:
    text = m.group(0).lower()
    after = cx.after(m.end(), 20)
    unit_word = m["unit"].lower()
    adj = (m["adj"] or "").strip().lower()
    if text.startswith("a "):
        if re.match(r"\s+(?:ago|earlier|later|before|after)", after):
            return None
        if re.search(r"(?:times|once|twice)\s*$", cx.before(m.start(), 12), re.I):
            return "SET", _duration(1, _unit(unit_word))
        if re.search(r"(?:\d|million|billion|percent|%|per)\s*$", cx.before(m.start(), 12), re.I):
            return None  # "$1.76 a year" is a rate, which TimeBank leaves unannotated
        if unit_word in ("year", "month", "week", "day", "hour", "minute") and re.search(
                r"\b(?:for|in|within|about|nearly|almost|than|over|after|just|only)\s+$", cx.before(m.start(), 9),
                re.I):
            return "DURATION", _duration(1, _unit(unit_word))
        return None
    if re.match(r"that\s+same\s+day|the\s+same\s+day", text):
        return "DATE", _Anaphor(fallback=cx.anchor.day(0), want="D")
    if text.startswith("this") or text.startswith("that"):
        return None
    if unit_word == "day" and adj in ("previous", "next", "following"):
        # "the next day": the day after the one the story last named
        steps = -1 if adj == "previous" else 1
        return "DATE", _Anaphor(fallback=cx.anchor.day(steps), want="D", unit="D", steps=steps)
    if adj in ("past", "last", "previous") and unit_word in ("year", "month"):
        return "DATE", cx.anchor.shift(_unit(unit_word), -1)
    if adj == "full" and unit_word == "year":
        return "DATE", cx.anchor.year(0)  # "for the full year": the current (fiscal) year as a whole
    if adj in ("whole", "entire", "full", "past", "last", "next", "coming", "first"):
        return "DURATION", _duration(1, _unit(unit_word))
    if unit_word == "day" and re.search(r"\b(?:on|that|same|during|by|of)\s+$", cx.before(m.start(), 6), re.I) \
            and not re.match(r"\s+(?:before|after|of|when|that)\b", after):
        return "DATE", _Anaphor(fallback=cx.anchor.day(0), want="D")
    if unit_word == "year" and not adj and not re.match(r"\s+(?:earlier|ago|before)", after):
        before = cx.before(m.start(), 12)
        if re.search(r"\b(?:for|over)\s+$", before, re.I):
            return "DURATION", "P1Y"  # "profit for the year": the year's length of trading
        if re.search(r"\b(?:in|during|through|throughout)\s+$", before, re.I):
            return "DATE", cx.anchor.year(0)
    return None


@rule("frequency", r"(?P<freq>{FREQ})")
def _frequency(m: re.Match[str], cx: _Context) -> Found | None:
    value = FREQUENCIES[m["freq"].lower()]
    after = cx.after(m.end(), 15)
    if re.match(r"\s+(?:newspaper|paper|news|mail|telegraph|star|express|journal|times)\b", after, re.I):
        return None
    return "SET", value


@rule("every",
      r"(?:(?P<times>once|twice|three\s+times|four\s+times|\w+\s+times)\s+)?(?:every|each|per|a)\s+"
      r"(?:(?P<num>{NUM}|other)\s+)?(?P<unit>{UNIT}|(?P<weekday>{WEEKDAY})|(?P<month>{MONTHNAME})|"
      r"(?P<season>{SEASON}))(?!-\w)")
def _every(m: re.Match[str], cx: _Context) -> Found | None:
    text = m.group(0).lower()
    if re.match(r"(?:a|per)\s", text) and not m["times"]:
        return None  # "a year" is a duration or an anaphor: handled by "the-unit"
    if m["weekday"]:
        return "SET", f"XXXX-WXX-{_weekday(m['weekday'])}"
    if m["month"]:
        return "SET", f"XXXX-{_month(m['month']):02d}"
    if m["season"]:
        return "SET", f"XXXX-{SEASONS[m['season'].lower()]}"
    unit = _unit(m["unit"])
    amount = 2.0 if (m["num"] or "").lower() == "other" else (_number(m["num"]) if m["num"] else 1.0)
    if amount is None:
        return None
    if text.startswith("each") and unit in ("D",) and "of" in cx.after(m.end(), 4):
        return None
    return "SET", _duration(amount, unit)


# --- Times of day ---------------------------------------------------------------------------------------------

_DAY_SUFFIX = (r"(?:\s*,?\s*(?:on\s+)?(?:(?P<weekday>{WEEKDAY})|(?P<deictic>today|tonight|yesterday|tomorrow)|"
               r"(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?))?")


@rule("clock-time",
      r"(?:(?:{MOD})|(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))"
      r"\s+)?(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)"
      r"(?:\s+(?P<tz>{TZ}))?(?:\s+(?P<ten>\w+\s+days\s+(?:ago|later)))?" + _DAY_SUFFIX +
      r"|(?:{MOD})?(?P<noon>noon|midnight|midday)(?:\s+(?P<tz2>{TZ}))?" + _DAY_SUFFIX.replace("?P<", "?P<n_")
      + r"|(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?:\s*(?P<tz3>{TZ}))" +
      r"|(?P<hourw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+o'clock)?\s+in\s+the\s+"
      r"(?P<partw>morning|afternoon|evening)")
def _clock_time(m: re.Match[str], cx: _Context) -> Found | None:
    text = m.group(0).lower()
    groups = m.groupdict()
    if groups["noon"] and re.search(r"\bhigh\s+$", cx.before(m.start(), 6), re.I):
        return None
    if groups["noon"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[groups["noon"].lower()]
        prefix = "n_"
    elif groups["hour24"]:
        hour, minute, prefix = int(groups["hour24"]), int(groups["minute24"]), ""
    elif groups["hourw"]:
        hour = int(_number(groups["hourw"]) or 0)
        if groups["partw"].lower() in ("afternoon", "evening") and hour < 12:
            hour += 12
        minute, prefix = 0, ""
    else:
        hour = int(groups["hour"])
        minute = int(groups["minute"] or 0)
        ampm = groups["ampm"].lower().replace(" ", "")
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        prefix = ""
    day = _day_of_time(m, cx, prefix)
    if groups["noon"] and groups["noon"].lower() == "midnight":
        hour = 24
    del text
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        # "at 10:35 a.m.": on the day the story last named, else on the anchor day
        return "TIME", _Anaphor(fallback=cx.anchor.day(0) + clock, want="D", suffix=clock)
    return "TIME", day + clock


def _day_of_time(m: re.Match[str], cx: _Context, prefix: str) -> str | None:
    groups = m.groupdict()
    if groups.get(prefix + "weekday"):
        direction = cx.day_direction(m.start(), m.end())
        return cx.anchor.weekday(_weekday(groups[prefix + "weekday"]), FUTURE if direction == FUTURE else PAST)
    if groups.get(prefix + "deictic"):
        return cx.anchor.day(_DEICTIC_DAYS[groups[prefix + "deictic"].lower()])
    if groups.get(prefix + "month"):
        if groups.get(prefix + "year"):
            return _safe_date(int(groups[prefix + "year"]), _month(groups[prefix + "month"]),
                              _day(groups[prefix + "day"]))
        return cx.anchor.day_of_year(_month(groups[prefix + "month"]), _day(groups[prefix + "day"]),
                                     cx.direction(m.start(), m.end()))
    if groups.get("ten"):
        match = re.match(r"(\w+)\s+days\s+(ago|later)", groups["ten"], re.I)
        if match:
            amount = int(_number(match[1]) or 0)
            return cx.anchor.day(-amount if match[2].lower() == "ago" else amount)
    return None


# --- Reference words --------------------------------------------------------------------------------------------


@rule("reference", r"(?P<ref>" + _alt(REFERENCES) + r")"
                   r"|(?P<current>current|the\s+current\s+period|then[\s-]+current)")
def _reference(m: re.Match[str], cx: _Context) -> Found | None:
    if m["current"]:
        text = m["current"].lower()
        if text.startswith("then"):
            return "DATE", "PAST_REF"
        following = cx.after(m.end(), 25).lower()
        # "current account" is a balance, "current and former" a list of people
        if re.match(r"\s+(?:accounts?|assets|liabilities|and\s+former|or\s+former)\b", following):
            return None
        return "DATE", "PRESENT_REF"
    ref = re.sub(r"\s+", " ", m["ref"].lower())
    value = REFERENCES[ref]
    if ref == "the present" and re.match(r"\s+\w+", cx.after(m.end(), 5)) and not re.match(
            r"\s+(?:and|or|day)\b", cx.after(m.end(), 5)):
        return None
    if ref in ("the past",) and re.match(r"\s+(?:\w+\s+)?(?:\d|few|several|week|month|year|day|decade|two|three|"
                                         r"four|five|six|seven|eight|nine|ten)", cx.after(m.end(), 12), re.I):
        return None
    if ref in ("now",) and re.match(r"[-\s]*(?:defunct|former|retired|closed)\b", cx.after(m.end(), 10)):
        return None
    return "DATE", value


# ---------------------------------------------------------------------------------------------------------------
# The tagger
# ---------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    order: int
    type: str
    value: Value


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles a rule consumed only to read context, and trailing punctuation."""
    while end > start and text[end - 1] in " ,.;:'\"":
        if text[end - 1] == "." and re.search(r"(?:[ap]\.m|\b[A-Z][a-z]{1,3})\.$", text[start:end]):
            break
        end -= 1
    return start, end


# How far back (characters) "a year earlier" looks for the period it compares with; past that, the anchor's year.
_COARSE_REACH = 1000
_COARSE = (Precision.QUARTER, Precision.MONTH, Precision.YEAR, Precision.SEASON)
# The periods "a year earlier" and "the year-ago period" compare with: a quarter, a half or a year (reporting
# periods); a month or season named in passing ("last spring", "in March") is not the period of the comparison.
_COMPARED = (Precision.QUARTER, Precision.YEAR)


class _References:
    """The dates an article has mentioned so far, for anaphoric expressions ("the quarter", "that day")."""

    def __init__(self) -> None:
        self.last: dict[str, str] = {}
        self.where: dict[str, int] = {}
        self.position = 0

    def note(self, value: str, position: int = 0) -> None:
        interval = calendar_interval(value)
        if interval is None:
            return
        precision = interval[0]
        for kind in ("any", "D", "Q", "coarse"):
            self.where.setdefault(kind, position)
        self.where["any"] = position
        if precision is Precision.DAY:
            self.where["D"] = position
        elif precision is Precision.QUARTER:
            self.where["Q"] = position
        if precision in _COMPARED:
            self.where["coarse"] = position
        self.last["any"] = value
        if precision is Precision.DAY:
            self.last["D"] = value[:10]
        elif precision is Precision.QUARTER and "-Q" in value:
            self.last["Q"] = value
        if precision in _COMPARED:
            self.last["coarse"] = value

    def resolve(self, a: _Anaphor) -> str:
        """The value of an anaphoric expression against the last date of the kind it wants."""
        base = self.last.get(a.want)
        too_far = a.want == "coarse" and self.position - self.where.get(a.want, 0) > _COARSE_REACH
        if base is None or too_far:
            return a.fallback
        if a.ended_by is not None:
            interval = calendar_interval(base)
            if interval is not None and interval[2] >= a.ended_by:
                return a.fallback
        if a.year:
            base = a.year + base[4:]
        if a.unit:
            interval = calendar_interval(base)
            if interval is None:
                return a.fallback
            precision, first_day, _ = interval
            finest = {"D": Precision.DAY, "WD": Precision.DAY, "W": Precision.DAY, "M": Precision.MONTH,
                      "Q": Precision.QUARTER, "Y": Precision.YEAR}.get(a.unit)
            fine_enough = precision is Precision.DAY or precision is finest or (
                a.unit == "Y" and precision in _COARSE) or (a.unit == "M" and precision is Precision.MONTH)
            if finest is None or not fine_enough:
                return a.fallback
            anchor = Anchor(first_day)
            if a.unit == "WD":
                direction = FUTURE if a.steps > 0 else PAST
                base = anchor.weekday(a.weekday, direction, strict=bool(a.steps))
            else:
                base = anchor.shift(a.unit, a.steps)
        if a.years:
            shifted = _shift_years(base, a.years)
            if shifted is None:
                return a.fallback
            base = shifted
        return base + a.suffix


def _shift_years(value: str, years: int) -> str | None:
    match = re.fullmatch(r"(\d{4})(.*)", value)
    if match is None or calendar_interval(value) is None:
        return None
    rest = match[2]
    if rest.startswith("-W"):
        return None
    candidate = f"{int(match[1]) + years:04d}{rest}"
    if calendar_interval(candidate) is None:  # 29 February
        return None
    return candidate


def _words(words: Iterable[str], stop: Iterable[str] = ()) -> str:
    """A trigger for any of ``words`` (each word of a phrase but ``stop`` counts) inside a lower-case token."""
    stop = {"the", "a", "an", "of", "at", "in", "as", "on", "to", "this", "from", *stop}
    parts = {w for phrase in words for w in re.split(r"[\s-]+", phrase.lower()) if w and w not in stop}
    return r"(?:^|[^a-z])(?:" + "|".join(sorted(map(re.escape, parts), key=len, reverse=True)) + r")(?:[^a-z]|$)"


_MONTH_TRIGGER = _words(MONTHS)
_UNIT_TRIGGER = _words(UNITS)
_AGO_TRIGGER = r"^(?:ago|earlier|later|before|after|hence|back|now)$"

#: Which words wake which rule: a regular expression searched in each distinct lower-case token of a document.
#: A rule runs only in a window of tokens around the tokens that wake it, which keeps tagging cheap.
TRIGGERS: dict[str, str] = {
    "month-day-year": _MONTH_TRIGGER,
    "day-month-year": _MONTH_TRIGGER,
    "numeric-date": r"\d/\d|^\d{4}$",
    "month-day": _MONTH_TRIGGER,
    "day-month": _MONTH_TRIGGER,
    "second-day": r"^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$",
    "month-year": _MONTH_TRIGGER,
    "week-of": _MONTH_TRIGGER,
    "week-number": r"^week$",
    "month-rel-year": _MONTH_TRIGGER,
    "month": _MONTH_TRIGGER,
    "year": r"(?:^|\D)(?:1\d{3}|20\d\d)(?:\D|$)",
    "short-year": r"^'\d\d|^'$",
    "spoken-year": _words(["nineteen", "twenty", "thousand"]),
    "decade": r"(?:^|\D)(?:1\d|20)?\d0'?s$|^(?:1\d|20)\d0$|^'\d0s$|^'$|" + _words(
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]),
    "century": _words(["century", "centuries"]),
    "half-year": _words(["half", "quarters"]),
    "quarter": _words(["quarter", "quarters", "period"]),
    "year-ago": r"^(?:ago|earlier|before)$|year-",
    "fiscal-year": _words(["fiscal", "financial"]),
    "period-end": _words(["end", "close", "beginning", "start", "middle", "rest", "remainder", "balance"]),
    "deictic-day": _words(_DEICTIC_DAYS),
    "part-of-day": _words(["morning", "afternoon", "evening", "night", "overnight"]) + r"|mid-?(?:afternoon|morning)",
    "weekday": _words(WEEKDAYS),
    "weekend": r"weekend",
    "relative-unit": _words(["week", "month", "year", "decade", "fortnight"]),
    "relative-season": _words(SEASONS),
    "holiday": _words(HOLIDAYS, stop=("day", "eve", "st.", "jr.")),
    "ago": _AGO_TRIGGER,
    "vague-ago": _AGO_TRIGGER,
    "duration": _UNIT_TRIGGER,
    "vague-duration": _UNIT_TRIGGER,
    "unit-long": r"^(?:year|month|week|day|hour|night|decade|century)-long$|^long$",
    "the-unit": _words(["year", "month", "day", "week", "hour", "minute"]),
    "frequency": _words(FREQUENCIES),
    "every": _words(["every", "each", "per", "once", "twice", "times"]),
    "clock-time": r"\d:\d\d|^[ap]\.?m\.?$|\d[ap]\.?m|noon|midnight|midday|o'clock|morning|afternoon|evening",
    "reference": _words(REFERENCES, stop=("possible",)) + r"|^(?:current|recent|then)$",
}
# How far (in tokens) an expression may reach before and after the word that woke its rule.
_LEFT_TOKENS = 8
_RIGHT_TOKENS = 10


@cache
def _compiled_triggers() -> list[re.Pattern[str]]:
    missing = [r.name for r in RULES if r.name not in TRIGGERS]
    if missing:
        raise RuntimeError(f"temporal rules without a trigger: {missing}; add them to TRIGGERS")
    return [re.compile(TRIGGERS[r.name]) for r in RULES]


_RULES_BY_WORD: dict[str, tuple[int, ...]] = {}


def _rules_woken_by(word: str) -> tuple[int, ...]:
    rules = _RULES_BY_WORD.get(word)
    if rules is None:
        rules = tuple(i for i, t in enumerate(_compiled_triggers()) if t.search(word))
        if len(_RULES_BY_WORD) < 200_000:
            _RULES_BY_WORD[word] = rules
    return rules


def _proposals(doc: Doc, text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every match of every rule, each rule run only near the tokens that wake it."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    woken: dict[int, tuple[int, ...]] = {}
    for key in doc.count_by(LOWER):
        rules = _rules_woken_by(strings[key])
        if rules:
            woken[key] = rules
    if not woken:
        return []
    lower = doc.to_array(LOWER)
    starts = doc.to_array(IDX)
    ends = starts + doc.to_array(LENGTH)
    last = len(doc) - 1
    positions_by_rule: dict[int, list[int]] = {}
    keys = numpy.fromiter(woken, dtype=lower.dtype, count=len(woken))
    for i in numpy.flatnonzero(numpy.isin(lower, keys)).tolist():
        for order in woken[int(lower[i])]:
            positions_by_rule.setdefault(order, []).append(i)
    starts_list: list[int] = starts.tolist()
    ends_list: list[int] = ends.tolist()
    proposals = []
    for order, positions in sorted(positions_by_rule.items()):
        # An expression starts at a token at most _LEFT tokens before the word that woke its rule: try the
        # rule's pattern anchored at each of those token starts, not all along the text.
        match = RULES[order].pattern.match
        candidates: set[int] = set()
        for i in positions:
            candidates.update(range(max(0, i - _LEFT_TOKENS), i + 1))
        for j in sorted(candidates):
            m = match(text, starts_list[j], ends_list[min(last, j + _LEFT_TOKENS + _RIGHT_TOKENS)])
            if m is not None and m.end() > m.start():
                proposals.append((m.start(), m.end(), order, m))
    return proposals


def find_time_expressions(doc: Doc) -> list[TimeExpression]:
    """Every time expression in ``doc``, normalized against ``doc._.published``, sorted by start.

    Reads the parse where there is one (for the tense of the verb a bare weekday or month modifies); on a Doc
    without a parse, a bare weekday is taken as the past one, as news reports mostly do.
    """
    register_attributes()
    published = doc._.published
    if isinstance(published, datetime):
        published = published.date()  # a timestamp: its day is the anchor
    anchor = Anchor(published if isinstance(published, date) else None)
    cx = _Context(doc, anchor)
    text = cx.text
    proposals = _proposals(doc, text)
    proposals.sort(key=lambda p: (p[0] - p[1], p[2], p[0]))
    # The spans taken so far, disjoint and sorted by start: an overlap check is two bisections.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen: list[_Candidate] = []
    for start, end, order, m in proposals:
        at = bisect.bisect_left(taken_starts, end)
        if at and taken_ends[at - 1] > start:
            continue
        found = RULES[order].normalize(m, cx)
        if found is None:
            continue
        start, end = _trim(text, start, end)
        at = bisect.bisect_left(taken_starts, start)
        taken_starts.insert(at, start)
        taken_ends.insert(at, end)
        chosen.append(_Candidate(start, end, order, found[0], found[1]))
    chosen.sort(key=lambda c: c.start)
    result: list[TimeExpression] = []
    references = _References()
    for c in chosen:
        references.position = c.start
        if isinstance(c.value, _Anaphor):
            value = references.resolve(c.value)
            if not c.value.shifted:
                references.note(value, c.start)
        else:
            value = c.value
            if c.type in ("DATE", "TIME"):
                references.note(value, c.start)
        result.append(TimeExpression(start=c.start, end=c.end, text=text[c.start:c.end], type=c.type, value=value))
    return result


class TemporalTagger:
    """The ``newsgraph_temporal`` pipeline component: sets ``doc._.timexes``."""

    def __init__(self, nlp: Language, name: str = "newsgraph_temporal") -> None:
        self.name = name
        register_attributes()

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_time_expressions(doc)
        return doc


@Language.factory(
    "newsgraph_temporal",
    requires=["doc._.published", "doc.ents", "token.dep", "token.tag", "token.pos", "token.lemma"],
    assigns=["doc._.timexes"],
)
def make_temporal_tagger(nlp: Language, name: str) -> TemporalTagger:
    """Build the temporal tagger; add it after the parser and NER: ``nlp.add_pipe("newsgraph_temporal")``."""
    return TemporalTagger(nlp, name)


def tag_text(text: str, published: date | None, nlp: Language) -> list[TimeExpression]:
    """Time expressions of ``text`` with offsets into ``text``, relative ones resolved against ``published``.

    Runs ``nlp`` (its parse gives the tense); the temporal component need not be in it. A text of any length
    is read, in parts where it is long (``newsgraph.extract.pipeline.read_article``).
    """
    from newsgraph.extract.pipeline import read_article
    from newsgraph.records import Document

    register_attributes()
    doc = read_article(nlp, Document(id="text", text=text, content_hash="", published=published))
    if "newsgraph_temporal" in nlp.pipe_names and doc._.timexes is not None:
        return list(doc._.timexes)
    return find_time_expressions(doc)


# ---------------------------------------------------------------------------------------------------------------
# Event dating
# ---------------------------------------------------------------------------------------------------------------

_TEMPORAL_DEPS = {"npadvmod", "tmod", "obl", "obl:tmod", "advmod", "nmod", "nmod:tmod", "compound", "pobj",
                  "prep", "appos", "dobj", "attr", "nummod", "amod", "advcl", "pcomp", "conj"}
_LIGHT_VERBS = {"hold", "take", "begin", "start", "end", "resume", "open", "close", "conclude", "occur", "happen",
                "continue", "follow", "come"}
_REPORTING_LEMMAS = {"say", "tell", "report", "announce", "state", "add", "declare", "claim", "note", "confirm",
                     "write", "explain", "insist", "warn"}


#: Words that introduce the cause of an act: a date inside the cause is the cause's, not the act's.
_CAUSAL_WORDS = frozenset(("because", "due", "owing", "amid", "despite"))


class _TimexIndex:
    """A Doc's time expressions by position, built once per Doc.

    Dating an event then looks at the few tokens around its trigger: for each time expression, the words it
    hangs from (the word above its preposition, and up to three heads above that inside a noun phrase) point
    back to it. Scanning every expression for every trigger made dating quadratic in the article's length.
    """

    __slots__ = ("at", "starts", "timexes")

    def __init__(self, doc: Doc, timexes: list[TimeExpression]) -> None:
        self.timexes = timexes
        self.starts = [timex.start for timex in timexes]
        # token index → (distance, order, token span) of the expressions that hang from that token
        self.at: dict[int, list[tuple[int, int, int, int]]] = {}
        for order, timex in enumerate(timexes):
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = _attachment_head(span)
            near = {head.i: 0, span.root.head.i: 0}
            # inside the noun phrase of the trigger: "annexation of Crimea in 2014"
            node = head
            for depth in range(1, 4):
                if node.head is node or node.pos_ in ("VERB", "AUX") or node.lower_ in _CAUSAL_WORDS:
                    break  # "requested easier terms because of a drop in income last year": the drop's date
                node = node.head
                near.setdefault(node.i, depth)
            for i, distance in near.items():
                self.at.setdefault(i, []).append((distance, order, span.start, span.end))

    def between(self, start: int, end: int) -> list[TimeExpression]:
        """The expressions that start at a character offset in ``[start, end)``, in text order."""
        return self.timexes[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]


_INDEXES: weakref.WeakKeyDictionary[Doc, _TimexIndex] = weakref.WeakKeyDictionary()


def _timex_index(doc: Doc) -> _TimexIndex:
    index = _INDEXES.get(doc)
    timexes = doc._.timexes
    if index is None or (timexes is not None and index.timexes is not timexes):
        index = _INDEXES[doc] = _TimexIndex(doc, timexes if timexes is not None else find_time_expressions(doc))
    return index


def timexes_between(doc: Doc, start: int, end: int) -> list[TimeExpression]:
    """The time expressions the temporal tagger found in ``doc`` (none before it ran) that start at a character
    offset in ``[start, end)``, such as a sentence's, in text order."""
    if doc._.timexes is None:
        return []
    return _timex_index(doc).between(start, end)


def _attachment_head(span: Span) -> Token:
    """The word a time expression hangs from: above the preposition that introduces it ("in 2014")."""
    root = span.root
    head = root.head
    if head is root:
        return root
    if head.dep_ == "prep" and head.pos_ == "ADP" and head.head is not head:
        return head.head
    return head


def timex_for_token(doc: Doc, token: Token) -> TimeExpression | None:
    """The time expression attached to an event's trigger in the parse, or None.

    A time expression is attached to the trigger when it modifies it directly ("met on Jan. 21, 2022", "imposed
    sanctions in 2014") or sits inside the trigger's noun phrase ("Russia's
    annexation of Crimea in 2014"). A date modifying a reporting verb ("said Saturday") belongs to the report,
    not to the event reported. With a verb and its object noun, a date on either one counts ("imposed sanctions
    in 2014" dates "imposed" and "sanctions"). The nearest attachment wins, then the earlier expression.

    Example:
        >>> nlp = spacy.load("en_core_web_sm")  # doctest: +SKIP
        >>> doc = nlp.make_doc("The EU imposed sanctions in 2014.")  # doctest: +SKIP
        >>> doc._.published = date(2022, 2, 5)  # doctest: +SKIP
        >>> timex_for_token(nlp(doc), doc[2]).value  # doctest: +SKIP
        '2014'
    """
    index = _timex_index(doc)
    if not index.at:
        return None
    candidates = {token}
    # A light verb and its object name one event: "imposed sanctions", "held talks".
    if token.pos_ in ("VERB", "AUX"):
        candidates.update(c for c in token.children if c.dep_ in ("dobj", "obj", "attr"))
    elif token.dep_ in ("dobj", "obj", "attr") and token.head.pos_ == "VERB" \
            and token.head.lemma_ not in _REPORTING_LEMMAS:
        candidates.add(token.head)
    elif token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in _LIGHT_VERBS:
        candidates.add(token.head)  # "talks were held in Vienna in 2013", "the summit took place on Monday"
    best: tuple[int, int] | None = None
    for candidate in candidates:
        for distance, order, start, end in index.at.get(candidate.i, ()):
            if start <= token.i < end:  # the trigger is inside the expression
                continue
            if best is None or (distance, order) < best:
                best = (distance, order)
    return None if best is None else index.timexes[best[1]]


def event_date_for(doc: Doc, token: Token) -> EventDate | None:
    """The date of the event whose trigger is ``token``: the attached time expression as an ``EventDate``.

    Choices:
    - a calendar value (``2022-02-05``, ``2022-01``, ``2014``, ``2013-W11``, ``2013-Q1``, a decade ``199`` read
      as ``199X``, ``2022-02-05T15:00``) gives kind OCCURRED at its own precision, with its first and last day; a fuzzy
      expression ("late last month") keeps its period's precision, never a day;
    - a DURATION, a SET, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` or an unresolved value (``XXXX-WXX-6``)
      gives None: none of them says when the event happened, and a wrong date is worse than none;
    - nothing attached gives None; the event coder then uses ``EventDate.reported_by(published)``.
    """
    timex = timex_for_token(doc, token)
    if timex is None or timex.type not in ("DATE", "TIME"):
        return None
    value = timex.value
    if re.fullmatch(r"\d{2}", value):  # a century, "19" for the 1900s
        value = value + "XX"
    elif re.fullmatch(r"\d{3}", value):  # a decade, "199" for the 1990s
        value = value + "X"
    return EventDate.from_value(value, DateKind.OCCURRED)

