"""What the events coded in one Doc become as the article's: one event for each telling.

A sentence may give one event twice (a verb and its noun: "attacked ... the attack"), once with its other party
and once without, or a protest and the demand its protesters make; these keep one of each, as the graph should.
"""

from __future__ import annotations

from newsgraph.extract.events.parts import _Trigger
from newsgraph.records import Event

__all__ = ["one_telling_each"]


def one_telling_each(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """The events of a Doc with a sentence's twice-told events once, a recipient-less telling of an event told
    with one left out, and protesters' demands folded into their protest."""
    return _protest_demands(_without_recipient_twice(_dedupe(results)))


def _dedupe(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """One event per sentence, category, actor, recipient and mode: the verb's before the noun's."""
    kept: dict[tuple[object, ...], int] = {}
    out: list[tuple[Event, _Trigger]] = []
    for event, trigger in results:
        key = (event.mention.sentence_start, event.category, event.actor, event.recipient, event.mode)
        if key in kept:
            index = kept[key]
            old = out[index][0]
            if old.date is None and event.date is not None:
                out[index] = (event, trigger)
            continue
        kept[key] = len(out)
        out.append((event, trigger))
    return out


def _without_recipient_twice(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """An event without a recipient is dropped when its sentence codes the same category, actor and mode with one:
    "Wallis, attending the meeting, made the remark in talks with Saito" is one meeting, with Saito; and so it is
    when the article tells the same category, actor, mode and date with one elsewhere: "Cambodian troops opened
    fire first" and "Cambodia's unprovoked attacks" are the fighting "Thai and Cambodian soldiers exchanged"
    that day, told again without the other side."""
    def party(event: Event) -> tuple[object, ...]:
        return (event.mention.sentence_start, event.category, event.actor, event.actor_sector, event.mode)

    def same_day(event: Event) -> tuple[object, ...]:
        # the actor's sector aside: "Cambodia's attacks" are its army's, one node in the graph
        return (event.category, event.actor, event.mode, event.date.value if event.date is not None else None)

    told = [e for e, _ in results if e.recipient is not None or e.recipient_sector is not None]
    with_one = {party(e) for e in told}
    dated_with_one = {same_day(e) for e in told if e.date is not None}
    return [(e, t) for e, t in results
            if e.recipient is not None or e.recipient_sector is not None
            or (party(e) not in with_one and same_day(e) not in dated_with_one)]


def _protest_demands(results: list[tuple[Event, _Trigger]]) -> list[tuple[Event, _Trigger]]:
    """What protesters demand is the topic of their protest, not a request of its own (PLOVER manual, PROTEST;
    reuters-plover README, rule 2): "farmers demanding a better deal from the EC staged protest rallies" is one
    PROTEST."""
    protesters = {(e.mention.sentence_start, e.actor, e.actor_sector) for e, _ in results if e.category == "PROTEST"}
    return [(e, t) for e, t in results
            if e.category != "REQUEST" or (e.mention.sentence_start, e.actor, e.actor_sector) not in protesters]
