"""Who is no recipient of an act: the treaty parties sign (a Concept, linking.py), an official's own country, the
source a clause is told by."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.extract.linking import EntityLinker
from tests.extract.parses import Row, code, triples, vocab


def test_a_treaty_the_ner_calls_an_organization_is_a_concept() -> None:
    # "Washington and Pyongyang signed the Agreed Framework." / "withdrew from the Non-Proliferation Treaty"
    doc = Doc(vocab(), words=["They", "signed", "the", "Agreed", "Framework", "and", "left", "the",
                              "Non-Proliferation", "Treaty", "."])
    doc.ents = [Span(doc, 3, 5, label="ORG"), Span(doc, 8, 10, label="ORG")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert {info.label: info.type for info in doc._.entities.values()} == {
        "Agreed Framework": "Concept", "Non-Proliferation Treaty": "Concept"}


def test_the_parties_that_sign_a_treaty_are_each_others_recipients_not_the_treaty() -> None:
    rows: list[Row] = [
        ("Washington", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
        ("Pyongyang", 0, "conj", "PROPN", "NNP"), ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("the", 6, "det", "DET", "DT"), ("Agreed", 6, "compound", "PROPN", "NNP"),
        ("Framework", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "united-states", "Country"), (2, 3, "north-korea", "Country"),
                                (5, 7, "agreed-framework", "Concept")]))
    assert found & {("SUPPORT", "united-states", "north-korea"), ("SUPPORT", "north-korea", "united-states")}
    assert not any(recipient == "agreed-framework" for _, _, recipient in found)


def test_an_officials_own_country_is_not_whom_the_official_asks() -> None:
    # "Biden called for the release of Americans."
    rows: list[Row] = [
        ("Biden", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), ("release", 2, "pobj", "NOUN", "NN"),
        ("of", 4, "prep", "ADP", "IN"), ("Americans", 5, "pobj", "PROPN", "NNPS", "American"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "joe-biden", "Person"), (6, 7, "united-states", "Country")]))
    assert ("REQUEST", "joe-biden", "united-states") not in found


def test_the_source_a_clause_is_told_by_is_not_what_was_demanded() -> None:
    # "Yabunaka demanded that Pyongyang account for them, Japanese officials said.", with "account" read as a
    # noun and the source tag "Japanese officials said" hung on "demanded" as what was demanded
    rows: list[Row] = [
        ("Yabunaka", 1, "nsubj", "PROPN", "NNP"), ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
        ("that", 10, "mark", "SCONJ", "IN"), ("Pyongyang", 4, "nsubj", "PROPN", "NNP"),
        ("account", 10, "ccomp", "NOUN", "NN"), ("for", 4, "prep", "ADP", "IN"),
        ("them", 5, "pobj", "PRON", "PRP", "they"), (",", 10, "punct", "PUNCT", ","),
        ("Japanese", 9, "amod", "ADJ", "JJ"), ("officials", 10, "nsubj", "NOUN", "NNS", "official"),
        ("said", 1, "ccomp", "VERB", "VBD", "say"), (".", 1, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "mitoji-yabunaka", "Person"), (3, 4, "north-korea", "Country"),
                                (8, 9, "japan", "Country")]))
    assert ("REQUEST", "mitoji-yabunaka", "japan") not in found


def test_a_judgement_of_a_measure_is_aimed_at_who_took_it() -> None:
    # "Beijing denounced the controls Washington imposed."
    rows: list[Row] = [
        ("Beijing", 1, "nsubj", "PROPN", "NNP"), ("denounced", 1, "ROOT", "VERB", "VBD", "denounce"),
        ("the", 3, "det", "DET", "DT"), ("controls", 1, "dobj", "NOUN", "NNS", "control"),
        ("Washington", 5, "nsubj", "PROPN", "NNP"), ("imposed", 3, "relcl", "VERB", "VBD", "impose"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "china", "Country"), (4, 5, "united-states", "Country")]))
    assert ("ACCUSE", "china", "united-states") in found


def test_a_judgement_in_a_relative_clause_is_aimed_at_who_took_the_measure_it_stands_for() -> None:
    # "Washington imposed controls on chips, which Beijing denounced." (the clause hung on the nearer noun)
    rows: list[Row] = [
        ("Washington", 1, "nsubj", "PROPN", "NNP"), ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
        ("controls", 1, "dobj", "NOUN", "NNS", "control"), ("on", 2, "prep", "ADP", "IN"),
        ("chips", 3, "pobj", "NOUN", "NNS", "chip"), (",", 4, "punct", "PUNCT", ","),
        ("which", 8, "dobj", "PRON", "WDT"), ("Beijing", 8, "nsubj", "PROPN", "NNP"),
        ("denounced", 4, "relcl", "VERB", "VBD", "denounce"), (".", 1, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "united-states", "Country"), (7, 8, "china", "Country")]))
    assert ("ACCUSE", "china", "united-states") in found
