"""The anchor: turning relative positions ("last Friday", "next month") into TIMEX3 values against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from newsgraph.extract.temporal.lexicon import FUTURE, HOLIDAYS, PAST, SEASON_ORDER, UNKNOWN, WEEKDAYS


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
