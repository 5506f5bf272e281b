"""Acts committed to or granted in a shape of their own, each on a hand-built parse (``tests/extract/parses.py``):
money given in the wire's abbreviations, a duty at a rate, emulating another's act, and refuge granted. Each test
fails when the rule it names is deleted.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code, triples

P = "PUNCT"


def _modes(events: list) -> set[tuple[str, str | None, str | None, Mode | None]]:
    return {(e.category, e.actor or e.actor_sector, e.recipient or e.recipient_sector, e.mode) for e in events}


def _providing(unit: str) -> list:
    # "Japan will provide 50 mln <unit> to China."
    return [("Japan", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"),
            ("provide", 2, "ROOT", "VERB", "VB"), ("50", 4, "compound", "NUM", "CD"), ("mln", 5, "nummod", "NUM", "CD"),
            (unit, 2, "dobj", "NOUN", "NNS"), ("to", 2, "dative", "ADP", "IN"), ("China", 6, "pobj", "PROPN", "NNP"),
            (".", 2, "punct", P, ".")]


def test_the_wires_abbreviation_of_a_currency_is_money_given() -> None:
    countries = [(0, 1, "japan", "Country"), (7, 8, "china", "Country")]
    # PETRARCH-2's &CURRENCY names "dollar"; the wire writes "dlrs": money promised is AGREE (PLOVER.md)
    assert triples(code(_providing("dlrs"), countries)) == {("AGREE", "japan", "china")}
    assert ("AGREE", "japan", "china") not in triples(code(_providing("tonnes"), countries))


def _slapping(unit: str) -> list:
    # "Canada slapped a 1.05 dlrs per bushel duty on U.S. imports." as the parser heads it: with the amount
    return [("Canada", 1, "nsubj", "PROPN", "NNP"), ("slapped", 1, "ROOT", "VERB", "VBD", "slap"),
            ("a", 4, "det", "DET", "DT"), ("1.05", 4, "nummod", "NUM", "CD"), ("dlrs", 1, "dobj", "NOUN", "NNS"),
            ("per", 4, "prep", "ADP", "IN"), ("bushel", 7, "compound", "NOUN", "NN"), (unit, 5, "pobj", "NOUN", "NN"),
            ("on", 4, "prep", "ADP", "IN"), ("U.S.", 10, "compound", "PROPN", "NNP"),
            ("imports", 8, "pobj", "NOUN", "NNS", "import"), (".", 1, "punct", P, ".")]


def test_a_duty_charged_at_a_rate_is_the_object_of_the_amount() -> None:
    countries = [(0, 1, "canada", "Country"), (9, 10, "united-states", "Country")]
    assert triples(code(_slapping("duty"), countries)) == {("SANCTION", "canada", "united-states")}
    # "a 1.05 dlrs per bushel price": no duty charged
    assert code(_slapping("price"), countries) == []


def _emulating(act: str) -> list:
    # "Argentina was prepared to follow the example of Brazil, which <act> a moratorium on payments of the debt."
    return [("Argentina", 1, "nsubj", "PROPN", "NNP"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("prepared", 1, "acomp", "ADJ", "JJ"), ("to", 4, "aux", "PART", "TO"),
            ("follow", 2, "xcomp", "VERB", "VB"), ("the", 6, "det", "DET", "DT"), ("example", 4, "dobj", "NOUN", "NN"),
            ("of", 6, "prep", "ADP", "IN"), ("Brazil", 7, "pobj", "PROPN", "NNP"), (",", 8, "punct", P, ","),
            ("which", 11, "nsubj", "PRON", "WDT"), (act, 8, "relcl", "VERB", "VBD", act[:-1]),
            ("a", 13, "det", "DET", "DT"),
            ("moratorium", 11, "dobj", "NOUN", "NN"), ("on", 13, "prep", "ADP", "IN"),
            ("payments", 14, "pobj", "NOUN", "NNS", "payment"), ("of", 15, "prep", "ADP", "IN"),
            ("the", 18, "det", "DET", "DT"), ("debt", 16, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]


def test_being_ready_to_follow_anothers_sanction_threatens_it() -> None:
    countries = [(0, 1, "argentina", "Country"), (8, 9, "brazil", "Country")]
    # PLOVER.md: "prepared to" material conflict is THREATEN; Brazil's moratorium stays a fact of its own
    assert _modes(code(_emulating("declared"), countries)) == {("THREATEN", "argentina", None, None),
                                                               ("SANCTION", "brazil", None, None)}
    # "... Brazil, which welcomed a moratorium": Brazil did no act that Argentina could take on
    assert {e.actor for e in code(_emulating("welcomed"), countries)} <= {"brazil"}


def _allowing(verb: str, complement: list, who: str = "fugitive") -> list:
    # "Egypt allowed five <who> Libyan soldiers to <verb> ..."
    return [("Egypt", 1, "nsubj", "PROPN", "NNP"), ("allowed", 1, "ROOT", "VERB", "VBD", "allow"),
            ("five", 5, "nummod", "NUM", "CD"), (who, 5, "amod", "ADJ", "JJ"), ("Libyan", 5, "amod", "ADJ", "JJ"),
            ("soldiers", 7, "nsubj", "NOUN", "NNS", "soldier"), ("to", 7, "aux", "PART", "TO"),
            (verb, 1, "ccomp", "VERB", "VB"), *complement, (".", 1, "punct", P, ".")]


def test_letting_people_who_fled_stay_grants_them_refuge() -> None:
    countries = [(0, 1, "egypt", "Country"), (4, 5, "libya", "Country")]
    # CAMEO 075, grant asylum: AID; allowing in general stays a concession (CAMEO 080)
    assert triples(code(_allowing("stay", []), countries)) == {("AID", "egypt", "libya")}
    assert triples(code(_allowing("leave", []), countries)) == {("CONCEDE", "egypt", "libya")}
    # "allowed five armed Libyan soldiers to stay": no one who fled, a concession (troops allowed to stay)
    assert triples(code(_allowing("stay", [], "armed"), countries)) == {("CONCEDE", "egypt", "libya")}
    # "allowed five fugitive Libyan soldiers to remain armed": a state kept, no refuge
    armed = _allowing("remain", [("armed", 7, "acomp", "ADJ", "JJ")])
    assert triples(code(armed, countries)) == {("CONCEDE", "egypt", "libya")}


def test_sticking_to_a_demand_makes_it_again() -> None:
    # "Manila is sticking to its demand.": the demand is no background of a verb that is no event
    rows = [("Manila", 2, "nsubj", "PROPN", "NNP"), ("is", 2, "aux", "AUX", "VBZ", "be"),
            ("sticking", 2, "ROOT", "VERB", "VBG", "stick"), ("to", 2, "prep", "ADP", "IN"),
            ("its", 5, "poss", "PRON", "PRP$"), ("demand", 3, "pobj", "NOUN", "NN"), (".", 2, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "philippines", "Country")])) == {("REQUEST", "philippines", None)}


def _during_march(subject: str, purpose: str) -> list:
    # "<subject> battled police during a march to <purpose> reforms."
    return [(subject, 1, "nsubj", "PROPN", "NNP"), ("battled", 1, "ROOT", "VERB", "VBD", "battle"),
            ("police", 1, "dobj", "NOUN", "NNS"), ("during", 1, "prep", "ADP", "IN"), ("a", 5, "det", "DET", "DT"),
            ("march", 3, "pobj", "NOUN", "NN"), ("to", 7, "aux", "PART", "TO"), (purpose, 5, "relcl", "VERB", "VB"),
            ("reforms", 7, "dobj", "NOUN", "NNS", "reform"), (".", 1, "punct", P, ".")]


def test_a_march_to_demand_is_a_protest_by_whoever_acts_during_it() -> None:
    solidarity = [(0, 1, "solidarity", "Organization")]
    assert ("PROTEST", "solidarity", None) in triples(code(_during_march("Solidarity", "demand"), solidarity))
    # "a march to inspect reforms" is no protest march
    assert "PROTEST" not in {e.category for e in code(_during_march("Solidarity", "inspect"), solidarity)}


def _agreed_in(span: str) -> list:
    # "Jordan agreed to the terms in two <span> of talks with Israel."
    return [("Jordan", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), ("terms", 2, "pobj", "NOUN", "NNS", "term"),
            ("in", 4, "prep", "ADP", "IN"), ("two", 7, "nummod", "NUM", "CD"),
            (span, 5, "pobj", "NOUN", "NNS", span[:-1]),
            ("of", 7, "prep", "ADP", "IN"), ("talks", 8, "pobj", "NOUN", "NNS", "talk"),
            ("with", 9, "prep", "ADP", "IN"), ("Israel", 10, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]


def test_talks_an_agreement_was_reached_in_are_a_meeting_of_their_own() -> None:
    countries = [(0, 1, "jordan", "Country"), (11, 12, "israel", "Country")]
    found = triples(code(_agreed_in("months"), countries))
    assert ("CONSULT", "jordan", "israel") in found and ("AGREE", "jordan", "israel") in found
    # "in two papers of talks": no stretch of time the talks fill, what is agreed to is not a fact
    assert "CONSULT" not in {e.category for e in code(_agreed_in("papers"), countries)}


def test_planning_another_round_of_cuts_plans_the_cuts() -> None:
    # "Japan plans another round of tariff cuts.": a concession intended (PLOVER.md: CONCEDE)
    def rows(span: str) -> list:
        return [("Japan", 1, "nsubj", "PROPN", "NNP"), ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
                ("another", 3, "det", "DET", "DT"), (span, 1, "dobj", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
                ("tariff", 6, "compound", "NOUN", "NN"), ("cuts", 4, "pobj", "NOUN", "NNS", "cut"),
                (".", 1, "punct", P, ".")]
    japan = [(0, 1, "japan", "Country")]
    assert triples(code(rows("round"), japan)) == {("CONCEDE", "japan", None)}
    # "plans another study of tariff cuts": the study is planned, not the cuts
    assert code(rows("study"), japan) == []


def _authorizing(verb: str, obj: str) -> list:
    # "Washington authorized Cairo to <verb> <obj> against Libya."
    return [("Washington", 1, "nsubj", "PROPN", "NNP"), ("authorized", 1, "ROOT", "VERB", "VBD", "authorize"),
            ("Cairo", 1, "dobj", "PROPN", "NNP"), ("to", 4, "aux", "PART", "TO"), (verb, 1, "xcomp", "VERB", "VB"),
            (obj, 4, "dobj", "NOUN", "NN"), ("against", 4, "prep", "ADP", "IN"), ("Libya", 6, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", P, ".")]


def test_empowering_another_to_use_force_threatens_whom_the_force_is_for() -> None:
    countries = [(0, 1, "united-states", "Country"), (2, 3, "egypt", "Country"), (7, 8, "libya", "Country")]
    # PLOVER.md: future material conflict is THREATEN; Cairo is empowered, Libya threatened; no force is used yet
    assert triples(code(_authorizing("use", "force"), countries)) == {("THREATEN", "united-states", "libya")}
    # "authorized Cairo to hold talks against Libya": no force empowered, no threat
    assert "THREATEN" not in {e.category for e in code(_authorizing("hold", "talks"), countries)}


def test_those_who_only_act_during_a_strike_are_no_strikers() -> None:
    # "Spanish <doers> battled police during a march to demand reforms."
    def rows(doers: str) -> list:
        return [("Spanish", 1, "amod", "ADJ", "JJ"), (doers, 2, "nsubj", "NOUN", "NNS", doers[:-1]),
                ("battled", 2, "ROOT", "VERB", "VBD", "battle"), ("police", 2, "dobj", "NOUN", "NNS"),
                ("during", 2, "prep", "ADP", "IN"), ("a", 6, "det", "DET", "DT"), ("march", 4, "pobj", "NOUN", "NN"),
                ("to", 8, "aux", "PART", "TO"), ("demand", 6, "relcl", "VERB", "VB"),
                ("reforms", 8, "dobj", "NOUN", "NNS", "reform"), (".", 2, "punct", P, ".")]
    spain = [(0, 1, "spain", "Country")]
    assert "PROTEST" in {e.category for e in code(rows("farmers"), spain)}
    # firms, like police and governments, act during a march without marching
    assert "PROTEST" not in {e.category for e in code(rows("banks"), spain)}
