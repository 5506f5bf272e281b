"""The event coder reads who did what to whom from the parse, in the shapes news uses.

Every sentence here was written for these tests (none comes from the seed articles or the PETRARCH records).
Each test names the construction it checks: voice, coordination, titles, possessives, relative clauses, group
words, capitals, reported speech and its sources, and the auxiliary modes.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from newsgraph.extract.events import (
    EventCoder,
    explain,
    format_explanation,
)
from newsgraph.extract.events.intents import _intent_category
from newsgraph.extract.pipeline import load_pipeline
from newsgraph.records import DateKind, Event, Mode, Precision

PUBLISHED = date(2024, 5, 10)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def code(nlp: Language, text: str, published: date | None = PUBLISHED, source: str = "manifest") -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.doc_id = "test"
    doc._.published = published
    doc._.published_source = source
    return list(nlp(doc)._.events)


def triples(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.category, e.actor, e.recipient) for e in events}


def one(events: list[Event], category: str) -> Event:
    found = [e for e in events if e.category == category]
    assert len(found) == 1, events
    return found[0]


# -- no model needed -------------------------------------------------------------------------------------------
def test_intending_an_event_is_threat_agreement_or_concession() -> None:
    assert _intent_category("ASSAULT") == "THREATEN"
    assert _intent_category("SANCTION") == "THREATEN"
    assert _intent_category("COOPERATE") == "AGREE"
    assert _intent_category("AID") == "AGREE"
    assert _intent_category("RETREAT") == "CONCEDE"
    assert _intent_category("ACCUSE") == "ACCUSE"




# -- actors and recipients ----------------------------------------------------------------------------------
@pytest.mark.model
def test_active_voice_subject_acts_on_object(nlp: Language) -> None:
    assert triples(code(nlp, "Turkey condemned Sweden on Monday.")) == {("ACCUSE", "turkey", "sweden")}


@pytest.mark.model
def test_passive_voice_agent_is_the_actor(nlp: Language) -> None:
    event = one(code(nlp, "Kenya was attacked by Somali militants on Sunday."), "ASSAULT")
    # Somali militants are a group of their own, not Somalia's state (groups.py)
    assert (event.actor, event.recipient, event.actor_sector) == ("somalia-militant", "kenya", "rebels")


@pytest.mark.model
def test_coordinated_demonyms_are_two_actors(nlp: Language) -> None:
    events = code(nlp, "Polish and Lithuanian officials criticized Belarus.")
    assert triples(events) == {("ACCUSE", "poland", "belarus"), ("ACCUSE", "lithuania", "belarus")}
    assert {e.actor_sector for e in events} == {"government"}


@pytest.mark.model
def test_coordinated_names_meet_one_another(nlp: Language) -> None:
    found = triples(code(nlp, "France, Germany and Italy met in Rome."))
    countries = ("france", "germany", "italy")
    assert found == {("CONSULT", a, b) for a in countries for b in countries if a != b}


@pytest.mark.model
def test_a_person_named_with_a_title_is_the_actor(nlp: Language) -> None:
    doc = nlp("Germany's ambassador to Poland Thomas Weber criticized the new law.")
    event = one(list(doc._.events), "ACCUSE")
    assert (event.actor, event.actor_sector) == ("thomas-weber", "government")
    # the role itself is a relation, not part of the event
    assert ("thomas-weber", "ambassadorOf", "germany") in {(r.subject, r.predicate, r.object)
                                                           for r in doc._.relations}


@pytest.mark.model
def test_a_person_named_in_apposition_to_a_title(nlp: Language) -> None:
    doc = nlp("Iran's foreign minister, Abbas Araghchi, criticized Britain on Sunday.")
    assert triples(list(doc._.events)) == {("ACCUSE", "abbas-araghchi", "united-kingdom")}
    assert ("abbas-araghchi", "officialOf", "iran") in {(r.subject, r.predicate, r.object) for r in doc._.relations}


@pytest.mark.model
def test_possessive_nominal_event_with_its_own_date(nlp: Language) -> None:
    events = code(nlp, "Following Iraq's invasion of Kuwait in 1990, the United Nations imposed sanctions on Iraq.")
    invasion = one(events, "ASSAULT")
    assert (invasion.actor, invasion.recipient, invasion.trigger) == ("iraq", "kuwait", "invasion")
    assert invasion.date is not None and (invasion.date.value, invasion.date.precision) == ("1990", Precision.YEAR)
    sanctions = one(events, "SANCTION")
    assert (sanctions.actor, sanctions.recipient, sanctions.topic) == ("united-nations", "iraq", "sanctions")
    # background from an earlier period is historical (PLOVER.md), and keeps its own date
    assert invasion.mode is Mode.HISTORICAL and sanctions.mode is Mode.HISTORICAL
    assert sanctions.date is not None and sanctions.date.value == "1990"


@pytest.mark.model
def test_an_event_of_last_month_is_news_not_background(nlp: Language) -> None:
    events = code(nlp, "Iraq invaded Kuwait last month.")
    assert [(e.category, e.actor, e.recipient, e.mode) for e in events] == [("ASSAULT", "iraq", "kuwait", None)]


@pytest.mark.model
def test_relative_clause_subject_is_the_noun_it_describes(nlp: Language) -> None:
    events = code(nlp, "Israel, which bombed Gaza on Sunday, rejected the ceasefire proposal.")
    assert ("ASSAULT", "israel", "gaza-strip") in triples(events)
    assert one(events, "REJECT").actor == "israel"


@pytest.mark.model
def test_group_word_with_demonym_is_the_country_with_a_sector(nlp: Language) -> None:
    event = one(code(nlp, "Russian troops shelled Kharkiv overnight."), "ASSAULT")
    assert (event.actor, event.actor_sector) == ("russia", "military")
    protest = one(code(nlp, "Georgian protesters demonstrated outside parliament."), "PROTEST")
    assert (protest.actor, protest.actor_sector) == ("georgia", "opposition")


@pytest.mark.model
def test_capital_acting_as_government_is_the_country(nlp: Language) -> None:
    assert triples(code(nlp, "Beijing accused Washington of interference.")) == {
        ("ACCUSE", "china", "united-states")}


@pytest.mark.model
def test_recipients_from_objects_and_prepositions(nlp: Language) -> None:
    assert triples(code(nlp, "The European Union sent humanitarian aid to Syria.")) == {
        ("AID", "european-union", "syria")}
    assert triples(code(nlp, "India held talks with China.")) == {("CONSULT", "india", "china")}
    assert triples(code(nlp, "Canada imposed sanctions against Iran.")) == {("SANCTION", "canada", "iran")}


@pytest.mark.model
def test_nominal_object_stands_for_its_doer(nlp: Language) -> None:
    assert triples(code(nlp, "Japan condemned North Korea's missile launch.")) == {
        ("ACCUSE", "japan", "north-korea")}


@pytest.mark.model
def test_light_verb_object_naming_people_is_the_recipient(nlp: Language) -> None:
    event = one(code(nlp, "Israel released 30 Palestinian prisoners on Tuesday."), "RETREAT")
    assert (event.actor, event.recipient, event.trigger) == ("israel", "palestine", "released prisoners")


# -- reported speech -----------------------------------------------------------------------------------------
@pytest.mark.model
def test_who_warns_is_the_actor_of_the_threat(nlp: Language) -> None:
    events = code(nlp, "Germany warned that Russia would face new sanctions.")
    assert triples(events) == {("THREATEN", "germany", "russia")}
    assert one(events, "THREATEN").mode is None


@pytest.mark.model
def test_a_conditional_warning_is_a_plain_threat(nlp: Language) -> None:
    events = code(nlp, "The EU warned Belarus that it would face new sanctions if it did not release the prisoners.")
    assert triples(events) == {("THREATEN", "european-union", "belarus")}
    assert events[0].mode is None


@pytest.mark.model
def test_the_reported_event_keeps_who_said_it(nlp: Language) -> None:
    events = code(nlp, "Britain said Iranian forces attacked a Saudi tanker.")
    attack = one(events, "ASSAULT")
    assert (attack.actor, attack.recipient, attack.attribution) == ("iran", "saudi-arabia", "united-kingdom")
    # saying that another attacked is an accusation of it
    assert ("ACCUSE", "united-kingdom", "iran") in triples(events)


@pytest.mark.model
def test_sources_are_attributions_never_actors(nlp: Language) -> None:
    events = code(nlp, "Ethiopian troops attacked Eritrean positions, diplomatic sources said.")
    assert triples(events) == {("ASSAULT", "ethiopia", "eritrea")}
    assert events[0].attribution == "diplomatic sources"
    reported = code(nlp, "Reuters reported that Turkey arrested ten Kurdish activists.")
    arrest = one(reported, "COERCE")
    assert (arrest.actor, arrest.attribution, arrest.recipient_sector) == ("turkey", "reuters", "opposition")
    assert all(e.actor != "reuters" for e in reported)


@pytest.mark.model
def test_saying_alone_is_not_an_event(nlp: Language) -> None:
    assert code(nlp, "The minister said the economy was growing.") == []
    assert code(nlp, "Spain told France about the plan.") == []


# -- modes -----------------------------------------------------------------------------------------------------
@pytest.mark.model
def test_if_clause_is_hypothetical_and_undated(nlp: Language) -> None:
    event = one(code(nlp, "If China attacks Taiwan, Japan will respond."), "ASSAULT")
    assert (event.actor, event.recipient, event.mode, event.date) == ("china", "taiwan", Mode.HYPOTHETICAL, None)


@pytest.mark.model
def test_would_is_hypothetical(nlp: Language) -> None:
    event = one(code(nlp, "Poland would send troops to Ukraine."), "MOBILIZE")
    assert (event.actor, event.recipient, event.mode) == ("poland", "ukraine", Mode.HYPOTHETICAL)


@pytest.mark.model
def test_did_not_is_negated(nlp: Language) -> None:
    event = one(code(nlp, "Japan did not impose sanctions on Iran."), "SANCTION")
    assert (event.actor, event.recipient, event.mode) == ("japan", "iran", Mode.NEGATED)


@pytest.mark.model
def test_refusing_is_a_rejection_not_a_negated_event(nlp: Language) -> None:
    events = code(nlp, "Hungary refused to sign the agreement.")
    assert [(e.category, e.actor, e.mode) for e in events] == [("REJECT", "hungary", None)]
    assert triples(code(nlp, "Serbia rejected Kosovo's proposal.")) == {("REJECT", "serbia", "kosovo")}


@pytest.mark.model
def test_a_meeting_dated_after_publication_is_agreed_on(nlp: Language) -> None:
    # PLOVER.md: cooperation to come is AGREE, dated when it was reported
    events = code(nlp, "Japan meets Russia next week.")
    assert [(e.category, e.actor, e.recipient, e.mode) for e in events] == [("AGREE", "japan", "russia", None)]
    assert events[0].date is not None and events[0].date.kind is DateKind.REPORTED


@pytest.mark.model
def test_will_host_talks_is_a_promise_dated_when_reported(nlp: Language) -> None:
    # PLOVER.md: future cooperation is AGREE; the promise is made now, not on the day of the talks
    events = code(nlp, "Egypt will host talks between Israel and Hamas next week.")
    assert triples(events) == {("AGREE", "egypt", "israel"), ("AGREE", "egypt", "hamas")}
    assert {e.mode for e in events} == {None}
    assert {(e.date.latest, e.date.kind) for e in events if e.date} == {(PUBLISHED, DateKind.REPORTED)}


@pytest.mark.model
def test_undated_background_in_past_perfect_is_historical(nlp: Language) -> None:
    event = one(code(nlp, "Turkey had expelled Dutch diplomats."), "SANCTION")
    assert (event.actor, event.recipient, event.mode, event.date) == (
        "turkey", "netherlands", Mode.HISTORICAL, None)


@pytest.mark.model
def test_a_conditional_pledge_is_a_threat(nlp: Language) -> None:
    events = code(nlp, "Vietnam pledged to take strong action in response to any attack by China.")
    assert triples(events) == {("THREATEN", "vietnam", "china")}


# -- dates -----------------------------------------------------------------------------------------------------
@pytest.mark.model
def test_the_date_in_the_sentence_dates_the_event(nlp: Language) -> None:
    event = one(code(nlp, "Brazil signed a trade deal with Argentina on March 3, 2021."), "SUPPORT")
    assert event.recipient == "argentina"
    assert event.date is not None
    assert (event.date.value, event.date.kind, event.date.precision) == ("2021-03-03", DateKind.OCCURRED,
                                                                         Precision.DAY)


@pytest.mark.model
def test_undated_event_is_bounded_by_the_publication_day(nlp: Language) -> None:
    event = one(code(nlp, "Chile criticized Peru."), "ACCUSE")
    assert event.date is not None
    assert (event.date.value, event.date.kind, event.date.earliest, event.date.latest) == (
        "2024-05-10", DateKind.REPORTED, None, PUBLISHED)


@pytest.mark.model
def test_an_inferred_publication_date_gives_an_inferred_event_date(nlp: Language) -> None:
    event = one(code(nlp, "Chile criticized Peru.", source="inferred"), "ACCUSE")
    assert event.date is not None and event.date.kind is DateKind.INFERRED


@pytest.mark.model
def test_without_a_publication_date_an_undated_event_stays_undated(nlp: Language) -> None:
    assert one(code(nlp, "Chile criticized Peru.", published=None), "ACCUSE").date is None


@pytest.mark.model
def test_the_same_meeting_told_with_its_day_dates_the_vaguer_telling(nlp: Language) -> None:
    text = ("Narendra Modi met Olaf Scholz late last month to discuss trade. "
            "Modi meets Scholz in Berlin on April 12, 2024.")
    events = [e for e in code(nlp, text) if e.category == "CONSULT"]
    assert {(e.actor, e.recipient) for e in events} == {("narendra-modi", "olaf-scholz")}
    assert len(events) == 2
    assert {e.date.value for e in events if e.date} == {"2024-04-12"}


# -- mentions and explanations ------------------------------------------------------------------------------
@pytest.mark.model
def test_the_mention_points_at_the_trigger_words(nlp: Language) -> None:
    text = "Talks stalled. Japan imposed sanctions on Russia."
    event = one(code(nlp, text), "SANCTION")
    assert text[event.mention.start:event.mention.end] == "imposed sanctions"
    assert event.mention.sentence == "Japan imposed sanctions on Russia."


@pytest.mark.model
def test_explain_names_the_lexicon_entry_behind_each_event(nlp: Language) -> None:
    explanations = explain(nlp, "Japan imposed sanctions on Russia.")
    assert len(explanations) == 1
    item = explanations[0]
    assert item.event.category == "SANCTION"
    assert item.entry["verb"] == "impose" and "sanction" in item.entry["object"]
    assert item.source.startswith("verbs.jsonl:")
    lines = format_explanation(explanations)
    assert lines[0].startswith("1. SANCTION  japan → russia")
    assert any("actor japan" in line for line in lines)
    assert format_explanation(explain(nlp, "The weather was fine.")) == ["no event found"]


@pytest.mark.model
def test_the_component_is_registered_and_lists_attributions(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("newsgraph_events"), EventCoder)
    doc = nlp("Ethiopian troops attacked Eritrean positions, diplomatic sources said.")
    assert doc._.attributions == {0: ["diplomatic sources"]}


def test_explain_cuts_a_lexicon_entrys_long_word_list_to_a_line() -> None:
    from newsgraph.extract.events.component import _shortened

    words = ", ".join(f"'word{i}'" for i in range(40))
    step = f"trigger 'struck': lexicon verbs.jsonl:356 {{'verb': 'strike', 'object': [{words}]}}"
    assert _shortened(step).endswith("'word5', … 34 more]}") and len(_shortened(step)) < 140
    short = "trigger 'met': lexicon verbs.jsonl:1 {'verb': 'meet', 'object': ['talks', 'summit']}"
    assert _shortened(short) == short
