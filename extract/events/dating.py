"""Dating: the time expression attached to an event, in its phrase, of the meeting or earlier event it happened
at, of the statement that reports it, else the publication day as an upper bound."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from spacy.tokens import Token

from newsgraph.extract.attributes import doc_text
from newsgraph.extract.events.modes import _ModeReader
from newsgraph.extract.events.parts import _Context, _Trigger
from newsgraph.extract.events.syntax import _governing_verb, _present_tense
from newsgraph.extract.events.words import _AFTER_PREPS, _SAME_TIME_PREPS, _VERBAL_CONFLICT
from newsgraph.extract.temporal import event_date_for, timexes_between
from newsgraph.records import DateKind, Event, EventDate, Mode, Precision

_TIMEX_YEAR = re.compile(r"\b\d{4}\b")

#: How a clause hangs on the clause above it when it tells an act of that clause's time: a coordinated verb
#: ("said last week ... but he rejected any preconditions"), a participle or an infinitive ("cited Japan in 1989,
#: threatening sanctions"), a relative clause ("signed an agreement in 1993 under which Tokyo promised"), a clause
#: of time ("cut off contacts in August 2022 after Pelosi visited Taiwan"). A clausal complement (ccomp) is what
#: was said or thought, whose time is not the saying's: the reporting verb's date is used as a bound instead.
_SHARED_TIME_DEPS = frozenset(("conj", "xcomp", "advcl", "relcl", "acl"))
#: A nominal event and the verb it hangs on: "talks ... broke down earlier this month", "passed resolutions
#: demanding ...": the talks and the resolutions were held and passed in that clause's time.
_NOUN_OF_CLAUSE_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "obj", "attr"))
#: Conjunctions of a clause of time that lies before the one it hangs on ("after Pelosi visited Taiwan"): within
#: the same month or year, never the same day, so only a month's or a coarser date is shared.
_EARLIER_MARKS = frozenset(("after", "since", "once", "because", "following"))
#: Conjunctions of a clause of the same time ("when", "as", "while"); any other ("before", "until", "if",
#: "unless", "although") says the times differ or nothing happened.
_SAME_TIME_MARKS = frozenset(("when", "as", "while", "whilst", "whenever"))


#: The units of a measured distance in time between two clauses ("two months after", "a day before").
_UNITS = frozenset(("day", "week", "month", "year"))
#: A distance's count as words give it: "a day after", "three weeks before".
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: How far from the middle of a month a day shifted by months may lie and still be named by its month: "two
#: months after" is a round figure, and a day near a month's end may be in the next one.
_MID_MONTH = range(8, 24)


def _measured_distance(verb: Token) -> tuple[int, str] | None:
    """The signed distance a clause of time measures from the clause it hangs on: "a day after the military
    targeted Deif" is (-1, "day"), "two months after Bouteflika resigned" (-2, "month"), "three weeks before"
    (+3, "week"); None for any other clause. A clause with "after" or "before" the parser joined to the one
    before it ("ordered them to leave, a day after gunmen killed 26 tourists", a conjunct) is still one of time."""
    if verb.dep_ not in ("advcl", "conj"):
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if len(marks) != 1:
        return None
    sign = -1 if marks[0].lower_ == "after" else 1
    # the parser hangs the distance on the verb or on its conjunction ("two months after")
    for unit in (*verb.children, *marks[0].children):
        if unit.dep_ != "npadvmod" or unit.lemma_.lower() not in _UNITS:
            continue
        counts = [c for c in unit.children if c.dep_ in ("nummod", "det")]
        if len(counts) != 1:
            return None
        word = counts[0].lower_
        count = int(word) if word.isdigit() else _COUNTS.get(word)
        return (sign * count, unit.lemma_.lower()) if count else None
    return None


def _copula_over(noun: Token) -> Token | None:
    """The copula whose predicate a nominal event lies in, through nouns and prepositions ("was revenge for the
    killing of Soleimani in a U.S. drone strike"), or None. A copula has no time of its own: a time expression
    the parser hangs on it ("..., which the Guard said was revenge for ... last week") dates its predicate."""
    node = noun
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep", "attr", "acomp") or node.head == node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node if node.lemma_.lower() == "be" and noun.dep_ != "attr" else None
    return None


def _shifted(anchor: EventDate, distance: int, unit: str) -> EventDate | None:
    """``anchor`` moved by ``distance`` units, at the precision the distance allows: a day by days, an ISO week
    by weeks, a month by months only when the day lands mid-month (else its year), a year by years."""
    if anchor.earliest is None or anchor.latest is None:
        return None
    kind = DateKind.INFERRED if anchor.kind is DateKind.INFERRED else DateKind.OCCURRED
    day = anchor.earliest
    if unit in ("day", "week"):
        if anchor.precision is not Precision.DAY:
            return None
        moved = day + timedelta(days=distance * (7 if unit == "week" else 1))
        if unit == "day":
            return EventDate.from_value(moved.isoformat(), kind)
        year, week, _ = moved.isocalendar()
        return EventDate.from_value(f"{year}-W{week:02d}", kind)
    if unit == "month" and anchor.precision in (Precision.DAY, Precision.MONTH):
        months = day.year * 12 + day.month - 1 + distance
        year, month = divmod(months, 12)
        if anchor.precision is Precision.DAY and day.day not in _MID_MONTH:
            return EventDate.from_value(f"{year:04d}", kind) if month not in (0, 11) else None
        return EventDate.from_value(f"{year:04d}-{month + 1:02d}", kind)
    if unit == "year" and anchor.precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        return EventDate.from_value(f"{day.year + distance:04d}", kind)
    return None


def _refine_dates(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """A coarse date of an event takes the day of the same event told elsewhere in the article (a photo
    caption's "Jan. 21, 2022" for "a summit late last month"), when exactly one such day fits."""
    days: dict[tuple[str, str | None, str | None], set[EventDate]] = {}
    for event, _ in results:
        d = event.date
        if d is not None and d.kind is not DateKind.REPORTED and d.precision is Precision.DAY:
            days.setdefault((event.category, event.actor, event.recipient), set()).add(d)
    if not days:
        return results
    out: list[tuple[Event, _Trigger]] = []
    for event, trigger in results:
        d = event.date
        if d is not None and d.kind is not DateKind.REPORTED and d.precision is not Precision.DAY and \
                d.earliest is not None and d.latest is not None:
            fitting = {day for day in days.get((event.category, event.actor, event.recipient), set())
                       if day.earliest is not None and d.earliest <= day.earliest <= d.latest}
            if len(fitting) == 1:
                day = next(iter(fitting))
                trigger.steps.append(f"date {day.value}: the same event with its day elsewhere in the article")
                event = replace(event, date=day)
        out.append((event, trigger))
    return out


#: An article's opening line that is its headline: a line of its own, a blank line after it and more text after
#: that, no longer than a headline is and not ended by a sentence's full stop ("Biden, Xi agree to restore
#: military contacts"). Wire text opens with its dateline sentence instead, which ends with a full stop.
_HEADLINE = re.compile(r"\A\s*(?P<line>[^\n]{1,200}?)[ \t]*\n[ \t]*\n(?=\s*\S)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\Z")


#: A page's first line, with the page's furniture after it ("#World News") instead of a blank line.
_FIRST_LINE = re.compile(r"\A\s*(?P<line>[^\n]{1,200}?)[ \t]*\n(?=\s*\S)")
#: How far into an article a page prints its headline again.
_OPENING = 1500


def _headline_end(text: str) -> int | None:
    """Where the headline of an article ends (a character offset), or None when it opens with none. A page that
    prints its headline twice, as its title and again above the story ("Lavrov, Kerry discuss Syria ceasefire
    plan", a section label, then the same line), has its headline end at the second: what lies between is the
    page's, and the second copy is the headline too, not the story's first sentence."""
    found = _HEADLINE.match(text) or _FIRST_LINE.match(text)
    if found is None or _SENTENCE_END.search(found.group("line")):
        return None
    end = found.end("line")
    # A line of the opening that holds the headline alone, spaces and tabs aside: compared as strings, not by a
    # pattern made for each article (compiling it cost more than the rest of this module's work per article).
    headline = found.group("line").strip()
    at = end
    for line in text[end:end + _OPENING].split("\n"):
        if line.strip(" \t") == headline:
            return at + len(line)
        at += len(line) + 1
    return end if _HEADLINE.match(text) else None


def _headline_retold(results: list[tuple[Event, _Trigger]], text: str) -> list[tuple[Event, _Trigger]]:
    """A headline's event is kept only as one more telling of an event the body reports (same category, actor,
    recipient and mode). Headlines are telegraphic: commas for "and" ("Biden, Xi agree"), the present for the
    past, verbs in a sense of their own ("U.S. targets Japanese cars with tariffs"), so what the parser makes of
    one alone is often another event or half of one, and wire copy tells the headline's news again in its lead."""
    end = _headline_end(text)
    if end is None:
        return results

    def told(event: Event) -> tuple[object, ...]:
        return event.category, event.actor, event.recipient, event.mode

    body = {told(e) for e, _ in results if e.mention.start >= end}
    kept: list[tuple[Event, _Trigger]] = []
    for event, trigger in results:
        if event.mention.start < end and told(event) not in body:
            trigger.steps.append("a headline's event the body does not report: not coded")
            continue
        kept.append((event, trigger))
    return kept


#: How long before the publication day the dated telling of an undated event may lie to be the same event: the
#: news of the day or the week, never background from years before ("attacked Ukraine in 2014").
_SAME_NEWS = timedelta(days=31)


def _date_from_other_telling(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """An event the article tells with no date of its own, known only as reported by the publication day (a
    headline: "US urges Japan to consider sanctions"), takes the date of the same event told with its date
    elsewhere ("... urged Japan on Saturday"), so the headline and the body are one event, dated by the body.

    The same event: the same category, actor, recipient and mode, exactly one such dated telling, and its date
    within a month before the publication day."""
    dated: dict[tuple[object, ...], set[EventDate]] = {}
    for event, _ in results:
        d = event.date
        if d is not None and d.earliest is not None and d.latest is not None:
            dated.setdefault((event.category, event.actor, event.recipient, event.mode), set()).add(d)
    if not dated:
        return results
    out: list[tuple[Event, _Trigger]] = []
    for event, trigger in results:
        d = event.date
        if d is not None and d.earliest is None and d.latest is not None:
            reported = d.latest
            fitting = {other for other in dated.get((event.category, event.actor, event.recipient, event.mode),
                                                    set())
                       if other.latest is not None and other.earliest is not None
                       and other.latest <= reported and other.earliest >= reported - _SAME_NEWS}
            if len(fitting) == 1:
                other = next(iter(fitting))
                trigger.steps.append(f"date {other.value}: the same event told with its date elsewhere in the "
                                     "article (a headline is dated by its story)")
                event = replace(event, date=other)
        out.append((event, trigger))
    return out


class _Dater(_ModeReader):
    """Adds: the date of an event."""

    def _as_told(self, results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
        """The article's events as one telling each: a headline's only where the body tells it too, the dates
        refined, and an undated telling dated by a dated one."""
        return _date_from_other_telling(_refine_dates(_headline_retold(results, doc_text(self.doc))))

    def _date_of(self, token: Token) -> EventDate | None:
        if token.i in self._date_cache:
            return self._date_cache[token.i]
        found = None
        if self.doc._.timexes is not None:  # None: no temporal tagger ran, so nothing in the text dates it
            found = event_date_for(self.doc, token)
        if found is not None and self.inferred and not self._absolute_date(token, found):
            found = replace(found, kind=DateKind.INFERRED)
        self._date_cache[token.i] = found
        return found

    def _date_in_phrase(self, noun: Token) -> EventDate | None:
        """A date anywhere in a nominal event's own phrase, below no verb: "the invasion of Kuwait in 1990"."""
        sentence = noun.sent
        subtree = {t.i for t in noun.subtree}
        top = noun
        if noun.head.lower_ in _AFTER_PREPS | _SAME_TIME_PREPS | {"since", "before"} and noun.head != noun:
            # "following Russia's annexation of Crimea in 2014": the parser may hang the date on "following"
            top = noun.head
            subtree |= {t.i for t in top.subtree}
        for timex in timexes_between(self.doc, sentence.start_char, sentence.end_char):
            if timex.type != "DATE":
                continue
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or span.root.i not in subtree:
                continue
            node = span.root
            while node != noun and node != top and node.pos_ not in ("VERB", "AUX") and \
                    node.head != node:
                node = node.head
            if node != noun and node != top:
                continue
            found = EventDate.from_value(timex.value, DateKind.OCCURRED)
            if found is not None and self.inferred and not _TIMEX_YEAR.search(timex.text):
                found = replace(found, kind=DateKind.INFERRED)
            return found
        return None

    def _absolute_date(self, token: Token, found: EventDate) -> bool:
        """Whether the date was written with its year (then it does not depend on the publication date)."""
        sentence = token.sent
        for timex in timexes_between(self.doc, sentence.start_char, sentence.end_char):
            if timex.value.startswith(found.value[:4]) and _TIMEX_YEAR.search(timex.text):
                return True
        return False

    def _date_of_governing_clause(self, trigger: _Trigger) -> EventDate | None:
        """The date of the clause an undated event's clause hangs on (_SHARED_TIME_DEPS): background told in one
        sentence shares one time ("In 1989 Washington cited Japan ..., threatening sanctions": 1989, not the day
        of the article). Walks up at most four clauses and never through what was said (ccomp)."""
        node = trigger.head
        coarse_only = False
        for _ in range(4):
            if node.pos_ in ("NOUN", "PROPN"):
                if node.dep_ not in _NOUN_OF_CLAUSE_DEPS or node.head.pos_ not in ("VERB", "AUX"):
                    return None
                # what became of the talks ("broke down") may come after them: a coarse date only
                coarse_only = coarse_only or node.dep_ in ("nsubj", "nsubjpass")
                node = node.head
            elif node.dep_ in _SHARED_TIME_DEPS and node.head != node:
                marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
                # (a conjunct with a mark is a clause of time the parser joined as a conjunct: "..., a day after")
                if node.dep_ in ("advcl", "conj") and marks & _EARLIER_MARKS:
                    coarse_only = True
                elif node.dep_ in ("advcl", "conj") and marks - _SAME_TIME_MARKS:
                    return None
                node = node.head
            else:
                return None
            found = self._date_of(node)
            if found is None and node.pos_ in ("NOUN", "PROPN"):
                found = self._date_in_phrase(node)
            if found is not None:
                if coarse_only and found.precision in (Precision.DAY, Precision.WEEK):
                    return None
                return found
        return None

    def _date_by_distance(self, trigger: _Trigger) -> EventDate | None:
        """The date of an act told in a clause measured from another ("a day after the Israeli military
        targeted Deif", "two months after Bouteflika resigned"): the other clause's date moved by the distance.
        Without this the act took the day it was told on, or the article's, which it is not. The other clause's
        date is the nearest one up the parse (what it was said on, for "Hamas said Sunday ..., a day after")."""
        verb = trigger.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass"):
            verb = verb.head  # "a day after Hamas' attack on southern Israel triggered the war": the attack's clause
        distance = _measured_distance(verb) if verb.pos_ in ("VERB", "AUX") else None
        if distance is None:
            return None
        node = verb.head
        for _ in range(6):
            # "began firing rockets on Oct. 8, 2023, a day after ...": the date may be on the verb's complement
            anchor = next((d for n in (node, *(c for c in node.children if c.dep_ == "xcomp"))
                           if (d := self._date_of(n)) is not None), None)
            if anchor is not None and anchor.kind is not DateKind.REPORTED:
                found = _shifted(anchor, *distance)
                if found is not None:
                    trigger.steps.append(f"date {found.value}: {abs(distance[0])} {distance[1]}(s) "
                                         f"{'after' if distance[0] > 0 else 'before'} {anchor.value} "
                                         f"({node.text!r})")
                return found
            if node.head == node:
                return None
            node = node.head
        return None

    def _event_date(self, trigger: _Trigger, context: _Context, mode: Mode | None) -> EventDate | None:
        steps = trigger.steps
        candidates = [trigger.head]
        if trigger.noun is not None and trigger.noun != trigger.head:
            candidates.append(trigger.noun)
        copula = _copula_over(candidates[-1])
        if copula is not None:
            candidates.append(copula)
        for token in candidates:
            found = self._date_of(token)
            if found is None and token.pos_ in ("NOUN", "PROPN"):
                found = self._date_in_phrase(token)
            if found is not None:
                steps.append(f"date {found.value} ({found.kind.value}): the time expression attached to "
                             f"{token.text!r}")
                return found
        measured = self._date_by_distance(trigger)
        if measured is not None and mode in (None, Mode.HISTORICAL):
            return measured
        if context.historical_if_undated and mode is None:
            return None
        # the meeting or the earlier event it happened at or after: "during a summit late last month"
        verb = trigger.head if trigger.head.pos_ in ("VERB", "AUX") else _governing_verb(trigger.head)
        if verb is not None:
            for prep in verb.children:
                if prep.dep_ not in ("prep", "advcl"):
                    continue
                word = prep.lower_
                if word not in _SAME_TIME_PREPS | _AFTER_PREPS:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ not in ("pobj", "dobj") or not self._is_event_noun(pobj):
                        continue
                    found = self._date_of(pobj) or self._date_in_phrase(pobj)
                    if found is None:
                        continue
                    if word in _AFTER_PREPS and found.precision in (Precision.DAY, Precision.WEEK):
                        continue
                    steps.append(f"date {found.value}: the date of {pobj.text!r} ('{word}')")
                    return found
        if mode is None:
            found = self._date_of_governing_clause(trigger)
            if found is not None:
                steps.append(f"date {found.value}: the time of the clause it hangs on")
                return found
        # the date of the statement that reports it
        if context.reporter is not None:
            said = self._date_of(context.reporter)
            if said is not None and mode is None:
                simultaneous = (trigger.category in _VERBAL_CONFLICT and trigger.converse) or \
                    _present_tense(trigger.head)
                if simultaneous:
                    steps.append(f"date {said.value}: when it was said ({context.reporter.text!r})")
                    return said
                bound = EventDate(value=said.value, precision=said.precision, earliest=None,
                                  latest=said.latest, kind=DateKind.REPORTED)
                steps.append(f"date by {said.value}: it was reported then ({context.reporter.text!r})")
                return bound
        if mode in (Mode.HYPOTHETICAL, Mode.FUTURE, Mode.NEGATED):
            return None
        if self.published is not None:
            kind = DateKind.INFERRED if self.inferred else DateKind.REPORTED
            steps.append(f"date by {self.published.isoformat()}: the day the article was published ({kind.value})")
            return EventDate.reported_by(self.published, kind)
        return None
