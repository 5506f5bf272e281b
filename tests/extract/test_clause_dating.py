"""An undated event takes the time of the clause it hangs on: background told in one sentence shares one time."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from newsgraph.records import Event, Mode, TimeExpression
from tests.extract.parses import Row, coder, parse, rows_of


def dated(rows: list[Row], entities: list[tuple[int, int, str, str]], when: tuple[str, str]) -> list[Event]:
    """The events of the parse, with the one time expression ``when`` (its words, its TIMEX3 value)."""
    doc: Doc = parse(rows, entities, published=date(2024, 5, 10))
    words, value = when
    start = doc.text.index(words)
    doc._.timexes = [TimeExpression(start, start + len(words), words, "DATE", value)]
    return [event for event, _ in coder().code(doc)]


def date_of(events: list[Event], category: str) -> str | None:
    found = [e for e in events if e.category == category]
    assert found, events
    return found[0].date.value if found[0].date is not None else None


def test_a_participle_takes_the_year_of_its_clause() -> None:
    # "In 1989 Washington cited Japan, threatening sanctions."
    rows: list[Row] = [
        ("In", 3, "prep", "ADP", "IN"), ("1989", 0, "pobj", "NUM", "CD"),
        ("Washington", 3, "nsubj", "PROPN", "NNP"), ("cited", 3, "ROOT", "VERB", "VBD", "cite"),
        ("Japan", 3, "dobj", "PROPN", "NNP"), (",", 3, "punct", "PUNCT", ","),
        ("threatening", 3, "advcl", "VERB", "VBG", "threaten"), ("sanctions", 6, "dobj", "NOUN", "NNS", "sanction"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    events = dated(rows, [(2, 3, "united-states", "Country"), (4, 5, "japan", "Country")], ("1989", "1989"))
    assert date_of(events, "THREATEN") == "1989"


def pelosi(when: str) -> list[Row]:
    # "Beijing cut off contacts with Washington in August 2022 after Pelosi visited Taiwan." ("on Monday" for the
    # day); the time expression's words stand where the parse has "August 2022"
    return [
        ("Beijing", 1, "nsubj", "PROPN", "NNP"), ("cut", 1, "ROOT", "VERB", "VBD"), ("off", 1, "prt", "ADP", "RP"),
        ("contacts", 1, "dobj", "NOUN", "NNS", "contact"), ("with", 3, "prep", "ADP", "IN"),
        ("Washington", 4, "pobj", "PROPN", "NNP"), ("in" if when == "month" else "on", 1, "prep", "ADP", "IN"),
        ("August" if when == "month" else "Monday", 6, "pobj", "PROPN", "NNP"),
        ("2022" if when == "month" else "morning", 7, "nummod" if when == "month" else "npadvmod", "NUM", "CD"),
        ("after", 11, "mark", "SCONJ", "IN"), ("Pelosi", 11, "nsubj", "PROPN", "NNP"),
        ("visited", 1, "advcl", "VERB", "VBD", "visit"), ("Taiwan", 11, "dobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ]


PELOSI_ENTITIES = [(0, 1, "china", "Country"), (5, 6, "united-states", "Country"), (10, 11, "nancy-pelosi", "Person"),
                   (12, 13, "taiwan", "Country")]


def test_a_clause_after_another_shares_its_month() -> None:
    events = dated(pelosi("month"), PELOSI_ENTITIES, ("August 2022", "2022-08"))
    assert date_of(events, "SANCTION") == "2022-08"
    assert date_of(events, "CONSULT") == "2022-08"


def test_a_clause_after_another_does_not_take_its_day() -> None:
    # "cut off contacts on Monday morning after Pelosi visited": the visit was before that day, not on it
    events = dated(pelosi("day"), PELOSI_ENTITIES, ("Monday morning", "2024-05-06"))
    assert date_of(events, "SANCTION") == "2024-05-06"
    assert date_of(events, "CONSULT") != "2024-05-06"


def test_a_coordinated_verb_takes_the_week_of_the_first() -> None:
    # "Iran said last week, but it rejected any preconditions."
    rows: list[Row] = [
        ("Iran", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("last", 3, "amod", "ADJ", "JJ"), ("week", 1, "npadvmod", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
        ("but", 1, "cc", "CCONJ", "CC"), ("it", 7, "nsubj", "PRON", "PRP"),
        ("rejected", 1, "conj", "VERB", "VBD", "reject"), ("any", 9, "det", "DET", "DT"),
        ("preconditions", 7, "dobj", "NOUN", "NNS", "precondition"), (".", 7, "punct", "PUNCT", "."),
    ]
    events = dated(rows, [(0, 1, "iran", "Country")], ("last week", "2024-W18"))
    assert date_of(events, "REJECT") == "2024-W18"


def deif() -> list[Row]:
    # "Hamas said Sunday, a day after Israel targeted Deif." (the parser hangs "a day" on the verb)
    return [
        ("Hamas", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Sunday", 1, "npadvmod", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","), ("a", 5, "det", "DET", "DT"),
        ("day", 8, "npadvmod", "NOUN", "NN"), ("after", 8, "mark", "SCONJ", "IN"),
        ("Israel", 8, "nsubj", "PROPN", "NNP"), ("targeted", 1, "advcl", "VERB", "VBD", "target"),
        ("Deif", 8, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_clause_a_day_after_another_is_dated_the_day_before_it() -> None:
    # the strike was the day before Hamas spoke, not the day Hamas spoke nor the day of the article
    events = dated(deif(), [(0, 1, "hamas", "Organization"), (7, 8, "israel", "Country"),
                            (9, 10, "mohammed-deif", "Person")], ("Sunday", "2024-05-05"))
    assert date_of(events, "ASSAULT") == "2024-05-04"


def invaded(count: str) -> list[Row]:
    # "Crowds marched on Friday two months after Russia invaded Ukraine." (the parser hangs "two months" on
    # "after")
    return [
        ("Crowds", 1, "nsubj", "NOUN", "NNS", "crowd"), ("marched", 1, "ROOT", "VERB", "VBD", "march"),
        ("on", 1, "prep", "ADP", "IN"), ("Friday", 2, "pobj", "PROPN", "NNP"), (count, 5, "nummod", "NUM", "CD"),
        ("months", 6, "npadvmod", "NOUN", "NNS", "month"), ("after", 8, "mark", "SCONJ", "IN"),
        ("Russia", 8, "nsubj", "PROPN", "NNP"), ("invaded", 1, "advcl", "VERB", "VBD", "invade"),
        ("Ukraine", 8, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_clause_months_after_another_is_dated_by_the_month_or_only_the_year() -> None:
    entities = [(7, 8, "russia", "Country"), (9, 10, "ukraine", "Country")]
    assert date_of(dated(invaded("two"), entities, ("Friday", "2024-05-17")), "ASSAULT") == "2024-03"
    # two months before the last day of May may be late March or early April: only the year is sure
    assert date_of(dated(invaded("two"), entities, ("Friday", "2024-05-31")), "ASSAULT") == "2024"
    assert date_of(dated(invaded("2"), entities, ("Friday", "2024-05-17")), "ASSAULT") == "2024-03"


def test_a_day_to_come_in_a_request_is_of_what_is_asked_for() -> None:
    # "Japan is pushing for talks on July 4." (the parser hangs "on July 4" on "pushing"): asked now, for July
    rows: list[Row] = [
        ("Japan", 2, "nsubj", "PROPN", "NNP"), ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("pushing", 2, "ROOT", "VERB", "VBG", "push"), ("for", 2, "prep", "ADP", "IN"),
        ("talks", 3, "pobj", "NOUN", "NNS", "talk"), ("on", 2, "prep", "ADP", "IN"),
        ("July", 5, "pobj", "PROPN", "NNP"),
        ("4", 6, "nummod", "NUM", "CD"), (".", 2, "punct", "PUNCT", "."),
    ]
    events = dated(rows, [(0, 1, "japan", "Country")], ("July 4", "2024-07-04"))
    (request,) = [e for e in events if e.category == "REQUEST"]
    assert request.mode is None and request.date is not None and request.date.value == "2024-05-10"
    # "Japan will push for talks on July 4": a request to come keeps its day
    rows[1] = ("will", 2, "aux", "AUX", "MD", "will")
    rows[2] = ("push", 2, "ROOT", "VERB", "VB", "push")
    events = dated(rows, [(0, 1, "japan", "Country")], ("July 4", "2024-07-04"))
    assert date_of(events, "REQUEST") == "2024-07-04"


def test_what_police_did_earlier_is_news_of_the_day_and_what_they_did_previously_is_background() -> None:
    # "Police earlier detained demonstrators." — wire copy's "earlier" is earlier the same day
    def detained(adverb: str) -> list[Event]:
        rows: list[Row] = [
            ("Police", 2, "nsubj", "NOUN", "NNS", "police"), (adverb, 2, "advmod", "ADV", "RB"),
            ("detained", 2, "ROOT", "VERB", "VBD", "detain"),
            ("demonstrators", 2, "dobj", "NOUN", "NNS", "demonstrator"), (".", 2, "punct", "PUNCT", "."),
        ]
        return [event for event, _ in coder().code(parse(rows, []))]
    (today,) = [e for e in detained("earlier") if e.category == "COERCE"]
    assert today.mode is None
    (background,) = [e for e in detained("previously") if e.category == "COERCE"]
    assert background.mode is Mode.HISTORICAL


def test_a_nominal_event_in_a_clause_measured_from_another_takes_its_distance() -> None:
    # "Hezbollah began firing rockets on Monday, a day after Hamas' attack triggered the war." The attack is the
    # subject of the clause "a day after" measures; it took the article's day, as news of the day.
    rows = rows_of("Hezbollah/1/nsubj/NNP began/1/ROOT/VBD/begin firing/1/xcomp/VBG/fire rockets/2/dobj/NNS/rocket "
                   "on/2/prep/IN Monday/4/pobj/NNP ,/1/punct/, a/8/det/DT day/13/npadvmod/NN after/13/mark/IN "
                   "Hamas/12/poss/NNP '/10/case/POS attack/13/nsubj/NN triggered/1/advcl/VBD/trigger the/15/det/DT "
                   "war/13/dobj/NN ./1/punct/.")
    events = dated(rows, [(0, 1, "hezbollah", "Organization"), (10, 11, "hamas", "Organization")],
                   ("Monday", "2024-05-06"))
    attack = [e for e in events if e.actor == "hamas"]
    assert [e.date.value for e in attack if e.date is not None] == ["2024-05-05"]


def test_a_time_the_parser_hangs_on_a_copula_dates_the_events_of_its_predicate() -> None:
    # "Iran said it was revenge for the killing of Soleimani in a U.S. drone strike last week." The copula has
    # no time of its own: "last week" is the strike's, which took the article's day
    rows = rows_of("Iran/1/nsubj/NNP said/1/ROOT/VBD/say it/3/nsubj/PRP/it was/1/ccomp/VBD=AUX/be "
                   "revenge/3/attr/NN for/4/prep/IN the/7/det/DT killing/5/pobj/NN/killing of/7/prep/IN "
                   "Soleimani/8/pobj/NNP in/7/prep/IN a/14/det/DT U.S./14/compound/NNP drone/14/compound/NN "
                   "strike/10/pobj/NN last/16/amod/JJ week/3/npadvmod/NN ./1/punct/.")
    events = dated(rows, [(0, 1, "iran", "Country"), (9, 10, "qassem-soleimani", "Person"),
                          (12, 13, "united-states", "Country")], ("last week", "2024-W18"))
    assert {e.date.value for e in events if e.category == "ASSAULT" and e.date is not None} == {"2024-W18"}


def test_a_clause_a_day_after_the_parser_made_a_conjunct_is_still_a_day_before() -> None:
    # "India expelled Pakistani diplomats on Wednesday, a day after gunmen killed tourists." with "killed" a
    # conjunct of "expelled", as the parser may join it (dating._measured_distance): the killing is the day before
    rows = rows_of("India/1/nsubj/NNP expelled/1/ROOT/VBD/expel Pakistani/3/amod/JJ diplomats/1/dobj/NNS/diplomat "
                   "on/1/prep/IN Wednesday/4/pobj/NNP ,/1/punct/, a/8/det/DT day/11/npadvmod/NN "
                   "after/11/mark/IN gunmen/11/nsubj/NNS/gunman killed/1/conj/VBD/kill tourists/11/dobj/NNS/tourist "
                   "./1/punct/.")
    events = dated(rows, [(0, 1, "india", "Country"), (2, 3, "pakistan", "Country")], ("Wednesday", "2024-05-08"))
    assert date_of(events, "SANCTION") == "2024-05-08"
    assert date_of(events, "ASSAULT") == "2024-05-07"


def test_a_conjunct_after_another_does_not_share_its_day() -> None:
    # "India expelled Pakistani diplomats on Wednesday, after gunmen killed tourists." ("killed" a conjunct with
    # "after", dating._date_of_governing_clause): the killing came before Wednesday, on a day the text does not say
    rows = rows_of("India/1/nsubj/NNP expelled/1/ROOT/VBD/expel Pakistani/3/amod/JJ diplomats/1/dobj/NNS/diplomat "
                   "on/1/prep/IN Wednesday/4/pobj/NNP ,/1/punct/, after/9/mark/IN gunmen/9/nsubj/NNS/gunman "
                   "killed/1/conj/VBD/kill tourists/9/dobj/NNS/tourist ./1/punct/.")
    events = dated(rows, [(0, 1, "india", "Country"), (2, 3, "pakistan", "Country")], ("Wednesday", "2024-05-08"))
    assert date_of(events, "SANCTION") == "2024-05-08"
    assert date_of(events, "ASSAULT") != "2024-05-08"
