"""Who the parties of an event are, each rule on a hand-built parse, so that deleting the rule fails its test.

No statistical model runs here (``tests/extract/parses.py``): the parse is written by hand, so what is tested is
how the coder reads it — groups as nodes, nationalities, the other party on an object, and when a pronoun or a
definite description is resolved.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.extract.linking import EntityInfo
from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, rows_of, triples

ACME = (0, 2, "acme-corp", "Organization")


def code_in(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = (),
            doc_id: str = "story-1") -> tuple[list[Event], dict]:
    """The events of a hand-built parse read as article ``doc_id``, and the article's entities after coding."""
    doc = parse(rows, entities)
    doc._.doc_id = doc_id
    events = [event for event, _ in coder().code(doc)]
    return events, doc._.entities


# -- nationality and groups ----------------------------------------------------------------------------------

def test_a_nationality_on_any_common_noun_doing_something_is_that_country() -> None:
    # "Russian aircraft bombed Aleppo." — "aircraft" is in no sector table, the nationality still says who
    rows = [("Russian", 1, "amod", "ADJ", "JJ"), ("aircraft", 2, "nsubj", "NOUN", "NNS"),
            ("bombed", 2, "ROOT", "VERB", "VBD", "bomb"), ("Aleppo", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "russia", "Country"), (3, 4, "aleppo", "Place")])
    assert triples(events) == {("ASSAULT", "russia", "aleppo")}


def test_a_nationality_the_parser_split_off_an_event_noun_is_its_doer() -> None:
    # "Three Palestinians were killed in Israeli tank shelling." as the parser reads it: "in [Israeli tank]",
    # then "shelling" a participle on "killed"; "in Gaza shelling" names where, not who
    def rows(place: tuple[str, str, str]) -> list[Row]:
        return [("Three", 1, "nummod", "NUM", "CD"), ("Palestinians", 3, "nsubjpass", "PROPN", "NNPS", "palestinian"),
                ("were", 3, "auxpass", "AUX", "VBD", "be"), ("killed", 3, "ROOT", "VERB", "VBN", "kill"),
                ("in", 3, "prep", "ADP", "IN"), (place[0], 6, "amod" if place[1] == "ADJ" else "compound",
                                                 place[1], place[2]),
                ("tank", 4, "pobj", "NOUN", "NN"), ("shelling", 3, "advcl", "VERB", "VBG", "shell"),
                (".", 3, "punct", "PUNCT", ".")]
    palestine = (1, 2, "palestine", "Country")
    events, _ = code_in(rows(("Israeli", "ADJ", "JJ")), [palestine, (5, 6, "israel", "Country")])
    assert triples(events) == {("ASSAULT", "israel", "palestine")}
    events, _ = code_in(rows(("Gaza", "PROPN", "NNP")), [palestine, (5, 6, "gaza-strip", "Place")])
    assert not events


def test_a_participle_the_parser_made_the_verb_of_its_noun_has_no_doer() -> None:
    # "The civilians imprisoned for acting against Moscow were released by Putin." as the parser reads it:
    # "imprisoned" the root with the civilians its subject, "were released" its conjunct with nothing between
    rows = [("The", 1, "det", "DET", "DT"), ("civilians", 2, "nsubj", "NOUN", "NNS", "civilian"),
            ("imprisoned", 2, "ROOT", "VERB", "VBD", "imprison"), ("for", 2, "prep", "ADP", "IN"),
            ("acting", 3, "pcomp", "VERB", "VBG", "act"), ("against", 4, "prep", "ADP", "IN"),
            ("Moscow", 5, "pobj", "PROPN", "NNP"), ("were", 8, "auxpass", "AUX", "VBD", "be"),
            ("released", 2, "conj", "VERB", "VBN", "release"), ("by", 8, "agent", "ADP", "IN"),
            ("Putin", 9, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(6, 7, "russia", "Country"), (10, 11, "vladimir-putin", "Person")])
    assert {e.category for e in events} == {"RETREAT"}


def test_a_nationality_inside_a_name_is_not_the_country() -> None:
    # "Korean Air bombed Aleppo." — a proper noun is a name of its own (an airline), not Korea
    rows = [("Korean", 1, "compound", "ADJ", "JJ"), ("Air", 2, "nsubj", "PROPN", "NNP"),
            ("bombed", 2, "ROOT", "VERB", "VBD", "bomb"), ("Aleppo", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "south-korea", "Country"), (3, 4, "aleppo", "Place")])
    assert all(e.actor != "south-korea" for e in events)


