"""The other party of an event where news names it away from the verb's own object: a committee of banks
conjoined with the country it deals with, a partner of talks, a visitor, each rule on a hand-built parse."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, triples


def code_in(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = ()) -> list[Event]:
    doc = parse(rows, entities)
    doc._.doc_id = "story-1"
    return [event for event, _ in coder().code(doc)]


def test_a_body_named_for_banks_further_before_it_is_a_party_of_the_banks_sector() -> None:
    # "Venezuela and its bank advisory committee agreed.": "advisory" stands between the body word and the
    # word of its kind; the committee is a party of its own, so the agreement is between the two
    rows = [("Venezuela", 6, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("its", 5, "poss", "PRON", "PRP$"), ("bank", 5, "nmod", "NOUN", "NN"),
            ("advisory", 5, "amod", "ADJ", "JJ"), ("committee", 0, "conj", "NOUN", "NN"),
            ("agreed", 6, "ROOT", "VERB", "VBD", "agree"), (".", 6, "punct", "PUNCT", ".")]
    events = code_in(rows, [(0, 1, "venezuela", "Country")])
    assert triples(events) == {("AGREE", "venezuela", "bank-advisory-committee-in-story-1")}
    # an adjective of no kind before a body word names no party: "its advisory committee" is not a group
    rows[3] = ("new", 5, "amod", "ADJ", "JJ")
    assert triples(code_in(rows, [(0, 1, "venezuela", "Country")])) == {("AGREE", "venezuela", None)}

