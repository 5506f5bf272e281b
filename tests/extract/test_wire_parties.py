"""Parties and descriptions in shapes of wire copy, each on a hand-built parse (``tests/extract/parses.py``): two
sides read as one node, an envoy summoned "to protest", and what a party does as a rule. Each test fails when the
rule it names is deleted.
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


def test_two_sides_read_as_one_node_are_one_actor_not_a_party_to_itself() -> None:
    # "Ethiopia's government and the Tigray forces agreed.", both sides read as Ethiopia (coding._pairs): no
    # agreement of Ethiopia with itself
    rows = rows_of("Ethiopia/2/poss/NNP 's/0/case/POS government/6/nsubj/NN and/2/cc/CC Tigray/5/compound/NNP "
                   "forces/2/conj/NNS/force agreed/6/ROOT/VBD/agree ./6/punct/.")
    events = code(rows, [(0, 1, "ethiopia", "Country"), (4, 5, "ethiopia", "Country")])
    assert triples(events) == {("AGREE", "ethiopia", None)}


def test_an_envoy_summoned_to_protest_is_protested_to_not_protesting() -> None:
    # "Manila summoned China's ambassador to protest." (participants: no object control after "summon")
    rows = rows_of("Manila/1/nsubj/NNP summoned/1/ROOT/VBD/summon China/4/poss/NNP 's/2/case/POS "
                   "ambassador/1/dobj/NN to/6/aux/TO protest/1/xcomp/VB ./1/punct/.")
    events = code(rows, [(0, 1, "philippines", "Country"), (2, 3, "china", "Country")])
    assert {a for _, a, _ in triples(events)} == {"philippines"}


def test_a_present_relative_clause_set_off_by_commas_describes_its_party() -> None:
    # "NATO, which leads a peacekeeping mission in Kosovo, met Serbia." (modes._standing_description): what NATO
    # does as a rule is no news of the day; the meeting is
    rows = rows_of("NATO/10/nsubj/NNP ,/0/punct/, which/3/nsubj/WDT leads/0/relcl/VBZ/lead a/6/det/DT "
                   "peacekeeping/6/compound/NN mission/3/dobj/NN in/6/prep/IN Kosovo/7/pobj/NNP ,/0/punct/, "
                   "met/10/ROOT/VBD/meet Serbia/10/dobj/NNP ./10/punct/.")
    events = code(rows, [(0, 1, "nato", "Organization"), (8, 9, "kosovo", "Country"), (11, 12, "serbia", "Country")])
    assert triples(events) == {("CONSULT", "nato", "serbia")}


def test_doers_of_a_promised_act_promise_it_together_not_to_each_other() -> None:
    # "The UN and the Church will monitor the ceasefire." (coding: a promise of peacekeeping, CAMEO 074, is AGREE,
    # but no partnership of the two)
    rows = rows_of("UN/4/nsubj/NNP and/0/cc/CC Church/0/conj/NNP will/4/aux/MD monitor/4/ROOT/VB the/6/det/DT "
                   "ceasefire/4/dobj/NN ./4/punct/.")
    events = code(rows, [(0, 1, "united-nations", "Organization"), (2, 3, "catholic-church", "Organization")])
    assert {e.category for e in events} == {"AGREE"} and len({e.actor for e in events}) == 2
    assert {e.recipient for e in events} == {None}


def test_prisoners_exchanged_are_what_is_exchanged_not_a_party() -> None:
    # "Israel and Hamas exchanged prisoners." (coding: the objects of an exchange are no recipients): each side
    # gives to the other
    rows = rows_of("Israel/3/nsubj/NNP and/0/cc/CC Hamas/0/conj/NNP exchanged/3/ROOT/VBD/exchange "
                   "prisoners/3/dobj/NNS/prisoner ./3/punct/.")
    events = code(rows, [(0, 1, "israel", "Country"), (2, 3, "hamas", "Organization")])
    assert {r for _, _, r in triples(events)} <= {"israel", "hamas"}
    assert triples(events)
