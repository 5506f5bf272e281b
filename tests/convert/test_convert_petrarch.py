"""Converting the PETRARCH-2 dictionaries: what each kind of dictionary line becomes, and that the shipped files
are exactly what the converter writes from ``../shared/data/petrarch2``.

The unit tests read small dictionaries written here in the files' own formats, so they do not need the shared
folder; the regeneration test runs the real conversion and is skipped without it.
"""

from __future__ import annotations

import filecmp
import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from newsgraph.convert.cameo_lexicon import LexiconPolicy, lexicon_rows, plover_category
from newsgraph.convert.cameo_verbs import read_verb_dictionary
from newsgraph.convert.petrarch import NOTICE, REQUIRED_FILES, convert_petrarch
from newsgraph.convert.phoenix_actors import read_actor_records, read_agents
from newsgraph.convert.phoenix_gazetteer import actor_rows, display_name, place_rows, sector_rows
from newsgraph.extract.gazetteer import DatedCode, KnownActor

ROOT = Path(__file__).resolve().parents[2]
PETRARCH = ROOT.parent / "shared" / "data" / "petrarch2"

VERBS = """\
####### SYNONYM SETS #######

&MILITARY
+TROOPS
+ARMED_FORCES

####### VERB PATTERNS #######

---  WITHDRAW   [---]  ---
WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING }
PULL
+PULL_OUT [0874]
- * &MILITARY                                       [0874]        # PULL
- * (FROM TALKS)                                    [164]         # WITHDRAW
- * {PEACE PLAN}                                    [0356]        # WITHDRAW
- * DEMONSTRATION (IN SOLIDARITY)                   [051]         # WITHDRAW
- &MILITARY * EXERCISES                             [062]         # WITHDRAW
- * SUPPORT                                         [:050]        # WITHDRAW
- * UP CAMP                                         [087]         # PULL
- * COMMENT                                         [012]         # WITHDRAW

---  TRAVEL   [042:043]  ---
TRAVEL
JOURNEY
ARRIVE [040]
- * (TO +)                                          [042:043]     # TRAVEL
"""

COUNTRIES = """\
# comment lines are skipped
AFGHANISTAN_  [AFG]
+AFGHAN_
+AFGANISTAN_
+KABUL_
+HELMAND # a province

ASHRAF_GHANI_  # CountryInfo.txt
+FOREIGN_MINISTER_ASHRAF_GHANI_
+ASHRAF_M._GHANI
+GHANI_
	[AFGGOVBUS 20020602-20041214]
	[AFGELI]
AHMED_ALI_
	[AFGGOV 030101-041231]
ABDUL_GHANI_KHAN_
	[AFGGOV >100701]
AFGHAN_NATIONAL_ARMY [AFGMIL]

BELARUS_
+BELARUSIAN_
+MINSK_
	[USRBLR <910825]
	[BLRUNR 910825-911221]
	[BLR >911221]
"""

INTERNATIONAL = """\
AHMED_ALI_	[IGOUNO]
UN_SECURITY_COUNCIL_
+SECURITY_COUNCIL
	[IGOUNO]
AFGHAN_FOREIGN_MINISTER_SUPPORT_FUND_ [NGOAFG]
+THE_FUND_FOR_AFGHANS_
"""

AGENTS = """\
!PERSON! = MAN, MEN
FOREIGN_MINISTER [~GOVFRM]
CONGRESS!PERSON! [~LEG]
TROOP {} [~MIL]
MAN [~PPL]
"""


def verb_rows(policy: LexiconPolicy | None = None) -> list[dict[str, object]]:
    dictionary = read_verb_dictionary(VERBS.splitlines())
    return [row.as_dict() for row in lexicon_rows(dictionary, policy or LexiconPolicy(), "CAMEO.2.0.txt")]


def find(rows: list[dict[str, object]], **fields: object) -> list[dict[str, object]]:
    return [row for row in rows if all(row.get(k) == v for k, v in fields.items())]


@pytest.mark.parametrize(("code", "category"), [
    ("0874", "RETREAT"),   # retreat militarily takes effect
    ("0871", "CONCEDE"),   # declaring a ceasefire is CONCEDE (PLOVER.md)
    ("0356", "CONCEDE"),   # an intent to yield: a promised retreat
    ("055", "CONCEDE"),    # an apology
    ("057", "SUPPORT"),
    ("164", "SANCTION"),
    ("012", None),         # root 01: a statement, no event
    ("196", "ASSAULT"),
    (None, None),
])
def test_cameo_codes_become_plover_categories_by_plover_md(code: str | None, category: str | None) -> None:
    assert plover_category(code) == category


