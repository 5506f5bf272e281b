"""A blank line always ends a sentence; a wrapped line does not."""

from __future__ import annotations

import spacy

from newsgraph.extract.paragraphs import mark_paragraphs


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    nlp = spacy.blank("en")
    doc = mark_paragraphs(nlp("Talks collapse in Geneva\n\nNegotiators left the city on Friday."))
    assert doc[[t.text for t in doc].index("Negotiators")].is_sent_start


def test_a_wrapped_line_is_left_to_the_parser() -> None:
    nlp = spacy.blank("en")
    doc = mark_paragraphs(nlp("The central bank said\ninterest rates would stay unchanged."))
    assert not doc[[t.text for t in doc].index("interest")].is_sent_start
