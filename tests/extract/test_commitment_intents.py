"""Intents, threats and concessions in the shapes of wire English, each on a hand-built parse
(``tests/extract/parses.py``): what is expected to come, a threat of any act, an exchange agreed, a concession
consented to or only seen, emulating another "in" an act, and a trip announced. Each test fails when the rule it
names is deleted.
"""

from __future__ import annotations

from newsgraph.records import Mode
from tests.extract.parses import code, rows_of, triples

P = "PUNCT"


def _modes(events: list) -> set[tuple[str, str | None, str | None, Mode | None]]:
    return {(e.category, e.actor or e.actor_sector, e.recipient or e.recipient_sector, e.mode) for e in events}


def test_a_passive_of_expecting_is_what_is_to_come_not_an_intent() -> None:
    # "Japan is expected to visit China." (syntax._expected): no one's intent, the visit keeps its doer
    rows = [("Japan", 2, "nsubjpass", "PROPN", "NNP"), ("is", 2, "auxpass", "AUX", "VBZ", "be"),
            ("expected", 2, "ROOT", "VERB", "VBN", "expect"), ("to", 4, "aux", "PART", "TO"),
            ("visit", 2, "xcomp", "VERB", "VB"), ("China", 4, "dobj", "PROPN", "NNP"), (".", 2, "punct", P, ".")]
    events = code(rows, [(0, 1, "japan", "Country"), (5, 6, "china", "Country")])
    assert {(c, a, r) for c, a, r in triples(events)} & {("AGREE", "japan", "china"), ("CONSULT", "japan", "china")}


