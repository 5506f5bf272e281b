"""The PETRARCH-2 validation scorer (QUALITY.md §3): reading the records, matching codes, and the figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.evaluation.petrarch import (
    CAMEO_TO_PLOVER,
    PetrarchCoding,
    PetrarchError,
    _CodeMatcher,
    read_petrarch_records,
    score_petrarch,
    score_records,
)
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[2]
VALIDATION = ROOT.parent / "shared" / "data" / "petrarch2-validation" / "PETR2_GSR_validation.xml"

# Records written for these tests, in the validation file's own loose format: a <Sentence> either self-closed
# or not, its codings before the text, a noevents record, a record coded only with root 01, one without text.
RECORDS = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Sentences>
<Sentence category="TEST" date="20240510" id="T1" evaluate="true"/>
<EventCoding eventcode="111" sourcecode="CHLGOV" targetcode="PER" />
<Text>
Chile criticized Peru on Monday &amp; again on Tuesday.
</Text>
<Parse>1 Chile</Parse>
</Sentence>
<Sentence category="TEST" date="20240510" id="T2" evaluate="true">
<EventCoding noevents="True" />
<Text>
Peruvian officials accused Chile of lying.
</Text>
</Sentence>
<Sentence category="TEST" date="20240510" id="T3" evaluate="true"/>
<EventCoding eventcode="010" sourcecode="PER" targetcode="---" />
<Text>
Peru made a statement.
</Text>
<Sentence category="TEST" date="2024" id="T4" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="CHL" targetcode="PER" />
<Text>
</Text>
</Sentences>
</Validation>
"""


@pytest.fixture()
def records_path(tmp_path: Path) -> Path:
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    return path


def test_records_are_read_from_the_loose_format(records_path: Path) -> None:
    records = read_petrarch_records(records_path)
    assert [r.id for r in records] == ["T1", "T2", "T3", "T4"]
    first = records[0]
    assert first.date == date(2024, 5, 10)
    assert first.text == "Chile criticized Peru on Monday & again on Tuesday."
    assert first.codings == (PetrarchCoding("111", "CHLGOV", "PER"),)
    assert records[1].noevents and records[1].codings == ()
    assert records[3].date is None and records[3].text == ""


def test_root_01_and_noevents_records_do_not_count_for_recall(records_path: Path) -> None:
    records = read_petrarch_records(records_path)
    assert [len(r.countable) for r in records] == [1, 0, 0, 1]


def test_cameo_roots_map_to_plover() -> None:
    assert PetrarchCoding("0841", "", "").categories == ("CONCEDE", "RETREAT")
    assert PetrarchCoding("1124", "", "").categories == ("ACCUSE",)
    assert PetrarchCoding("195", "", "").categories == ("ASSAULT",)
    assert PetrarchCoding("015", "", "").categories == ()
    assert set(CAMEO_TO_PLOVER) == {f"{n:02d}" for n in range(1, 21)}


def test_a_file_with_no_records_says_what_it_expected(tmp_path: Path) -> None:
    path = tmp_path / "empty.xml"
    path.write_text("<Validation></Validation>", encoding="utf-8")
    with pytest.raises(PetrarchError, match="no <Sentence> records"):
        read_petrarch_records(path)


@pytest.mark.parametrize(("code", "key", "sector", "target", "expected"), [
    ("USAGOV", "united-states", None, False, True),     # a country code: its first three letters
    ("USA", "united-states", "military", False, True),
    ("RUS", "united-states", None, False, False),
    ("IGOUNOMIL", "united-nations", "military", False, True),  # an international body: six letters
    ("IGOWSTNAT", "united-nations", None, False, False),
    ("---REB", None, "rebels", False, True),           # a group of no country: by its sector
    ("---REB", "russia", "rebels", False, True),
    ("---LEG", "us-congress", None, False, True),      # or by the agent in the entity's own code
    ("---CVL", None, "military", False, False),
    ("---", None, None, True, True),                   # no target: an event with no recipient
    ("---", "russia", None, True, False),
    ("SYR", "aleppo", None, False, True),              # a place in a country
    ("USAGOV", "barack-obama", None, False, True),     # a person the gazetteer knows
])
def test_actor_codes_match_entities_and_groups(code: str, key: str | None, sector: str | None, target: bool,
                                               expected: bool) -> None:
    matcher = _CodeMatcher(Gazetteer.default())
    assert matcher.matches(code, key, sector, {}, {}, target=target) is expected


def test_a_person_stands_for_the_country_of_the_role_the_article_gives_them() -> None:
    matcher = _CodeMatcher(Gazetteer.default())
    roles = {"ana-lopez": {"peru"}}
    assert matcher.matches("PERGOV", "ana-lopez", None, {}, roles)
    assert not matcher.matches("PERGOV", "ana-lopez", None, {}, {})


@pytest.mark.model
def test_scores_on_records_written_for_the_test(records_path: Path) -> None:
    score = score_records(read_petrarch_records(records_path), load_pipeline())
    assert (score.records, score.skipped, score.codings) == (4, 1, 1)
    assert score.category_recall == 1.0 and score.event_recall == 1.0
    # the noevents record's accusation counts against precision
    assert score.output_events == 2 and score.correct_events == 1
    assert score.precision == 0.5
    assert any("T2" in line for line in score.report_lines())


@pytest.mark.slow
@pytest.mark.model
def test_acceptance_on_the_petrarch2_validation_records() -> None:
    if not VALIDATION.exists():
        pytest.skip(f"{VALIDATION} is not here: put the shared folder beside the project (../shared)")
    score = score_petrarch(VALIDATION, load_pipeline())
    figures = score.as_dict()
    assert score.category_recall >= 0.80, figures
    assert score.event_recall >= 0.75, figures
    assert score.precision >= 0.71, figures