def test_a_verb_with_its_own_code_is_an_event_alone_and_block_synonyms_need_a_recipient() -> None:
    rows = verb_rows()
    assert find(rows, verb="pull out") == [{"verb": "pull out", "category": "RETREAT", "cameo": "0874",
                                            "origin": "CAMEO.2.0.txt:12 PULL_OUT [0874]"}]
    assert find(rows, verb="arrive", category="CONSULT")[0].get("recipient") is None
    journey = find(rows, verb="journey", category="CONSULT")
    assert journey and journey[0]["recipient"] == "required"
    # a block without a code gives its verbs none
    assert not find(rows, verb="withdraw", object=None, category="RETREAT")


def test_patterns_become_objects_particles_and_recipient_prepositions() -> None:
    rows = verb_rows()
    troops = find(rows, verb="pull", category="RETREAT")
    assert troops and troops[0]["object"] == ["armed forces", "troops"]
    assert find(rows, verb="withdraw from", object=["talks"], category="SANCTION")
    assert find(rows, verb="withdraw", object=["peace plan"], category="CONCEDE")
    assert find(rows, verb="pull up", object=["camp"], category="RETREAT")
    assert find(rows, verb="travel", preps=["to"], category="CONSULT")


def test_a_pattern_applies_to_the_verbs_its_comment_names() -> None:
    rows = verb_rows()
    assert find(rows, verb="pull", category="RETREAT")
    assert not find(rows, verb="withdraw", object=["armed forces", "troops"])
    everywhere = verb_rows(LexiconPolicy(patterns_for_all_verbs=True))
    assert find(everywhere, verb="withdraw", object=["armed forces", "troops"])


def test_an_event_back_from_the_target_is_the_converse_frame() -> None:
    assert find(verb_rows(), verb="withdraw", object=["support"]) == [{
        "verb": "withdraw", "category": "SUPPORT", "object": ["support"], "frame": "converse", "cameo": ":050",
        "origin": "CAMEO.2.0.txt:18 - * SUPPORT [:050]"}]


def test_patterns_that_say_more_than_an_entry_can_are_left_out() -> None:
    rows = verb_rows()
    assert not find(rows, category="SUPPORT", object=["demonstration"])   # only "in solidarity"
    assert not find(rows, category="COOPERATE")                          # a subject-side pattern
    assert not find(rows, object=["comment"])                            # CAMEO 01


STATES = """\
####### VERB PATTERNS #######

---  ENJOY   [---]  ---
ENJOY
RELISH
- * SUPPORT [:050]

---  GET   [---]  ---
GET
- * SUPPORT                                         [:051]        # GET

---  OVERSEE_MANAGE   [060]  ---
HEAD
RULE
ORDER [100]
CONDUCT
- * {JOINT MANEUVERS}                               [062:062]     # CONDUCT

---  LINK   [060]  ---
LINK
- * (TO ATTACK)                                       [1123]        # LINK

---  DIE   [190]  ---
DIE
- * (IN CLASHES)                                      [190:190]     # DIE

---  SUBMIT   [080]  ---
OBEY
FILL
"""


def test_verbs_of_standing_feeling_or_holding_a_post_give_no_events() -> None:
    # "the plan enjoyed support from Moscow and Beijing" describes a standing position: no one did anything,
    # while "got support from" still tells of support given
    rows = [row.as_dict() for row in lexicon_rows(read_verb_dictionary(STATES.splitlines()), LexiconPolicy(),
                                                  "CAMEO.2.0.txt")]
    assert not find(rows, verb="enjoy") and not find(rows, verb="relish")
    assert find(rows, verb="get", object=["support"])[0]["frame"] == "converse"
    # "Kohl heads a coalition government", "Saddam Hussein has ruled Iraq": a role, not cooperation; a verb's
    # own code and the block's patterns stay
    assert not find(rows, verb="head") and not find(rows, verb="rule") and not find(rows, verb="conduct", object=None)
    assert find(rows, verb="order")[0]["category"] == "REQUEST"
    assert find(rows, verb="conduct", object=["joint maneuvers"])[0]["category"] == "COOPERATE"
    # "linked the bombing to Iran" is a claim, an accusation only when it names the attack
    assert not find(rows, verb="link") and find(rows, verb="link to", object=["attack"])[0]["category"] == "ACCUSE"
    # "fighters died in the assault": who died is not who attacked; dying in clashes still tells of an attack
    assert not find(rows, verb="die") and find(rows, verb="die in", object=["clashes"])[0]["category"] == "ASSAULT"
    # "demonstrators filled avenues": filling is no submission; obeying still is
    assert not find(rows, verb="fill") and find(rows, verb="obey")[0]["category"] == "CONCEDE"


