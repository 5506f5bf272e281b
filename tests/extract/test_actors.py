"""Who can be an actor: bodies named in apposition, bodies named after a person, people described by a
participle, and bodies placed in a city the dictionaries code by its country. Hand-built parses."""

from __future__ import annotations

from datetime import date

from newsgraph.extract.linking import EntityInfo
from tests.extract.parses import coder, parse, triples


def _with_codes(doc, key: str, *codes: str):  # type: ignore[no-untyped-def]
    info = doc._.entities[key]
    doc._.entities[key] = EntityInfo(info.key, info.label, info.type, tuple(("cameo", c) for c in codes))
    return doc


def test_a_word_for_a_body_with_the_bodys_name_in_apposition_is_that_body() -> None:
    # "The unit, Contraves, rejected the charges."
    rows = [("The", 1, "det", "DET", "DT"), ("unit", 5, "nsubj", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
            ("Contraves", 1, "appos", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
            ("rejected", 5, "ROOT", "VERB", "VBD", "reject"), ("the", 7, "det", "DET", "DT"),
            ("charges", 5, "dobj", "NOUN", "NNS", "charge"), (".", 5, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(3, 4, "contraves", "Organization")]))]
    assert ("REJECT", "contraves", None) in triples(events)


def _administration(name: str, key: str, noun: str, *codes: str):  # type: ignore[no-untyped-def]
    # "The Reagan administration imposed sanctions on Libya."
    rows = [("The", 2, "det", "DET", "DT"), (name, 2, "compound", "PROPN", "NNP"),
            (noun, 3, "nsubj", "NOUN", "NN"), ("imposed", 3, "ROOT", "VERB", "VBD", "impose"),
            ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"), ("on", 3, "prep", "ADP", "IN"),
            ("Libya", 5, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    doc = _with_codes(parse(rows, [(1, 2, key, "Person"), (6, 7, "libya", "Country")], date(1987, 3, 2)),
                      key, *codes)
    return doc, triples([e for e, _ in coder().code(doc)])


def test_a_body_named_after_a_person_is_the_body_of_the_persons_country_not_the_person() -> None:
    doc, found = _administration("Reagan", "ronald-reagan", "administration", "USAGOV")
    assert ("SANCTION", "united-states", "libya") in found
    assert doc._.entities["united-states"].label == "United States"  # the country is a node of the article
    # "the Tower commission" of a Tower the article does not place: not the man Tower
    _, found = _administration("Tower", "tower", "commission")
    assert not any(actor == "tower" for _, actor, _ in found)


def test_a_title_beside_a_name_is_still_the_person() -> None:
    # "The ambassador Galuzin criticised Japan."
    rows = [("The", 2, "det", "DET", "DT"), ("ambassador", 2, "compound", "NOUN", "NN"),
            ("Galuzin", 3, "nsubj", "PROPN", "NNP"), ("criticised", 3, "ROOT", "VERB", "VBD", "criticise"),
            ("Japan", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(2, 3, "mikhail-galuzin", "Person"),
                                                       (4, 5, "japan", "Country")]))]
    assert ("ACCUSE", "mikhail-galuzin", "japan") in triples(events)


def test_people_described_by_a_participle_are_not_whoever_described_them() -> None:
    # "The two, described by Iran as spies, refused to testify." — the two refuse, not Iran
    rows = [("The", 1, "det", "DET", "DT"), ("two", 9, "nsubj", "NUM", "CD"), (",", 1, "punct", "PUNCT", ","),
            ("described", 1, "acl", "VERB", "VBN", "describe"), ("by", 3, "agent", "ADP", "IN"),
            ("Iran", 4, "pobj", "PROPN", "NNP"), ("as", 3, "prep", "ADP", "IN"),
            ("spies", 6, "pobj", "NOUN", "NNS", "spy"), (",", 1, "punct", "PUNCT", ","),
            ("refused", 9, "ROOT", "VERB", "VBD", "refuse"), ("to", 11, "aux", "PART", "TO"),
            ("testify", 9, "xcomp", "VERB", "VB"), (".", 9, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(5, 6, "iran", "Country")]))]
    assert not any(e.actor == "iran" for e in events)


