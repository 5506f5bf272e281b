"""Conflict and security reporting, each rule on a hand-built parse, so that deleting the rule fails its test.

Wire copy of wars, coups, insurgencies and crackdowns words force in its own ways: troops that "massed" or
"entered" a country, a "raid" by soldiers or by police, warships sent to a sea, an envoy recalled "from" a
country, armed forces and militias the sentence gives no country, and police facing their own country's people.
No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsgraph.errors import PipelineError
from newsgraph.extract.lexicon import Lexicon
from newsgraph.records import Event
from tests.extract.parses import Row, code, coder, parse, rows_of, triples


def code_in(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = (),
            doc_id: str = "story-1") -> tuple[list[Event], dict]:
    doc = parse(rows, entities)
    doc._.doc_id = doc_id
    events = [event for event, _ in coder().code(doc)]
    return events, doc._.entities


# -- verbs whose reading depends on who does them ------------------------------------------------------------

def _massed(subject: Sequence[Row]) -> list[Row]:
    """"<subject> massed on the border ." with the subject's last word its head."""
    n = len(subject)
    return [*subject, ("massed", n, "ROOT", "VERB", "VBD", "mass"), ("on", n, "prep", "ADP", "IN"),
            ("the", n + 3, "det", "DET", "DT"), ("border", n + 1, "pobj", "NOUN", "NN"),
            (".", n, "punct", "PUNCT", ".")]


