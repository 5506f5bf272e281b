"""Events named in noun phrases, relative clauses and passives, each rule on a hand-built parse
(``tests/extract/parses.py``), so that deleting the rule fails its test: the duty a country imposed, duties
levied by a body, demands rejected by a government, a suspect arrested and charged.
"""

from __future__ import annotations

from newsgraph.extract.events.syntax import _relative_object
from newsgraph.extract.events.triggers import _gerund_as_noun
from tests.extract.parses import code, parse, triples

P = "PUNCT"


# -- relative clauses and participles over the noun they describe ----------------------------------------------

def test_the_duty_a_country_imposed_on_another_is_its_sanction() -> None:
    # "The duty the U.S. imposed on Canada angered Ottawa." — the relative clause has no object: the noun it
    # describes is what was imposed
    rows = [("The", 1, "det", "DET", "DT"), ("duty", 7, "nsubj", "NOUN", "NN"),
            ("the", 3, "det", "DET", "DT"), ("U.S.", 4, "nsubj", "PROPN", "NNP"),
            ("imposed", 1, "relcl", "VERB", "VBD", "impose"), ("on", 4, "prep", "ADP", "IN"),
            ("Canada", 5, "pobj", "PROPN", "NNP"), ("angered", 7, "ROOT", "VERB", "VBD", "anger"),
            ("Ottawa", 7, "dobj", "PROPN", "NNP"), (".", 7, "punct", P, ".")]
    events = code(rows, [(3, 4, "united-states", "Country"), (6, 7, "canada", "Country"),
                         (8, 9, "ottawa", "Place")])
    assert triples(events) == {("SANCTION", "united-states", "canada")}


def test_duties_levied_by_a_body_against_a_country_are_its_sanction() -> None:
    # "Farmers protested against duties levied by the EC against Spain." — a reduced passive: the agent
    # imposes, the noun is what it levies
    rows = [("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"), ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("against", 1, "prep", "ADP", "IN"), ("duties", 2, "pobj", "NOUN", "NNS", "duty"),
            ("levied", 3, "acl", "VERB", "VBN", "levy"), ("by", 4, "agent", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("EC", 5, "pobj", "PROPN", "NNP"),
            ("against", 4, "prep", "ADP", "IN"), ("Spain", 8, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(7, 8, "european-union", "Organization"), (9, 10, "spain", "Country")])
    assert ("SANCTION", "european-union", "spain") in triples(events)


def test_sanctions_which_a_country_imposed_are_its_sanction() -> None:
    # "Japan lifted sanctions which it imposed on Libya." — the relative pronoun stands for the noun
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("lifted", 1, "ROOT", "VERB", "VBD", "lift"),
            ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"), ("which", 5, "dobj", "PRON", "WDT"),
            ("Russia", 5, "nsubj", "PROPN", "NNP"), ("imposed", 2, "relcl", "VERB", "VBD", "impose"),
            ("on", 5, "prep", "ADP", "IN"), ("Libya", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "japan", "Country"), (4, 5, "russia", "Country"), (7, 8, "libya", "Country")])
    assert ("SANCTION", "russia", "libya") in triples(events)


def test_demands_rejected_by_a_government_are_its_rejection_of_who_demanded() -> None:
    # "Demands by Poland rejected by Germany angered Warsaw." — the participle says what became of the
    # demands; it is no content of the demand (not blocked by it), and it rejects whoever made them
    rows = [("Demands", 6, "nsubj", "NOUN", "NNS", "demand"), ("by", 0, "prep", "ADP", "IN"),
            ("Poland", 1, "pobj", "PROPN", "NNP"), ("rejected", 0, "acl", "VERB", "VBN", "reject"),
            ("by", 3, "agent", "ADP", "IN"), ("Germany", 4, "pobj", "PROPN", "NNP"),
            ("angered", 6, "ROOT", "VERB", "VBD", "anger"), ("Warsaw", 6, "dobj", "PROPN", "NNP"),
            (".", 6, "punct", P, ".")]
    events = code(rows, [(2, 3, "poland", "Country"), (5, 6, "germany", "Country"), (7, 8, "warsaw", "Place")])
    assert ("REJECT", "germany", "poland") in triples(events)


