"""Words of 1980s wire copy whose reading turns on the phrase around them, each rule on a hand-built parse
(``tests/extract/parses.py``) that fails when the rule is deleted: a verb of force that brands its object "as"
something is a verbal attack; a firm's contract or purchase is commerce whoever the other side is.
"""

from __future__ import annotations

from newsgraph.records import Mention, Relation
from tests.extract.parses import code, coder, parse, rows_of, triples


# -- "attacked X as Y": words, not force ------------------------------------------------------------------------
def test_attacking_a_party_as_something_is_criticism_not_force() -> None:
    # "Peru attacked the IMF as an instrument ."
    rows = rows_of("Peru/1/nsubj/NNP attacked/1/ROOT/VBD/attack the/3/det/DT IMF/1/dobj/NNP as/1/prep/IN "
                   "an/6/det/DT instrument/4/pobj/NN ./1/punct/.")
    assert triples(code(rows, [(0, 1, "peru", "Country"), (3, 4, "imf", "Organization")])) == \
        {("ACCUSE", "peru", "imf")}


def test_an_attack_as_part_of_an_offensive_stays_force() -> None:
    # "Iraq attacked Iran as part of an offensive ."
    rows = rows_of("Iraq/1/nsubj/NNP attacked/1/ROOT/VBD/attack Iran/1/dobj/NNP as/1/prep/IN part/3/pobj/NN "
                   "of/4/prep/IN an/7/det/DT offensive/5/pobj/NN ./1/punct/.")
    assert triples(code(rows, [(0, 1, "iraq", "Country"), (2, 3, "iran", "Country")])) == \
        {("ASSAULT", "iraq", "iran")}


# -- a firm's trade is commerce whoever the other side is ------------------------------------------------------
_FIRM = [(0, 2, "mobil-corp", "Organization")]


def test_a_firms_contract_with_a_government_is_commerce() -> None:
    # "Mobil Corp signed a contract with China ."
    rows = rows_of("Mobil/1/compound/NNP Corp/2/nsubj/NNP signed/2/ROOT/VBD/sign a/4/det/DT contract/2/dobj/NN "
                   "with/2/prep/IN China/5/pobj/NNP ./2/punct/.")
    assert code(rows, [*_FIRM, (6, 7, "china", "Country")]) == []
    # "Japan signed an agreement with China ." — two states' agreement stays an event
    states = rows_of("Japan/1/nsubj/NNP signed/1/ROOT/VBD/sign an/3/det/DT agreement/1/dobj/NN "
                     "with/1/prep/IN China/4/pobj/NNP ./1/punct/.")
    assert triples(code(states, [(0, 1, "japan", "Country"), (5, 6, "china", "Country")]))


def test_a_states_contract_with_a_firm_is_commerce() -> None:
    # "China signed a contract with Mobil Corp ."
    rows = rows_of("China/1/nsubj/NNP signed/1/ROOT/VBD/sign a/3/det/DT contract/1/dobj/NN with/1/prep/IN "
                   "Mobil/6/compound/NNP Corp/4/pobj/NNP ./1/punct/.")
    assert code(rows, [(0, 1, "china", "Country"), (5, 7, "mobil-corp", "Organization")]) == []


def test_a_firms_purchase_of_what_another_owns_is_commerce() -> None:
    # "Mobil Corp agreed to buy Gulf Oil 's network ." — the seller is named as the owner of what is bought
    rows = rows_of("Mobil/1/compound/NNP Corp/2/nsubj/NNP agreed/2/ROOT/VBD/agree to/4/aux/TO buy/2/xcomp/VB "
                   "Gulf/6/compound/NNP Oil/8/poss/NNP 's/6/case/POS network/4/dobj/NN ./2/punct/.")
    assert code(rows, [*_FIRM, (5, 7, "gulf-oil", "Organization")]) == []


