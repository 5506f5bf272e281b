"""Political news in shapes wire copy writes them, each rule on a hand-built parse: a place in what talks are
about is no party to them; a state is the party of its rebels' acts; what is "alleged" is no fact; voting in an
election is the election. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


def test_voting_in_an_election_is_no_agreement() -> None:
    # "Sri Lankans voted in a presidential election."
    rows = rows_of("Sri/1/compound/NNP Lankans/2/nsubj/NNPS/lankan voted/2/ROOT/VBD/vote in/2/prep/IN a/6/det/DT "
                   "presidential/6/amod/JJ election/3/pobj/NN ./2/punct/.")
    assert not code(rows, [(0, 2, "sri-lanka", "Country")])
    # a body acting by its vote still acts: "Japan voted to impose sanctions on Iran."
    rows = rows_of("Japan/1/nsubj/NNP voted/1/ROOT/VBD/vote to/3/aux/TO impose/1/xcomp/VB/impose "
                   "sanctions/3/dobj/NNS/sanction on/3/prep/IN Iran/5/pobj/NNP ./1/punct/.")
    assert ("SANCTION", "japan", "iran") in triples(code(rows, [(0, 1, "japan", "Country"), (6, 7, "iran", "Country")]))
