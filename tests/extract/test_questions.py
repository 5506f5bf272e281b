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


def test_a_source_asking_not_to_be_named_asks_nothing_of_anyone() -> None:
    # "An aide to Lyng who asked not to be identified said the report was wrong."
    rows = rows_of("An/1/det/DT aide/11/nsubj/NN to/1/prep/IN Lyng/2/pobj/NNP who/5/nsubj/WP asked/3/relcl/VBD/ask "
                   "not/9/neg/RB to/9/aux/TO be/9/auxpass/VB identified/5/xcomp/VBN/identify ,/1/punct/, "
                   "said/11/ROOT/VBD/say the/13/det/DT report/14/nsubj/NN was/11/ccomp/VBD/be "
                   "wrong/14/acomp/JJ ./11/punct/.")
    assert not [e for e in code(rows, [(3, 4, "richard-lyng", "Person")]) if e.category == "REQUEST"]


def test_asking_someone_not_to_act_is_still_a_request() -> None:
    # "Lyng asked Japan not to retaliate.": only not being named is a source's own wish
    rows = rows_of("Lyng/1/nsubj/NNP asked/1/ROOT/VBD/ask Japan/1/dobj/NNP not/5/neg/RB to/5/aux/TO "
                   "retaliate/1/xcomp/VB ./1/punct/.")
    events = code(rows, [(0, 1, "richard-lyng", "Person"), (2, 3, "japan", "Country")])
    assert ("REQUEST", "richard-lyng", "japan") in triples(events)
