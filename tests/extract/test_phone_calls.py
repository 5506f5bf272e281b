"""A phone call is a meeting (PLOVER.md: CONSULT), whatever verb tells it: "spoke on the phone", "talked by
telephone" ("speak" alone is a verb of saying); and what the call was about is its topic, whose parties are not
the other side of the call. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples

ENTITIES = [(0, 1, "sergei-lavrov", "Person"), (2, 3, "john-kerry", "Person")]


def test_speaking_on_the_phone_is_a_call_between_the_speakers() -> None:
    # "Lavrov and Kerry spoke on the phone ."
    rows = rows_of("Lavrov/3/nsubj/NNP and/0/cc/CC Kerry/0/conj/NNP spoke/3/ROOT/VBD/speak on/3/prep/IN "
                   "the/6/det/DT phone/4/pobj/NN ./3/punct/.")
    assert {("CONSULT", "sergei-lavrov", "john-kerry"), ("CONSULT", "john-kerry", "sergei-lavrov")} <= \
        triples(code(rows, ENTITIES))


def test_the_parties_of_what_a_call_is_about_are_not_its_other_side() -> None:
    # "Lavrov and Kerry spoke by phone about cooperation between the militaries ."
    rows = rows_of("Lavrov/3/nsubj/NNP and/0/cc/CC Kerry/0/conj/NNP spoke/3/ROOT/VBD/speak by/3/prep/IN "
                   "phone/4/pobj/NN about/3/prep/IN cooperation/6/pobj/NN between/7/prep/IN the/10/det/DT "
                   "militaries/8/pobj/NNS/military ./3/punct/.")
    found = triples(code(rows, ENTITIES))
    assert ("CONSULT", "sergei-lavrov", "john-kerry") in found
    assert not any(category == "CONSULT" and recipient == "military" for category, _, recipient in found)
