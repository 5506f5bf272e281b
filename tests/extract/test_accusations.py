"""Accusations and denials in reported speech (PLOVER.md: ACCUSE is disapprove, criticize, condemn, accuse,
allege, investigate; REJECT includes denying a charge), each rule on a hand-built parse
(``tests/extract/parses.py``) that fails when the rule is deleted.
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples

P = "PUNCT"
SOUTH_AFRICA_SAID = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say")]
PARTIES = [(0, 1, "south-africa", "Country")]


def _said(rows: list[tuple], entities: list[tuple[int, int, str, str]]) -> set:
    return triples(code([*SOUTH_AFRICA_SAID, *rows, (".", 1, "punct", P, ".")], [*PARTIES, *entities]))


# -- whom a condemnation or a denial in a reported clause is aimed at ----------------------------------------------
def test_a_condemnation_is_aimed_at_whoever_made_the_thing_condemned() -> None:
    # "Pretoria said the sanctions imposed by Washington were unjust."
    rows = [("the", 3, "det", "DET", "DT"), ("sanctions", 7, "nsubj", "NOUN", "NNS", "sanction"),
            ("imposed", 3, "acl", "VERB", "VBN", "impose"), ("by", 4, "agent", "ADP", "IN"),
            ("Washington", 5, "pobj", "PROPN", "NNP"), ("were", 1, "ccomp", "AUX", "VBD", "be"),
            ("unjust", 7, "acomp", "ADJ", "JJ")]
    assert _said(rows, [(6, 7, "united-states", "Country")]) == {("ACCUSE", "south-africa", "united-states")}


def test_a_condemnation_is_aimed_at_the_owner_named_after_the_thing() -> None:
    # "Pretoria said the tariffs of Taiwan were unacceptable."
    rows = [("the", 3, "det", "DET", "DT"), ("tariffs", 6, "nsubj", "NOUN", "NNS", "tariff"),
            ("of", 3, "prep", "ADP", "IN"), ("Taiwan", 4, "pobj", "PROPN", "NNP"),
            ("were", 1, "ccomp", "AUX", "VBD", "be"), ("unacceptable", 6, "acomp", "ADJ", "JJ")]
    assert _said(rows, [(5, 6, "taiwan", "Country")]) == {("ACCUSE", "south-africa", "taiwan")}


def test_calling_charges_groundless_denies_them_to_whoever_made_them() -> None:
    # "Pretoria said the American charges were groundless." / "... the charges were groundless."
    rows = [("the", 4, "det", "DET", "DT"), ("American", 4, "amod", "ADJ", "JJ", "american"),
            ("charges", 5, "nsubj", "NOUN", "NNS", "charge"), ("were", 1, "ccomp", "AUX", "VBD", "be"),
            ("groundless", 5, "acomp", "ADJ", "JJ")]
    assert _said(rows, [(3, 4, "united-states", "Country")]) == {("REJECT", "south-africa", "united-states")}
    assert _said(rows, []) == {("REJECT", "south-africa", None)}


# -- what is said to be a wrong ----------------------------------------------------------------------------------
def _is_a(noun: str, *before: tuple) -> set:
    # "Pretoria said Washington's decision was a (dangerous) provocation."
    n = len(before)
    rows = [("Washington", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
            ("decision", 5, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("a", 7 + n, "det", "DET", "DT"), *before, (noun, 5, "attr", "NOUN", "NN")]
    return _said(rows, [(2, 3, "united-states", "Country")])


def test_saying_a_partys_act_is_a_wrong_condemns_the_party() -> None:
    assert _is_a("provocation") == {("ACCUSE", "south-africa", "united-states")}
    assert _is_a("act") == set()  # "... was an act" condemns nothing
    assert _is_a("step", ("flagrant", 8, "amod", "ADJ", "JJ")) == {("ACCUSE", "south-africa", "united-states")}
    assert _is_a("disaster") == set()  # harm alone, which markets and weather also do


def test_saying_a_party_committed_a_wrong_accuses_it() -> None:
    # "Pretoria said Washington had committed an act of aggression." / "... had committed an act."
    rows = [("Washington", 4, "nsubj", "PROPN", "NNP"), ("had", 4, "aux", "AUX", "VBD", "have"),
            ("committed", 1, "ccomp", "VERB", "VBN", "commit"), ("an", 6, "det", "DET", "DT"),
            ("act", 4, "dobj", "NOUN", "NN"), ("of", 6, "prep", "ADP", "IN"), ("aggression", 7, "pobj", "NOUN", "NN")]
    washington = [(2, 3, "united-states", "Country")]
    assert _said(rows, washington) == {("ACCUSE", "south-africa", "united-states")}
    assert _said(rows[:5], washington) == set()


def _failed(verb: str, *, negated: bool = False) -> set:
    # "Pretoria said Maputo had failed to honour the accord." / "... had not respected the accord."
    maputo = [(2, 3, "mozambique", "Country")]
    if negated:
        rows = [("Maputo", 5, "nsubj", "PROPN", "NNP"), ("had", 5, "aux", "AUX", "VBD", "have"),
                ("not", 5, "neg", "PART", "RB"), (verb, 1, "ccomp", "VERB", "VBN", verb.removesuffix("ed")),
                ("the", 7, "det", "DET", "DT"), ("accord", 5, "dobj", "NOUN", "NN")]
        return _said(rows, maputo)
    rows = [("Maputo", 4, "nsubj", "PROPN", "NNP"), ("had", 4, "aux", "AUX", "VBD", "have"),
            ("failed", 1, "ccomp", "VERB", "VBN", "fail"), ("to", 6, "aux", "PART", "TO"),
            (verb, 4, "xcomp", "VERB", "VB"), ("the", 8, "det", "DET", "DT"), ("accord", 6, "dobj", "NOUN", "NN")]
    return _said(rows, maputo)


def test_saying_a_party_failed_to_keep_an_obligation_accuses_it() -> None:
    assert _failed("honour") == {("ACCUSE", "south-africa", "mozambique")}
    assert _failed("respected", negated=True) == {("ACCUSE", "south-africa", "mozambique")}
    assert not any(category == "ACCUSE" for category, _, _ in _failed("win"))  # a want of success, no breach


def test_saying_the_blame_lies_with_a_party_accuses_it() -> None:
    # "Pretoria said responsibility for the clash lay with Maputo." / "... the blame rests on no one named."
    rows = [("responsibility", 6, "nsubj", "NOUN", "NN"), ("for", 2, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"), ("clash", 3, "pobj", "NOUN", "NN"),
            ("lay", 1, "ccomp", "VERB", "VBD", "lie"), ("with", 6, "prep", "ADP", "IN"),
            ("Maputo", 7, "pobj", "PROPN", "NNP")]
    assert _said(rows, [(8, 9, "mozambique", "Country")]) == {("ACCUSE", "south-africa", "mozambique")}
    # the clash lay with no party: "lay" with a thing that is no blame
    rows[0] = ("fighting", 6, "nsubj", "NOUN", "NN")
    assert _said(rows, [(8, 9, "mozambique", "Country")]) == set()
    # a duty is no blame: "Pretoria said responsibility for trade policy lay with Maputo."
    duty = [("responsibility", 6, "nsubj", "NOUN", "NN"), ("for", 2, "prep", "ADP", "IN"),
            ("trade", 5, "compound", "NOUN", "NN"), ("policy", 3, "pobj", "NOUN", "NN"),
            ("lay", 1, "ccomp", "VERB", "VBD", "lie"), ("with", 6, "prep", "ADP", "IN"),
            ("Maputo", 7, "pobj", "PROPN", "NNP")]
    assert _said(duty, [(8, 9, "mozambique", "Country")]) == set()


def test_an_obligation_said_to_be_broken_by_a_thing_is_its_owners() -> None:
    # "Pretoria said the tax would violate Maputo's obligations." / "... would violate the obligations."
    rows = [("the", 3, "det", "DET", "DT"), ("tax", 5, "nsubj", "NOUN", "NN"), ("would", 5, "aux", "AUX", "MD"),
            ("violate", 1, "ccomp", "VERB", "VB"), ("Maputo", 8, "poss", "PROPN", "NNP"),
            ("'s", 6, "case", "PART", "POS"), ("obligations", 5, "dobj", "NOUN", "NNS", "obligation")]
    assert _said(rows, [(6, 7, "mozambique", "Country")]) == {("ACCUSE", "south-africa", "mozambique")}
    rows[4:6] = [("the", 7, "det", "DET", "DT")]
    rows[-1] = ("obligations", 5, "dobj", "NOUN", "NNS", "obligation")
    assert _said(rows, []) == {("ACCUSE", "south-africa", None)}


# -- a clause of contrast is asserted on its own -------------------------------------------------------------------
def test_a_clause_set_against_a_guess_is_no_guess() -> None:
    # "Analysts speculated that Japan would attack Russia, while China condemned Russia." / the same with a bare
    # "while", which may tell the time, and so is part of the guess
    def coded(comma: bool) -> set:
        pause = [(",", 5, "punct", P, ",")] if comma else []
        n = len(pause)
        rows = [("Analysts", 1, "nsubj", "NOUN", "NNS", "analyst"),
                ("speculated", 1, "ROOT", "VERB", "VBD", "speculate"), ("that", 5, "mark", "SCONJ", "IN"),
                ("Japan", 5, "nsubj", "PROPN", "NNP"), ("would", 5, "aux", "AUX", "MD"),
                ("attack", 1, "ccomp", "VERB", "VB"), ("Russia", 5, "dobj", "PROPN", "NNP"), *pause,
                ("while", 9 + n, "mark", "SCONJ", "IN"), ("China", 9 + n, "nsubj", "PROPN", "NNP"),
                ("condemned", 5, "advcl", "VERB", "VBD", "condemn"), ("Russia", 9 + n, "dobj", "PROPN", "NNP"),
                (".", 1, "punct", P, ".")]
        entities = [(3, 4, "japan", "Country"), (6, 7, "russia", "Country"), (8 + n, 9 + n, "china", "Country"),
                    (10 + n, 11 + n, "russia", "Country")]
        return {(e.category, e.actor, e.recipient, e.mode and e.mode.value)
                for e in code(rows, entities) if e.category == "ACCUSE"}

    assert coded(comma=True) == {("ACCUSE", "china", "russia", None)}
    assert coded(comma=False) == {("ACCUSE", "china", "russia", "hypothetical")}


# -- the body a complaint is lodged with is its venue (PLOVER.md, "Not events") -------------------------------------
def _lodged(second: tuple | list, entities: list[tuple[int, int, str, str]]) -> set:
    # "Britain lodged a complaint with the GATT against Japan." / "... with the GATT over Japanese taxes."
    rows = [("Britain", 1, "nsubj", "PROPN", "NNP"), ("lodged", 1, "ROOT", "VERB", "VBD", "lodge"),
            ("a", 3, "det", "DET", "DT"), ("complaint", 1, "dobj", "NOUN", "NN"), ("with", 1, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("GATT", 4, "pobj", "PROPN", "NNP"), *second, (".", 1, "punct", P, ".")]
    return triples(code(rows, [(0, 1, "united-kingdom", "Country"), (6, 7, "gatt", "Organization"), *entities]))


def test_a_complaint_lodged_with_a_body_accuses_the_party_it_names() -> None:
    against = [("against", 3, "prep", "ADP", "IN"), ("Japan", 7, "pobj", "PROPN", "NNP")]
    assert _lodged(against, [(8, 9, "japan", "Country")]) == {("ACCUSE", "united-kingdom", "japan")}
    # what it is over, which the parser hung on the body
    over = [("over", 6, "prep", "ADP", "IN"), ("Japanese", 9, "amod", "ADJ", "JJ", "japanese"),
            ("taxes", 7, "pobj", "NOUN", "NNS", "tax")]
    assert _lodged(over, [(8, 9, "japan", "Country")]) == {("ACCUSE", "united-kingdom", "japan")}
    # with no party named, the complaint is made to the body
    assert _lodged((), []) == {("ACCUSE", "united-kingdom", "gatt")}


# -- a harm or a deceit said to be done by a party -----------------------------------------------------------------
def _harming(verb: str, lemma: str, subject: str = "Maputo", *, tried: bool = False) -> set:
    # "Pretoria said Maputo was sabotaging the talks." / "... the drought was damaging the talks." / "Pretoria said
    # Maputo tried to conceal the talks."
    maputo = [(2, 3, "mozambique", "Country")] if subject == "Maputo" else []
    if tried:
        rows = [(subject, 3, "nsubj", "PROPN", "NNP"), ("tried", 1, "ccomp", "VERB", "VBD", "try"),
                ("to", 5, "aux", "PART", "TO"), (verb, 3, "xcomp", "VERB", "VB", lemma),
                ("the", 7, "det", "DET", "DT"), ("talks", 5, "dobj", "NOUN", "NNS", "talk")]
        return _said(rows, maputo)
    rows = [(subject, 4, "nsubj", "PROPN" if subject == "Maputo" else "NOUN", "NNP" if subject == "Maputo" else "NN"),
            ("was", 4, "aux", "AUX", "VBD", "be"), (verb, 1, "ccomp", "VERB", "VBG", lemma),
            ("the", 6, "det", "DET", "DT"), ("talks", 4, "dobj", "NOUN", "NNS", "talk")]
    return _said(rows, maputo)


def test_saying_a_party_harms_or_deceives_accuses_it() -> None:
    assert _harming("sabotaging", "sabotage") == {("ACCUSE", "south-africa", "mozambique")}
    assert _harming("crippling", "cripple") == {("ACCUSE", "south-africa", "mozambique")}
    assert _harming("conceal", "conceal", tried=True) == {("ACCUSE", "south-africa", "mozambique")}
    # force the lexicon codes is the act, coded with the accusation: "Pretoria said Maputo was subverting Lusaka."
    rows = [("Maputo", 4, "nsubj", "PROPN", "NNP"), ("was", 4, "aux", "AUX", "VBD", "be"),
            ("subverting", 1, "ccomp", "VERB", "VBG", "subvert"), ("Lusaka", 4, "dobj", "PROPN", "NNP")]
    assert _said(rows, [(2, 3, "mozambique", "Country"), (5, 6, "zambia", "Country")]) == \
        {("COERCE", "mozambique", "zambia"), ("ACCUSE", "south-africa", "mozambique")}
    # harm done by a thing accuses no one, and a verb of no harm is no charge
    assert _harming("crippling", "cripple", subject="drought") == set()
    assert not any(category == "ACCUSE" for category, _, _ in _harming("attending", "attend"))


# -- displeasure that another did something ------------------------------------------------------------------------
def test_being_angry_that_a_party_acted_disapproves_of_it() -> None:
    # "Pretoria is angry that Maputo closed the border." / "Pretoria is angry that the border closed."
    rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("angry", 1, "acomp", "ADJ", "JJ"), ("that", 5, "mark", "SCONJ", "IN"),
            ("Maputo", 5, "nsubj", "PROPN", "NNP"), ("closed", 2, "ccomp", "VERB", "VBD", "close"),
            ("the", 7, "det", "DET", "DT"), ("border", 5, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    parties = [(0, 1, "south-africa", "Country"), (4, 5, "mozambique", "Country")]
    assert ("ACCUSE", "south-africa", "mozambique") in triples(code(rows, parties))
    nobody = [*rows[:4], ("the", 5, "det", "DET", "DT"), ("border", 6, "nsubj", "NOUN", "NN"),
              ("closed", 2, "ccomp", "VERB", "VBD", "close"), (".", 1, "punct", P, ".")]
    assert triples(code(nobody, parties[:1])) == set()


# -- a criticism counted out of several is made in what its maker says -----------------------------------------------
def test_one_of_several_criticisms_is_made_by_the_speaker_of_whom_it_speaks() -> None:
    # "In one of the criticisms, Pretoria said Maputo had erred." / "In one of the statements, ..."
    def one_of(noun: str, lemma: str) -> set:
        rows = [("In", 7, "prep", "ADP", "IN"), ("one", 0, "pobj", "NUM", "CD"), ("of", 1, "prep", "ADP", "IN"),
                ("the", 4, "det", "DET", "DT"), (noun, 2, "pobj", "NOUN", "NNS", lemma), (",", 7, "punct", P, ","),
                ("Pretoria", 7, "nsubj", "PROPN", "NNP"), ("said", 7, "ROOT", "VERB", "VBD", "say"),
                ("Maputo", 10, "nsubj", "PROPN", "NNP"), ("had", 10, "aux", "AUX", "VBD", "have"),
                ("erred", 7, "ccomp", "VERB", "VBN", "err"), (".", 7, "punct", P, ".")]
        return triples(code(rows, [(6, 7, "south-africa", "Country"), (8, 9, "mozambique", "Country")]))

    assert one_of("criticisms", "criticism") == {("ACCUSE", "south-africa", "mozambique")}
    assert one_of("statements", "statement") == set()


# -- denials --------------------------------------------------------------------------------------------------------
def test_describing_charges_as_baseless_denies_them_to_whoever_made_them() -> None:
    # "Pretoria described the Mozambican charges as baseless." (the parser hangs "as" on the adjective, or the
    # adjective on "as") / "... as serious."
    def described(adjective: str, on_as: bool) -> set:
        rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("described", 1, "ROOT", "VERB", "VBD", "describe"),
                ("the", 4, "det", "DET", "DT"), ("Mozambican", 4, "amod", "ADJ", "JJ", "mozambican"),
                ("charges", 1, "dobj", "NOUN", "NNS", "charge")]
        if on_as:
            rows += [("as", 1, "prep", "ADP", "IN"), (adjective, 5, "amod", "ADJ", "JJ")]
        else:
            rows += [("as", 6, "advmod", "ADP", "IN"), (adjective, 1, "advcl", "ADJ", "JJ")]
        rows.append((".", 1, "punct", P, "."))
        return triples(code(rows, [(0, 1, "south-africa", "Country"), (3, 4, "mozambique", "Country")]))

    assert described("baseless", on_as=False) == {("REJECT", "south-africa", "mozambique")}
    assert described("unfounded", on_as=True) == {("REJECT", "south-africa", "mozambique")}
    assert described("serious", on_as=False) == set()


def test_brushing_aside_charges_rejects_them() -> None:
    # "Pretoria brushed aside the Mozambican charges.": the charges brushed aside are Mozambique's accusation
    # of Pretoria, which the news reports through the denial (tests/extract/test_verdicts.py)
    rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("brushed", 1, "ROOT", "VERB", "VBD", "brush"),
            ("aside", 1, "prt", "ADP", "RP"), ("the", 5, "det", "DET", "DT"),
            ("Mozambican", 5, "amod", "ADJ", "JJ", "mozambican"), ("charges", 1, "dobj", "NOUN", "NNS", "charge"),
            (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "south-africa", "Country"), (4, 5, "mozambique", "Country")])) == \
        {("REJECT", "south-africa", "mozambique"), ("ACCUSE", "mozambique", "south-africa")}


# -- a feeling another party stirs ---------------------------------------------------------------------------------
def test_who_feels_anger_at_a_party_disapproves_of_it() -> None:
    # "Pretoria was angered by the Mozambican decision." / "The Mozambican decision angered Pretoria." / "Pretoria
    # was angered." (a mood) / "Pretoria was angered by the storm." (no party stirred it)
    def passive(cause: list[tuple]) -> set:
        rows = [("Pretoria", 2, "nsubjpass", "PROPN", "NNP"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
                ("angered", 2, "ROOT", "VERB", "VBN", "anger"), *cause, (".", 2, "punct", P, ".")]
        named = [(5, 6, "mozambique", "Country")] if any(r[0] == "Mozambican" for r in cause) else []
        return triples(code(rows, [(0, 1, "south-africa", "Country"), *named]))

    decision = [("by", 2, "agent", "ADP", "IN"), ("the", 6, "det", "DET", "DT"),
                ("Mozambican", 6, "amod", "ADJ", "JJ", "mozambican"), ("decision", 3, "pobj", "NOUN", "NN")]
    assert passive(decision) == {("ACCUSE", "south-africa", "mozambique")}
    assert passive([]) == set()
    storm = [("by", 2, "agent", "ADP", "IN"), ("the", 5, "det", "DET", "DT"), ("storm", 3, "pobj", "NOUN", "NN")]
    assert passive(storm) == set()
    active = [("the", 2, "det", "DET", "DT"), ("Mozambican", 2, "amod", "ADJ", "JJ", "mozambican"),
              ("decision", 3, "nsubj", "NOUN", "NN"), ("angered", 3, "ROOT", "VERB", "VBD", "anger"),
              ("Pretoria", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", P, ".")]
    assert triples(code(active, [(1, 2, "mozambique", "Country"), (4, 5, "south-africa", "Country")])) == \
        {("ACCUSE", "south-africa", "mozambique")}


def test_a_mood_about_a_thing_is_aimed_at_whose_it_is() -> None:
    # "Pretoria is unhappy with the terms of Maputo." / "... with the terms."
    rows = [("Pretoria", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("unhappy", 1, "acomp", "ADJ", "JJ"), ("with", 2, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
            ("terms", 3, "pobj", "NOUN", "NNS", "term"), ("of", 5, "prep", "ADP", "IN"),
            ("Maputo", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "south-africa", "Country"), (7, 8, "mozambique", "Country")])) == \
        {("ACCUSE", "south-africa", "mozambique")}
    assert code([*rows[:6], (".", 1, "punct", P, ".")], [(0, 1, "south-africa", "Country")]) == []


def test_i_who_feel_it_in_a_quotation_is_the_speaker() -> None:
    # '"I am angered by the Mozambican decision," Botha said.'
    rows = [('"', 11, "punct", P, "``"), ("I", 3, "nsubjpass", "PRON", "PRP"),
            ("am", 3, "auxpass", "AUX", "VBP", "be"),
            ("angered", 11, "ccomp", "VERB", "VBN", "anger"), ("by", 3, "agent", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("Mozambican", 7, "amod", "ADJ", "JJ", "mozambican"),
            ("decision", 4, "pobj", "NOUN", "NN"), (",", 11, "punct", P, ","), ('"', 11, "punct", P, "''"),
            ("Botha", 11, "nsubj", "PROPN", "NNP"), ("said", 11, "ROOT", "VERB", "VBD", "say"),
            (".", 11, "punct", P, ".")]
    assert ("ACCUSE", "pieter-botha", "mozambique") in triples(
        code(rows, [(6, 7, "mozambique", "Country"), (10, 11, "pieter-botha", "Person")]))


def test_blame_laid_on_no_party_is_a_cause_given() -> None:
    # "Alcoa blamed the loss on lower prices.": no one is accused
    rows = rows_of("Alcoa/1/nsubj/NNP blamed/1/ROOT/VBD/blame the/3/det/DT loss/1/dobj/NN on/1/prep/IN "
                   "lower/6/amod/JJR prices/4/pobj/NNS/price ./1/punct/.")
    assert not [e for e in code(rows, [(0, 1, "alcoa", "Organization")]) if e.category == "ACCUSE"]


def test_blame_laid_on_a_party_accuses_it() -> None:
    # "Iran blamed the attack on Iraq."
    rows = rows_of("Iran/1/nsubj/NNP blamed/1/ROOT/VBD/blame the/3/det/DT attack/1/dobj/NN on/1/prep/IN "
                   "Iraq/4/pobj/NNP ./1/punct/.")
    assert ("ACCUSE", "iran", "iraq") in triples(code(rows, [(0, 1, "iran", "Country"), (5, 6, "iraq", "Country")]))