def test_a_clause_whose_noun_is_its_subject_describes_no_object() -> None:
    # "the duty the U.S. imposed" / "the union which struck" / "farmers demanding aid"
    imposed = parse([("duty", 0, "ROOT", "NOUN", "NN"), ("the", 2, "det", "DET", "DT"),
                     ("U.S.", 3, "nsubj", "PROPN", "NNP"), ("imposed", 0, "relcl", "VERB", "VBD", "impose")])
    struck = parse([("union", 0, "ROOT", "NOUN", "NN"), ("which", 2, "nsubj", "PRON", "WDT"),
                    ("struck", 0, "relcl", "VERB", "VBD", "strike")])
    demanding = parse([("farmers", 0, "ROOT", "NOUN", "NNS", "farmer"),
                       ("demanding", 0, "acl", "VERB", "VBG", "demand"), ("aid", 1, "dobj", "NOUN", "NN")])
    assert _relative_object(imposed[3]) == imposed[0]
    assert _relative_object(struck[2]) is None
    assert _relative_object(demanding[1]) is None


# -- passives ------------------------------------------------------------------------------------------------------

def test_a_suspect_arrested_and_charged_is_charged_by_who_arrested_him() -> None:
    # "Smith was arrested by Japan and charged with fraud." / "... and accused of fraud." — the second
    # participle shares the passive subject and the agent of the first
    def rows(verb: str, lemma: str, prep: str) -> list:
        return [("Smith", 2, "nsubjpass", "PROPN", "NNP"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
                ("arrested", 2, "ROOT", "VERB", "VBN", "arrest"), ("by", 2, "agent", "ADP", "IN"),
                ("Japan", 3, "pobj", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"),
                (verb, 2, "conj", "VERB", "VBN", lemma), (prep, 6, "prep", "ADP", "IN"),
                ("fraud", 7, "pobj", "NOUN", "NN"), (".", 2, "punct", P, ".")]
    entities = [(0, 1, "john-smith", "Person"), (4, 5, "japan", "Country")]
    expected = {("COERCE", "japan", "john-smith"), ("ACCUSE", "japan", "john-smith")}
    assert triples(code(rows("charged", "charge", "with"), entities)) == expected
    assert triples(code(rows("accused", "accuse", "of"), entities)) == expected


# -- event nouns: who brought them about, whom they came from ----------------------------------------------------

def test_an_event_a_cause_set_off_took_place() -> None:
    # "The raid provoked Egyptian protests." — what a cause brought about happened; "the raid planned protests"
    # says nothing of the kind
    def rows(verb: str, lemma: str) -> list:
        return [("The", 1, "det", "DET", "DT"), ("raid", 2, "nsubj", "NOUN", "NN"),
                (verb, 2, "ROOT", "VERB", "VBD", lemma), ("Egyptian", 4, "amod", "ADJ", "JJ"),
                ("protests", 2, "dobj", "NOUN", "NNS", "protest"), (".", 2, "punct", P, ".")]
    egypt = [(3, 4, "egypt", "Country")]
    assert ("PROTEST", "egypt", None) in triples(code(rows("provoked", "provoke"), egypt))
    assert ("PROTEST", "egypt", None) not in triples(code(rows("discussed", "discuss"), egypt))


def test_criticism_from_a_country_is_its_accusation_but_a_withdrawal_from_it_is_not_its_doing() -> None:
    # "Criticism from Moscow grew." / "Syria's withdrawal from Lebanon began."
    criticism = [("Criticism", 3, "nsubj", "NOUN", "NN"), ("from", 0, "prep", "ADP", "IN"),
                 ("Moscow", 1, "pobj", "PROPN", "NNP"), ("grew", 3, "ROOT", "VERB", "VBD", "grow"),
                 (".", 3, "punct", P, ".")]
    assert triples(code(criticism, [(2, 3, "russia", "Country")])) == {("ACCUSE", "russia", None)}
    withdrawal = [("Syria", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
                  ("withdrawal", 5, "nsubj", "NOUN", "NN"), ("from", 2, "prep", "ADP", "IN"),
                  ("Lebanon", 3, "pobj", "PROPN", "NNP"), ("began", 5, "ROOT", "VERB", "VBD", "begin"),
                  (".", 5, "punct", P, ".")]
    assert triples(code(withdrawal, [(0, 1, "syria", "Country"), (4, 5, "lebanon", "Country")])) == \
        {("RETREAT", "syria", "lebanon")}


def test_criticism_drawn_from_a_country_is_its_accusation_of_who_drew_it() -> None:
    # "Tokyo drew criticism from Beijing." — the subject of "drew" is the one criticised
    rows = [("Tokyo", 1, "nsubj", "PROPN", "NNP"), ("drew", 1, "ROOT", "VERB", "VBD", "draw"),
            ("criticism", 1, "dobj", "NOUN", "NN"), ("from", 2, "prep", "ADP", "IN"),
            ("Beijing", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "japan", "Country"), (4, 5, "china", "Country")])
    assert triples(events) == {("ACCUSE", "china", "japan")}


def test_a_grant_received_from_a_donor_hung_on_its_amount_is_the_donor_s_aid() -> None:
    # "Bangladesh received a grant worth 47 million dollars from the Netherlands." — the parser hangs "from"
    # on the amount; it is still where the grant comes from
    rows = [("Bangladesh", 1, "nsubj", "PROPN", "NNP"), ("received", 1, "ROOT", "VERB", "VBD", "receive"),
            ("a", 3, "det", "DET", "DT"), ("grant", 1, "dobj", "NOUN", "NN"), ("worth", 3, "amod", "ADJ", "JJ"),
            ("47", 6, "compound", "NUM", "CD"), ("million", 7, "nummod", "NUM", "CD"),
            ("dollars", 4, "npadvmod", "NOUN", "NNS", "dollar"), ("from", 7, "prep", "ADP", "IN"),
            ("the", 10, "det", "DET", "DT"), ("Netherlands", 8, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "bangladesh", "Country"), (10, 11, "netherlands", "Country")])
    assert triples(events) == {("AID", "netherlands", "bangladesh")}


def test_a_capitalised_plural_is_still_the_event_noun() -> None:
    # "Polish Protests ended." — old wire copy capitalises, and the tagger takes the plural for a name
    rows = [("Polish", 1, "amod", "ADJ", "JJ"), ("Protests", 2, "nsubj", "PROPN", "NNPS", "Protests"),
            ("ended", 2, "ROOT", "VERB", "VBD", "end"), (".", 2, "punct", P, ".")]
    assert ("PROTEST", "poland", None) in triples(code(rows, [(0, 1, "poland", "Country")]))


# -- easing trade barriers, showing support, aid given to help -------------------------------------------------

def test_cutting_a_duty_on_a_country_is_a_retreat_but_cutting_prices_is_nothing() -> None:
    # "Washington cut its duty on Japan." / "Washington cut its prices on Japan."
    def rows(noun: str, lemma: str) -> list:
        return [("Washington", 1, "nsubj", "PROPN", "NNP"), ("cut", 1, "ROOT", "VERB", "VBD", "cut"),
                ("its", 3, "poss", "PRON", "PRP$"), (noun, 1, "dobj", "NOUN", "NN", lemma),
                ("on", 3, "prep", "ADP", "IN"), ("Japan", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(0, 1, "united-states", "Country"), (5, 6, "japan", "Country")]
    assert triples(code(rows("duty", "duty"), countries)) == {("RETREAT", "united-states", "japan")}
    assert code(rows("prices", "price"), countries) == []


def test_showing_solidarity_is_support() -> None:
    # "Venezuela showed solidarity with Brazil."
    rows = [("Venezuela", 1, "nsubj", "PROPN", "NNP"), ("showed", 1, "ROOT", "VERB", "VBD", "show"),
            ("solidarity", 1, "dobj", "NOUN", "NN"), ("with", 2, "prep", "ADP", "IN"),
            ("Brazil", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "venezuela", "Country"), (4, 5, "brazil", "Country")])
    assert triples(events) == {("SUPPORT", "venezuela", "brazil")}


def test_aid_given_to_help_someone_is_aid_to_them() -> None:
    # "A loan from Japan was given to help Mexico restructure its debt." — whom the purpose clause helps
    rows = [("A", 1, "det", "DET", "DT"), ("loan", 5, "nsubjpass", "NOUN", "NN"), ("from", 1, "prep", "ADP", "IN"),
            ("Japan", 2, "pobj", "PROPN", "NNP"), ("was", 5, "auxpass", "AUX", "VBD", "be"),
            ("given", 5, "ROOT", "VERB", "VBN", "give"), ("to", 7, "aux", "PART", "TO"),
            ("help", 5, "advcl", "VERB", "VB"), ("Mexico", 9, "nsubj", "PROPN", "NNP"),
            ("restructure", 7, "ccomp", "VERB", "VB"), ("its", 11, "poss", "PRON", "PRP$"),
            ("debt", 9, "dobj", "NOUN", "NN"), (".", 5, "punct", P, ".")]
    events = code(rows, [(3, 4, "japan", "Country"), (8, 9, "mexico", "Country")])
    assert ("AID", "japan", "mexico") in triples(events)


def test_talks_between_two_parties_are_theirs_but_not_with_one_side_unnamed() -> None:
    # "Talks between Japan and China resumed." / "Talks between Japan and management resumed."
    def rows(other: str, pos: str, tag: str) -> list:
        return [("Talks", 5, "nsubj", "NOUN", "NNS", "talk"), ("between", 0, "prep", "ADP", "IN"),
                ("Japan", 1, "pobj", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"),
                (other, 2, "conj", pos, tag), ("resumed", 5, "ROOT", "VERB", "VBD", "resume"),
                (".", 5, "punct", P, ".")]
    both = code(rows("China", "PROPN", "NNP"), [(2, 3, "japan", "Country"), (4, 5, "china", "Country")])
    assert triples(both) == {("CONSULT", "japan", "china"), ("CONSULT", "china", "japan")}
    assert code(rows("management", "NOUN", "NN"), [(2, 3, "japan", "Country")]) == []


def test_a_strike_by_workers_is_their_protest() -> None:
    # "A strike by Polish miners ended." — the doers after "by" say it is a labour strike, not an air strike
    rows = [("A", 1, "det", "DET", "DT"), ("strike", 5, "nsubj", "NOUN", "NN"), ("by", 1, "prep", "ADP", "IN"),
            ("Polish", 4, "amod", "ADJ", "JJ"), ("miners", 2, "pobj", "NOUN", "NNS", "miner"),
            ("ended", 5, "ROOT", "VERB", "VBD", "end"), (".", 5, "punct", P, ".")]
    assert ("PROTEST", "poland", None) in triples(code(rows, [(3, 4, "poland", "Country")]))


def test_the_noun_a_participle_describes_underwent_it_and_did_not_do_it() -> None:
    # "The civilians imprisoned by no one named were released by Putin." — the tagger often calls the
    # participle a past tense (VBD); the civilians are still who was imprisoned, never the jailers
    rows = [("The", 1, "det", "DET", "DT"), ("civilians", 4, "nsubjpass", "NOUN", "NNS", "civilian"),
            ("imprisoned", 1, "acl", "VERB", "VBD", "imprison"), ("were", 4, "auxpass", "AUX", "VBD", "be"),
            ("released", 4, "ROOT", "VERB", "VBN", "release"), ("by", 4, "agent", "ADP", "IN"),
            ("Putin", 5, "pobj", "PROPN", "NNP"), (".", 4, "punct", P, ".")]
    events = code(rows, [(6, 7, "vladimir-putin", "Person")])
    assert {e.category for e in events} == {"RETREAT"}


def test_a_gerund_standing_as_a_noun_is_the_event_noun() -> None:
    # "Fighting between Iran and Iraq continued." — the tagger calls "Fighting" a verb; with no object or
    # subject of its own it is the noun; "fighting the rebels" keeps its verb reading
    rows = [("Fighting", 5, "nsubj", "VERB", "VBG", "fight"), ("between", 0, "prep", "ADP", "IN"),
            ("Iran", 1, "pobj", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"),
            ("Iraq", 2, "conj", "PROPN", "NNP"), ("continued", 5, "ROOT", "VERB", "VBD", "continue"),
            (".", 5, "punct", P, ".")]
    events = code(rows, [(2, 3, "iran", "Country"), (4, 5, "iraq", "Country")])
    assert triples(events) == {("ASSAULT", "iran", "iraq"), ("ASSAULT", "iraq", "iran")}
    verb = parse([("fighting", 2, "csubj", "VERB", "VBG", "fight"), ("rebels", 0, "dobj", "NOUN", "NNS", "rebel"),
                  ("continued", 2, "ROOT", "VERB", "VBD", "continue")])
    assert not _gerund_as_noun(verb[0]) and _gerund_as_noun(parse(rows)[0])


def test_the_doer_of_a_participle_that_only_describes_a_noun_is_background() -> None:
    # "Japan apologized for the suffering caused by its aggression." — the aggression is why Japan apologizes,
    # not news of the day (reuters-plover README, rule 2: nominal background is not coded)
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("apologized", 1, "ROOT", "VERB", "VBD", "apologize"),
            ("for", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"), ("suffering", 2, "pobj", "NOUN", "NN"),
            ("caused", 4, "acl", "VERB", "VBN", "cause"), ("by", 5, "agent", "ADP", "IN"),
            ("its", 8, "poss", "PRON", "PRP$"), ("aggression", 6, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert {e.category for e in code(rows, [(0, 1, "japan", "Country")])} == {"CONCEDE"}
    # but "villagers killed by Chinese shelling" is the killing itself, coded from its participle
    killed = [("Villagers", 6, "nsubjpass", "NOUN", "NNS", "villager"),
              ("killed", 0, "acl", "VERB", "VBN", "kill"), ("by", 1, "agent", "ADP", "IN"),
              ("Chinese", 4, "amod", "ADJ", "JJ"), ("shelling", 2, "pobj", "NOUN", "NN"),
              ("were", 6, "auxpass", "AUX", "VBD", "be"), ("buried", 6, "ROOT", "VERB", "VBN", "bury"),
              (".", 6, "punct", P, ".")]
    assert "ASSAULT" in {e.category for e in code(killed, [(3, 4, "china", "Country")])}
