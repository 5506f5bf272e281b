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
