"""Rules for durations, sets, times of day and reference words (registered last).
"""

from __future__ import annotations

import re

from newsgraph.extract.temporal.absolute import _safe_date
from newsgraph.extract.temporal.lexicon import FREQUENCIES, FUTURE, PAST, REFERENCES, SEASONS, UNIT_VAGUE, _alt
from newsgraph.extract.temporal.relative import _DEICTIC_DAYS
from newsgraph.extract.temporal.rules import (
    Found,
    _Anaphor,
    _Context,
    _day,
    _duration,
    _month,
    _number,
    _unit,
    _weekday,
    rule,
)


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
