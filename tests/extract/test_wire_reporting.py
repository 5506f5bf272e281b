"""Wire copy of conflicts, ministry statements and other decades, each rule on a hand-built parse.

Wire reports tell violence through their sources ("..., the military said"), governments speak through
ministries and spokesmen, and older copy has its own names and turns of phrase; these tests pin the rules that
read them, so that deleting a rule fails its test. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, triples

# -- a source named after the news is no accuser ----------------------------------------------------------------

_BOMBED = [("Iraqi", 1, "amod", "ADJ", "JJ"), ("warplanes", 2, "nsubj", "NOUN", "NNS", "warplane"),
           ("bombed", 2, "ROOT", "VERB", "VBD", "bomb"), ("Tehran", 2, "dobj", "PROPN", "NNP")]


def test_a_party_that_says_another_attacked_accuses_it() -> None:
    # "Iran said Iraqi warplanes bombed Tehran." — the saying is the news: Iran's charge against Iraq
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Iraqi", 3, "amod", "ADJ", "JJ"), ("warplanes", 4, "nsubj", "NOUN", "NNS", "warplane"),
            ("bombed", 1, "ccomp", "VERB", "VBD", "bomb"), ("Tehran", 4, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country"), (2, 3, "iraq", "Country"), (5, 6, "iran", "Country")])
    assert triples(events) == {("ASSAULT", "iraq", "iran"), ("ACCUSE", "iran", "iraq")}


def test_a_source_named_after_the_news_tags_it_and_accuses_no_one() -> None:
    # "Iraqi warplanes bombed Tehran, Iran said." — the saying beside the clause tells where the news came from
    beside = [*_BOMBED, (",", 6, "punct", "PUNCT", ","), ("Iran", 6, "nsubj", "PROPN", "NNP"),
              ("said", 2, "parataxis", "VERB", "VBD", "say"), (".", 2, "punct", "PUNCT", ".")]
    entities = [(0, 1, "iraq", "Country"), (3, 4, "iran", "Country"), (5, 6, "iran", "Country")]
    assert triples(code(beside, entities)) == {("ASSAULT", "iraq", "iran")}
    # the same with the parser making the saying the root and the news its clause before it
    rooted = [("Iraqi", 1, "amod", "ADJ", "JJ"), ("warplanes", 2, "nsubj", "NOUN", "NNS", "warplane"),
              ("bombed", 6, "ccomp", "VERB", "VBD", "bomb"), ("Tehran", 2, "dobj", "PROPN", "NNP"),
              (",", 6, "punct", "PUNCT", ","), ("Iran", 6, "nsubj", "PROPN", "NNP"),
              ("said", 6, "ROOT", "VERB", "VBD", "say"), (".", 6, "punct", "PUNCT", ".")]
    assert triples(code(rooted, entities)) == {("ASSAULT", "iraq", "iran")}
