"""Judgements a party passes on another (PLOVER.md: ACCUSE is disapprove, criticize, accuse, investigate; REJECT
is reject, refuse, deny): a state's protest, the charges a denial answers, faulting a party's act or will, a
measure ruled out, an affair declined, a charge recommended, an investigation. Each rule on a hand-built parse
(``tests/extract/parses.py``) that fails when the rule is deleted.
"""

from __future__ import annotations

from tests.extract.parses import code, triples

P = "PUNCT"
PRETORIA_SAID = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say")]
PRETORIA = (0, 1, "south-africa", "Country")


def _said(rows: list[tuple], entities: list[tuple[int, int, str, str]]) -> set:
    return triples(code([*PRETORIA_SAID, *rows, (".", 1, "punct", P, ".")], [PRETORIA, *entities]))


# -- a protest by a state is diplomatic ------------------------------------------------------------------------
def _protested(doer: tuple, entities: list[tuple[int, int, str, str]]) -> set:
    # "<doer> protested against Russia."
    rows = [doer, ("protested", 1, "ROOT", "VERB", "VBD", "protest"), ("against", 1, "prep", "ADP", "IN"),
            ("Russia", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    return triples(code(rows, [*entities, (3, 4, "russia", "Country")]))


def test_a_states_protest_is_an_accusation_and_a_crowds_a_protest() -> None:
    # PLOVER.md: a diplomatic protest is ACCUSE, a street protest PROTEST; who protests tells which
    assert _protested(("Japan", 1, "nsubj", "PROPN", "NNP"), [(0, 1, "japan", "Country")]) == \
        {("ACCUSE", "japan", "russia")}
    assert _protested(("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"), []) == {("PROTEST", "farmer", "russia")}


# -- a denial of charges codes the charges ----------------------------------------------------------------------
def _denied(noun: str, *after: tuple) -> set:
    # "Israel denied Syrian charges (that ...)."
    rows = [("Israel", 1, "nsubj", "PROPN", "NNP"), ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
            ("Syrian", 3, "amod", "ADJ", "JJ", "syrian"), (noun, 1, "dobj", "NOUN", "NNS", noun.removesuffix("s")),
            *after, (".", 1, "punct", P, ".")]
    return triples(code(rows, [(0, 1, "israel", "Country"), (2, 3, "syria", "Country")]))


def test_denying_a_partys_charges_is_also_its_accusation() -> None:
    assert _denied("charges") == {("REJECT", "israel", "syria"), ("ACCUSE", "syria", "israel")}
    # a claim is an accusation by what it says ("claims that its warplanes had bombed ..."), not a claim to land
    said = [("that", 7, "mark", "SCONJ", "IN"), ("it", 7, "nsubj", "PRON", "PRP"),
            ("had", 7, "aux", "AUX", "VBD", "have"), ("bombed", 3, "acl", "VERB", "VBN", "bomb"),
            ("Beirut", 7, "dobj", "PROPN", "NNP")]
    assert ("ACCUSE", "syria", "israel") in _denied("claims", *said)
    assert _denied("claims") == {("REJECT", "israel", "syria")}


# -- faulting what a named party did, proposed or failed to will -------------------------------------------------
def _owned(noun: str, predicate: tuple, owner: str = "Washington", tag: str = "NNP") -> set:
    # "Pretoria said Washington's offer was inadequate." / "... Washington's commitment was flagging."
    rows = [(owner, 4, "poss", "PROPN" if tag == "NNP" else "PRON", tag), ("'s", 2, "case", "PART", "POS"),
            (noun, 5, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD", "be"), predicate]
    entities = [(2, 3, "united-states", "Country")] if tag == "NNP" else []
    return _said(rows, entities)


def test_faulting_a_named_partys_act_or_will_accuses_it() -> None:
    inadequate = ("inadequate", 5, "acomp", "ADJ", "JJ")
    flagging = ("flagging", 5, "acomp", "VERB", "VBG", "flag")
    assert _owned("offer", inadequate) == {("ACCUSE", "south-africa", "united-states")}
    assert _owned("commitment", flagging) == {("ACCUSE", "south-africa", "united-states")}
    # a will flags; growth that flags is a market's, and faults no one
    assert _owned("growth", flagging) == set()


def test_faulting_a_thing_no_one_named_owns_accuses_no_one() -> None:
    # "Pretoria said the measures were inadequate.": said of markets and measures as well
    rows = [("the", 3, "det", "DET", "DT"), ("measures", 4, "nsubj", "NOUN", "NNS", "measure"),
            ("were", 1, "ccomp", "AUX", "VBD", "be"), ("inadequate", 4, "acomp", "ADJ", "JJ")]
    assert _said(rows, []) == set()


# -- a measure ruled out, an affair declined ------------------------------------------------------------------
def test_saying_a_measure_not_taken_is_not_justified_refuses_it() -> None:
    # "Pretoria said a ban was not justified." refuses the ban; "... Washington's ban ..." condemns Washington
    a_ban = [("a", 3, "det", "DET", "DT"), ("ban", 4, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD", "be"),
             ("not", 4, "neg", "PART", "RB"), ("justified", 4, "acomp", "ADJ", "JJ")]
    assert _said(a_ban, []) == {("REJECT", "south-africa", None)}
    theirs = [("Washington", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
              ("ban", 5, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD", "be"),
              ("not", 5, "neg", "PART", "RB"), ("justified", 5, "acomp", "ADJ", "JJ")]
    assert _said(theirs, [(2, 3, "united-states", "Country")]) == {("ACCUSE", "south-africa", "united-states")}


def test_telling_a_party_its_affair_is_a_matter_for_others_rebuffs_it() -> None:
    # "Pretoria told Maputo that the talks were a matter for the banks." / "... were a matter."
    rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("Maputo", 1, "dobj", "PROPN", "NNP"), ("that", 6, "mark", "SCONJ", "IN"),
            ("the", 5, "det", "DET", "DT"), ("talks", 6, "nsubj", "NOUN", "NNS", "talk"),
            ("were", 1, "ccomp", "AUX", "VBD", "be"), ("a", 8, "det", "DET", "DT"),
            ("matter", 6, "attr", "NOUN", "NN"), ("for", 8, "prep", "ADP", "IN"), ("the", 11, "det", "DET", "DT"),
            ("banks", 9, "pobj", "NOUN", "NNS", "bank"), (".", 1, "punct", P, ".")]
    entities = [PRETORIA, (2, 3, "mozambique", "Country")]
    assert triples(code(rows, entities)) == {("REJECT", "south-africa", "mozambique")}
    assert triples(code([*rows[:9], rows[-1]], entities)) == set()


# -- charges and investigations ----------------------------------------------------------------------------
def test_recommending_that_a_party_be_charged_is_a_charge_to_come() -> None:
    # "Pretoria recommended that Smith be charged."
    rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("recommended", 1, "ROOT", "VERB", "VBD", "recommend"),
            ("that", 5, "mark", "SCONJ", "IN"), ("Smith", 5, "nsubjpass", "PROPN", "NNP"),
            ("be", 5, "auxpass", "AUX", "VB"), ("charged", 1, "ccomp", "VERB", "VBN", "charge"),
            (".", 1, "punct", P, ".")]
    events = code(rows, [PRETORIA, (3, 4, "john-smith", "Person")])
    assert [(e.category, e.actor, e.recipient, e.mode.value if e.mode else None) for e in events] == \
        [("ACCUSE", "south-africa", "john-smith", "future")]


def test_looking_for_violations_is_an_investigation() -> None:
    # "Pretoria is looking for violations." / "... looking for buyers."
    def rows(noun: str) -> list:
        return [("Pretoria", 2, "nsubj", "PROPN", "NNP"), ("is", 2, "aux", "AUX", "VBZ", "be"),
                ("looking", 2, "ROOT", "VERB", "VBG", "look"), ("for", 2, "prep", "ADP", "IN"),
                (noun, 3, "pobj", "NOUN", "NNS", noun.removesuffix("s")), (".", 2, "punct", P, ".")]
    assert triples(code(rows("violations"), [PRETORIA])) == {("ACCUSE", "south-africa", None)}
    assert triples(code(rows("buyers"), [PRETORIA])) == set()


def test_an_indictment_on_charges_is_an_accusation() -> None:
    # "Pretoria indicted Smith on charges.": criminal charges are ACCUSE, where CAMEO 173 has coercion
    rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("indicted", 1, "ROOT", "VERB", "VBD", "indict"),
            ("Smith", 1, "dobj", "PROPN", "NNP"), ("on", 1, "prep", "ADP", "IN"),
            ("charges", 3, "pobj", "NOUN", "NNS", "charge"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [PRETORIA, (2, 3, "john-smith", "Person")])) == \
        {("ACCUSE", "south-africa", "john-smith")}


def test_speaking_against_a_measure_disapproves_of_it_whoever_proposed_it() -> None:
    # "Japan spoke against the tax." names no one whose tax it is, and is still a disapproval; "Japan spoke
    # against rushing." names no measure, and no one
    def rows(word: tuple) -> list:
        return [("Japan", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
                ("against", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), word, (".", 1, "punct", P, ".")]
    japan = [(0, 1, "japan", "Country")]
    assert triples(code(rows(("tax", 2, "pobj", "NOUN", "NN")), japan)) == {("ACCUSE", "japan", None)}
    assert triples(code(rows(("rushing", 2, "pcomp", "VERB", "VBG", "rush")), japan)) == set()
