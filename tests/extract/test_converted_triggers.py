"""Triggers from the lexicon converted from PETRARCH-2, on hand-built parses: an object of several words needs its
modifiers, and a verb the CAMEO dictionary codes only through its block needs a recipient."""

from __future__ import annotations

import json

from newsgraph.extract.events import EventCoder
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.lexicon import Lexicon
from tests.extract.parses import code, coder, parse, triples

JAPAN = (0, 1, "japan", "Country")

# "Japan shepherded a free trade deal with Chile." / "Japan shepherded a trade deal with Chile."
FREE = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("shepherded", 1, "ROOT", "VERB", "VBD", "shepherd"),
        ("a", 5, "det", "DET", "DT"), ("free", 4, "amod", "ADJ", "JJ"), ("trade", 5, "compound", "NOUN", "NN"),
        ("deal", 1, "dobj", "NOUN", "NN"), ("with", 1, "prep", "ADP", "IN"), ("Chile", 6, "pobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", ".")]
PLAIN = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("shepherded", 1, "ROOT", "VERB", "VBD", "shepherd"),
         ("a", 4, "det", "DET", "DT"), ("trade", 4, "compound", "NOUN", "NN"), ("deal", 1, "dobj", "NOUN", "NN"),
         ("with", 1, "prep", "ADP", "IN"), ("Chile", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]


def test_an_object_of_several_words_needs_the_words_that_modify_it() -> None:
    entry = {"verb": "shepherd", "category": "COOPERATE", "object": ["free trade deal"]}
    lexicon = Lexicon.load_texts([("mine.jsonl", json.dumps(entry))])
    mine = EventCoder("newsgraph_events", Gazetteer.default(), lexicon)
    events = [e for e, _ in mine.code(parse(FREE, [JAPAN, (7, 8, "chile", "Country")]))]
    assert ("COOPERATE", "japan", "chile") in triples(events)
    events = [e for e, _ in mine.code(parse(PLAIN, [JAPAN, (6, 7, "chile", "Country")]))]
    assert not [e for e in events if e.rule.startswith("verb:shepherd")]


def test_a_verb_coded_by_its_block_is_an_event_with_a_recipient_only() -> None:
    # "Egypt outlawed the Brotherhood." / "Egypt outlawed." (OUTLAW is a synonym in CAMEO's PROHIBIT [172] block)
    rows = [("Egypt", 1, "nsubj", "PROPN", "NNP"), ("outlawed", 1, "ROOT", "VERB", "VBD", "outlaw"),
            ("the", 3, "det", "DET", "DT"), ("Brotherhood", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    egypt, brotherhood = (0, 1, "egypt", "Country"), (3, 4, "muslim-brotherhood", "Organization")
    assert triples(code(rows, [egypt, brotherhood])) == {("COERCE", "egypt", "muslim-brotherhood")}
    alone = [rows[0], rows[1], (".", 1, "punct", "PUNCT", ".")]
    assert code(alone, [egypt]) == []
    entry = next(e for e in coder().lexicon.verb_entries("outlaw") if not e.objects)
    assert entry.recipient_required and entry.cameo == "172" and "PROHIBIT" in entry.source


# "The rebels took three hostages." — "take" is the project's word (COERCE "took action against"), and CAMEO's
# "take + &HOSTAGE [181]" pattern adds the object the project's entries do not name.
HOSTAGES = [("The", 1, "det", "DET", "DT"), ("rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
            ("took", 2, "ROOT", "VERB", "VBD", "take"), ("three", 4, "nummod", "NUM", "CD"),
            ("hostages", 2, "dobj", "NOUN", "NNS", "hostage"), (".", 2, "punct", "PUNCT", ".")]


def test_a_converted_pattern_adds_an_object_to_a_word_the_project_defines() -> None:
    events = code(HOSTAGES)
    assert [(e.category, e.rule) for e in events] == [("ASSAULT", "verb:take+hostage")]
    entry = next(e for e in coder().lexicon.verb_entries("take") if "hostage" in e.objects)
    assert entry.cameo == "181" and "petrarch-verbs" in entry.source


def test_converted_patterns_leave_the_projects_frames_and_event_nouns_alone() -> None:
    lexicon = coder().lexicon
    converted = [e for head in ("demand", "reject", "agree") for e in lexicon.verb_entries(head)
                 if "petrarch" in e.source]
    assert converted == []  # requests, refusals and intents keep their frames
    # CAMEO codes "ended talks" as a sanction; the project's ending verbs compose with its event nouns
    assert not [e for e in lexicon.verb_entries("end") if "talks" in e.objects or "talk" in e.objects]
    # the project's reading of a word alone stands: "take" alone is no arrest
    assert not [e for e in lexicon.verb_entries("take") if "petrarch" in e.source and e.words == "take"
                and not e.objects]
