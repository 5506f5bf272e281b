"""How the coder decides an event's category, each rule on a hand-built parse (``tests/extract/parses.py``).

Each test states one of PLOVER's coding rules (``../shared/docs/PLOVER.md``) or a word class of English news,
and fails when the rule that implements it is deleted.
"""

from __future__ import annotations

from datetime import date

from newsgraph.extract.linking import EntityInfo
from newsgraph.records import Mode
from tests.extract.parses import code, coder, parse, rows_of, triples

P = "PUNCT"


def _modes(events: list) -> set[tuple[str, str | None, str | None, Mode | None]]:
    return {(e.category, e.actor or e.actor_sector, e.recipient or e.recipient_sector, e.mode) for e in events}


# -- replies: accepting or refusing what another said ---------------------------------------------------------------
SOLIDARITY = (0, 1, "solidarity", "Organization")


def test_accepting_a_request_is_agreeing_with_whoever_made_it() -> None:
    # "Solidarity agreed to Poland's request."
    rows = [("Solidarity", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 1, "prep", "ADP", "IN"), ("Poland", 5, "poss", "PROPN", "NNP"), ("'s", 3, "case", "PART", "POS"),
            ("request", 2, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [SOLIDARITY, (3, 4, "poland", "Country")])) == {("AGREE", "solidarity", "poland")}


def test_accepting_a_censure_is_a_concession() -> None:
    # "Solidarity agreed to a censure."
    rows = [("Solidarity", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 1, "prep", "ADP", "IN"), ("a", 4, "det", "DET", "DT"), ("censure", 2, "pobj", "NOUN", "NN"),
            (".", 1, "punct", P, ".")]
    assert triples(code(rows, [SOLIDARITY])) == {("CONCEDE", "solidarity", None)}


def test_an_offer_is_an_agreement_not_a_request() -> None:
    # "Washington offered military support to Lebanon."
    rows = [("Washington", 1, "nsubj", "PROPN", "NNP"), ("offered", 1, "ROOT", "VERB", "VBD", "offer"),
            ("military", 3, "amod", "ADJ", "JJ"), ("support", 1, "dobj", "NOUN", "NN"), ("to", 1, "prep", "ADP", "IN"),
            ("Lebanon", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "united-states", "Country"), (5, 6, "lebanon", "Country")])) == {
        ("AGREE", "united-states", "lebanon")}


# -- commands ----------------------------------------------------------------------------------------------------------
def test_ordering_someone_jailed_is_jailing_them() -> None:
    # "Niehaus ordered Warner jailed." / "Niehaus ordered Warner to leave."
    people = [(0, 1, "richard-niehaus", "Person"), (2, 3, "warner", "Person")]
    jailed = [("Niehaus", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
              ("Warner", 3, "nsubj", "PROPN", "NNP"), ("jailed", 1, "ccomp", "VERB", "VBN", "jail"),
              (".", 1, "punct", P, ".")]
    assert triples(code(jailed, people)) == {("COERCE", "richard-niehaus", "warner")}
    leave = [*jailed[:2], ("Warner", 1, "dobj", "PROPN", "NNP"), ("to", 4, "aux", "PART", "TO"),
             ("leave", 1, "xcomp", "VERB", "VB"), (".", 1, "punct", P, ".")]
    assert triples(code(leave, people)) == {("REQUEST", "richard-niehaus", "warner")}


# -- what an accusation says is no fact (reuters-plover README, rule 2) ---------------------------------------------
def test_saying_another_violated_an_accord_accuses_them() -> None:
    # "Turkey said Greece violated the accord."
    rows = [("Turkey", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Greece", 3, "nsubj", "PROPN", "NNP"), ("violated", 1, "ccomp", "VERB", "VBD", "violate"),
            ("the", 5, "det", "DET", "DT"), ("accord", 3, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "turkey", "Country"), (2, 3, "greece", "Country")])) == {
        ("ACCUSE", "turkey", "greece")}


