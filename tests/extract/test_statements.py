"""Government statements and diplomacy in the shapes foreign-ministry wire copy writes them, each rule on a
hand-built parse: vows of revenge, bodies that act by their vote, messages sent. No statistical model runs
here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from newsgraph.extract.lexicon import Lexicon
from tests.extract.parses import code, triples

# -- vows of revenge -----------------------------------------------------------------------------------------------

def test_a_vow_of_revenge_against_a_party_threatens_it() -> None:
    # "Iran vowed revenge against Israel." — a vow of force is a threat (CAMEO 138), not a promise (AGREE)
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
            ("revenge", 1, "dobj", "NOUN", "NN"), ("against", 2, "prep", "ADP", "IN"),
            ("Israel", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country"), (4, 5, "israel", "Country")])
    assert triples(events) == {("THREATEN", "iran", "israel")}


def test_vowing_to_take_revenge_on_a_party_or_to_avenge_threatens() -> None:
    # "Iran vowed to take revenge on Israel."
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
            ("to", 3, "aux", "PART", "TO"), ("take", 1, "xcomp", "VERB", "VB"),
            ("revenge", 3, "dobj", "NOUN", "NN"), ("on", 3, "prep", "ADP", "IN"),
            ("Israel", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country"), (6, 7, "israel", "Country")])
    assert triples(events) == {("THREATEN", "iran", "israel")}
    lexicon = Lexicon.default()
    assert any(e.category == "ASSAULT" for e in lexicon.verb_entries("avenge"))
    assert any(e.category == "ASSAULT" for e in lexicon.noun_entries("vengeance"))


# -- a body acts by its vote -------------------------------------------------------------------------------------

def test_a_council_that_votes_to_impose_an_embargo_imposes_it_and_the_vote_is_no_agreement() -> None:
    # "The Security Council voted to impose an embargo on Sudan."
    rows = [("The", 2, "det", "DET", "DT"), ("Security", 2, "compound", "PROPN", "NNP"),
            ("Council", 3, "nsubj", "PROPN", "NNP"), ("voted", 3, "ROOT", "VERB", "VBD", "vote"),
            ("to", 5, "aux", "PART", "TO"), ("impose", 3, "xcomp", "VERB", "VB"), ("an", 7, "det", "DET", "DT"),
            ("embargo", 5, "dobj", "NOUN", "NN"), ("on", 7, "prep", "ADP", "IN"),
            ("Sudan", 8, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(1, 3, "un-security-council", "Organization"), (9, 10, "sudan", "Country")])
    assert triples(events) == {("SANCTION", "un-security-council", "sudan")}


# -- a message sent ----------------------------------------------------------------------------------------------

def test_a_message_sent_is_no_threat_of_its_own() -> None:
    # "Putin sent a message to Xi." — CAMEO's dictionary has it both a meeting and a threat; it is neither
    rows = [("Putin", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("a", 3, "det", "DET", "DT"), ("message", 1, "dobj", "NOUN", "NN"), ("to", 1, "dative", "ADP", "IN"),
            ("Xi", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert code(rows, [(0, 1, "vladimir-putin", "Person"), (5, 6, "xi-jinping", "Person")]) == []