# -- ordering a state's envoys to leave expels them -----------------------------------------------------------
def test_ordering_a_states_diplomats_to_leave_expels_them() -> None:
    # "Iran ordered two British diplomats to leave ."
    rows = rows_of("Iran/1/nsubj/NNP ordered/1/ROOT/VBD/order two/4/nummod/CD British/4/amod/JJ "
                   "diplomats/1/dobj/NNS/diplomat to/6/aux/TO leave/1/xcomp/VB ./1/punct/.")
    assert triples(code(rows, [(0, 1, "iran", "Country"), (3, 4, "united-kingdom", "Country")])) == \
        {("SANCTION", "iran", "united-kingdom")}
    # the parser may read "to leave" as a relative on the diplomats
    relative = [*rows[:6], ("leave", 4, "relcl", "VERB", "VB"), rows[7]]
    assert triples(code(relative, [(0, 1, "iran", "Country"), (3, 4, "united-kingdom", "Country")])) == \
        {("SANCTION", "iran", "united-kingdom")}


def test_ordering_a_person_to_leave_still_asks_him_to() -> None:
    # "Iran ordered Warner to leave ." — no state's envoy: a request
    rows = rows_of("Iran/1/nsubj/NNP ordered/1/ROOT/VBD/order Warner/1/dobj/NNP to/4/aux/TO leave/1/xcomp/VB "
                   "./1/punct/.")
    assert {t[0] for t in triples(code(rows, [(0, 1, "iran", "Country"), (2, 3, "warner", "Person")]))} == \
        {"REQUEST"}


# -- "the administration" is a country's, never the body a person chairs ----------------------------------------
def test_the_administration_is_not_the_committee_its_critic_chairs() -> None:
    # "Committee chairman Bentsen urged the administration to act ." with Bentsen an official of the committee
    rows = rows_of("Committee/1/compound/NNP chairman/2/compound/NN Bentsen/3/nsubj/NNP urged/3/ROOT/VBD/urge "
                   "the/5/det/DT administration/3/dobj/NN to/7/aux/TO act/3/xcomp/VB ./3/punct/.")
    doc = parse(rows, [(0, 1, "finance-committee", "Organization"), (2, 3, "bentsen", "Person")])
    doc._.relations = [Relation("bentsen", "officialOf", "finance-committee",
                                Mention("", 0, 9, "Committee", 0, 60, doc.text), rule="title-chairman")]
    events = triples([event for event, _ in coder().code(doc)])
    assert {e[0] for e in events} == {"REQUEST"}
    assert not any(e[2] == "finance-committee" for e in events)


# -- a firm's fight against a bid is commerce -------------------------------------------------------------------
_GENCORP = [(0, 2, "gencorp-inc", "Organization")]


def test_fighting_back_against_a_takeover_bid_is_no_force() -> None:
    # "GenCorp Inc fought back against a takeover bid by AFG Industries Inc ."
    rows = rows_of("GenCorp/1/compound/NNP Inc/2/nsubj/NNP fought/2/ROOT/VBD/fight back/2/advmod/RB "
                   "against/2/prep/IN a/7/det/DT takeover/7/compound/NN bid/4/pobj/NN by/7/prep/IN "
                   "AFG/11/compound/NNP Industries/11/compound/NNP Inc/8/pobj/NNP ./2/punct/.")
    assert code(rows, [*_GENCORP, (9, 12, "afg-industries-inc", "Organization")]) == []
    # "Rebels fought back against Iraq ." — force against a party stays force
    rebels = rows_of("Rebels/1/nsubj/NNS/rebel fought/1/ROOT/VBD/fight back/1/advmod/RB against/1/prep/IN "
                     "Iraq/3/pobj/NNP ./1/punct/.")
    assert {t[0] for t in triples(code(rebels, [(4, 5, "iraq", "Country")]))} == {"ASSAULT"}


def test_rejecting_the_offer_after_a_takeover_bid_is_named_is_commerce() -> None:
    # "A takeover bid came , and GenCorp Inc rejected the offer ." — "the offer" is the bid named before it
    rows = rows_of("A/2/det/DT takeover/2/compound/NN bid/3/nsubj/NN came/3/ROOT/VBD/come ,/3/punct/, "
                   "and/3/cc/CC GenCorp/7/compound/NNP Inc/8/nsubj/NNP rejected/3/conj/VBD/reject the/10/det/DT "
                   "offer/8/dobj/NN ./3/punct/.")
    assert code(rows, [(6, 8, "gencorp-inc", "Organization")]) == []
    # "GenCorp Inc rejected the offer ." — an offer nothing marks as a bid may answer a union: left alone
    bare = rows_of("GenCorp/1/compound/NNP Inc/2/nsubj/NNP rejected/2/ROOT/VBD/reject the/4/det/DT "
                   "offer/2/dobj/NN ./2/punct/.")
    assert {t[0] for t in triples(code(bare, _GENCORP))} == {"REJECT"}


