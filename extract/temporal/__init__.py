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

The modules, one per stage:

- ``lexicon``: the word tables and the regular-expression fragments built from them;
- ``anchor``: :class:`Anchor`, which resolves relative positions against the publication date, and holidays;
- ``direction``: whether an expression points to the past or the future, from tense and cue words;
- ``rules``: the rule registry, the context a normalizer reads, and anaphoric values;
- ``absolute``, ``relative``, ``durations``: the rules themselves, registered in that order (earlier wins a tie);
- ``finder``: finding the expressions in a Doc and resolving references (:func:`find_time_expressions`);
- ``component``: the spaCy component ``newsgraph_temporal`` and :func:`tag_text`;
- ``dating``: the time expression of an event's trigger (:func:`timex_for_token`, :func:`event_date_for`).

Example:
    >>> import spacy
    >>> from datetime import date
    >>> nlp = spacy.blank("en")
    >>> [(t.text, t.value) for t in tag_text("Talks resumed last month.", date(2022, 2, 5), nlp)]
    [('last month', '2022-01')]
"""

from __future__ import annotations

from newsgraph.extract.temporal.anchor import Anchor, holiday_date
from newsgraph.extract.temporal.component import TemporalTagger, make_temporal_tagger, tag_text
from newsgraph.extract.temporal.dating import event_date_for, timex_for_token, timexes_between
from newsgraph.extract.temporal.finder import find_time_expressions
from newsgraph.extract.temporal.lexicon import FUTURE, PAST, UNKNOWN

__all__ = [
    "FUTURE",
    "PAST",
    "UNKNOWN",
    "Anchor",
    "TemporalTagger",
    "event_date_for",
    "find_time_expressions",
    "holiday_date",
    "make_temporal_tagger",
    "tag_text",
    "timex_for_token",
    "timexes_between",
]
