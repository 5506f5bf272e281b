"""Light verbs over event nouns and the nouns PLOVER's categories name, on hand-built parses: "opened talks",
"laid the blame on", "secured an agreement", "lodged a protest", "made a proposal", "pointed the finger at";
"proposed" as an intent; "each other" as the other side of a two-sided act."""

from __future__ import annotations

import pytest

from tests.extract.parses import code, coder, rows_of, triples

JAPAN = (0, 1, "japan", "Country")


def _light(verb: str, lemma: str, noun: str, noun_lemma: str, prep: str,
           det: str = "a") -> set[tuple[str, str | None, str | None]]:
    # "Japan VERB a NOUN PREP Russia."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
            (det, 3, "det", "DET", "DT"), (noun, 1, "dobj", "NOUN", "NN", noun_lemma),
            (prep, 1, "prep", "ADP", "IN"), ("Russia", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    return triples(code(rows, [JAPAN, (5, 6, "russia", "Country")]))


@pytest.mark.parametrize(("verb", "lemma", "noun", "noun_lemma", "prep", "category"), [
    ("opened", "open", "talks", "talk", "with", "CONSULT"),          # support verb: the noun's category
    ("entered", "enter", "negotiations", "negotiation", "with", "CONSULT"),
    ("secured", "secure", "agreement", "agreement", "with", "AGREE"),
    ("laid", "lay", "blame", "blame", "on", "ACCUSE"),              # "blame": an accusation (PLOVER ACCUSE)
    ("opened", "open", "enquiry", "enquiry", "into", "ACCUSE"),     # the British spelling of "inquiry"
    ("filed", "file", "lawsuit", "lawsuit", "against", "ACCUSE"),
    ("raised", "raise", "objection", "objection", "to", "ACCUSE"),
    ("lodged", "lodge", "protest", "protest", "with", "ACCUSE"),     # a diplomatic protest, not a street one
    ("made", "make", "proposal", "proposal", "to", "AGREE"),         # offers and proposals are AGREE
    ("tabled", "table", "offer", "offer", "to", "AGREE"),            # a motion put forward, not shelved
    # event nouns of PLOVER's categories through a support verb
    ("launched", "launch", "reprisals", "reprisal", "against", "ASSAULT"),
    ("launched", "launch", "airlift", "airlift", "to", "AID"),
    ("issued", "issue", "subpoena", "subpoena", "to", "ACCUSE"),
    ("issued", "issue", "reprimand", "reprimand", "to", "ACCUSE"),
    ("extended", "extend", "congratulations", "congratulations", "to", "SUPPORT"),
    ("conducted", "conduct", "extradition", "extradition", "to", "COERCE"),
    ("began", "begin", "picketing", "picketing", "against", "PROTEST"),
    # giving up one's own demand or proposal is a concession (PLOVER.md: withdraw a demand)
    ("abandoned", "abandon", "demand", "demand", "to", "CONCEDE"),
    ("discarded", "discard", "proposal", "proposal", "to", "CONCEDE"),
    # withholding assent is a refusal; withholding aid or payment a sanction
    ("withheld", "withhold", "approval", "approval", "to", "REJECT"),
    ("withheld", "withhold", "payment", "payment", "to", "SANCTION"),
    # money lent or given, and a lender approving it, is aid
    ("approved", "approve", "loan", "loan", "to", "AID"),
    ("provided", "provide", "credit", "credit", "to", "AID"),
    ("expressed", "express", "confidence", "confidence", "in", "SUPPORT"),
    # a halting verb over what one party pays another reduces relations (PLOVER.md: cut aid)
    ("withdrew", "withdraw", "subsidy", "subsidy", "to", "SANCTION"),
    ("stopped", "stop", "shipment", "shipment", "to", "SANCTION"),
    # a court's injunction against a party restrains it (COERCE); force used is the doer's own, not its target
    ("granted", "grant", "injunction", "injunction", "against", "COERCE"),
    ("issued", "issue", "injunction", "injunction", "against", "COERCE"),
    ("used", "use", "force", "force", "against", "ASSAULT"),
    # saying again what was said ("repeated its demand"), levelling a charge, issuing a diplomatic protest
    ("repeated", "repeat", "demand", "demand", "to", "REQUEST"),
    ("reiterated", "reiterate", "threat", "threat", "to", "THREATEN"),
    ("levelled", "level", "charge", "charge", "against", "ACCUSE"),
    ("issued", "issue", "protest", "protest", "to", "ACCUSE"),
])
def test_a_light_verb_gives_its_event_noun_an_actor_and_a_recipient(
        verb: str, lemma: str, noun: str, noun_lemma: str, prep: str, category: str) -> None:
    assert _light(verb, lemma, noun, noun_lemma, prep) == {(category, "japan", "russia")}


def test_what_a_quantity_counts_is_the_object_of_the_verb() -> None:
    # "Japan sent thousands of troops." / "Japan sent thousands of tourists." (no event)
    def sent(noun: str, lemma: str) -> set:
        rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
                ("thousands", 1, "dobj", "NOUN", "NNS", "thousand"), ("of", 2, "prep", "ADP", "IN"),
                (noun, 3, "pobj", "NOUN", "NNS", lemma), (".", 1, "punct", "PUNCT", ".")]
        return triples(code(rows, [JAPAN]))

    assert sent("troops", "troop") == {("MOBILIZE", "japan", None)}
    assert sent("tourists", "tourist") == set()


