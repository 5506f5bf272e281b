"""One event told twice in an article is one edge: a headline's event is a telling of the body's, and an event
told again without its recipient on the same day is the one told with it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from newsgraph.extract.events.dating import _headline_end, _headline_retold
from newsgraph.extract.events.tellings import _without_recipient_twice
from newsgraph.records import DateKind, Event, EventDate, Mention

HEADLINE = "Biden, Xi agree to restore military contacts"
ARTICLE = (f"{HEADLINE}\n\nWOODSIDE: US President Joe Biden and Chinese President Xi Jinping agreed on Wednesday "
           "to resume military communications.\n\nThe two leaders met for four hours.")


def told(category: str, actor: str, recipient: str | None, start: int, sentence_start: int,
         when: str = "2023-11-15") -> tuple[Event, Any]:
    mention = Mention("a.txt", start, start + 5, "words", sentence_start, sentence_start + 40, "a sentence")
    event = Event(category, actor, recipient, mention, "words", "verb:test",
                  date=EventDate.from_value(when, DateKind.OCCURRED))
    return event, SimpleNamespace(steps=[])


def test_a_headline_is_its_first_line_without_a_full_stop() -> None:
    assert _headline_end(ARTICLE) == len(HEADLINE)
    # wire copy that opens with its dateline sentence has no headline line
    assert _headline_end("TOKYO, March 3 (Reuters) - Japan urged Russia to act.\n\nMore text.") is None
    # a single sentence, or a line with nothing after it, is no headline
    assert _headline_end("Japan urged Russia to act") is None
    assert _headline_end(f"{HEADLINE}\n\n") is None


def test_a_headline_event_stays_only_as_a_telling_of_the_body() -> None:
    body_start = len(HEADLINE) + 2
    half = told("AGREE", "xi-jinping", None, 15, 0)              # "Biden, Xi agree": Biden lost to the comma
    retold = told("AGREE", "joe-biden", "xi-jinping", 0, 0)     # the same words read whole
    body = told("AGREE", "joe-biden", "xi-jinping", body_start + 40, body_start)
    kept = [event for event, _ in _headline_retold([half, retold, body], ARTICLE)]
    assert kept == [retold[0], body[0]]
    assert "not coded" in half[1].steps[-1]


def test_a_text_without_a_headline_keeps_its_first_sentence_events() -> None:
    first = told("AGREE", "xi-jinping", None, 15, 0)
    assert _headline_retold([first], "Xi agreed to restore military contacts.\n\nMore text.") == [first]


def test_the_same_act_told_again_without_its_recipient_the_same_day_is_one_event() -> None:
    fought = told("ASSAULT", "cambodia", "thailand", 10, 0)        # "Thai and Cambodian soldiers exchanged fire"
    attacks = told("ASSAULT", "cambodia", None, 200, 180)          # "protesting Cambodia's attacks"
    earlier = told("ASSAULT", "cambodia", None, 400, 380, when="2008")  # "clashes in 2008": another event
    kept = [event for event, _ in _without_recipient_twice([fought, attacks, earlier])]
    assert kept == [fought[0], earlier[0]]


def test_a_headline_printed_twice_ends_at_its_second_copy() -> None:
    # a page's title, a section label, then the same headline above the story
    page = f"{HEADLINE}\n#World News\n\n{HEADLINE}\n\nWOODSIDE: Biden and Xi agreed on Wednesday to resume talks."
    second = page.index(HEADLINE, 1)
    assert _headline_end(page) == second + len(HEADLINE)
    # an event read in the second copy is a headline's: kept only as a telling of the body
    half = told("AGREE", "xi-jinping", None, second + 15, second)
    body = told("AGREE", "joe-biden", "xi-jinping", len(page) - 20, second + len(HEADLINE) + 2)
    assert [event for event, _ in _headline_retold([half, body], page)] == [body[0]]
    # a first line with no blank line after it and no second copy is no headline
    assert _headline_end(f"{HEADLINE}\n#World News\n\nWOODSIDE: Biden and Xi agreed.") is None
