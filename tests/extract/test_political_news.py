"""Political and conflict news in shapes wire copy writes them, each rule on a hand-built parse: leaving a treaty
or a body by a phrasal verb ("pulled out of the treaty") or suspending one's part in it ends cooperation
(SANCTION), as "withdrew from" does; "the two Koreas" are two states; women are people acted on. No statistical
model runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from tests.extract.parses import code_in, rows_of, triples

# -- leaving a treaty by a phrasal verb, or suspending one's part in it, ends cooperation ---------------------------


def test_pulling_out_of_a_treaty_is_a_sanction_not_a_retreat() -> None:
    # "Russia pulled out of the treaty with the United States." — the parser reads 'out' as a preposition of its own
    # and hangs 'of' on it
    rows = rows_of("Russia/1/nsubj/NNP pulled/1/ROOT/VBD/pull out/1/prep/IN of/2/prep/IN the/5/det/DT "
                   "treaty/3/pobj/NN with/5/prep/IN the/9/det/DT United/9/compound/NNP States/6/pobj/NNP "
                   "./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "russia", "Country"), (8, 10, "united-states", "Country")])
    assert triples(events) == {("SANCTION", "russia", "united-states")}


def test_troops_pulling_out_of_a_country_still_retreat() -> None:
    # "Russian troops pulled out of Georgia."
    rows = rows_of("Russian/1/amod/JJ troops/2/nsubj/NNS/troop pulled/2/ROOT/VBD/pull out/2/prep/IN of/3/prep/IN "
                   "Georgia/4/pobj/NNP ./2/punct/.")
    events, _ = code_in(rows, [(0, 1, "russia", "Country"), (5, 6, "georgia", "Country")])
    assert not any(e.category == "SANCTION" for e in events)


def test_suspending_compliance_with_a_treaty_is_a_sanction() -> None:
    # "Washington suspended its compliance with the treaty with Moscow."
    rows = rows_of("Washington/1/nsubj/NNP suspended/1/ROOT/VBD/suspend its/3/poss/PRP$ compliance/1/dobj/NN "
                   "with/3/prep/IN the/6/det/DT treaty/4/pobj/NN with/6/prep/IN Moscow/7/pobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "united-states", "Country"), (8, 9, "russia", "Country")])
    assert triples(events) == {("SANCTION", "united-states", "russia")}


# -- an act named as what is condemned is the judged act's mention, not a new event ---------------------------------


def test_an_act_condemned_is_no_event_of_its_own_and_its_doer_is_blamed() -> None:
    # "Germany condemned the annexation of Crimea by Russia."
    rows = rows_of("Germany/1/nsubj/NNP condemned/1/ROOT/VBD/condemn the/3/det/DT annexation/1/dobj/NN "
                   "of/3/prep/IN Crimea/4/pobj/NNP by/3/prep/IN Russia/6/pobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "germany", "Country"), (5, 6, "crimea", "Place"),
                               (7, 8, "russia", "Country")])
    assert triples(events) == {("ACCUSE", "germany", "russia")}


# -- the doers of a one-sided attack together are allies, not each other's targets -----------------------------------


def test_coordinated_doers_of_an_offensive_are_not_each_others_targets() -> None:
    # "Kenyan and Somali troops launched an offensive."
    rows = rows_of("Kenyan/3/amod/JJ and/0/cc/CC Somali/0/conj/JJ troops/4/nsubj/NNS/troop launched/4/ROOT/VBD/launch "
                   "an/6/det/DT offensive/4/dobj/NN ./4/punct/.")
    events, _ = code_in(rows, [(0, 1, "kenya", "Country"), (2, 3, "somalia", "Country")])
    assert triples(events) == {("ASSAULT", "kenya", None), ("ASSAULT", "somalia", None)}


def test_coordinated_sides_of_a_clash_still_fight_each_other() -> None:
    # "Indian and Pakistani troops clashed."
    rows = rows_of("Indian/3/amod/JJ and/0/cc/CC Pakistani/0/conj/JJ troops/4/nsubj/NNS/troop clashed/4/ROOT/VBD/clash "
                   "./4/punct/.")
    events, _ = code_in(rows, [(0, 1, "india", "Country"), (2, 3, "pakistan", "Country")])
    assert triples(events) == {("ASSAULT", "india", "pakistan"), ("ASSAULT", "pakistan", "india")}


# -- who claims responsibility for an act did it ----------------------------------------------------------------------


def test_the_group_that_claimed_responsibility_for_a_kidnapping_did_it() -> None:
    # "Ansaru claimed responsibility for the kidnapping of a French national."
    rows = rows_of("Ansaru/1/nsubj/NNP claimed/1/ROOT/VBD/claim responsibility/1/dobj/NN for/2/prep/IN "
                   "the/5/det/DT kidnapping/3/pobj/NN of/5/prep/IN a/9/det/DT French/9/amod/JJ "
                   "national/6/pobj/NN ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "ansaru", "Organization"), (8, 9, "france", "Country")])
    assert triples(events) == {("ASSAULT", "ansaru", "france")}


def test_responsibility_for_what_is_no_act_is_no_event() -> None:
    # "The minister claimed responsibility for the economy."
    rows = rows_of("The/1/det/DT minister/2/nsubj/NN claimed/2/ROOT/VBD/claim responsibility/2/dobj/NN "
                   "for/3/prep/IN the/6/det/DT economy/4/pobj/NN ./2/punct/.")
    events, _ = code_in(rows, [])
    assert events == []


# -- armed men who seize or take people abduct them -------------------------------------------------------------------


def test_gunmen_who_took_foreigners_abducted_them_and_their_country_is_the_recipient() -> None:
    # "Armed men took three South Koreans."
    rows = rows_of("Armed/1/amod/JJ men/2/nsubj/NNS/man took/2/ROOT/VBD/take three/5/nummod/CD South/5/compound/NNP "
                   "Koreans/2/dobj/NNPS/korean ./2/punct/.")
    events, _ = code_in(rows, [(4, 6, "south-korea", "Country")])
    assert {(c, r) for c, _, r in triples(events)} == {("ASSAULT", "south-korea")}
    assert all(e.actor_sector == "rebels" or (e.actor or "").startswith("armed-man") for e in events)


def test_police_who_took_suspects_did_not_abduct_them() -> None:
    # "Police seized three suspects."
    rows = rows_of("Police/1/nsubj/NNS/police seized/1/ROOT/VBD/seize three/3/nummod/CD suspects/1/dobj/NNS/suspect "
                   "./1/punct/.")
    events, _ = code_in(rows, [])
    assert not any(e.category == "ASSAULT" for e in events)


# -- "his counterpart" is the other party -----------------------------------------------------------------------------


def test_his_counterpart_who_acts_is_the_peer_not_the_one_his_names() -> None:
    # "Hussain spoke, and his Sri Lankan counterpart criticized India."
    rows = rows_of("Hussain/1/nsubj/NNP spoke/1/ROOT/VBD/speak ,/1/punct/, and/1/cc/CC his/7/poss/PRP$ "
                   "Sri/6/compound/NNP Lankan/7/amod/JJ counterpart/8/nsubj/NN criticized/1/conj/VBD/criticize "
                   "India/8/dobj/NNP ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "mamnoon-hussain", "Person"), (5, 7, "sri-lanka", "Country"),
                               (9, 10, "india", "Country")])
    assert triples(events) == {("ACCUSE", "sri-lanka", "india")}


# -- expelling a state's officials reduces relations with it ----------------------------------------------------------


def test_officials_of_a_state_expelled_are_a_sanction_and_its_journalists_coercion() -> None:
    # "Britain expelled 23 Soviet officials." / "Britain expelled 23 Soviet journalists."
    # "... 23 Soviet advisers": a state's military or civil advisers are its agents, as its officials are
    for noun, category in (("officials", "SANCTION"), ("advisers", "SANCTION"), ("journalists", "COERCE")):
        rows = rows_of(f"Britain/1/nsubj/NNP expelled/1/ROOT/VBD/expel 23/4/nummod/CD Soviet/4/amod/JJ "
                       f"{noun}/1/dobj/NNS/{noun[:-1]} ./1/punct/.")
        events, _ = code_in(rows, [(0, 1, "united-kingdom", "Country"), (3, 4, "soviet-union", "Country")])
        assert triples(events) == {(category, "united-kingdom", "soviet-union")}


# -- curbs lifted are restrictions lifted ---------------------------------------------------------------------------


def test_agreeing_to_lift_curbs_is_a_concession_promised() -> None:
    # "South Korea agreed to lift curbs on Japanese imports." — a retreat promised is CONCEDE (PLOVER.md)
    rows = rows_of("South/1/compound/NNP Korea/2/nsubj/NNP agreed/2/ROOT/VBD/agree to/4/aux/TO lift/2/xcomp/VB "
                   "curbs/4/dobj/NNS/curb on/5/prep/IN Japanese/8/amod/JJ imports/6/pobj/NNS/import ./2/punct/.")
    events, _ = code_in(rows, [(0, 2, "south-korea", "Country"), (7, 8, "japan", "Country")])
    assert triples(events) == {("CONCEDE", "south-korea", "japan")}


# -- hostages taken are no party of their own -------------------------------------------------------------------------


def test_hostages_taken_are_no_recipient_but_their_country_is() -> None:
    # "Militants took 90 hostages." / "Militants took 90 Israeli hostages."
    rows = rows_of("Militants/1/nsubj/NNS/militant took/1/ROOT/VBD/take 90/3/nummod/CD hostages/1/dobj/NNS/hostage "
                   "./1/punct/.")
    events, _ = code_in(rows, [])
    assert [e.recipient or e.recipient_sector for e in events if e.category == "ASSAULT"] == [None]
    rows = rows_of("Militants/1/nsubj/NNS/militant took/1/ROOT/VBD/take 90/4/nummod/CD Israeli/4/amod/JJ "
                   "hostages/1/dobj/NNS/hostage ./1/punct/.")
    events, _ = code_in(rows, [(3, 4, "israel", "Country")])
    assert [e.recipient for e in events if e.category == "ASSAULT"] == ["israel"]


# -- calling a party's measure unreasonable condemns it -------------------------------------------------------------


def test_calling_sanctions_unreasonable_condemns_them() -> None:
    # "Moscow called the sanctions unreasonable."
    rows = rows_of("Moscow/1/nsubj/NNP called/1/ROOT/VBD/call the/3/det/DT sanctions/1/dobj/NNS/sanction "
                   "unreasonable/1/oprd/JJ ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "russia", "Country")])
    assert [(e.category, e.actor) for e in events] == [("ACCUSE", "russia")]


# -- calling a party's move a threat to peace condemns it -----------------------------------------------------------


def test_calling_a_move_a_threat_to_peace_condemns_it_where_a_threat_to_growth_does_not() -> None:
    # "Guyana called the move a threat to peace." / "Guyana called inflation a threat to growth."
    rows = rows_of("Guyana/1/nsubj/NNP called/1/ROOT/VBD/call the/3/det/DT move/1/dobj/NN a/5/det/DT "
                   "threat/1/oprd/NN to/5/prep/IN peace/6/pobj/NN ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "guyana", "Country")])
    assert [(e.category, e.actor) for e in events] == [("ACCUSE", "guyana")]
    growth = [*rows[:2], ("inflation", 1, "dobj", "NOUN", "NN"), *rows[4:7], ("growth", 6, "pobj", "NOUN", "NN"),
              rows[8]]
    assert code_in(growth, [(0, 1, "guyana", "Country")])[0] == []


# -- travel and visa bans imposed on a state's people are sanctions -------------------------------------------------


def test_a_travel_ban_imposed_is_a_sanction_as_the_noun_alone_is() -> None:
    # "Australia imposed travel bans on Fiji." (a plain ban imposed stays coercion)
    rows = rows_of("Australia/1/nsubj/NNP imposed/1/ROOT/VBD/impose travel/3/compound/NN bans/1/dobj/NNS/ban "
                   "on/1/prep/IN Fiji/4/pobj/NNP ./1/punct/.")
    parties = [(0, 1, "australia", "Country"), (5, 6, "fiji", "Country")]
    assert triples(code_in(rows, parties)[0]) == {("SANCTION", "australia", "fiji")}
    plain = [rows[0], rows[1], ("a", 3, "det", "DET", "DT"), *rows[3:]]
    assert triples(code_in(plain, parties)[0]) == {("COERCE", "australia", "fiji")}


# -- what a party is warned against is the matter of the warning, not a second party --------------------------------


def test_a_party_warned_against_an_act_is_the_one_warned_not_where_the_act_would_be() -> None:
    # "China warned Japan against interference in Taiwan." / "China warned against interference in Taiwan."
    rows = rows_of("China/1/nsubj/NNP warned/1/ROOT/VBD/warn Japan/1/dobj/NNP against/1/prep/IN "
                   "interference/3/pobj/NN in/4/prep/IN Taiwan/5/pobj/NNP ./1/punct/.")
    parties = [(0, 1, "china", "Country"), (2, 3, "japan", "Country"), (6, 7, "taiwan", "Country")]
    assert triples(code_in(rows, parties)[0]) == {("THREATEN", "china", "japan")}
    alone = [rows[0], rows[1], ("against", 1, "prep", "ADP", "IN"), ("interference", 2, "pobj", "NOUN", "NN"),
             ("in", 3, "prep", "ADP", "IN"), ("Taiwan", 4, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    assert triples(code_in(alone, [parties[0], (5, 6, "taiwan", "Country")])[0]) == {
        ("THREATEN", "china", "taiwan")}


# -- captives freed from another's hands are rescued, not released ---------------------------------------------------


def test_freeing_hostages_another_party_holds_is_no_release_of_ones_own() -> None:
    # "Peru freed hostages held by guerrillas." / "Peru freed hostages." (RETREAT)
    rows = rows_of("Peru/1/nsubj/NNP freed/1/ROOT/VBD/free hostages/1/dobj/NNS/hostage held/2/acl/VBN/hold "
                   "by/3/agent/IN guerrillas/4/pobj/NNS/guerrilla ./1/punct/.")
    peru = [(0, 1, "peru", "Country")]
    assert [e for e in code_in(rows, peru)[0] if e.category == "RETREAT"] == []
    own = [*rows[:3], (".", 1, "punct", "PUNCT", ".")]
    assert [(e.category, e.actor) for e in code_in(own, peru)[0]] == [("RETREAT", "peru")]


# -- violence vowed is a threat with or without a target -------------------------------------------------------------


def test_vowing_to_retaliate_is_a_threat_though_it_names_no_target() -> None:
    # "Iran vowed to retaliate." (PLOVER.md: "vowed to retaliate" is THREATEN) / "Iran vowed to retaliate against
    # Israel."
    rows = rows_of("Iran/1/nsubj/NNP vowed/1/ROOT/VBD/vow to/3/aux/TO retaliate/1/xcomp/VB ./1/punct/.")
    assert [(e.category, e.actor, e.recipient) for e in code_in(rows, [(0, 1, "iran", "Country")])[0]] == [
        ("THREATEN", "iran", None)]
    israel = [*rows[:4], ("against", 3, "prep", "ADP", "IN"), ("Israel", 4, "pobj", "PROPN", "NNP"), rows[4]]
    assert triples(code_in(israel, [(0, 1, "iran", "Country"), (5, 6, "israel", "Country")])[0]) == {
        ("THREATEN", "iran", "israel")}


# -- a divided nation named by its plural: two states ---------------------------------------------------------------


def test_the_two_koreas_are_two_states_each_the_others_party() -> None:
    # "The two Koreas agreed." — the linker's one place "Koreas" is North and South Korea
    rows = rows_of("The/2/det/DT two/2/nummod/CD Koreas/3/nsubj/NNPS agreed/3/ROOT/VBD/agree ./3/punct/.")
    events, entities = code_in(rows, [(2, 3, "koreas", "Place")])
    assert triples(events) == {("AGREE", "north-korea", "south-korea")}
    assert entities["north-korea"].type == "Country"
    # "The United States urged the two Sudans to talk." — asked of each
    rows = rows_of("The/2/det/DT United/2/compound/NNP States/3/nsubj/NNP urged/3/ROOT/VBD/urge the/6/det/DT "
                   "two/6/nummod/CD Sudans/3/dobj/NNPS to/8/aux/TO talk/3/xcomp/VB ./3/punct/.")
    events, _ = code_in(rows, [(1, 3, "united-states", "Country")])
    assert {t for t in triples(events) if t[0] == "REQUEST"} == {("REQUEST", "united-states", "sudan"),
                                                                 ("REQUEST", "united-states", "south-sudan")}


# -- women as a group of people -------------------------------------------------------------------------------------


def test_women_barred_from_work_are_the_ones_coerced() -> None:
    # "The Taliban barred women from working."
    rows = rows_of("The/1/det/DT Taliban/2/nsubj/NNP barred/2/ROOT/VBD/bar women/2/dobj/NNS/woman "
                   "from/2/prep/IN working/4/pcomp/VBG/work ./2/punct/.")
    events, _ = code_in(rows, [(1, 2, "taliban", "Organization")])
    assert ("COERCE", "taliban", "woman-in-story-1") in triples(events)


def test_an_envoy_given_hours_to_leave_is_expelled() -> None:
    # "Mali gave France's ambassador 72 hours to leave." (composition._diplomats_sent_away): the ultimatum is the
    # expulsion (SANCTION), not a threat
    rows = rows_of("Mali/1/nsubj/NNP gave/1/ROOT/VBD/give France/4/poss/NNP 's/2/case/POS ambassador/1/dobj/NN "
                   "72/6/nummod/CD hours/1/dobj/NNS/hour to/8/aux/TO leave/1/advcl/VB ./1/punct/.")
    events, _ = code_in(rows, [(0, 1, "mali", "Country"), (2, 3, "france", "Country")])
    assert triples(events) == {("SANCTION", "mali", "france")}
