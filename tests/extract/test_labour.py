"""Firms, unions and courts as parties of labour and legal news: strikes by a union's name or its members, a
walkout that breaks off talks, employer and union as each other's other side, the wire words of industrial
action of other decades, and the court that hears a suit. Hand-built parses (``tests/extract/parses.py``):
deleting a rule fails its test.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsgraph.records import Event
from tests.extract.parses import code, rows_of


def _parties(events: Sequence[Event], category: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.actor or e.actor_sector, e.recipient or e.recipient_sector) for e in events
                  if e.category == category)


# -- a union known by its name, and by its members -----------------------------------------------------------

# "The United Auto Workers struck General Motors Corp on Monday."
UAW_STRUCK = [("The", 3, "det", "DET", "DT"), ("United", 3, "compound", "PROPN", "NNP"),
              ("Auto", 3, "compound", "PROPN", "NNP"), ("Workers", 4, "nsubj", "PROPN", "NNPS"),
              ("struck", 4, "ROOT", "VERB", "VBD", "strike"), ("General", 7, "compound", "PROPN", "NNP"),
              ("Motors", 7, "compound", "PROPN", "NNP"), ("Corp", 4, "dobj", "PROPN", "NNP"),
              ("on", 4, "prep", "ADP", "IN"), ("Monday", 8, "pobj", "PROPN", "NNP"), (".", 4, "punct", "PUNCT", ".")]
UAW_STRUCK_ENTS = [(1, 4, "united-auto-workers", "Organization"), (5, 8, "general-motors-corp", "Organization")]


def test_a_union_that_strikes_a_firm_protests_against_it_and_does_not_attack_it() -> None:
    events = code(UAW_STRUCK, UAW_STRUCK_ENTS)
    assert _parties(events, "PROTEST") == [("united-auto-workers", "general-motors-corp")]
    assert _parties(events, "ASSAULT") == []


def test_a_name_ending_in_a_company_suffix_is_no_union() -> None:
    # "Union Carbide Corp struck General Motors Corp": a firm's name, no union, so no strike (the old reading)
    rows = [("Union", 2, "compound", "PROPN", "NNP"), ("Carbide", 2, "compound", "PROPN", "NNP"),
            ("Corp", 3, "nsubj", "PROPN", "NNP"), ("struck", 3, "ROOT", "VERB", "VBD", "strike"),
            ("General", 6, "compound", "PROPN", "NNP"), ("Motors", 6, "compound", "PROPN", "NNP"),
            ("Corp", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 3, "union-carbide-corp", "Organization"), (4, 7, "general-motors-corp", "Organization")])
    assert _parties(events, "PROTEST") == []


def test_members_of_a_union_are_the_union() -> None:
    # "Members of the Teamsters Union struck the plant."
    rows = [("Members", 5, "nsubj", "NOUN", "NNS", "member"), ("of", 0, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"), ("Teamsters", 4, "compound", "PROPN", "NNPS"),
            ("Union", 1, "pobj", "PROPN", "NNP"), ("struck", 5, "ROOT", "VERB", "VBD", "strike"),
            ("the", 7, "det", "DET", "DT"), ("plant", 5, "dobj", "NOUN", "NN"), (".", 5, "punct", "PUNCT", ".")]
    events = code(rows, [(3, 5, "teamsters-union", "Organization")])
    assert _parties(events, "PROTEST") == [("teamsters-union", None)]


def test_union_negotiators_or_leaders_are_the_union_not_a_government_of_no_country() -> None:
    # "The offer was rejected by union negotiators." / "Union leaders rejected the offer." (a labour dispute's
    # refusal, reuters-plover README rule 1), where "negotiators" or "leaders" alone are a state's
    passive = rows_of("The/1/det/DT offer/3/nsubjpass/NN was/3/auxpass/VBD/be rejected/3/ROOT/VBN/reject "
                      "by/3/agent/IN union/6/compound/NN negotiators/4/pobj/NNS/negotiator ./3/punct/.")
    assert [(e.category, e.actor_sector) for e in code(passive)] == [("REJECT", "labor")]
    active = rows_of("Union/1/compound/NN leaders/2/nsubj/NNS/leader rejected/2/ROOT/VBD/reject the/4/det/DT "
                     "offer/2/dobj/NN ./2/punct/.")
    assert [(e.category, e.actor_sector) for e in code(active)] == [("REJECT", "labor")]


def test_a_strike_by_a_union_named_without_a_labour_word_before_it_is_a_protest() -> None:
    # "A strike by the United Auto Workers closed the plant."
    rows = [("A", 1, "det", "DET", "DT"), ("strike", 7, "nsubj", "NOUN", "NN"), ("by", 1, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("United", 6, "compound", "PROPN", "NNP"),
            ("Auto", 6, "compound", "PROPN", "NNP"), ("Workers", 2, "pobj", "PROPN", "NNPS"),
            ("closed", 7, "ROOT", "VERB", "VBD", "close"), ("the", 9, "det", "DET", "DT"),
            ("plant", 7, "dobj", "NOUN", "NN"), (".", 7, "punct", "PUNCT", ".")]
    events = code(rows, [(4, 7, "united-auto-workers", "Organization")])
    assert _parties(events, "PROTEST") == [("united-auto-workers", None)]


# -- walking out of talks, and the other side of the dispute ----------------------------------------------------

def test_talks_that_broke_down_when_a_union_walked_out_are_broken_off_by_it() -> None:
    # "Talks with Ford collapsed when the union walked out."
    rows = [("Talks", 3, "nsubj", "NOUN", "NNS", "talk"), ("with", 0, "prep", "ADP", "IN"),
            ("Ford", 1, "pobj", "PROPN", "NNP"), ("collapsed", 3, "ROOT", "VERB", "VBD", "collapse"),
            ("when", 7, "advmod", "SCONJ", "WRB"), ("the", 6, "det", "DET", "DT"), ("union", 7, "nsubj", "NOUN", "NN"),
            ("walked", 3, "advcl", "VERB", "VBD", "walk"), ("out", 7, "prt", "ADP", "RP"),
            (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(2, 3, "ford", "Organization")])
    assert _parties(events, "SANCTION") == [("union", "ford")]
    assert _parties(events, "PROTEST") == []


def test_a_firm_breaks_off_talks_with_the_union_that_rejected_its_proposal() -> None:
    # "General Motors Corp broke off talks after the union rejected its final proposal."
    rows = [("General", 2, "compound", "PROPN", "NNP"), ("Motors", 2, "compound", "PROPN", "NNP"),
            ("Corp", 3, "nsubj", "PROPN", "NNP"), ("broke", 3, "ROOT", "VERB", "VBD", "break"),
            ("off", 3, "prt", "ADP", "RP"), ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
            ("after", 9, "mark", "SCONJ", "IN"), ("the", 8, "det", "DET", "DT"), ("union", 9, "nsubj", "NOUN", "NN"),
            ("rejected", 3, "advcl", "VERB", "VBD", "reject"), ("its", 12, "poss", "PRON", "PRP$"),
            ("final", 12, "amod", "ADJ", "JJ"), ("proposal", 9, "dobj", "NOUN", "NN"),
            (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 3, "general-motors-corp", "Organization")])
    assert _parties(events, "SANCTION") == [("general-motors-corp", "union")]


def test_a_country_breaking_off_talks_takes_no_union_as_the_other_side() -> None:
    # "Iran broke off talks after the union rejected the proposal": a state's act is not labour's dispute
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("broke", 1, "ROOT", "VERB", "VBD", "break"),
            ("off", 1, "prt", "ADP", "RP"), ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
            ("after", 7, "mark", "SCONJ", "IN"), ("the", 6, "det", "DET", "DT"), ("union", 7, "nsubj", "NOUN", "NN"),
            ("rejected", 1, "advcl", "VERB", "VBD", "reject"), ("the", 9, "det", "DET", "DT"),
            ("proposal", 7, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country")])
    assert _parties(events, "SANCTION") == []


def test_a_coalition_of_unions_is_the_unions() -> None:
    # "Ford broke off negotiations with a coalition of unions."
    rows = [("Ford", 1, "nsubj", "PROPN", "NNP"), ("broke", 1, "ROOT", "VERB", "VBD", "break"),
            ("off", 1, "prt", "ADP", "RP"), ("negotiations", 1, "dobj", "NOUN", "NNS", "negotiation"),
            ("with", 3, "prep", "ADP", "IN"), ("a", 6, "det", "DET", "DT"), ("coalition", 4, "pobj", "NOUN", "NN"),
            ("of", 6, "prep", "ADP", "IN"), ("unions", 7, "pobj", "NOUN", "NNS", "union"),
            (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "ford", "Organization")])
    assert _parties(events, "SANCTION") == [("ford", "union")]


# -- the wire's words of industrial action --------------------------------------------------------------------

def test_dockers_who_stay_away_from_work_strike() -> None:
    rows = [("Dockers", 1, "nsubj", "NOUN", "NNS", "docker"), ("stayed", 1, "ROOT", "VERB", "VBD", "stay"),
            ("away", 1, "advmod", "ADV", "RB"), ("from", 2, "prep", "ADP", "IN"), ("work", 3, "pobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", ".")]
    assert _parties(code(rows), "PROTEST") == [("docker", None)]


def test_a_work_to_rule_is_industrial_action() -> None:
    # "Electricity workers began a work-to-rule."
    rows = [("Electricity", 1, "compound", "NOUN", "NN"), ("workers", 2, "nsubj", "NOUN", "NNS", "worker"),
            ("began", 2, "ROOT", "VERB", "VBD", "begin"), ("a", 4, "det", "DET", "DT"),
            ("work", 2, "dobj", "NOUN", "NN"), ("-", 4, "punct", "PUNCT", "HYPH"), ("to", 4, "prep", "ADP", "IN"),
            ("-", 6, "punct", "PUNCT", "HYPH"), ("rule", 6, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    assert _parties(code(rows), "PROTEST") == [("electricity-worker", None)]


def test_miners_who_down_tools_strike() -> None:
    rows = [("Miners", 1, "nsubj", "NOUN", "NNS", "miner"), ("downed", 1, "ROOT", "VERB", "VBD", "down"),
            ("tools", 1, "dobj", "NOUN", "NNS", "tool"), (".", 1, "punct", "PUNCT", ".")]
    assert _parties(code(rows), "PROTEST") == [("miner", None)]




def test_protesters_who_block_roads_protest_police_who_block_one_do_not() -> None:
    # "Farmers blocked roads." — obstructing passage (CAMEO 144)
    rows = rows_of("Farmers/1/nsubj/NNS/farmer blocked/1/ROOT/VBD/block roads/1/dobj/NNS/road ./1/punct/.")
    assert _parties(code(rows), "PROTEST") == [("farmer", None)]
    # "Police blocked roads." — closing them is no protest
    rows = rows_of("Police/1/nsubj/NNS/police blocked/1/ROOT/VBD/block roads/1/dobj/NNS/road ./1/punct/.")
    assert _parties(code(rows), "PROTEST") == []


@pytest.mark.parametrize(("verb", "lemma"), [("staged", "stage"), ("began", "begin"), ("launched", "launch")])
def test_workers_who_stage_or_begin_a_strike_strike_troops_do_not(verb: str, lemma: str) -> None:
    # "Teachers staged a strike." — a strike of no stated kind held by workers is no air strike
    rows = [("Teachers", 1, "nsubj", "NOUN", "NNS", "teacher"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("a", 3, "det", "DET", "DT"), ("strike", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert _parties(code(rows), "PROTEST") == [("teacher", None)]
    rows[0] = ("Troops", 1, "nsubj", "NOUN", "NNS", "troop")
    assert _parties(code(rows), "PROTEST") == []

@pytest.mark.parametrize(("word", "lemma"), [("Engineers", "engineer"), ("Employees", "employee"),
                                             ("Nurses", "nurse"), ("Doctors", "doctor"), ("Drivers", "driver")])
def test_workers_named_by_their_trade_strike(word: str, lemma: str) -> None:
    # "Engineers went on strike.": rail engineers, hospital nurses and doctors, bus drivers, a firm's employees
    rows = [(word, 1, "nsubj", "NOUN", "NNS", lemma), ("went", 1, "ROOT", "VERB", "VBD", "go"),
            ("on", 1, "prep", "ADP", "IN"), ("strike", 2, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert _parties(code(rows), "PROTEST") == [(lemma, None)]


def test_a_pay_rise_agreed_for_workers_is_agreed_with_them() -> None:
    # "Britain agreed to a pay rise for nurses.": who gets what is agreed is its other party
    rows = rows_of("Britain/1/nsubj/NNP agreed/1/ROOT/VBD/agree to/1/prep/IN a/5/det/DT pay/5/compound/NN "
                   "rise/2/pobj/NN for/5/prep/IN nurses/6/pobj/NNS/nurse ./1/punct/.")
    assert _parties(code(rows, [(0, 1, "united-kingdom", "Country")]), "AGREE") == [("united-kingdom", "nurse")]
    # "Britain agreed to a plan for Lebanon.": a place the plan is for is no party to it
    rows = rows_of("Britain/1/nsubj/NNP agreed/1/ROOT/VBD/agree to/1/prep/IN a/4/det/DT plan/2/pobj/NN "
                   "for/4/prep/IN Lebanon/5/pobj/NNP ./1/punct/.")
    events = code(rows, [(0, 1, "united-kingdom", "Country"), (6, 7, "lebanon", "Country")])
    assert _parties(events, "AGREE") == [("united-kingdom", None)]

# -- courts ------------------------------------------------------------------------------------------------

def test_a_suit_in_court_accuses_the_one_sued_not_the_court() -> None:
    # "The union sued Ford in federal court."
    rows = [("The", 1, "det", "DET", "DT"), ("union", 2, "nsubj", "NOUN", "NN"),
            ("sued", 2, "ROOT", "VERB", "VBD", "sue"), ("Ford", 2, "dobj", "PROPN", "NNP"),
            ("in", 2, "prep", "ADP", "IN"), ("federal", 6, "amod", "ADJ", "JJ"), ("court", 4, "pobj", "NOUN", "NN"),
            (".", 2, "punct", "PUNCT", ".")]
    events = code(rows, [(3, 4, "ford", "Organization")])
    assert {(e.category, e.recipient) for e in events} == {("ACCUSE", "ford")}


def test_the_court_of_no_named_country_is_a_party() -> None:
    # "The court granted an injunction against the union."
    rows = [("The", 1, "det", "DET", "DT"), ("court", 2, "nsubj", "NOUN", "NN"),
            ("granted", 2, "ROOT", "VERB", "VBD", "grant"), ("an", 4, "det", "DET", "DT"),
            ("injunction", 2, "dobj", "NOUN", "NN"), ("against", 4, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("union", 5, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    assert _parties(code(rows), "COERCE") == [("court", "union")]


# "The court ruled that the union had violated its contract." / "Ford said that ..."
def _violation(subject: str, verb: str, lemma: str) -> list[tuple[str, int, str, str, str, str]]:
    return [("The", 1, "det", "DET", "DT", "the"), (subject, 2, "nsubj", "NOUN", "NN", subject.lower()),
            (verb, 2, "ROOT", "VERB", "VBD", lemma), ("that", 7, "mark", "SCONJ", "IN", "that"),
            ("the", 5, "det", "DET", "DT", "the"), ("union", 7, "nsubj", "NOUN", "NN", "union"),
            ("had", 7, "aux", "AUX", "VBD", "have"), ("violated", 2, "ccomp", "VERB", "VBN", "violate"),
            ("its", 9, "poss", "PRON", "PRP$", "its"), ("contract", 7, "dobj", "NOUN", "NN", "contract"),
            (".", 2, "punct", "PUNCT", ".", ".")]


def test_a_court_ruling_that_a_party_violated_finds_it_liable() -> None:
    events = code(_violation("court", "ruled", "rule"))
    assert _parties(events, "SANCTION") == [("court", "union")]
    assert _parties(events, "ACCUSE") == []


def test_a_party_saying_another_violated_accuses_it() -> None:
    events = code(_violation("company", "said", "say"))
    assert _parties(events, "SANCTION") == []
    assert [r for _, r in _parties(events, "ACCUSE")] == ["union"]


def test_a_court_known_by_its_name_rules() -> None:
    # "The District Court ruled that the union had violated its contract."
    rows = [("The", 2, "det", "DET", "DT"), ("District", 2, "compound", "PROPN", "NNP"),
            ("Court", 3, "nsubj", "PROPN", "NNP"), *[(w, h + 1 if h >= 2 else h, d, p, t, lem) for w, h, d, p, t, lem in
                                                     _violation("court", "ruled", "rule")[2:]]]
    events = code(rows, [(1, 3, "district-court", "Organization")])
    assert _parties(events, "SANCTION") == [("district-court", "union")]


def test_a_firm_agreeing_to_a_censure_concedes_it_is_no_commerce() -> None:
    # "Dean Witter Reynolds Inc agreed to a censure."
    rows = [("Dean", 3, "compound", "PROPN", "NNP"), ("Witter", 3, "compound", "PROPN", "NNP"),
            ("Reynolds", 3, "compound", "PROPN", "NNP"), ("Inc", 4, "nsubj", "PROPN", "NNP"),
            ("agreed", 4, "ROOT", "VERB", "VBD", "agree"), ("to", 4, "prep", "ADP", "IN"),
            ("a", 7, "det", "DET", "DT"), ("censure", 5, "pobj", "NOUN", "NN"), (".", 4, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 4, "dean-witter-reynolds-inc", "Organization")])
    assert _parties(events, "CONCEDE") == [("dean-witter-reynolds-inc", None)]


def test_civilians_occupying_a_building_hold_a_sit_in() -> None:
    # "Farmers occupied the town hall.": a sit-in is a protest, not an armed occupation
    rows = rows_of("Farmers/1/nsubj/NNS/farmer occupied/1/ROOT/VBD/occupy the/4/det/DT town/4/compound/NN "
                   "hall/1/dobj/NN ./1/punct/.")
    assert {e.category for e in code(rows)} == {"PROTEST"}


def test_rebels_occupying_a_town_attack_it() -> None:
    # "Rebels occupied the town.": an armed group's occupation stays ASSAULT
    rows = rows_of("Rebels/1/nsubj/NNS/rebel occupied/1/ROOT/VBD/occupy the/3/det/DT town/1/dobj/NN ./1/punct/.")
    assert {e.category for e in code(rows)} == {"ASSAULT"}
