"""Conflict reporting and government statements in shapes wire copy of several decades writes them, each rule on a
hand-built parse: a place that names an act is its venue ("the Bali bombing"), suspects "in" an attack are not of
a place, what one is unwilling or fails to do is not done ("unwillingness to lay down arms"), and leaving a treaty
or a body ends cooperation (SANCTION) where troops withdrawn from a place retreat, and the host of a visit to a
city is the city's country (its predecessor's before a successor state was), a visit ended as well as one begun;
a refusal reaffirmed is a refusal, "Congo" alone is neither Congo, and "the minister" who acts is the minister
the sentence before named; a firm leaving a deal with another firm is commerce. No statistical model runs here
(``tests/extract/parses.py``).
"""

from __future__ import annotations

from datetime import date

from newsgraph.extract.gazetteer import Gazetteer
from tests.extract.parses import code, code_in, rows_of, triples

# -- a place that names an act is where it was done ---------------------------------------------------------------


def test_a_place_that_names_an_attack_is_its_venue_not_its_doer() -> None:
    # "Indonesian police arrested militants in connection with the Bali bombing."
    rows = rows_of("Indonesian/1/amod/JJ police/2/nsubj/NNS arrested/2/ROOT/VBD/arrest militants/2/dobj/NNS/militant "
                   "in/2/prep/IN connection/4/pobj/NN with/5/prep/IN the/9/det/DT Bali/9/amod/NNP=PROPN "
                   "bombing/6/pobj/NN ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "indonesia", "Country"), (8, 9, "bali", "Place")])
    assert not any(e.actor == "bali" or e.recipient == "bali" for e in events)
    assert any(e.category == "COERCE" and e.actor == "indonesia" for e in events)


def test_a_country_that_names_an_attack_still_did_it() -> None:
    # "The Iraqi bombing of Kuwait City continued." — a country's adjective is the doer, not a venue
    rows = rows_of("The/2/det/DT Iraqi/2/amod/JJ bombing/5/nsubj/NN of/2/prep/IN Kuwait/3/pobj/NNP "
                   "continued/5/ROOT/VBD/continue ./5/punct/.")
    events, _ = code_in(rows, [(1, 2, "iraq", "Country"), (4, 5, "kuwait", "Country")])
    assert ("ASSAULT", "iraq", "kuwait") in triples(events)


def test_suspects_in_an_attack_named_after_a_place_are_not_that_places() -> None:
    # "Police in Indonesia arrested suspects in the Bali bombing."
    rows = rows_of("Police/3/nsubj/NNS/police in/0/prep/IN Indonesia/1/pobj/NNP arrested/3/ROOT/VBD/arrest "
                   "suspects/3/dobj/NNS/suspect in/4/prep/IN the/8/det/DT Bali/8/compound/NNP "
                   "bombing/5/pobj/NN ./3/punct/.")
    events, _ = code_in(rows, [(2, 3, "indonesia", "Country"), (7, 8, "bali", "Place")])
    assert not any(e.recipient == "bali" or e.actor == "bali" for e in events)


# -- what one is unwilling to do, or fails to do, is not done -------------------------------------------------------


def test_an_act_one_is_unwilling_to_do_is_not_done() -> None:
    # "The rebels' unwillingness to lay down their arms stalled the talks."
    rows = rows_of("The/1/det/DT rebels/3/poss/NNS/rebel '/1/case/POS unwillingness/9/nsubj/NN to/5/aux/TO "
                   "lay/3/acl/VB down/5/prt/RP their/8/poss/PRP$ arms/5/dobj/NNS/arm stalled/9/ROOT/VBD/stall "
                   "the/11/det/DT talks/9/dobj/NNS/talk ./9/punct/.")
    events, _ = code_in(rows)
    assert not any(e.category == "RETREAT" for e in events)


def test_a_withdrawal_a_country_failed_to_make_is_not_made() -> None:
    # "Syria's failure to withdraw its troops from Lebanon angered Washington."
    rows = rows_of("Syria/2/poss/NNP 's/0/case/POS failure/9/nsubj/NN to/4/aux/TO withdraw/2/acl/VB its/6/poss/PRP$ "
                   "troops/4/dobj/NNS/troop from/4/prep/IN Lebanon/7/pobj/NNP angered/9/ROOT/VBD/anger "
                   "Washington/9/dobj/NNP ./9/punct/.")
    events, _ = code_in(rows, [(0, 1, "syria", "Country"), (8, 9, "lebanon", "Country"),
                               (10, 11, "united-states", "Country")])
    assert not any(e.category == "RETREAT" for e in events)


# -- leaving a treaty or a body ends cooperation --------------------------------------------------------------------


def test_leaving_a_body_is_a_sanction_on_it() -> None:
    # "Britain withdrew from UNESCO."
    rows = rows_of("Britain/1/nsubj/NNP withdrew/1/ROOT/VBD/withdraw from/1/prep/IN UNESCO/2/pobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "united-kingdom", "Country"), (3, 4, "unesco", "Organization")])
    assert triples(events) == {("SANCTION", "united-kingdom", "unesco")}


def test_leaving_a_treaty_is_no_retreat_and_troops_leaving_a_country_still_retreat() -> None:
    # "North Korea withdrew from the treaty." — ends cooperation, with no party named to code it against
    rows = rows_of("North/1/compound/NNP Korea/2/nsubj/NNP withdrew/2/ROOT/VBD/withdraw from/2/prep/IN "
                   "the/5/det/DT treaty/3/pobj/NN ./2/punct/.")
    events, _ = code_in(rows, [(0, 2, "north-korea", "Country")])
    assert not any(e.category == "RETREAT" for e in events)
    # "Israeli troops withdrew from Lebanon."
    troops = rows_of("Israeli/1/amod/JJ troops/2/nsubj/NNS/troop withdrew/2/ROOT/VBD/withdraw from/2/prep/IN "
                     "Lebanon/3/pobj/NNP ./2/punct/.")
    events, _ = code_in(troops, [(0, 1, "israel", "Country"), (4, 5, "lebanon", "Country")])
    assert triples(events) == {("RETREAT", "israel", "lebanon")}


# -- the host of a visit is a country ---------------------------------------------------------------------------


def test_the_city_a_visit_is_to_stands_for_its_country_as_host() -> None:
    # "Nixon began a visit to Peking."
    rows = rows_of("Nixon/1/nsubj/NNP began/1/ROOT/VBD/begin a/3/det/DT visit/1/dobj/NN to/3/prep/IN "
                   "Peking/4/pobj/NNP ./1/punct/.")
    events = code(rows, [(0, 1, "richard-nixon", "Person"), (5, 6, "beijing", "Place")], date(1972, 2, 21))
    assert triples(events) == {("CONSULT", "richard-nixon", "china")}


def test_a_visit_ended_was_made_and_its_host_is_the_country_of_the_city() -> None:
    # "Chavez ended a visit to Tehran."
    rows = rows_of("Chavez/1/nsubj/NNP ended/1/ROOT/VBD/end a/3/det/DT visit/1/dobj/NN to/3/prep/IN "
                   "Tehran/4/pobj/NNP ./1/punct/.")
    events = code(rows, [(0, 1, "hugo-chavez", "Person"), (5, 6, "tehran", "Place")], date(2006, 7, 29))
    assert triples(events) == {("CONSULT", "hugo-chavez", "iran")}


def test_a_capital_before_its_successor_state_hosts_for_the_predecessor() -> None:
    # "Shultz concluded his visit to Moscow." — in 1987 the host is the Soviet Union, in 2007 Russia
    rows = rows_of("Shultz/1/nsubj/NNP concluded/1/ROOT/VBD/conclude his/3/poss/PRP$ visit/1/dobj/NN to/3/prep/IN "
                   "Moscow/4/pobj/NNP ./1/punct/.")
    entities = [(0, 1, "george-shultz", "Person"), (5, 6, "moscow", "Place")]
    assert triples(code(rows, entities, date(1987, 4, 16))) == {("CONSULT", "george-shultz", "soviet-union")}
    assert triples(code(rows, entities, date(2007, 4, 16))) == {("CONSULT", "george-shultz", "russia")}


# -- a stance affirmed again is taken again ------------------------------------------------------------------------


def test_a_refusal_reaffirmed_is_a_refusal_not_an_endorsement() -> None:
    # "Netanyahu reaffirmed Israel's refusal to negotiate with Hamas."
    rows = rows_of("Netanyahu/1/nsubj/NNP reaffirmed/1/ROOT/VBD/reaffirm Israel/4/poss/NNP 's/2/case/POS "
                   "refusal/1/dobj/NN to/6/aux/TO negotiate/4/acl/VB with/6/prep/IN Hamas/7/pobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "benjamin-netanyahu", "Person"), (2, 3, "israel", "Country"),
                               (8, 9, "hamas", "Organization")])
    assert {e.category for e in events} == {"REJECT"}


# -- a name of either Congo is given to neither ----------------------------------------------------------------------


def test_congo_alone_is_neither_congo_where_its_fuller_names_are_one() -> None:
    gazetteer = Gazetteer.default()
    assert gazetteer.known_actor("Congo") is None and gazetteer.known_actor("Congolese") is None
    brazzaville = gazetteer.known_actor("Congo Brazzaville")
    kinshasa = gazetteer.known_actor("Congo Kinshasa")
    assert brazzaville is not None and brazzaville.codes[0].code == "COG"
    assert kinshasa is not None and kinshasa.codes[0].code == "COD"


# -- "the minister" of the sentence before -----------------------------------------------------------------------


def test_the_minister_is_the_minister_the_sentence_before_named_and_no_one_untitled() -> None:
    # "Foreign Minister Qian met Albright. The minister urged Washington."
    rows = rows_of("Foreign/2/compound/NNP Minister/2/compound/NNP Qian/3/nsubj/NNP met/3/ROOT/VBD/meet "
                   "Albright/3/dobj/NNP ./3/punct/. The/7/det/DT minister/8/nsubj/NN urged/8/ROOT/VBD/urge "
                   "Washington/8/dobj/NNP ./8/punct/.")
    entities = [(2, 3, "qian-qichen", "Person"), (4, 5, "madeleine-albright", "Person"),
                (9, 10, "united-states", "Country")]
    events, _ = code_in(rows, entities)
    assert ("REQUEST", "qian-qichen", "united-states") in triples(events)
    # "Qian met Albright. The minister urged Washington." — no one was named a minister
    untitled = rows_of("Qian/1/nsubj/NNP met/1/ROOT/VBD/meet Albright/1/dobj/NNP ./1/punct/. The/5/det/DT "
                       "minister/6/nsubj/NN urged/6/ROOT/VBD/urge Washington/6/dobj/NNP ./6/punct/.")
    events, _ = code_in(untitled, [(0, 1, "qian-qichen", "Person"), (2, 3, "madeleine-albright", "Person"),
                                   (7, 8, "united-states", "Country")])
    assert not any(e.category == "REQUEST" and e.actor == "qian-qichen" for e in events)


# -- a firm walking away from another firm is commerce -----------------------------------------------------------


def test_a_firm_leaving_a_deal_with_another_firm_is_commerce_but_a_union_breaking_off_talks_is_not() -> None:
    # "Texaco Inc withdrew from the agreement with Pennzoil Co."
    rows = rows_of("Texaco/1/compound/NNP Inc/2/nsubj/NNP withdrew/2/ROOT/VBD/withdraw from/2/prep/IN the/5/det/DT "
                   "agreement/3/pobj/NN with/5/prep/IN Pennzoil/8/compound/NNP Co/6/pobj/NNP ./2/punct/.")
    events, _ = code_in(rows, [(0, 2, "texaco-inc", "Organization"), (7, 9, "pennzoil-co", "Organization")])
    assert events == []
    # "The union broke off talks with Pennzoil Co."
    union = rows_of("The/1/det/DT union/2/nsubj/NN broke/2/ROOT/VBD/break off/2/prt/RP talks/2/dobj/NNS/talk "
                    "with/4/prep/IN Pennzoil/7/compound/NNP Co/5/pobj/NNP ./2/punct/.")
    events, _ = code_in(union, [(6, 8, "pennzoil-co", "Organization")])
    assert [(e.category, e.actor_sector, e.recipient) for e in events] == [("SANCTION", "labor", "pennzoil-co")]


def test_declining_to_comment_on_a_partys_plan_refuses_no_one() -> None:
    # "Japan declined to comment on China's proposal.": refusing to say is no event, whoever the words name
    rows = rows_of("Japan/1/nsubj/NNP declined/1/ROOT/VBD/decline to/3/aux/TO comment/1/xcomp/VB on/3/prep/IN "
                   "China/7/poss/NNP 's/5/case/POS proposal/4/pobj/NN ./1/punct/.")
    events = code(rows, [(0, 1, "japan", "Country"), (5, 6, "china", "Country")])
    assert not [e for e in events if e.category == "REJECT"]


def test_a_trip_only_to_a_region_names_no_host_and_is_no_meeting() -> None:
    # "Funaro travelled to Europe." / "Funaro travelled to France." (a visit to its host, CONSULT)
    rows = rows_of("Funaro/1/nsubj/NNP travelled/1/ROOT/VBD/travel to/1/prep/IN Europe/2/pobj/NNP ./1/punct/.")
    assert code(rows, [(0, 1, "funaro", "Person"), (3, 4, "europe", "Place")]) == []
    france = [*rows[:3], ("France", 2, "pobj", "PROPN", "NNP"), rows[4]]
    assert triples(code(france, [(0, 1, "funaro", "Person"), (3, 4, "france", "Country")])) == {
        ("CONSULT", "funaro", "france")}
    # "Funaro's visit to Europe began."
    visit = rows_of("Funaro/2/poss/NNP 's/0/case/POS visit/5/nsubj/NN to/2/prep/IN Europe/3/pobj/NNP "
                    "began/5/ROOT/VBD/begin ./5/punct/.")
    assert code(visit, [(0, 1, "funaro", "Person"), (4, 5, "europe", "Place")]) == []