MEETINGS = """\
####### VERB PATTERNS #######

---  MEET_PEOPLE   [040]  ---
MEET {MEETS MET MEETING}
- * (FOR TALKS)                                     [036:036]     # MEET

---  FLY   [---]  ---
FLY {FLYING FLIES FLEW FLOWN }
- * (TO )                                           [036]         # FLY

---  MAKE   [---]  ---
MAKE
- * VISIT                                           [036]         # MAKE

---  ANNOUNCE   [010]  ---
ANNOUNCE
- * VISIT                                           [036]         # ANNOUNCE

---  OFFER   [030]  ---
OFFER
- * NEGOTIATION                                     [036]         # OFFER
"""


def test_an_intent_to_meet_written_as_the_meeting_itself_is_a_meeting() -> None:
    # PLOVER.md: meetings and visits are CONSULT; a promised one is AGREE when coded (future cooperation)
    rows = [row.as_dict() for row in lexicon_rows(read_verb_dictionary(MEETINGS.splitlines()), LexiconPolicy(),
                                                  "CAMEO.2.0.txt")]
    assert find(rows, verb="meet for", object=["talks"])[0]["category"] == "CONSULT"   # "met for talks"
    assert find(rows, verb="fly to")[0]["category"] == "CONSULT"                       # "flew to Damascus"
    assert find(rows, verb="make", object=["visit"])[0]["category"] == "CONSULT"       # "made a visit"
    # announcing a visit and offering negotiations are intents
    assert find(rows, verb="announce", object=["visit"])[0]["category"] == "AGREE"
    assert find(rows, verb="offer", object=["negotiation"])[0]["category"] == "AGREE"


@pytest.mark.parametrize(("name", "shown"), [
    ("BASHAR AL-ASSAD", "Bashar al-Assad"),
    ("JOHN MCCAIN", "John McCain"),
    ("JAMES BAKER III", "James Baker III"),
    ("U.N. SECURITY COUNCIL", "U.N. Security Council"),
    ("MARTIN O'MALLEY", "Martin O'Malley"),
    ("23RD OF SEPTEMBER COMMUNIST LEAGUE", "23rd of September Communist League"),
])
def test_dictionary_names_are_written_as_news_writes_them(name: str, shown: str) -> None:
    assert display_name(name) == shown


def records() -> list[tuple[str, object]]:
    return [*(("Phoenix.Countries.actors.txt", r) for r in read_actor_records(COUNTRIES.splitlines())),
            *(("Phoenix.International.actors.txt", r) for r in read_actor_records(INTERNATIONAL.splitlines()))]


def test_people_keep_their_dated_roles_and_lose_their_titles() -> None:
    rows = {row.key: row for row in actor_rows(records(), read_agents(AGENTS.splitlines()))}  # type: ignore[arg-type]
    ghani = rows["ashraf-ghani"]
    assert ghani.person and ghani.origin == "Phoenix.Countries.actors.txt:8"
    assert ghani.names == ["ASHRAF GHANI", "ASHRAF M. GHANI", "GHANI"]  # "FOREIGN MINISTER" taken off
    assert [r.as_text() for r in ghani.roles] == ["AFGGOVBUS 2002-06-02 2004-12-14", "AFGELI"]
    assert not rows["afghan-national-army"].person


def test_names_two_owners_claim_and_shared_surnames_are_left_out() -> None:
    rows = {row.key: row for row in actor_rows(records(), read_agents(AGENTS.splitlines()))}  # type: ignore[arg-type]
    assert "ahmed-ali" not in rows          # an Afghan official and a UN body both
    assert "GHANI" in rows["ashraf-ghani"].names  # no other record's name ends in GHANI...
    assert rows["abdul-ghani-khan"].names == ["ABDUL GHANI KHAN"]


def test_a_countrys_own_record_gives_its_other_names_and_its_places() -> None:
    rows = {row.label: row for row in place_rows(records())}  # type: ignore[arg-type]
    assert rows["Afghanistan"].kind == "country"
    assert rows["Afghanistan"].names == ["AFGHANISTAN", "AFGHAN", "AFGANISTAN"]
    assert (rows["Kabul"].kind, rows["Kabul"].country) == ("place", "AFG")
    assert rows["Helmand"].kind == "place"


def test_a_country_that_was_part_of_another_state_or_unrecognised_is_a_country() -> None:
    # Belarus's own record is coded USRBLR, then BLRUNR, then BLR: a country, not a person with dated roles
    rows = {row.label: row for row in place_rows(records())}  # type: ignore[arg-type]
    assert (rows["Belarus"].kind, rows["Belarus"].country, rows["Belarus"].names) == \
        ("country", "BLR", ["BELARUS", "BELARUSIAN"])
    assert (rows["Minsk"].kind, rows["Minsk"].country) == ("place", "BLR")
    people = {row.key for row in actor_rows(records(), read_agents(AGENTS.splitlines()))}  # type: ignore[arg-type]
    assert "belarus" not in people


