"""PLOVER's rules for commitments, conditions and concessions (``../shared/docs/PLOVER.md``, "Coding rules"), each on
a hand-built parse (``tests/extract/parses.py``): what a party is to do, promises, threatens on a condition or gives
up. Each test fails when the rule it names is deleted.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code, triples

P = "PUNCT"


def _modes(events: list) -> set[tuple[str, str | None, str | None, Mode | None]]:
    return {(e.category, e.actor or e.actor_sector, e.recipient or e.recipient_sector, e.mode) for e in events}


def test_what_a_party_is_to_give_is_an_agreement_and_a_visit_it_is_to_make_a_scheduled_meeting() -> None:
    # "Moscow is to supply Nicaragua." / "Moscow is to visit Nicaragua.": the "be to" of an arrangement
    def rows(verb: str) -> list:
        return [("Moscow", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                ("to", 3, "aux", "PART", "TO"), (verb, 1, "xcomp", "VERB", "VB"),
                ("Nicaragua", 3, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(0, 1, "soviet-union", "Country"), (4, 5, "nicaragua", "Country")]
    assert _modes(code(rows("supply"), countries)) == {("AGREE", "soviet-union", "nicaragua", None)}
    assert _modes(code(rows("visit"), countries)) == {("CONSULT", "soviet-union", "nicaragua", Mode.FUTURE)}


def _warning(consequence: list, condition_subject: str = "Washington") -> list:
    # "Tokyo said that if Washington imposes tariffs, a <consequence> will erupt."
    return [("Tokyo", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("that", 11, "mark", "SCONJ", "IN"), ("if", 5, "mark", "SCONJ", "IN"),
            (condition_subject, 5, "nsubj", "PROPN", "NNP"), ("imposes", 11, "advcl", "VERB", "VBZ", "impose"),
            ("tariffs", 5, "dobj", "NOUN", "NNS", "tariff"), (",", 11, "punct", P, ","), ("a", 9, "det", "DET", "DT"),
            *consequence, ("will", 11, "aux", "AUX", "MD"), ("erupt", 1, "ccomp", "VERB", "VB"),
            (".", 1, "punct", P, ".")]


def test_a_conflict_said_to_come_of_what_another_party_does_is_a_warning_to_it() -> None:
    countries = [(0, 1, "japan", "Country"), (4, 5, "united-states", "Country")]
    war = [("war", 11, "nsubj", "NOUN", "NN")]
    assert triples(code(_warning(war), countries)) == {("THREATEN", "japan", "united-states")}
    # "... a boom will erupt": good news is no warning
    assert code(_warning([("boom", 11, "nsubj", "NOUN", "NN")]), countries) == []
    # "... if it rains, a war will erupt": a condition no party meets warns no one
    assert code(_warning(war, "it"), countries[:1]) == []


def _ultimatum(condition: str) -> list:
    # "Without an agreement, Ford said it would close the plant."
    return [(condition, 5, "prep", "ADP", "IN"), ("an", 2, "det", "DET", "DT"), ("agreement", 0, "pobj", "NOUN", "NN"),
            (",", 5, "punct", P, ","), ("Ford", 5, "nsubj", "PROPN", "NNP"), ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ("it", 8, "nsubj", "PRON", "PRP"), ("would", 8, "aux", "AUX", "MD"), ("close", 5, "ccomp", "VERB", "VB"),
            ("the", 10, "det", "DET", "DT"), ("plant", 8, "dobj", "NOUN", "NN"), (".", 5, "punct", P, ".")]


def test_closing_what_one_runs_unless_a_condition_is_met_is_an_ultimatum() -> None:
    ford = [(4, 5, "ford", "Organization")]
    assert _modes(code(_ultimatum("Without"), ford)) == {("THREATEN", "ford", None, None)}
    # "After an agreement, Ford said it would close the plant.": a plan, no threat
    assert code(_ultimatum("After"), ford) == []


def _insisting(negated: bool) -> list:
    # "Mexico decided (not) to insist on Japan paying."
    return [("Mexico", 1, "nsubj", "PROPN", "NNP"), ("decided", 1, "ROOT", "VERB", "VBD", "decide"),
            *([("not", 4, "neg", "PART", "RB")] if negated else []),
            ("to", 3 + negated, "aux", "PART", "TO"), ("insist", 1, "xcomp", "VERB", "VB"),
            ("on", 3 + negated, "prep", "ADP", "IN"), ("Japan", 6 + negated, "nsubj", "PROPN", "NNP"),
            ("paying", 4 + negated, "pcomp", "VERB", "VBG", "pay"), (".", 1, "punct", P, ".")]


def test_deciding_not_to_insist_on_a_demand_gives_it_up_to_whom_it_was_made_of() -> None:
    def countries(negated: bool) -> list:
        return [(0, 1, "mexico", "Country"), (5 + negated, 6 + negated, "japan", "Country")]
    # PLOVER.md: withdrawing a demand is CONCEDE; the demand was of Japan, the doer of what was demanded
    assert _modes(code(_insisting(True), countries(True))) == {("CONCEDE", "mexico", "japan", None)}
    assert _modes(code(_insisting(False), countries(False))) == {("REQUEST", "mexico", "japan", None)}


def test_pulling_out_of_talks_halts_them_but_pulling_out_of_a_town_is_a_withdrawal() -> None:
    # "Iran pulled out of the talks with Iraq." / "Iran pulled out of the town near Iraq."
    def rows(noun: str, lemma: str, prep: str) -> list:
        return [("Iran", 1, "nsubj", "PROPN", "NNP"), ("pulled", 1, "ROOT", "VERB", "VBD", "pull"),
                ("out", 1, "prep", "ADP", "IN"), ("of", 2, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
                (noun, 3, "pobj", "NOUN", "NNS", lemma), (prep, 5, "prep", "ADP", "IN"),
                ("Iraq", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(0, 1, "iran", "Country"), (7, 8, "iraq", "Country")]
    # CAMEO 164, reuters-plover README: walking out of negotiations is SANCTION, against the other side of them
    assert triples(code(rows("talks", "talk", "with"), countries)) == {("SANCTION", "iran", "iraq")}
    assert {e.category for e in code(rows("town", "town", "near"), countries)} == {"RETREAT"}


def test_proposing_an_act_offers_it_but_proposing_a_measure_of_ones_own_is_no_event() -> None:
    # "Moscow proposed that talks be separated." / "Moscow proposed a tax."
    separated = [("Moscow", 1, "nsubj", "PROPN", "NNP"), ("proposed", 1, "ROOT", "VERB", "VBD", "propose"),
                 ("that", 5, "mark", "SCONJ", "IN"), ("talks", 5, "nsubjpass", "NOUN", "NNS", "talks"),
                 ("be", 5, "auxpass", "AUX", "VB"), ("separated", 1, "ccomp", "VERB", "VBN", "separate"),
                 (".", 1, "punct", P, ".")]
    moscow = [(0, 1, "soviet-union", "Country")]
    assert triples(code(separated, moscow)) == {("AGREE", "soviet-union", None)}
    tax = [("Moscow", 1, "nsubj", "PROPN", "NNP"), ("proposed", 1, "ROOT", "VERB", "VBD", "propose"),
           ("a", 3, "det", "DET", "DT"), ("tax", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert code(tax, moscow) == []
    # "Moscow proposed that Japan withdraw.": proposing that another party act is asking it
    withdraw = [*separated[:3], ("Japan", 4, "nsubj", "PROPN", "NNP"), ("withdraw", 1, "ccomp", "VERB", "VB"),
                (".", 1, "punct", P, ".")]
    assert triples(code(withdraw, [*moscow, (3, 4, "japan", "Country")])) == {("REQUEST", "soviet-union", "japan")}


def test_halting_payments_on_a_debt_sanctions_whom_it_is_owed() -> None:
    # "Peru halted payments it owes to Japan."
    rows = [("Peru", 1, "nsubj", "PROPN", "NNP"), ("halted", 1, "ROOT", "VERB", "VBD", "halt"),
            ("payments", 1, "dobj", "NOUN", "NNS", "payment"), ("it", 4, "nsubj", "PRON", "PRP"),
            ("owes", 2, "relcl", "VERB", "VBZ", "owe"), ("to", 4, "prep", "ADP", "IN"),
            ("Japan", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "peru", "Country"), (6, 7, "japan", "Country")])) == {
        ("SANCTION", "peru", "japan")}
