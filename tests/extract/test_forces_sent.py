"""Forces a state moves: within its own country they are aimed at no one, sent in support of a country they are
military aid to it. Each on a hand-built parse (``tests/extract/parses.py``); each test fails when the rule it
names is deleted.
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


def test_troops_reinforced_along_the_leaders_own_border_are_aimed_at_no_one() -> None:
    # "Brazil's President Lula reinforced troops along the country's border." (coding: the actor's own country
    # is no recipient): a deployment, with no target
    rows = rows_of("Brazil/3/poss/NNP 's/0/case/POS President/3/compound/NNP Lula/4/nsubj/NNP "
                   "reinforced/4/ROOT/VBD/reinforce troops/4/dobj/NNS/troop along/4/prep/IN the/8/det/DT "
                   "country/10/poss/NN 's/8/case/POS border/6/pobj/NN ./4/punct/.")
    events = code(rows, [(0, 1, "brazil", "Country"), (3, 4, "luiz-inacio-lula-da-silva", "Person")])
    assert {(c, r) for c, _, r in triples(events)} == {("MOBILIZE", None)}


def test_forces_sent_in_support_of_a_country_are_aid_to_it() -> None:
    # "Britain sent a ship to Guyana in a show of support." (coding._in_support): help, not force against Guyana
    rows = rows_of("Britain/1/nsubj/NNP sent/1/ROOT/VBD/send a/3/det/DT ship/1/dobj/NN to/1/prep/IN "
                   "Guyana/4/pobj/NNP in/1/prep/IN a/8/det/DT show/6/pobj/NN of/8/prep/IN support/9/pobj/NN "
                   "./1/punct/.")
    countries = [(0, 1, "united-kingdom", "Country"), (5, 6, "guyana", "Country")]
    assert triples(code(rows, countries)) == {("AID", "united-kingdom", "guyana")}
    # without the purpose, ships sent to a country are a deployment towards it
    plain = [*rows[:6], (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(plain, countries)) == {("MOBILIZE", "united-kingdom", "guyana")}
