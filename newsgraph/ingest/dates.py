"""Publication dates: the date a page prints ("Published: 05th February 2022 11:10 PM"), and dates given as
metadata (``YYYY-MM-DD`` in a manifest, a corpus line or HTML metadata).

The patterns' building blocks are shared with :mod:`newsgraph.ingest.furniture`, which removes the same
timestamp lines once they have been read for the date.

Example:
    >>> find_page_date("Published: 05th February 2022 11:10 PM | Last Updated: 06th February 2022")
    datetime.date(2022, 2, 5)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from dateutil import parser as date_parser

__all__ = ["PAGE_DATE_RULES", "PageDateRule", "find_page_date", "parse_given_date"]

# ------------------------------------------------------------
# Building blocks of the patterns below. All are used with re.IGNORECASE unless a rule says otherwise;
# (?-i:...) marks the parts that must keep their case.

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
#: A calendar date with day, month and year, in the spellings news sites print.
_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 05th February 2022, 5 Feb. 2022
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # February 5, 2022; Feb. 5th 2022
    rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}"  # 2022-02-05 (ISO; a following T23:10 is a time)
    rf"|{_YEAR}/\d{{1,2}}/\d{{1,2}}"  # 2022/02/05
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR})"  # 05/02/2022, 05.02.2022 (read only when unambiguous)
)
_TIME = r"T?\d{1,2}(?:[:.]\d\d){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\.?)?"
_ZONE = r"(?:Z|[+-]\d\d:?\d\d|\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)"
_STAMP_KEYWORD = r"(?:(?:first|last|originally)\s+)?(?:published|posted|updated|modified|edited)"
#: "Published: 05th February 2022 11:10 PM IST", "Updated on Feb. 5, 2022, at 3:10 p.m." (date: group 1).
_STAMP = (
    rf"{_STAMP_KEYWORD}(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?:{_WEEKDAY},?\s+)?(?:{_TIME}\s*(?:{_ZONE}\s*)?,?\s*)?"
    rf"({_DATE})(?:\s*(?:,|at|-|/)?\s*{_TIME})?(?:\s*{_ZONE})?"
)
#: "Updated 3 hours ago", "Posted: 10 min ago".
_STAMP_AGO = (
    rf"{_STAMP_KEYWORD}\s*[:\-–—]?\s*(?:an?|\d+)\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago"
)


@dataclass(frozen=True, slots=True)
class PageDateRule:
    """A way pages print their publication date; ``kind`` is ``published`` or ``updated``.

    The pattern's first group is the date part, which ``dateutil`` parses.
    """

    kind: str
    pattern: re.Pattern[str]
    why: str


#: How a page states when it was published, in order of trust. A rule matches a whole segment of a line (the
#: line, or a part between "|" or "•" separators), so "Posted on March 3, 2021, the video drew ..." in a
#: paragraph is not read as a date line. "Updated" dates count only when nothing says Published or Posted.
PAGE_DATE_RULES: Final[tuple[PageDateRule, ...]] = (
    PageDateRule(
        "published",
        re.compile(rf"(?:^|(?<=[|•·]))\s*(?:(?:first|originally)\s+)?(?:published|posted)(?:\s+(?:on|at))?\s*"
                   rf"[:\-–—]?\s*(?:{_WEEKDAY},?\s+)?(?:{_TIME}\s*(?:{_ZONE}\s*)?,?\s*)?({_DATE})"
                   rf"(?:\s*(?:,|at|-|/)?\s*{_TIME})?(?:\s*{_ZONE})?(?:\s+by\s+[^|•·\n]{{1,60}})?\s*(?=[|•·]|$)",
                   re.IGNORECASE | re.MULTILINE),
        '"Published: 05th February 2022 11:10 PM", "Published on February 5, 2022", "Posted: 2022-02-05"',
    ),
    PageDateRule(
        "updated",
        re.compile(rf"(?:^|(?<=[|•·]))\s*(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*"
                   rf"(?:{_WEEKDAY},?\s+)?(?:{_TIME}\s*(?:{_ZONE}\s*)?,?\s*)?({_DATE})"
                   rf"(?:\s*(?:,|at|-|/)?\s*{_TIME})?(?:\s*{_ZONE})?\s*(?=[|•·]|$)",
                   re.IGNORECASE | re.MULTILINE),
        "\"Updated: Feb 5, 2022\": the last change, a fallback only when no line says when it was published",
    ),
)

_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def _parse_date_part(text: str) -> date | None:
    """Parse a date that names day, month and year; None when a part is missing or it is ambiguous."""
    text = text.strip()
    if m := _NUMERIC_DATE.match(text):
        first, second = int(m[1]), int(m[2])
        if first <= 12 and second <= 12 and first != second:
            return None  # 05/02/2022: the 5th of February or May 2nd; a wrong date is worse than none
    # Parse with two different defaults: a part the text does not give comes out differently, so it shows.
    try:
        one = date_parser.parse(text, default=datetime(1904, 1, 1), ignoretz=True)
        two = date_parser.parse(text, default=datetime(1905, 2, 2), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    return one.date() if one.date() == two.date() else None


def find_page_date(text: str) -> date | None:
    """The publication date a page prints, read with :data:`PAGE_DATE_RULES`; None when it prints none.

    A "Published" or "Posted" line wins over an "Updated" one wherever they are; "Last Updated" never wins
    over "Published". Nothing falls back to the day the program runs.

    Example:
        >>> find_page_date("Last Updated: 7 March 2022\\nPublished on February 5, 2022")
        datetime.date(2022, 2, 5)
        >>> find_page_date("Updated 3 hours ago") is None
        True
    """
    for rule in PAGE_DATE_RULES:
        for m in rule.pattern.finditer(text):
            found = _parse_date_part(m.group(1))
            if found is not None:
                return found
    return None


def parse_given_date(value: str) -> date | None:
    """A date given as metadata: ``YYYY-MM-DD``, optionally followed by a time (ISO 8601)."""
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