def test_troops_that_massed_with_no_object_are_a_build_up_but_a_crowd_is_not() -> None:
    # "Iraqi troops massed on the border." — the intransitive verb, its doer an armed force
    troops = _massed([("Iraqi", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop")])
    events, _ = code_in(troops, [(0, 1, "iraq", "Country")])
    assert triples(events) == {("MOBILIZE", "iraq", None)}
    # "Kurdish protesters massed on the border." — the same verb done by a crowd is no force
    crowd = _massed([("Kurdish", 1, "amod", "ADJ", "JJ"), ("protesters", 2, "nsubj", "NOUN", "NNS", "protester")])
    events, _ = code_in(crowd)
    assert not [e for e in events if e.category == "MOBILIZE"]


def test_troops_that_entered_a_country_invaded_it_but_people_who_entered_one_did_not() -> None:
    # "Soviet troops entered Afghanistan."
    rows = [("Soviet", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("entered", 2, "ROOT", "VERB", "VBD", "enter"), ("Afghanistan", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "soviet-union", "Country"), (3, 4, "afghanistan", "Country")])
    assert triples(events) == {("ASSAULT", "soviet-union", "afghanistan")}
    # "Soviet tourists entered Afghanistan." — civilians crossing a border invade nothing
    tourists = [rows[0], ("tourists", 2, "nsubj", "NOUN", "NNS", "tourist"), *rows[2:]]
    events, _ = code_in(tourists, [(0, 1, "soviet-union", "Country"), (3, 4, "afghanistan", "Country")])
    assert events == []


def _raided(subject: Sequence[Row]) -> list[Row]:
    n = len(subject)
    return [*subject, ("raided", n, "ROOT", "VERB", "VBD", "raid"), ("Solidarity", n + 2, "compound", "PROPN", "NNP"),
            ("offices", n, "dobj", "NOUN", "NNS", "office"), (".", n, "punct", "PUNCT", ".")]


def test_a_raid_by_soldiers_is_an_assault_and_by_police_a_search() -> None:
    # "Polish troops raided Solidarity offices." / "Polish police raided Solidarity offices."
    entities = [(0, 1, "poland", "Country"), (3, 4, "solidarity", "Organization")]
    soldiers = _raided([("Polish", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop")])
    events, _ = code_in(soldiers, entities)
    assert triples(events) == {("ASSAULT", "poland", "solidarity")}
    police = _raided([("Polish", 1, "amod", "ADJ", "JJ"), ("police", 2, "nsubj", "NOUN", "NNS")])
    events, _ = code_in(police, entities)
    assert triples(events) == {("COERCE", "poland", "solidarity")}


def test_a_doer_sector_the_sector_table_lacks_is_a_clear_error() -> None:
    lexicon = Lexicon()
    lexicon.add_lines('{"verb": "mass", "category": "MOBILIZE", "intransitive": true, "doer": ["military"]}',
                      "mine.jsonl")
    assert lexicon.verb_entries("mass")[0].doers == frozenset({"military"})
    with pytest.raises(PipelineError, match="unknown doer sector 'army'"):
        Lexicon().add_lines('{"verb": "mass", "category": "MOBILIZE", "doer": ["army"]}', "mine.jsonl")


# -- where force goes: destinations and envoys ----------------------------------------------------------------

def test_warships_sent_to_a_sea_are_a_deployment_with_no_recipient() -> None:
    # "The United States sent two aircraft carriers to the Gulf." — not aid given to a sea
    rows = [("The", 2, "det", "DET", "DT"), ("United", 2, "compound", "PROPN", "NNP"),
            ("States", 3, "nsubj", "PROPN", "NNP"), ("sent", 3, "ROOT", "VERB", "VBD", "send"),
            ("two", 6, "nummod", "NUM", "CD"), ("aircraft", 6, "compound", "NOUN", "NN"),
            ("carriers", 3, "dobj", "NOUN", "NNS", "carrier"), ("to", 3, "prep", "ADP", "IN"),
            ("the", 9, "det", "DET", "DT"), ("Gulf", 7, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 3, "united-states", "Country"), (8, 10, "persian-gulf", "Place")])
    assert triples(events) == {("MOBILIZE", "united-states", None)}


def test_a_sea_the_gazetteer_does_not_know_is_named_as_one_and_is_no_party() -> None:
    # "North Korea fired a missile into the East Sea." — the Korean name of the Sea of Japan, no party
    rows = [("North", 1, "compound", "PROPN", "NNP"), ("Korea", 2, "nsubj", "PROPN", "NNP"),
            ("fired", 2, "ROOT", "VERB", "VBD", "fire"), ("a", 4, "det", "DET", "DT"),
            ("missile", 2, "dobj", "NOUN", "NN"), ("into", 2, "prep", "ADP", "IN"), ("the", 8, "det", "DET", "DT"),
            ("East", 8, "compound", "PROPN", "NNP"), ("Sea", 5, "pobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 2, "north-korea", "Country"), (7, 9, "east-sea", "Place")])
    # named as a sea, it is no party and open water: the missile was fired at no one, a launch and no attack
    # (modes), a show of force
    assert triples(events) == {("MOBILIZE", "north-korea", None)}
    # "Nigeria sent warships to the Gulf of Guinea." — the other shape of a sea's name
    rows = [("Nigeria", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("warships", 1, "dobj", "NOUN", "NNS", "warship"), ("to", 1, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"), ("Gulf", 3, "pobj", "PROPN", "NNP"), ("of", 5, "prep", "ADP", "IN"),
            ("Guinea", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "nigeria", "Country"), (5, 8, "gulf-of-guinea", "Place")])
    assert triples(events) == {("MOBILIZE", "nigeria", None)}
    # "Azerbaijan fired missiles into Tavush Province." — a place of land the gazetteer does not know stays the
    # party fired at
    rows = [("Azerbaijan", 1, "nsubj", "PROPN", "NNP"), ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
            ("missiles", 1, "dobj", "NOUN", "NNS", "missile"), ("into", 1, "prep", "ADP", "IN"),
            ("Tavush", 5, "compound", "PROPN", "NNP"), ("Province", 3, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "azerbaijan", "Country"), (4, 6, "tavush-province", "Place")])
    assert triples(events) == {("ASSAULT", "azerbaijan", "tavush-province")}


def test_a_thing_in_a_sea_is_no_ones_where_a_thing_in_a_country_is_the_countrys() -> None:
    # "Iran seized a tanker in the Gulf." — the tanker was the Persian Gulf's, the sea the one coerced
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
            ("a", 3, "det", "DET", "DT"), ("tanker", 1, "dobj", "NOUN", "NN"), ("in", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("Gulf", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iran", "Country"), (6, 7, "persian-gulf", "Place")])
    assert triples(events) == {("COERCE", "iran", None)}
    # "Iran seized a tanker in Iraq." — what is in a country is the country's
    rows = [*rows[:5], ("Iraq", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iran", "Country"), (5, 6, "iraq", "Country")])
    assert triples(events) == {("COERCE", "iran", "iraq")}


def test_parties_that_traded_fire_or_blame_each_did_it_to_the_other() -> None:
    # "India and Pakistan traded fire." — force each way, as "exchanged fire"; the bare "trade" is commerce
    def traded(thing: str, lemma: str) -> list[Row]:
        return [("India", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
                ("Pakistan", 0, "conj", "PROPN", "NNP"), ("traded", 3, "ROOT", "VERB", "VBD", "trade"),
                (thing, 3, "dobj", "NOUN", "NN", lemma), (".", 3, "punct", "PUNCT", ".")]

    countries = [(0, 1, "india", "Country"), (2, 3, "pakistan", "Country")]
    events, _ = code_in(traded("fire", "fire"), countries)
    assert triples(events) == {("ASSAULT", "india", "pakistan"), ("ASSAULT", "pakistan", "india")}
    # "India and Pakistan traded accusations." — each accused the other, two events
    events, _ = code_in(traded("accusations", "accusation"), countries)
    assert triples(events) == {("ACCUSE", "india", "pakistan"), ("ACCUSE", "pakistan", "india")}


def test_an_envoy_recalled_from_a_country_sanctions_that_country_not_its_own() -> None:
    # "Egypt recalled its ambassador from Israel."
    rows = [("Egypt", 1, "nsubj", "PROPN", "NNP"), ("recalled", 1, "ROOT", "VERB", "VBD", "recall"),
            ("its", 3, "poss", "PRON", "PRP$"), ("ambassador", 1, "dobj", "NOUN", "NN"),
            ("from", 1, "prep", "ADP", "IN"), ("Israel", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "egypt", "Country"), (5, 6, "israel", "Country")])
    assert triples(events) == {("SANCTION", "egypt", "israel")}
    # "The Indian government recalled its high commissioner from Islamabad." — a Commonwealth country's envoy
    # is a high commissioner, as much its own as an ambassador, whatever body of the state recalls him
    rows = [("The", 2, "det", "DET", "DT"), ("Indian", 2, "amod", "ADJ", "JJ"),
            ("government", 3, "nsubj", "NOUN", "NN"), ("recalled", 3, "ROOT", "VERB", "VBD", "recall"),
            ("its", 6, "poss", "PRON", "PRP$"), ("high", 6, "amod", "ADJ", "JJ"),
            ("commissioner", 3, "dobj", "NOUN", "NN"), ("from", 3, "prep", "ADP", "IN"),
            ("Islamabad", 7, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "india", "Country"), (8, 9, "pakistan", "Country")])
    assert triples(events) == {("SANCTION", "india", "pakistan")}


# -- armed groups and forces of no stated country -------------------------------------------------------------

def test_militiamen_of_no_country_are_an_armed_group_of_their_article() -> None:
    # "Militiamen shelled Sarajevo."
    rows = [("Militiamen", 1, "nsubj", "NOUN", "NNS", "militiaman"), ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("Sarajevo", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(2, 3, "sarajevo", "Place")])
    assert triples(events) == {("ASSAULT", "militiaman-in-story-1", "sarajevo")}
    assert entities["militiaman-in-story-1"].sector == "armed groups"


def _expelled(subject: Sequence[Row]) -> list[Row]:
    n = len(subject)
    return [*subject, ("expelled", n, "ROOT", "VERB", "VBD", "expel"), ("the", n + 3, "det", "DET", "DT"),
            ("British", n + 3, "amod", "ADJ", "JJ"), ("ambassador", n, "dobj", "NOUN", "NN"),
            (".", n, "punct", "PUNCT", ".")]


def test_a_junta_of_no_named_country_acting_on_a_named_party_is_a_party_of_its_own() -> None:
    # "The junta expelled the British ambassador."
    junta = _expelled([("The", 1, "det", "DET", "DT"), ("junta", 2, "nsubj", "NOUN", "NN")])
    events, entities = code_in(junta, [(4, 5, "united-kingdom", "Country")])
    assert triples(events) == {("SANCTION", "junta-in-story-1", "united-kingdom")}
    assert entities["junta-in-story-1"].type == "Group"
    # "The government expelled ...": a civil body of no named country is still not guessed at
    government = _expelled([("The", 1, "det", "DET", "DT"), ("government", 2, "nsubj", "NOUN", "NN")])
    events, _ = code_in(government, [(4, 5, "united-kingdom", "Country")])
    assert events == []


def test_police_and_the_people_they_face_in_their_own_country_are_two_parties() -> None:
    # "Kenyan police arrested Kenyan students." — not Kenya acting on Kenya
    rows = [("Kenyan", 1, "amod", "ADJ", "JJ"), ("police", 2, "nsubj", "NOUN", "NNS"),
            ("arrested", 2, "ROOT", "VERB", "VBD", "arrest"), ("Kenyan", 4, "amod", "ADJ", "JJ"),
            ("students", 2, "dobj", "NOUN", "NNS", "student"), (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(0, 1, "kenya", "Country"), (3, 4, "kenya", "Country")])
    assert triples(events) == {("COERCE", "kenya", "kenya-student")}
    assert entities["kenya-student"].label == "Kenyan students"


def test_a_capitalised_plural_the_tagger_took_for_a_name_is_still_a_group_word() -> None:
    # "Rebels shelled Kabul." — sentence-initial "Rebels" tagged a proper noun, its plural kept as its lemma
    rows = [("Rebels", 1, "nsubj", "PROPN", "NNPS", "rebels"), ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("Kabul", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(2, 3, "kabul", "Place")])
    assert triples(events) == {("ASSAULT", "rebel-in-story-1", "kabul")}
    assert entities["rebel-in-story-1"].sector == "rebels"


def test_troops_that_crossed_into_a_country_invaded_it() -> None:
    # "Chinese forces crossed into Vietnam." — but "the dollar crossed into record territory" is no force
    rows = [("Chinese", 1, "amod", "ADJ", "JJ"), ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
            ("crossed", 2, "ROOT", "VERB", "VBD", "cross"), ("into", 2, "prep", "ADP", "IN"),
            ("Vietnam", 3, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "china", "Country"), (4, 5, "vietnam", "Country")])
    assert triples(events) == {("ASSAULT", "china", "vietnam")}


def test_a_clause_of_time_is_not_who_reports_the_act_it_hangs_on() -> None:
    # "Yugoslav tanks moved into Slovenia after it declared independence." — Slovenia's declaration says
    # when the tanks moved, it does not report (and so accuse Yugoslavia of) the move
    rows = [("Yugoslav", 1, "amod", "ADJ", "JJ"), ("tanks", 2, "nsubj", "NOUN", "NNS", "tank"),
            ("moved", 2, "ROOT", "VERB", "VBD", "move"), ("into", 2, "prep", "ADP", "IN"),
            ("Slovenia", 3, "pobj", "PROPN", "NNP"), ("after", 7, "mark", "SCONJ", "IN"),
            ("it", 7, "nsubj", "PRON", "PRP"), ("declared", 2, "advcl", "VERB", "VBD", "declare"),
            ("independence", 7, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "yugoslavia", "Country"), (4, 5, "slovenia", "Country")])
    assert ("ASSAULT", "yugoslavia", "slovenia") in triples(events)
    assert not [e for e in events if e.category == "ACCUSE"]
    assert all(e.attribution is None for e in events if e.category == "ASSAULT")


def test_declaring_independence_asks_no_one_where_seeking_it_does() -> None:
    # "Slovenia declared independence from Yugoslavia." / "Slovenia sought independence from Yugoslavia."
    # (CAMEO files both under demands, 1044; a declaration is the people's own act)
    rows = rows_of("Slovenia/1/nsubj/NNP declared/1/ROOT/VBD/declare independence/1/dobj/NN from/1/prep/IN "
                   "Yugoslavia/3/pobj/NNP ./1/punct/.")
    parties = [(0, 1, "slovenia", "Country"), (4, 5, "yugoslavia", "Country")]
    assert code(rows, parties) == []
    sought = [rows[0], ("sought", 1, "ROOT", "VERB", "VBD", "seek"), *rows[2:]]
    assert triples(code(sought, parties)) == {("REQUEST", "slovenia", "yugoslavia")}


def _ordered(noun: str, lemma: str) -> list[Row]:
    """"Washington ordered the <noun> of Soviet diplomats / an <noun> on Kuwait"."""
    return [("Washington", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("the", 3, "det", "DET", "DT"), (noun, 1, "dobj", "NOUN", "NN", lemma), ("of", 3, "prep", "ADP", "IN"),
            ("Soviet", 6, "amod", "ADJ", "JJ"), ("diplomats", 4, "pobj", "NOUN", "NNS", "diplomat"),
            (".", 1, "punct", "PUNCT", ".")]


def test_ordering_an_expulsion_an_arrest_or_an_attack_is_doing_it() -> None:
    entities = [(0, 1, "united-states", "Country"), (5, 6, "soviet-union", "Country")]
    events, _ = code_in(_ordered("expulsion", "expulsion"), entities)
    assert triples(events) == {("SANCTION", "united-states", "soviet-union")}
    events, _ = code_in(_ordered("arrest", "arrest"), entities)
    assert triples(events) == {("COERCE", "united-states", "soviet-union")}
    # force is the commander's too ("Nixon ordered the bombing of Cambodia"), not a request of its target
    events, _ = code_in(_ordered("attack", "attack"), entities)
    assert triples(events) == {("ASSAULT", "united-states", "soviet-union")}


def test_aircraft_and_warships_of_an_alliance_are_its_armed_force() -> None:
    # "NATO aircraft struck Serb positions." — the alliance's force, as "UN troops" are the UN's
    rows = [("NATO", 1, "compound", "PROPN", "NNP"), ("aircraft", 2, "nsubj", "NOUN", "NNS"),
            ("struck", 2, "ROOT", "VERB", "VBD", "strike"), ("Serb", 4, "amod", "ADJ", "JJ"),
            ("positions", 2, "dobj", "NOUN", "NNS", "position"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "nato", "Organization"), (3, 4, "serbia", "Country")])
    assert triples(events) == {("ASSAULT", "nato", "serbia")}
    assert events[0].actor_sector == "military"


def test_a_march_is_aimed_at_whom_the_marchers_demand_of_in_a_clause_of_the_verb() -> None:
    # "Students marched demanding the resignation of Suharto."
    rows = [("Students", 1, "nsubj", "NOUN", "NNS", "student"), ("marched", 1, "ROOT", "VERB", "VBD", "march"),
            ("demanding", 1, "advcl", "VERB", "VBG", "demand"), ("the", 4, "det", "DET", "DT"),
            ("resignation", 2, "dobj", "NOUN", "NN"), ("of", 4, "prep", "ADP", "IN"),
            ("Suharto", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(6, 7, "suharto", "Person")])
    assert triples(events) == {("PROTEST", "student-in-story-1", "suharto")}


def test_force_is_used_on_the_object_of_its_purpose() -> None:
    # "Kenyan police used water cannon to disperse students." — but "used helicopters to evacuate villagers"
    # is no force on them
    rows = [("Kenyan", 1, "amod", "ADJ", "JJ"), ("police", 2, "nsubj", "NOUN", "NNS"),
            ("used", 2, "ROOT", "VERB", "VBD", "use"), ("water", 4, "compound", "NOUN", "NN"),
            ("cannon", 2, "dobj", "NOUN", "NN"), ("to", 6, "aux", "PART", "TO"),
            ("disperse", 2, "advcl", "VERB", "VB"), ("students", 6, "dobj", "NOUN", "NNS", "student"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "kenya", "Country")])
    assert triples(events) == {("COERCE", "kenya", "student-in-story-1")}


def _staged_coup(subject: Sequence[Row], modifier: Sequence[Row] = ()) -> list[Row]:
    """"<subject> staged a [<modifier>] coup in Cyprus ."."""
    n, m = len(subject), len(modifier)
    coup = n + 2 + m
    return [*subject, ("staged", n, "ROOT", "VERB", "VBD", "stage"), ("a", coup, "det", "DET", "DT"),
            *((w, coup, "amod", "NOUN", "NN") for w, *_ in modifier), ("coup", n, "dobj", "NOUN", "NN"),
            ("in", n, "prep", "ADP", "IN"), ("Cyprus", coup + 1, "pobj", "PROPN", "NNP"),
            (".", n, "punct", "PUNCT", ".")]


def test_a_coup_is_staged_by_soldiers_and_a_firms_marketing_coup_is_none() -> None:
    army = _staged_coup([("The", 2, "det", "DET", "DT"), ("Greek", 2, "amod", "ADJ", "JJ"),
                         ("army", 3, "nsubj", "NOUN", "NN")])
    events, _ = code_in(army, [(1, 2, "greece", "Country"), (7, 8, "cyprus", "Country")])
    assert triples(events) == {("ASSAULT", "greece", "cyprus")}
    firm = _staged_coup([("Sony", 1, "nsubj", "PROPN", "NNP")], [("marketing",)])
    events, _ = code_in(firm, [(0, 1, "sony", "Organization"), (5, 6, "cyprus", "Country")])
    assert events == []


def test_a_place_named_beside_its_kind_is_that_place() -> None:
    # "Rebels shelled the capital, Kabul."
    rows = [("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("the", 3, "det", "DET", "DT"), ("capital", 1, "dobj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","),
            ("Kabul", 3, "appos", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(5, 6, "kabul", "Place")])
    assert triples(events) == {("ASSAULT", "rebel-in-story-1", "kabul")}


# -- armed groups that fight a state, and what is taken from them -------------------------------------------

def test_guerrillas_of_a_named_country_are_a_group_of_their_own_not_the_state() -> None:
    # "Afghan guerrillas shot down a Soviet helicopter." — the guerrillas fight Afghanistan's own government, so
    # making the country their doer would put a rebellion on the state's account
    rows = [("Afghan", 1, "amod", "ADJ", "JJ"), ("guerrillas", 2, "nsubj", "NOUN", "NNS", "guerrilla"),
            ("shot", 2, "ROOT", "VERB", "VBD", "shoot"), ("down", 2, "prt", "ADP", "RP"),
            ("a", 6, "det", "DET", "DT"), ("Soviet", 6, "amod", "ADJ", "JJ"),
            ("helicopter", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(0, 1, "afghanistan", "Country"), (5, 6, "soviet-union", "Country")])
    assert [(e.category, e.recipient) for e in events] == [("ASSAULT", "soviet-union")]
    doer = entities[events[0].actor]
    assert (doer.type, doer.label, doer.codes) == ("Group", "Afghan guerrillas", (("cameo", "AFGREB"),))
    # "Afghan troops shot down a Soviet helicopter." — the state's own forces stay the state
    troops = [rows[0], ("troops", 2, "nsubj", "NOUN", "NNS", "troop"), *rows[2:]]
    events, _ = code_in(troops, [(0, 1, "afghanistan", "Country"), (5, 6, "soviet-union", "Country")])
    assert triples(events) == {("ASSAULT", "afghanistan", "soviet-union")}


def _captured(taken: Sequence[Row], offset: int) -> list[Row]:
    """"Ethiopian troops recaptured <taken> from Islamist militants ." with ``taken`` starting at token 3."""
    n = 3 + len(taken)
    shifted = [(w, h + 3 if h >= 0 else 2, *rest) for w, h, *rest in taken]
    return [("Ethiopian", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("recaptured", 2, "ROOT", "VERB", "VBD", "recapture"), *shifted,  # type: ignore[list-item]
            ("from", 2, "prep", "ADP", "IN"), ("Islamist", n + 2, "amod", "ADJ", "JJ"),
            ("militants", n, "pobj", "NOUN", "NNS", "militant"), (".", 2, "punct", "PUNCT", ".")]


def test_what_is_seized_is_a_prize_and_whom_it_is_taken_from_the_recipient() -> None:
    # "Ethiopian troops recaptured Kismayo from Islamist militants." — the town is what is fought over, the
    # militants whom the act is done to
    town = _captured([("Kismayo", -1, "dobj", "PROPN", "NNP")], 3)
    events, entities = code_in(town, [(0, 1, "ethiopia", "Country"), (3, 4, "kismayo", "Place")])
    assert len(events) == 1 and (events[0].category, events[0].actor) == ("ASSAULT", "ethiopia")
    assert entities[events[0].recipient].label == "Islamist militants"
    # "Ethiopian troops recaptured Somalia from Islamist militants." — a country taken is itself the party
    country = _captured([("Somalia", -1, "dobj", "PROPN", "NNP")], 3)
    events, _ = code_in(country, [(0, 1, "ethiopia", "Country"), (3, 4, "somalia", "Country")])
    assert triples(events) == {("ASSAULT", "ethiopia", "somalia")}


def test_peacekeepers_sent_are_protection_given_where_troops_sent_are_a_deployment() -> None:
    # "Italy sent peacekeepers to Lebanon." — CAMEO 074, military protection or peacekeeping: aid to the country
    rows = [("Italy", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("peacekeepers", 1, "dobj", "NOUN", "NNS", "peacekeeper"), ("to", 1, "dative", "ADP", "IN"),
            ("Lebanon", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    entities = [(0, 1, "italy", "Country"), (4, 5, "lebanon", "Country")]
    events, _ = code_in(rows, entities)
    assert triples(events) == {("AID", "italy", "lebanon")}
    troops = [*rows[:2], ("troops", 1, "dobj", "NOUN", "NNS", "troop"), *rows[3:]]
    events, _ = code_in(troops, entities)
    assert {e.category for e in events} == {"MOBILIZE"}


def test_declaring_a_diplomat_persona_non_grata_expels_him() -> None:
    # "Montenegro declared the Serbian ambassador persona non grata." (the parser's small clause) /
    # "Ukraine declared a Hungarian consul persona non grata." (the Latin as the object, the diplomat its modifier)
    clause = rows_of("Montenegro/1/nsubj/NNP declared/1/ROOT/VBD/declare the/4/det/DT Serbian/4/amod/JJ "
                     "ambassador/5/nsubj/NN persona/1/ccomp/VB non/7/compound/DT grata/5/dobj/NN ./1/punct/.")
    assert triples(code(clause, [(0, 1, "montenegro", "Country"), (3, 4, "serbia", "Country")])) == {
        ("SANCTION", "montenegro", "serbia")}
    modifier = rows_of("Ukraine/1/nsubj/NNP declared/1/ROOT/VBD/declare a/5/det/DT Hungarian/5/amod/JJ "
                       "consul/5/compound/NN persona/1/dobj/NN non/7/compound/PRP$ grata/5/appos/NN ./1/punct/.")
    assert triples(code(modifier, [(0, 1, "ukraine", "Country"), (3, 4, "hungary", "Country")])) == {
        ("SANCTION", "ukraine", "hungary")}
