"""Conflict renounced, force kept open and a negation shared by verbs joined with "or", each on a hand-built parse
(``tests/extract/parses.py``). Each test fails when the rule it names is deleted.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code, rows_of, triples

_TWO_STATES = [(0, 1, "venezuela", "Country"), (2, 3, "guyana", "Country")]


def test_agreeing_not_to_threaten_or_use_force_is_an_agreement_not_a_threat() -> None:
    # "Venezuela and Guyana agreed not to threaten or use force." (composition._intend, intents._negated_act):
    # the promise not to use force is the news, AGREE; no threat, and never a threat as a plain fact
    rows = rows_of("Venezuela/3/nsubj/NNP and/0/cc/CC Guyana/0/conj/NNP agreed/3/ROOT/VBD/agree not/6/neg/RB "
                   "to/6/aux/TO threaten/3/xcomp/VB or/6/cc/CC use/6/conj/VB force/8/dobj/NN ./3/punct/.")
    events = code(rows, _TWO_STATES)
    assert {e.category for e in events} == {"AGREE"}
    assert {e.mode for e in events} == {None}  # the agreeing happened: the negation is what was agreed
    assert ("AGREE", "venezuela", "guyana") in triples(events)


def test_a_verb_joined_by_or_to_a_negated_verb_is_negated_too() -> None:
    # "Venezuela did not confirm or deny the attack." (modes._mode): no denial as a plain fact
    rows = rows_of("Venezuela/3/nsubj/NNP did/3/aux/VBD=AUX/do not/3/neg/RB confirm/3/ROOT/VB or/3/cc/CC "
                   "deny/3/conj/VB the/7/det/DT attack/5/dobj/NN ./3/punct/.")
    denials = [e for e in code(rows, _TWO_STATES[:1]) if e.category == "REJECT"]
    assert denials
    assert {e.mode for e in denials} == {Mode.NEGATED}



def test_not_ruling_out_military_action_is_a_veiled_threat() -> None:
    # "Japan did not rule out military action against North Korea." (composition._resolve_frame, _KEPT_OPEN):
    # force kept open is a threat (CAMEO 13), not a negated refusal
    rows = rows_of("Japan/3/nsubj/NNP did/3/aux/VBD=AUX/do not/3/neg/RB rule/3/ROOT/VB out/3/prt/RP "
                   "military/6/amod/JJ action/3/dobj/NN against/6/prep/IN North/9/compound/NNP "
                   "Korea/7/pobj/NNP ./3/punct/.")
    events = code(rows, [(0, 1, "japan", "Country"), (8, 10, "north-korea", "Country")])
    assert triples(events) == {("THREATEN", "japan", "north-korea")}
    assert {e.mode for e in events} == {None}