def test_a_bodys_name_keeps_the_words_a_persons_title_would_lose() -> None:
    rows = {row.key: row for row in actor_rows(records(), read_agents(AGENTS.splitlines()))}  # type: ignore[arg-type]
    fund = rows["afghan-foreign-minister-support-fund"]
    assert fund.names == ["AFGHAN FOREIGN MINISTER SUPPORT FUND", "FUND FOR AFGHANS"]
    assert "support-fund" not in rows


def test_agents_become_sector_words_with_their_codes() -> None:
    rows = {row["word"]: row for row in sector_rows(read_agents(AGENTS.splitlines()))}
    assert rows["foreign minister"]["sector"] == "government" and rows["foreign minister"]["cameo"] == "GOVFRM"
    assert rows["congressman"]["sector"] == rows["congressmen"]["sector"] == "legislature"
    assert rows["troop"]["cameo"] == "MIL"
    assert "man" not in rows  # generic people are no sector


def test_a_persons_code_is_the_one_that_holds_on_the_day() -> None:
    shultz = KnownActor("george-shultz", "George Shultz", "person", (
        DatedCode("USAELI", date(1938, 1, 1), date(1982, 7, 16)),
        DatedCode("USAGOV", date(1982, 7, 16), date(1989, 1, 20))), "")
    assert shultz.codes_on(date(1987, 3, 2)) == ("USAGOV",)
    assert shultz.codes_on(date(1975, 1, 1)) == ("USAELI",)
    # a day the dictionary does not cover, or no day: the one country all the roles share
    assert shultz.codes_on(date(1995, 1, 1)) == ("USA",)
    assert shultz.codes_on(None) == ("USA",)
    ghani = KnownActor("ashraf-ghani", "Ashraf Ghani", "person", (
        DatedCode("AFGGOVBUS", date(2002, 6, 2), date(2004, 12, 14)), DatedCode("AFGELI")), "")
    assert ghani.codes_on(date(2003, 1, 1)) == ("AFGGOVBUS",)
    assert ghani.codes_on(date(2010, 1, 1)) == ("AFGELI",)  # the default code


def test_the_conversion_writes_every_file_with_the_licence_notice(tmp_path: Path) -> None:
    source = tmp_path / "petrarch2"
    source.mkdir()
    texts = {"CAMEO.2.0.txt": VERBS, "Phoenix.Countries.actors.txt": COUNTRIES,
             "Phoenix.International.actors.txt": INTERNATIONAL, "Phoenix.MilNonState.actors.txt": "",
             "Phoenix.agents.txt": AGENTS}
    assert set(texts) == set(REQUIRED_FILES)
    for name, text in texts.items():
        (source / name).write_text(text, encoding="utf-8")
    report = convert_petrarch(source, tmp_path / "out")
    assert set(report.files) == {"lexicon/petrarch-verbs.jsonl", "gazetteer/petrarch-actors.tsv",
                                 "gazetteer/petrarch-sectors.jsonl"}
    for name in report.files:
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "Permission is hereby granted, free of charge" in text and "Copyright (c) 2014 Open Event Data" in text
        assert text.count("\n") > len(NOTICE)
    lexicon = (tmp_path / "out" / "lexicon" / "petrarch-verbs.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line) for line in lexicon if not line.startswith("//"))


def test_the_shipped_files_carry_the_licence_notice() -> None:
    data = resources.files("newsgraph.extract.data")
    for name in ("lexicon/petrarch-verbs.jsonl", "gazetteer/petrarch-actors.tsv", "gazetteer/petrarch-sectors.jsonl"):
        head = data.joinpath(name).read_text(encoding="utf-8")[:3000]
        assert "The MIT License (MIT)" in head and "Copyright (c) 2014 Open Event Data" in head, name


def test_the_converter_regenerates_the_shipped_files_byte_for_byte(tmp_path: Path) -> None:
    if not PETRARCH.is_dir():
        pytest.skip(f"{PETRARCH} is not here: put the shared folder beside the project (../shared)")
    report = convert_petrarch(PETRARCH, tmp_path)
    shipped = ROOT / "extract" / "data"
    for name in report.files:
        assert filecmp.cmp(tmp_path / name, shipped / name, shallow=False), \
            f"{name} is not what the converter writes: newsgraph convert petrarch {PETRARCH} --out extract/data"
