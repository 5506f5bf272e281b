"""Wire copy of conflicts, ministry statements and other decades, each rule on a hand-built parse.

Wire reports tell violence through their sources ("..., the military said"), governments speak through
ministries and spokesmen, and older copy has its own names and turns of phrase; these tests pin the rules that
read them, so that deleting a rule fails its test. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, triples

# -- a source named after the news is no accuser ----------------------------------------------------------------

_BOMBED = [("Iraqi", 1, "amod", "ADJ", "JJ"), ("warplanes", 2, "nsubj", "NOUN", "NNS", "warplane"),
           ("bombed", 2, "ROOT", "VERB", "VBD", "bomb"), ("Tehran", 2, "dobj", "PROPN", "NNP")]


def test_a_party_that_says_another_attacked_accuses_it() -> None:
    # "Iran said Iraqi warplanes bombed Tehran." — the saying is the news: Iran's charge against Iraq
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Iraqi", 3, "amod", "ADJ", "JJ"), ("warplanes", 4, "nsubj", "NOUN", "NNS", "warplane"),
            ("bombed", 1, "ccomp", "VERB", "VBD", "bomb"), ("Tehran", 4, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country"), (2, 3, "iraq", "Country"), (5, 6, "iran", "Country")])
    assert triples(events) == {("ASSAULT", "iraq", "iran"), ("ACCUSE", "iran", "iraq")}


def test_a_source_named_after_the_news_tags_it_and_accuses_no_one() -> None:
    # "Iraqi warplanes bombed Tehran, Iran said." — the saying beside the clause tells where the news came from
    beside = [*_BOMBED, (",", 6, "punct", "PUNCT", ","), ("Iran", 6, "nsubj", "PROPN", "NNP"),
              ("said", 2, "parataxis", "VERB", "VBD", "say"), (".", 2, "punct", "PUNCT", ".")]
    entities = [(0, 1, "iraq", "Country"), (3, 4, "iran", "Country"), (5, 6, "iran", "Country")]
    assert triples(code(beside, entities)) == {("ASSAULT", "iraq", "iran")}
    # the same with the parser making the saying the root and the news its clause before it
    rooted = [("Iraqi", 1, "amod", "ADJ", "JJ"), ("warplanes", 2, "nsubj", "NOUN", "NNS", "warplane"),
              ("bombed", 6, "ccomp", "VERB", "VBD", "bomb"), ("Tehran", 2, "dobj", "PROPN", "NNP"),
              (",", 6, "punct", "PUNCT", ","), ("Iran", 6, "nsubj", "PROPN", "NNP"),
              ("said", 6, "ROOT", "VERB", "VBD", "say"), (".", 6, "punct", "PUNCT", ".")]
    assert triples(code(rooted, entities)) == {("ASSAULT", "iraq", "iran")}


# -- a preposition after the object is no particle ---------------------------------------------------------------

def test_a_phrase_after_the_object_is_no_particle_of_the_verb() -> None:
    # "The Soviet Union gave Cuba aid in March." — giving aid, not "giving in"
    rows = [("The", 2, "det", "DET", "DT"), ("Soviet", 2, "compound", "PROPN", "NNP"),
            ("Union", 3, "nsubj", "PROPN", "NNP"), ("gave", 3, "ROOT", "VERB", "VBD", "give"),
            ("Cuba", 3, "dative", "PROPN", "NNP"), ("aid", 3, "dobj", "NOUN", "NN"),
            ("in", 3, "prep", "ADP", "IN"), ("March", 6, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 3, "soviet-union", "Country"), (4, 5, "cuba", "Country")])
    assert triples(events) == {("AID", "soviet-union", "cuba")}
    # "Britain gave in to the demands." — the particle right after the verb still makes "give in"
    rows = [("Britain", 1, "nsubj", "PROPN", "NNP"), ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("in", 1, "prt", "ADP", "RP"), ("to", 1, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
            ("demands", 3, "pobj", "NOUN", "NNS", "demand"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(rows, [(0, 1, "united-kingdom", "Country")])) == {("CONCEDE", "united-kingdom", None)}


# -- what a stance is against, or an act retaliates for, is no fact of its own -----------------------------------

def test_what_a_struggle_is_against_is_its_target_not_an_event() -> None:
    # "China backed Pakistan in its struggle against Indian aggression." — the backing; the aggression is what
    # Pakistan's side calls its enemy's conduct, no fact of the day
    rows = [("China", 1, "nsubj", "PROPN", "NNP"), ("backed", 1, "ROOT", "VERB", "VBD", "back"),
            ("Pakistan", 1, "dobj", "PROPN", "NNP"), ("in", 1, "prep", "ADP", "IN"),
            ("its", 5, "poss", "PRON", "PRP$"), ("struggle", 3, "pobj", "NOUN", "NN"),
            ("against", 5, "prep", "ADP", "IN"), ("Indian", 8, "amod", "ADJ", "JJ"),
            ("aggression", 6, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "china", "Country"), (2, 3, "pakistan", "Country"), (7, 8, "india", "Country")])
    assert ("SUPPORT", "china", "pakistan") in triples(events)
    assert not [e for e in events if e.category == "ASSAULT"]


def test_what_an_act_retaliates_for_is_its_motive_not_an_event() -> None:
    # "Israel bombed Gaza in retaliation for an attack by Hamas." — the bombing; the attack is background
    rows = [("Israel", 1, "nsubj", "PROPN", "NNP"), ("bombed", 1, "ROOT", "VERB", "VBD", "bomb"),
            ("Gaza", 1, "dobj", "PROPN", "NNP"), ("in", 1, "prep", "ADP", "IN"),
            ("retaliation", 3, "pobj", "NOUN", "NN"), ("for", 4, "prep", "ADP", "IN"), ("an", 7, "det", "DET", "DT"),
            ("attack", 5, "pobj", "NOUN", "NN"), ("by", 7, "prep", "ADP", "IN"), ("Hamas", 8, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "israel", "Country"), (2, 3, "palestine", "Country"), (9, 10, "hamas", "Organization")])
    assert [(e.category, e.actor) for e in events] == [("ASSAULT", "israel")]


# -- a measure declared is in force ------------------------------------------------------------------------------

def test_a_measure_a_party_announces_is_its_own_act() -> None:
    # "Saudi Arabia announced an embargo on oil shipments to the United States."
    rows = [("Saudi", 1, "compound", "PROPN", "NNP"), ("Arabia", 2, "nsubj", "PROPN", "NNP"),
            ("announced", 2, "ROOT", "VERB", "VBD", "announce"), ("an", 4, "det", "DET", "DT"),
            ("embargo", 2, "dobj", "NOUN", "NN"), ("on", 4, "prep", "ADP", "IN"), ("oil", 7, "compound", "NOUN", "NN"),
            ("shipments", 5, "pobj", "NOUN", "NNS", "shipment"), ("to", 4, "prep", "ADP", "IN"),
            ("the", 11, "det", "DET", "DT"), ("United", 11, "compound", "PROPN", "NNP"),
            ("States", 8, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 2, "saudi-arabia", "Country"), (9, 12, "united-states", "Country")])
    assert triples(events) == {("SANCTION", "saudi-arabia", "united-states")}


def test_a_freeze_on_assets_is_an_asset_freeze() -> None:
    # "Washington ordered a freeze on Libyan assets." — the sanction ordered, not a request
    rows = [("Washington", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("a", 3, "det", "DET", "DT"), ("freeze", 1, "dobj", "NOUN", "NN"), ("on", 3, "prep", "ADP", "IN"),
            ("Libyan", 6, "amod", "ADJ", "JJ"), ("assets", 4, "pobj", "NOUN", "NNS", "asset"),
            (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "united-states", "Country"), (5, 6, "libya", "Country")])
    assert triples(events) == {("SANCTION", "united-states", "libya")}


# -- who undergoes an act named by a noun ------------------------------------------------------------------------

def test_the_people_an_act_is_done_to_are_its_recipients_not_its_doers() -> None:
    # "The killing of three Israeli soldiers by Hezbollah guerrillas angered Israel." — the soldiers were killed
    # (an act named as what is condemned is no event of its own: test_political_news)
    rows = [("The", 1, "det", "DET", "DT"), ("killing", 9, "nsubj", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
            ("three", 5, "nummod", "NUM", "CD"), ("Israeli", 5, "amod", "ADJ", "JJ"),
            ("soldiers", 2, "pobj", "NOUN", "NNS", "soldier"), ("by", 1, "prep", "ADP", "IN"),
            ("Hezbollah", 8, "compound", "PROPN", "NNP"), ("guerrillas", 6, "pobj", "NOUN", "NNS", "guerrilla"),
            ("angered", 9, "ROOT", "VERB", "VBD", "anger"), ("Israel", 9, "dobj", "PROPN", "NNP"),
            (".", 9, "punct", "PUNCT", ".")]
    events = code(rows, [(4, 5, "israel", "Country"), (7, 8, "hezbollah", "Organization"),
                         (10, 11, "israel", "Country")])
    assert {t for t in triples(events) if t[0] == "ASSAULT"} == {("ASSAULT", "hezbollah", "israel")}


# -- a subject the parser hung on the conjunction ----------------------------------------------------------------

def test_the_subject_of_an_after_clause_read_as_the_conjunctions_object_is_its_doer() -> None:
    # "Belgian troops landed after Congolese soldiers attacked whites." with "soldiers" hung on "after" as a
    # preposition's object: the soldiers attacked, not the Belgian troops of the main clause
    rows = [("Belgian", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("landed", 2, "ROOT", "VERB", "VBD", "land"), ("after", 6, "mark", "SCONJ", "IN"),
            ("Congolese", 5, "amod", "ADJ", "JJ"), ("soldiers", 3, "pobj", "NOUN", "NNS", "soldier"),
            ("attacked", 2, "advcl", "VERB", "VBD", "attack"), ("whites", 6, "dobj", "NOUN", "NNS", "white"),
            (".", 2, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "belgium", "Country"), (4, 5, "democratic-republic-of-the-congo", "Country")])
    assert [(e.category, e.actor) for e in events if e.category == "ASSAULT"] == \
        [("ASSAULT", "democratic-republic-of-the-congo")]

# -- people put out of a country ---------------------------------------------------------------------------------

def test_people_a_state_puts_out_are_coerced() -> None:
    # "Iraq expelled the UN inspectors." — putting people out of the country (CAMEO 174): COERCE
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
            ("the", 4, "det", "DET", "DT"), ("UN", 4, "compound", "PROPN", "NNP"),
            ("inspectors", 1, "dobj", "NOUN", "NNS", "inspector"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iraq", "Country"), (3, 4, "united-nations", "Organization")])
    assert triples(events) == {("COERCE", "iraq", "united-nations")}
