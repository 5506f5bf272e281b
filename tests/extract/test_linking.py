"""Entity linking on hand-built Docs, where the statistical NER is not the point."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.extract.linking import EntityLinker
from tests.extract.parses import vocab


def test_the_angle_brackets_of_wire_copy_are_not_part_of_a_company_name() -> None:
    # "<Siemens A.G.> said" — Reuters marks company names and tickers with angle brackets
    doc = Doc(vocab(), words=["<", "Siemens", "A.G.", ">", "said", "."])
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(info.key, info.label) for info in doc._.entities.values()] == [("siemens-a-g", "Siemens A.G.")]


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    return Doc(vocab(), words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


def test_a_name_the_ner_missed_is_a_party_when_the_parse_makes_it_one() -> None:
    # "Nakasone called for action." with no entity span: the subject is a name all the same
    doc = _parsed([("Nakasone", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD"),
                   ("for", 1, "prep", "ADP", "IN"), ("action", 2, "pobj", "NOUN", "NN"),
                   (".", 1, "punct", "PUNCT", ".")])
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [("Nakasone", "PERSON", "nakasone")]
    assert doc._.entities["nakasone"].type == "Person"


def test_a_company_named_with_its_legal_form_takes_in_the_demonym_the_ner_tagged() -> None:
    # "American Motors Corp said ..." where the NER tagged only "American"
    doc = _parsed([("American", 2, "compound", "PROPN", "NNP"), ("Motors", 2, "compound", "PROPN", "NNP"),
                   ("Corp", 3, "nsubj", "PROPN", "NNP"), ("said", 3, "ROOT", "VERB", "VBD"),
                   (".", 3, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 0, 1, label="NORP")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("American Motors Corp", "ORG")]
    assert doc._.entities["american-motors-corp"].type == "Organization"


def test_a_body_word_with_the_is_an_organization_and_a_name_cut_by_the_ner_is_left_alone() -> None:
    # "The Federation asked Korean Air." — "Air" after the tagged "Korean" is no name of its own
    doc = _parsed([("The", 1, "det", "DET", "DT"), ("Federation", 2, "nsubj", "PROPN", "NNP"),
                   ("asked", 2, "ROOT", "VERB", "VBD"), ("Korean", 4, "compound", "PROPN", "NNP"),
                   ("Air", 2, "dobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 3, 4, label="NORP")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "NORP"] == [("Federation", "ORG")]


def test_months_titles_and_tickers_are_never_missed_names() -> None:
    # "Minister met <CBS> in March."
    doc = _parsed([("Minister", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
                   ("<", 3, "punct", "PUNCT", "XX"), ("CBS", 1, "dobj", "PROPN", "NNP"),
                   (">", 3, "punct", "PUNCT", "XX"), ("in", 1, "prep", "ADP", "IN"),
                   ("March", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")])
    doc = EntityLinker("newsgraph_linker")(doc)
    assert list(doc.ents) == []
