"""Wire copy whose letter case says nothing, recased before the model (``newsgraph.extract.casing``).

The rules are tested on small hand-made tables, so that a test says which table entry a rule reads; one test runs
the whole pipeline to show that the model reads the recased text while every mention quotes the article's own.
"""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from newsgraph.extract.casing import EnglishWords, Recaser
from newsgraph.extract.pipeline import load_pipeline, read_article
from newsgraph.records import Document

_NAMES = {"u.s": "U.S", "u.k": "U.K", "venezuela": "Venezuela", "brazil": "Brazil", "soviet union": "Soviet Union",
          "united states": "United States", "tass": "TASS", "cuba": "Cuba", "congress": "Congress"}
_ENGLISH = EnglishWords(
    {"noun": ["official", "complaint", "budget", "congress", "decision", "union", "rice", "import", "kennedy",
              "detail", "government", "aggression"],
     "verb": ["accuse", "prepare", "show", "say", "rise"], "noun2": ["rose"], "adj": ["senior"]},
    {"verb": {"said": ["say"]}},
    {"noun": [("s", ""), ("ies", "y")], "verb": [("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")]})
_STOP = frozenset({"against", "today", "in", "the", "it", "is", "of", "a", "has", "with", "to", "and", "that", "its",
                   "he", "this"})


def _known(form: str) -> bool:
    return form in {"U.S.", "U.K.", "Congress", "U.S. Congress", "TASS"}


@pytest.fixture(scope="module")
def recase() -> Recaser:
    return Recaser(_NAMES.get, {"venezuela", "brazil", "cuba", "venezuelan"}, _ENGLISH, _STOP, _known,
                   title_words={"president"}, surnames={"kennedy"})


@pytest.mark.parametrize(("text", "expected"), [
    # the 1980s recaser's capital after "U.S.": a common word, the name not going on
    ("At the talks U.S. Officials said Japan was slow.", "At the talks U.S. officials said Japan was slow."),
    ("recent U.S. Complaints about Japan's policy", "recent U.S. complaints about Japan's policy"),
    ("the huge U.S. Budget deficit", "the huge U.S. budget deficit"),
    ("a senior U.K. Official replied.", "a senior U.K. official replied."),
    # a name that goes on, a known name, no English word, a stop word (a sentence may start), a person's initials
    ("the U.S. Agriculture Department said", "the U.S. Agriculture Department said"),
    ("the U.S. Department of Transportation said", "the U.S. Department of Transportation said"),
    ("the U.S. Congress passed it", "the U.S. Congress passed it"),
    ("rose in the U.S. Quebecor said", "rose in the U.S. Quebecor said"),
    ("sold in the U.S. It said the price fell", "sold in the U.S. It said the price fell"),
    ("a drop in U.S. January orders", "a drop in U.S. January orders"),
    ("E.F. Details said", "E.F. Details said"),
])
def test_a_capital_after_an_initialism_is_lowered_where_the_recaser_put_it(recase: Recaser, text: str,
                                                                        expected: str) -> None:
    assert recase(text) == expected


def test_copy_in_capitals_gets_the_case_news_writes(recase: Recaser) -> None:
    text = "THE SOVIET UNION ACCUSED THE UNITED STATES OF PREPARING AGGRESSION AGAINST CUBA, TASS SAID."
    assert recase(text) == "The Soviet Union accused the United States of preparing aggression against Cuba, TASS said."
    # a word that is no English word stays a name; after a title a known surname is the person
    assert recase("PRESIDENT KENNEDY SAID AZPURUA ACCUSED CUBA.") == "President Kennedy said Azpurua accused Cuba."
    assert recase("RICE IMPORTS ROSE IN CUBA TODAY.") == "Rice imports rose in Cuba today."


def test_a_short_heading_in_capitals_is_left_alone(recase: Recaser) -> None:
    assert recase("CUBA SAID\nHavana, March 3 - Cuba said.") == "CUBA SAID\nHavana, March 3 - Cuba said."


def test_copy_in_lower_case_gets_the_names_it_writes_in_lower_case(recase: Recaser) -> None:
    assert recase("venezuela has shown solidarity with brazil's decision, he said.") == \
        "Venezuela has shown solidarity with Brazil's decision, he said."
    assert recase("Azpurua said venezuela has shown solidarity with brazil's decision.") == \
        "Azpurua said Venezuela has shown solidarity with Brazil's decision."


def test_a_lower_case_country_word_in_ordinary_copy_is_left_alone(recase: Recaser) -> None:
    # a capital inside the sentence shows the copy has its case: "cuba" is then not the country's name
    text = "Divers from Florida searched the cuba reef, he said."
    assert recase(text) == text
    assert recase("He said the plan would work.") == "He said the plan would work."


def test_recased_text_keeps_the_length_of_the_article(recase: Recaser) -> None:
    for text in ("THE SOVIET UNION ACCUSED THE UNITED STATES, TASS SAID.", "recent U.S. Complaints about it",
                 "venezuela has shown solidarity with brazil's decision, he said."):
        assert len(recase(text)) == len(text)


def test_the_model_reads_recased_copy_and_mentions_quote_the_article() -> None:
    text = "A ban on rice imports triggered recent U.S. Complaints about Japan's agricultural policy."
    doc = read_article(load_pipeline(), Document(id="a", text=text, content_hash="a", published=date(1987, 3, 2)))
    accusations = [e for e in doc._.events if e.category == "ACCUSE"]
    assert [(e.actor, e.recipient) for e in accusations] == [("united-states", "japan")]
    mention = accusations[0].mention
    assert mention.sentence == text
    assert mention.text == text[mention.start:mention.end] == "Complaints"


def test_the_pipeline_with_its_recaser_pickles_for_worker_processes() -> None:
    nlp = pickle.loads(pickle.dumps(load_pipeline()))
    assert nlp.get_pipe("newsgraph_gazetteer").recase("recent U.S. Complaints about it") == \
        "recent U.S. complaints about it"
