"""A headline's event and the same event in the body are one event, dated by the body."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from newsgraph.extract.events.dating import _date_from_other_telling
from newsgraph.graph.model import event_node
from newsgraph.records import DateKind, Event, EventDate
from tests.factories import mention

PUBLISHED = date(2022, 2, 5)


def told(when: EventDate, start: int = 0) -> tuple[Event, Any]:
    event = Event("REQUEST", "united-states", "japan", mention(start=start, end=start + 5), "urged", "verb:urge",
                  date=when)
    return event, SimpleNamespace(steps=[])


def test_the_headline_takes_the_date_the_body_gives_and_both_are_one_event_node() -> None:
    headline = told(EventDate.reported_by(PUBLISHED))  # "US urges Japan to consider sanctions"
    body = told(EventDate.from_value("2022-02-04", DateKind.OCCURRED), start=30)  # "... urged Japan on Friday"
    (first, _), (second, _) = _date_from_other_telling([headline, body])
    assert first.date == second.date and first.date is not None and first.date.value == "2022-02-04"
    assert event_node(first) == event_node(second)


def test_background_from_years_before_is_another_event() -> None:
    # "Russia attacked Ukraine" today, and "Russia attacked Ukraine in 2014" as background
    headline = told(EventDate.reported_by(PUBLISHED))
    background = told(EventDate.from_value("2014", DateKind.OCCURRED), start=30)
    (first, _), _ = _date_from_other_telling([headline, background])
    assert first.date == EventDate.reported_by(PUBLISHED)


def test_two_dated_tellings_leave_the_undated_one_as_it_is() -> None:
    headline = told(EventDate.reported_by(PUBLISHED))
    monday = told(EventDate.from_value("2022-01-31", DateKind.OCCURRED), start=30)
    friday = told(EventDate.from_value("2022-02-04", DateKind.OCCURRED), start=60)
    (first, _), _, _ = _date_from_other_telling([headline, monday, friday])
    assert first.date == EventDate.reported_by(PUBLISHED)
