"""Rules for absolute calendar dates, years, decades, quarters and fiscal periods.

The order of the rules is the order of registration in :data:`~newsgraph.extract.temporal.rules.RULES`: an earlier
rule wins a tie, so :mod:`~newsgraph.extract.temporal.finder` imports this module before the relative rules.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.extract.temporal.lexicon import FRAGMENTS, FUTURE, ORDINALS, PAST, UNKNOWN
from newsgraph.extract.temporal.rules import Found, _Anaphor, _Context, _day, _month, _number, _year, rule


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
