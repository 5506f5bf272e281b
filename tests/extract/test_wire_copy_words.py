"""Words of 1980s wire copy whose reading turns on the phrase around them, each rule on a hand-built parse
(``tests/extract/parses.py``) that fails when the rule is deleted: a verb of force that brands its object "as"
something is a verbal attack; a firm's contract or purchase is commerce whoever the other side is.
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


# -- "attacked X as Y": words, not force ------------------------------------------------------------------------
def test_attacking_a_party_as_something_is_criticism_not_force() -> None:
    # "Peru attacked the IMF as an instrument ."
    rows = rows_of("Peru/1/nsubj/NNP attacked/1/ROOT/VBD/attack the/3/det/DT IMF/1/dobj/NNP as/1/prep/IN "
                   "an/6/det/DT instrument/4/pobj/NN ./1/punct/.")
    assert triples(code(rows, [(0, 1, "peru", "Country"), (3, 4, "imf", "Organization")])) == \
        {("ACCUSE", "peru", "imf")}


def test_an_attack_as_part_of_an_offensive_stays_force() -> None:
    # "Iraq attacked Iran as part of an offensive ."
    rows = rows_of("Iraq/1/nsubj/NNP attacked/1/ROOT/VBD/attack Iran/1/dobj/NNP as/1/prep/IN part/3/pobj/NN "
                   "of/4/prep/IN an/7/det/DT offensive/5/pobj/NN ./1/punct/.")
    assert triples(code(rows, [(0, 1, "iraq", "Country"), (2, 3, "iran", "Country")])) == \
        {("ASSAULT", "iraq", "iran")}
