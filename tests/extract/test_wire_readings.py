"""Readings of wire copy that gave edges an analyst would distrust: a regulator's approval of a deal, "in support
of" as the purpose of a protest, "ethnic Albanians" as Albania, whom a court grants an order, and "should have"."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.records import Event
from tests.extract.parses import Row, code, triples

P = "PUNCT"


def _triples(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]]) -> set:
    events: list[Event] = code(rows, entities)
    return triples(events)


def test_a_regulator_approving_a_deal_is_regulation_not_support() -> None:
    # "Japan approved the merger." / "Japan approved the treaty."
    merger = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("approved", 1, "ROOT", "VERB", "VBD", "approve"),
              ("the", 3, "det", "DET", "DT"), ("merger", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert _triples(merger, [(0, 1, "japan", "Country")]) == set()
    treaty = [*merger[:3], ("treaty", 1, "dobj", "NOUN", "NN"), merger[4]]
    assert _triples(treaty, [(0, 1, "japan", "Country")]) == {("SUPPORT", "japan", None)}


def test_in_support_of_is_the_purpose_of_a_protest_not_an_endorsement() -> None:
    # "Spanish teachers walked out in support of a pay claim."
    rows = [("Spanish", 1, "amod", "ADJ", "JJ"), ("teachers", 2, "nsubj", "NOUN", "NNS", "teacher"),
            ("walked", 2, "ROOT", "VERB", "VBD", "walk"), ("out", 2, "prt", "ADP", "RP"),
            ("in", 2, "prep", "ADP", "IN"), ("support", 4, "pobj", "NOUN", "NN"), ("of", 5, "prep", "ADP", "IN"),
            ("a", 9, "det", "DET", "DT"), ("pay", 9, "compound", "NOUN", "NN"), ("claim", 6, "pobj", "NOUN", "NN"),
            (".", 2, "punct", P, ".")]
    found = _triples(rows, [(0, 1, "spain", "Country")])
    assert {c for c, _, _ in found} == {"PROTEST"}
    # said in support of a party, it is an endorsement: "Spain spoke in support of Germany."
    spoke = [("Spain", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
             ("in", 1, "prep", "ADP", "IN"), ("support", 2, "pobj", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
             ("Germany", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert {c for c, _, _ in _triples(spoke, [(0, 1, "spain", "Country"), (5, 6, "germany", "Country")])} \
        == {"SUPPORT"}


def test_ethnic_albanians_are_a_people_not_albania() -> None:
    # "Serbian police arrested ethnic Albanians." / "Serbian police arrested Albanians."
    rows = [("Serbian", 1, "amod", "ADJ", "JJ"), ("police", 2, "nsubj", "NOUN", "NNS"),
            ("arrested", 2, "ROOT", "VERB", "VBD", "arrest"), ("ethnic", 4, "amod", "ADJ", "JJ"),
            ("Albanians", 2, "dobj", "PROPN", "NNPS", "albanian"), (".", 2, "punct", P, ".")]
    entities = [(0, 1, "serbia", "Country"), (4, 5, "albania", "Country")]
    assert not any("albania" in (a, r) for _, a, r in _triples(rows, entities))
    plain = [*rows[:3], ("Albanians", 2, "dobj", "PROPN", "NNPS", "albanian"), rows[5]]
    plain_entities = [(0, 1, "serbia", "Country"), (3, 4, "albania", "Country")]
    assert ("COERCE", "serbia", "albania") in _triples(plain, plain_entities)
    # as a modifier too: "Serbian police arrested ethnic Albanian immigrants."
    modifier = [*rows[:4], ("Albanian", 5, "amod", "ADJ", "JJ"),
                ("immigrants", 2, "dobj", "NOUN", "NNS", "immigrant"), (".", 2, "punct", P, ".")]
    assert not any("albania" in (a, r) for _, a, r in _triples(modifier, entities))


def test_whom_a_court_grants_an_order_is_not_whom_it_binds() -> None:
    # "The court granted Texaco an injunction against Pennzoil."
    rows = [("The", 1, "det", "DET", "DT"), ("court", 2, "nsubj", "NOUN", "NN"),
            ("granted", 2, "ROOT", "VERB", "VBD", "grant"), ("Texaco", 2, "dative", "PROPN", "NNP"),
            ("an", 5, "det", "DET", "DT"), ("injunction", 2, "dobj", "NOUN", "NN"), ("against", 5, "prep", "ADP", "IN"),
            ("Pennzoil", 6, "pobj", "PROPN", "NNP"), (".", 2, "punct", P, ".")]
    found = _triples(rows, [(3, 4, "texaco", "Organization"), (7, 8, "pennzoil", "Organization")])
    assert {r for c, _, r in found if c == "COERCE"} == {"pennzoil"}


def test_what_a_party_should_have_done_is_a_reproach_what_it_should_do_a_request() -> None:
    # "Japan said the U.S. should have consulted Tokyo." / "... should consult Tokyo."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT"), ("U.S.", 6, "nsubj", "PROPN", "NNP"), ("should", 6, "aux", "AUX", "MD"),
            ("have", 6, "aux", "AUX", "VB"), ("consulted", 1, "ccomp", "VERB", "VBN", "consult"),
            ("Tokyo", 6, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    entities = [(0, 1, "japan", "Country"), (3, 4, "united-states", "Country"), (7, 8, "japan", "Country")]
    assert ("ACCUSE", "japan", "united-states") in _triples(rows, entities)
    now = [*rows[:3], ("U.S.", 5, "nsubj", "PROPN", "NNP"), ("should", 5, "aux", "AUX", "MD"),
           ("consult", 1, "ccomp", "VERB", "VB"), ("Tokyo", 5, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    entities_now = [(0, 1, "japan", "Country"), (3, 4, "united-states", "Country"), (6, 7, "japan", "Country")]
    found = _triples(now, entities_now)
    assert ("REQUEST", "japan", "united-states") in found and not any(c == "ACCUSE" for c, _, _ in found)
