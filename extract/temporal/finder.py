"""Finding time expressions in a Doc: waking rules by trigger words, choosing among overlapping proposals, and
resolving anaphoric expressions against the dates the article mentioned before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.tokens import Doc

# The rule modules register their rules in RULES as they are imported, and an earlier rule wins a tie: this order
# (absolute dates, then relative ones, then durations, sets, times and reference words) is the order of the rules.
# isort: off
import newsgraph.extract.temporal.absolute
import newsgraph.extract.temporal.relative
import newsgraph.extract.temporal.durations  # noqa: F401
# isort: on
from newsgraph.extract.attributes import register_attributes
from newsgraph.extract.temporal.anchor import Anchor
from newsgraph.extract.temporal.lexicon import (
    FREQUENCIES,
    FUTURE,
    GLUED,
    HOLIDAYS,
    MONTHS,
    OPENING,
    PAST,
    REFERENCES,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from newsgraph.extract.temporal.relative import _DEICTIC_DAYS
from newsgraph.extract.temporal.rules import RULES, Value, _Anaphor, _Context
from newsgraph.extract.temporal.starts import first_characters
from newsgraph.records import Precision, TimeExpression, calendar_interval


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


#: Stands for any character outside ASCII at a token's start: every rule may start there.
_NOT_ASCII = "\x80"
_ANY_OPENING = frozenset([*map(chr, range(128)), _NOT_ASCII])


def _head(first: str) -> str:
    """A token's first character as ``_rule_openings`` names it."""
    return first if first < _NOT_ASCII else _NOT_ASCII


@cache
def _rule_openings() -> list[frozenset[str]]:
    """For each rule, the first characters a match of it may have (``_head``), read from its pattern; a token
    glued to the word before it ("" as its ``_head``) opens none."""
    openings = (first_characters(r.pattern) for r in RULES)
    return [_ANY_OPENING if found is None else found | {_NOT_ASCII} for found in openings]


@cache
def _compiled_triggers() -> list[re.Pattern[str]]:
    missing = [r.name for r in RULES if r.name not in TRIGGERS]
    if missing:
        raise RuntimeError(f"temporal rules without a trigger: {missing}; add them to TRIGGERS")
    unguarded = [r.name for r in RULES if not r.pattern.pattern.startswith(OPENING) or r.pattern.flags & re.ASCII]
    if unguarded:
        raise RuntimeError(f"temporal rules not made by lexicon._compile: {unguarded}; _proposals relies on it")
    return [re.compile(TRIGGERS[r.name]) for r in RULES]


#: The rules each lower-case word wakes, by the word's string id (the Doc's LOWER), filled as words are met.
_RULES_BY_KEY: dict[int, tuple[int, ...]] = {}

#: A match can only start where the character before it is not GLUED: every rule's pattern opens so
#: (``lexicon._compile``, checked in ``_compiled_triggers``), so a token glued to the word before it (",", "'s", "%")
#: starts none, and is not tried.
_GLUED = re.compile(GLUED)


@cache
def _any_trigger() -> re.Pattern[str]:
    """Every rule's trigger in one pattern: it finds a match in a word exactly when one of them does. Most words
    wake no rule (255 of the 8,066 words of 400 Reuters stories); one search tells so, where each trigger's own
    search cost twice as much over a new article's words."""
    return re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(t.pattern for t in _compiled_triggers())))


def _rules_woken_by(word: str) -> tuple[int, ...]:
    if not _any_trigger().search(word):
        return ()
    return tuple(i for i, t in enumerate(_compiled_triggers()) if t.search(word))


def _proposals(doc: Doc, text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every match of every rule, each rule run only near the tokens that wake it."""
    if len(doc) == 0:
        return []
    lowers, starts, lengths = doc.to_array([LOWER, IDX, LENGTH]).T.tolist()
    strings = doc.vocab.strings
    woken: dict[int, tuple[int, ...]] = {}
    for key in set(lowers):
        rules = _RULES_BY_KEY.get(key)
        if rules is None:
            rules = _rules_woken_by(strings[key])
            if len(_RULES_BY_KEY) < 200_000:
                _RULES_BY_KEY[key] = rules
        if rules:
            woken[key] = rules
    if not woken:
        return []
    positions_by_rule: dict[int, list[int]] = {}
    # A plain loop over the ids: numpy.isin cost ten times as much on a news article's few hundred tokens.
    for i, key in enumerate(lowers):
        if key in woken:
            for order in woken[key]:
                positions_by_rule.setdefault(order, []).append(i)
    # Where a match tried at each token must end: the end of the token _LEFT + _RIGHT tokens on, or the last one.
    ends = [start + length for start, length in zip(starts, lengths, strict=True)]
    reach = _LEFT_TOKENS + _RIGHT_TOKENS
    limits = ends[reach:] + [ends[-1]] * min(reach, len(ends))
    # Each token's first character as the rules' openings name it (_head), found when a rule first asks.
    heads: list[str | None] = [None] * len(lowers)
    glued = _GLUED.match
    openings = _rule_openings()
    proposals = []
    for order in sorted(positions_by_rule):
        # An expression starts at a token at most _LEFT tokens before the word that woke its rule: try the
        # rule's pattern anchored at each of those token starts, not all along the text. The positions come in
        # order, so each start is tried once, in order, without a set of them; a start whose first character
        # cannot open the rule's match is not tried (most tries failed there).
        match = RULES[order].pattern.match
        opening = openings[order]
        tried = -1
        for i in positions_by_rule[order]:
            for j in range(max(tried + 1, i - _LEFT_TOKENS), i + 1):
                head = heads[j]
                if head is None:
                    start = starts[j]
                    head = heads[j] = "" if start and glued(text, start - 1) else _head(text[start])
                if head in opening:
                    m = match(text, starts[j], limits[j])
                    if m is not None and m.end() > m.start():
                        proposals.append((m.start(), m.end(), order, m))
            tried = i
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
