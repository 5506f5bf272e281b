"""The word tables of ``data/temporal/lexicon.json`` and the regular-expression fragments the rules are built from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

_LEXICON_PATH = Path(__file__).parent.parent / "data" / "temporal" / "lexicon.json"


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


#: What no time expression follows without a space: a letter, a digit or a currency sign ("US$1987", "x1990").
GLUED = r"[\w$£€]"
#: How every rule's pattern opens (``_compile``): the tagger tries no rule where this cannot hold.
OPENING = rf"(?<!{GLUED})(?:"


def _compile(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    expanded = re.sub(r"\{([A-Z]+)\}", lambda m: FRAGMENTS[m[1]], pattern)
    return re.compile(OPENING + expanded + r")(?![\w])", flags)