def test_groups_of_no_country_are_group_nodes_of_their_article() -> None:
    # "The union accused the companies."
    rows = [("The", 1, "det", "DET", "DT"), ("union", 2, "nsubj", "NOUN", "NN"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("the", 4, "det", "DET", "DT"),
            ("companies", 2, "dobj", "NOUN", "NNS", "company"), (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, doc_id="story-1")
    assert triples(events) == {("ACCUSE", "union-in-story-1", "company-in-story-1")}
    union = entities["union-in-story-1"]
    assert (union.type, union.label, union.sector) == ("Group", "union", "labor")
    assert entities["company-in-story-1"].codes == (("cameo", "BUS"),)
    # the same words in another article are another group, never one node tying two stories together
    other, _ = code_in(rows, doc_id="story-2")
    assert triples(other) == {("ACCUSE", "union-in-story-2", "company-in-story-2")}


def test_companies_banks_and_unions_with_a_nationality_are_their_own_party_not_the_country() -> None:
    # "Japanese banks accused Nigeria."
    rows = [("Japanese", 1, "amod", "ADJ", "JJ"), ("banks", 2, "nsubj", "NOUN", "NNS", "bank"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("Nigeria", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(0, 1, "japan", "Country"), (3, 4, "nigeria", "Country")])
    assert triples(events) == {("ACCUSE", "japan-bank", "nigeria")}
    banks = entities["japan-bank"]
    assert (banks.type, banks.label, banks.codes) == ("Group", "Japanese banks", (("cameo", "JPNBUS"),))


def test_farmers_of_a_stated_country_stay_that_country_with_their_sector() -> None:
    # "Spanish farmers protested."
    rows = [("Spanish", 1, "amod", "ADJ", "JJ"), ("farmers", 2, "nsubj", "NOUN", "NNS", "farmer"),
            ("protested", 2, "ROOT", "VERB", "VBD", "protest"), (".", 2, "punct", "PUNCT", ".")]
    [event], _ = code_in(rows, [(0, 1, "spain", "Country")])
    assert (event.category, event.actor, event.actor_sector) == ("PROTEST", "spain", "agriculture")


def test_one_unnamed_person_is_no_group_node() -> None:
    # "A protester attacked Kishida." — who attacked is not a party the graph can name
    rows = [("A", 1, "det", "DET", "DT"), ("protester", 2, "nsubj", "NOUN", "NN"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"), ("Kishida", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    [event], entities = code_in(rows, [(3, 4, "fumio-kishida", "Person")])
    assert (event.actor, event.actor_sector, event.recipient) == (None, "opposition", "fumio-kishida")
    assert not any(info.type == "Group" for info in entities.values())


def test_an_event_between_two_unnamed_sides_is_not_coded() -> None:
    # "Government forces killed civilians." — no country on either side
    rows = [("Government", 1, "compound", "NOUN", "NN"), ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
            ("killed", 2, "ROOT", "VERB", "VBD", "kill"), ("civilians", 2, "dobj", "NOUN", "NNS", "civilian"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows)
    assert events == []


def test_a_sector_phrase_is_read_before_its_head_word() -> None:
    # "The union accused works councils." — "works council" is labour; "council" alone is no sector word
    rows = [("The", 1, "det", "DET", "DT"), ("union", 2, "nsubj", "NOUN", "NN"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("works", 4, "compound", "NOUN", "NNS", "work"),
            ("councils", 2, "dobj", "NOUN", "NNS", "council"), (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows)
    assert triples(events) == {("ACCUSE", "union-in-story-1", "works-council-in-story-1")}
    assert entities["works-council-in-story-1"].sector == "labor"


# -- companies ------------------------------------------------------------------------------------------------

def test_cooperation_between_companies_is_commerce_but_with_a_union_it_is_labour_relations() -> None:
    # "Acme Corp met with Vicon Inc." / "Acme Corp met with the union."
    firms = [("Acme", 1, "compound", "PROPN", "NNP"), ("Corp", 2, "nsubj", "PROPN", "NNP"),
             ("met", 2, "ROOT", "VERB", "VBD", "meet"), ("with", 2, "prep", "ADP", "IN"),
             ("Vicon", 5, "compound", "PROPN", "NNP"), ("Inc", 3, "pobj", "PROPN", "NNP"),
             (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(firms, [ACME, (4, 6, "vicon-inc", "Organization")])
    assert events == []
    union = [*firms[:4], ("the", 5, "det", "DET", "DT"), ("union", 3, "pobj", "NOUN", "NN"), firms[6]]
    events, _ = code_in(union, [ACME])
    assert triples(events) == {("CONSULT", "acme-corp", "union-in-story-1")}


# -- the other party ------------------------------------------------------------------------------------------

def test_the_other_party_named_on_the_object() -> None:
    # "Acme Corp agreed on a contract with the union."
    rows = [("Acme", 1, "compound", "PROPN", "NNP"), ("Corp", 2, "nsubj", "PROPN", "NNP"),
            ("agreed", 2, "ROOT", "VERB", "VBD", "agree"), ("on", 2, "prep", "ADP", "IN"),
            ("a", 5, "det", "DET", "DT"), ("contract", 3, "pobj", "NOUN", "NN"), ("with", 5, "prep", "ADP", "IN"),
            ("the", 8, "det", "DET", "DT"), ("union", 6, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [ACME])
    assert triples(events) == {("AGREE", "acme-corp", "union-in-story-1")}


def test_a_demand_is_made_of_whom_the_thing_is_asked_from() -> None:
    # "Farmers demanded a deal from the EC."
    rows = [("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"), ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("a", 3, "det", "DET", "DT"), ("deal", 1, "dobj", "NOUN", "NN"), ("from", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("EC", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(6, 7, "european-union", "Organization")])
    assert triples(events) == {("REQUEST", "farmer-in-story-1", "european-union")}


def test_a_protest_is_aimed_at_whom_its_protesters_demand_of() -> None:
    # "Spanish farmers demanding a deal from the EC protested."
    rows = [("Spanish", 1, "amod", "ADJ", "JJ"), ("farmers", 8, "nsubj", "NOUN", "NNS", "farmer"),
            ("demanding", 1, "acl", "VERB", "VBG", "demand"), ("a", 4, "det", "DET", "DT"),
            ("deal", 2, "dobj", "NOUN", "NN"), ("from", 4, "prep", "ADP", "IN"), ("the", 7, "det", "DET", "DT"),
            ("EC", 5, "pobj", "PROPN", "NNP"), ("protested", 8, "ROOT", "VERB", "VBD", "protest"),
            (".", 8, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "spain", "Country"), (7, 8, "european-union", "Organization")])
    assert ("PROTEST", "spain", "european-union") in triples(events)


def test_a_thing_protested_against_stands_for_its_maker() -> None:
    # "Growers protested against duties levied by the EC."
    rows = [("Growers", 1, "nsubj", "NOUN", "NNS", "grower"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("against", 1, "prep", "ADP", "IN"), ("duties", 2, "pobj", "NOUN", "NNS", "duty"),
            ("levied", 3, "acl", "VERB", "VBN", "levy"), ("by", 4, "agent", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("EC", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(7, 8, "european-union", "Organization")])
    assert triples(events) == {("PROTEST", "grower-in-story-1", "european-union")}


# -- pronouns and definite descriptions ------------------------------------------------------------------------

def test_a_pronoun_object_is_not_the_subject_of_its_own_clause() -> None:
    # "The IMF showed confidence in Argentina's policies by approving a loan for it." — "it" is Argentina, the
    # possessor named before it, not the IMF that approves (a lender approving a loan gives aid)
    rows = [("The", 1, "det", "DET", "DT"), ("IMF", 2, "nsubj", "PROPN", "NNP"),
            ("showed", 2, "ROOT", "VERB", "VBD", "show"), ("confidence", 2, "dobj", "NOUN", "NN"),
            ("in", 3, "prep", "ADP", "IN"), ("Argentina", 7, "poss", "PROPN", "NNP"),
            ("'s", 5, "case", "PART", "POS"), ("policies", 4, "pobj", "NOUN", "NNS", "policy"),
            ("by", 2, "prep", "ADP", "IN"), ("approving", 8, "pcomp", "VERB", "VBG", "approve"),
            ("a", 11, "det", "DET", "DT"), ("loan", 9, "dobj", "NOUN", "NN"), ("for", 9, "prep", "ADP", "IN"),
            ("it", 12, "pobj", "PRON", "PRP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "imf", "Organization"), (5, 6, "argentina", "Country")])
    assert triples(events) == {("AID", "imf", "argentina")}


def test_a_threat_is_aimed_at_the_object_of_the_clause_it_heads() -> None:
    # "Japan's threat to impose sanctions on Russia was noted."
    rows = [("Japan", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
            ("threat", 9, "nsubjpass", "NOUN", "NN"), ("to", 4, "aux", "PART", "TO"),
            ("impose", 2, "acl", "VERB", "VB"), ("sanctions", 4, "dobj", "NOUN", "NNS", "sanction"),
            ("on", 4, "prep", "ADP", "IN"), ("Russia", 6, "pobj", "PROPN", "NNP"),
            ("was", 9, "auxpass", "AUX", "VBD", "be"), ("noted", 9, "ROOT", "VERB", "VBN", "note"),
            (".", 9, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "japan", "Country"), (7, 8, "russia", "Country")])
    assert ("THREATEN", "japan", "russia") in triples(events)


def test_a_reflexive_is_its_own_clause_subject() -> None:
    # "US officials said Iraqi troops attacked themselves." — never the US officials
    rows = [("US", 1, "compound", "PROPN", "NNP"), ("officials", 2, "nsubj", "NOUN", "NNS", "official"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"), ("Iraqi", 4, "amod", "ADJ", "JJ"),
            ("troops", 5, "nsubj", "NOUN", "NNS", "troop"), ("attacked", 2, "ccomp", "VERB", "VBD", "attack"),
            ("themselves", 5, "dobj", "PRON", "PRP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "united-states", "Country"), (3, 4, "iraq", "Country")])
    assert [(e.actor, e.recipient) for e in events if e.category == "ASSAULT"] == [("iraq", None)]


def test_a_pronoun_inside_a_quotation_is_not_resolved_outside_it() -> None:
    # 'Russia said " it attacked Ukraine . "'
    rows = [("Russia", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ('"', 1, "punct", "PUNCT", "``"), ("it", 4, "nsubj", "PRON", "PRP"),
            ("attacked", 1, "ccomp", "VERB", "VBD", "attack"), ("Ukraine", 4, "dobj", "PROPN", "NNP"),
            ('"', 1, "punct", "PUNCT", "''"), (".", 1, "punct", "PUNCT", ".")]
    quoted, _ = code_in(rows, [(0, 1, "russia", "Country"), (5, 6, "ukraine", "Country")])
    assert all(e.actor != "russia" for e in quoted if e.category == "ASSAULT")
    plain = [r for r in rows if r[0] != '"']
    plain = [(w, {4: 3, 1: 1}.get(h, h), *rest) for w, h, *rest in plain]  # type: ignore[misc]
    events, _ = code_in(plain, [(0, 1, "russia", "Country"), (4, 5, "ukraine", "Country")])
    assert ("ASSAULT", "russia", "ukraine") in triples(events)


def test_it_is_never_one_of_a_list() -> None:
    # "The US and Japan met. It attacked Iran."
    rows = [("The", 1, "det", "DET", "DT"), ("US", 4, "nsubj", "PROPN", "NNP"), ("and", 1, "cc", "CCONJ", "CC"),
            ("Japan", 1, "conj", "PROPN", "NNP"), ("met", 4, "ROOT", "VERB", "VBD", "meet"),
            (".", 4, "punct", "PUNCT", "."), ("It", 7, "nsubj", "PRON", "PRP"),
            ("attacked", 7, "ROOT", "VERB", "VBD", "attack"), ("Iran", 7, "dobj", "PROPN", "NNP"),
            (".", 7, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "united-states", "Country"), (3, 4, "japan", "Country"),
                               (8, 9, "iran", "Country")])
    assert not any(e.category == "ASSAULT" for e in events)


def test_the_government_is_the_country_named_before() -> None:
    # "Iraq protested. The government accused Iran."
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", "."), ("The", 4, "det", "DET", "DT"),
            ("government", 5, "nsubj", "NOUN", "NN"), ("accused", 5, "ROOT", "VERB", "VBD", "accuse"),
            ("Iran", 5, "dobj", "PROPN", "NNP"), (".", 5, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iraq", "Country"), (6, 7, "iran", "Country")])
    accusations = [e for e in events if e.category == "ACCUSE" and e.trigger != "protested"]
    assert [(e.actor, e.actor_sector, e.recipient) for e in accusations] == [("iraq", "government", "iran")]


def test_his_country_is_the_country_the_person_serves() -> None:
    # "Kishida said his country condemned Russia."
    rows = [("Kishida", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("his", 3, "poss", "PRON", "PRP$"), ("country", 4, "nsubj", "NOUN", "NN"),
            ("condemned", 1, "ccomp", "VERB", "VBD", "condemn"), ("Russia", 4, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "fumio-kishida", "Person"), (5, 6, "russia", "Country")])
    assert ("ACCUSE", "japan", "russia") in triples(events)


def test_his_country_as_the_one_acted_on_is_the_country_the_person_serves() -> None:
    # "Kishida said Russia accused his country."
    rows = [("Kishida", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Russia", 3, "nsubj", "PROPN", "NNP"), ("accused", 1, "ccomp", "VERB", "VBD", "accuse"),
            ("his", 5, "poss", "PRON", "PRP$"), ("country", 3, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "fumio-kishida", "Person"), (2, 3, "russia", "Country")])
    assert ("ACCUSE", "russia", "japan") in triples(events)


def test_its_is_not_the_nationality_of_a_company() -> None:
    # "American Motors Corp said the union rejected its offer." — "its" is the company, never the US
    rows = [("American", 2, "compound", "ADJ", "JJ"), ("Motors", 2, "compound", "PROPN", "NNP"),
            ("Corp", 3, "nsubj", "PROPN", "NNP"), ("said", 3, "ROOT", "VERB", "VBD", "say"),
            ("the", 5, "det", "DET", "DT"), ("union", 6, "nsubj", "NOUN", "NN"),
            ("rejected", 3, "ccomp", "VERB", "VBD", "reject"), ("its", 8, "poss", "PRON", "PRP$"),
            ("offer", 6, "dobj", "NOUN", "NN"), (".", 3, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "united-states", "Country")])
    assert all(e.recipient != "united-states" for e in events)


def test_the_other_party_named_deeper_in_the_object() -> None:
    # "Gemayel agreed to the proposals in negotiations with Syria."
    rows = [("Gemayel", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"),
            ("proposals", 2, "pobj", "NOUN", "NNS", "proposal"), ("in", 4, "prep", "ADP", "IN"),
            ("negotiations", 5, "pobj", "NOUN", "NNS", "negotiation"), ("with", 6, "prep", "ADP", "IN"),
            ("Syria", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "amin-gemayel", "Person"), (8, 9, "syria", "Country")])
    assert ("AGREE", "amin-gemayel", "syria") in triples(events)


def test_a_nominal_event_is_aimed_at_the_object_of_the_clause_it_heads() -> None:
    # "Lawson made commitments to support Brazil's efforts."
    rows = [("Lawson", 1, "nsubj", "PROPN", "NNP"), ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("commitments", 1, "dobj", "NOUN", "NNS", "commitment"), ("to", 4, "aux", "PART", "TO"),
            ("support", 2, "acl", "VERB", "VB"), ("Brazil", 7, "poss", "PROPN", "NNP"),
            ("'s", 5, "case", "PART", "POS"), ("efforts", 4, "dobj", "NOUN", "NNS", "effort"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "nigel-lawson", "Person"), (5, 6, "brazil", "Country")])
    assert ("AGREE", "nigel-lawson", "brazil") in triples(events)


def test_being_opposed_to_something_is_the_subjects_stance() -> None:
    # "Germany and Ireland are opposed to the limits."
    rows = [("Germany", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Ireland", 0, "conj", "PROPN", "NNP"), ("are", 3, "ROOT", "AUX", "VBP", "be"),
            ("opposed", 3, "acomp", "VERB", "VBN", "oppose"), ("to", 4, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("limits", 5, "pobj", "NOUN", "NNS", "limit"),
            (".", 3, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "germany", "Country"), (2, 3, "ireland", "Country")])
    assert triples(events) == {("REJECT", "germany", None), ("REJECT", "ireland", None)}


def test_a_relative_pronoun_inside_a_quantity_is_the_noun_of_its_clause() -> None:
    # "Japanese lawmakers, a number of whom urged the USDA, spoke."
    rows = [("Japanese", 1, "amod", "ADJ", "JJ"), ("lawmakers", 11, "nsubj", "NOUN", "NNS", "lawmaker"),
            (",", 1, "punct", "PUNCT", ","), ("a", 4, "det", "DET", "DT"), ("number", 7, "nsubj", "NOUN", "NN"),
            ("of", 4, "prep", "ADP", "IN"), ("whom", 5, "pobj", "PRON", "WP"),
            ("urged", 1, "relcl", "VERB", "VBD", "urge"), ("the", 9, "det", "DET", "DT"),
            ("USDA", 7, "dobj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
            ("spoke", 11, "ROOT", "VERB", "VBD", "speak"), (".", 11, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "japan", "Country"), (9, 10, "usda", "Organization")])
    assert ("REQUEST", "japan", "usda") in triples(events)


def test_a_people_named_with_a_nationality_acts_for_that_country() -> None:
    # "Thousands of Iraqi Kurds protested against the government in Baghdad." — a plural proper noun is a
    # people, and a state body of no country named is the one of the place where it happened
    rows = [("Thousands", 4, "nsubj", "NOUN", "NNS", "thousand"), ("of", 0, "prep", "ADP", "IN"),
            ("Iraqi", 3, "amod", "ADJ", "JJ"), ("Kurds", 1, "pobj", "PROPN", "NNPS", "kurd"),
            ("protested", 4, "ROOT", "VERB", "VBD", "protest"), ("against", 4, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("government", 5, "pobj", "NOUN", "NN"), ("in", 4, "prep", "ADP", "IN"),
            ("Baghdad", 8, "pobj", "PROPN", "NNP"), (".", 4, "punct", "PUNCT", ".")]
    [event], _ = code_in(rows, [(2, 3, "iraq", "Country"), (9, 10, "baghdad", "Place")])
    assert (event.category, event.actor, event.recipient, event.recipient_sector) == (
        "PROTEST", "iraq", "iraq", "government")


def test_a_company_is_known_by_the_last_word_of_its_name_whatever_its_dots() -> None:
    # "Varian Inc met with Siemens A.G." — two companies: commerce
    rows = [("Varian", 1, "compound", "PROPN", "NNP"), ("Inc", 2, "nsubj", "PROPN", "NNP"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"), ("with", 2, "prep", "ADP", "IN"),
            ("Siemens", 5, "compound", "PROPN", "NNP"), ("A.G.", 3, "pobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 2, "varian-inc", "Organization"), (4, 6, "siemens-a-g", "Organization")])
    assert events == []


def test_they_is_never_one_country() -> None:
    # "The US claimed that they had attacked Iraq." — "they" is not the US; "U.S. officials ... they" would be
    rows = [("The", 1, "det", "DET", "DT"), ("US", 2, "nsubj", "PROPN", "NNP"),
            ("claimed", 2, "ROOT", "VERB", "VBD", "claim"), ("that", 6, "mark", "SCONJ", "IN"),
            ("they", 6, "nsubj", "PRON", "PRP"), ("had", 6, "aux", "AUX", "VBD", "have"),
            ("attacked", 2, "ccomp", "VERB", "VBN", "attack"), ("Iraq", 6, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "united-states", "Country"), (7, 8, "iraq", "Country")])
    assert not any(e.category == "ASSAULT" for e in events)
    officials = [("US", 1, "compound", "PROPN", "NNP"), ("officials", 2, "nsubj", "NOUN", "NNS", "official"),
                 *rows[2:]]
    events, _ = code_in(officials, [(0, 1, "united-states", "Country"), (7, 8, "iraq", "Country")])
    assert ("ASSAULT", "united-states", "iraq") in triples(events)
    government = [("US", 1, "compound", "PROPN", "NNP"), ("government", 2, "nsubj", "NOUN", "NN"), *rows[2:]]
    events, _ = code_in(government, [(0, 1, "united-states", "Country"), (7, 8, "iraq", "Country")])
    assert not any(e.category == "ASSAULT" for e in events)


def test_members_of_a_group_are_the_groups_node() -> None:
    # "Rebel fighters accused the union." — the rebels' node, as "Rebels accused the union" would give
    rows = [("Rebel", 1, "compound", "NOUN", "NN"), ("fighters", 2, "nsubj", "NOUN", "NNS", "fighter"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("the", 4, "det", "DET", "DT"),
            ("union", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    fighters, entities = code_in(rows)
    assert triples(fighters) == {("ACCUSE", "rebel-in-story-1", "union-in-story-1")}
    assert entities["rebel-in-story-1"].label == "rebel fighters"
    rebels = [("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), *[(w, h - 1, *rest) for w, h, *rest in rows[2:]]]
    assert triples(code_in(rebels)[0]) == triples(fighters)


def test_a_meeting_is_not_placed_in_the_country_it_is_held_in() -> None:
    # "The minister met Wang in Beijing." — a meeting is often held abroad: the minister is no Chinese one
    rows = [("The", 1, "det", "DET", "DT"), ("minister", 2, "nsubj", "NOUN", "NN"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"), ("Wang", 2, "dobj", "PROPN", "NNP"),
            ("in", 2, "prep", "ADP", "IN"), ("Beijing", 4, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(3, 4, "wang-yi", "Person"), (5, 6, "beijing", "Place")])
    assert all(e.actor != "china" for e in events)


def test_workers_of_a_stated_country_are_that_country_and_unions_their_own_body() -> None:
    # "Canadian seafarers accused the union." / "Canadian unions accused the companies."
    seafarers = [("Canadian", 1, "amod", "ADJ", "JJ"), ("seafarers", 2, "nsubj", "NOUN", "NNS", "seafarer"),
                 ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("the", 4, "det", "DET", "DT"),
                 ("union", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    [event], _ = code_in(seafarers, [(0, 1, "canada", "Country")])
    assert (event.actor, event.actor_sector) == ("canada", "labor")
    unions = [("Canadian", 1, "amod", "ADJ", "JJ"), ("unions", 2, "nsubj", "NOUN", "NNS", "union"),
              *seafarers[2:4], ("companies", 2, "dobj", "NOUN", "NNS", "company"), seafarers[5]]
    [event], _ = code_in(unions, [(0, 1, "canada", "Country")])
    assert (event.actor, event.recipient) == ("canada-union", "company-in-story-1")


def test_workers_named_by_their_workplace_are_their_own_group() -> None:
    # "Mill workers protested." — "mill" names no group: the node is the mill workers, not "mill"
    rows = [("Mill", 1, "compound", "NOUN", "NN"), ("workers", 2, "nsubj", "NOUN", "NNS", "worker"),
            ("protested", 2, "ROOT", "VERB", "VBD", "protest"), (".", 2, "punct", "PUNCT", ".")]
    assert triples(code_in(rows)[0]) == {("PROTEST", "mill-worker-in-story-1", None)}


def test_their_is_the_nearest_plural_even_when_it_names_no_entity() -> None:
    # "The US and the EU protested, and NATO urged allies to enhance their support for Kiev." — "their" is the
    # allies': not the US and the EU further back
    rows = [("The", 1, "det", "DET", "DT"), ("US", 5, "nsubj", "PROPN", "NNP"), ("and", 1, "cc", "CCONJ", "CC"),
            ("the", 4, "det", "DET", "DT"), ("EU", 1, "conj", "PROPN", "NNP"),
            ("protested", 5, "ROOT", "VERB", "VBD", "protest"), (",", 5, "punct", "PUNCT", ","),
            ("and", 5, "cc", "CCONJ", "CC"), ("NATO", 9, "nsubj", "PROPN", "NNP"),
            ("urged", 5, "conj", "VERB", "VBD", "urge"), ("allies", 9, "dobj", "NOUN", "NNS", "ally"),
            ("to", 12, "aux", "PART", "TO"), ("enhance", 9, "xcomp", "VERB", "VB"),
            ("their", 14, "poss", "PRON", "PRP$"), ("support", 12, "dobj", "NOUN", "NN"),
            ("for", 14, "prep", "ADP", "IN"), ("Kiev", 15, "pobj", "PROPN", "NNP"), (".", 5, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "united-states", "Country"), (4, 5, "european-union", "Organization"),
                               (8, 9, "nato", "Organization"), (16, 17, "ukraine", "Country")])
    requests = {(e.actor, e.recipient) for e in events if e.category == "REQUEST"}
    assert requests and not requests & {("nato", "united-states"), ("nato", "european-union")}


def test_an_event_noun_whose_doer_is_said_but_unknown_stands_for_no_one() -> None:
    # "Japan condemned their attack on Ukraine." — "their" is unknown here; Ukraine is not the one condemned
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
            ("their", 3, "poss", "PRON", "PRP$"), ("attack", 1, "dobj", "NOUN", "NN"), ("on", 3, "prep", "ADP", "IN"),
            ("Ukraine", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "japan", "Country"), (5, 6, "ukraine", "Country")])
    assert ("ACCUSE", "japan", "ukraine") not in triples(events)


def test_firms_named_by_what_they_make_are_their_own_party_not_the_country() -> None:
    # "Japanese chipmakers accused Nigeria." — a people ending, but firms: not Japan's people
    rows = [("Japanese", 1, "amod", "ADJ", "JJ"), ("chipmakers", 2, "nsubj", "NOUN", "NNS", "chipmaker"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"), ("Nigeria", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(0, 1, "japan", "Country"), (3, 4, "nigeria", "Country")])
    assert triples(events) == {("ACCUSE", "japan-chipmaker", "nigeria")}
    assert entities["japan-chipmaker"].label == "Japanese chipmakers"


def test_a_collective_noun_stands_for_those_it_is_made_of() -> None:
    # "Iraq repelled an attack by three divisions of Iranian troops."
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("repelled", 1, "ROOT", "VERB", "VBD", "repel"),
            ("an", 3, "det", "DET", "DT"), ("attack", 1, "dobj", "NOUN", "NN"), ("by", 3, "prep", "ADP", "IN"),
            ("three", 6, "nummod", "NUM", "CD"), ("divisions", 4, "pobj", "NOUN", "NNS", "division"),
            ("of", 6, "prep", "ADP", "IN"), ("Iranian", 9, "amod", "ADJ", "JJ"),
            ("troops", 7, "pobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iraq", "Country"), (8, 9, "iran", "Country")])
    assert ("ASSAULT", "iraq", "iran") in triples(events)


def test_police_of_no_stated_country_are_those_of_the_people_facing_them() -> None:
    # "Spanish farmers battled police." — police act in their own country; the farmers facing their own
    # country's police are Spain's farmers (a group of Spain), so that the edge is not Spain's to itself
    rows = [("Spanish", 1, "amod", "ADJ", "JJ"), ("farmers", 2, "nsubj", "NOUN", "NNS", "farmer"),
            ("battled", 2, "ROOT", "VERB", "VBD", "battle"), ("police", 2, "dobj", "NOUN", "NNS"),
            (".", 2, "punct", "PUNCT", ".")]
    [event], _ = code_in(rows, [(0, 1, "spain", "Country")])
    assert (event.actor, event.recipient, event.recipient_sector) == ("spain-farmer", "spain", "police")


def test_the_country_is_the_country_named_before() -> None:
    # "Iraq protested. The country's army attacked Iran."
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", "."), ("The", 4, "det", "DET", "DT"),
            ("country", 6, "poss", "NOUN", "NN"), ("'s", 4, "case", "PART", "POS"),
            ("army", 7, "nsubj", "NOUN", "NN"), ("attacked", 7, "ROOT", "VERB", "VBD", "attack"),
            ("Iran", 7, "dobj", "PROPN", "NNP"), (".", 7, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iraq", "Country"), (8, 9, "iran", "Country")])
    assert [(e.actor, e.actor_sector, e.recipient) for e in events if e.category == "ASSAULT"] == \
        [("iraq", "military", "iran")]


def test_a_visiting_guest_visits_the_host() -> None:
    # "Putin met the visiting premier Li." — Li is the visitor, Putin the host
    rows = [("Putin", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("the", 5, "det", "DET", "DT"), ("visiting", 5, "amod", "VERB", "VBG", "visit"),
            ("premier", 5, "compound", "NOUN", "NN"), ("Li", 1, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "vladimir-putin", "Person"), (5, 6, "li-qiang", "Person")])
    assert ("CONSULT", "li-qiang", "vladimir-putin") in triples(events)


def test_told_visiting_a_person_is_read_as_the_person_visiting() -> None:
    # "Deng told visiting Shultz ..." as the model parses it: "visiting" a clause of "told", Shultz its object
    rows = [("Deng", 1, "nsubj", "PROPN", "NNP"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("visiting", 1, "xcomp", "VERB", "VBG", "visit"), ("Shultz", 2, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "deng-xiaoping", "Person"), (3, 4, "george-shultz", "Person")])
    assert triples(events) == {("CONSULT", "george-shultz", "deng-xiaoping")}
    # "He began visiting Shultz": his own doing, not a guest
    began = [("Deng", 1, "nsubj", "PROPN", "NNP"), ("began", 1, "ROOT", "VERB", "VBD", "begin"), *rows[2:]]
    events, _ = code_in(began, [(0, 1, "deng-xiaoping", "Person"), (3, 4, "george-shultz", "Person")])
    assert ("CONSULT", "george-shultz", "deng-xiaoping") not in triples(events)


def test_a_country_named_again_by_an_epithet_is_the_country_named_before() -> None:
    # "Qatar protested. Iran attacked the Gulf state." — "Gulf" is a region, not the party
    rows = [("Qatar", 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", "."), ("Iran", 4, "nsubj", "PROPN", "NNP"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "attack"), ("the", 7, "det", "DET", "DT"),
            ("Gulf", 7, "compound", "PROPN", "NNP"), ("state", 4, "dobj", "NOUN", "NN"),
            (".", 4, "punct", "PUNCT", ".")]
    entities = [(0, 1, "qatar", "Country"), (3, 4, "iran", "Country"), (6, 7, "persian-gulf", "Place")]
    assert ("ASSAULT", "iran", "qatar") in triples(code_in(rows, entities)[0])
    # "the oil-rich kingdom": an adjective that names no country
    rows = [("Qatar", 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", "."), ("The", 5, "det", "DET", "DT"), ("oil-rich", 5, "amod", "ADJ", "JJ"),
            ("kingdom", 6, "nsubj", "NOUN", "NN"), ("accused", 6, "ROOT", "VERB", "VBD", "accuse"),
            ("Iran", 6, "dobj", "PROPN", "NNP"), (".", 6, "punct", "PUNCT", ".")]
    assert ("ACCUSE", "qatar", "iran") in triples(code_in(rows, [(0, 1, "qatar", "Country"),
                                                                (7, 8, "iran", "Country")])[0])
    # "the state" alone is as often a province: no country
    plain = [*rows[:3], ("The", 4, "det", "DET", "DT"), ("state", 5, "nsubj", "NOUN", "NN"),
             ("accused", 5, "ROOT", "VERB", "VBD", "accuse"), ("Iran", 5, "dobj", "PROPN", "NNP"),
             (".", 5, "punct", "PUNCT", ".")]
    events, _ = code_in(plain, [(0, 1, "qatar", "Country"), (6, 7, "iran", "Country")])
    assert all(e.actor != "qatar" for e in events if e.category == "ACCUSE" and e.trigger != "protested")


def test_the_place_of_the_other_side_of_a_meeting_is_not_a_party() -> None:
    # "Iran met with the committee in Geneva." — the venue is not whom Iran met
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("with", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), ("committee", 2, "pobj", "NOUN", "NN"),
            ("in", 4, "prep", "ADP", "IN"), ("Geneva", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iran", "Country"), (6, 7, "geneva", "Place")])
    assert all(e.recipient != "geneva" for e in events)


def test_the_name_of_a_meeting_is_not_who_meets_when_the_subject_is_said() -> None:
    # "The two met at the OPEC meeting." — "the two" are unknown, but they are not OPEC
    rows = [("The", 1, "det", "DET", "DT"), ("two", 2, "nsubj", "NUM", "CD"), ("met", 2, "ROOT", "VERB", "VBD", "meet"),
            ("at", 2, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"), ("OPEC", 6, "compound", "PROPN", "NNP"),
            ("meeting", 3, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(5, 6, "opec", "Organization")])
    assert all(e.actor != "opec" for e in events)


def test_goods_bought_by_measure_are_their_countrys() -> None:
    # "Egypt agreed to purchase 500 tonnes of Canadian wheat." — the seller is Canada
    rows = [("Egypt", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 3, "aux", "PART", "TO"), ("purchase", 1, "xcomp", "VERB", "VB"), ("500", 5, "nummod", "NUM", "CD"),
            ("tonnes", 3, "dobj", "NOUN", "NNS", "tonne"), ("of", 5, "prep", "ADP", "IN"),
            ("Canadian", 8, "amod", "ADJ", "JJ"), ("wheat", 6, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    assert ("AGREE", "egypt", "canada") in triples(code_in(rows, [(0, 1, "egypt", "Country"),
                                                                (7, 8, "canada", "Country")])[0])
    # "Japanese importers agreed to purchase ...": firms dealing in a country's goods are commerce
    firms = [("Japanese", 1, "amod", "ADJ", "JJ"), ("importers", 2, "nsubj", "NOUN", "NNS", "importer"),
             *[(w, h + 1, d, *rest) for w, h, d, *rest in rows[1:]]]
    events, _ = code_in(firms, [(0, 1, "japan", "Country"), (8, 9, "canada", "Country")])
    assert all(e.recipient != "canada" for e in events)


def test_force_on_a_condition_is_aimed_at_whom_the_condition_is_about() -> None:
    # "Argentina could suspend payments if banks reject the request."
    rows = [("Argentina", 2, "nsubj", "PROPN", "NNP"), ("could", 2, "aux", "AUX", "MD"),
            ("suspend", 2, "ROOT", "VERB", "VB"), ("payments", 2, "dobj", "NOUN", "NNS", "payment"),
            ("if", 6, "mark", "SCONJ", "IN"), ("banks", 6, "nsubj", "NOUN", "NNS", "bank"),
            ("reject", 2, "advcl", "VERB", "VBP"), ("the", 8, "det", "DET", "DT"), ("request", 6, "dobj", "NOUN", "NN"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "argentina", "Country")])
    assert ("THREATEN", "argentina", "bank-in-story-1") in triples(events)


def test_a_threat_is_aimed_at_whom_the_condition_of_what_is_threatened_is_about() -> None:
    # "Iran threatened to close the strait if Washington attacked." — the condition hangs on "close", below
    # the verb of threatening; a sea closed is where it happens, no party
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
            ("to", 3, "aux", "PART", "TO"), ("close", 1, "xcomp", "VERB", "VB"), ("the", 6, "det", "DET", "DT"),
            ("Strait", 6, "compound", "PROPN", "NNP"), ("Hormuz", 3, "dobj", "PROPN", "NNP"),
            ("if", 9, "mark", "SCONJ", "IN"), ("Washington", 9, "nsubj", "PROPN", "NNP"),
            ("attacked", 3, "advcl", "VERB", "VBD", "attack"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iran", "Country"), (5, 7, "strait-of-hormuz", "Place"),
                               (8, 9, "united-states", "Country")])
    assert ("THREATEN", "iran", "united-states") in triples(events)


def test_a_name_the_parser_took_for_an_adverbial_noun_before_a_verb_with_no_subject_is_its_subject() -> None:
    # "Turkey massed troops." — the parser reads "Turkey" as it reads "Monday" (npadvmod)
    rows = [("Turkey", 1, "npadvmod", "PROPN", "NNP"), ("massed", 1, "ROOT", "VERB", "VBD", "mass"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "turkey", "Country")])
    assert triples(events) == {("MOBILIZE", "turkey", None)}
    # a verb with a subject of its own keeps it: "Monday, Iraq attacked Iran" is not Monday's doing
    monday = [("Monday", 3, "npadvmod", "PROPN", "NNP"), (",", 3, "punct", "PUNCT", ","),
              ("Iraq", 3, "nsubj", "PROPN", "NNP"), ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
              ("Iran", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events, _ = code_in(monday, [(2, 3, "iraq", "Country"), (4, 5, "iran", "Country")])
    assert triples(events) == {("ASSAULT", "iraq", "iran")}


# -- the owner of a thing a stance is taken on ---------------------------------------------------------------

def test_a_stance_on_a_thing_is_aimed_at_whom_a_phrase_on_it_names() -> None:
    # "Brazil rejected a role for the IMF." — the role is the IMF's
    rows = [("Brazil", 1, "nsubj", "PROPN", "NNP"), ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
            ("a", 3, "det", "DET", "DT"), ("role", 1, "dobj", "NOUN", "NN"), ("for", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("IMF", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "brazil", "Country"), (6, 7, "imf", "Organization")])
    assert triples(events) == {("REJECT", "brazil", "imf")}


def test_a_place_owns_nothing_a_stance_is_taken_on() -> None:
    # "Sudan rejected a plan for Darfur." — a plan for a region is aimed at no one named
    rows = [("Sudan", 1, "nsubj", "PROPN", "NNP"), ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
            ("a", 3, "det", "DET", "DT"), ("plan", 1, "dobj", "NOUN", "NN"), ("for", 3, "prep", "ADP", "IN"),
            ("Darfur", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "sudan", "Country"), (5, 6, "darfur", "Place")])
    assert triples(events) == {("REJECT", "sudan", None)}


def test_by_hung_on_an_active_verb_names_the_maker_of_its_object() -> None:
    # "Contraves rejects charges by Philips." — the parser hangs "by" on the verb, which has no agent when active
    rows = [("Contraves", 1, "nsubj", "PROPN", "NNP"), ("rejects", 1, "ROOT", "VERB", "VBZ", "reject"),
            ("charges", 1, "dobj", "NOUN", "NNS", "charge"), ("by", 1, "prep", "ADP", "IN"),
            ("Philips", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "contraves", "Organization"), (4, 5, "philips", "Organization")])
    # the charges rejected are Philips's accusation of Contraves as well (tests/extract/test_verdicts.py)
    assert triples(events) == {("REJECT", "contraves", "philips"), ("ACCUSE", "philips", "contraves")}


def test_a_group_word_before_a_thing_is_its_owner() -> None:
    # "Kaunda dismissed union demands."
    rows = [("Kaunda", 1, "nsubj", "PROPN", "NNP"), ("dismissed", 1, "ROOT", "VERB", "VBD", "dismiss"),
            ("union", 3, "compound", "NOUN", "NN"), ("demands", 1, "dobj", "NOUN", "NNS", "demand"),
            (".", 1, "punct", "PUNCT", ".")]
    events, entities = code_in(rows, [(0, 1, "kenneth-kaunda", "Person")])
    [(category, actor, recipient)] = triples(events)
    assert (category, actor) == ("REJECT", "kenneth-kaunda")
    assert entities[recipient].label == "union"


def test_people_described_by_someone_are_not_made_by_them() -> None:
    # "The two, pictured by the Tower commission as operators, refused to testify." — the commission only
    # describes them; it does not refuse
    rows = [("The", 1, "det", "DET", "DT"), ("two", 11, "nsubj", "NUM", "CD"), (",", 1, "punct", "PUNCT", ","),
            ("pictured", 1, "acl", "VERB", "VBN", "picture"), ("by", 3, "agent", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("Tower", 7, "compound", "PROPN", "NNP"),
            ("commission", 4, "pobj", "NOUN", "NN"), ("as", 3, "prep", "ADP", "IN"),
            ("operators", 8, "pobj", "NOUN", "NNS", "operator"), (",", 1, "punct", "PUNCT", ","),
            ("refused", 11, "ROOT", "VERB", "VBD", "refuse"), ("to", 13, "aux", "PART", "TO"),
            ("testify", 11, "xcomp", "VERB", "VB"), (".", 11, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(6, 7, "john-tower", "Person")])
    assert events == []


def test_what_stands_beside_a_name_only_describes_it() -> None:
    # "The SEC charged Dean Witter, a U.S. brokerage house, with fraud." — aimed at the firm, not the U.S.
    rows = [("The", 1, "det", "DET", "DT"), ("SEC", 2, "nsubj", "PROPN", "NNP"),
            ("charged", 2, "ROOT", "VERB", "VBD", "charge"), ("Dean", 4, "compound", "PROPN", "NNP"),
            ("Witter", 2, "dobj", "PROPN", "NNP"), (",", 4, "punct", "PUNCT", ","), ("a", 9, "det", "DET", "DT"),
            ("U.S.", 9, "compound", "PROPN", "NNP"), ("brokerage", 9, "compound", "NOUN", "NN"),
            ("house", 4, "appos", "NOUN", "NN"), (",", 4, "punct", "PUNCT", ","), ("with", 2, "prep", "ADP", "IN"),
            ("fraud", 11, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(1, 2, "sec", "Organization"), (3, 5, "dean-witter", "Organization"),
                               (7, 8, "united-states", "Country")])
    assert triples(events) == {("ACCUSE", "sec", "dean-witter")}


def test_parties_agreeing_about_one_of_them_agree_with_each_other() -> None:
    # "Canadian and Egyptian negotiators concluded an agreement on Canadian exports."
    rows = [("Canadian", 3, "amod", "ADJ", "JJ"), ("and", 0, "cc", "CCONJ", "CC"), ("Egyptian", 0, "conj", "ADJ", "JJ"),
            ("negotiators", 4, "nsubj", "NOUN", "NNS", "negotiator"),
            ("concluded", 4, "ROOT", "VERB", "VBD", "conclude"), ("an", 6, "det", "DET", "DT"),
            ("agreement", 4, "dobj", "NOUN", "NN"), ("on", 6, "prep", "ADP", "IN"),
            ("Canadian", 9, "amod", "ADJ", "JJ"), ("exports", 7, "pobj", "NOUN", "NNS", "export"),
            (".", 4, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "canada", "Country"), (2, 3, "egypt", "Country"), (8, 9, "canada", "Country")])
    assert triples(events) == {("AGREE", "canada", "egypt")}


def test_a_ranked_description_of_a_state_body_is_the_country_named_before() -> None:
    # "Peru protested. The chief negotiator accused Chile." — a rank is no other body
    rows = [("Peru", 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", "."), ("The", 5, "det", "DET", "DT"), ("chief", 5, "amod", "ADJ", "JJ"),
            ("negotiator", 6, "nsubj", "NOUN", "NN"), ("accused", 6, "ROOT", "VERB", "VBD", "accuse"),
            ("Chile", 6, "dobj", "PROPN", "NNP"), (".", 6, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "peru", "Country"), (7, 8, "chile", "Country")])
    assert [(e.actor, e.recipient) for e in events if e.category == "ACCUSE" and e.trigger != "protested"] == \
        [("peru", "chile")]
    # a noun before it may name another body: "the rebel negotiator" is not Peru's
    rows[4] = ("rebel", 5, "compound", "NOUN", "NN")
    events, _ = code_in(rows, [(0, 1, "peru", "Country"), (7, 8, "chile", "Country")])
    assert all(e.actor != "peru" for e in events if e.category == "ACCUSE" and e.trigger != "protested")


# -- the other side of talks around the event ----------------------------------------------------------------

def test_an_agreement_reached_after_talks_is_with_the_other_side_of_the_talks() -> None:
    # "Iraq secured agreement to defer payments after talks with Jordan."
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("secured", 1, "ROOT", "VERB", "VBD", "secure"),
            ("agreement", 1, "dobj", "NOUN", "NN"), ("to", 4, "aux", "PART", "TO"),
            ("defer", 2, "acl", "VERB", "VB"), ("payments", 4, "dobj", "NOUN", "NNS", "payment"),
            ("after", 4, "prep", "ADP", "IN"), ("talks", 6, "pobj", "NOUN", "NNS", "talk"),
            ("with", 7, "prep", "ADP", "IN"), ("Jordan", 8, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iraq", "Country"), (9, 10, "jordan", "Country")])
    assert ("AGREE", "iraq", "jordan") in triples(events)


def test_an_act_after_talks_is_aimed_at_the_other_side_of_the_talks_and_not_of_a_war() -> None:
    # "Iran launched an offensive after talks with Iraq collapsed."
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("launched", 1, "ROOT", "VERB", "VBD", "launch"),
            ("an", 3, "det", "DET", "DT"), ("offensive", 1, "dobj", "NOUN", "NN"), ("after", 8, "mark", "SCONJ", "IN"),
            ("talks", 8, "nsubj", "NOUN", "NNS", "talk"), ("with", 5, "prep", "ADP", "IN"),
            ("Iraq", 6, "pobj", "PROPN", "NNP"), ("collapsed", 1, "advcl", "VERB", "VBD", "collapse"),
            (".", 1, "punct", "PUNCT", ".")]
    entities = [(0, 1, "iran", "Country"), (7, 8, "iraq", "Country")]
    events, _ = code_in(rows, entities)
    assert ("ASSAULT", "iran", "iraq") in triples(events)
    # "Iran launched an offensive after the war with Iraq ended.": a war is no talks
    rows[5] = ("war", 8, "nsubj", "NOUN", "NN")
    events, _ = code_in(rows, entities)
    assert ("ASSAULT", "iran", None) in triples(events)


def test_a_state_body_of_no_named_country_acts_for_no_one_even_against_a_named_party() -> None:
    # "The government criticised China." — whose government the sentence does not say
    rows = [("The", 1, "det", "DET", "DT"), ("government", 2, "nsubj", "NOUN", "NN"),
            ("criticised", 2, "ROOT", "VERB", "VBD", "criticise"), ("China", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(3, 4, "china", "Country")])
    assert events == []


# -- objects the parser hung elsewhere -----------------------------------------------------------------------

def test_a_second_passive_verb_is_done_to_the_subject_of_the_first() -> None:
    # "Montoya was arrested by Mexican police and charged with theft."
    rows = [("Montoya", 2, "nsubjpass", "PROPN", "NNP"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("arrested", 2, "ROOT", "VERB", "VBN", "arrest"), ("by", 2, "agent", "ADP", "IN"),
            ("Mexican", 5, "amod", "ADJ", "JJ"), ("police", 3, "pobj", "NOUN", "NNS"), ("and", 2, "cc", "CCONJ", "CC"),
            ("charged", 2, "conj", "VERB", "VBN", "charge"), ("with", 7, "prep", "ADP", "IN"),
            ("theft", 8, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "montoya", "Person"), (4, 5, "mexico", "Country")])
    assert ("ACCUSE", "mexico", "montoya") in triples(events)


def test_who_did_a_second_passive_verb_is_not_the_subject_it_was_done_to() -> None:
    # "Iranian troops stormed the town and were arrested." — the troops did not arrest themselves
    rows = [("Iranian", 1, "amod", "ADJ", "JJ"), ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
            ("stormed", 2, "ROOT", "VERB", "VBD", "storm"), ("the", 4, "det", "DET", "DT"),
            ("town", 2, "dobj", "NOUN", "NN"), ("and", 2, "cc", "CCONJ", "CC"),
            ("were", 7, "auxpass", "AUX", "VBD", "be"),
            ("arrested", 2, "conj", "VERB", "VBN", "arrest"), (".", 2, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "iran", "Country")])
    assert not any(e.category == "COERCE" for e in events)


def test_the_one_allowed_is_whom_the_parser_made_the_subject_of_the_clause() -> None:
    # "Britain allowed Argentine ships to enter the zone." — parsed as "allowed [ships to enter the zone]"
    rows = [("Britain", 1, "nsubj", "PROPN", "NNP"), ("allowed", 1, "ROOT", "VERB", "VBD", "allow"),
            ("Argentine", 3, "amod", "ADJ", "JJ"), ("ships", 5, "nsubj", "NOUN", "NNS", "ship"),
            ("to", 5, "aux", "PART", "TO"), ("enter", 1, "ccomp", "VERB", "VB"), ("the", 7, "det", "DET", "DT"),
            ("zone", 5, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "united-kingdom", "Country"), (2, 3, "argentina", "Country")])
    assert ("CONCEDE", "united-kingdom", "argentina") in triples(events)


def test_an_act_done_in_defiance_of_someone_is_aimed_at_them() -> None:
    # "Greece closed the border in defiance of the European Community."
    rows = [("Greece", 1, "nsubj", "PROPN", "NNP"), ("closed", 1, "ROOT", "VERB", "VBD", "close"),
            ("the", 3, "det", "DET", "DT"), ("border", 1, "dobj", "NOUN", "NN"), ("in", 1, "prep", "ADP", "IN"),
            ("defiance", 4, "pobj", "NOUN", "NN"), ("of", 5, "prep", "ADP", "IN"), ("the", 9, "det", "DET", "DT"),
            ("European", 9, "compound", "PROPN", "NNP"), ("Community", 6, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "greece", "Country"), (8, 10, "european-community", "Organization")])
    assert triples(events) == {("SANCTION", "greece", "european-community")}



def test_an_act_done_in_a_refusal_is_aimed_at_whose_the_refused_thing_is() -> None:
    # "Poland closed the border in a refusal to accept the demands of the Soviet Union."
    rows = [("Poland", 1, "nsubj", "PROPN", "NNP"), ("closed", 1, "ROOT", "VERB", "VBD", "close"),
            ("the", 3, "det", "DET", "DT"), ("border", 1, "dobj", "NOUN", "NN"), ("in", 1, "prep", "ADP", "IN"),
            ("a", 6, "det", "DET", "DT"), ("refusal", 4, "pobj", "NOUN", "NN"), ("to", 8, "aux", "PART", "TO"),
            ("accept", 6, "acl", "VERB", "VB"), ("the", 10, "det", "DET", "DT"),
            ("demands", 8, "dobj", "NOUN", "NNS", "demand"), ("of", 10, "prep", "ADP", "IN"),
            ("the", 14, "det", "DET", "DT"), ("Soviet", 14, "compound", "PROPN", "NNP"),
            ("Union", 11, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events, _ = code_in(rows, [(0, 1, "poland", "Country"), (13, 15, "soviet-union", "Country")])
    # and the refusal is Poland's own act too (reuters-plover codes "go on strike in a refusal to meet
    # rollbacks" as the strikers' REJECT)
    assert triples(events) == {("SANCTION", "poland", "soviet-union"), ("REJECT", "poland", "soviet-union")}


def test_any_kind_of_person_the_agent_dictionary_names_is_a_person_object() -> None:
    # "Iraq released two British airmen." — "airmen" is no party word of its own but a kind of person
    # (Phoenix agents), so release+@Group reads it; "Iraq released two British reports." is no event
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("released", 1, "ROOT", "VERB", "VBD", "release"),
            ("two", 4, "nummod", "NUM", "CD"), ("British", 4, "amod", "ADJ", "JJ"),
            ("airmen", 1, "dobj", "NOUN", "NNS", "airman"), (".", 1, "punct", "PUNCT", ".")]
    parties = [(0, 1, "iraq", "Country")]
    assert {(e.category, e.actor) for e, _ in coder().code(parse(rows, parties))} == {("RETREAT", "iraq")}
    reports = [*rows[:4], ("reports", 1, "dobj", "NOUN", "NNS", "report"), rows[5]]
    assert [e for e, _ in coder().code(parse(reports, parties))] == []


# -- measures on trade ----------------------------------------------------------------------------------------

def _ban(verb: tuple[str, str], goods: Sequence[Row]) -> list[Row]:
    """"Japan <verb> its ban on imports <goods> ." with ``goods`` hanging on "imports" (token 5)."""
    rows: list[Row] = [("Japan", 1, "nsubj", "PROPN", "NNP"), (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
                       ("its", 3, "poss", "PRON", "PRP$"), ("ban", 1, "dobj", "NOUN", "NN"),
                       ("on", 3, "prep", "ADP", "IN"), ("imports", 4, "pobj", "NOUN", "NNS", "import")]
    return [*rows, *goods, (".", 1, "punct", "PUNCT", ".")]


def test_a_measure_on_imports_is_aimed_at_whose_goods_they_are() -> None:
    # "Japan lifted its ban on imports of American beef." — the ban was on the United States' beef
    of_goods = _ban(("lifted", "lift"), [("of", 5, "prep", "ADP", "IN"), ("American", 8, "amod", "ADJ", "JJ"),
                                         ("beef", 6, "pobj", "NOUN", "NN")])
    events, _ = code_in(of_goods, [(0, 1, "japan", "Country"), (7, 8, "united-states", "Country")])
    assert triples(events) == {("RETREAT", "japan", "united-states")}
    # "Japan lifted its ban on imports from China."
    from_country = _ban(("lifted", "lift"), [("from", 5, "prep", "ADP", "IN"), ("China", 6, "pobj", "PROPN", "NNP")])
    events, _ = code_in(from_country, [(0, 1, "japan", "Country"), (7, 8, "china", "Country")])
    assert triples(events) == {("RETREAT", "japan", "china")}


def test_a_ban_imposed_on_imports_is_a_sanction_not_a_repression() -> None:
    # "Japan imposed its ban on imports from China." — a trade ban reduces relations (SANCTION), where a ban
    # on gatherings coerces a state's own people
    rows = _ban(("imposed", "impose"), [("from", 5, "prep", "ADP", "IN"), ("China", 6, "pobj", "PROPN", "NNP")])
    events, _ = code_in(rows, [(0, 1, "japan", "Country"), (7, 8, "china", "Country")])
    assert triples(events) == {("SANCTION", "japan", "china")}


def test_a_complaint_is_aimed_at_whom_it_is_against_not_the_body_it_is_filed_with() -> None:
    # "Brazil filed a complaint with the WTO against the United States." — the parser hangs "against" on the
    # body's name; the WTO is where the complaint is heard
    rows: list[Row] = [("Brazil", 1, "nsubj", "PROPN", "NNP"), ("filed", 1, "ROOT", "VERB", "VBD", "file"),
                       ("a", 3, "det", "DET", "DT"), ("complaint", 1, "dobj", "NOUN", "NN"),
                       ("with", 3, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"),
                       ("WTO", 4, "pobj", "PROPN", "NNP"), ("against", 6, "prep", "ADP", "IN"),
                       ("the", 10, "det", "DET", "DT"), ("United", 10, "compound", "PROPN", "NNP"),
                       ("States", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    entities = [(0, 1, "brazil", "Country"), (6, 7, "wto", "Organization"), (9, 11, "united-states", "Country")]
    events, _ = code_in(rows, entities)
    assert triples(events) == {("ACCUSE", "brazil", "united-states")}
    # "Brazil filed a complaint with the WTO." — with no one named as its target, the body stays the recipient
    events, _ = code_in([*rows[:7], rows[-1]], entities[:2])
    assert triples(events) == {("ACCUSE", "brazil", "wto")}


def test_a_groups_own_people_named_by_a_pronoun_are_no_recipient_of_its_act() -> None:
    # "Hezbollah moved its fighters north." Hezbollah is a group of a sector (the dictionaries' rebels); its
    # fighters, a sector word under "its", linked back to it, were the recipient of its own move.
    rows = rows_of("Hezbollah/1/nsubj/NNP moved/1/ROOT/VBD/move its/3/poss/PRP$/its fighters/1/dobj/NNS/fighter "
                   "north/1/advmod/RB ./1/punct/.")
    doc = parse(rows, [(0, 1, "hezbollah", "Organization")])
    doc._.entities["hezbollah"] = EntityInfo("hezbollah", "Hezbollah", "Organization", (("cameo", "LBNREB"),),
                                              sector="rebels")
    events = [event for event, _ in coder().code(doc)]
    assert {(e.category, e.actor, e.recipient) for e in events} == {("MOBILIZE", "hezbollah", None)}


def test_go_betweens_named_together_act_side_by_side_not_with_each_other() -> None:
    # "The United States and France brokered the deal.": two mediators, no agreement between them; "Japan and
    # China agreed" is still one between the two
    rows = rows_of("The/2/det/DT United/2/compound/NNP States/5/nsubj/NNPS and/2/cc/CC France/2/conj/NNP "
                   "brokered/5/ROOT/VBD/broker the/7/det/DT deal/5/dobj/NN ./5/punct/.")
    us, france = (1, 3, "united-states", "Country"), (4, 5, "france", "Country")
    assert triples(coder_events(rows, [us, france])) == {("AGREE", "united-states", None), ("AGREE", "france", None)}
    agreed = rows_of("Japan/3/nsubj/NNP and/0/cc/CC China/0/conj/NNP agreed/3/ROOT/VBD/agree ./3/punct/.")
    assert triples(coder_events(agreed, [(0, 1, "japan", "Country"), (2, 3, "china", "Country")])) == {
        ("AGREE", "japan", "china")}


def coder_events(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]]) -> list[Event]:
    return [event for event, _ in coder().code(parse(rows, entities))]
