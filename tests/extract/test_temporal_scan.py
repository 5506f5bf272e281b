"""The temporal tagger's scan for proposals skips token starts no rule can open at; it must propose exactly what
trying every rule at every token start near the words that wake it proposes."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.attributes import doc_text
from newsgraph.extract.temporal.finder import (
    _LEFT_TOKENS,
    _RIGHT_TOKENS,
    TRIGGERS,
    _proposals,
    _rule_openings,
    _rules_woken_by,
)
from newsgraph.extract.temporal.rules import RULES
from newsgraph.extract.temporal.starts import first_characters

TEXTS = [
    # dates glued to punctuation, currency and units ("1987,", "$1990", "x1990", "12th."), and numbers that are none
    "On March 3, 1987, the bank said profits rose 12 pct to $1990 mln in 1986/87, from x1990 a year earlier.",
    "The talks, held from June 5 to June 7 1985, ended on the 12th. Officials met again on Monday (Feb 2).",
    # text outside ASCII at a token's start and inside words: quotes, dashes, euros, accented names
    "«Next week» the Zürich office—closed since mid-2003—reopens; “last Tuesday” it paid €5 million in ’87.",
    "Élections are due in the autumn of 2024 and every four years after that; ıt was said at 10:30 a.m. today.",
    # a match that opens outside ASCII: case folding reads "ſ" as "s" ("ſeptember 5" is a date to the rules)
    "\u017feptember 5 and March 3, 1987 were named.",
    # reference words, durations and frequencies
    "For the time being, the ministry will report twice a month, as it has for the past three decades.",
    "The 1990s began badly: in the first half of 1990 and the fourth quarter, sales fell for two weeks running.",
    "",
]


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _tried_everywhere(doc: Doc, text: str) -> list[tuple[int, int, int]]:
    """The definition: each rule tried at every token start up to _LEFT_TOKENS before a word that wakes it."""
    found = []
    for order, rule in enumerate(RULES):
        trigger = re.compile(TRIGGERS[rule.name])
        woken = [t.i for t in doc if trigger.search(t.lower_)]
        starts = sorted({j for i in woken for j in range(max(0, i - _LEFT_TOKENS), i + 1)})
        for j in starts:
            last = doc[min(len(doc) - 1, j + _LEFT_TOKENS + _RIGHT_TOKENS)]
            m = rule.pattern.match(text, doc[j].idx, last.idx + len(last))
            if m is not None and m.end() > m.start():
                found.append((m.start(), m.end(), order))
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_proposals_are_those_of_trying_every_start(blank: Language, text: str) -> None:
    doc = blank(text)
    proposed = [(start, end, order) for start, end, order, _ in _proposals(doc, doc_text(doc))]
    assert proposed == _tried_everywhere(doc, doc_text(doc))


def test_texts_propose_dates_so_the_comparison_means_something(blank: Language) -> None:
    doc = blank(TEXTS[0])
    assert any(doc_text(doc)[s:e] == "March 3, 1987" for s, e, _, _ in _proposals(doc, doc_text(doc)))


def test_every_rule_names_the_characters_it_opens_with() -> None:
    # All the rules are read (none falls back to "any character"): where one is not, the scan tries it everywhere
    # and is slower, though no less exact.
    openings = _rule_openings()
    assert len(openings) == len(RULES)
    named = dict(zip((r.name for r in RULES), openings, strict=True))
    assert all(len(opening) < 100 for opening in openings), [name for name, o in named.items() if len(o) >= 100]
    second_day = named["second-day"]
    assert set("0123456789") <= second_day and "a" not in second_day and "" not in second_day


def test_first_characters_never_leaves_a_character_out() -> None:
    assert first_characters(re.compile(r"(?<!\w)(?:the\s+)?\d+", re.IGNORECASE)) == frozenset("0123456789Tt")
    assert first_characters(re.compile(r"(?:ab|c?d)e")) == frozenset("acd")
    assert first_characters(re.compile(r"[^0-9]x")) == frozenset(chr(i) for i in range(128)) - set("0123456789")
    assert first_characters(re.compile(r"[a-c]", re.IGNORECASE)) == frozenset("abcABC")
    # what it cannot tell is "any character": an empty start, any character, a letter outside ASCII that case
    # folding matches to one inside it ("ſ" is "s" under IGNORECASE)
    assert first_characters(re.compile(r"x?")) is None
    assert first_characters(re.compile(r"(?:the\s+)?.")) is None
    assert first_characters(re.compile("\u017fx", re.IGNORECASE)) is None
    assert re.compile("\u017fx", re.IGNORECASE).match("sx")  # why: the fold


def test_a_word_wakes_exactly_the_rules_whose_triggers_find_it(blank: Language) -> None:
    # the one search over every trigger (``_any_trigger``) only spares words no trigger finds
    words = {t.lower_ for text in TEXTS for t in blank(text)} | {"'87", "mid-morning", "year-end", "weekend",
                                                                  "noon", "twenties", "fiscal", "nineteen", "century",
                                                                  "year-long", "long", "weekly"}
    expected = {w: tuple(i for i, r in enumerate(RULES) if re.search(TRIGGERS[r.name], w)) for w in words}
    assert {w: _rules_woken_by(w) for w in words} == expected
    # the words are of every kind, so that the comparison means something
    assert {i for rules in expected.values() for i in rules} == set(range(len(RULES)))
