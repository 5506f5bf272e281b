"""In "X warned that Y would V", Y is the one warned when it undergoes V ("would face sanctions") and X's own
side when it does V ("would close the Strait"): then the threat is aimed at whom its condition is about."""

from __future__ import annotations

from tests.extract.parses import Row, code, triples


def test_the_subject_that_acts_is_the_threateners_side_not_the_one_warned() -> None:
    # "Kossari warned that Tehran would close the Strait." (a lawmaker the article gives no country)
    rows: list[Row] = [
        ("Kossari", 1, "nsubj", "PROPN", "NNP"), ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 5, "mark", "SCONJ", "IN"), ("Tehran", 5, "nsubj", "PROPN", "NNP"),
        ("would", 5, "aux", "AUX", "MD"), ("close", 1, "ccomp", "VERB", "VB"), ("the", 7, "det", "DET", "DT"),
        ("Strait", 5, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "mohammad-kossari", "Person"), (3, 4, "iran", "Country")]))
    assert ("THREATEN", "mohammad-kossari", "iran") not in found


def test_forced_to_act_is_still_acting_and_the_condition_is_found_below_the_infinitive() -> None:
    # "Kim warned that Pyongyang would be forced to strengthen its deterrent if Washington refused."
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP"), ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 6, "mark", "SCONJ", "IN"), ("Pyongyang", 6, "nsubjpass", "PROPN", "NNP"),
        ("would", 6, "aux", "AUX", "MD"), ("be", 6, "auxpass", "AUX", "VB"),
        ("forced", 1, "ccomp", "VERB", "VBN", "force"), ("to", 8, "aux", "PART", "TO"),
        ("strengthen", 6, "xcomp", "VERB", "VB"), ("its", 10, "poss", "PRON", "PRP$"),
        ("deterrent", 8, "dobj", "NOUN", "NN"), ("if", 13, "mark", "SCONJ", "IN"),
        ("Washington", 13, "nsubj", "PROPN", "NNP"), ("refused", 8, "advcl", "VERB", "VBD", "refuse"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    entities = [(0, 1, "kim-yong-il", "Person"), (3, 4, "north-korea", "Country"),
                (12, 13, "united-states", "Country")]
    found = triples(code(rows, entities))
    assert ("THREATEN", "kim-yong-il", "united-states") in found
    assert ("THREATEN", "kim-yong-il", "north-korea") not in found


def test_the_subject_that_undergoes_is_the_one_warned() -> None:
    # "Iran warned that Iraq would face severe consequences."
    rows: list[Row] = [
        ("Iran", 1, "nsubj", "PROPN", "NNP"), ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 5, "mark", "SCONJ", "IN"), ("Iraq", 5, "nsubj", "PROPN", "NNP"),
        ("would", 5, "aux", "AUX", "MD"), ("face", 1, "ccomp", "VERB", "VB"), ("severe", 7, "amod", "ADJ", "JJ"),
        ("consequences", 5, "dobj", "NOUN", "NNS", "consequence"), (".", 1, "punct", "PUNCT", "."),
    ]
    found = triples(code(rows, [(0, 1, "iran", "Country"), (3, 4, "iraq", "Country")]))
    assert ("THREATEN", "iran", "iraq") in found
