"""The other party of an event where news names it away from the verb's own object: a committee of banks
conjoined with the country it deals with, a partner of talks, a visitor, each rule on a hand-built parse."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, rows_of, triples


def code_in(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = ()) -> list[Event]:
    doc = parse(rows, entities)
    doc._.doc_id = "story-1"
    return [event for event, _ in coder().code(doc)]


def test_a_body_named_for_banks_further_before_it_is_a_party_of_the_banks_sector() -> None:
    # "Venezuela and its bank advisory committee agreed.": "advisory" stands between the body word and the
    # word of its kind; the committee is a party of its own, so the agreement is between the two
    rows = [("Venezuela", 6, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("its", 5, "poss", "PRON", "PRP$"), ("bank", 5, "nmod", "NOUN", "NN"),
            ("advisory", 5, "amod", "ADJ", "JJ"), ("committee", 0, "conj", "NOUN", "NN"),
            ("agreed", 6, "ROOT", "VERB", "VBD", "agree"), (".", 6, "punct", "PUNCT", ".")]
    events = code_in(rows, [(0, 1, "venezuela", "Country")])
    assert triples(events) == {("AGREE", "venezuela", "bank-advisory-committee-in-story-1")}
    # an adjective of no kind before a body word names no party: "its advisory committee" is not a group
    rows[3] = ("new", 5, "amod", "ADJ", "JJ")
    assert triples(code_in(rows, [(0, 1, "venezuela", "Country")])) == {("AGREE", "venezuela", None)}


def test_each_object_of_a_preposition_repeated_after_and_is_a_recipient() -> None:
    # "Japan gave aid to Honduras and to Egypt.": the parser hangs the second "to" on the first
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("aid", 1, "dobj", "NOUN", "NN"), ("to", 1, "prep", "ADP", "IN"), ("Honduras", 3, "pobj", "PROPN", "NNP"),
            ("and", 3, "cc", "CCONJ", "CC"), ("to", 3, "conj", "ADP", "IN"), ("Egypt", 6, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    entities = [(0, 1, "japan", "Country"), (4, 5, "honduras", "Country"), (7, 8, "egypt", "Country")]
    assert triples(code_in(rows, entities)) == {("AID", "japan", "honduras"), ("AID", "japan", "egypt")}
    # a different preposition joined on is no second recipient of the first's kind: "to Honduras and from Egypt"
    rows[6] = ("from", 3, "conj", "ADP", "IN")
    assert triples(code_in(rows, entities)) == {("AID", "japan", "honduras")}


def test_a_visitor_named_after_visiting_behind_a_title_is_the_actor_however_the_name_is_parsed() -> None:
    # "Deng told visiting U.S. Secretary Shultz China's troubles were over." as the parser reads it: no object
    # of "visiting", "Shultz" a modifier of "China"; the visitor meets the host (PLOVER: visitor actor)
    rows = [("Deng", 1, "nsubj", "PROPN", "NNP"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("visiting", 1, "xcomp", "VERB", "VBG", "visit"), ("U.S.", 4, "nmod", "PROPN", "NNP"),
            ("Secretary", 6, "nmod", "PROPN", "NNP"), ("Shultz", 6, "compound", "PROPN", "NNP"),
            ("China", 8, "poss", "PROPN", "NNP"), ("'s", 6, "case", "PART", "POS"),
            ("troubles", 9, "nsubj", "NOUN", "NNS", "trouble"), ("were", 1, "ccomp", "AUX", "VBD", "be"),
            ("over", 9, "advmod", "ADV", "RB"), (".", 1, "punct", "PUNCT", ".")]
    entities = [(0, 1, "deng-xiaoping", "Person"), (3, 4, "united-states", "Country"),
                (5, 6, "george-shultz", "Person"), (6, 7, "china", "Country")]
    assert ("CONSULT", "george-shultz", "deng-xiaoping") in triples(code_in(rows, entities))
    # a word that is no title between them ends the name's reach: "visiting factories, Shultz ..."
    rows[4] = (",", 6, "punct", "PUNCT", ",")
    assert ("CONSULT", "george-shultz", "deng-xiaoping") not in triples(code_in(rows, entities))



def test_the_partner_of_talks_read_as_the_subject_of_a_with_clause_is_their_recipient() -> None:
    # "Iran opened talks with Iraqi officials to review prices." as the parser reads it: "with" the mark of a
    # clause of purpose whose subject is "officials"
    def rows(verb: tuple[str, str], thing: tuple[str, str]) -> list[Row]:
        return [("Iran", 1, "nsubj", "PROPN", "NNP"), (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
                (thing[0], 1, "dobj", "NOUN", "NNS", thing[1]), ("with", 7, "mark", "ADP", "IN"),
                ("Iraqi", 5, "amod", "ADJ", "JJ"), ("officials", 7, "nsubj", "NOUN", "NNS", "official"),
                ("to", 7, "aux", "PART", "TO"), ("review", 1, "advcl", "VERB", "VB"),
                ("prices", 7, "dobj", "NOUN", "NNS", "price"), (".", 1, "punct", "PUNCT", ".")]
    entities = [(0, 1, "iran", "Country"), (4, 5, "iraq", "Country")]
    assert ("CONSULT", "iran", "iraq") in triples(code_in(rows(("opened", "open"), ("talks", "talk")), entities))
    # force done "with" others is done with one's means, not to them: "shelled villages with Iraqi troops to
    # follow" is aimed at no Iraqi troops
    assert ("ASSAULT", "iran", "iraq") not in triples(code_in(rows(("shelled", "shell"), ("villages", "village")),
                                                              entities))


def test_force_done_with_something_once_its_target_is_named_is_done_with_its_means() -> None:
    # "Syria shelled the town with artillery.": the artillery is Syria's own, not whom it shelled
    rows = [("Syria", 1, "nsubj", "PROPN", "NNP"), ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("the", 3, "det", "DET", "DT"), ("town", 1, "dobj", "NOUN", "NN"), ("with", 1, "prep", "ADP", "IN"),
            ("artillery", 4, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code_in(rows, [(0, 1, "syria", "Country")])) == {("ASSAULT", "syria", None)}
    # nor where the parser hangs "with" on a phrase of the verb: "shelled the town at dawn with artillery"
    at_dawn = [*rows[:4], ("at", 1, "prep", "ADP", "IN"), ("dawn", 4, "pobj", "NOUN", "NN"),
               ("with", 5, "prep", "ADP", "IN"), ("artillery", 6, "pobj", "NOUN", "NN"),
               (".", 1, "punct", "PUNCT", ".")]
    assert triples(code_in(at_dawn, [(0, 1, "syria", "Country")])) == {("ASSAULT", "syria", None)}
    # with no one named as acted on, "with" names the other side: "Syria clashed with troops." (troops of no
    # named country facing a named party are a party of the story; a clash is each side's force on the other)
    clashed = [("Syria", 1, "nsubj", "PROPN", "NNP"), ("clashed", 1, "ROOT", "VERB", "VBD", "clash"),
               ("with", 1, "prep", "ADP", "IN"), ("troops", 2, "pobj", "NOUN", "NNS", "troop"),
               (".", 1, "punct", "PUNCT", ".")]
    assert triples(code_in(clashed, [(0, 1, "syria", "Country")])) == {("ASSAULT", "syria", "troop-in-story-1"),
                                                                       ("ASSAULT", "troop-in-story-1", "syria")}


def test_the_partner_read_as_the_subject_of_a_with_clause_is_not_the_doer_of_its_purpose() -> None:
    # "Iran opened talks with Iraqi officials to discuss prices.": those who discuss are who opened the talks
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("opened", 1, "ROOT", "VERB", "VBD", "open"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"), ("with", 7, "mark", "ADP", "IN"),
            ("Iraqi", 5, "amod", "ADJ", "JJ"), ("officials", 7, "nsubj", "NOUN", "NNS", "official"),
            ("to", 7, "aux", "PART", "TO"), ("discuss", 1, "advcl", "VERB", "VB"),
            ("prices", 7, "dobj", "NOUN", "NNS", "price"), (".", 1, "punct", "PUNCT", ".")]
    found = triples(code_in(rows, [(0, 1, "iran", "Country"), (4, 5, "iraq", "Country")]))
    assert ("CONSULT", "iran", "iraq") in found
    assert not any(actor == "iraq" for _, actor, _ in found)


def test_parties_named_together_agree_with_each_other_not_with_a_town_they_agree_on() -> None:
    # "Egypt and Israel agreed on the Taba dispute.": Taba is what they agree on
    rows = [("Egypt", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Israel", 0, "conj", "PROPN", "NNP"), ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
            ("on", 3, "prep", "ADP", "IN"), ("the", 7, "det", "DET", "DT"), ("Taba", 7, "compound", "PROPN", "NNP"),
            ("dispute", 4, "pobj", "NOUN", "NN"), (".", 3, "punct", "PUNCT", ".")]
    entities = [(0, 1, "egypt", "Country"), (2, 3, "israel", "Country"), (6, 7, "taba", "Place")]
    assert triples(code_in(rows, entities)) == {("AGREE", "egypt", "israel")}


def test_a_measure_of_goods_is_on_the_goods() -> None:
    # "Canada slapped tariffs on billions of dollars of American goods.": the goods are the United States'
    rows = rows_of("Canada/1/nsubj/NNP slapped/1/ROOT/VBD/slap tariffs/1/dobj/NNS/tariff on/1/prep/IN "
                   "billions/3/pobj/NNS/billion of/4/prep/IN dollars/5/pobj/NNS/dollar of/6/prep/IN "
                   "American/9/amod/JJ goods/7/pobj/NNS/good ./1/punct/.")
    entities = [(0, 1, "canada", "Country"), (8, 9, "united-states", "Country")]
    assert triples(code_in(rows, entities)) == {("SANCTION", "canada", "united-states")}


def test_an_amount_given_in_loans_goes_where_the_loans_go() -> None:
    # "Japan provided 50 mln dlrs in loans to Egypt." — the parser hangs "to Egypt" on the loans
    rows = rows_of("Japan/1/nsubj/NNP provided/1/ROOT/VBD/provide 50/4/nummod/CD mln/4/amod/JJ dlrs/1/dobj/NNS/dlrs "
                   "in/4/prep/IN loans/5/pobj/NNS/loan to/6/prep/IN Egypt/7/pobj/NNP ./1/punct/.")
    events = code_in(rows, [(0, 1, "japan", "Country"), (8, 9, "egypt", "Country")])
    assert ("AID", "japan", "egypt") in triples(events)
