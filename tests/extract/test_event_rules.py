"""The event coder's rules, each on a hand-built parse, so that deleting the rule fails its test.

No statistical model runs here: each test writes the dependency parse by hand (``tests/extract/parses.py``), so
what is tested is the rule, not the parser's reading of the sentence that day.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code, rows_of, triples

KISHIDA = (0, 1, "fumio-kishida", "Person")


def test_talking_to_the_press_is_a_statement_not_a_meeting() -> None:
    # "Kishida talked with reporters." / "Kishida talked with Biden."
    press = [("Kishida", 1, "nsubj", "PROPN", "NNP"), ("talked", 1, "ROOT", "VERB", "VBD", "talk"),
             ("with", 1, "prep", "ADP", "IN"), ("reporters", 2, "pobj", "NOUN", "NNS", "reporter"),
             (".", 1, "punct", "PUNCT", ".")]
    assert code(press, [KISHIDA]) == []
    leader = [*press[:3], ("Biden", 2, "pobj", "PROPN", "NNP"), press[4]]
    assert triples(code(leader, [KISHIDA, (3, 4, "joe-biden", "Person")])) == {
        ("CONSULT", "fumio-kishida", "joe-biden")}


def test_the_press_travelling_is_reporting_not_a_visit() -> None:
    # "Reporters traveled to Germany." / "Diplomats traveled to Germany."
    rows = rows_of("Reporters/1/nsubj/NNS/reporter traveled/1/ROOT/VBD/travel to/1/prep/IN Germany/2/pobj/NNP "
                   "./1/punct/.")
    assert code(rows, [(3, 4, "germany", "Country")]) == []
    diplomats = [("Diplomats", 1, "nsubj", "NOUN", "NNS", "diplomat"), *rows[1:]]
    assert [e.category for e in code(diplomats, [(3, 4, "germany", "Country")])] == ["CONSULT"]


def test_telling_someone_to_act_is_a_request_of_them() -> None:
    # "Japan told Russia to withdraw its troops."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("Russia", 1, "dobj", "PROPN", "NNP"), ("to", 4, "aux", "PART", "TO"),
            ("withdraw", 1, "xcomp", "VERB", "VB"), ("its", 6, "poss", "PRON", "PRP$"),
            ("troops", 4, "dobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "japan", "Country"), (2, 3, "russia", "Country")])
    # the withdrawal is what is asked for, not a fact
    assert triples(events) == {("REQUEST", "japan", "russia")}


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before() -> None:
    # "Russia massed troops. It attacked Ukraine."
    rows = [("Russia", 1, "nsubj", "PROPN", "NNP"), ("massed", 1, "ROOT", "VERB", "VBD", "mass"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", "."),
            ("It", 5, "nsubj", "PRON", "PRP"), ("attacked", 5, "ROOT", "VERB", "VBD", "attack"),
            ("Ukraine", 5, "dobj", "PROPN", "NNP"), (".", 5, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "russia", "Country"), (6, 7, "ukraine", "Country")])
    assert ("ASSAULT", "russia", "ukraine") in triples(events)


def test_the_troops_a_country_deploys_are_its_own_not_whom_it_acts_on() -> None:
    # "Russia deployed thousands of troops."
    rows = [("Russia", 1, "nsubj", "PROPN", "NNP"), ("deployed", 1, "ROOT", "VERB", "VBD", "deploy"),
            ("thousands", 1, "dobj", "NOUN", "NNS", "thousand"), ("of", 2, "prep", "ADP", "IN"),
            ("troops", 3, "pobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "russia", "Country")])
    assert triples(events) == {("MOBILIZE", "russia", None)}


def test_an_upcoming_event_noun_is_future() -> None:
    # "Japan's upcoming sanctions on Russia are important."
    rows = [("Japan", 3, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
            ("upcoming", 3, "amod", "ADJ", "JJ"), ("sanctions", 6, "nsubj", "NOUN", "NNS", "sanction"),
            ("on", 3, "prep", "ADP", "IN"), ("Russia", 4, "pobj", "PROPN", "NNP"),
            ("are", 6, "ROOT", "AUX", "VBP", "be"), ("important", 6, "acomp", "ADJ", "JJ"),
            (".", 6, "punct", "PUNCT", ".")]
    events = code(rows, [(0, 1, "japan", "Country"), (5, 6, "russia", "Country")])
    assert [(e.category, e.actor, e.recipient, e.mode) for e in events] == [
        ("SANCTION", "japan", "russia", Mode.FUTURE)]
    # an upcoming meeting is cooperation agreed on (PLOVER.md: future cooperation is AGREE)
    rows[3] = ("summit", 6, "nsubj", "NOUN", "NN")
    rows[4] = ("with", 3, "prep", "ADP", "IN")
    rows[6] = ("is", 6, "ROOT", "AUX", "VBZ", "be")
    events = code(rows, [(0, 1, "japan", "Country"), (5, 6, "russia", "Country")])
    assert [(e.category, e.actor, e.recipient, e.mode) for e in events] == [("AGREE", "japan", "russia", None)]


def test_a_past_event_told_as_background_with_no_date_is_historical() -> None:
    # "Russia previously attacked Ukraine." / "Russia attacked Ukraine."
    rows = [("Russia", 2, "nsubj", "PROPN", "NNP"), ("previously", 2, "advmod", "ADV", "RB"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"), ("Ukraine", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    entities = [(0, 1, "russia", "Country"), (3, 4, "ukraine", "Country")]
    [event] = code(rows, entities)
    assert (event.category, event.mode, event.date) == ("ASSAULT", Mode.HISTORICAL, None)
    plain = [rows[0], rows[2], rows[3], rows[4]]
    plain = [(w, {2: 1}.get(h, h), d, p, t, *rest) for w, h, d, p, t, *rest in plain]  # type: ignore[misc]
    [event] = code(plain, [(0, 1, "russia", "Country"), (2, 3, "ukraine", "Country")])
    assert event.mode is None and event.date is not None


# -- PLOVER's rules for promises, threats and intents (PLOVER.md, "Coding rules") --------------------------------
US, UKRAINE = (1, 2, "united-states", "Country"), (6, 7, "ukraine", "Country")


def _modes(events: list) -> list[tuple[str, str | None, str | None, Mode | None]]:
    return [(e.category, e.actor, e.recipient, e.mode) for e in events]


def test_cooperation_the_actor_says_will_happen_is_agree() -> None:
    # "The US will send aid to Ukraine."
    rows = [("The", 1, "det", "DET", "DT"), ("US", 3, "nsubj", "PROPN", "NNP"), ("will", 3, "aux", "AUX", "MD"),
            ("send", 3, "ROOT", "VERB", "VB"), ("aid", 3, "dobj", "NOUN", "NN"), ("to", 3, "prep", "ADP", "IN"),
            ("Ukraine", 5, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [US, UKRAINE])) == [("AGREE", "united-states", "ukraine", None)]


def test_a_retreat_the_actor_says_will_happen_is_a_concession() -> None:
    # "The US will withdraw its troops from Ukraine."
    rows = [("The", 1, "det", "DET", "DT"), ("US", 3, "nsubj", "PROPN", "NNP"), ("will", 3, "aux", "AUX", "MD"),
            ("withdraw", 3, "ROOT", "VERB", "VB"), ("its", 5, "poss", "PRON", "PRP$"),
            ("troops", 3, "dobj", "NOUN", "NNS", "troop"), ("from", 3, "prep", "ADP", "IN"),
            ("Ukraine", 6, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [US, (7, 8, "ukraine", "Country")])) == [
        ("CONCEDE", "united-states", "ukraine", None)]


def test_force_on_a_condition_is_a_threat() -> None:
    # "Russia would attack Ukraine if provoked."
    rows = [("Russia", 2, "nsubj", "PROPN", "NNP"), ("would", 2, "aux", "AUX", "MD"),
            ("attack", 2, "ROOT", "VERB", "VB"), ("Ukraine", 2, "dobj", "PROPN", "NNP"),
            ("if", 5, "mark", "SCONJ", "IN"), ("provoked", 2, "advcl", "VERB", "VBN", "provoke"),
            (".", 2, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "russia", "Country"), (3, 4, "ukraine", "Country")])) == [
        ("THREATEN", "russia", "ukraine", None)]
    # without a condition, "would" only says it is possible
    plain = [*rows[:4], (".", 2, "punct", "PUNCT", ".")]
    assert _modes(code(plain, [(0, 1, "russia", "Country"), (3, 4, "ukraine", "Country")])) == [
        ("ASSAULT", "russia", "ukraine", Mode.HYPOTHETICAL)]


def test_a_demand_said_to_come_stays_a_future_demand() -> None:
    # "Japan will urge Russia to leave." : verbal conflict keeps its category
    rows = [("Japan", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"),
            ("urge", 2, "ROOT", "VERB", "VB"), ("Russia", 2, "dobj", "PROPN", "NNP"),
            ("to", 5, "aux", "PART", "TO"), ("leave", 2, "xcomp", "VERB", "VB"), (".", 2, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (3, 4, "russia", "Country")])) == [
        ("REQUEST", "japan", "russia", Mode.FUTURE)]


def _willing(adjective: str, negated: bool = False) -> list:
    # "Japan is [not] ADJECTIVE to send aid to Ukraine."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            (adjective, 1, "acomp", "ADJ", "JJ"), ("to", 4, "aux", "PART", "TO"),
            ("send", 2, "xcomp", "VERB", "VB"), ("aid", 4, "dobj", "NOUN", "NN"), ("to", 4, "prep", "ADP", "IN"),
            ("Ukraine", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    if negated:
        rows = [(w, h + (h >= 2), d, p, t, *rest) for w, h, d, p, t, *rest in rows]  # type: ignore[misc]
        rows.insert(2, ("not", 1, "neg", "PART", "RB"))
    ukraine = 8 if negated else 7
    return _modes(code(rows, [(0, 1, "japan", "Country"), (ukraine, ukraine + 1, "ukraine", "Country")]))


def test_willing_to_act_is_the_intent_and_unwilling_a_refusal() -> None:
    assert _willing("willing") == [("AGREE", "japan", "ukraine", None)]
    assert _willing("ready") == [("AGREE", "japan", "ukraine", None)]
    assert _willing("unwilling") == [("REJECT", "japan", "ukraine", None)]
    assert _willing("willing", negated=True) == [("REJECT", "japan", "ukraine", None)]


# -- composition: halting, ending and preventing the event a noun names (PLOVER.md, "Coding rules") ------------
def test_halting_cooperation_is_a_sanction() -> None:
    # "Japan cancelled its aid to Myanmar."
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("cancelled", 1, "ROOT", "VERB", "VBD", "cancel"),
            ("its", 3, "poss", "PRON", "PRP$"), ("aid", 1, "dobj", "NOUN", "NN"), ("to", 3, "prep", "ADP", "IN"),
            ("Myanmar", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (5, 6, "myanmar", "Country")])) == [
        ("SANCTION", "japan", "myanmar", None)]


def _strike(verb: str, lemma: str, particle: str | None = None) -> list:
    # "Solidarity VERB [PARTICLE] the general strike."
    rows = [("Solidarity", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma)]
    if particle:
        rows.append((particle, 1, "prt", "ADP", "RP"))
    n = len(rows)
    rows += [("the", n + 2, "det", "DET", "DT"), ("general", n + 2, "amod", "ADJ", "JJ"),
             ("strike", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    return _modes(code(rows, [(0, 1, "solidarity", "Organization")]))


def test_ending_conflict_is_a_retreat() -> None:
    assert _strike("ended", "end") == [("RETREAT", "solidarity", None, None)]
    assert _strike("called", "call", "off") == [("RETREAT", "solidarity", None, None)]
    assert _strike("began", "begin") == [("PROTEST", "solidarity", None, None)]


def test_ending_talks_is_no_sanction() -> None:
    # "Japan ended talks with Russia.": talks concluded, not broken off
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("ended", 1, "ROOT", "VERB", "VBD", "end"),
            ("talks", 1, "dobj", "NOUN", "NNS"), ("with", 2, "prep", "ADP", "IN"),
            ("Russia", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert code(rows, [(0, 1, "japan", "Country"), (4, 5, "russia", "Country")]) == []


def test_preventing_a_protest_is_coercion_of_the_protesters() -> None:
    # "Poland broke up the protest by Solidarity."
    rows = [("Poland", 1, "nsubj", "PROPN", "NNP"), ("broke", 1, "ROOT", "VERB", "VBD", "break"),
            ("up", 1, "prt", "ADP", "RP"), ("the", 4, "det", "DET", "DT"), ("protest", 1, "dobj", "NOUN", "NN"),
            ("by", 4, "prep", "ADP", "IN"), ("Solidarity", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "poland", "Country"), (6, 7, "solidarity", "Organization")])) == [
        ("COERCE", "poland", "solidarity", None)]


# -- composition: "X said Y must / should V" is X REQUEST Y (PLOVER.md) -------------------------------------------
JAPAN_SAID = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say")]


def test_saying_another_must_act_is_a_request_of_them() -> None:
    # "Japan said Russia must withdraw its troops from Ukraine."
    rows = [*JAPAN_SAID, ("Russia", 4, "nsubj", "PROPN", "NNP"), ("must", 4, "aux", "AUX", "MD"),
            ("withdraw", 1, "ccomp", "VERB", "VB"), ("its", 6, "poss", "PRON", "PRP$"),
            ("troops", 4, "dobj", "NOUN", "NNS", "troop"), ("from", 4, "prep", "ADP", "IN"),
            ("Ukraine", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    # the withdrawal asked for is not a fact, not even a possible one
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (2, 3, "russia", "Country"),
                              (8, 9, "ukraine", "Country")])) == [("REQUEST", "japan", "russia", None)]


def test_an_obligation_with_the_speaker_after_it_is_a_request_too() -> None:
    # "Russia should leave, Japan said."
    rows = [("Russia", 2, "nsubj", "PROPN", "NNP"), ("should", 2, "aux", "AUX", "MD"),
            ("leave", 2, "ROOT", "VERB", "VB"), (",", 2, "punct", "PUNCT", ","), ("Japan", 5, "nsubj", "PROPN", "NNP"),
            ("said", 2, "parataxis", "VERB", "VBD", "say"), (".", 2, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "russia", "Country"), (4, 5, "japan", "Country")])) == [
        ("REQUEST", "japan", "russia", None)]


def test_insisting_that_another_act_in_the_subjunctive_is_a_request() -> None:
    # "Japan insisted that Russia withdraw its troops." / "Japan insisted that Russia had withdrawn its troops." (a
    # statement) / "Japan said that Russia withdraw its troops." (no verb of insisting)
    parties = [(0, 1, "japan", "Country"), (3, 4, "russia", "Country")]

    def rows(verb: str, lemma: str) -> list:
        return [("Japan", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
                ("that", 4, "mark", "SCONJ", "IN"), ("Russia", 4, "nsubj", "PROPN", "NNP"),
                ("withdraw", 1, "ccomp", "VERB", "VB"), ("its", 6, "poss", "PRON", "PRP$"),
                ("troops", 4, "dobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", ".")]

    assert _modes(code(rows("insisted", "insist"), parties)) == [("REQUEST", "japan", "russia", None)]
    said = {c for c, *_ in _modes(code(rows("said", "say"), parties))}
    assert "REQUEST" not in said
    done = [*rows("insisted", "insist")[:4], ("had", 5, "aux", "AUX", "VBD", "have"),
            ("withdrawn", 1, "ccomp", "VERB", "VBN", "withdraw"), ("its", 7, "poss", "PRON", "PRP$"),
            ("troops", 5, "dobj", "NOUN", "NNS", "troop"), (".", 1, "punct", "PUNCT", ".")]
    done[2], done[3] = ("that", 5, "mark", "SCONJ", "IN"), ("Russia", 5, "nsubj", "PROPN", "NNP")
    assert "REQUEST" not in {c for c, *_ in _modes(code(done, parties))}


def test_ones_own_resolve_and_forecasts_are_no_requests() -> None:
    # "Japan said it must act." / "Japan said the yen should rise."
    own = [*JAPAN_SAID, ("it", 4, "nsubj", "PRON", "PRP"), ("must", 4, "aux", "AUX", "MD"),
           ("act", 1, "ccomp", "VERB", "VB"), (".", 1, "punct", "PUNCT", ".")]
    assert code(own, [(0, 1, "japan", "Country")]) == []
    forecast = [*JAPAN_SAID, ("the", 3, "det", "DET", "DT"), ("yen", 5, "nsubj", "NOUN", "NN"),
                ("should", 5, "aux", "AUX", "MD"), ("rise", 1, "ccomp", "VERB", "VB"), (".", 1, "punct", "PUNCT", ".")]
    assert code(forecast, [(0, 1, "japan", "Country")]) == []


def test_a_meeting_expected_is_agreed_and_one_reported_as_fixed_stays_a_future_meeting() -> None:
    # "Japan is poised to meet Russia." / "Japan is scheduled to meet Russia." ("is likely to meet" is only
    # possible: test_category_rules)
    expected = [("Japan", 2, "nsubjpass", "PROPN", "NNP"), ("is", 2, "auxpass", "AUX", "VBZ", "be"),
                ("poised", 2, "ROOT", "VERB", "VBN", "poise"), ("to", 4, "aux", "PART", "TO"),
                ("meet", 2, "xcomp", "VERB", "VB"), ("Russia", 4, "dobj", "PROPN", "NNP"),
                (".", 2, "punct", "PUNCT", ".")]
    entities = [(0, 1, "japan", "Country"), (5, 6, "russia", "Country")]
    assert _modes(code(expected, entities)) == [("AGREE", "japan", "russia", None)]
    scheduled = [("Japan", 2, "nsubjpass", "PROPN", "NNP"), ("is", 2, "auxpass", "AUX", "VBZ", "be"),
                 ("scheduled", 2, "ROOT", "VERB", "VBN", "schedule"), ("to", 4, "aux", "PART", "TO"),
                 ("meet", 2, "xcomp", "VERB", "VB"), ("Russia", 4, "dobj", "PROPN", "NNP"),
                 (".", 2, "punct", "PUNCT", ".")]
    assert _modes(code(scheduled, entities)) == [("CONSULT", "japan", "russia", Mode.FUTURE)]


def test_cooperation_that_may_come_is_a_possible_agreement() -> None:
    # "Japan may meet Russia."
    rows = [("Japan", 2, "nsubj", "PROPN", "NNP"), ("may", 2, "aux", "AUX", "MD"), ("meet", 2, "ROOT", "VERB", "VB"),
            ("Russia", 2, "dobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (3, 4, "russia", "Country")])) == [
        ("AGREE", "japan", "russia", Mode.HYPOTHETICAL)]


# -- PLOVER.md, "Not events": purely commercial deals ---------------------------------------------------------------
def _signed(second: str, key: str, kind: str) -> list:
    # "Acme Inc signed an agreement with SECOND."
    names = second.split()
    rows: list = [("Acme", 1, "compound", "PROPN", "NNP"), ("Inc", 2, "nsubj", "PROPN", "NNP"),
                  ("signed", 2, "ROOT", "VERB", "VBD", "sign"), ("an", 4, "det", "DET", "DT"),
                  ("agreement", 2, "dobj", "NOUN", "NN"), ("with", 4, "prep", "ADP", "IN")]
    last = 6 + len(names) - 1
    rows += [(name, last, "compound", "PROPN", "NNP") for name in names[:-1]]
    rows += [(names[-1], 5, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    return _modes(code(rows, [(0, 2, "acme-inc", "Organization"), (6, last + 1, key, kind)]))


def test_a_deal_between_firms_is_commerce_not_an_event() -> None:
    # an organisation nothing marks as a state's, a body's or a union's, in a deal with a firm, is a firm
    assert _signed("Globex", "globex", "Organization") == []
    # a body word in its name says it is not ("Globex Council")
    assert _signed("Globex Council", "globex-council", "Organization") != []
    assert _signed("Globex Corp.", "globex-corp", "Organization") == []
    assert _signed("Aeroflot", "aeroflot", "Organization") == []  # the gazetteer knows it is a company
    # a firm's agreement with a government is an event
    assert ("SUPPORT", "acme-inc", "japan", None) in _signed("Japan", "japan", "Country")


# -- composition: "X said Y's measures were unacceptable" is X ACCUSE Y ---------------------------------------
def _verdict_of(words: list[tuple], entities: list[tuple[int, int, str, str]]) -> list:
    return _modes(code([*JAPAN_SAID, *words], [(0, 1, "japan", "Country"), *entities]))


RUSSIAS_TARIFFS = [("Russia", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
                   ("tariffs", 5, "nsubj", "NOUN", "NNS", "tariff")]


def test_saying_a_partys_measures_are_unacceptable_is_an_accusation() -> None:
    # "Japan said Russia's tariffs were unfair."
    words = [*RUSSIAS_TARIFFS, ("were", 1, "ccomp", "AUX", "VBD", "be"), ("unfair", 5, "acomp", "ADJ", "JJ"),
             (".", 1, "punct", "PUNCT", ".")]
    assert _verdict_of(words, [(2, 3, "russia", "Country")]) == [("ACCUSE", "japan", "russia", None)]
    # an approval denied condemns too; one given does not
    negated = [*words[:4], ("not", 5, "neg", "PART", "RB"), ("fair", 5, "acomp", "ADJ", "JJ"), words[-1]]
    assert _verdict_of(negated, [(2, 3, "russia", "Country")]) == [("ACCUSE", "japan", "russia", None)]
    approved = [*words[:4], ("reasonable", 5, "acomp", "ADJ", "JJ"), words[-1]]
    assert _verdict_of(approved, [(2, 3, "russia", "Country")]) == []
    cleared = [*words[:4], ("not", 5, "neg", "PART", "RB"), ("unfair", 5, "acomp", "ADJ", "JJ"), words[-1]]
    assert _verdict_of(cleared, [(2, 3, "russia", "Country")]) == []


def test_a_condemnation_after_another_statement_counts_too() -> None:
    # "Japan said prices rose and Russia's tariffs were unfair."
    words = [("prices", 3, "nsubj", "NOUN", "NNS", "price"), ("rose", 1, "ccomp", "VERB", "VBD", "rise"),
             ("and", 3, "cc", "CCONJ", "CC"), ("Russia", 7, "poss", "PROPN", "NNP"), ("'s", 5, "case", "PART", "POS"),
             ("tariffs", 8, "nsubj", "NOUN", "NNS", "tariff"), ("were", 3, "conj", "AUX", "VBD", "be"),
             ("unfair", 8, "acomp", "ADJ", "JJ"), (".", 1, "punct", "PUNCT", ".")]
    assert _verdict_of(words, [(5, 6, "russia", "Country")]) == [("ACCUSE", "japan", "russia", None)]


def test_saying_terms_are_not_negotiable_is_a_refusal_aimed_at_no_one() -> None:
    # "Japan said Russia's tariffs were not negotiable." / "... were negotiable." / "... were non-negotiable."
    words = [*RUSSIAS_TARIFFS, ("were", 1, "ccomp", "AUX", "VBD", "be"), ("not", 5, "neg", "PART", "RB"),
             ("negotiable", 5, "acomp", "ADJ", "JJ"), (".", 1, "punct", "PUNCT", ".")]
    assert _verdict_of(words, [(2, 3, "russia", "Country")]) == [("REJECT", "japan", None, None)]
    open_ = [*words[:4], words[5], words[6]]
    assert _verdict_of(open_, [(2, 3, "russia", "Country")]) == []
    prefixed = [*words[:4], ("non", 7, "amod", "ADJ", "JJ"), ("-", 7, "punct", "PUNCT", "HYPH"),
                ("negotiable", 5, "acomp", "ADJ", "JJ"), words[-1]]
    assert _verdict_of(prefixed, [(2, 3, "russia", "Country")]) == [("REJECT", "japan", None, None)]


def test_saying_there_will_be_no_talks_with_a_party_refuses_them() -> None:
    # "Britain said there would be no talks with Russia." / "... no talks." (none planned: no refusal of anyone)
    rows = rows_of("Britain/1/nsubj/NNP said/1/ROOT/VBD/say there/4/expl/EX would/4/aux/MD be/1/ccomp/VB "
                   "no/6/det/DT talks/4/attr/NNS/talk with/6/prep/IN Russia/7/pobj/NNP ./1/punct/.")
    entities = [(0, 1, "united-kingdom", "Country"), (8, 9, "russia", "Country")]
    assert triples(code(rows, entities)) == {("REJECT", "united-kingdom", "russia")}
    alone = [*rows[:7], ("this", 8, "det", "DET", "DT"), ("week", 4, "npadvmod", "NOUN", "NN"), rows[-1]]
    assert code(alone, entities[:1]) == []


def test_halting_an_exchange_is_a_sanction_of_its_other_party() -> None:
    # "Japan suspended shipments to Russia." / "Japan suspended shipments." (a debt's creditors are implied:
    # test_category_rules)
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
            ("shipments", 1, "dobj", "NOUN", "NNS", "shipment"), ("to", 2, "prep", "ADP", "IN"),
            ("Russia", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert _modes(code(rows, [(0, 1, "japan", "Country"), (4, 5, "russia", "Country")])) == [
        ("SANCTION", "japan", "russia", None)]
    alone = [*rows[:3], (".", 1, "punct", "PUNCT", ".")]
    assert code(alone, [(0, 1, "japan", "Country")]) == []  # a sanction needs the party it is aimed at


def test_what_a_party_is_let_or_allowed_to_do_is_permitted_not_done() -> None:
    # "an agreement to let Italy and Canada attend meetings", as the model parses "let" (a clause of its own) and
    # "allow" (an object and an infinitive): the meeting is permitted, and no one is said to have met
    entities = [(0, 1, "japan", "Country"), (2, 3, "italy", "Country"), (4, 5, "canada", "Country")]
    let = rows_of("Japan/1/nsubj/NNP let/1/ROOT/VBD Italy/5/nsubj/NNP and/2/cc/CC Canada/2/conj/NNP "
                  "attend/1/ccomp/VB meetings/5/dobj/NNS/meeting ./1/punct/.")
    allowed = rows_of("Japan/1/nsubj/NNP allowed/1/ROOT/VBD/allow Italy/1/dobj/NNP and/2/cc/CC Canada/2/conj/NNP "
                      "to/6/aux/TO attend/1/xcomp/VB meetings/6/dobj/NNS/meeting ./1/punct/.")
    for rows in (let, allowed):
        assert not [e for e in code(rows, entities) if e.category == "CONSULT"]
    # the same meeting told as done is one
    said = [*let[:1], ("said", 1, "ROOT", "VERB", "VBD", "say"), *let[2:]]
    assert [e for e in code(said, entities) if e.category == "CONSULT"]


def test_a_warning_of_how_things_stand_to_no_one_is_a_forecast_not_a_threat() -> None:
    # "The OECD warned that growth was weak." / "The OECD warned that it would retaliate."
    oecd = [(1, 2, "oecd", "Organization")]
    state = rows_of("The/1/det/DT OECD/2/nsubj/NNP warned/2/ROOT/VBD/warn that/5/mark/IN growth/5/nsubj/NN "
                    "was/2/ccomp/VBD=AUX/be weak/5/acomp/JJ ./2/punct/.")
    assert not [e for e in code(state, oecd) if e.category == "THREATEN"]
    act = rows_of("The/1/det/DT OECD/2/nsubj/NNP warned/2/ROOT/VBD/warn that/6/mark/IN it/6/nsubj/PRP "
                  "would/6/aux/MD retaliate/2/ccomp/VB ./2/punct/.")
    assert ("THREATEN", "oecd", None) in triples(code(act, oecd))


def test_what_any_party_would_do_is_no_ones_act() -> None:
    # "Any Iranian official who visits Iraq will be arrested." / "The Iranian official who visited Iraq ..."
    rows = rows_of("Any/2/det/DT Iranian/2/amod/JJ official/8/nsubjpass/NN who/4/nsubj/WP visits/2/relcl/VBZ/visit "
                   "Iraq/4/dobj/NNP will/8/aux/MD be/8/auxpass/VB arrested/8/ROOT/VBN/arrest ./8/punct/.")
    entities = [(1, 2, "iran", "Country"), (5, 6, "iraq", "Country")]
    assert not any(e.category == "CONSULT" for e in code(rows, entities))
    the = [("The", 2, "det", "DET", "DT"), *rows[1:4], ("visited", 2, "relcl", "VERB", "VBD", "visit"), *rows[5:]]
    assert ("CONSULT", "iran", "iraq") in triples(code(the, entities))


def test_saying_a_party_should_see_an_outcome_is_a_forecast_not_a_request() -> None:
    # "Reagan said Japan should see growth." / "Reagan said Japan should open markets."
    entities = [(0, 1, "ronald-reagan", "Person"), (2, 3, "japan", "Country")]
    outcome = rows_of("Reagan/1/nsubj/NNP said/1/ROOT/VBD/say Japan/4/nsubj/NNP should/4/aux/MD see/1/ccomp/VB "
                      "growth/4/dobj/NN ./1/punct/.")
    assert not [e for e in code(outcome, entities) if e.category == "REQUEST"]
    act = [*outcome[:4], ("open", 1, "ccomp", "VERB", "VB", "open"), ("markets", 4, "dobj", "NOUN", "NNS", "market"),
           outcome[6]]
    assert ("REQUEST", "ronald-reagan", "japan") in triples(code(act, entities))


def test_a_meeting_where_the_press_or_holders_were_told_something_is_a_statement() -> None:
    # "Kishida told reporters at a meeting." / "Kishida told Biden at a meeting."
    press = rows_of("Kishida/1/nsubj/NNP told/1/ROOT/VBD/tell reporters/1/dobj/NNS/reporter at/1/prep/IN "
                    "a/5/det/DT meeting/3/pobj/NN ./1/punct/.")
    assert not [e for e in code(press, [KISHIDA]) if e.category == "CONSULT"]
    holders = [*press[:2], ("shareholders", 1, "dobj", "NOUN", "NNS", "shareholder"), *press[3:]]
    assert not [e for e in code(holders, [KISHIDA]) if e.category == "CONSULT"]
    leader = [*press[:2], ("Biden", 1, "dobj", "PROPN", "NNP"), *press[3:]]
    assert [e for e in code(leader, [KISHIDA, (2, 3, "joe-biden", "Person")]) if e.category == "CONSULT"]


def test_what_is_done_without_an_act_is_done_with_none() -> None:
    # "Iraq attacked Kuwait without warning." / "Japan acted without consulting or warning Korea."
    rows = rows_of("Iraq/1/nsubj/NNP attacked/1/ROOT/VBD/attack Kuwait/1/dobj/NNP without/1/prep/IN "
                   "warning/3/pobj/NN ./1/punct/.")
    assert triples(code(rows, [(0, 1, "iraq", "Country"), (2, 3, "kuwait", "Country")])) == {
        ("ASSAULT", "iraq", "kuwait")}
    acted = rows_of("Japan/1/nsubj/NNP acted/1/ROOT/VBD/act without/1/prep/IN consulting/2/pcomp/VBG/consult "
                    "or/3/cc/CC warning/3/conj/VBG/warn Korea/3/dobj/NNP ./1/punct/.")
    assert code(acted, [(0, 1, "japan", "Country"), (6, 7, "south-korea", "Country")]) == []
