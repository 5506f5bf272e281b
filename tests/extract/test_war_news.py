"""War news in the shapes wire copy of the 1960s-2010s writes it, each rule on a hand-built parse.

Two-sided fighting ("clashed with", "fought with", "exchanged fire"), force ordered by whoever commands it,
forces moved by order, crowds dispersed, reservists called up, withdrawals "out of" a country, sanctions lifted
whose target sits in a relative clause, sanctions proposed, "government troops" of the one country a sentence
names, and the means of an attack ("with tanks"). No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, triples


def code_in(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = (),
            doc_id: str = "story-1") -> tuple[list[Event], dict]:
    doc = parse(rows, entities)
    doc._.doc_id = doc_id
    events = [event for event, _ in coder().code(doc)]
    return events, doc._.entities


# -- two-sided fighting ----------------------------------------------------------------------------------------

def test_troops_that_fought_with_other_troops_fought_them_both_ways_but_a_trade_fight_is_none() -> None:
    # "Chinese troops fought with Indian troops."
    rows = [("Chinese", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("fought", 2, "ROOT", "VERB", "VBD", "fight"), ("with", 2, "prep", "ADP", "IN"),
            ("Indian", 5, "amod", "ADJ", "JJ"), ("troops", 3, "pobj", "NOUN", "NNS", "troop"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "china", "Country"), (4, 5, "india", "Country")])
    assert triples(events) == {("ASSAULT", "china", "india"), ("ASSAULT", "india", "china")}
    # "Japan fought with the United States over rice." — a country's quarrel, no force
    trade = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("fought", 1, "ROOT", "VERB", "VBD", "fight"),
             ("with", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"),
             ("States", 2, "pobj", "PROPN", "NNP"), ("over", 1, "prep", "ADP", "IN"),
             ("rice", 5, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(trade, [(0, 1, "japan", "Country"), (4, 5, "united-states", "Country")])
    assert events == []


def test_a_clash_is_each_sides_force_on_the_other_and_its_place_no_party() -> None:
    # "Serbian police clashed with Albanians at Pristina."
    rows = [("Serbian", 1, "amod", "ADJ", "JJ"), ("police", 2, "nsubj", "NOUN", "NNS"),
            ("clashed", 2, "ROOT", "VERB", "VBD", "clash"), ("with", 2, "prep", "ADP", "IN"),
            ("Albanians", 3, "pobj", "PROPN", "NNPS", "albanian"), ("at", 2, "prep", "ADP", "IN"),
            ("Pristina", 5, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "serbia", "Country"), (4, 5, "albania", "Country"),
                               (6, 7, "pristina", "Place")])
    assert triples(events) == {("ASSAULT", "serbia", "albania"), ("ASSAULT", "albania", "serbia")}


def test_two_sides_that_exchanged_fire_in_a_place_fired_on_each_other_not_on_the_place() -> None:
    # "Indian and Pakistani troops exchanged fire in Kashmir."
    rows = [("Indian", 3, "amod", "ADJ", "JJ"), ("and", 0, "cc", "CCONJ", "CC"), ("Pakistani", 0, "conj", "ADJ", "JJ"),
            ("troops", 4, "nsubj", "NOUN", "NNS", "troop"), ("exchanged", 4, "ROOT", "VERB", "VBD", "exchange"),
            ("fire", 4, "dobj", "NOUN", "NN"), ("in", 4, "prep", "ADP", "IN"), ("Kashmir", 6, "pobj", "PROPN", "NNP"),
            (".", 4, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "india", "Country"), (2, 3, "pakistan", "Country"), (7, 8, "kashmir", "Place")])
    assert triples(events) == {("ASSAULT", "india", "pakistan"), ("ASSAULT", "pakistan", "india")}


def test_a_one_sided_attack_is_one_event() -> None:
    # "Chinese troops attacked Indian troops." — not two-sided by its verb
    rows = [("Chinese", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"), ("Indian", 4, "amod", "ADJ", "JJ"),
            ("troops", 2, "dobj", "NOUN", "NNS", "troop"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "china", "Country"), (3, 4, "india", "Country")])
    assert triples(events) == {("ASSAULT", "china", "india")}


# -- force and forces by order -----------------------------------------------------------------------------------

def test_ordering_a_bombing_is_the_bombing_by_whoever_commands_it() -> None:
    # "Nixon ordered the bombing of Cambodia."
    rows = [("Nixon", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("the", 3, "det", "DET", "DT"), ("bombing", 1, "dobj", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
            ("Cambodia", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "richard-nixon", "Person"), (5, 6, "cambodia", "Country")])
    assert triples(events) == {("ASSAULT", "richard-nixon", "cambodia")}


def _ordered_troops(rest: Sequence[Row]) -> list[Row]:
    """"Bush ordered troops <rest>", ``rest`` hung on the verb (token 1)."""
    return [("Bush", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"), *rest, (".", 1, "punct", "PUNCT", ".")]


def test_troops_ordered_to_a_place_are_deployed_and_out_of_one_withdrawn() -> None:
    # "Bush ordered troops to Saudi Arabia."
    to_place = _ordered_troops([("to", 1, "prep", "ADP", "IN"), ("Saudi", 5, "compound", "PROPN", "NNP"),
                                ("Arabia", 3, "pobj", "PROPN", "NNP")])
    events, _ = code_in(to_place, [(0, 1, "george-w-bush", "Person"), (4, 6, "saudi-arabia", "Country")])
    assert triples(events) == {("MOBILIZE", "george-w-bush", "saudi-arabia")}
    # "Bush ordered troops out of Afghanistan."
    out_of = _ordered_troops([("out", 1, "prep", "ADP", "IN"), ("of", 3, "prep", "ADP", "IN"),
                              ("Afghanistan", 4, "pobj", "PROPN", "NNP")])
    events, _ = code_in(out_of, [(0, 1, "george-w-bush", "Person"), (5, 6, "afghanistan", "Country")])
    assert triples(events) == {("RETREAT", "george-w-bush", "afghanistan")}
    # "Bush ordered troops to fire on the crowd." — no place: they are asked to act
    to_fire = _ordered_troops([("to", 4, "aux", "PART", "TO"), ("fire", 1, "xcomp", "VERB", "VB"),
                               ("on", 4, "prep", "ADP", "IN"), ("the", 7, "det", "DET", "DT"),
                               ("crowd", 5, "pobj", "NOUN", "NN")])
    events, _ = code_in(to_fire, [(0, 1, "george-w-bush", "Person")])
    assert "MOBILIZE" not in {e.category for e in events}


def test_troops_that_pulled_out_of_a_country_withdrew_from_it() -> None:
    # "Soviet troops pulled out of Afghanistan." — the parser hangs "of" on the particle
    rows = [("Soviet", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("pulled", 2, "ROOT", "VERB", "VBD", "pull"), ("out", 2, "prep", "ADP", "IN"),
            ("of", 3, "prep", "ADP", "IN"), ("Afghanistan", 4, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "soviet-union", "Country"), (5, 6, "afghanistan", "Country")])
    assert triples(events) == {("RETREAT", "soviet-union", "afghanistan")}


def test_reservists_called_up_are_a_build_up() -> None:
    # "Israel called up reservists."
    rows = [("Israel", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("up", 1, "prt", "ADP", "RP"), ("reservists", 1, "dobj", "NOUN", "NNS", "reservist"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "israel", "Country")])
    assert triples(events) == {("MOBILIZE", "israel", None)}


# -- crowds, and forces of no named country -----------------------------------------------------------------------

def test_police_that_dispersed_demonstrators_coerced_them_each_a_party_of_the_story() -> None:
    # "Police dispersed demonstrators."
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "police"), ("dispersed", 1, "ROOT", "VERB", "VBD", "disperse"),
            ("demonstrators", 1, "dobj", "NOUN", "NNS", "demonstrator"), (".", 1, "punct", "PUNCT", ".")]
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
    rows = [("Government", 1, "compound", "NOUN", "NN"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("retreated", 2, "ROOT", "VERB", "VBD", "retreat"), ("from", 2, "prep", "ADP", "IN"),
            ("Kabul", 3, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(4, 5, "afghanistan", "Country")])
    assert [(e.category, e.actor) for e in events] == [("RETREAT", "afghanistan-government-troop")]
    assert entities["afghanistan-government-troop"].type == "Group"
    assert entities["afghanistan-government-troop"].sector == "military"
    # "UK-based monitors said government troops retreated." — a country inside another name is no party
    based = [("UK", 2, "npadvmod", "PROPN", "NNP"), ("-", 2, "punct", "PUNCT", "HYPH"),
             ("based", 3, "amod", "VERB", "VBN", "base"), ("monitors", 4, "nsubj", "NOUN", "NNS", "monitor"),
             ("said", 4, "ROOT", "VERB", "VBD", "say"), ("government", 6, "compound", "NOUN", "NN"),
             ("troops", 7, "nsubj", "NOUN", "NNS", "troop"), ("retreated", 4, "ccomp", "VERB", "VBD", "retreat"),
             (".", 4, "punct", "PUNCT", ".")]
    events, _ = code_in(based, [(0, 1, "united-kingdom", "Country")])
    assert events == []


def test_an_attack_with_tanks_is_aimed_at_its_target_not_at_the_tanks() -> None:
    # "Russian troops crossed into Ukraine with tanks."
    rows = [("Russian", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("crossed", 2, "ROOT", "VERB", "VBD", "cross"), ("into", 2, "prep", "ADP", "IN"),
            ("Ukraine", 3, "pobj", "PROPN", "NNP"), ("with", 2, "prep", "ADP", "IN"),
            ("tanks", 5, "pobj", "NOUN", "NNS", "tank"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "russia", "Country"), (4, 5, "ukraine", "Country")])
    assert triples(events) == {("ASSAULT", "russia", "ukraine")}


def test_fire_opened_on_people_read_as_a_clause_is_aimed_at_its_subject() -> None:
    # "Kenyan police opened fire on students marching in Nairobi." — "students" the subject of "marching"
    rows = [("Kenyan", 1, "amod", "ADJ", "JJ"), ("police", 2, "nsubj", "NOUN", "NNS"),
            ("opened", 2, "ROOT", "VERB", "VBD", "open"), ("fire", 2, "dobj", "NOUN", "NN"),
            ("on", 2, "prep", "ADP", "IN"), ("students", 6, "nsubj", "NOUN", "NNS", "student"),
            ("marching", 4, "pobj", "VERB", "VBG", "march"), ("in", 6, "prep", "ADP", "IN"),
            ("Nairobi", 7, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "kenya", "Country"), (8, 9, "nairobi", "Place")])
    assert ("ASSAULT", "kenya", "student-in-story-1") in triples(events)


# -- sanctions lifted and proposed ----------------------------------------------------------------------------------

def test_sanctions_lifted_are_lifted_from_whom_the_clause_says_they_were_imposed_on() -> None:
    # "Japan lifted the sanctions it imposed on China."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("lifted", 1, "ROOT", "VERB", "VBD", "lift"),
            ("the", 3, "det", "DET", "DT"), ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
            ("it", 5, "nsubj", "PRON", "PRP"), ("imposed", 3, "relcl", "VERB", "VBD", "impose"),
            ("on", 5, "prep", "ADP", "IN"), ("China", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "japan", "Country"), (7, 8, "china", "Country")])
    assert ("RETREAT", "japan", "china") in triples(events)


def test_duties_proposed_are_a_threat_of_a_sanction_not_a_sanction() -> None:
    # "The EC proposed anti-dumping duties on Japanese photocopiers."
    rows = [("The", 1, "det", "DET", "DT"), ("EC", 2, "nsubj", "PROPN", "NNP"),
            ("proposed", 2, "ROOT", "VERB", "VBD", "propose"), ("anti", 6, "amod", "ADJ", "JJ"),
            ("-", 6, "amod", "ADJ", "JJ"), ("dumping", 6, "amod", "ADJ", "JJ"),
            ("duties", 2, "dobj", "NOUN", "NNS", "duty"),
            ("on", 6, "prep", "ADP", "IN"), ("Japanese", 9, "amod", "ADJ", "JJ"),
            ("photocopiers", 7, "pobj", "NOUN", "NNS", "photocopier"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "european-community", "Organization"), (8, 9, "japan", "Country")])
    assert triples(events) == {("THREATEN", "european-community", "japan")}


# -- time, targets, towns entered and abandoned, places sealed off --------------------------------------------------

def test_a_phrase_of_time_is_no_preposition_of_a_pattern() -> None:
    # "U.S. warplanes attacked Iraq for a second night." — not "attacked X for" (blamed X for something)
    rows = [("U.S.", 1, "compound", "PROPN", "NNP"), ("warplanes", 2, "nsubj", "NOUN", "NNS", "warplane"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"), ("Iraq", 2, "dobj", "PROPN", "NNP"),
            ("for", 2, "prep", "ADP", "IN"), ("a", 7, "det", "DET", "DT"), ("second", 7, "amod", "ADJ", "JJ"),
            ("night", 4, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "united-states", "Country"), (3, 4, "iraq", "Country")])
    assert triples(events) == {("ASSAULT", "united-states", "iraq")}


def test_aircraft_that_struck_airfields_attacked_their_country() -> None:
    # "Pakistani aircraft struck Indian airfields."
    rows = [("Pakistani", 1, "amod", "ADJ", "JJ"), ("aircraft", 2, "nsubj", "NOUN", "NN"),
            ("struck", 2, "ROOT", "VERB", "VBD", "strike"), ("Indian", 4, "amod", "ADJ", "JJ"),
            ("airfields", 2, "dobj", "NOUN", "NNS", "airfield"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "pakistan", "Country"), (3, 4, "india", "Country")])
    assert triples(events) == {("ASSAULT", "pakistan", "india")}


def test_rebels_that_entered_a_city_took_it_and_forces_that_abandoned_one_withdrew() -> None:
    # "Rebels entered Kabul."
    entered = [("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), ("entered", 1, "ROOT", "VERB", "VBD", "enter"),
               ("Kabul", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(entered, [(2, 3, "afghanistan", "Country")])
    assert triples(events) == {("ASSAULT", "rebel-in-story-1", "afghanistan")}
    # "Taliban forces abandoned the city."
    abandoned = [("Taliban", 1, "compound", "PROPN", "NNP"), ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
                 ("abandoned", 2, "ROOT", "VERB", "VBD", "abandon"), ("the", 4, "det", "DET", "DT"),
                 ("city", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(abandoned, [(0, 1, "taliban", "Organization")])
    assert {(e.category, e.actor) for e in events} == {("RETREAT", "taliban")}
    # "Investors abandoned the city." — people leaving a town withdraw no force
    investors = [("Investors", 1, "nsubj", "NOUN", "NNS", "investor"),
                 ("abandoned", 1, "ROOT", "VERB", "VBD", "abandon"), ("the", 3, "det", "DET", "DT"),
                 ("city", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(investors)
    assert "RETREAT" not in {e.category for e in events}


def test_a_place_sealed_off_is_coerced() -> None:
    # "Israel sealed off the Gaza Strip."
    rows = [("Israel", 1, "nsubj", "PROPN", "NNP"), ("sealed", 1, "ROOT", "VERB", "VBD", "seal"),
            ("off", 1, "prt", "ADP", "RP"), ("the", 5, "det", "DET", "DT"), ("Gaza", 5, "compound", "PROPN", "NNP"),
            ("Strip", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "israel", "Country"), (4, 6, "gaza-strip", "Place")])
    assert triples(events) == {("COERCE", "israel", "gaza-strip")}
