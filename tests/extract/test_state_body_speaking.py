"""The "its" of a state body that speaks, on a hand-built parse (``tests/extract/parses.py``); the test fails
when the rule is deleted."""

from __future__ import annotations

from tests.extract.parses import code, rows_of


def test_its_after_a_state_body_that_speaks_is_that_body_not_a_party_further_up() -> None:
    # "The RSF accused the army, while the military said its aircraft struck RSF positions."
    # (coreference._antecedent): "its" is the military's, never the RSF, subject of the clause further up
    rows = rows_of("RSF/1/nsubj/NNP accused/1/ROOT/VBD/accuse the/3/det/DT army/1/dobj/NN ,/1/punct/, "
                   "while/8/mark/IN the/7/det/DT military/8/nsubj/NN said/1/advcl/VBD/say its/10/poss/PRP$ "
                   "aircraft/11/nsubj/NN struck/8/ccomp/VBD/strike RSF/13/compound/NNP "
                   "positions/11/dobj/NNS/position ./1/punct/.")
    rsf = [(0, 1, "rapid-support-forces", "Organization"), (12, 13, "rapid-support-forces", "Organization")]
    strikes = [e for e in code(rows, rsf) if e.category == "ASSAULT"]
    assert strikes
    assert all(e.actor != "rapid-support-forces" for e in strikes)
    assert {e.recipient for e in strikes} == {"rapid-support-forces"}
