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
