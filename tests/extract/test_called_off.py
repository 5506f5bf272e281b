"""Cooperation called off: what a deal, a plan or an offer called off was to do is not done ("scrapping deals to
buy American farm goods"), and a withdrawal from an accord ends cooperation, no retreat. No statistical model
runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples

ENTITIES = [(0, 1, "china", "Country"), (6, 7, "united-states", "Country")]
# "China was scrapping deals to buy American goods .", "to buy" hung on "scrapping" as the parser does
SCRAPPED = rows_of("China/2/nsubj/NNP was/2/aux/VBD=AUX/be scrapping/2/ROOT/VBG/scrap deals/2/dobj/NNS/deal "
                   "to/5/aux/TO buy/2/advcl/VB/buy American/7/amod/JJ goods/5/dobj/NNS/good ./2/punct/.")


def test_what_a_deal_called_off_was_to_do_is_not_done() -> None:
    assert not any(e.category == "COOPERATE" for e in code(SCRAPPED, ENTITIES))
    # and with "to buy" hung on "deals"
    rows = rows_of("China/2/nsubj/NNP was/2/aux/VBD=AUX/be scrapping/2/ROOT/VBG/scrap deals/2/dobj/NNS/deal "
                   "to/5/aux/TO buy/3/acl/VB/buy American/7/amod/JJ goods/5/dobj/NNS/good ./2/punct/.")
    assert not any(e.category == "COOPERATE" for e in code(rows, ENTITIES))


def test_calling_off_a_deal_sanctions_whom_it_was_with_and_cutting_one_makes_it() -> None:
    # "China was scrapping deals to buy American goods": the other side is whom the deal's clause names
    assert ("SANCTION", "china", "united-states") in triples(code(SCRAPPED, ENTITIES))
    # "China was cutting deals to buy American goods": "cut a deal" strikes it, no sanction
    cut = rows_of("China/2/nsubj/NNP was/2/aux/VBD=AUX/be cutting/2/ROOT/VBG/cut deals/2/dobj/NNS/deal "
                  "to/5/aux/TO buy/3/acl/VB/buy American/7/amod/JJ goods/5/dobj/NNS/good ./2/punct/.")
    assert not any(e.category == "SANCTION" for e in code(cut, ENTITIES))


def test_a_withdrawal_from_an_accord_is_no_retreat_and_troops_withdrawal_still_is() -> None:
    # "Trump announced his withdrawal from the accord with Iran." — leaving an accord ends cooperation (SANCTION)
    rows = rows_of("Trump/1/nsubj/NNP announced/1/ROOT/VBD/announce his/3/poss/PRP$ withdrawal/1/dobj/NN "
                   "from/3/prep/IN the/6/det/DT accord/4/pobj/NN with/6/prep/IN Iran/7/pobj/NNP ./1/punct/.")
    events = code(rows, [(0, 1, "donald-trump", "Person"), (8, 9, "iran", "Country")])
    assert not any(e.category == "RETREAT" for e in events)
    assert ("SANCTION", "donald-trump", "iran") in triples(events)
    # "Israel completed the withdrawal of its troops from Lebanon."
    troops = rows_of("Israel/1/nsubj/NNP completed/1/ROOT/VBD/complete the/3/det/DT withdrawal/1/dobj/NN "
                     "of/3/prep/IN its/6/poss/PRP$ troops/4/pobj/NNS/troop from/3/prep/IN Lebanon/7/pobj/NNP "
                     "./1/punct/.")
    assert any(e.category == "RETREAT" for e in code(troops, [(0, 1, "israel", "Country"),
                                                              (8, 9, "lebanon", "Country")]))


def test_a_bundle_of_measures_approved_or_suspended_is_the_measures_put_in_force_or_halted() -> None:
    # "The EU approved a package of sanctions against Russia.": approving its own sanctions is imposing them, where
    # the bare 'approve' was support of no one; what is done to the package is done to what it holds
    rows = rows_of("The/2/det/DT EU/2/compound/NNP Union/3/nsubj/NNP approved/3/ROOT/VBD/approve a/5/det/DT "
                   "package/3/dobj/NN of/5/prep/IN sanctions/6/pobj/NNS/sanction against/7/prep/IN "
                   "Russia/8/pobj/NNP ./3/punct/.")
    assert triples(code(rows, [(1, 3, "european-union", "Organization"), (9, 10, "russia", "Country")])) == {
        ("SANCTION", "european-union", "russia")}
    # "Japan suspended a package of aid to Myanmar.": halting the aid the package holds
    suspended = rows_of("Japan/1/nsubj/NNP suspended/1/ROOT/VBD/suspend a/3/det/DT package/1/dobj/NN of/3/prep/IN "
                        "aid/4/pobj/NN to/5/prep/IN Myanmar/6/pobj/NNP ./1/punct/.")
    assert triples(code(suspended, [(0, 1, "japan", "Country"), (7, 8, "myanmar", "Country")])) == {
        ("SANCTION", "japan", "myanmar")}
