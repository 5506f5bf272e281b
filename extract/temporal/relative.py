"""Rules for relative days, weeks, months, seasons, years, holidays and "ago" expressions (registered after the
absolute rules, before the durations).
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.extract.temporal.anchor import holiday_date
from newsgraph.extract.temporal.lexicon import _NUMBER_WORDS, FUTURE, PARTS_OF_DAY, PAST, SEASONS, UNIT_VAGUE, UNKNOWN
from newsgraph.extract.temporal.rules import Found, _Anaphor, _Context, _number, _unit, _weekday, rule

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