def test_saying_another_was_responsible_for_an_act_blames_them() -> None:
    # "Turkey said Greece was responsible for the attack." / "... would be responsible for ..." (a duty) /
    # "... was not responsible ..." / "Turkey said Greece bore responsibility for the attack."
    parties = [(0, 1, "turkey", "Country"), (2, 3, "greece", "Country")]

    def said(copula: int, *predicate: tuple) -> set:
        rows = [("Turkey", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                ("Greece", copula, "nsubj", "PROPN", "NNP"), *predicate]
        n = len(rows)
        rows += [("for", n - 1, "prep", "ADP", "IN"), ("the", n + 2, "det", "DET", "DT"),
                 ("attack", n, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
        return triples(code(rows, parties))

    assert said(3, ("was", 1, "ccomp", "AUX", "VBD", "be"), ("responsible", 3, "acomp", "ADJ", "JJ")) == {
        ("ACCUSE", "turkey", "greece")}
    assert said(4, ("would", 4, "aux", "AUX", "MD"), ("be", 1, "ccomp", "AUX", "VB"),
                ("responsible", 4, "acomp", "ADJ", "JJ")) == set()
    assert said(3, ("was", 1, "ccomp", "AUX", "VBD", "be"), ("not", 3, "neg", "PART", "RB"),
                ("responsible", 3, "acomp", "ADJ", "JJ")) == set()
    rows = [("Turkey", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Greece", 3, "nsubj", "PROPN", "NNP"), ("bore", 1, "ccomp", "VERB", "VBD", "bear"),
            ("responsibility", 3, "dobj", "NOUN", "NN"), ("for", 4, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"), ("attack", 5, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, parties)) == {("ACCUSE", "turkey", "greece")}


def test_a_warning_of_reprisals_against_a_party_threatens_it() -> None:
    # "Syria warned of reprisals against Israel."
    rows = [("Syria", 1, "nsubj", "PROPN", "NNP"), ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
            ("of", 1, "prep", "ADP", "IN"), ("reprisals", 2, "pobj", "NOUN", "NNS", "reprisal"),
            ("against", 3, "prep", "ADP", "IN"), ("Israel", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "syria", "Country"), (5, 6, "israel", "Country")])) == {
        ("THREATEN", "syria", "israel")}


def test_saying_reports_are_groundless_denies_them() -> None:
    # "Japan said the reports were groundless." / "Japan said there was no substance to the reports." /
    # "Japan said the reports were accurate."
    japan = [(0, 1, "japan", "Country")]

    def said(adjective: str) -> set:
        rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                ("the", 3, "det", "DET", "DT"), ("reports", 4, "nsubj", "NOUN", "NNS", "report"),
                ("were", 1, "ccomp", "AUX", "VBD", "be"), (adjective, 4, "acomp", "ADJ", "JJ"),
                (".", 1, "punct", P, ".")]
        return triples(code(rows, japan))

    assert said("groundless") == {("REJECT", "japan", None)}
    assert said("accurate") == set()
    no_substance = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                    ("there", 3, "expl", "PRON", "EX"), ("was", 1, "ccomp", "AUX", "VBD", "be"),
                    ("no", 5, "det", "DET", "DT"), ("substance", 3, "attr", "NOUN", "NN"),
                    ("to", 5, "prep", "ADP", "IN"), ("the", 8, "det", "DET", "DT"),
                    ("reports", 6, "pobj", "NOUN", "NNS", "report"), (".", 1, "punct", P, ".")]
    assert triples(code(no_substance, japan)) == {("REJECT", "japan", None)}


def test_the_grounds_of_a_condemnation_are_no_facts() -> None:
    # "Taiwan said the pact was unfair because Washington had signed agreements with Seoul."
    rows = [("Taiwan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT"), ("pact", 4, "nsubj", "NOUN", "NN"), ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("unfair", 4, "acomp", "ADJ", "JJ"), ("because", 9, "mark", "SCONJ", "IN"),
            ("Washington", 9, "nsubj", "PROPN", "NNP"), ("had", 9, "aux", "AUX", "VBD", "have"),
            ("signed", 4, "advcl", "VERB", "VBN", "sign"), ("agreements", 9, "dobj", "NOUN", "NNS", "agreement"),
            ("with", 9, "prep", "ADP", "IN"), ("Seoul", 11, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    entities = [(0, 1, "taiwan", "Country"), (7, 8, "united-states", "Country"), (12, 13, "south-korea", "Country")]
    assert triples(code(rows, entities)) == {("ACCUSE", "taiwan", None)}


# -- modes: failing, appearing -----------------------------------------------------------------------------------------
def test_failing_to_agree_is_a_negated_agreement() -> None:
    # "Canada failed to reach an agreement with Egypt."
    rows = [("Canada", 1, "nsubj", "PROPN", "NNP"), ("failed", 1, "ROOT", "VERB", "VBD", "fail"),
            ("to", 3, "aux", "PART", "TO"), ("reach", 1, "xcomp", "VERB", "VB"), ("an", 5, "det", "DET", "DT"),
            ("agreement", 3, "dobj", "NOUN", "NN"), ("with", 3, "prep", "ADP", "IN"),
            ("Egypt", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(rows, [(0, 1, "canada", "Country"), (7, 8, "egypt", "Country")])) == {
        ("AGREE", "canada", "egypt", Mode.NEGATED)}


def test_a_negated_event_is_kept_without_a_recipient() -> None:
    # "Japan did not agree."
    rows = [("Japan", 3, "nsubj", "PROPN", "NNP"), ("did", 3, "aux", "AUX", "VBD", "do"),
            ("not", 3, "neg", "PART", "RB"), ("agree", 3, "ROOT", "VERB", "VB"), (".", 3, "punct", P, ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country")])) == {("AGREE", "japan", None, Mode.NEGATED)}


def test_what_only_appears_so_is_hypothetical() -> None:
    # "Japan appears to criticize Russia."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("appears", 1, "ROOT", "VERB", "VBZ", "appear"),
            ("to", 3, "aux", "PART", "TO"), ("criticize", 1, "xcomp", "VERB", "VB"),
            ("Russia", 3, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (4, 5, "russia", "Country")])) == {
        ("ACCUSE", "japan", "russia", Mode.HYPOTHETICAL)}


def test_refusing_to_comment_is_no_event_but_refusing_to_testify_is() -> None:
    # "Shultz refused to comment on the visit he had made." / "Shultz refused to testify."
    shultz = [(0, 1, "george-shultz", "Person")]
    comment = [("Shultz", 1, "nsubj", "PROPN", "NNP"), ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
               ("to", 3, "aux", "PART", "TO"), ("comment", 1, "xcomp", "VERB", "VB"), ("on", 3, "prep", "ADP", "IN"),
               ("the", 6, "det", "DET", "DT"), ("visit", 4, "pobj", "NOUN", "NN"), ("he", 9, "nsubj", "PRON", "PRP"),
               ("had", 9, "aux", "AUX", "VBD", "have"), ("made", 6, "relcl", "VERB", "VBN", "make"),
               (".", 1, "punct", P, ".")]
    assert [e for e in code(comment, shultz) if e.category == "REJECT"] == []
    testify = [*comment[:3], ("testify", 1, "xcomp", "VERB", "VB"), (".", 1, "punct", P, ".")]
    assert triples(code(testify, shultz)) == {("REJECT", "george-shultz", None)}


# -- who takes part: one body alone, agreements between parties, protesters' demands ---------------------------------
def test_a_meeting_of_one_body_alone_is_no_event_but_one_of_a_body_of_states_is() -> None:
    # "The committee met." / "OPEC met."
    rows = [("Committee", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            (".", 1, "punct", P, ".")]
    assert code(rows, [(0, 1, "budget-committee", "Organization")]) == []
    opec = [("OPEC", 1, "nsubj", "PROPN", "NNP"), *rows[1:]]
    assert triples(code(opec, [(0, 1, "opec", "Organization")])) == {("CONSULT", "opec", None)}



def test_one_body_ready_to_negotiate_offers_talks_to_whoever_it_deals_with() -> None:
    # "The committee is ready to negotiate."
    rows = [("Committee", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("ready", 1, "acomp", "ADJ", "JJ"), ("to", 4, "aux", "PART", "TO"), ("negotiate", 2, "xcomp", "VERB", "VB"),
            (".", 1, "punct", P, ".")]
    assert _modes(code(rows, [(0, 1, "budget-committee", "Organization")])) == {
        ("AGREE", "budget-committee", None, None)}

def test_an_agreement_between_parties_is_one_event_and_a_meeting_two() -> None:
    # "Japan and China agreed." / "Japan and China met."
    parties = [(0, 1, "japan", "Country"), (2, 3, "china", "Country")]
    agreed = [("Japan", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
              ("China", 0, "conj", "PROPN", "NNP"), ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
              (".", 3, "punct", P, ".")]
    assert triples(code(agreed, parties)) == {("AGREE", "japan", "china")}
    met = [*agreed[:3], ("met", 3, "ROOT", "VERB", "VBD", "meet"), agreed[4]]
    assert triples(code(met, parties)) == {("CONSULT", "japan", "china"), ("CONSULT", "china", "japan")}


def test_what_protesters_demand_is_the_topic_of_their_protest() -> None:
    # "Solidarity, demanding talks, staged a protest."
    rows = [("Solidarity", 5, "nsubj", "PROPN", "NNP"), (",", 0, "punct", P, ","),
            ("demanding", 0, "acl", "VERB", "VBG", "demand"), ("talks", 2, "dobj", "NOUN", "NNS", "talk"),
            (",", 0, "punct", P, ","), ("staged", 5, "ROOT", "VERB", "VBD", "stage"), ("a", 7, "det", "DET", "DT"),
            ("protest", 5, "dobj", "NOUN", "NN"), (".", 5, "punct", P, ".")]
    assert {e.category for e in code(rows, [SOLIDARITY])} == {"PROTEST"}


# -- the words that carry an event noun ------------------------------------------------------------------------------
def test_opening_talks_and_securing_an_agreement_carry_their_nouns_category() -> None:
    # "Japan opened talks with China." / "Japan secured an agreement."
    parties = [(0, 1, "japan", "Country"), (4, 5, "china", "Country")]
    opened = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("opened", 1, "ROOT", "VERB", "VBD", "open"),
              ("talks", 1, "dobj", "NOUN", "NNS", "talk"), ("with", 2, "prep", "ADP", "IN"),
              ("China", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert ("CONSULT", "japan", "china") in triples(code(opened, parties))
    secured = [opened[0], ("secured", 1, "ROOT", "VERB", "VBD", "secure"), ("an", 3, "det", "DET", "DT"),
               ("agreement", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(secured, parties[:1])) == {("AGREE", "japan", None)}


def test_a_pattern_converted_for_a_verb_of_saying_names_the_event() -> None:
    # "Japan reiterated its commitment." (CAMEO: REITERATE + COMMITMENT, 030)
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("reiterated", 1, "ROOT", "VERB", "VBD", "reiterate"),
            ("its", 3, "poss", "PRON", "PRP$"), ("commitment", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "japan", "Country")])) == {("AGREE", "japan", None)}


def test_calling_a_partys_measures_illegal_condemns_it() -> None:
    # "China called Japan's sanctions illegal."
    rows = [("China", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("Japan", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
            ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"), ("illegal", 1, "oprd", "ADJ", "JJ"),
            (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "china", "Country"), (2, 3, "japan", "Country")])) == {
        ("ACCUSE", "china", "japan")}


def test_calling_a_partys_act_a_wrong_condemns_it() -> None:
    # "China called Japan's sanctions a disgrace." / "China described Japan's sanctions as an act of aggression." /
    # "China branded Japan's sanctions a criminal act." / "China described Japan's sanctions as useful." (no verdict)
    parties = [(0, 1, "china", "Country"), (2, 3, "japan", "Country")]

    def called(verb: str, lemma: str, verdict: list, as_: bool = False) -> set:
        rows = [("China", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
                ("Japan", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
                ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction")]
        if as_:
            rows.append(("as", 1, "prep", "ADP", "IN"))
        start = len(rows)
        # the verdict's rows give heads relative to its first word; its head word hangs on the verb or "as"
        for word, head, dep, pos, tag in verdict:
            rows.append((word, start + head if head >= 0 else (5 if as_ else 1), dep, pos, tag))
        rows.append((".", 1, "punct", P, "."))
        return triples(code(rows, parties))

    disgrace = [("a", 1, "det", "DET", "DT"), ("disgrace", -1, "oprd", "NOUN", "NN")]
    assert called("called", "call", disgrace) == {("ACCUSE", "china", "japan")}
    aggression = [("an", 1, "det", "DET", "DT"), ("act", -1, "pobj", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
                  ("aggression", 2, "pobj", "NOUN", "NN")]
    assert called("described", "describe", aggression, as_=True) == {("ACCUSE", "china", "japan")}
    criminal = [("a", 2, "det", "DET", "DT"), ("criminal", 2, "amod", "ADJ", "JJ"), ("act", -1, "dobj", "NOUN", "NN")]
    assert called("branded", "brand", criminal) == {("ACCUSE", "china", "japan")}
    useful = [("useful", -1, "pobj", "ADJ", "JJ")]
    assert called("described", "describe", useful, as_=True) == set()


def test_being_unhappy_with_a_party_disapproves_of_it() -> None:
    # "China is unhappy with Japan." / "China is not happy with Japan." / "China is happy with Japan." /
    # "China is unhappy." (with no one named, a mood)
    parties = [(0, 1, "china", "Country")]

    def mood(adjective: str, negated: bool = False, prep: str = "with") -> set:
        rows = [("China", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be")]
        if negated:
            rows.append(("not", 1, "neg", "PART", "RB"))
        n = len(rows)
        rows += [(adjective, 1, "acomp", "ADJ", "JJ"), (prep, n, "prep", "ADP", "IN"),
                 ("Japan", n + 1, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
        return triples(code(rows, [parties[0], (n + 2, n + 3, "japan", "Country")]))

    assert mood("unhappy") == {("ACCUSE", "china", "japan")}
    assert mood("critical", prep="of") == {("ACCUSE", "china", "japan")}  # "China is critical of Japan."
    assert mood("happy", negated=True) == {("ACCUSE", "china", "japan")}
    assert mood("happy") == set()
    assert mood("unhappy", negated=True) == set()
    alone = [("China", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
             ("unhappy", 1, "acomp", "ADJ", "JJ"), (".", 1, "punct", P, ".")]
    assert code(alone, parties) == []


def test_speaking_against_a_party_disapproves_of_it() -> None:
    # "China spoke against Japan." / "China argued against Japan."
    def against(verb: str, lemma: str) -> set:
        rows = [("China", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
                ("against", 1, "prep", "ADP", "IN"), ("Japan", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
        return triples(code(rows, [(0, 1, "china", "Country"), (3, 4, "japan", "Country")]))

    assert against("spoke", "speak") == {("ACCUSE", "china", "japan")}
    assert against("argued", "argue") == {("ACCUSE", "china", "japan")}


def test_tariff_and_troop_cuts_are_a_retreat_and_tax_cuts_no_event() -> None:
    # "Japan's tariff cuts on Russia took effect." / "Japan's tax cuts took effect."
    def cuts(modifier: str) -> set:
        rows = [("Japan", 3, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
                (modifier, 3, "compound", "NOUN", "NN"), ("cuts", 6, "nsubj", "NOUN", "NNS", "cut"),
                ("on", 3, "prep", "ADP", "IN"), ("Russia", 4, "pobj", "PROPN", "NNP"),
                ("took", 6, "ROOT", "VERB", "VBD", "take"), ("effect", 6, "dobj", "NOUN", "NN"),
                (".", 6, "punct", P, ".")]
        return triples(code(rows, [(0, 1, "japan", "Country"), (5, 6, "russia", "Country")]))

    assert cuts("tariff") == {("RETREAT", "japan", "russia")}
    assert cuts("tax") == set()


def test_a_verb_that_is_an_event_only_with_certain_objects_does_not_make_others_events() -> None:
    # "They repeated the Mexico accord." (CAMEO codes "repeated its criticism", not every repetition)
    rows = [("They", 1, "nsubj", "PRON", "PRP"), ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
            ("the", 4, "det", "DET", "DT"), ("Mexico", 4, "compound", "PROPN", "NNP"),
            ("accord", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert code(rows, [(3, 4, "mexico", "Country")]) == []


# -- figures of speech and generic verbs ------------------------------------------------------------------------------
def test_a_verb_of_force_over_a_market_is_a_figure_of_speech() -> None:
    # "Iran attacked Iraq's market." / "Iran attacked Iraq."
    parties = [(0, 1, "iran", "Country"), (2, 3, "iraq", "Country")]
    market = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
              ("Iraq", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
              ("market", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert code(market, parties) == []
    iraq = [market[0], market[1], ("Iraq", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(iraq, parties)) == {("ASSAULT", "iran", "iraq")}


def test_leaving_a_place_is_no_visit_but_travelling_to_one_is() -> None:
    # "Shultz left Washington." / "Shultz travelled to Moscow."
    shultz = (0, 1, "george-shultz", "Person")
    left = [("Shultz", 1, "nsubj", "PROPN", "NNP"), ("left", 1, "ROOT", "VERB", "VBD", "leave"),
            ("Washington", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert code(left, [shultz, (2, 3, "united-states", "Country")]) == []
    travelled = [left[0], ("travelled", 1, "ROOT", "VERB", "VBD", "travel"), ("to", 1, "prep", "ADP", "IN"),
                 ("Moscow", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(travelled, [shultz, (3, 4, "russia", "Country")])) == {("CONSULT", "george-shultz", "russia")}


def test_going_into_exile_is_no_move_of_forces() -> None:
    # "Taylor flew into exile in Nigeria." / "Taylor flew into Nigeria." (CAMEO's "FLY (INTO)", 154)
    exile = rows_of("Taylor/1/nsubj/NNP flew/1/ROOT/VBD/fly into/1/prep/IN exile/2/pobj/NN in/3/prep/IN "
                    "Nigeria/4/pobj/NNP ./1/punct/.")
    taylor = (0, 1, "charles-taylor", "Person")
    assert code(exile, [taylor, (5, 6, "nigeria", "Country")]) == []
    nigeria = [*exile[:2], exile[2], ("Nigeria", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(nigeria, [taylor, (3, 4, "nigeria", "Country")])) == {
        ("MOBILIZE", "charles-taylor", "nigeria")}


def test_paying_a_call_is_a_visit_not_an_appeal() -> None:
    # "Funaro paid a call on Camdessus."
    rows = [("Funaro", 1, "nsubj", "PROPN", "NNP"), ("paid", 1, "ROOT", "VERB", "VBD", "pay"),
            ("a", 3, "det", "DET", "DT"), ("call", 1, "dobj", "NOUN", "NN"), ("on", 3, "prep", "ADP", "IN"),
            ("Camdessus", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    parties = [(0, 1, "dilson-funaro", "Person"), (5, 6, "michel-camdessus", "Person")]
    assert {e.category for e in code(rows, parties)} == {"CONSULT"}


# -- modes: what is only likely, guessed or forecast ----------------------------------------------------------------
def test_a_likely_visit_is_a_possible_agreement() -> None:
    # "Shultz is likely to visit Moscow."
    rows = [("Shultz", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("likely", 1, "acomp", "ADJ", "JJ"), ("to", 4, "aux", "PART", "TO"), ("visit", 2, "xcomp", "VERB", "VB"),
            ("Moscow", 4, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    parties = [(0, 1, "george-shultz", "Person"), (5, 6, "russia", "Country")]
    assert _modes(code(rows, parties)) == {("AGREE", "george-shultz", "russia", Mode.HYPOTHETICAL)}


def test_what_others_speculate_is_hypothetical() -> None:
    # "Traders speculated that Japan will aid Russia."
    rows = [("Traders", 1, "nsubj", "NOUN", "NNS", "trader"), ("speculated", 1, "ROOT", "VERB", "VBD", "speculate"),
            ("that", 5, "mark", "SCONJ", "IN"), ("Japan", 5, "nsubj", "PROPN", "NNP"), ("will", 5, "aux", "AUX", "MD"),
            ("aid", 1, "ccomp", "VERB", "VB"), ("Russia", 5, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(rows, [(3, 4, "japan", "Country"), (6, 7, "russia", "Country")])) == {
        ("AGREE", "japan", "russia", Mode.HYPOTHETICAL)}


def test_what_analysts_say_a_party_will_do_is_a_forecast_not_its_promise() -> None:
    # "Japan will aid Russia, analysts said."
    rows = [("Japan", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"), ("aid", 2, "ROOT", "VERB", "VB"),
            ("Russia", 2, "dobj", "PROPN", "NNP"), (",", 2, "punct", P, ","),
            ("analysts", 6, "nsubj", "NOUN", "NNS", "analyst"), ("said", 2, "parataxis", "VERB", "VBD", "say"),
            (".", 2, "punct", P, ".")]
    parties = [(0, 1, "japan", "Country"), (3, 4, "russia", "Country")]
    assert _modes(code(rows, parties)) == {("AGREE", "japan", "russia", Mode.HYPOTHETICAL)}
    minister = [*rows[:5], ("Tokyo", 6, "nsubj", "PROPN", "NNP"), *rows[6:]]
    assert _modes(code(minister, [*parties, (5, 6, "japan", "Country")])) == {("AGREE", "japan", "russia", None)}


def test_a_state_of_emergency_is_read_by_what_it_is_a_state_of() -> None:
    # "Chile lifted the state of siege." / "Chile declared a state of emergency."
    rows = [("Chile", 1, "nsubj", "PROPN", "NNP"), ("lifted", 1, "ROOT", "VERB", "VBD", "lift"),
            ("the", 3, "det", "DET", "DT"), ("state", 1, "dobj", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
            ("siege", 4, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    chile = [(0, 1, "chile", "Country")]
    assert triples(code(rows, chile)) == {("RETREAT", "chile", None)}
    declared = [rows[0], ("declared", 1, "ROOT", "VERB", "VBD", "declare"), ("a", 3, "det", "DET", "DT"),
                *rows[3:5], ("emergency", 4, "pobj", "NOUN", "NN"), rows[6]]
    assert triples(code(declared, chile)) == {("COERCE", "chile", None)}


# -- reported speech and who the parties are ------------------------------------------------------------------------
def test_reporting_a_sanction_accuses_no_one_but_reporting_an_attack_does() -> None:
    # "Japan said Russia imposed sanctions on China." / "Japan said Russia attacked China."
    parties = [(0, 1, "japan", "Country"), (2, 3, "russia", "Country")]
    sanctions = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                 ("Russia", 3, "nsubj", "PROPN", "NNP"), ("imposed", 1, "ccomp", "VERB", "VBD", "impose"),
                 ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"), ("on", 3, "prep", "ADP", "IN"),
                 ("China", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert triples(code(sanctions, [*parties, (6, 7, "china", "Country")])) == {("SANCTION", "russia", "china")}
    attacked = [*sanctions[:3], ("attacked", 1, "ccomp", "VERB", "VBD", "attack"), ("China", 3, "dobj", "PROPN", "NNP"),
                (".", 1, "punct", P, ".")]
    assert triples(code(attacked, [*parties, (4, 5, "china", "Country")])) == {
        ("ASSAULT", "russia", "china"), ("ACCUSE", "japan", "russia")}


def test_a_leader_reporting_his_own_countrys_act_accuses_no_one() -> None:
    # "Sadat said Egypt attacked Israel." (Sadat is Egypt's president that day) / "Begin said Egypt attacked Israel."
    rows = [("Sadat", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Egypt", 3, "nsubj", "PROPN", "NNP"), ("attacked", 1, "ccomp", "VERB", "VBD", "attack"),
            ("Israel", 3, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(2, 3, "egypt", "Country"), (4, 5, "israel", "Country")]
    day = date(1975, 6, 1)

    def coded(key: str, code_: str) -> set[tuple[str, str | None, str | None]]:
        doc = parse(rows, [(0, 1, key, "Person"), *countries], day)
        doc._.entities[key] = EntityInfo(key, "Sadat", "Person", codes=(("cameo", code_),))
        return triples([event for event, _ in coder().code(doc)])

    assert coded("anwar-sadat", "EGYGOV") == {("ASSAULT", "egypt", "israel")}
    assert coded("menachem-begin", "ISRGOV") == {("ASSAULT", "egypt", "israel"), ("ACCUSE", "menachem-begin", "egypt")}


def test_an_event_without_a_recipient_gives_way_to_the_same_with_one() -> None:
    # "Japan attended a meeting and held talks with China."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("attended", 1, "ROOT", "VERB", "VBD", "attend"),
            ("a", 3, "det", "DET", "DT"), ("meeting", 1, "dobj", "NOUN", "NN"), ("and", 1, "cc", "CCONJ", "CC"),
            ("held", 1, "conj", "VERB", "VBD", "hold"), ("talks", 5, "dobj", "NOUN", "NNS", "talk"),
            ("with", 6, "prep", "ADP", "IN"), ("China", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "japan", "Country"), (8, 9, "china", "Country")])
    assert {(e.actor, e.recipient) for e in events if e.category == "CONSULT" and e.actor == "japan"} == {
        ("japan", "china")}


def test_coordinated_parties_acting_on_their_own_are_not_each_others_recipients() -> None:
    # "Brazil and China pledged to limit their exports."
    rows = [("Brazil", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("China", 0, "conj", "PROPN", "NNP"), ("pledged", 3, "ROOT", "VERB", "VBD", "pledge"),
            ("to", 5, "aux", "PART", "TO"), ("limit", 3, "xcomp", "VERB", "VB"), ("their", 7, "poss", "PRON", "PRP$"),
            ("exports", 5, "dobj", "NOUN", "NNS", "export"), (".", 3, "punct", P, ".")]
    # each agrees to restrain its own exports (composition._own_supply: AGREE), neither with the other
    assert triples(code(rows, [(0, 1, "brazil", "Country"), (2, 3, "china", "Country")])) == {
        ("AGREE", "brazil", None), ("AGREE", "china", None)}


def test_wanting_another_party_to_act_is_asking_it_to() -> None:
    # "The U.S. wants Japan to eliminate controls."
    rows = [("The", 1, "det", "DET", "DT"), ("U.S.", 2, "nsubj", "PROPN", "NNP"),
            ("wants", 2, "ROOT", "VERB", "VBZ", "want"), ("Japan", 5, "nsubj", "PROPN", "NNP"),
            ("to", 5, "aux", "PART", "TO"), ("eliminate", 2, "ccomp", "VERB", "VB"),
            ("controls", 5, "dobj", "NOUN", "NNS", "control"), (".", 2, "punct", P, ".")]
    assert triples(code(rows, [(1, 2, "united-states", "Country"), (3, 4, "japan", "Country")])) == {
        ("REQUEST", "united-states", "japan")}


# -- what is still to come, polls, regulators ----------------------------------------------------------------
def test_a_strike_to_come_is_a_threat() -> None:
    # "Solidarity will go on strike." / "Solidarity is certain to go on strike."
    will = [("Solidarity", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"),
            ("go", 2, "ROOT", "VERB", "VB"), ("on", 2, "prep", "ADP", "IN"), ("strike", 3, "pobj", "NOUN", "NN"),
            (".", 2, "punct", P, ".")]
    assert {e.category for e in code(will, [SOLIDARITY])} == {"THREATEN"}
    certain = [("Solidarity", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
               ("certain", 1, "acomp", "ADJ", "JJ"), ("to", 4, "aux", "PART", "TO"), ("go", 2, "xcomp", "VERB", "VB"),
               ("on", 4, "prep", "ADP", "IN"), ("strike", 5, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert {e.category for e in code(certain, [SOLIDARITY])} == {"THREATEN"}


def test_a_meeting_later_today_is_still_to_come_and_one_two_days_later_is_past() -> None:
    # "Japan meets China later today." / "Japan met China two days later."
    parties = [(0, 1, "japan", "Country"), (2, 3, "china", "Country")]
    today = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("meets", 1, "ROOT", "VERB", "VBZ", "meet"),
             ("China", 1, "dobj", "PROPN", "NNP"), ("later", 4, "advmod", "ADV", "RBR"),
             ("today", 1, "npadvmod", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(today, parties)) == {("AGREE", "japan", "china")}
    past = [today[0], ("met", 1, "ROOT", "VERB", "VBD", "meet"), today[2], ("two", 4, "nummod", "NUM", "CD"),
            ("days", 5, "npadvmod", "NOUN", "NNS", "day"), ("later", 1, "advmod", "ADV", "RBR"),
            (".", 1, "punct", P, ".")]
    assert ("CONSULT", "japan", "china") in triples(code(past, parties))


def test_what_a_poll_says_is_opinion_not_an_event() -> None:
    # "Americans criticise Japan, a poll said." / "..., the ministry said."
    rows = [("Americans", 1, "nsubj", "PROPN", "NNPS"), ("criticise", 1, "ROOT", "VERB", "VBP"),
            ("Japan", 1, "dobj", "PROPN", "NNP"), (",", 1, "punct", P, ","), ("a", 5, "det", "DET", "DT"),
            ("poll", 6, "nsubj", "NOUN", "NN"), ("said", 1, "parataxis", "VERB", "VBD", "say"),
            (".", 1, "punct", P, ".")]
    parties = [(0, 1, "united-states", "Country"), (2, 3, "japan", "Country")]
    assert code(rows, parties) == []
    ministry = [*rows[:4], ("the", 5, "det", "DET", "DT"), ("ministry", 6, "nsubj", "NOUN", "NN"), *rows[6:]]
    assert triples(code(ministry, parties)) == {("ACCUSE", "united-states", "japan")}


def test_a_regulator_approving_a_firm_is_regulation_but_praising_it_is_support() -> None:
    # "Japan approved Globex Corp." / "Japan praised Globex Corp."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("approved", 1, "ROOT", "VERB", "VBD", "approve"),
            ("Globex", 3, "compound", "PROPN", "NNP"), ("Corp.", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    parties = [(0, 1, "japan", "Country"), (2, 4, "globex-corp", "Organization")]
    assert code(rows, parties) == []
    praised = [rows[0], ("praised", 1, "ROOT", "VERB", "VBD", "praise"), *rows[2:]]
    assert triples(code(praised, parties)) == {("SUPPORT", "japan", "globex-corp")}


# -- halting the service of a debt ---------------------------------------------------------------------------------
BRAZIL = (0, 1, "brazil", "Country")


def test_suspending_the_payments_of_a_debt_sanctions_creditors_named_or_not() -> None:
    # "Brazil suspended interest payments on its debt." / "Brazil suspended payments to suppliers" needs them named
    debt = [("Brazil", 1, "nsubj", "PROPN", "NNP"), ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
            ("interest", 3, "compound", "NOUN", "NN"), ("payments", 1, "dobj", "NOUN", "NNS", "payment"),
            ("on", 3, "prep", "ADP", "IN"), ("its", 6, "poss", "PRON", "PRP$"), ("debt", 4, "pobj", "NOUN", "NN"),
            (".", 1, "punct", P, ".")]
    assert triples(code(debt, [BRAZIL])) == {("SANCTION", "brazil", None)}
    dividends = [("Brazil", 1, "nsubj", "PROPN", "NNP"), ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
                 ("dividend", 3, "compound", "NOUN", "NN"), ("payments", 1, "dobj", "NOUN", "NNS", "payment"),
                 (".", 1, "punct", P, ".")]
    assert code(dividends, [BRAZIL]) == []


def test_a_moratorium_declared_on_debt_payments_is_a_sanction_but_one_lifted_is_not() -> None:
    # "Brazil declared a moratorium on interest payments." / "Brazil lifted a moratorium on interest payments."
    def rows(verb: str, lemma: str) -> list:
        return [("Brazil", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
                ("a", 3, "det", "DET", "DT"), ("moratorium", 1, "dobj", "NOUN", "NN"), ("on", 3, "prep", "ADP", "IN"),
                ("interest", 6, "compound", "NOUN", "NN"), ("payments", 4, "pobj", "NOUN", "NNS", "payment"),
                (".", 1, "punct", P, ".")]
    assert triples(code(rows("declared", "declare"), [BRAZIL])) == {("SANCTION", "brazil", None)}
    assert code(rows("lifted", "lift"), [BRAZIL]) == []


def test_a_halt_ordered_to_an_attack_ends_it_wherever_the_parser_hangs_the_phrase() -> None:
    # "Johnson ordered a halt to the bombing of Vietnam." — the parser hangs "to the bombing" on the verb
    rows = [("Johnson", 1, "nsubj", "PROPN", "NNP"), ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("a", 3, "det", "DET", "DT"), ("halt", 1, "dobj", "NOUN", "NN"), ("to", 1, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"), ("bombing", 4, "pobj", "NOUN", "NN"), ("of", 6, "prep", "ADP", "IN"),
            ("Vietnam", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    entities = [(0, 1, "lyndon-johnson", "Person"), (8, 9, "vietnam", "Country")]
    assert triples(code(rows, entities)) == {("RETREAT", "lyndon-johnson", "vietnam")}
    # "Johnson declared an end to the bombing of Vietnam." — the phrase on the noun, an end declared
    ended = [*rows[:1], ("declared", 1, "ROOT", "VERB", "VBD", "declare"), ("an", 3, "det", "DET", "DT"),
             ("end", 1, "dobj", "NOUN", "NN"), ("to", 3, "prep", "ADP", "IN"), *rows[5:]]
    assert triples(code(ended, entities)) == {("RETREAT", "lyndon-johnson", "vietnam")}


def test_a_named_party_asking_for_terms_requests_them_of_whoever_it_deals_with() -> None:
    # "Venezuela requested easier terms." / "Employers requested easier terms." / "Venezuela ordered an increase."
    def rows(subject: str, verb: str, lemma: str, adjective: str, noun: str) -> list:
        kind = ("PROPN", "NNP") if subject[0].isupper() else ("NOUN", "NNS")
        return [(subject, 1, "nsubj", *kind), (verb, 1, "ROOT", "VERB", "VBD", lemma),
                (adjective, 3, "amod", "ADJ", "JJR"), (noun, 1, "dobj", "NOUN", "NNS"), (".", 1, "punct", P, ".")]
    venezuela = [(0, 1, "venezuela", "Country")]
    assert triples(code(rows("Venezuela", "requested", "request", "easier", "terms"), venezuela)) == {
        ("REQUEST", "venezuela", None)}
    assert code(rows("employers", "requested", "request", "easier", "terms")) == []  # a group asking no one
    assert code(rows("Venezuela", "ordered", "order", "an", "increase"), venezuela) == []


def test_a_named_party_calling_for_a_thing_asks_for_it() -> None:
    # "Venezuela called for new elections." / "Employers called for new elections." (a group asking no one)
    rows = rows_of("Venezuela/1/nsubj/NNP called/1/ROOT/VBD/call for/1/prep/IN new/4/amod/JJ "
                   "elections/2/pobj/NNS/election ./1/punct/.")
    venezuela = [(0, 1, "venezuela", "Country")]
    assert triples(code(rows, venezuela)) == {("REQUEST", "venezuela", None)}
    assert code([("Employers", 1, "nsubj", "NOUN", "NNS", "employer"), *rows[1:]]) == []


def test_levying_duties_on_a_country_sanctions_it_but_levying_a_tax_does_not() -> None:
    # "The United States levied duties on Japan." / "The United States levied taxes on Japan."
    def rows(noun: str, lemma: str) -> list:
        return [("Washington", 1, "nsubj", "PROPN", "NNP"), ("levied", 1, "ROOT", "VERB", "VBD", "levy"),
                (noun, 1, "dobj", "NOUN", "NNS", lemma), ("on", 1, "prep", "ADP", "IN"),
                ("Japan", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(0, 1, "united-states", "Country"), (4, 5, "japan", "Country")]
    assert triples(code(rows("duties", "duty"), countries)) == {("SANCTION", "united-states", "japan")}
    assert code(rows("taxes", "tax"), countries) == []


# -- threats -------------------------------------------------------------------------------------------------------
def test_vowing_to_retaliate_or_to_attack_is_a_threat_but_pledging_to_expel_is_the_expulsion_to_come() -> None:
    # "China vowed to retaliate against Japan." / "China vowed to attack Japan."
    countries = [(0, 1, "china", "Country")]
    retaliate = [("China", 1, "nsubj", "PROPN", "NNP"), ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
                 ("to", 3, "aux", "PART", "TO"), ("retaliate", 1, "xcomp", "VERB", "VB"),
                 ("against", 3, "prep", "ADP", "IN"), ("Japan", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(retaliate, [*countries, (5, 6, "japan", "Country")])) == {
        ("THREATEN", "china", "japan", None)}
    attack = [*retaliate[:3], ("attack", 1, "xcomp", "VERB", "VB"), ("Japan", 3, "dobj", "PROPN", "NNP"),
              (".", 1, "punct", P, ".")]
    # PLOVER.md: future force is THREATEN
    assert _modes(code(attack, [*countries, (4, 5, "japan", "Country")])) == {("THREATEN", "china", "japan", None)}
    # "China vowed to expel Japan's diplomats.": the expulsion to come (PETRARCH-2 codes "pledged to expel" so)
    expel = [*retaliate[:3], ("expel", 1, "xcomp", "VERB", "VB"), ("Japan", 6, "poss", "PROPN", "NNP"),
             ("'s", 4, "case", "PART", "POS"), ("diplomats", 3, "dobj", "NOUN", "NNS", "diplomat"),
             (".", 1, "punct", P, ".")]
    assert _modes(code(expel, [*countries, (4, 5, "japan", "Country")])) == {
        ("SANCTION", "china", "japan", Mode.FUTURE)}


# -- plans denied: "there are no plans for X to V" is the act not planned, negated (reuters-plover README, rule 3) --
def test_no_plans_for_a_meeting_is_a_negated_agreement_but_plans_for_one_are_no_fact() -> None:
    # "There are no plans for Japan to meet Russia." / "There are plans for Japan to meet Russia."
    rows = [("There", 1, "expl", "PRON", "EX"), ("are", 1, "ROOT", "AUX", "VBP", "be"),
            ("no", 3, "det", "DET", "DT"), ("plans", 1, "attr", "NOUN", "NNS", "plan"),
            ("for", 7, "mark", "SCONJ", "IN"), ("Japan", 7, "nsubj", "PROPN", "NNP"), ("to", 7, "aux", "PART", "TO"),
            ("meet", 3, "acl", "VERB", "VB"), ("Russia", 7, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(5, 6, "japan", "Country"), (8, 9, "russia", "Country")]
    assert _modes(code(rows, countries)) == {("AGREE", "japan", "russia", Mode.NEGATED)}
    planned = [("There", 1, "expl", "PRON", "EX"), ("are", 1, "ROOT", "AUX", "VBP", "be"),
               ("plans", 1, "attr", "NOUN", "NNS", "plan"), ("for", 6, "mark", "SCONJ", "IN"),
               ("Japan", 6, "nsubj", "PROPN", "NNP"), ("to", 6, "aux", "PART", "TO"), ("meet", 2, "acl", "VERB", "VB"),
               ("Russia", 6, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert code(planned, [(4, 5, "japan", "Country"), (7, 8, "russia", "Country")]) == []


def test_having_no_plans_to_impose_sanctions_is_a_negated_threat_of_whoever_has_them() -> None:
    # "Japan has no plans to impose sanctions on Russia."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("has", 1, "ROOT", "VERB", "VBZ", "have"),
            ("no", 3, "det", "DET", "DT"), ("plans", 1, "dobj", "NOUN", "NNS", "plan"),
            ("to", 5, "aux", "PART", "TO"), ("impose", 3, "acl", "VERB", "VB"),
            ("sanctions", 5, "dobj", "NOUN", "NNS", "sanction"), ("on", 5, "prep", "ADP", "IN"),
            ("Russia", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (8, 9, "russia", "Country")])) == {
        ("THREATEN", "japan", "russia", Mode.NEGATED)}

    # "China has no intention of invading Taiwan."
    intention = [("China", 1, "nsubj", "PROPN", "NNP"), ("has", 1, "ROOT", "VERB", "VBZ", "have"),
                 ("no", 3, "det", "DET", "DT"), ("intention", 1, "dobj", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
                 ("invading", 4, "pcomp", "VERB", "VBG", "invade"), ("Taiwan", 5, "dobj", "PROPN", "NNP"),
                 (".", 1, "punct", P, ".")]
    assert _modes(code(intention, [(0, 1, "china", "Country"), (6, 7, "taiwan", "Country")])) == {
        ("THREATEN", "china", "taiwan", Mode.NEGATED)}

def test_no_plans_for_a_meeting_of_a_body_of_states_is_a_negated_agreement() -> None:
    # "There are no plans for an OPEC meeting."
    rows = [("There", 1, "expl", "PRON", "EX"), ("are", 1, "ROOT", "AUX", "VBP", "be"),
            ("no", 3, "det", "DET", "DT"), ("plans", 1, "attr", "NOUN", "NNS", "plan"), ("for", 3, "prep", "ADP", "IN"),
            ("an", 7, "det", "DET", "DT"), ("OPEC", 7, "compound", "PROPN", "NNP"),
            ("meeting", 4, "pobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert _modes(code(rows, [(6, 7, "opec", "Organization")])) == {("AGREE", "opec", None, Mode.NEGATED)}


def test_a_negation_inside_a_condition_is_hypothetical_not_a_fact_that_it_did_not_happen() -> None:
    # "If Russia does not withdraw from Ukraine, Japan said."
    rows = [("If", 4, "mark", "SCONJ", "IN"), ("Russia", 4, "nsubj", "PROPN", "NNP"),
            ("does", 4, "aux", "AUX", "VBZ", "do"), ("not", 4, "neg", "PART", "RB"),
            ("withdraw", 9, "advcl", "VERB", "VB"), ("from", 4, "prep", "ADP", "IN"),
            ("Ukraine", 5, "pobj", "PROPN", "NNP"),
            (",", 9, "punct", P, ","), ("Japan", 9, "nsubj", "PROPN", "NNP"), ("said", 9, "ROOT", "VERB", "VBD", "say"),
            (".", 9, "punct", P, ".")]
    entities = [(1, 2, "russia", "Country"), (6, 7, "ukraine", "Country"), (8, 9, "japan", "Country")]
    assert _modes(code(rows, entities)) == {("RETREAT", "russia", "ukraine", Mode.HYPOTHETICAL)}


def test_a_meeting_on_the_way_takes_the_tense_of_the_clause_it_hangs_on() -> None:
    # "Shultz will fly home after meeting Gorbachev." / "Shultz flew home after meeting Gorbachev."
    rows = [("Shultz", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"), ("fly", 2, "ROOT", "VERB", "VB"),
            ("home", 2, "advmod", "ADV", "RB"), ("after", 2, "prep", "ADP", "IN"),
            ("meeting", 4, "pcomp", "VERB", "VBG", "meet"), ("Gorbachev", 5, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", P, ".")]
    people = [(0, 1, "george-shultz", "Person"), (6, 7, "mikhail-gorbachev", "Person")]
    assert _modes(code(rows, people)) == {("AGREE", "george-shultz", "mikhail-gorbachev", None)}
    past = [("Shultz", 1, "nsubj", "PROPN", "NNP"), ("flew", 1, "ROOT", "VERB", "VBD", "fly"),
            *[(w, h - 1, *rest) for w, h, *rest in rows[3:]]]
    people = [(0, 1, "george-shultz", "Person"), (5, 6, "mikhail-gorbachev", "Person")]
    assert _modes(code(past, people)) == {("CONSULT", "george-shultz", "mikhail-gorbachev", None)}


def test_what_an_accusation_says_in_an_in_clause_is_alleged_not_a_fact() -> None:
    # "Iraq accused Iran of intransigence in refusing talks."
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
            ("Iran", 1, "dobj", "PROPN", "NNP"), ("of", 2, "prep", "ADP", "IN"),
            ("intransigence", 3, "pobj", "NOUN", "NN"), ("in", 1, "prep", "ADP", "IN"),
            ("refusing", 5, "pcomp", "VERB", "VBG", "refuse"), ("talks", 6, "dobj", "NOUN", "NNS", "talk"),
            (".", 1, "punct", P, ".")]
    countries = [(0, 1, "iraq", "Country"), (2, 3, "iran", "Country")]
    assert _modes(code(rows, countries)) == {("ACCUSE", "iraq", "iran", None)}


def test_not_considering_an_act_is_the_act_not_planned_and_considering_one_is_no_fact() -> None:
    # "Japan is not considering imposing sanctions on Russia." / "Japan is considering imposing sanctions on Russia."
    rows = [("Japan", 3, "nsubj", "PROPN", "NNP"), ("is", 3, "aux", "AUX", "VBZ", "be"),
            ("not", 3, "neg", "PART", "RB"), ("considering", 3, "ROOT", "VERB", "VBG", "consider"),
            ("imposing", 3, "xcomp", "VERB", "VBG", "impose"),
            ("sanctions", 4, "dobj", "NOUN", "NNS", "sanction"), ("on", 4, "prep", "ADP", "IN"),
            ("Russia", 6, "pobj", "PROPN", "NNP"), (".", 3, "punct", P, ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (7, 8, "russia", "Country")])) == {
        ("THREATEN", "japan", "russia", Mode.NEGATED)}
    considering = [(w, h - 1, *rest) for w, h, *rest in (rows[0], rows[1], *rows[3:])]
    assert code(considering, [(0, 1, "japan", "Country"), (6, 7, "russia", "Country")]) == []


def test_a_verb_that_is_no_event_lends_its_modal_and_negation_to_the_act_it_governs() -> None:
    # "Iraq said it would continue to attack Iran." / "Iraq did not dare to attack Iran."
    # / "Iraq said it would not hesitate to attack Iran."
    said = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("it", 4, "nsubj", "PRON", "PRP"), ("would", 4, "aux", "AUX", "MD"),
            ("continue", 1, "ccomp", "VERB", "VB"), ("to", 6, "aux", "PART", "TO"),
            ("attack", 4, "xcomp", "VERB", "VB"), ("Iran", 6, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(said, [(0, 1, "iraq", "Country"), (7, 8, "iran", "Country")])) == {
        ("THREATEN", "iraq", "iran", None)}
    dared = [("Iraq", 3, "nsubj", "PROPN", "NNP"), ("did", 3, "aux", "AUX", "VBD", "do"),
             ("not", 3, "neg", "PART", "RB"), ("dare", 3, "ROOT", "VERB", "VB"), ("to", 5, "aux", "PART", "TO"),
             ("attack", 3, "xcomp", "VERB", "VB"), ("Iran", 5, "dobj", "PROPN", "NNP"), (".", 3, "punct", P, ".")]
    assert _modes(code(dared, [(0, 1, "iraq", "Country"), (6, 7, "iran", "Country")])) == {
        ("ASSAULT", "iraq", "iran", Mode.NEGATED)}
    hesitate = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                ("it", 5, "nsubj", "PRON", "PRP"), ("would", 5, "aux", "AUX", "MD"), ("not", 5, "neg", "PART", "RB"),
                ("hesitate", 1, "ccomp", "VERB", "VB"), ("to", 7, "aux", "PART", "TO"),
                ("attack", 5, "xcomp", "VERB", "VB"), ("Iran", 7, "dobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    assert _modes(code(hesitate, [(0, 1, "iraq", "Country"), (8, 9, "iran", "Country")])) == {
        ("THREATEN", "iraq", "iran", None)}
    # "Iraq has not ceased to attack Iran.": it attacks still
    ceased = [("Iraq", 3, "nsubj", "PROPN", "NNP"), ("has", 3, "aux", "AUX", "VBZ", "have"),
              ("not", 3, "neg", "PART", "RB"), ("ceased", 3, "ROOT", "VERB", "VBN", "cease"),
              ("to", 5, "aux", "PART", "TO"), ("attack", 3, "xcomp", "VERB", "VB"), ("Iran", 5, "dobj", "PROPN", "NNP"),
              (".", 3, "punct", P, ".")]
    assert _modes(code(ceased, [(0, 1, "iraq", "Country"), (6, 7, "iran", "Country")])) == {
        ("ASSAULT", "iraq", "iran", None)}


# -- riots -------------------------------------------------------------------------------------------------------------
def test_violence_by_a_street_crowd_is_a_riot_coded_protest() -> None:
    # "Serb demonstrators attacked the American embassy." / "Serb troops attacked the American embassy."
    def rows(doers: str) -> list:
        return [("Serb", 1, "amod", "ADJ", "JJ"), (doers, 2, "nsubj", "NOUN", "NNS", doers[:-1]),
                ("attacked", 2, "ROOT", "VERB", "VBD", "attack"), ("the", 5, "det", "DET", "DT"),
                ("American", 5, "amod", "ADJ", "JJ"), ("embassy", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", P, ".")]
    countries = [(0, 1, "serbia", "Country"), (4, 5, "united-states", "Country")]
    assert {e.category for e in code(rows("demonstrators"), countries)} == {"PROTEST"}
    assert {e.category for e in code(rows("troops"), countries)} == {"ASSAULT"}


def test_a_crowd_that_fires_arms_of_war_assaults() -> None:
    # "Georgian demonstrators launched missiles at the government."
    rows = [("Georgian", 1, "amod", "ADJ", "JJ"), ("demonstrators", 2, "nsubj", "NOUN", "NNS", "demonstrator"),
            ("launched", 2, "ROOT", "VERB", "VBD", "launch"), ("missiles", 2, "dobj", "NOUN", "NNS", "missile"),
            ("at", 2, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"), ("government", 4, "pobj", "NOUN", "NN"),
            (".", 2, "punct", P, ".")]
    assert {e.category for e in code(rows, [(0, 1, "georgia", "Country")])} == {"ASSAULT"}


def test_counsel_that_asks_no_act_is_no_request() -> None:
    # "Japan advised Korea on the merger." / "Japan advised Korea against a moratorium."
    rows = rows_of("Japan/1/nsubj/NNP advised/1/ROOT/VBD/advise Korea/1/dobj/NNP on/1/prep/IN the/5/det/DT "
                   "merger/3/pobj/NN ./1/punct/.")
    entities = [(0, 1, "japan", "Country"), (2, 3, "south-korea", "Country")]
    assert code(rows, entities) == []
    against = [*rows[:3], ("against", 1, "prep", "ADP", "IN"), ("a", 5, "det", "DET", "DT"),
               ("moratorium", 3, "pobj", "NOUN", "NN"), rows[6]]
    assert triples(code(against, entities)) == {("REQUEST", "japan", "south-korea")}


def test_a_bill_offered_is_lawmaking_not_an_offer() -> None:
    # "Bentsen offered a bill." / "Bentsen offered a plan." (an offer of his own: AGREE)
    rows = rows_of("Bentsen/1/nsubj/NNP offered/1/ROOT/VBD/offer a/3/det/DT bill/1/dobj/NN ./1/punct/.")
    bentsen = [(0, 1, "lloyd-bentsen", "Person")]
    assert code(rows, bentsen) == []
    plan = [*rows[:3], ("plan", 1, "dobj", "NOUN", "NN"), rows[4]]
    assert [e.category for e in code(plan, bentsen)] == ["AGREE"]


def test_a_budget_or_a_law_approved_is_lawmaking_not_support() -> None:
    # "Ghana approved the budget." / "Ghana approved the treaty." (SUPPORT)
    rows = rows_of("Ghana/1/nsubj/NNP approved/1/ROOT/VBD/approve the/3/det/DT budget/1/dobj/NN ./1/punct/.")
    ghana = [(0, 1, "ghana", "Country")]
    assert code(rows, ghana) == []
    law = [*rows[:3], ("law", 1, "dobj", "NOUN", "NN"), rows[4]]
    assert code(law, ghana) == []
    treaty = [*rows[:3], ("treaty", 1, "dobj", "NOUN", "NN"), rows[4]]
    assert [e.category for e in code(treaty, ghana)] == ["SUPPORT"]


def test_attempting_a_settlement_is_intending_it_where_seeking_one_asks_for_it() -> None:
    # "Iran attempted a settlement with Iraq." (AGREE, the intent) / "Iran sought a settlement with Iraq." (REQUEST)
    rows = rows_of("Iran/1/nsubj/NNP attempted/1/ROOT/VBD/attempt a/3/det/DT settlement/1/dobj/NN with/3/prep/IN "
                   "Iraq/4/pobj/NNP ./1/punct/.")
    parties = [(0, 1, "iran", "Country"), (5, 6, "iraq", "Country")]
    assert {e.category for e in code(rows, parties)} == {"AGREE"}
    sought = [rows[0], ("sought", 1, "ROOT", "VERB", "VBD", "seek"), *rows[2:]]
    assert {e.category for e in code(sought, parties)} == {"REQUEST"}


def test_accepting_what_another_offered_is_aimed_at_whose_it_is() -> None:
    # "Japan accepted Iraq's offer." (AGREE with Iraq, not with no one)
    rows = rows_of("Japan/1/nsubj/NNP accepted/1/ROOT/VBD/accept Iraq/4/poss/NNP 's/2/case/POS offer/1/dobj/NN "
                   "./1/punct/.")
    assert triples(code(rows, [(0, 1, "japan", "Country"), (2, 3, "iraq", "Country")])) == {
        ("AGREE", "japan", "iraq")}


def test_meeting_another_partys_complaints_or_demands_yields_to_it_but_meeting_market_demand_is_none() -> None:
    # "Japan met U.S. complaints." (CAMEO 08, accede to demands: CONCEDE) / "OPEC met the demand." (a market's)
    rows = rows_of("Japan/1/nsubj/NNP met/1/ROOT/VBD/meet U.S./3/compound/NNP complaints/1/dobj/NNS/complaint "
                   "./1/punct/.")
    assert triples(code(rows, [(0, 1, "japan", "Country"), (2, 3, "united-states", "Country")])) == {
        ("CONCEDE", "japan", "united-states")}
    market = rows_of("OPEC/1/nsubj/NNP met/1/ROOT/VBD/meet the/3/det/DT demand/1/dobj/NN ./1/punct/.")
    assert code(market, [(0, 1, "opec", "Organization")]) == []


def test_would_like_another_party_to_act_asks_it_to_as_want_does() -> None:
    # "Germany would like Brazil to work with the IMF." (REQUEST of Brazil, not Brazil's cooperation as a fact)
    rows = rows_of("Germany/2/nsubj/NNP would/2/aux/MD like/2/ROOT/VB Brazil/2/dobj/NNP to/5/aux/TO work/2/xcomp/VB "
                   "with/5/prep/IN the/8/det/DT IMF/6/pobj/NNP ./2/punct/.")
    parties = [(0, 1, "germany", "Country"), (3, 4, "brazil", "Country"), (8, 9, "imf", "Organization")]
    assert {(e.category, e.actor, e.recipient) for e in code(rows, parties)} == {("REQUEST", "germany", "brazil")}