def test_a_body_in_a_city_the_dictionaries_code_is_that_countrys() -> None:
    # "Police in Providence arrested Smith."
    rows = [("Police", 3, "nsubj", "NOUN", "NNS", "police"), ("in", 0, "prep", "ADP", "IN"),
            ("Providence", 1, "pobj", "PROPN", "NNP"), ("arrested", 3, "ROOT", "VERB", "VBD", "arrest"),
            ("Smith", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")]
    doc = _with_codes(parse(rows, [(2, 3, "providence", "Place"), (4, 5, "john-smith", "Person")]),
                      "providence", "USA")
    events = [e for e, _ in coder().code(doc)]
    assert ("COERCE", "united-states", "john-smith") in triples(events)
    assert next(e for e in events if e.category == "COERCE").actor_sector == "police"


def test_a_word_for_a_body_after_the_bodys_name_is_that_body() -> None:
    # "Tanzania's ruling CCM party endorsed the programme." — the party, whatever its name's words
    rows = [("Tanzania", 3, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
            ("ruling", 4, "amod", "VERB", "VBG"), ("CCM", 4, "compound", "PROPN", "NNP"),
            ("party", 5, "nsubj", "NOUN", "NN"), ("endorsed", 5, "ROOT", "VERB", "VBD", "endorse"),
            ("the", 7, "det", "DET", "DT"), ("programme", 5, "dobj", "NOUN", "NN"), (".", 5, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(0, 1, "tanzania", "Country"), (3, 4, "ccm", "Organization")]))]
    assert {e.actor for e in events} == {"ccm"}


def test_a_body_named_by_its_city_is_that_countrys() -> None:
    # "The Manhattan federal court sentenced Smith."
    rows = [("The", 3, "det", "DET", "DT"), ("Manhattan", 3, "compound", "PROPN", "NNP"),
            ("federal", 3, "amod", "ADJ", "JJ"), ("court", 4, "nsubj", "NOUN", "NN"),
            ("sentenced", 4, "ROOT", "VERB", "VBD", "sentence"), ("Smith", 4, "dobj", "PROPN", "NNP"),
            (".", 4, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(1, 2, "manhattan", "Place"), (5, 6, "john-smith", "Person")]))]
    assert {(e.actor, e.actor_sector) for e in events} == {("united-states", "judiciary")}


def test_his_body_is_the_body_he_speaks_for() -> None:
    # "A MITI spokesman said his ministry asked chipmakers to act."
    rows = [("A", 2, "det", "DET", "DT"), ("MITI", 2, "compound", "PROPN", "NNP"),
            ("spokesman", 3, "nsubj", "NOUN", "NN"), ("said", 3, "ROOT", "VERB", "VBD", "say"),
            ("his", 5, "poss", "PRON", "PRP$"), ("ministry", 6, "nsubj", "NOUN", "NN"),
            ("asked", 3, "ccomp", "VERB", "VBD", "ask"), ("chipmakers", 6, "dobj", "NOUN", "NNS", "chipmaker"),
            ("to", 9, "aux", "PART", "TO"), ("act", 6, "xcomp", "VERB", "VB"), (".", 3, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(1, 2, "miti", "Organization")]))]
    assert [(e.category, e.actor) for e in events] == [("REQUEST", "miti")]


