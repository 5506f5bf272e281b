"""Political news in shapes wire copy writes them, each rule on a hand-built parse: a place in what talks are
about is no party to them; a state is the party of its rebels' acts; what is "alleged" is no fact; voting in an
election is the election. No statistical model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code, rows_of, triples


def test_a_place_in_the_topic_of_talks_is_no_party() -> None:
    # "Egypt's foreign minister visited Khartoum for talks on the Nile dam dispute."
    rows = rows_of("Egypt/3/poss/NNP 's/0/case/POS foreign/3/amod/JJ minister/4/nsubj/NN visited/4/ROOT/VBD/visit "
                   "Khartoum/4/dobj/NNP for/4/prep/IN talks/6/pobj/NNS/talk on/7/prep/IN the/12/det/DT "
                   "Nile/12/compound/NNP dam/12/compound/NN dispute/8/pobj/NN ./4/punct/.")
    events = code(rows, [(0, 1, "egypt", "Country"), (5, 6, "sudan", "Country"), (10, 11, "nile", "Place")])
    assert triples(events) == {("CONSULT", "egypt", "sudan")}


def test_a_country_in_the_topic_of_a_summit_stays_its_recipient() -> None:
    # "Obama attended a summit on Iran." (PETRARCH codes the country a summit is about as its target)
    rows = rows_of("Obama/1/nsubj/NNP attended/1/ROOT/VBD/attend a/3/det/DT summit/1/dobj/NN on/3/prep/IN "
                   "Iran/4/pobj/NNP ./1/punct/.")
    events = code(rows, [(0, 1, "barack-obama", "Person"), (5, 6, "iran", "Country")])
    assert ("CONSULT", "barack-obama", "iran") in triples(events)


def test_rebels_deal_with_the_government_of_their_own_country() -> None:
    # "The Moro Islamic Liberation Front signed a peace deal with the Philippine government."
    rows = rows_of("The/4/det/DT Moro/4/compound/NNP Islamic/4/compound/NNP Liberation/4/compound/NNP "
                   "Front/5/nsubj/NNP signed/5/ROOT/VBD/sign a/8/det/DT peace/8/compound/NN deal/5/dobj/NN "
                   "with/8/prep/IN the/12/det/DT Philippine/12/amod/JJ government/9/pobj/NN ./5/punct/.")
    events = code(rows, [(1, 5, "moro-islamic-liberation-front", "Organization"), (11, 12, "philippines", "Country")])
    assert ("SUPPORT", "moro-islamic-liberation-front", "philippines") in triples(events)


def test_an_officials_own_country_is_still_no_recipient() -> None:
    # "Philippine officials signed a peace deal with the Philippine government." — the rule above is for rebels only
    rows = rows_of("Philippine/1/amod/JJ officials/2/nsubj/NNS/official signed/2/ROOT/VBD/sign a/5/det/DT "
                   "peace/5/compound/NN deal/2/dobj/NN with/5/prep/IN the/9/det/DT Philippine/9/amod/JJ "
                   "government/6/pobj/NN ./2/punct/.")
    events = code(rows, [(0, 1, "philippines", "Country"), (8, 9, "philippines", "Country")])
    assert not any(e.recipient == "philippines" for e in events)


def _embargo_over_support(alleged: bool) -> list[str]:
    # "The Council imposed an embargo on Eritrea over its (alleged) support for Somali insurgents."
    words = ("The/1/det/DT Council/2/nsubj/NNP imposed/2/ROOT/VBD/impose an/4/det/DT embargo/2/dobj/NN "
             "on/2/prep/IN Eritrea/5/pobj/NNP over/2/prep/IN its/{s}/poss/PRP$ {a}support/7/pobj/NN for/{s}/prep/IN "
             "Somali/{i}/amod/JJ insurgents/{f}/pobj/NNS/insurgent ./2/punct/.")
    s = 10 if alleged else 9
    rows = rows_of(words.format(s=s, a="alleged/10/amod/JJ " if alleged else "", i=s + 3, f=s + 1))
    somali = s + 2
    events = code(rows, [(1, 2, "un-security-council", "Organization"), (6, 7, "eritrea", "Country"),
                         (somali, somali + 1, "somalia", "Country")])
    return sorted(e.category for e in events)


def test_what_is_alleged_is_no_fact() -> None:
    assert _embargo_over_support(alleged=False) == ["SANCTION", "SUPPORT"]
    assert _embargo_over_support(alleged=True) == ["SANCTION"]


def test_voting_in_an_election_is_no_agreement() -> None:
    # "Sri Lankans voted in a presidential election."
    rows = rows_of("Sri/1/compound/NNP Lankans/2/nsubj/NNPS/lankan voted/2/ROOT/VBD/vote in/2/prep/IN a/6/det/DT "
                   "presidential/6/amod/JJ election/3/pobj/NN ./2/punct/.")
    assert not code(rows, [(0, 2, "sri-lanka", "Country")])
    # a body acting by its vote still acts: "Japan voted to impose sanctions on Iran."
    rows = rows_of("Japan/1/nsubj/NNP voted/1/ROOT/VBD/vote to/3/aux/TO impose/1/xcomp/VB/impose "
                   "sanctions/3/dobj/NNS/sanction on/3/prep/IN Iran/5/pobj/NNP ./1/punct/.")
    assert ("SANCTION", "japan", "iran") in triples(code(rows, [(0, 1, "japan", "Country"), (6, 7, "iran", "Country")]))


def test_supporters_stand_for_the_party_they_support() -> None:
    # "An Egyptian court sentenced 529 supporters of the Muslim Brotherhood."
    rows = rows_of("An/2/det/DT Egyptian/2/amod/JJ court/3/nsubj/NN sentenced/3/ROOT/VBD/sentence 529/5/nummod/CD "
                   "supporters/3/dobj/NNS/supporter of/5/prep/IN the/9/det/DT Muslim/9/compound/NNP "
                   "Brotherhood/6/pobj/NNP ./3/punct/.")
    events = code(rows, [(1, 2, "egypt", "Country"), (8, 10, "muslim-brotherhood", "Organization")])
    assert ("COERCE", "egypt", "muslim-brotherhood") in triples(events)


def test_a_ship_is_its_owners_or_its_flags() -> None:
    # "Somali pirates seized a Greek - owned tanker." / "Iran seized a British - flagged tanker."
    owned = rows_of("Somali/1/amod/JJ pirates/2/nsubj/NNS/pirate seized/2/ROOT/VBD/seize a/7/det/DT "
                    "Greek/6/npadvmod/NNP -/6/punct/HYPH owned/7/amod/VBN/own tanker/2/dobj/NN ./2/punct/.")
    events = code(owned, [(0, 1, "somalia", "Country"), (4, 5, "greece", "Country")])
    assert ("COERCE", "somalia", "greece") in triples(events)
    flagged = rows_of("Iran/1/nsubj/NNP seized/1/ROOT/VBD/seize a/6/det/DT British/5/amod/JJ -/5/punct/HYPH "
                      "flagged/6/amod/JJ/flagged tanker/1/dobj/NN ./1/punct/.")
    events = code(flagged, [(0, 1, "iran", "Country"), (3, 4, "united-kingdom", "Country")])
    assert ("COERCE", "iran", "united-kingdom") in triples(events)


def test_a_ship_made_in_a_country_is_not_that_countrys() -> None:
    # "Iran seized a Chinese - made tanker." — the maker is no party
    rows = rows_of("Iran/1/nsubj/NNP seized/1/ROOT/VBD/seize a/6/det/DT Chinese/5/npadvmod/NNP -/5/punct/HYPH "
                   "made/6/amod/VBN/make tanker/1/dobj/NN ./1/punct/.")
    events = code(rows, [(0, 1, "iran", "Country"), (3, 4, "china", "Country")])
    assert not any(e.recipient == "china" for e in events)


def test_a_refusal_to_allow_someone_is_aimed_at_them() -> None:
    # "Eritrea refused to allow UN peacekeepers to patrol the border." — the parser reads the peacekeepers as
    # the subject of "patrol"
    rows = rows_of("Eritrea/1/nsubj/NNP refused/1/ROOT/VBD/refuse to/3/aux/TO allow/1/xcomp/VB/allow "
                   "UN/5/compound/NNP peacekeepers/7/nsubj/NNS/peacekeeper to/7/aux/TO patrol/3/ccomp/VB/patrol "
                   "the/9/det/DT border/7/dobj/NN ./1/punct/.")
    events = code(rows, [(0, 1, "eritrea", "Country"), (4, 5, "united-nations", "Organization")])
    assert ("REJECT", "eritrea", "united-nations") in triples(events)


def test_what_is_sent_as_aid_is_aid() -> None:
    # "Japan sent 5,000 tons of rice to North Korea as aid." / the same shipment without "as aid" is trade
    words = ("Japan/1/nsubj/NNP sent/1/ROOT/VBD/send 5,000/3/nummod/CD tons/1/dobj/NNS/ton of/3/prep/IN "
             "rice/4/pobj/NN to/1/prep/IN Korea/6/pobj/NNP")
    entities = [(0, 1, "japan", "Country"), (7, 8, "north-korea", "Country")]
    aid = code(rows_of(words + " as/1/prep/IN aid/8/pobj/NN ./1/punct/."), entities)
    assert ("AID", "japan", "north-korea") in triples(aid)
    assert not any(e.category == "AID" for e in code(rows_of(words + " ./1/punct/."), entities))


def test_drills_around_a_country_are_aimed_at_it() -> None:
    # "China staged drills around Taiwan."
    rows = rows_of("China/1/nsubj/NNP staged/1/ROOT/VBD/stage drills/1/dobj/NNS/drill around/1/prep/IN "
                   "Taiwan/3/pobj/NNP ./1/punct/.")
    events = code(rows, [(0, 1, "china", "Country"), (4, 5, "taiwan", "Country")])
    assert ("MOBILIZE", "china", "taiwan") in triples(events)


def test_the_end_a_signed_agreement_brings_is_its_effect() -> None:
    # "Ethiopia signed an agreement with Eritrea , ending the war." — the signing is the act
    rows = rows_of("Ethiopia/1/nsubj/NNP signed/1/ROOT/VBD/sign an/3/det/DT agreement/1/dobj/NN with/3/prep/IN "
                   "Eritrea/4/pobj/NNP ,/1/punct/, ending/1/advcl/VBG/end the/9/det/DT war/7/dobj/NN ./1/punct/.")
    events = code(rows, [(0, 1, "ethiopia", "Country"), (5, 6, "eritrea", "Country")])
    assert [e.category for e in events] == ["SUPPORT"]
    # a war ended by itself is still a concession: "Ethiopia ended the war."
    rows = rows_of("Ethiopia/1/nsubj/NNP ended/1/ROOT/VBD/end the/3/det/DT war/1/dobj/NN ./1/punct/.")
    assert any(e.category == "CONCEDE" for e in code(rows, [(0, 1, "ethiopia", "Country")]))


def test_missiles_fired_into_the_sea_attack_no_one() -> None:
    # "North Korea fired two missiles into the sea." / "North Korea fired two missiles into Japan."
    fired = "North/1/compound/NNP Korea/2/nsubj/NNP fired/2/ROOT/VBD/fire two/4/nummod/CD missiles/2/dobj/NNS/missile"
    sea = rows_of(fired + " into/2/prep/IN the/7/det/DT sea/5/pobj/NN ./2/punct/.")
    # a launch, a show of force (CAMEO 15 "exhibit force posture", MOBILIZE in PLOVER.md), no attack
    assert triples(code(sea, [(0, 2, "north-korea", "Country")])) == {("MOBILIZE", "north-korea", None)}
    japan = rows_of(fired + " into/2/prep/IN Japan/5/pobj/NNP ./2/punct/.")
    assert ("ASSAULT", "north-korea", "japan") in triples(code(japan, [(0, 2, "north-korea", "Country"),
                                                                      (6, 7, "japan", "Country")]))
