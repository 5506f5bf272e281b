"""PLOVER's rules for commitments, conditions and concessions (``../shared/docs/PLOVER.md``, "Coding rules"), each on
a hand-built parse (``tests/extract/parses.py``): what a party is to do, promises, threatens on a condition or gives
up. Each test fails when the rule it names is deleted.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code

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
