"""Where sources disagree: two articles that report the same event or relation, differently.

Two articles tell of the same occurrence when the same sentence is in both, in the same or other words: a
rewrite, a paraphrase, two wire versions of one report. newsgraph takes two mentions, in two articles, as
*reports of one event* (or one relation) when

- the articles were published within ``WINDOW_DAYS`` days of each other (each article's publication date, or
  the date inferred for it; an article with neither is never compared);
- their sentences share at least ``SAME_SENTENCE`` of their content words (Jaccard similarity of the sets of
  words that are not stop words or numbers, as ``newsgraph.similarity`` counts them for whole articles);
- and they agree on enough to be the same report: the same actor and recipient, or the same trigger and one of
  the two participants (see ``aspects``).

Such a pair is a *disagreement* when the two differ on

- the **date**: both are dated and their intervals do not overlap ("2022-01" and "2022-01-21" overlap: the same
  summit at two precisions; "Saturday" and "Monday" do not);
- the **mode**: a plain fact in one (or recalled as history), hypothetical or negated in the other;
- the **category**, for the same actor, recipient and trigger, both in modes in which it happened or both in
  modes in which it did not (for a relation: the relation between the same two entities);
- a **participant**: the same category and trigger with the same actor but another recipient, or the other way
  round (for a relation: the same relation with another subject or object).

Two mentions are never a disagreement when each article also reports the other's version somewhere: then the
articles agree and merely report two things. Swapped participants (A→B in one, B→A in the other) are not one:
"Kishida and Biden held talks" is coded both ways.

Everything here is pure: :class:`Claim` records in, aspects out. The store
(``newsgraph.graph.merge``) finds the candidate pairs and writes what is found.

Example:
    >>> a = Claim("m1", "e1", "a1", "2022-02-05", "event", "REQUEST", "us", "japan", None, "2022-02-05",
    ...           "2022-02-05", "urg", frozenset({"urged", "japan", "consider", "sanctions", "moscow"}))
    >>> b = Claim("m2", "e2", "a2", "2022-02-06", "event", "REQUEST", "us", "japan", None, "2022-02-07",
    ...           "2022-02-07", "urg", frozenset({"urged", "japan", "consider", "sanctions", "russia"}))
    >>> corresponds(a, b), aspects(a, b)
    (True, ['date'])
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["SAME_SENTENCE", "WINDOW_DAYS", "Claim", "aspects", "corresponds", "trigger_key", "window_days"]

#: Articles published this many days apart or fewer may report the same event.
WINDOW_DAYS = 3
#: Jaccard similarity of two sentences' content words at or above which they may report the same event. On the
#: seed articles, sentences that tell the same thing in other words share 0.30-0.94 of their content words;
#: different sentences of the same story at most 0.28 (and never with the same participants and trigger).
SAME_SENTENCE = 0.3

#: Modes in which an event did not happen (PLOVER's auxiliary modes); a plain fact and one recalled as history
#: did. A future event is left out: "will meet" and "met" are often both true, at two times.
_NOT_HAPPENED = frozenset({"hypothetical", "negated"})
_HAPPENED = frozenset({None, "historical"})

_SUFFIXES = ("ing", "ed", "es", "s")


@dataclass(frozen=True, slots=True)
class Claim:
    """What one mention in one article says of an event or relation, with what is needed to compare it.

    ``actor``/``recipient`` are an event's (a relation's subject and object); ``what`` is the PLOVER category
    (the relation's name); ``earliest``/``latest`` are ISO days (``earliest`` None for "by that day"); ``trigger``
    is ``trigger_key`` of the word that named an event ("" for relations); ``words`` the sentence's content
    words. IRIs and days are plain strings.
    """

    mention: str
    fact: str
    article: str
    published: str | None
    kind: str
    what: str
    actor: str | None
    recipient: str | None
    mode: str | None
    earliest: str | None
    latest: str | None
    trigger: str
    words: frozenset[str]

    def to_json(self) -> str:
        """The claim as a JSON array of its fields, in order (compact: the support index keeps one per mention).

        >>> c = Claim("m", "f", "a", None, "event", "AID", "x", None, None, None, None, "giv", frozenset({"aid"}))
        >>> Claim.from_json(c.to_json()) == c
        True
        """
        return json.dumps([self.mention, self.fact, self.article, self.published, self.kind, self.what, self.actor,
                           self.recipient, self.mode, self.earliest, self.latest, self.trigger, sorted(self.words)],
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Claim:
        mention, fact, article, published, kind, what, actor, recipient, mode, earliest, latest, trigger, words = \
            json.loads(text)
        return cls(mention, fact, article, published, kind, what, actor, recipient, mode, earliest, latest, trigger,
                   frozenset(words))

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(p for p in (self.actor, self.recipient) if p)


def trigger_key(trigger: str) -> str:
    """The trigger's first word (the word that names the event: "hit" of "hit Ukraine", "imposed" of "imposed
    sanctions") in lower case without common inflections, so "urge", "urged", "urges" and "urging" match.

    >>> trigger_key("Imposed sanctions"), trigger_key("impose"), trigger_key("urging"), trigger_key("called on")
    ('impos', 'impos', 'urg', 'call')
    """
    words = re.findall(r"[^\W\d_]+", trigger.lower())
    if not words:
        return ""
    word = words[0]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    # The bare form of a verb whose inflections drop its final e ("tolerate", "tolerated").
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def window_days(published: str) -> list[str]:
    """The publication days an article published on ``published`` is compared with.

    >>> window_days("2022-03-01")[:2], len(window_days("2022-03-01"))
    (['2022-02-26', '2022-02-27'], 7)
    """
    day = date.fromisoformat(published).toordinal()
    return [date.fromordinal(day + delta).isoformat() for delta in range(-WINDOW_DAYS, WINDOW_DAYS + 1)]


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def corresponds(a: Claim, b: Claim) -> bool:
    """Whether two mentions may report one occurrence: other articles, published close together, the same
    kind of fact, and sentences that say nearly the same thing."""
    if a.article == b.article or a.kind != b.kind or a.published is None or b.published is None:
        return False
    gap = abs(date.fromisoformat(a.published).toordinal() - date.fromisoformat(b.published).toordinal())
    return gap <= WINDOW_DAYS and _similarity(a.words, b.words) >= SAME_SENTENCE


def _dates_apart(a: Claim, b: Claim) -> bool:
    """Both dated, and the intervals do not overlap (an unknown earliest day is open to the past)."""
    if a.latest is None or b.latest is None:
        return False
    return a.latest < (b.earliest or "") or b.latest < (a.earliest or "")


def _modes_differ(a: Claim, b: Claim) -> bool:
    return (a.mode in _HAPPENED and b.mode in _NOT_HAPPENED) or (b.mode in _HAPPENED and a.mode in _NOT_HAPPENED)


def aspects(a: Claim, b: Claim) -> list[str]:
    """What two corresponding claims differ on: ``date``, ``mode``, ``category`` (``relation``), or the role of
    the participant that differs (``actor``, ``recipient``; ``subject``, ``object``); [] when they agree or are
    not two versions of one report."""
    if a.fact == b.fact:
        return []
    same_actor, same_recipient = a.actor == b.actor, a.recipient == b.recipient
    is_event = a.kind == "event"
    if a.what != b.what:
        # Two categories are two readings of one report only when both say it happened, or neither: "has not
        # tolerated" (a negated CONCEDE) and "could not tolerate" (REJECT) tell the same thing.
        if same_actor and same_recipient and (a.trigger == b.trigger or not is_event) and not _modes_differ(a, b):
            return ["category" if is_event else "relation"]
        return []
    if not is_event or a.trigger == b.trigger:
        roles = ("actor", "recipient") if is_event else ("subject", "object")
        # Exactly one participant differs, and both articles name one there.
        if same_actor and not same_recipient and a.recipient and b.recipient:
            return [roles[1]]
        if same_recipient and not same_actor and a.actor and b.actor:
            return [roles[0]]
    if not (same_actor and same_recipient):
        return []
    found = []
    if _modes_differ(a, b):
        found.append("mode")
    if _dates_apart(a, b):
        found.append("date")
    return found
