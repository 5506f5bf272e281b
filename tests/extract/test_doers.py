"""Who acts when the sentence names no party as the doer itself: a state body known by the people named before
it, a document that speaks for who issued it, a group word before an event noun, a gathering, an act done "in"
a refusal or protest, and a group known by its leader. Hand-built parses (``tests/extract/parses.py``): deleting
a rule fails its test.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsgraph.extract.linking import EntityInfo
from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse


def _coded(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]],
           codes: dict[str, str] | None = None) -> list[Event]:
    """The events of a hand-built parse, the entities in ``codes`` given that CAMEO code."""
    doc: Doc = parse(rows, entities)
    doc._.doc_id = "story-1"
    for key, code in (codes or {}).items():
        info = doc._.entities[key]
        doc._.entities[key] = EntityInfo(info.key, info.label, info.type, (("cameo", code),))
    return [event for event, _ in coder().code(doc)]


def _parties(events: Sequence[Event], category: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor, e.recipient) for e in events if e.category == category]


# -- a state body known by the people named before it ------------------------------------------------------

# "After talks with Chancellor Helmut Kohl, the government rejected American demands."
KOHL = [("After", 9, "prep", "ADP", "IN"), ("talks", 0, "pobj", "NOUN", "NNS", "talk"),
        ("with", 1, "prep", "ADP", "IN"), ("Chancellor", 5, "compound", "PROPN", "NNP"),
        ("Helmut", 5, "compound", "PROPN", "NNP"), ("Kohl", 2, "pobj", "PROPN", "NNP"),
        (",", 9, "punct", "PUNCT", ","), ("the", 8, "det", "DET", "DT"), ("government", 9, "nsubj", "NOUN", "NN"),
        ("rejected", 9, "ROOT", "VERB", "VBD", "reject"), ("American", 11, "amod", "ADJ", "JJ"),
        ("demands", 9, "dobj", "NOUN", "NNS", "demand"), (".", 9, "punct", "PUNCT", ".")]


def test_the_government_is_the_country_of_the_person_named_before_it() -> None:
    events = _coded(KOHL, [(4, 6, "helmut-kohl", "Person"), (10, 11, "united-states", "Country")],
                    {"helmut-kohl": "DEUGOV"})
    assert _parties(events, "REJECT") == [("germany", "united-states")]


def test_the_government_after_people_of_two_countries_is_no_ones() -> None:
    # "Reagan met Gorbachev, and the government accused Moscow."
    rows = [("Reagan", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("Gorbachev", 1, "dobj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","), ("and", 1, "cc", "CCONJ", "CC"),
            ("the", 6, "det", "DET", "DT"), ("government", 7, "nsubj", "NOUN", "NN"),
            ("accused", 1, "conj", "VERB", "VBD", "accuse"), ("Moscow", 7, "dobj", "PROPN", "NNP"),
            (".", 7, "punct", "PUNCT", ".")]
    events = _coded(rows, [(0, 1, "reagan", "Person"), (2, 3, "gorbachev", "Person"), (8, 9, "russia", "Country")],
                    {"reagan": "USAGOV", "gorbachev": "SUNGOV"})
    assert _parties(events, "ACCUSE") == []


# -- a document speaks for who issued it, to whom it was sent ----------------------------------------------

def test_a_statement_speaks_for_who_issued_it() -> None:
    # "Iran's ministry issued a statement condemning Iraq."
    rows = [("Iran", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
            ("ministry", 3, "nsubj", "NOUN", "NN"),
            ("issued", 3, "ROOT", "VERB", "VBD", "issue"), ("a", 5, "det", "DET", "DT"),
            ("statement", 3, "dobj", "NOUN", "NN"), ("condemning", 5, "acl", "VERB", "VBG", "condemn"),
            ("Iraq", 6, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = _coded(rows, [(0, 1, "iran", "Country"), (7, 8, "iraq", "Country")])
    assert _parties(events, "ACCUSE") == [("iran", "iraq")]


def test_a_request_in_a_letter_is_made_of_whom_it_was_sent_to() -> None:
    # "Gates sent Reagan a letter requesting that his name be withdrawn."
    rows = [("Gates", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("Reagan", 1, "dative", "PROPN", "NNP"), ("a", 4, "det", "DET", "DT"), ("letter", 1, "dobj", "NOUN", "NN"),
            ("requesting", 4, "acl", "VERB", "VBG", "request"), ("that", 10, "mark", "SCONJ", "IN"),
            ("his", 8, "poss", "PRON", "PRP$"), ("name", 10, "nsubjpass", "NOUN", "NN"),
            ("be", 10, "auxpass", "AUX", "VB"), ("withdrawn", 5, "ccomp", "VERB", "VBN", "withdraw"),
            (".", 1, "punct", "PUNCT", ".")]
    events = _coded(rows, [(0, 1, "robert-gates", "Person"), (2, 3, "ronald-reagan", "Person")])
    assert _parties(events, "REQUEST") == [("robert-gates", "ronald-reagan")]


# -- a group word before an event noun makes it ---------------------------------------------------------------

def test_a_group_word_before_a_demand_is_who_makes_it() -> None:
    # "Union demands were rejected by Chirac."
    rows = [("Union", 1, "compound", "NOUN", "NN"), ("demands", 3, "nsubjpass", "NOUN", "NNS", "demand"),
            ("were", 3, "auxpass", "AUX", "VBD", "be"), ("rejected", 3, "ROOT", "VERB", "VBN", "reject"),
            ("by", 3, "agent", "ADP", "IN"), ("Chirac", 4, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = _coded(rows, [(5, 6, "jacques-chirac", "Person")])
    assert _parties(events, "REJECT") == [("jacques-chirac", "union-in-story-1")]


# -- a gathering acts as those it is of -------------------------------------------------------------------------

def test_a_meeting_of_a_body_acts_as_the_body() -> None:
    # "A meeting of the ICO council agreed to cut quotas."
    rows = [("A", 1, "det", "DET", "DT"), ("meeting", 6, "nsubj", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"), ("ICO", 5, "compound", "PROPN", "NNP"),
            ("council", 2, "pobj", "NOUN", "NN"),
            ("agreed", 6, "ROOT", "VERB", "VBD", "agree"), ("to", 8, "aux", "PART", "TO"),
            ("cut", 6, "xcomp", "VERB", "VB"), ("quotas", 8, "dobj", "NOUN", "NNS", "quota"),
            (".", 6, "punct", "PUNCT", ".")]
    events = _coded(rows, [(4, 5, "ico", "Organization")])
    assert [e.actor for e in events if e.category == "AGREE"] == ["ico"]


# -- an act done "in" a refusal or protest ------------------------------------------------------------------

MINERS = [("British", 1, "amod", "ADJ", "JJ"), ("miners", 2, "nsubj", "NOUN", "NNS", "miner"),
          ("walked", 2, "ROOT", "VERB", "VBD", "walk"), ("out", 2, "prt", "ADP", "RP"), ("in", 2, "prep", "ADP", "IN"),
          ("a", 6, "det", "DET", "DT"), ("refusal", 4, "pobj", "NOUN", "NN"), ("to", 8, "aux", "PART", "TO"),
          ("accept", 6, "acl", "VERB", "VB"), ("closures", 8, "dobj", "NOUN", "NNS", "closure"),
          ("ordered", 9, "acl", "VERB", "VBN", "order"), ("by", 10, "agent", "ADP", "IN"),
          ("the", 13, "det", "DET", "DT"), ("NCB", 11, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]


def test_a_refusal_an_act_is_done_in_is_the_doers() -> None:
    # "British miners walked out in a refusal to accept closures ordered by the NCB."
    events = _coded(MINERS, [(0, 1, "united-kingdom", "Country"), (13, 14, "ncb", "Organization")])
    assert _parties(events, "REJECT") == [("united-kingdom", "ncb")]


def test_a_refusal_named_before_is_not_the_doers_of_the_act_in_it() -> None:
    # "British miners walked out in the refusal ...": a refusal the text spoke of before, perhaps another's
    rows = [*MINERS[:5], ("the", 6, "det", "DET", "DT"), *MINERS[6:]]
    events = _coded(rows, [(0, 1, "united-kingdom", "Country"), (13, 14, "ncb", "Organization")])
    assert _parties(events, "REJECT") == []


# -- a group acts through the leader named beside it ------------------------------------------------------

def test_a_group_led_by_a_named_person_acts_through_them() -> None:
    # "A group of opposition politicians, led by Governor Mario Cuomo, criticised the NRC."
    rows = [("A", 1, "det", "DET", "DT"), ("group", 12, "nsubj", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
            ("opposition", 4, "compound", "NOUN", "NN"), ("politicians", 2, "pobj", "NOUN", "NNS", "politician"),
            (",", 1, "punct", "PUNCT", ","), ("led", 1, "acl", "VERB", "VBN", "lead"), ("by", 6, "agent", "ADP", "IN"),
            ("Governor", 10, "compound", "PROPN", "NNP"), ("Mario", 10, "compound", "PROPN", "NNP"),
            ("Cuomo", 7, "pobj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
            ("criticised", 12, "ROOT", "VERB", "VBD", "criticise"), ("the", 14, "det", "DET", "DT"),
            ("NRC", 12, "dobj", "PROPN", "NNP"), (".", 12, "punct", "PUNCT", ".")]
    events = _coded(rows, [(9, 11, "mario-cuomo", "Person"), (14, 15, "nrc", "Organization")])
    assert [(e.category, e.actor, e.recipient) for e in events] == [("ACCUSE", "mario-cuomo", "nrc")]


# -- civilians of no stated nationality are the people of where they are acted on ---------------------------

def test_civilians_acted_on_in_a_place_are_its_countrys() -> None:
    # "Israeli gunners shelled children in the east of the Gaza Strip."
    rows = [("Israeli", 1, "amod", "ADJ", "JJ"), ("gunners", 2, "nsubj", "NOUN", "NNS", "gunner"),
            ("shelled", 2, "ROOT", "VERB", "VBD", "shell"), ("children", 2, "dobj", "NOUN", "NNS", "child"),
            ("in", 2, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"), ("east", 4, "pobj", "NOUN", "NN"),
            ("of", 6, "prep", "ADP", "IN"), ("the", 10, "det", "DET", "DT"), ("Gaza", 10, "compound", "PROPN", "NNP"),
            ("Strip", 7, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events = _coded(rows, [(0, 1, "israel", "Country"), (9, 11, "gaza-strip", "Place")], {"gaza-strip": "PSE"})
    assert [(e.actor, e.recipient, e.recipient_sector) for e in events if e.category == "ASSAULT"] == \
        [("israel", "palestine", "civilians")]


def test_civilians_killed_in_shelling_in_a_place_are_its_countrys() -> None:
    # "Children were killed in Israeli tank shelling in the Gaza Strip." (the parser makes "shelling" a
    # clause of manner, the place hanging on it)
    rows = [("Children", 2, "nsubjpass", "NOUN", "NNS", "child"), ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("killed", 2, "ROOT", "VERB", "VBN", "kill"), ("in", 2, "prep", "ADP", "IN"),
            ("Israeli", 5, "amod", "ADJ", "JJ"), ("tank", 3, "pobj", "NOUN", "NN"),
            ("shelling", 2, "advcl", "VERB", "VBG", "shell"), ("in", 6, "prep", "ADP", "IN"),
            ("the", 10, "det", "DET", "DT"), ("Gaza", 10, "compound", "PROPN", "NNP"),
            ("Strip", 7, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events = _coded(rows, [(4, 5, "israel", "Country"), (9, 11, "gaza-strip", "Place")], {"gaza-strip": "PSE"})
    assert [(e.actor, e.recipient) for e in events if e.category == "ASSAULT"] == [("israel", "palestine")]
