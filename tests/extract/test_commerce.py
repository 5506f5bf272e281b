"""Commerce is no event (reuters-plover README, rule 1): firms named by their short names, organisations nothing
marks as a state's in a deal, a firm turning down another's bid; and verbs that tell how a market moved."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, triples

P = "PUNCT"


def _code(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]],
          alt_labels: dict[str, set[str]] | None = None) -> list[Event]:
    doc = parse(rows, entities)
    for key, labels in (alt_labels or {}).items():
        doc._.entities[key].alt_labels.update(labels)
    return [event for event, _ in coder().code(doc)]


# "Rospatch apologized to Vicon Inc."
APOLOGIZED = [("Rospatch", 1, "nsubj", "PROPN", "NNP"), ("apologized", 1, "ROOT", "VERB", "VBD", "apologize"),
              ("to", 1, "prep", "ADP", "IN"), ("Vicon", 4, "compound", "PROPN", "NNP"),
              ("Inc", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
# "Rospatch Corp rose." before it
ROSPATCH = [("Rospatch", 1, "compound", "PROPN", "NNP"), ("Corp", 2, "nsubj", "PROPN", "NNP"),
            ("rose", 2, "ROOT", "VERB", "VBD", "rise"), (".", 2, "punct", P, "."),
            *[(w, h + 4, d, p, t, *rest) for (w, h, d, p, t, *rest) in APOLOGIZED]]


def test_a_firm_named_by_the_leading_words_of_its_full_name_is_a_firm() -> None:
    entities = [(0, 2, "rospatch-corp", "Organization"), (4, 5, "rospatch", "Organization"),
                (7, 9, "vicon-inc", "Organization")]
    assert _code(ROSPATCH, entities) == []
    # without the full name in the article, nothing says "Rospatch" is a firm (and an apology is no deal)
    alone = [(0, 1, "rospatch", "Organization"), (3, 5, "vicon-inc", "Organization")]
    assert triples(_code(APOLOGIZED, alone)) == {("CONCEDE", "rospatch", "vicon-inc")}


def test_a_firm_known_by_a_name_of_legal_form_is_a_firm_under_any_of_its_names() -> None:
    # "PGI apologized to Vicon Inc.", PGI read elsewhere in the article as "Performance Guarantees Inc"
    entities = [(0, 1, "pgi", "Organization"), (3, 5, "vicon-inc", "Organization")]
    assert _code(APOLOGIZED, entities, {"pgi": {"Performance Guarantees Inc"}}) == []
    assert _code(APOLOGIZED, entities) != []


# "Globex agreed to share its designs."
AGREED = [("Globex", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
          ("to", 3, "aux", "PART", "TO"), ("share", 1, "xcomp", "VERB", "VB"), ("its", 5, "poss", "PRON", "PRP$"),
          ("designs", 3, "dobj", "NOUN", "NNS", "design"), (".", 1, "punct", P, ".")]


def test_a_deal_of_an_organisation_nothing_marks_as_a_states_is_commerce() -> None:
    assert _code(AGREED, [(0, 1, "globex", "Organization")]) == []
    # a country's, or one whose name has a body word, is an event
    assert triples(_code(AGREED, [(0, 1, "japan", "Country")])) == {("AGREE", "japan", None)}
    council = [("Globex", 1, "compound", "PROPN", "NNP"), ("Council", 2, "nsubj", "PROPN", "NNP"),
               *[(w, h + 1, d, p, t, *rest) for (w, h, d, p, t, *rest) in AGREED[1:]]]
    assert triples(_code(council, [(0, 2, "globex-council", "Organization")])) == {("AGREE", "globex-council", None)}
    # so is one named as the modifier of what it is ("the ruling Globex party")
    party = [("Globex", 1, "compound", "PROPN", "NNP"), ("party", 2, "nsubj", "NOUN", "NN"),
             *[(w, h + 1, d, p, t, *rest) for (w, h, d, p, t, *rest) in AGREED[1:]]]
    assert _code(party, [(0, 1, "globex", "Organization")]) != []


# "Rospatch Corp rejected a proposal by Vicon Inc."
REJECTED = [("Rospatch", 1, "compound", "PROPN", "NNP"), ("Corp", 2, "nsubj", "PROPN", "NNP"),
            ("rejected", 2, "ROOT", "VERB", "VBD", "reject"), ("a", 4, "det", "DET", "DT"),
            ("proposal", 2, "dobj", "NOUN", "NN"), ("by", 4, "prep", "ADP", "IN"),
            ("Vicon", 7, "compound", "PROPN", "NNP"), ("Inc", 5, "pobj", "PROPN", "NNP"), (".", 2, "punct", P, ".")]
FIRMS = [(0, 2, "rospatch-corp", "Organization"), (6, 8, "vicon-inc", "Organization")]


def test_a_firm_turning_down_anothers_proposal_is_commerce_but_not_its_charges() -> None:
    assert _code(REJECTED, FIRMS) == []
    charges = [*REJECTED[:3], ("the", 4, "det", "DET", "DT"), ("charges", 2, "dobj", "NOUN", "NNS", "charge"),
               *REJECTED[5:]]
    assert ("REJECT", "rospatch-corp", "vicon-inc") in triples(_code(charges, FIRMS))
    # a union's proposal turned down is labour relations
    union = [*REJECTED[:6], ("the", 7, "det", "DET", "DT"), ("union", 5, "pobj", "NOUN", "NN"), REJECTED[8]]
    assert triples(_code(union, FIRMS[:1])) == {("REJECT", "rospatch-corp", "union")}


def test_a_verb_whose_subject_is_a_market_quantity_tells_how_it_moved() -> None:
    # "Argentine exports declined 12 pct." / "Argentina declined the offer."
    rows = [("Argentine", 1, "amod", "ADJ", "JJ"), ("exports", 2, "nsubj", "NOUN", "NNS", "export"),
            ("declined", 2, "ROOT", "VERB", "VBD", "decline"), ("12", 4, "nummod", "NUM", "CD"),
            ("pct", 2, "npadvmod", "NOUN", "NN"), (".", 2, "punct", P, ".")]
    assert _code(rows, [(0, 1, "argentina", "Country")]) == []
    # "Brazil's trade surplus started to decline."
    started = [("Brazil", 3, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
               ("trade", 3, "compound", "NOUN", "NN"), ("surplus", 4, "nsubj", "NOUN", "NN"),
               ("started", 4, "ROOT", "VERB", "VBD", "start"), ("to", 6, "aux", "PART", "TO"),
               ("decline", 4, "xcomp", "VERB", "VB"), (".", 4, "punct", P, ".")]
    assert _code(started, [(0, 1, "brazil", "Country")]) == []
    offer = [("Argentina", 1, "nsubj", "PROPN", "NNP"), ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
             ("the", 3, "det", "DET", "DT"), ("offer", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(_code(offer, [(0, 1, "argentina", "Country")])) == {("REJECT", "argentina", None)}


def test_demand_with_no_article_or_owner_is_a_markets() -> None:
    # "Soviet demand for sugar rose." / "The Soviet demand for talks was rejected."
    market = [("Soviet", 1, "amod", "ADJ", "JJ"), ("demand", 4, "nsubj", "NOUN", "NN"), ("for", 1, "prep", "ADP", "IN"),
              ("sugar", 2, "pobj", "NOUN", "NN"), ("rose", 4, "ROOT", "VERB", "VBD", "rise"), (".", 4, "punct", P, ".")]
    assert _code(market, [(0, 1, "soviet-union", "Country")]) == []
    # "Moscow repeated its demand for talks."
    made = [("Moscow", 1, "nsubj", "PROPN", "NNP"), ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
            ("its", 3, "poss", "PRON", "PRP$"), ("demand", 1, "dobj", "NOUN", "NN"), ("for", 3, "prep", "ADP", "IN"),
            ("talks", 4, "pobj", "NOUN", "NNS", "talk"), (".", 1, "punct", P, ".")]
    assert ("REQUEST", "soviet-union", None) in triples(_code(made, [(0, 1, "soviet-union", "Country")]))


def test_targeting_is_an_attack_on_a_party_or_a_place_not_on_a_market() -> None:
    # "Iraq targeted the town." / "Iraq targeted younger shoppers."
    town = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("targeted", 1, "ROOT", "VERB", "VBD", "target"),
            ("the", 3, "det", "DET", "DT"), ("town", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(_code(town, [(0, 1, "iraq", "Country")])) == {("ASSAULT", "iraq", None)}
    shoppers = [*town[:2], ("younger", 3, "amod", "ADJ", "JJR", "young"),
                ("shoppers", 1, "dobj", "NOUN", "NNS", "shopper"), town[4]]
    assert _code(shoppers, [(0, 1, "iraq", "Country")]) == []
