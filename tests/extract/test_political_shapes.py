"""Political news in shapes wire copy writes them, each rule on a hand-built parse: a place in what talks are
about is no party to them; a state is the party of its rebels' acts; what is "alleged" is no fact; voting in an
election is the election. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


def _embargo_over_support(alleged: bool) -> list[str]:
    # "The Council imposed an embargo on Eritrea over its (alleged) support for Somali insurgents."
    words = ("The/1/det/DT Council/2/nsubj/NNP imposed/2/ROOT/VBD/impose an/4/det/DT embargo/2/dobj/NN "
             "on/2/prep/IN Eritrea/5/pobj/NNP over/2/prep/IN its/{s}/poss/PRP$ {a}support/7/pobj/NN for/{s}/prep/IN "
             "Somali/{i}/amod/JJ insurgents/{f}/pobj/NNS/insurgent ./2/punct/.")
    s = 10 if alleged else 9
    rows = rows_of(words.format(s=s, a="alleged/10/amod/JJ " if alleged else "", i=s + 3, f=s + 1))
    somali = s + 2
    events = code(rows, [(1, 2, "un-security-council", "Organization"), (6, 7, "eritrea", "Country"),
                         (somali, somali + 1, "somalia", "Country")])
    return sorted(e.category for e in events)


def test_what_is_alleged_is_no_fact() -> None:
    assert _embargo_over_support(alleged=False) == ["SANCTION", "SUPPORT"]
    assert _embargo_over_support(alleged=True) == ["SANCTION"]


def test_voting_in_an_election_is_no_agreement() -> None:
    # "Sri Lankans voted in a presidential election."
    rows = rows_of("Sri/1/compound/NNP Lankans/2/nsubj/NNPS/lankan voted/2/ROOT/VBD/vote in/2/prep/IN a/6/det/DT "
                   "presidential/6/amod/JJ election/3/pobj/NN ./2/punct/.")
    assert not code(rows, [(0, 2, "sri-lanka", "Country")])
    # a body acting by its vote still acts: "Japan voted to impose sanctions on Iran."
    rows = rows_of("Japan/1/nsubj/NNP voted/1/ROOT/VBD/vote to/3/aux/TO impose/1/xcomp/VB/impose "
                   "sanctions/3/dobj/NNS/sanction on/3/prep/IN Iran/5/pobj/NNP ./1/punct/.")
    assert ("SANCTION", "japan", "iran") in triples(code(rows, [(0, 1, "japan", "Country"), (6, 7, "iran", "Country")]))
