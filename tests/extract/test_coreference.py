"""Whom pronouns stand for (``extract/events/coreference.py``), each rule on a hand-built parse, so that deleting
the rule fails its test: "we" in a quotation, "some of" a group, a name the NER typed against its pronoun, a
pronoun before the name it stands for, a relative clause the parser hung elsewhere, "his country" by the title
beside the name, and a pronoun that opens a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, rows_of, triples


def code_with(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]],
              origins: dict[str, str] | None = None) -> list[Event]:
    """The events of a hand-built parse whose entities the dictionaries know (``origins``) or not."""
    doc = parse(rows, entities)
    for key, origin in (origins or {}).items():
        doc._.entities[key].origin = origin
    return [event for event, _ in coder().code(doc)]


# -- first persons in a quotation ----------------------------------------------------------------------------

QUOTED_WE = [('"', 3, "punct", "PUNCT", "``"), ("We", 2, "nsubj", "PRON", "PRP"),
             ("attacked", 7, "ccomp", "VERB", "VBD", "attack"), ("Kuwait", 2, "dobj", "PROPN", "NNP"),
             (",", 7, "punct", "PUNCT", ","), ('"', 7, "punct", "PUNCT", "''"),
             ("Iraq", 7, "nsubj", "PROPN", "NNP"), ("said", 7, "ROOT", "VERB", "VBD", "say"),
             (".", 7, "punct", "PUNCT", ".")]


def test_we_inside_a_quotation_is_whom_it_is_attributed_to() -> None:
    # '"We attacked Kuwait," Iraq said.'
    events = code_with(QUOTED_WE, [(3, 4, "kuwait", "Country"), (6, 7, "iraq", "Country")])
    assert ("ASSAULT", "iraq", "kuwait") in triples(events)


def test_we_outside_a_quotation_stands_for_no_one() -> None:
    # 'We attacked Kuwait, Iraq said.' — with no marks, "we" may be the writer's: no actor
    rows = [r for r in QUOTED_WE if r[0] != '"']
    rows = [(w, {2: 1, 7: 5}.get(h, h), *rest) for w, h, *rest in rows]  # type: ignore[misc]
    events = code_with(rows, [(2, 3, "kuwait", "Country"), (4, 5, "iraq", "Country")])
    assert not [e for e in events if e.category == "ASSAULT" and e.actor == "iraq"]


def test_we_is_left_alone_when_the_speaker_is_only_a_pronoun() -> None:
    # 'Hussein spoke. "We attacked Kuwait," he said.' — "he" may be Hussein, but "we" through him is a second guess
    first = [("Hussein", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
             (".", 1, "punct", "PUNCT", ".")]
    quoted = [(w if i != 6 else "he", h + 3, d, "PRON" if i == 6 else p, "PRP" if i == 6 else t, *rest)
              for i, (w, h, d, p, t, *rest) in enumerate(QUOTED_WE)]
    events = code_with([*first, *quoted], [(0, 1, "saddam-hussein", "Person"), (6, 7, "kuwait", "Country")])
    assert not [e for e in events if e.category == "ASSAULT" and e.actor is not None]


def test_i_in_a_quotation_is_left_alone() -> None:
    # '"I attacked Kuwait," Iraq said.' — a first person singular is an opinion's, not a body's act
    rows = [("I", *r[1:]) if r[0] == "We" else r for r in QUOTED_WE]
    events = code_with(rows, [(3, 4, "kuwait", "Country"), (6, 7, "iraq", "Country")])
    assert not [e for e in events if e.category == "ASSAULT" and e.actor == "iraq"]


def test_a_threat_on_what_the_threatener_finds_is_aimed_at_whom_it_finds_about() -> None:
    # 'Iraq said: "If we find that Iran refuses, we will attack."' — the condition is about Iran, not Iraq
    rows = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            (":", 1, "punct", "PUNCT", ":"), ('"', 13, "punct", "PUNCT", "``"), ("If", 6, "mark", "SCONJ", "IN"),
            ("we", 6, "nsubj", "PRON", "PRP"), ("find", 13, "advcl", "VERB", "VBP"),
            ("that", 9, "mark", "SCONJ", "IN"), ("Iran", 9, "nsubj", "PROPN", "NNP"),
            ("refuses", 6, "ccomp", "VERB", "VBZ", "refuse"), (",", 13, "punct", "PUNCT", ","),
            ("we", 13, "nsubj", "PRON", "PRP"), ("will", 13, "aux", "AUX", "MD"),
            ("attack", 1, "ccomp", "VERB", "VB"), (".", 13, "punct", "PUNCT", "."), ('"', 13, "punct", "PUNCT", "''")]
    events = code_with(rows, [(0, 1, "iraq", "Country"), (8, 9, "iran", "Country")])
    assert ("THREATEN", "iraq", "iran") in triples(events)


# -- a name the statistical NER typed against its pronoun ------------------------------------------------------

SAID_HE_MET = [("Funaro", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
               ("he", 3, "nsubj", "PRON", "PRP"), ("met", 1, "ccomp", "VERB", "VBD", "meet"),
               ("Reagan", 3, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]


def test_a_lone_name_the_ner_made_a_company_is_a_person_to_his_pronoun() -> None:
    # "Funaro said he met Reagan." with "Funaro" read as an organisation by the NER alone
    events = code_with(SAID_HE_MET, [(0, 1, "funaro", "Organization"), (4, 5, "ronald-reagan", "Person")])
    assert ("CONSULT", "funaro", "ronald-reagan") in triples(events)


def test_a_body_the_dictionaries_know_is_never_he() -> None:
    # the same parse with a body the dictionaries name: "he" is someone else
    events = code_with(SAID_HE_MET, [(0, 1, "funaro", "Organization"), (4, 5, "ronald-reagan", "Person")],
                       origins={"funaro": "organizations.jsonl:1"})
    assert not [e for e in events if e.actor == "funaro"]


# -- a pronoun before the name it stands for -----------------------------------------------------------------

def test_a_pronoun_in_a_clause_put_first_is_the_main_clause_subject() -> None:
    # "When it invaded Kuwait, Iraq said it was provoked."
    rows = [("When", 2, "advmod", "SCONJ", "WRB"), ("it", 2, "nsubj", "PRON", "PRP"),
            ("invaded", 6, "advcl", "VERB", "VBD", "invade"), ("Kuwait", 2, "dobj", "PROPN", "NNP"),
            (",", 6, "punct", "PUNCT", ","), ("Iraq", 6, "nsubj", "PROPN", "NNP"),
            ("said", 6, "ROOT", "VERB", "VBD", "say"), ("it", 9, "nsubjpass", "PRON", "PRP"),
            ("was", 9, "auxpass", "AUX", "VBD", "be"), ("provoked", 6, "ccomp", "VERB", "VBN", "provoke"),
            (".", 6, "punct", "PUNCT", ".")]
    events = code_with(rows, [(3, 4, "kuwait", "Country"), (5, 6, "iraq", "Country")])
    assert ("ASSAULT", "iraq", "kuwait") in triples(events)


# -- a relative clause the parser hung on a verb ---------------------------------------------------------------

def test_a_relative_clause_after_a_comma_describes_the_noun_before_it() -> None:
    # "Talks were slowed by Congress, a number of whom urged Japan ." — the parser made "urged" a clause of
    # "slowed", not of "Congress"
    rows = [("Talks", 2, "nsubjpass", "NOUN", "NNS", "talk"), ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("slowed", 2, "ROOT", "VERB", "VBN", "slow"), ("by", 2, "agent", "ADP", "IN"),
            ("Congress", 3, "pobj", "PROPN", "NNP"), (",", 10, "punct", "PUNCT", ","),
            ("a", 7, "det", "DET", "DT"), ("number", 10, "nsubj", "NOUN", "NN"), ("of", 7, "prep", "ADP", "IN"),
            ("whom", 8, "pobj", "PRON", "WP"), ("urged", 2, "advcl", "VERB", "VBD", "urge"),
            ("Japan", 10, "dobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")]
    events = code_with(rows, [(4, 5, "us-congress", "Organization"), (11, 12, "japan", "Country")])
    assert ("REQUEST", "us-congress", "japan") in triples(events)


# -- "his country" by the title beside the name ----------------------------------------------------------------

def test_his_country_is_the_country_of_the_title_beside_the_name() -> None:
    # "Iran's minister Velayati said his country attacked Iraq." — no relation says whose minister he is
    rows = [("Iran", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
            ("minister", 3, "compound", "NOUN", "NN"), ("Velayati", 4, "nsubj", "PROPN", "NNP"),
            ("said", 4, "ROOT", "VERB", "VBD", "say"), ("his", 6, "poss", "PRON", "PRP$"),
            ("country", 7, "nsubj", "NOUN", "NN"), ("attacked", 4, "ccomp", "VERB", "VBD", "attack"),
            ("Iraq", 7, "dobj", "PROPN", "NNP"), (".", 4, "punct", "PUNCT", ".")]
    events = code_with(rows, [(0, 1, "iran", "Country"), (3, 4, "ali-akbar-velayati", "Person"),
                              (8, 9, "iraq", "Country")])
    assert ("ASSAULT", "iran", "iraq") in triples(events)


# -- a pronoun that opens a sentence ---------------------------------------------------------------------------

def _two_sentences(reporter: str, kind: str) -> list[Event]:
    # "Shevardnadze arrived in Kabul, <reporter> said. He met Najibullah."
    rows = [("Shevardnadze", 1, "nsubj", "PROPN", "NNP"), ("arrived", 6, "ccomp", "VERB", "VBD", "arrive"),
            ("in", 1, "prep", "ADP", "IN"), ("Kabul", 2, "pobj", "PROPN", "NNP"), (",", 6, "punct", "PUNCT", ","),
            (reporter, 6, "nsubj", "PROPN", "NNP"), ("said", 6, "ROOT", "VERB", "VBD", "say"),
            (".", 6, "punct", "PUNCT", "."),
            ("He", 9, "nsubj", "PRON", "PRP"), ("met", 9, "ROOT", "VERB", "VBD", "meet"),
            ("Najibullah", 9, "dobj", "PROPN", "NNP"), (".", 9, "punct", "PUNCT", ".")]
    return code_with(rows, [(0, 1, "eduard-shevardnadze", "Person"), (3, 4, "kabul", "Place"),
                            (5, 6, reporter.lower(), kind), (10, 11, "najibullah", "Person")])


def test_a_pronoun_opening_a_sentence_is_the_one_fitting_subject_of_the_reported_clause_before() -> None:
    assert ("CONSULT", "eduard-shevardnadze", "najibullah") in triples(_two_sentences("Tass", "Organization"))


def test_two_fitting_subjects_before_leave_the_pronoun_unresolved() -> None:
    # "..., Gerasimov said. He met Najibullah.": the one who arrived or the one who said — no one is guessed
    assert not [e for e in _two_sentences("Gerasimov", "Person") if e.category == "CONSULT"]


# -- a part of a group -------------------------------------------------------------------------------------------

def test_some_of_a_group_is_the_group() -> None:
    # "Some of the OPEC ministers urged Saudi Arabia ." — "some", tagged a pronoun, is a part of the ministers
    rows = [("Some", 5, "nsubj", "PRON", "DT"), ("of", 0, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"),
            ("OPEC", 4, "compound", "PROPN", "NNP"), ("ministers", 1, "pobj", "NOUN", "NNS", "minister"),
            ("urged", 5, "ROOT", "VERB", "VBD", "urge"), ("Saudi", 7, "compound", "PROPN", "NNP"),
            ("Arabia", 5, "dobj", "PROPN", "NNP"), (".", 5, "punct", "PUNCT", ".")]
    events = code_with(rows, [(3, 4, "opec", "Organization"), (6, 8, "saudi-arabia", "Country")])
    assert ("REQUEST", "opec", "saudi-arabia") in triples(events)


# -- "it" of the one that speaks --------------------------------------------------------------------------------

def test_it_said_by_an_unnamed_body_is_that_body_not_a_party_named_before() -> None:
    # "Japan waited, and the bloc said it would attack China." / "..., and Russia said it would attack China."
    rows = rows_of("Japan/1/nsubj/NNP waited/1/ROOT/VBD/wait ,/1/punct/, and/1/cc/CC the/5/det/DT "
                   "bloc/6/nsubj/NNP said/1/conj/VBD/say it/9/nsubj/PRP would/9/aux/MD attack/6/ccomp/VB "
                   "China/9/dobj/NNP ./1/punct/.")
    parties = [(0, 1, "japan", "Country"), (10, 11, "china", "Country")]
    assert not [e for e in code_with(rows, parties) if e.actor == "japan"]
    russia = [*rows[:4], ("Russia", 6, "nsubj", "PROPN", "NNP"), *rows[5:]]
    assert ("THREATEN", "russia", "china") in triples(
        code_with(russia, [*parties, (4, 5, "russia", "Country")]))
