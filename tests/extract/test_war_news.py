"""War news in the shapes wire copy of the 1960s-2010s writes it, each rule on a hand-built parse.

Two-sided fighting ("clashed with", "fought with", "exchanged fire"), force ordered by whoever commands it,
forces moved by order, crowds dispersed, reservists called up, withdrawals "out of" a country, sanctions lifted
whose target sits in a relative clause, sanctions proposed, "government troops" of the one country a sentence
names, and the means of an attack ("with tanks"). No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.extract.parses import Row, code_in, rows_of, triples

# -- two-sided fighting ----------------------------------------------------------------------------------------

def test_troops_that_fought_with_other_troops_fought_them_both_ways_but_a_trade_fight_is_none() -> None:
    # "Chinese troops fought with Indian troops."
    rows = rows_of("Chinese/1/amod/JJ troops/2/nsubj/NNS/troop fought/2/ROOT/VBD/fight with/2/prep/IN Indian/5/amod/JJ "
                   "troops/3/pobj/NNS/troop ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "china", "Country"), (4, 5, "india", "Country")])
    assert triples(events) == {("ASSAULT", "china", "india"), ("ASSAULT", "india", "china")}
    # "Japan fought with the United States over rice." — a country's quarrel, no force
    trade = rows_of("Japan/1/nsubj/NNP fought/1/ROOT/VBD/fight with/1/prep/IN the/4/det/DT States/2/pobj/NNP "
                    "over/1/prep/IN rice/5/pobj/NN ./1/punct/.")
    events, _ = code_in(trade, [(0, 1, "japan", "Country"), (4, 5, "united-states", "Country")])
    assert events == []


def test_a_clash_is_each_sides_force_on_the_other_and_its_place_no_party() -> None:
    # "Serbian police clashed with Albanians at Pristina."
    rows = rows_of("Serbian/1/amod/JJ police/2/nsubj/NNS clashed/2/ROOT/VBD/clash with/2/prep/IN "
                   "Albanians/3/pobj/NNPS/albanian at/2/prep/IN Pristina/5/pobj/NNP ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "serbia", "Country"), (4, 5, "albania", "Country"),
                               (6, 7, "pristina", "Place")])
    assert triples(events) == {("ASSAULT", "serbia", "albania"), ("ASSAULT", "albania", "serbia")}


def test_two_sides_that_exchanged_fire_in_a_place_fired_on_each_other_not_on_the_place() -> None:
    # "Indian and Pakistani troops exchanged fire in Kashmir."
    rows = rows_of("Indian/3/amod/JJ and/0/cc/CC Pakistani/0/conj/JJ troops/4/nsubj/NNS/troop "
                   "exchanged/4/ROOT/VBD/exchange fire/4/dobj/NN in/4/prep/IN Kashmir/6/pobj/NNP ./4/punct/.")
    events, _ = code_in(rows, [(0, 1, "india", "Country"), (2, 3, "pakistan", "Country"), (7, 8, "kashmir", "Place")])
    assert triples(events) == {("ASSAULT", "india", "pakistan"), ("ASSAULT", "pakistan", "india")}


def test_the_killed_in_clashes_between_two_sides_are_no_side() -> None:
    # "Militants were killed in clashes between Pakistani troops and Taliban rebels."
    rows = rows_of("Militants/2/nsubjpass/NNS/militant were/2/auxpass/VBD=AUX/be killed/2/ROOT/VBN/kill in/2/prep/IN "
                   "clashes/3/pobj/NNS/clash between/4/prep/IN Pakistani/7/amod/JJ troops/5/pobj/NNS/troop "
                   "and/7/cc/CC Taliban/10/compound/NNP rebels/7/conj/NNS/rebel ./2/punct/.")
    events, _ = code_in(rows, [(6, 7, "pakistan", "Country"), (9, 10, "taliban", "Organization")])
    assert triples(events) == {("ASSAULT", "pakistan", "taliban"), ("ASSAULT", "taliban", "pakistan")}


def test_a_one_sided_attack_is_one_event() -> None:
    # "Chinese troops attacked Indian troops." — not two-sided by its verb
    rows = rows_of("Chinese/1/amod/JJ troops/2/nsubj/NNS/troop attacked/2/ROOT/VBD/attack Indian/4/amod/JJ "
                   "troops/2/dobj/NNS/troop ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "china", "Country"), (3, 4, "india", "Country")])
    assert triples(events) == {("ASSAULT", "china", "india")}


# -- force and forces by order -----------------------------------------------------------------------------------

def test_ordering_a_bombing_is_the_bombing_by_whoever_commands_it() -> None:
    # "Nixon ordered the bombing of Cambodia."
    rows = rows_of("Nixon/1/nsubj/NNP ordered/1/ROOT/VBD/order the/3/det/DT bombing/1/dobj/NN of/3/prep/IN "
                   "Cambodia/4/pobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "richard-nixon", "Person"), (5, 6, "cambodia", "Country")])
    assert triples(events) == {("ASSAULT", "richard-nixon", "cambodia")}


def _ordered_troops(rest: Sequence[Row]) -> list[Row]:
    """"Bush ordered troops <rest>", ``rest`` hung on the verb (token 1)."""
    return [("Bush", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"), *rest, (".", 1, "punct", "PUNCT", ".")]


def test_troops_ordered_to_a_place_are_deployed_and_out_of_one_withdrawn() -> None:
    # "Bush ordered troops to Saudi Arabia."
    to_place = _ordered_troops(rows_of("to/1/prep/IN Saudi/5/compound/NNP Arabia/3/pobj/NNP"))
    events, _ = code_in(to_place, [(0, 1, "george-w-bush", "Person"), (4, 6, "saudi-arabia", "Country")])
    assert triples(events) == {("MOBILIZE", "george-w-bush", "saudi-arabia")}
    # "Bush ordered troops out of Afghanistan."
    out_of = _ordered_troops(rows_of("out/1/prep/IN of/3/prep/IN Afghanistan/4/pobj/NNP"))
    events, _ = code_in(out_of, [(0, 1, "george-w-bush", "Person"), (5, 6, "afghanistan", "Country")])
    assert triples(events) == {("RETREAT", "george-w-bush", "afghanistan")}
    # "Bush ordered troops to fire on the crowd." — no place: they are asked to act
    to_fire = _ordered_troops(rows_of("to/4/aux/TO fire/1/xcomp/VB on/4/prep/IN the/7/det/DT crowd/5/pobj/NN"))
    events, _ = code_in(to_fire, [(0, 1, "george-w-bush", "Person")])
    assert "MOBILIZE" not in {e.category for e in events}


def test_troops_ordered_to_deploy_or_withdraw_are_moved_by_whoever_commands_them() -> None:
    # "Bush ordered troops to deploy there.": a verb of moving names the move as a place does; it was a request
    # of the commander's own country
    deploy = _ordered_troops(rows_of("to/4/aux/TO deploy/1/xcomp/VB there/4/advmod/RB"))
    events, _ = code_in(deploy, [(0, 1, "george-w-bush", "Person")])
    assert triples(events) == {("MOBILIZE", "george-w-bush", None)}
    # "Bush ordered troops to withdraw from the border."
    withdraw = _ordered_troops(rows_of("to/4/aux/TO withdraw/1/xcomp/VB from/4/prep/IN the/7/det/DT "
                                       "border/5/pobj/NN"))
    events, _ = code_in(withdraw, [(0, 1, "george-w-bush", "Person")])
    assert {e.category for e in events} == {"RETREAT"}


def test_troops_that_pulled_out_of_a_country_withdrew_from_it() -> None:
    # "Soviet troops pulled out of Afghanistan." — the parser hangs "of" on the particle
    rows = rows_of("Soviet/1/amod/JJ troops/2/nsubj/NNS/troop pulled/2/ROOT/VBD/pull out/2/prep/IN of/3/prep/IN "
                   "Afghanistan/4/pobj/NNP ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "soviet-union", "Country"), (5, 6, "afghanistan", "Country")])
    assert triples(events) == {("RETREAT", "soviet-union", "afghanistan")}


def test_reservists_called_up_are_a_build_up() -> None:
    # "Israel called up reservists."
    rows = rows_of("Israel/1/nsubj/NNP called/1/ROOT/VBD/call up/1/prt/RP reservists/1/dobj/NNS/reservist ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "israel", "Country")])
    assert triples(events) == {("MOBILIZE", "israel", None)}


# -- crowds, and forces of no named country -----------------------------------------------------------------------

def test_police_that_dispersed_demonstrators_coerced_them_each_a_party_of_the_story() -> None:
    # "Police dispersed demonstrators."
    rows = rows_of("Police/1/nsubj/NNS/police dispersed/1/ROOT/VBD/disperse demonstrators/1/dobj/NNS/demonstrator "
                   "./1/punct/.")
    events, entities = code_in(rows)
    assert triples(events) == {("COERCE", "police-in-story-1", "demonstrator-in-story-1")}
    assert entities["police-in-story-1"].sector == "police"
    # "Police arrested businessmen." — an unnamed force on an unnamed group of no side stays no party
    arrested = [rows[0], ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
                ("businessmen", 1, "dobj", "NOUN", "NNS", "businessman"), rows[3]]
    events, _ = code_in(arrested)
    assert events == []


def test_government_troops_are_the_forces_of_the_one_country_the_sentence_names() -> None:
    # "Government troops retreated from Kabul."
    rows = rows_of("Government/1/compound/NN troops/2/nsubj/NNS/troop retreated/2/ROOT/VBD/retreat from/2/prep/IN "
                   "Kabul/3/pobj/NNP ./2/punct/.")
    events, entities = code_in(rows, [(4, 5, "afghanistan", "Country")])
    assert [(e.category, e.actor) for e in events] == [("RETREAT", "afghanistan-government-troop")]
    assert entities["afghanistan-government-troop"].type == "Group"
    assert entities["afghanistan-government-troop"].sector == "military"
    # "UK-based monitors said government troops retreated." — a country inside another name is no party
    based = rows_of("UK/2/npadvmod/NNP -/2/punct/HYPH based/3/amod/VBN/base monitors/4/nsubj/NNS/monitor "
                    "said/4/ROOT/VBD/say government/6/compound/NN troops/7/nsubj/NNS/troop "
                    "retreated/4/ccomp/VBD/retreat ./4/punct/.")
    events, _ = code_in(based, [(0, 1, "united-kingdom", "Country")])
    assert events == []


def test_an_attack_with_tanks_is_aimed_at_its_target_not_at_the_tanks() -> None:
    # "Russian troops crossed into Ukraine with tanks."
    rows = rows_of("Russian/1/amod/JJ troops/2/nsubj/NNS/troop crossed/2/ROOT/VBD/cross into/2/prep/IN "
                   "Ukraine/3/pobj/NNP with/2/prep/IN tanks/5/pobj/NNS/tank ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "russia", "Country"), (4, 5, "ukraine", "Country")])
    assert triples(events) == {("ASSAULT", "russia", "ukraine")}


def test_fire_opened_on_people_read_as_a_clause_is_aimed_at_its_subject() -> None:
    # "Kenyan police opened fire on students marching in Nairobi." — "students" the subject of "marching"
    rows = rows_of("Kenyan/1/amod/JJ police/2/nsubj/NNS opened/2/ROOT/VBD/open fire/2/dobj/NN on/2/prep/IN "
                   "students/6/nsubj/NNS/student marching/4/pobj/VBG/march in/6/prep/IN Nairobi/7/pobj/NNP ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "kenya", "Country"), (8, 9, "nairobi", "Place")])
    assert ("ASSAULT", "kenya", "student-in-story-1") in triples(events)


# -- sanctions lifted and proposed ----------------------------------------------------------------------------------

def test_sanctions_lifted_are_lifted_from_whom_the_clause_says_they_were_imposed_on() -> None:
    # "Japan lifted the sanctions it imposed on China."
    rows = rows_of("Japan/1/nsubj/NNP lifted/1/ROOT/VBD/lift the/3/det/DT sanctions/1/dobj/NNS/sanction it/5/nsubj/PRP "
                   "imposed/3/relcl/VBD/impose on/5/prep/IN China/6/pobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "japan", "Country"), (7, 8, "china", "Country")])
    assert ("RETREAT", "japan", "china") in triples(events)


def test_duties_proposed_are_a_threat_of_a_sanction_not_a_sanction() -> None:
    # "The EC proposed anti-dumping duties on Japanese photocopiers."
    rows = rows_of("The/1/det/DT EC/2/nsubj/NNP proposed/2/ROOT/VBD/propose anti/6/amod/JJ -/6/amod/JJ "
                   "dumping/6/amod/JJ duties/2/dobj/NNS/duty on/6/prep/IN Japanese/9/amod/JJ "
                   "photocopiers/7/pobj/NNS/photocopier ./2/punct/.")
    events, _ = code_in(rows, [(1, 2, "european-community", "Organization"), (8, 9, "japan", "Country")])
    assert triples(events) == {("THREATEN", "european-community", "japan")}


# -- time, targets, towns entered and abandoned, places sealed off --------------------------------------------------

def test_a_phrase_of_time_is_no_preposition_of_a_pattern() -> None:
    # "U.S. warplanes attacked Iraq for a second night." — not "attacked X for" (blamed X for something)
    rows = rows_of("U.S./1/compound/NNP warplanes/2/nsubj/NNS/warplane attacked/2/ROOT/VBD/attack Iraq/2/dobj/NNP "
                   "for/2/prep/IN a/7/det/DT second/7/amod/JJ night/4/pobj/NN ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "united-states", "Country"), (3, 4, "iraq", "Country")])
    assert triples(events) == {("ASSAULT", "united-states", "iraq")}


def test_aircraft_that_struck_airfields_attacked_their_country() -> None:
    # "Pakistani aircraft struck Indian airfields."
    rows = rows_of("Pakistani/1/amod/JJ aircraft/2/nsubj/NN struck/2/ROOT/VBD/strike Indian/4/amod/JJ "
                   "airfields/2/dobj/NNS/airfield ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "pakistan", "Country"), (3, 4, "india", "Country")])
    assert triples(events) == {("ASSAULT", "pakistan", "india")}


def test_rebels_that_entered_a_city_took_it_and_forces_that_abandoned_one_withdrew() -> None:
    # "Rebels entered Kabul."
    entered = rows_of("Rebels/1/nsubj/NNS/rebel entered/1/ROOT/VBD/enter Kabul/1/dobj/NNP ./1/punct/.")
    events, _ = code_in(entered, [(2, 3, "afghanistan", "Country")])
    assert triples(events) == {("ASSAULT", "rebel-in-story-1", "afghanistan")}
    # "Taliban forces abandoned the city."
    abandoned = rows_of("Taliban/1/compound/NNP forces/2/nsubj/NNS/force abandoned/2/ROOT/VBD/abandon the/4/det/DT "
                        "city/2/dobj/NN ./2/punct/.")
    events, _ = code_in(abandoned, [(0, 1, "taliban", "Organization")])
    assert {(e.category, e.actor) for e in events} == {("RETREAT", "taliban")}
    # "Investors abandoned the city." — people leaving a town withdraw no force
    investors = rows_of("Investors/1/nsubj/NNS/investor abandoned/1/ROOT/VBD/abandon the/3/det/DT city/1/dobj/NN "
                        "./1/punct/.")
    events, _ = code_in(investors)
    assert "RETREAT" not in {e.category for e in events}


def test_a_place_sealed_off_is_coerced() -> None:
    # "Israel sealed off the Gaza Strip."
    rows = rows_of("Israel/1/nsubj/NNP sealed/1/ROOT/VBD/seal off/1/prt/RP the/5/det/DT Gaza/5/compound/NNP "
                   "Strip/1/dobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "israel", "Country"), (4, 6, "gaza-strip", "Place")])
    assert triples(events) == {("COERCE", "israel", "gaza-strip")}


def test_the_owner_of_a_relative_clauses_subject_is_not_what_the_clause_acts_on() -> None:
    # "The Corps, whose troops fought off the Iranians, won.": the corps' own troops fought, not against the corps
    # (where "the Corps, which the troops attacked, ..." is what they attacked)
    rows = rows_of("The/1/det/DT Corps/10/nsubj/NNP ,/1/punct/, whose/4/poss/WP$=DET troops/5/nsubj/NNS/troop "
                   "fought/1/relcl/VBD/fight off/5/prep/IN the/8/det/DT Iranians/6/pobj/NNPS ,/1/punct/, "
                   "won/10/ROOT/VBD/win ./10/punct/.")
    corps = [(1, 2, "third-army-corps", "Organization")]
    assert not [e for e in code_in(rows, corps)[0] if e.recipient == "third-army-corps"]
    which = [*rows[:3], ("which", 5, "dobj", "PRON", "WDT"), *rows[4:]]
    assert [e.recipient for e in code_in(which, corps)[0] if e.category == "ASSAULT"] == ["third-army-corps"]
