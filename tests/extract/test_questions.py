"""Questions and passive participles: how news is gathered is no request, and the subject of a clause that a
fronted participle describes underwent the act. Hand-built parses (``tests/extract/parses.py``): deleting a rule
fails its test.
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples

_PEOPLE = [(0, 1, "ronald-reagan", "Person"), (2, 3, "yasuhiro-nakasone", "Person"), (4, 5, "japan", "Country")]


def test_asking_whether_is_a_question_not_a_request() -> None:
    # "Reagan asked Nakasone whether Japan would open its market."
    rows = rows_of("Reagan/1/nsubj/NNP asked/1/ROOT/VBD/ask Nakasone/1/dobj/NNP whether/6/mark/IN "
                   "Japan/6/nsubj/NNP would/6/aux/MD open/1/ccomp/VB its/8/poss/PRP$ market/6/dobj/NN "
                   "./1/punct/.")
    assert not [e for e in code(rows, _PEOPLE) if e.category == "REQUEST"]


def test_asking_how_long_is_a_question_not_a_request() -> None:
    # "Reagan asked how long Japan would keep the tariffs."
    rows = rows_of("Reagan/1/nsubj/NNP asked/1/ROOT/VBD/ask how/3/advmod/WRB long/6/advmod/RB "
                   "Japan/6/nsubj/NNP would/6/aux/MD keep/1/ccomp/VB the/8/det/DT tariffs/6/dobj/NNS/tariff "
                   "./1/punct/.")
    assert not [e for e in code(rows, [(0, 1, "ronald-reagan", "Person"), (4, 5, "japan", "Country")])
                if e.category == "REQUEST"]


def test_asking_someone_to_act_is_still_a_request() -> None:
    # "Reagan asked Nakasone to open Japan's market."
    rows = rows_of("Reagan/1/nsubj/NNP asked/1/ROOT/VBD/ask Nakasone/1/dobj/NNP to/4/aux/TO open/1/xcomp/VB "
                   "Japan/7/poss/NNP 's/5/case/POS market/4/dobj/NN ./1/punct/.")
    events = code(rows, [(0, 1, "ronald-reagan", "Person"), (2, 3, "yasuhiro-nakasone", "Person"),
                         (5, 6, "japan", "Country")])
    assert ("REQUEST", "ronald-reagan", "yasuhiro-nakasone") in triples(events)


def test_the_subject_after_a_fronted_participle_underwent_it() -> None:
    # "Accused of spying, Israel denied the charge.": who accused Israel is not said
    rows = rows_of("Accused/5/advcl/VBN/accuse of/0/prep/IN spying/1/pcomp/VBG/spy ,/5/punct/, "
                   "Israel/5/nsubj/NNP denied/5/ROOT/VBD/deny the/7/det/DT charge/5/dobj/NN ./5/punct/.")
    events = code(rows, [(4, 5, "israel", "Country")])
    assert not [e for e in events if e.category == "ACCUSE" and e.actor == "israel"]