# -- coordinated parties that halt what they had with each other --------------------------------------------------
_IRAN_IRAQ = [(0, 1, "iran", "Country"), (2, 3, "iraq", "Country")]


def test_parties_that_broke_off_their_talks_broke_them_off_with_each_other() -> None:
    # "Iran and Iraq broke off talks ."
    rows = rows_of("Iran/3/nsubj/NNP and/0/cc/CC Iraq/0/conj/NNP broke/3/ROOT/VBD/break off/3/prt/RP "
                   "talks/3/dobj/NNS/talk ./3/punct/.")
    assert triples(code(rows, _IRAN_IRAQ)) == {("SANCTION", "iran", "iraq")}
    # "Iran and Iraq severed relations ." — relations are no event noun, but are theirs with each other
    severed = rows_of("Iran/3/nsubj/NNP and/0/cc/CC Iraq/0/conj/NNP severed/3/ROOT/VBD/sever "
                      "relations/3/dobj/NNS/relation ./3/punct/.")
    assert triples(code(severed, _IRAN_IRAQ)) == {("SANCTION", "iran", "iraq")}
    # "Iran and Iraq imposed sanctions ." — sanctions imposed together are on someone else, unnamed
    imposed = rows_of("Iran/3/nsubj/NNP and/0/cc/CC Iraq/0/conj/NNP imposed/3/ROOT/VBD/impose "
                      "sanctions/3/dobj/NNS/sanction ./3/punct/.")
    assert code(imposed, _IRAN_IRAQ) == []


# -- an amount "in" something is that thing -------------------------------------------------------------------
def test_an_amount_in_loans_approved_is_aid_not_support() -> None:
    # "The IMF approved 300 mln dlrs in loans to Nigeria ."
    rows = rows_of("The/1/det/DT IMF/2/nsubj/NNP approved/2/ROOT/VBD/approve 300/4/compound/CD mln/5/nummod/CD "
                   "dlrs/2/dobj/NNS/dlr in/5/prep/IN loans/6/pobj/NNS/loan to/2/prep/IN Nigeria/8/pobj/NNP "
                   "./2/punct/.")
    assert triples(code(rows, [(1, 2, "imf", "Organization"), (9, 10, "nigeria", "Country")])) == \
        {("AID", "imf", "nigeria")}


# -- supporting one's own course is no act toward anyone ---------------------------------------------------------
def test_supporting_its_own_programme_is_no_event() -> None:
    # "Argentina supported its programme ."
    rows = rows_of("Argentina/1/nsubj/NNP supported/1/ROOT/VBD/support its/3/poss/PRP$ programme/1/dobj/NN "
                   "./1/punct/.")
    assert code(rows, [(0, 1, "argentina", "Country")]) == []
    # "Argentina supported its ally ." — an ally may be another party: left alone
    ally = [*rows[:3], ("ally", 1, "dobj", "NOUN", "NN"), rows[4]]
    assert {t[0] for t in triples(code(ally, [(0, 1, "argentina", "Country")]))} == {"SUPPORT"}


def test_an_amount_in_loans_pledged_is_a_pledge_of_loans_to_whom_they_go() -> None:
    # "Japan pledged 500 mln dlrs in loans to the Philippines ."
    rows = rows_of("Japan/1/nsubj/NNP pledged/1/ROOT/VBD/pledge 500/3/compound/CD mln/4/nummod/CD "
                   "dlrs/1/dobj/NNS/dlr in/4/prep/IN loans/5/pobj/NNS/loan to/6/prep/IN the/9/det/DT "
                   "Philippines/7/pobj/NNP ./1/punct/.")
    assert triples(code(rows, [(0, 1, "japan", "Country"), (9, 10, "philippines", "Country")])) == \
        {("AGREE", "japan", "philippines")}
