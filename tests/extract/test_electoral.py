"""Elections are no events (PLOVER.md, "Not events"): what voters back, and acts about a race (a candidate, a
hopeful, a new term), are an election's business. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


def test_plans_to_seek_a_new_term_are_no_agreement() -> None:
    # "Bouteflika announced plans to seek a new term."
    rows = rows_of("Bouteflika/1/nsubj/NNP announced/1/ROOT/VBD/announce plans/1/dobj/NNS/plan to/4/aux/TO "
                   "seek/2/acl/VB/seek a/7/det/DT new/7/amod/JJ term/4/dobj/NN/term ./1/punct/.")
    assert not any(e.category == "AGREE" for e in code(rows, [(0, 1, "abdelaziz-bouteflika", "Person")]))
    # plans to seek talks stay an agreement to come: "Japan announced plans to seek talks with China."
    rows = rows_of("Japan/1/nsubj/NNP announced/1/ROOT/VBD/announce plans/1/dobj/NNS/plan to/4/aux/TO "
                   "seek/2/acl/VB/seek talks/4/dobj/NNS/talk with/5/prep/IN China/6/pobj/NNP ./1/punct/.")
    assert any(e.category == "AGREE" and e.actor == "japan"
               for e in code(rows, [(0, 1, "japan", "Country"), (7, 8, "china", "Country")]))


def test_what_voters_back_is_a_vote_and_what_a_country_backs_is_support() -> None:
    # "Voters backed Smith." / "Japan backed Smith."
    voters = rows_of("Voters/1/nsubj/NNS/voter backed/1/ROOT/VBD/back Smith/1/dobj/NNP ./1/punct/.")
    assert not any(e.category == "SUPPORT" for e in code(voters, [(2, 3, "john-smith", "Person")]))
    japan = rows_of("Japan/1/nsubj/NNP backed/1/ROOT/VBD/back Smith/1/dobj/NNP ./1/punct/.")
    assert ("SUPPORT", "japan", "john-smith") in triples(code(japan, [(0, 1, "japan", "Country"),
                                                                   (2, 3, "john-smith", "Person")]))


def test_approving_hopefuls_is_an_election_and_agreeing_to_terms_is_not() -> None:
    # "The council approved the two hopefuls." / "Japan agreed to the terms."
    council = rows_of("The/1/det/DT council/2/nsubj/NN/council approved/2/ROOT/VBD/approve the/5/det/DT "
                      "two/5/nummod/CD hopefuls/2/dobj/NNS/hopeful ./2/punct/.")
    assert not code(council, [(1, 2, "constitutional-council", "Organization")])
    terms = rows_of("Japan/1/nsubj/NNP agreed/1/ROOT/VBD/agree to/1/prep/IN the/4/det/DT terms/2/pobj/NNS/term "
                    "./1/punct/.")
    assert any(e.category == "AGREE" for e in code(terms, [(0, 1, "japan", "Country")]))


def test_hopeful_the_adjective_is_no_race() -> None:
    # "Japan backed Korea , hopeful ." with "hopeful" hung on "backed": a mood, not a candidate
    rows = rows_of("Japan/1/nsubj/NNP backed/1/ROOT/VBD/back Korea/1/dobj/NNP ,/1/punct/, hopeful/1/attr/JJ/hopeful "
                   "./1/punct/.")
    assert ("SUPPORT", "japan", "south-korea") in triples(code(rows, [(0, 1, "japan", "Country"),
                                                                    (2, 3, "south-korea", "Country")]))


def test_a_partys_support_from_a_share_of_the_voters_is_a_poll_figure_not_support() -> None:
    # "The Conservatives had the support of 39 pct of the voters." (reuters-plover README, rule 1: polls) against
    # "The Conservatives had the support of Labour." (SUPPORT, whatever its direction)
    rows = rows_of("The/1/det/DT Conservatives/2/nsubj/NNPS had/2/ROOT/VBD/have the/4/det/DT support/2/dobj/NN "
                   "of/4/prep/IN 39/7/nummod/CD pct/5/pobj/NN of/7/prep/IN the/10/det/DT voters/8/pobj/NNS/voter "
                   "./2/punct/.")
    assert code(rows, [(1, 2, "conservative-party", "Organization")]) == []
    labour = [*rows[:5], ("of", 4, "prep", "ADP", "IN"), ("Labour", 5, "pobj", "PROPN", "NNP"),
              (".", 2, "punct", "PUNCT", ".")]
    assert [e.category for e in code(labour, [(1, 2, "conservative-party", "Organization"),
                                              (6, 7, "labour-party", "Organization")])] == ["SUPPORT"]