def _threatening(verb: str, lemma: str) -> list:
    # "Moscow <verb> to sign a treaty with Berlin."
    return [("Moscow", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("to", 3, "aux", "PART", "TO"), ("sign", 1, "xcomp", "VERB", "VB"), ("a", 5, "det", "DET", "DT"),
            ("treaty", 3, "dobj", "NOUN", "NN"), ("with", 5, "prep", "ADP", "IN"),
            ("Berlin", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]


def test_threatening_to_do_any_act_is_a_threat() -> None:
    countries = [(0, 1, "soviet-union", "Country"), (7, 8, "germany", "Country")]
    # "threatened to sign a separate peace treaty": the threat is the event whatever it threatens (PLOVER.md)
    assert {c for c, _, _ in triples(code(_threatening("threatened", "threaten"), countries))} == {"THREATEN"}
    # "promised to sign": cooperation promised stays AGREE
    assert "THREATEN" not in {c for c, _, _ in triples(code(_threatening("promised", "promise"), countries))}


def _agreeing_to(verb: str) -> list:
    # "Iran and Iraq agreed to <verb> prisoners."
    return [("Iran", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"), ("Iraq", 0, "conj", "PROPN", "NNP"),
            ("agreed", 3, "ROOT", "VERB", "VBD", "agree"), ("to", 5, "aux", "PART", "TO"),
            (verb, 3, "xcomp", "VERB", "VB"), ("prisoners", 5, "dobj", "NOUN", "NNS", "prisoner"),
            (".", 3, "punct", P, ".")]


def test_an_exchange_of_prisoners_agreed_is_cooperation_a_release_a_concession() -> None:
    countries = [(0, 1, "iran", "Country"), (2, 3, "iraq", "Country")]
    # the sides exchange with each other (coding): the prisoners are what is exchanged, no party
    assert triples(code(_agreeing_to("exchange"), countries)) == {("AGREE", "iran", "iraq")}
    assert {c for c, _, _ in triples(code(_agreeing_to("release"), countries))} == {"CONCEDE"}


def _following(head: str, lemma: str, negated: bool) -> list:
    # "Peru [did not want to] follow Brazil in suspending payments on debt.", "suspending" hung on "payments" as the
    # parser does
    lead = [("Peru", 3, "nsubj", "PROPN", "NNP"), ("did", 3, "aux", "AUX", "VBD", "do"),
            ("not", 3, "neg", "PART", "RB"), ("want", 3, "ROOT", "VERB", "VB"), ("to", 5, "aux", "PART", "TO")] \
        if negated else [("Peru", 1, "nsubj", "PROPN", "NNP")]
    verb = len(lead)
    dep = "xcomp" if negated else "ROOT"
    return [*lead, (head, 3 if negated else verb, dep, "VERB", "VB" if negated else "VBD", lemma),
            ("Brazil", verb, "dobj", "PROPN", "NNP"), ("in", verb, "prep", "ADP", "IN"),
            ("suspending", verb + 4, "amod", "VERB", "VBG", "suspend"),
            ("payments", verb + 2, "pobj", "NOUN", "NNS", "payment"), ("on", verb + 4, "prep", "ADP", "IN"),
            ("debt", verb + 5, "pobj", "NOUN", "NN"), (".", 3 if negated else verb, "punct", P, ".")]


def test_following_another_in_an_act_is_the_act_of_who_follows() -> None:
    peru = (0, 1, "peru", "Country")
    events = code(_following("followed", "follow", False), [peru, (2, 3, "brazil", "Country")])
    # the halt of payments is Peru's, aimed at its creditors, never at Brazil, whom it copies
    assert {(c, a) for c, a, _ in triples(events)} == {("SANCTION", "peru")}
    assert all(e.recipient != "brazil" for e in events)
    # "did not want to follow Brazil in suspending payments": a threat denied
    events = code(_following("follow", "follow", True), [peru, (6, 7, "brazil", "Country")])
    assert {(e.category, e.actor, e.mode) for e in events} == {("THREATEN", "peru", Mode.NEGATED)}
    assert all(e.recipient != "brazil" for e in events)


def _having(holder: list, act: str, lemma: str) -> list:
    # "Iraq <holder> to have its sites <act> by UN teams."
    n = len(holder)
    return [("Iraq", 1, "nsubj", "PROPN", "NNP"), *holder, ("to", n + 2, "aux", "PART", "TO"),
            ("have", n, "xcomp", "VERB", "VB"), ("its", n + 4, "poss", "PRON", "PRP$"),
            ("sites", n + 2, "dobj", "NOUN", "NNS", "site"), (act, n + 4, "acl", "VERB", "VBN", lemma),
            ("by", n + 5, "agent", "ADP", "IN"), ("UN", n + 8, "compound", "PROPN", "NNP"),
            ("teams", n + 6, "pobj", "NOUN", "NNS", "team"), (".", 1, "punct", P, ".")]


def test_consenting_to_have_ones_own_acted_on_is_a_concession() -> None:
    agreed = [("agreed", 1, "ROOT", "VERB", "VBD", "agree")]
    entities = [(0, 1, "iraq", "Country"), (9, 10, "united-nations", "Organization")]
    assert triples(code(_having(agreed, "inspected", "inspect"), entities)) >= {("CONCEDE", "iraq", "united-nations")}
    assert "ACCUSE" not in {c for c, _, _ in triples(code(_having(agreed, "inspected", "inspect"), entities))}
    # "Iraq had its sites bombed by UN planes": undergone, no concession
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("had", 1, "ROOT", "VERB", "VBD", "have"),
            ("its", 3, "poss", "PRON", "PRP$"), ("sites", 1, "dobj", "NOUN", "NNS", "site"),
            ("bombed", 3, "acl", "VERB", "VBN", "bomb"), (".", 1, "punct", P, ".")]
    assert "CONCEDE" not in {c for c, _, _ in triples(code(rows, [(0, 1, "iraq", "Country")]))}


def test_an_act_only_seen_to_be_done_is_kept_without_a_recipient() -> None:
    # "Moscow appeared to discard its proposals." (context.apparent): hedged, but seen; "may discard" is a guess
    def rows(verb: str, lemma: str, tag: str, dep: str) -> list:
        return [("Moscow", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", tag, lemma),
                *([("to", 3, "aux", "PART", "TO")] if dep == "xcomp" else [("may", 3, "aux", "AUX", "MD")]),
                ("discard", 1 if dep == "xcomp" else 3, dep if dep == "xcomp" else "ROOT", "VERB", "VB"),
                ("its", 5, "poss", "PRON", "PRP$"), ("proposals", 3, "dobj", "NOUN", "NNS", "proposal"),
                (".", 1, "punct", P, ".")]
    moscow = [(0, 1, "soviet-union", "Country")]
    assert triples(code(rows("appeared", "appear", "VBD", "xcomp"), moscow)) == {("CONCEDE", "soviet-union", None)}


def _leaving(tag: str, place: str, key: str, kind: str) -> list:
    # "A Mexican delegation leaves for <place> tomorrow."
    rows = [("A", 2, "det", "DET", "DT"), ("Mexican", 2, "amod", "ADJ", "JJ", "mexican"),
            ("delegation", 3, "nsubj", "NOUN", "NN"), ("leaves" if tag == "VBZ" else "left", 3, "ROOT", "VERB", tag,
                                                       "leave"),
            ("for", 3, "prep", "ADP", "IN"), (place, 4, "pobj", "PROPN", "NNP"),
            ("tomorrow" if tag == "VBZ" else "yesterday", 3, "npadvmod", "NOUN", "NN"), (".", 3, "punct", P, ".")]
    return [code(rows, [(1, 2, "mexico", "Country"), (5, 6, key, kind)], published=None)]  # type: ignore[list-item]


def test_a_trip_announced_visits_the_country_it_sets_out_for() -> None:
    [events] = _leaving("VBZ", "Washington", "united-states", "Country")
    assert ("united-states" in {e.recipient for e in events})
    # a town on the way names no party
    [events] = _leaving("VBZ", "Zurich", "zurich", "Place")
    assert "zurich" not in {e.recipient for e in events}


def test_reaffirming_a_commitment_is_an_agreement_and_laying_down_arms_a_retreat() -> None:
    # lexicon data (verbs.jsonl): "reaffirmed its commitment to the accord", "laid down their arms"
    def rows(verb: str, lemma: str, particle: bool, noun: str, noun_lemma: str) -> list:
        out = [("Nicaragua", 1, "nsubj", "PROPN", "NNP"), (verb, 1, "ROOT", "VERB", "VBD", lemma)]
        if particle:
            out.append(("down", 1, "prt", "ADP", "RP"))
        n = len(out)
        return [*out, ("its", n + 1, "poss", "PRON", "PRP$"), (noun, 1, "dobj", "NOUN", "NN", noun_lemma),
                (".", 1, "punct", P, ".")]
    nicaragua = [(0, 1, "nicaragua", "Country")]
    assert {c for c, _, _ in triples(code(rows("reaffirmed", "reaffirm", False, "commitment", "commitment"),
                                          nicaragua))} == {"AGREE"}
    assert {c for c, _, _ in triples(code(rows("laid", "lay", True, "arms", "arm"), nicaragua))} == {"RETREAT"}


def test_recognising_a_partys_right_supports_it() -> None:
    # "The PLO recognised Israel's right to exist." (verbs.jsonl: "right" among what is recognised)
    rows = [("Tunis", 1, "nsubj", "PROPN", "NNP"), ("recognised", 1, "ROOT", "VERB", "VBD", "recognise"),
            ("Israel", 4, "poss", "PROPN", "NNP"), ("'s", 2, "case", "PART", "POS"),
            ("right", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(code(rows, [(0, 1, "tunisia", "Country"), (2, 3, "israel", "Country")])) == \
        {("SUPPORT", "tunisia", "israel")}


def test_a_clause_joined_to_a_verdict_with_its_own_subject_is_read_for_itself() -> None:
    # "Peru said the tariffs were unfair, but Chile would impose sanctions on Japan." (reported._code_reported_clause)
    rows = [("Peru", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT"), ("tariffs", 4, "nsubj", "NOUN", "NNS", "tariff"),
            ("were", 1, "ccomp", "AUX", "VBD", "be"), ("unfair", 4, "acomp", "ADJ", "JJ"), (",", 4, "punct", P, ","),
            ("but", 4, "cc", "CCONJ", "CC"), ("Chile", 10, "nsubj", "PROPN", "NNP"), ("would", 10, "aux", "AUX", "MD"),
            ("impose", 4, "conj", "VERB", "VB"), ("sanctions", 10, "dobj", "NOUN", "NNS", "sanction"),
            ("on", 10, "prep", "ADP", "IN"), ("Japan", 12, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    events = code(rows, [(0, 1, "peru", "Country"), (8, 9, "chile", "Country"), (13, 14, "japan", "Country")])
    assert ("THREATEN", "chile", "japan") in triples(events)


def test_what_talks_are_about_is_their_topic_not_an_act() -> None:
    # "Iran held talks with Iraq on releasing prisoners." (modes: the topic of talks), the parser hanging "on" on
    # the verb; "Iran released prisoners" stays a retreat
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"), ("with", 2, "prep", "ADP", "IN"),
            ("Iraq", 3, "pobj", "PROPN", "NNP"), ("on", 1, "prep", "ADP", "IN"),
            ("releasing", 5, "pcomp", "VERB", "VBG", "release"), ("prisoners", 6, "dobj", "NOUN", "NNS", "prisoner"),
            (".", 1, "punct", P, ".")]
    countries = [(0, 1, "iran", "Country"), (4, 5, "iraq", "Country")]
    assert {c for c, _, _ in triples(code(rows, countries))} == {"CONSULT"}


def test_agreeing_to_limit_ones_own_exports_is_an_agreement() -> None:
    # "Zaire agreed to limit its exports." (composition._own_supply): restraint agreed, no sanction on anyone
    def rows(owner: str, tag: str, pos: str) -> list:
        return [("Zaire", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
                ("to", 3, "aux", "PART", "TO"), ("limit", 1, "xcomp", "VERB", "VB"),
                (owner, 5, "poss", pos, tag), ("exports", 3, "dobj", "NOUN", "NNS", "export"),
                ("to", 3, "prep", "ADP", "IN"), ("Belgium", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
    countries = [(0, 1, "zaire", "Country"), (7, 8, "belgium", "Country")]
    assert triples(code(rows("its", "PRP$", "PRON"), countries)) == {("AGREE", "zaire", "belgium")}
    # "agreed to limit Rwanda's exports to Belgium": a measure against Rwanda's trade, not Zaire's own
    assert "AGREE" not in {c for c, _, _ in triples(code(rows("Rwanda", "NNP", "PROPN"), countries))}



def _not_following(emulating: str, lemma: str, negation: list) -> list:
    # "Peru would not follow Brazil's example of suspending payments on debt." as the parser heads it
    n = len(negation)
    return [("Peru", 1 + n, "nsubj", "PROPN", "NNP"), *[(w, 1 + n, d, p, t) for w, d, p, t in negation],
            (emulating, 1 + n, "ROOT", "VERB", "VB", lemma), ("Brazil", 4 + n, "poss", "PROPN", "NNP"),
            ("'s", 2 + n, "case", "PART", "POS"), ("example", 1 + n, "dobj", "NOUN", "NN"),
            ("of", 4 + n, "prep", "ADP", "IN"), ("suspending", 5 + n, "pcomp", "VERB", "VBG", "suspend"),
            ("payments", 6 + n, "dobj", "NOUN", "NNS", "payment"), ("on", 7 + n, "prep", "ADP", "IN"),
            ("debt", 8 + n, "pobj", "NOUN", "NN"), (".", 1 + n, "punct", P, ".")]


def test_following_anothers_example_of_an_act_and_saying_one_will_not() -> None:
    # commitments._acts_named ("example of V-ing"); intents._promising ("would not": a threat denied)
    would_not = [("would", "aux", "AUX", "MD"), ("not", "neg", "PART", "RB")]
    events = code(_not_following("follow", "follow", would_not), [(0, 1, "peru", "Country"),
                                                                   (4, 5, "brazil", "Country")])
    assert {(e.category, e.actor, e.mode) for e in events} == {("THREATEN", "peru", Mode.NEGATED)}
    # "did not follow": no promise, the halt itself denied
    did_not = [("did", "aux", "AUX", "VBD"), ("not", "neg", "PART", "RB")]
    events = code(_not_following("follow", "follow", did_not), [(0, 1, "peru", "Country"),
                                                                 (4, 5, "brazil", "Country")])
    assert {(e.category, e.actor, e.mode) for e in events} == {("SANCTION", "peru", Mode.NEGATED)}


def test_an_intent_of_an_act_done_to_a_party_needs_that_party() -> None:
    # "Japan decided to promote liberalisation." (coding._intended_needs_recipient): "promote" needs a party, so
    # its intent with no party named is a domestic policy, no promise to anyone, as "promoted liberalisation" is
    # no support of anyone
    def rows(extra: list) -> list:
        return [("Japan", 1, "nsubj", "PROPN", "NNP"), ("decided", 1, "ROOT", "VERB", "VBD", "decide"),
                ("to", 3, "aux", "PART", "TO"), ("promote", 1, "xcomp", "VERB", "VB"), *extra,
                (".", 1, "punct", P, ".")]
    assert code(rows([("liberalisation", 3, "dobj", "NOUN", "NN")]), [(0, 1, "japan", "Country")]) == []
    # "decided to promote trade with China": a promise to China (AGREE)
    trade = [("trade", 3, "dobj", "NOUN", "NN"), ("with", 3, "prep", "ADP", "IN"), ("China", 5, "pobj", "PROPN", "NNP")]
    assert triples(code(rows(trade), [(0, 1, "japan", "Country"), (6, 7, "china", "Country")])) == \
        {("AGREE", "japan", "china")}


def test_what_one_thinks_another_would_do_is_a_guess_not_its_promise() -> None:
    # "Japan thinks China would give up." (modes: 'would' under a verb of belief): a guess about China's act,
    # hypothetical, and with no party to give up to, not kept; "Japan says China would give up" reports it
    def rows(verb: str, lemma: str) -> list:
        return rows_of(f"Japan/1/nsubj/NNP {verb}/1/ROOT/VBZ/{lemma} China/4/nsubj/NNP would/4/aux/MD "
                       "give/1/ccomp/VB up/4/prt/RP ./1/punct/.")
    countries = [(0, 1, "japan", "Country"), (2, 3, "china", "Country")]
    assert code(rows("thinks", "think"), countries) == []
    assert ("CONCEDE", "china", None) in triples(code(rows("says", "say"), countries))


def test_preparing_an_offensive_intends_it_and_asks_no_one() -> None:
    # "Iraq is planning an offensive against Iran." (composition._intend, words._TRYING_VERBS): force readied is a
    # threat (PLOVER.md: future material conflict), not a request
    rows = rows_of("Iraq/2/nsubj/NNP is/2/aux/VBZ=AUX/be planning/2/ROOT/VBG/plan an/4/det/DT "
                   "offensive/2/dobj/NN against/4/prep/IN Iran/5/pobj/NNP ./2/punct/.")
    events = code(rows, [(0, 1, "iraq", "Country"), (6, 7, "iran", "Country")])
    assert triples(events) == {("THREATEN", "iraq", "iran")}
