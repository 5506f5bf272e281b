"""How the coder decides an event's category, each rule on a hand-built parse (``tests/extract/parses.py``).

Each test states one of PLOVER's coding rules (``../shared/docs/PLOVER.md``) or a word class of English news,
and fails when the rule that implements it is deleted.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code, triples

P = "PUNCT"


def _modes(events: list) -> set[tuple[str, str | None, str | None, Mode | None]]:
    return {(e.category, e.actor or e.actor_sector, e.recipient or e.recipient_sector, e.mode) for e in events}


# -- replies: accepting or refusing what another said ---------------------------------------------------------------
SOLIDARITY = (0, 1, "solidarity", "Organization")


def test_accepting_a_request_is_agreeing_with_whoever_made_it() -> None:
    # "Solidarity agreed to Poland's request."
    rows = [("Solidarity", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 1, "prep", "ADP", "IN"), ("Poland", 5, "poss", "PROPN", "NNP"), ("'s", 3, "case", "PART", "POS"),
            ("request", 2, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [SOLIDARITY, (3, 4, "poland", "Country")])) == {("AGREE", "solidarity", "poland")}


def test_accepting_a_censure_is_a_concession() -> None:
    # "Solidarity agreed to a censure."
    rows = [("Solidarity", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 1, "prep", "ADP", "IN"), ("a", 4, "det", "DET", "DT"), ("censure", 2, "pobj", "NOUN", "NN"),
            (".", 1, "punct", P, ".")]
    assert triples(code(rows, [SOLIDARITY])) == {("CONCEDE", "solidarity", None)}


def test_an_offer_is_an_agreement_not_a_request() -> None:
    # "Washington offered military support to Lebanon."
    rows = [("Washington", 1, "nsubj", "PROPN", "NNP"), ("offered", 1, "ROOT", "VERB", "VBD", "offer"),
            ("military", 3, "amod", "ADJ", "JJ"), ("support", 1, "dobj", "NOUN", "NN"), ("to", 1, "prep", "ADP", "IN"),
            ("Lebanon", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "united-states", "Country"), (5, 6, "lebanon", "Country")])) == {
        ("AGREE", "united-states", "lebanon")}


# -- commands ----------------------------------------------------------------------------------------------------------
def test_ordering_someone_jailed_is_jailing_them() -> None:
    # "Niehaus ordered Warner jailed." / "Niehaus ordered Warner to leave."
    people = [(0, 1, "richard-niehaus", "Person"), (2, 3, "warner", "Person")]
    jailed = [("Niehaus", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
              ("Warner", 3, "nsubj", "PROPN", "NNP"), ("jailed", 1, "ccomp", "VERB", "VBN", "jail"),
              (".", 1, "punct", P, ".")]
    assert triples(code(jailed, people)) == {("COERCE", "richard-niehaus", "warner")}
    leave = [*jailed[:2], ("Warner", 1, "dobj", "PROPN", "NNP"), ("to", 4, "aux", "PART", "TO"),
             ("leave", 1, "xcomp", "VERB", "VB"), (".", 1, "punct", P, ".")]
    assert triples(code(leave, people)) == {("REQUEST", "richard-niehaus", "warner")}


# -- what an accusation says is no fact (reuters-plover README, rule 2) ---------------------------------------------
def test_saying_another_violated_an_accord_accuses_them() -> None:
    # "Turkey said Greece violated the accord."
    rows = [("Turkey", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Greece", 3, "nsubj", "PROPN", "NNP"), ("violated", 1, "ccomp", "VERB", "VBD", "violate"),
            ("the", 5, "det", "DET", "DT"), ("accord", 3, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "turkey", "Country"), (2, 3, "greece", "Country")])) == {
        ("ACCUSE", "turkey", "greece")}


def test_the_grounds_of_a_condemnation_are_no_facts() -> None:
    # "Taiwan said the pact was unfair because Washington had signed agreements with Seoul."
    rows = [("Taiwan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT"), ("pact", 4, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("unfair", 4, "acomp", "ADJ", "JJ"), ("because", 9, "mark", "SCONJ", "IN"),
            ("Washington", 9, "nsubj", "PROPN", "NNP"), ("had", 9, "aux", "AUX", "VBD", "have"),
            ("signed", 4, "advcl", "VERB", "VBN", "sign"), ("agreements", 9, "dobj", "NOUN", "NNS", "agreement"),
            ("with", 9, "prep", "ADP", "IN"), ("Seoul", 11, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    entities = [(0, 1, "taiwan", "Country"), (7, 8, "united-states", "Country"), (12, 13, "south-korea", "Country")]
    assert triples(code(rows, entities)) == {("ACCUSE", "taiwan", None)}
