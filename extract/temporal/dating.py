"""Event dating: the time expression that modifies an event's trigger, found from the dependency parse.
"""

from __future__ import annotations

import bisect
import re
import weakref

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.temporal.finder import find_time_expressions
from newsgraph.records import DateKind, EventDate, TimeExpression

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
    in 2014" dates "imposed" and "sanctions"). The nearest attachment wins, then a date or time over a duration
    or a set, then the earlier expression.

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
    # Of two as near, a date wins over an expression that says nothing of when ("suspended a decades-old treaty on
    # Wednesday": the duration on the object is no date of the suspending, and must not hide the date that is);
    # a nearer one still wins ("offer loans on 1987 models for 24 month loans" is not dated by the model year).
    best: tuple[int, bool, int] | None = None
    for candidate in candidates:
        for distance, order, start, end in index.at.get(candidate.i, ()):
            if start <= token.i < end:  # the trigger is inside the expression
                continue
            key = (distance, index.timexes[order].type not in ("DATE", "TIME"), order)
            if best is None or key < best:
                best = key
    return None if best is None else index.timexes[best[2]]


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
