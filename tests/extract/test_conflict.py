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
from tests.extract.parses import Row, coder, parse, triples


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


def test_militiamen_of_no_country_are_an_armed_group_of_their_article() -> None:
    # "Militiamen shelled Sarajevo."
    rows = [("Militiamen", 1, "nsubj", "NOUN", "NNS", "militiaman"), ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("Sarajevo", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(2, 3, "sarajevo", "Place")])
    assert triples(events) == {("ASSAULT", "militiaman-in-story-1", "sarajevo")}
    assert entities["militiaman-in-story-1"].sector == "armed groups"


def test_a_capitalised_plural_the_tagger_took_for_a_name_is_still_a_group_word() -> None:
    # "Rebels shelled Kabul." — sentence-initial "Rebels" tagged a proper noun, its plural kept as its lemma
    rows = [("Rebels", 1, "nsubj", "PROPN", "NNPS", "rebels"), ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("Kabul", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(2, 3, "kabul", "Place")])
    assert triples(events) == {("ASSAULT", "rebel-in-story-1", "kabul")}
    assert entities["rebel-in-story-1"].sector == "rebels"
