"""Requests and meetings in the shapes government statements and wire copy give them, each rule on a hand-built
parse (``tests/extract/parses.py``): whom a call or a stressed need asks to act, a body met by its members'
kind, and the press, which is no party to a visit."""

from __future__ import annotations

from tests.extract.parses import code, triples

P = "PUNCT"
EGYPT = (0, 1, "egypt", "Country")


def test_calling_for_another_to_act_is_a_request_of_the_subject_of_the_for_clause() -> None:
    # "Egypt called for Israel to withdraw." The parser makes "for" the mark of the clause, not a particle of
    # "called"; the withdrawal asked for is no fact.
    rows = [("Egypt", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("for", 5, "mark", "SCONJ", "IN"), ("Israel", 5, "nsubj", "PROPN", "NNP"),
            ("to", 5, "aux", "PART", "TO"), ("withdraw", 1, "advcl", "VERB", "VB"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [EGYPT, (3, 4, "israel", "Country")])) == {("REQUEST", "egypt", "israel")}


def test_stressing_the_need_for_another_to_act_asks_it_of_them() -> None:
    # "Egypt stressed the need for Israel to withdraw."
    rows = [("Egypt", 1, "nsubj", "PROPN", "NNP"), ("stressed", 1, "ROOT", "VERB", "VBD", "stress"),
            ("the", 3, "det", "DET", "DT"), ("need", 1, "dobj", "NOUN", "NN"), ("for", 7, "mark", "SCONJ", "IN"),
            ("Israel", 7, "nsubj", "PROPN", "NNP"), ("to", 7, "aux", "PART", "TO"),
            ("withdraw", 3, "advcl", "VERB", "VB"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [EGYPT, (5, 6, "israel", "Country")])) == {("REQUEST", "egypt", "israel")}


def test_meeting_a_committee_of_creditor_banks_is_consulting_the_banks() -> None:
    # "Funaro met the steering committee of creditor banks."
    rows = [("Funaro", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("the", 4, "det", "DET", "DT"), ("steering", 4, "compound", "NOUN", "NN"),
            ("committee", 1, "dobj", "NOUN", "NN"), ("of", 4, "prep", "ADP", "IN"),
            ("creditor", 7, "compound", "NOUN", "NN"), ("banks", 5, "pobj", "NOUN", "NNS", "bank"),
            (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "dilson-funaro", "Person")])
    assert [(e.category, e.actor, e.recipient_sector) for e in events] == [("CONSULT", "dilson-funaro", "business")]


def test_journalists_visiting_are_the_press_not_a_party_to_consult() -> None:
    # "Thatcher told visiting journalists the news."
    rows = [("Thatcher", 1, "nsubj", "PROPN", "NNP"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("visiting", 3, "amod", "VERB", "VBG", "visit"), ("journalists", 1, "dative", "NOUN", "NNS", "journalist"),
            ("the", 5, "det", "DET", "DT"), ("news", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert code(rows, [(0, 1, "margaret-thatcher", "Person")]) == []


def test_a_body_of_the_other_side_is_met_as_its_members_are() -> None:
    # "met the full panel", "met the bank advisory committee": the word for the body is an object of meeting
    from newsgraph.extract.lexicon import Lexicon
    objects = {o for e in Lexicon.default().verb_entries("meet") if e.category == "CONSULT" for o in e.objects}
    assert {"panel", "committee", "commission", "creditor"} <= objects
