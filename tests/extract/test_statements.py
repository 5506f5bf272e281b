"""Government statements and diplomacy in the shapes foreign-ministry wire copy writes them, each rule on a
hand-built parse: vows of revenge, bodies that act by their vote, meetings put off, a body named again by
its kind ("the alliance", "the bloc", "the group"), messages sent, the deaths of accidents, which are no
party's attack, opponents named by whose they are ("its critics"), the leader of an "X-led" coalition, and a
ceasefire or a withdrawal the sides agree to together. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.linking import EntityInfo
from tests.extract.parses import code, coder, parse, rows_of, triples

# -- vows of revenge -----------------------------------------------------------------------------------------------

def test_a_vow_of_revenge_against_a_party_threatens_it() -> None:
    # "Iran vowed revenge against Israel." — a vow of force is a threat (CAMEO 138), not a promise (AGREE)
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
            ("revenge", 1, "dobj", "NOUN", "NN"), ("against", 2, "prep", "ADP", "IN"),
            ("Israel", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country"), (4, 5, "israel", "Country")])
    assert triples(events) == {("THREATEN", "iran", "israel")}


def test_vowing_to_take_revenge_on_a_party_or_to_avenge_threatens() -> None:
    # "Iran vowed to take revenge on Israel."
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
            ("to", 3, "aux", "PART", "TO"), ("take", 1, "xcomp", "VERB", "VB"),
            ("revenge", 3, "dobj", "NOUN", "NN"), ("on", 3, "prep", "ADP", "IN"),
            ("Israel", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "iran", "Country"), (6, 7, "israel", "Country")])
    assert triples(events) == {("THREATEN", "iran", "israel")}
    lexicon = Lexicon.default()
    assert any(e.category == "ASSAULT" for e in lexicon.verb_entries("avenge"))
    assert any(e.category == "ASSAULT" for e in lexicon.noun_entries("vengeance"))


# -- a body acts by its vote -------------------------------------------------------------------------------------

def test_a_council_that_votes_to_impose_an_embargo_imposes_it_and_the_vote_is_no_agreement() -> None:
    # "The Security Council voted to impose an embargo on Sudan."
    rows = [("The", 2, "det", "DET", "DT"), ("Security", 2, "compound", "PROPN", "NNP"),
            ("Council", 3, "nsubj", "PROPN", "NNP"), ("voted", 3, "ROOT", "VERB", "VBD", "vote"),
            ("to", 5, "aux", "PART", "TO"), ("impose", 3, "xcomp", "VERB", "VB"), ("an", 7, "det", "DET", "DT"),
            ("embargo", 5, "dobj", "NOUN", "NN"), ("on", 7, "prep", "ADP", "IN"),
            ("Sudan", 8, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(1, 3, "un-security-council", "Organization"), (9, 10, "sudan", "Country")])
    assert triples(events) == {("SANCTION", "un-security-council", "sudan")}


# -- meetings put off --------------------------------------------------------------------------------------------

def test_postponing_talks_with_a_party_reduces_relations_with_it() -> None:
    # "Venezuela postponed talks with Colombia." (CAMEO 164, like "called off talks")
    rows = [("Venezuela", 1, "nsubj", "PROPN", "NNP"), ("postponed", 1, "ROOT", "VERB", "VBD", "postpone"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"), ("with", 2, "prep", "ADP", "IN"),
            ("Colombia", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "venezuela", "Country"), (4, 5, "colombia", "Country")])
    assert triples(events) == {("SANCTION", "venezuela", "colombia")}


def test_postponing_a_delivery_is_only_a_delay() -> None:
    # "Venezuela postponed deliveries to Colombia." — a halt of an exchange is a sanction, a delay is not
    rows = [("Venezuela", 1, "nsubj", "PROPN", "NNP"), ("postponed", 1, "ROOT", "VERB", "VBD", "postpone"),
            ("deliveries", 1, "dobj", "NOUN", "NNS", "delivery"), ("to", 2, "prep", "ADP", "IN"),
            ("Colombia", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert code(rows, [(0, 1, "venezuela", "Country"), (4, 5, "colombia", "Country")]) == []


# -- a message sent ----------------------------------------------------------------------------------------------

def test_a_message_sent_is_no_threat_of_its_own() -> None:
    # "Putin sent a message to Xi." — CAMEO's dictionary has it both a meeting and a threat; it is neither
    rows = [("Putin", 1, "nsubj", "PROPN", "NNP"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("a", 3, "det", "DET", "DT"), ("message", 1, "dobj", "NOUN", "NN"), ("to", 1, "dative", "ADP", "IN"),
            ("Xi", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert code(rows, [(0, 1, "vladimir-putin", "Person"), (5, 6, "xi-jinping", "Person")]) == []


# -- a body named again by its kind --------------------------------------------------------------------------------

_DEPLOY = [("said", 1, "ROOT", "VERB", "VBD", "say"), ("the", 3, "det", "DET", "DT"),
           ("alliance", 5, "nsubj", "NOUN", "NN"), ("would", 5, "aux", "AUX", "MD"),
           ("deploy", 1, "ccomp", "VERB", "VB"), ("troops", 5, "dobj", "NOUN", "NNS", "troop"),
           ("to", 5, "prep", "ADP", "IN"), ("Poland", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]


def test_the_alliance_is_the_one_international_body_named_before_it() -> None:
    # "NATO said the alliance would deploy troops to Poland." — a deployment announced is a threat (PLOVER.md)
    rows = [("NATO", 1, "nsubj", "PROPN", "NNP"), *_DEPLOY]
    events = code(rows, [(0, 1, "nato", "Organization"), (8, 9, "poland", "Country")])
    assert triples(events) == {("THREATEN", "nato", "poland")}


def test_the_alliance_after_two_bodies_stands_for_neither() -> None:
    # "The EU and NATO said the alliance would deploy troops to Poland." — which one is not said
    shift = 3
    rows = [("The", 1, "det", "DET", "DT"), ("EU", 4, "nsubj", "PROPN", "NNP"), ("and", 1, "cc", "CCONJ", "CC"),
            ("NATO", 1, "conj", "PROPN", "NNP"),
            *[(w, h + shift, *rest) for w, h, *rest in _DEPLOY]]  # type: ignore[misc]
    events = code(rows, [(1, 2, "european-union", "Organization"), (3, 4, "nato", "Organization"),
                         (11, 12, "poland", "Country")])
    assert events == []


# -- accidents -----------------------------------------------------------------------------------------------------

def test_the_deaths_of_a_crash_are_nobodys_attack() -> None:
    # "An Ethiopian jet crashed, killing 157 people." — the jet's nationality is no doer's
    rows = [("An", 2, "det", "DET", "DT"), ("Ethiopian", 2, "amod", "ADJ", "JJ"), ("jet", 3, "nsubj", "NOUN", "NN"),
            ("crashed", 3, "ROOT", "VERB", "VBD", "crash"), (",", 3, "punct", "PUNCT", ","),
            ("killing", 3, "advcl", "VERB", "VBG", "kill"), ("157", 7, "nummod", "NUM", "CD"),
            ("people", 5, "dobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")]
    assert code(rows, [(1, 2, "ethiopia", "Country")]) == []
    # "The crash of an Ethiopian jet that killed 157 people."
    described = [("The", 1, "det", "DET", "DT"), ("crash", 1, "ROOT", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
                 ("an", 5, "det", "DET", "DT"), ("Ethiopian", 5, "amod", "ADJ", "JJ"),
                 ("jet", 2, "pobj", "NOUN", "NN"), ("that", 7, "nsubj", "PRON", "WDT"),
                 ("killed", 5, "relcl", "VERB", "VBD", "kill"), ("157", 9, "nummod", "NUM", "CD"),
                 ("people", 7, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    assert code(described, [(4, 5, "ethiopia", "Country")]) == []


def test_jets_that_strike_and_kill_attack() -> None:
    # "Israeli jets struck Gaza, killing three militants." — aircraft that strike are the doer's
    rows = [("Israeli", 1, "amod", "ADJ", "JJ"), ("jets", 2, "nsubj", "NOUN", "NNS", "jet"),
            ("struck", 2, "ROOT", "VERB", "VBD", "strike"), ("Gaza", 2, "dobj", "PROPN", "NNP"),
            (",", 2, "punct", "PUNCT", ","), ("killing", 2, "advcl", "VERB", "VBG", "kill"),
            ("three", 7, "nummod", "NUM", "CD"), ("militants", 5, "dobj", "NOUN", "NNS", "militant"),
            (".", 2, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "israel", "Country"), (3, 4, "gaza-strip", "Place")])
    assert ("ASSAULT", "israel", "gaza-strip") in triples(events)


# -- opponents, leaders, and sides agreeing together -------------------------------------------------------------

def test_its_critics_are_not_whose_critics_they_are() -> None:
    # "Russia's government accused its critics of lies." — no accusation of Russia by Russia
    rows = [("Russia", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
            ("government", 3, "nsubj", "NOUN", "NN"), ("accused", 3, "ROOT", "VERB", "VBD", "accuse"),
            ("its", 5, "poss", "PRON", "PRP$"), ("critics", 3, "dobj", "NOUN", "NNS", "critic"),
            ("of", 5, "prep", "ADP", "IN"), ("lies", 6, "pobj", "NOUN", "NNS", "lie"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "russia", "Country")])
    assert [(e.category, e.actor, e.recipient) for e in events] == [("ACCUSE", "russia", None)]


_LED = [("The", 4, "det", "DET", "DT"), ("Saudi", 3, "npadvmod", "PROPN", "NNP"), ("-", 3, "punct", "PUNCT", "HYPH"),
        ("led", 4, "amod", "VERB", "VBN", "lead")]


def test_the_saudi_led_coalition_is_saudi_arabia_where_backed_separatists_are_not_their_backer() -> None:
    # "The Saudi-led coalition bombed Houthi positions."
    rows = [*_LED, ("coalition", 5, "nsubj", "NOUN", "NN"), ("bombed", 5, "ROOT", "VERB", "VBD", "bomb"),
            ("Houthi", 7, "compound", "PROPN", "NNP"), ("positions", 5, "dobj", "NOUN", "NNS", "position"),
            (".", 5, "punct", "PUNCT", ".")]
    events = code(rows, [(1, 2, "saudi-arabia", "Country"), (6, 7, "houthis", "Organization")])
    assert triples(events) == {("ASSAULT", "saudi-arabia", "houthis")}
    # "Russian-backed separatists shelled Mariupol."
    backed = [("Russian", 2, "npadvmod", "PROPN", "NNP"), ("-", 2, "punct", "PUNCT", "HYPH"),
              ("backed", 3, "amod", "VERB", "VBN", "back"), ("separatists", 4, "nsubj", "NOUN", "NNS", "separatist"),
              ("shelled", 4, "ROOT", "VERB", "VBD", "shell"), ("Mariupol", 4, "dobj", "PROPN", "NNP"),
              (".", 4, "punct", "PUNCT", ".")]
    events = code(backed, [(0, 1, "russia", "Country"), (5, 6, "mariupol", "Place")])
    assert all(e.actor != "russia" for e in events)


def test_a_participle_with_its_own_object_is_the_nouns_verb_the_parser_hung_on_it() -> None:
    # "The Saudi-led coalition bombed Sanaa." read as a noun phrase, "bombed" its participle with an object
    rows = [*_LED, ("coalition", 4, "ROOT", "NOUN", "NN"), ("bombed", 4, "acl", "VERB", "VBN", "bomb"),
            ("Sanaa", 5, "dobj", "PROPN", "NNP"), (".", 4, "punct", "PUNCT", ".")]
    events = code(rows, [(1, 2, "saudi-arabia", "Country"), (6, 7, "yemen", "Country")])
    assert triples(events) == {("ASSAULT", "saudi-arabia", "yemen")}


def test_sides_that_agree_to_a_ceasefire_together_agree_with_each_other_one_side_concedes() -> None:
    # "Israel and Hamas agreed to a ceasefire."
    rows = [("Israel", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Hamas", 0, "conj", "PROPN", "NNP"), ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
            ("to", 3, "prep", "ADP", "IN"), ("a", 6, "det", "DET", "DT"),
            ("ceasefire", 4, "pobj", "NOUN", "NN"), (".", 3, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "israel", "Country"), (2, 3, "hamas", "Organization")])
    assert {(e.category, frozenset((e.actor, e.recipient))) for e in events} == \
        {("AGREE", frozenset(("israel", "hamas")))}
    # "Hamas agreed to a ceasefire." — one side's concession
    alone = [("Hamas", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
             ("to", 1, "prep", "ADP", "IN"), ("a", 4, "det", "DET", "DT"), ("ceasefire", 2, "pobj", "NOUN", "NN"),
             (".", 1, "punct", "PUNCT", ".")]
    assert triples(code(alone, [(0, 1, "hamas", "Organization")])) == {("CONCEDE", "hamas", None)}



def test_sides_that_agree_to_withdraw_together_yield_to_each_other() -> None:
    # "Thailand and Cambodia agreed to withdraw troops." — the first-named side the actor (rule 5)
    rows = rows_of("Thailand/3/nsubj/NNP and/0/cc/CC Cambodia/0/conj/NNP agreed/3/ROOT/VBD/agree to/5/aux/TO "
                   "withdraw/3/xcomp/VB troops/5/dobj/NNS/troop ./3/punct/.")
    events = code(rows, [(0, 1, "thailand", "Country"), (2, 3, "cambodia", "Country")])
    assert triples(events) == {("CONCEDE", "thailand", "cambodia")}
    # "Thailand agreed to withdraw troops." — one side's concession, to no one named
    alone = rows_of("Thailand/1/nsubj/NNP agreed/1/ROOT/VBD/agree to/3/aux/TO withdraw/1/xcomp/VB "
                    "troops/3/dobj/NNS/troop ./1/punct/.")
    assert triples(code(alone, [(0, 1, "thailand", "Country")])) == {("CONCEDE", "thailand", None)}

def test_an_economist_saying_what_another_must_do_gives_an_assessment() -> None:
    # "Henry Kaufman, an economist, said the Fed should tighten credit."
    rows = rows_of("Henry/1/compound/NNP Kaufman/6/nsubj/NNP ,/1/punct/, an/4/det/DT economist/1/appos/NN "
                   ",/1/punct/, said/6/ROOT/VBD/say the/8/det/DT Fed/10/nsubj/NNP should/10/aux/MD "
                   "tighten/6/ccomp/VB credit/10/dobj/NN ./6/punct/.")
    entities = [(0, 2, "henry-kaufman", "Person"), (8, 9, "federal-reserve", "Organization")]
    assert not [e for e in code(rows, entities) if e.category == "REQUEST"]
    # the same words from someone not named as a pundit ask it of the Fed
    rows[4] = ("senator", 1, "appos", "NOUN", "NN")
    assert ("REQUEST", "henry-kaufman", "federal-reserve") in triples(code(rows, entities))


def test_the_press_told_is_no_party_to_what_was_said() -> None:
    # "Japan must open its markets, Shultz told Reuters.": asked of Japan, not of the news agency
    rows = rows_of("Japan/2/nsubj/NNP must/2/aux/MD open/7/ccomp/VB its/4/poss/PRP$ markets/2/dobj/NNS/market "
                   ",/7/punct/, Shultz/7/nsubj/NNP told/7/ROOT/VBD/tell Reuters/7/dobj/NNP ./7/punct/.")
    doc = parse(rows, [(0, 1, "japan", "Country"), (6, 7, "george-shultz", "Person"),
                       (8, 9, "reuters", "Organization")])
    doc._.entities["reuters"] = EntityInfo("reuters", "Reuters", "Organization", sector="media")
    events = [event for event, _ in coder().code(doc)]
    assert ("REQUEST", "george-shultz", "japan") in triples(events)
    assert not [e for e in events if e.recipient == "reuters"]


def test_saying_another_party_has_to_act_asks_it_of_them_as_must_does() -> None:
    # "Britain said Brazil had to solve its problems." / "... would have to solve ..." (PLOVER.md: "X said Y must
    # V" is X REQUEST Y), where "Britain said Brazil had problems" asks nothing
    rows = rows_of("Britain/1/nsubj/NNP said/1/ROOT/VBD/say Brazil/3/nsubj/NNP had/1/ccomp/VBD/have to/5/aux/TO "
                   "solve/3/xcomp/VB its/7/poss/PRP$ problems/5/dobj/NNS/problem ./1/punct/.")
    parties = [(0, 1, "united-kingdom", "Country"), (2, 3, "brazil", "Country")]
    assert triples(code(rows, parties)) == {("REQUEST", "united-kingdom", "brazil")}
    would = rows_of("Britain/1/nsubj/NNP said/1/ROOT/VBD/say Brazil/4/nsubj/NNP would/4/aux/MD have/1/ccomp/VB "
                    "to/6/aux/TO solve/4/xcomp/VB its/8/poss/PRP$ problems/6/dobj/NNS/problem ./1/punct/.")
    assert triples(code(would, parties)) == {("REQUEST", "united-kingdom", "brazil")}
    had = rows_of("Britain/1/nsubj/NNP said/1/ROOT/VBD/say Brazil/3/nsubj/NNP had/1/ccomp/VBD/have "
                  "problems/3/dobj/NNS/problem ./1/punct/.")
    assert code(had, parties) == []