def test_arms_shipped_and_money_lent_to_a_party_are_aid() -> None:
    # "Japan shipped the arms to Russia." / "Japan lent Russia 500 mln dlrs."
    assert _light("shipped", "ship", "arms", "arm", "to", det="the") == {("AID", "japan", "russia")}
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("lent", 1, "ROOT", "VERB", "VBD", "lend"),
            ("Russia", 1, "dative", "PROPN", "NNP"), ("500", 4, "compound", "NUM", "CD"),
            ("mln", 5, "nummod", "NUM", "CD"), ("dlrs", 1, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(rows, [JAPAN, (2, 3, "russia", "Country")])) == {("AID", "japan", "russia")}
    # "Japan sent air defense systems to Russia." — arms named as systems are arms; a system alone is not
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("air", 3, "compound", "NOUN", "NN"), ("defense", 4, "compound", "NOUN", "NN"),
            ("systems", 1, "dobj", "NOUN", "NNS", "system"), ("to", 1, "prep", "ADP", "IN"),
            ("Russia", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(rows, [JAPAN, (6, 7, "russia", "Country")])) == {("AID", "japan", "russia")}
    plain = [*rows[:2], ("new", 4, "amod", "ADJ", "JJ"), *rows[3:]]
    plain[3] = ("computer", 4, "compound", "NOUN", "NN")
    assert triples(code(plain, [JAPAN, (6, 7, "russia", "Country")])) == set()


@pytest.mark.parametrize(("verb", "lemma", "particle", "category"), [
    ("spurned", "spurn", None, "REJECT"),         # CAMEO files the verb under disapproval; PLOVER: reject
    ("repudiated", "repudiate", None, "REJECT"),
    ("balked", "balk", "at", "REJECT"),
    ("caved", "cave", "in", "CONCEDE"),
])
def test_verbs_of_refusing_and_yielding(verb: str, lemma: str, particle: str | None, category: str) -> None:
    # "Japan spurned Russia." / "Japan balked at Russia." / "Japan caved in to Russia."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma)]
    if particle == "in":
        rows += [("in", 1, "prt", "ADP", "RP"), ("to", 1, "prep", "ADP", "IN"), ("Russia", 3, "pobj", "PROPN", "NNP")]
    elif particle:
        rows += [(particle, 1, "prep", "ADP", "IN"), ("Russia", 2, "pobj", "PROPN", "NNP")]
    else:
        rows += [("Russia", 1, "dobj", "PROPN", "NNP")]
    rows.append((".", 1, "punct", "PUNCT", "."))
    russia = next(i for i, r in enumerate(rows) if r[0] == "Russia")
    assert triples(code(rows, [JAPAN, (russia, russia + 1, "russia", "Country")])) == {(category, "japan", "russia")}


def test_pointing_the_finger_at_someone_accuses_them() -> None:
    assert _light("pointed", "point", "finger", "finger", "at", det="the") == {("ACCUSE", "japan", "russia")}


def test_a_street_protest_stays_a_protest() -> None:
    # "Japan staged a protest against Russia.": only lodging, filing or registering one is diplomatic
    assert _light("staged", "stage", "protest", "protest", "against") == {("PROTEST", "japan", "russia")}


def test_proposing_talks_is_offering_them() -> None:
    # "Russia proposed holding talks with Japan."
    rows = [("Russia", 1, "nsubj", "PROPN", "NNP"), ("proposed", 1, "ROOT", "VERB", "VBD", "propose"),
            ("holding", 1, "xcomp", "VERB", "VBG", "hold"), ("talks", 2, "dobj", "NOUN", "NNS", "talk"),
            ("with", 2, "prep", "ADP", "IN"), ("Japan", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "russia", "Country"), (5, 6, "japan", "Country")])
    assert triples(events) == {("AGREE", "russia", "japan")}
    assert [e.mode for e in events] == [None]