def _groups_condemned(*modifiers: tuple[str, str]) -> list[tuple[str | None, str | None]]:
    # "<modifiers> groups condemned Iran."
    n = len(modifiers)
    rows = [(word, n, dep, "NOUN" if dep == "compound" else "ADJ", "NN" if dep == "compound" else "JJ")
            for word, dep in modifiers]
    rows += [("groups", n + 1, "nsubj", "NOUN", "NNS", "group"), ("condemned", n + 1, "ROOT", "VERB", "VBD", "condemn"),
             ("Iran", n + 1, "dobj", "PROPN", "NNP"), (".", n + 1, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(n + 2, n + 3, "iran", "Country")]))]
    return [(e.category, e.actor_sector) for e in events]


def test_groups_take_the_sector_of_their_kind() -> None:
    assert _groups_condemned(("rights", "compound")) == [("ACCUSE", "human rights")]  # a Phoenix agent phrase
    assert _groups_condemned(("pressure", "compound")) == [("ACCUSE", "ngos")]  # the project's phrase
    assert _groups_condemned(("environmental", "amod")) == [("ACCUSE", "environment")]  # an adjective
    assert _groups_condemned(("opposition", "compound")) == [("ACCUSE", "opposition")]  # a sector word
    assert _groups_condemned(("big", "amod")) == []  # "big groups" are of no kind: no actor


def test_politicians_belong_to_the_group_their_modifier_names() -> None:
    # "Opposition politicians criticised Iran."
    rows = [("Opposition", 1, "compound", "NOUN", "NN"), ("politicians", 2, "nsubj", "NOUN", "NNS", "politician"),
            ("criticised", 2, "ROOT", "VERB", "VBD", "criticise"), ("Iran", 2, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(3, 4, "iran", "Country")]))]
    assert [(e.category, e.actor_sector, e.recipient) for e in events] == [("ACCUSE", "opposition", "iran")]


def test_fighters_of_a_named_armed_group_are_that_group() -> None:
    # "Taleban fighters attacked a police post." (the parser reads the group's name as an adjective)
    rows = [("Taleban", 1, "amod", "ADJ", "JJ"), ("fighters", 2, "nsubj", "NOUN", "NNS", "fighter"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"), ("a", 5, "det", "DET", "DT"),
            ("police", 5, "compound", "NOUN", "NN"), ("post", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", ".")]
    events = [e for e, _ in coder().code(parse(rows, [(0, 1, "taliban", "Organization")]))]
    assert [(e.category, e.actor) for e in events] == [("ASSAULT", "taliban")]


def _officials_at(place_rows, entities):  # type: ignore[no-untyped-def]
    # "Officials at the <place> protested."
    verb = 2 + len(place_rows)
    rows = [("Officials", verb, "nsubj", "NOUN", "NNS", "official"), ("at", 0, "prep", "ADP", "IN"), *place_rows]
    rows += [("protested", verb, "ROOT", "VERB", "VBD", "protest"), (".", verb, "punct", "PUNCT", ".")]
    return triples([e for e, _ in coder().code(parse(rows, entities))])


def test_a_group_word_at_a_body_is_that_bodys_countrys() -> None:
    # "Officials at the American embassy protested." — the embassy's country, sector of the group word; a
    # state's officials who protest do so as diplomats (ACCUSE, PLOVER.md), not in the street
    found = _officials_at([("the", 4, "det", "DET", "DT"), ("American", 4, "amod", "ADJ", "JJ"),
                           ("embassy", 1, "pobj", "NOUN", "NN")], [(3, 4, "united-states", "Country")])
    assert ("ACCUSE", "united-states", None) in found


def test_a_group_word_at_a_gathering_is_not_the_gatherings_place() -> None:
    # "Officials at the Geneva talks protested." — where they were, not whose officials they are
    found = _officials_at([("the", 4, "det", "DET", "DT"), ("Geneva", 4, "compound", "PROPN", "NNP"),
                           ("talks", 1, "pobj", "NOUN", "NNS", "talk")], [(3, 4, "switzerland", "Country")])
    assert not any(actor == "switzerland" for category, actor, _ in found if category in ("PROTEST", "ACCUSE"))