def test_each_blaming_the_other_is_two_accusations() -> None:
    # "Japan and Russia accused each other."
    rows = [("Japan", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Russia", 0, "conj", "PROPN", "NNP"),
            ("accused", 3, "ROOT", "VERB", "VBD", "accuse"),
            ("each", 5, "det", "DET", "DT"),
            ("other", 3, "dobj", "ADJ", "JJ"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [JAPAN, (2, 3, "russia", "Country")])
    assert triples(events) == {("ACCUSE", "japan", "russia"), ("ACCUSE", "russia", "japan")}


def test_each_blaming_the_other_in_a_clause_of_its_own_is_two_accusations() -> None:
    # "Japan and Russia met, but each accused the other." ("each" stands for the sides of the first clause)
    rows = rows_of("Japan/3/nsubj/NNP and/0/cc/CC Russia/0/conj/NNP met/3/ROOT/VBD/meet ,/3/punct/, but/3/cc/CC "
                   "each/7/nsubj/DT=PRON accused/3/conj/VBD/accuse the/9/det/DT other/7/dobj/JJ ./7/punct/.")
    events = code(rows, [JAPAN, (2, 3, "russia", "Country")])
    assert {e for e in triples(events) if e[0] == "ACCUSE"} == {
        ("ACCUSE", "japan", "russia"), ("ACCUSE", "russia", "japan")}


def test_seeking_something_from_someone_is_a_request() -> None:
    # "Japan is seeking guarantees from Russia." / "Japan is seeking guarantees."
    rows = [("Japan", 2, "nsubj", "PROPN", "NNP"), ("is", 2, "aux", "AUX", "VBZ", "be"),
            ("seeking", 2, "ROOT", "VERB", "VBG", "seek"), ("guarantees", 2, "dobj", "NOUN", "NNS", "guarantee"),
            ("from", 3, "prep", "ADP", "IN"), ("Russia", 4, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    assert triples(code(rows, [JAPAN, (5, 6, "russia", "Country")])) == {("REQUEST", "japan", "russia")}
    alone = [*rows[:4], (".", 2, "punct", "PUNCT", ".")]
    assert code(alone, [JAPAN]) == []


def test_resigning_is_a_retreat_and_a_grant_is_aid() -> None:
    # "The minister resigned." is CAMEO 0831, a retreat that takes effect; "Japan gave Vietnam a grant."
    lexicon = coder().lexicon
    assert [e.category for e in lexicon.verb_entries("resign") if not e.objects] == ["RETREAT"]
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("Vietnam", 1, "dative", "PROPN", "NNP"), ("a", 4, "det", "DET", "DT"),
            ("grant", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(rows, [JAPAN, (2, 3, "vietnam", "Country")])) == {("AID", "japan", "vietnam")}


def test_a_phrasal_verb_of_cameo_beside_a_framed_one() -> None:
    # "put off" (delaying what it governs) is the project's; CAMEO's "put on alert" is still read:
    # "Pakistan put its troops on alert."
    rows = [("Pakistan", 1, "nsubj", "PROPN", "NNP"), ("put", 1, "ROOT", "VERB", "VBD", "put"),
            ("its", 3, "poss", "PRON", "PRP$"), ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
            ("on", 1, "prep", "ADP", "IN"), ("alert", 4, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert {e.category for e in code(rows, [(0, 1, "pakistan", "Country")])} == {"MOBILIZE"}


def test_charging_that_someone_did_something_accuses_them() -> None:
    # "Japan charged that Russia had violated the truce." / "Japan charged a fee."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("charged", 1, "ROOT", "VERB", "VBD", "charge"),
            ("that", 5, "mark", "SCONJ", "IN"), ("Russia", 5, "nsubj", "PROPN", "NNP"),
            ("had", 5, "aux", "AUX", "VBD", "have"), ("violated", 1, "ccomp", "VERB", "VBN", "violate"),
            ("the", 7, "det", "DET", "DT"), ("truce", 5, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(rows, [JAPAN, (3, 4, "russia", "Country")])) == {("ACCUSE", "japan", "russia")}
    fee = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("charged", 1, "ROOT", "VERB", "VBD", "charge"),
           ("a", 3, "det", "DET", "DT"), ("fee", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert code(fee, [JAPAN]) == []


def test_a_protest_made_to_a_government_is_diplomatic() -> None:
    # "Japan protested to Russia." is ACCUSE; so is "Japan protested against Russia.": a state that protests does
    # so through its diplomats, whatever the preposition (PLOVER.md: a diplomatic protest is ACCUSE); civilians
    # who protest against Russia take to the street (tests/extract/test_verdicts.py)
    def rows(prep: str) -> list:
        return [("Japan", 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
                (prep, 1, "prep", "ADP", "IN"), ("Russia", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    entities = [JAPAN, (3, 4, "russia", "Country")]
    assert triples(code(rows("to"), entities)) == {("ACCUSE", "japan", "russia")}
    assert triples(code(rows("against"), entities)) == {("ACCUSE", "japan", "russia")}


def test_a_work_stoppage_is_a_strike() -> None:
    # "Workers in Japan staged a work stoppage against Russia." needs "work": a stoppage alone is no protest
    def rows(modifier: str) -> list:
        return [("Japan", 1, "nsubj", "PROPN", "NNP"), ("staged", 1, "ROOT", "VERB", "VBD", "stage"),
                ("a", 4, "det", "DET", "DT"), (modifier, 4, "compound", "NOUN", "NN"),
                ("stoppage", 1, "dobj", "NOUN", "NN"), ("against", 1, "prep", "ADP", "IN"),
                ("Russia", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    entities = [JAPAN, (6, 7, "russia", "Country")]
    assert triples(code(rows("work"), entities)) == {("PROTEST", "japan", "russia")}
    assert code(rows("traffic"), entities) == []
