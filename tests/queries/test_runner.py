"""The query library: headers, parameters bound as terms, the W3C result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib

from newsgraph.errors import BadQueryError, UnknownNameError
from newsgraph.graph.formats import RDF_FORMATS, RESULT_FORMATS
from newsgraph.graph.store import GraphStore
from newsgraph.queries.runner import library, load_query, run_query, write_result

DESIGN_VARIABLES = {
    "events": ("event", "category", "actor", "actorLabel", "recipient", "recipientLabel", "date", "mode", "source"),
    "entities": ("entity", "label", "type", "altLabel"),
    "relations": ("subject", "subjectLabel", "relation", "object", "objectLabel", "date", "source"),
}


def test_every_library_query_says_what_it_answers() -> None:
    for query in library().values():
        assert query.summary, f"{query.name}.rq needs a header comment saying what it answers"


@pytest.mark.parametrize("name", sorted(DESIGN_VARIABLES))
def test_library_queries_have_the_design_variables(facts_store: GraphStore, name: str) -> None:
    # DESIGN.md's variables, in its order; a column after them (events' and relations' ?disputed) is an addition.
    variables = run_query(facts_store, library()[name]).variables
    assert variables[:len(DESIGN_VARIABLES[name])] == DESIGN_VARIABLES[name]


def test_events_one_row_per_event_and_article(facts_store: GraphStore) -> None:
    rows = run_query(facts_store, library()["events"]).as_dicts()
    assert len(rows) == 6  # three events, each in two articles
    by_category = {(str(r["category"]), str(r["source"])) for r in rows}
    assert ("SANCTION", "a.txt") in by_category and ("SANCTION", "b.txt") in by_category
    sanction = next(r for r in rows if str(r["category"]) == "SANCTION")
    assert str(sanction["date"]) == "2014" and "mode" not in sanction
    assault = next(r for r in rows if str(r["category"]) == "ASSAULT")
    assert str(assault["mode"]) == "hypothetical" and "date" not in assault


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_an_entity_has_the_label_most_articles_give_and_every_name(tmp_path: Path, backend: str) -> None:
    # Three articles report the same events; one calls Japan by another name. The merged graph gives Japan the
    # label two of them give, keeps the other as a name, and there is still one row per event and article.
    from dataclasses import replace

    from newsgraph.build import article_graph
    from newsgraph.graph.store import open_store

    from factories import entity, facts

    other = facts("c.txt")
    other = replace(other, entities=[entity("japan", "Nippon", "Country"), *other.entities[1:]])
    with open_store(tmp_path / "s.store" if backend == "oxigraph" else None, backend) as store:
        store.write_articles([article_graph(facts("a.txt")), article_graph(facts("b.txt")), article_graph(other)])
        labels = {(str(r["category"]), str(r["source"]), str(r["actorLabel"]))
                  for r in run_query(store, library()["events"], {"entity": "Nippon"}).as_dicts()
                  if str(r["actor"]).endswith("/japan")}
        assert labels == {("SANCTION", name, "Japan") for name in ("a.txt", "b.txt", "c.txt")}
        names = {(str(r["label"]), str(r.get("altLabel"))) for r in run_query(store, library()["entities"]).as_dicts()
                 if str(r["entity"]).endswith("/japan")}
        assert names == {("Japan", "Tokyo"), ("Japan", "Nippon")}
        for name, params in (("events", {}), ("timeline", {"entity": "Russia"}),
                             ("between", {"from": "2014-01-01", "to": "2014-12-31"})):
            rows = run_query(store, library()[name], params).as_dicts()
            pairs = [(str(r["event"]), str(r["source"])) for r in rows]
            assert pairs, f"{name}: found nothing"
            assert len(pairs) == len(set(pairs)), f"{name}: more than one row for an event and article"
        relations = {(str(r["source"]), str(r["subjectLabel"]))
                     for r in run_query(store, library()["relations"], {"entity": "Japan"}).as_dicts()}
        assert relations == {("a.txt", "Japan"), ("b.txt", "Japan"), ("c.txt", "Japan")}


def test_an_entity_parameter_takes_a_name_or_an_alias(facts_store: GraphStore) -> None:
    for name in ("Japan", "tokyo", "  JAPAN "):
        rows = run_query(facts_store, library()["events"], {"entity": name}).as_dicts()
        assert {str(r["category"]) for r in rows} == {"SANCTION", "REQUEST", "ASSAULT"}
    rows = run_query(facts_store, library()["events"], {"entity": "United States"}).as_dicts()
    assert {str(r["category"]) for r in rows} == {"REQUEST"}


def test_mode_fact_keeps_only_plain_facts(facts_store: GraphStore) -> None:
    rows = run_query(facts_store, library()["events"], {"mode": "fact"}).as_dicts()
    assert {str(r["category"]) for r in rows} == {"SANCTION", "REQUEST"}


def test_between_overlaps_year_dates(facts_store: GraphStore) -> None:
    rows = run_query(facts_store, library()["between"], {"from": "2014-06-01", "to": "2014-06-30"}).as_dicts()
    assert {str(r["category"]) for r in rows} == {"SANCTION"}
    rows = run_query(facts_store, library()["between"], {"from": "2022-02-05", "to": "2022-02-05"}).as_dicts()
    assert {str(r["category"]) for r in rows} == {"REQUEST"}


def test_timeline_orders_by_date(facts_store: GraphStore) -> None:
    rows = run_query(facts_store, library()["timeline"], {"entity": "Japan"}).as_dicts()
    assert [str(r["category"]) for r in rows][:2] == ["SANCTION", "SANCTION"]
    assert str(rows[-1]["category"]) == "ASSAULT", "undated events come last"


def test_sources_names_the_sentences_behind_an_event(facts_store: GraphStore) -> None:
    event = next(r["event"] for r in run_query(facts_store, library()["events"], {"category": "REQUEST"}).as_dicts())
    rows = run_query(facts_store, library()["sources"], {"event": str(event)}).as_dicts()
    assert {str(r["source"]) for r in rows} == {"a.txt", "b.txt"}
    assert all(str(r["attribution"]) == "diplomatic sources" for r in rows)


def test_a_hostile_value_is_only_a_value(facts_store: GraphStore) -> None:
    rows = run_query(facts_store, library()["entities"], {"type": 'X") || true || ("'}).as_dicts()
    assert rows == []


@pytest.mark.parametrize("params, message", [
    ({"nosuch": "x"}, "unknown parameter"),
    ({"from": "yesterday", "to": "2022-01-01"}, "not a date"),
    ({"from": "2022-01-01"}, "needs to"),
])
def test_bad_parameters_say_what_to_do(facts_store: GraphStore, params: dict[str, str], message: str) -> None:
    with pytest.raises((BadQueryError, UnknownNameError), match=message):
        run_query(facts_store, library()["between"], params)


def test_an_unknown_entity_says_how_to_list_them(facts_store: GraphStore) -> None:
    with pytest.raises(BadQueryError, match="newsgraph query entities"):
        run_query(facts_store, library()["timeline"], {"entity": "Atlantis"})


def test_json_follows_the_w3c_results_format(facts_store: GraphStore) -> None:
    doc = json.loads(write_result(run_query(facts_store, library()["events"]), RESULT_FORMATS["json"]))
    assert doc["head"]["vars"][0] == "event"
    first = doc["results"]["bindings"][0]
    assert first["event"]["type"] == "uri"
    assert first["source"] == {"type": "literal", "value": first["source"]["value"]}
    dated = [b for b in doc["results"]["bindings"] if "date" in b]
    assert {b["date"]["datatype"] for b in dated} >= {"http://www.w3.org/2001/XMLSchema#gYear"}


def test_csv_has_a_header_and_plain_values(facts_store: GraphStore) -> None:
    rows = list(csv.reader(io.StringIO(write_result(run_query(facts_store, library()["entities"]),
                                                      RESULT_FORMATS["csv"]).decode())))
    assert rows[0] == list(DESIGN_VARIABLES["entities"])
    assert ["https://w3id.org/newsgraph/id/entity/japan", "Japan", "Country", "Tokyo"] in rows


def test_a_query_file_runs_with_its_own_parameters(facts_store: GraphStore, tmp_path: Path) -> None:
    file = tmp_path / "mine.rq"
    file.write_text("SELECT DISTINCT ?label WHERE { ?e rdfs:label ?label FILTER(?label = ?wanted) }", encoding="utf-8")
    rows = run_query(facts_store, load_query(str(file)), {"wanted": "Russia"}).as_dicts()
    assert [str(r["label"]) for r in rows] == ["Russia"]


def test_unknown_query_and_format_list_the_known_ones() -> None:
    with pytest.raises(UnknownNameError, match="between, describe, disagreements, entities, events"):
        load_query("nosuch")



def test_a_format_that_cannot_write_the_answer_names_those_that_can(facts_store: GraphStore) -> None:
    with pytest.raises(BadQueryError, match="use --format turtle, ntriples"):
        write_result(run_query(facts_store, library()["describe"], {"node": "Japan"}), RESULT_FORMATS["csv"])
    with pytest.raises(BadQueryError, match="use --format json, xml, csv, tsv, table"):
        write_result(run_query(facts_store, library()["entities"]), RDF_FORMATS["turtle"])


def test_the_short_forms_a_table_shows_are_accepted_back(facts_store: GraphStore) -> None:
    event = next(r["event"] for r in run_query(facts_store, library()["events"], {"category": "REQUEST"}).as_dicts())
    short = "event:" + str(event).rsplit("/", 1)[1]
    rows = run_query(facts_store, library()["sources"], {"event": short}).as_dicts()
    assert {str(r["source"]) for r in rows} == {"a.txt", "b.txt"}
    rows = run_query(facts_store, library()["events"], {"entity": "entity:japan"}).as_dicts()
    assert {str(r["category"]) for r in rows} == {"SANCTION", "REQUEST", "ASSAULT"}
    with pytest.raises(BadQueryError, match="short form a table shows"):
        run_query(facts_store, library()["sources"], {"event": "nosuch:thing"})


def test_describe_gives_what_every_article_says_of_a_node_as_turtle(facts_store: GraphStore) -> None:
    turtle = write_result(run_query(facts_store, library()["describe"], {"node": "Japan"}),
                          RDF_FORMATS["turtle"]).decode()
    g = rdflib.Graph().parse(data=turtle, format="turtle")
    japan = rdflib.URIRef("https://w3id.org/newsgraph/id/entity/japan")
    assert {str(o) for o in g.objects(japan, rdflib.SKOS.altLabel)} == {"Tokyo"}
    assert set(g.subjects()) == {japan}
    assert '"Japan"^^' not in turtle, "plain strings are written without a datatype"
    assert "@prefix prov:" not in turtle, "only the prefixes the answer uses are declared"


def test_category_and_mode_are_read_in_any_case_and_a_wrong_one_is_an_error(facts_store: GraphStore) -> None:
    upper = run_query(facts_store, library()["events"], {"category": "REQUEST"}).rows
    assert upper and run_query(facts_store, library()["events"], {"category": "request"}).rows == upper
    with pytest.raises(UnknownNameError, match=r"unknown category 'requets'.*REQUEST"):
        run_query(facts_store, library()["events"], {"category": "requets"})
    assert run_query(facts_store, library()["events"], {"mode": "FACT"}).rows
    with pytest.raises(UnknownNameError, match=r"unknown mode 'hypothetic'.*hypothetical"):
        run_query(facts_store, library()["events"], {"mode": "hypothetic"})


@pytest.mark.parametrize("query, key", [("sources", "event"), ("describe", "node")])
def test_an_unknown_node_is_an_error_not_an_empty_answer(facts_store: GraphStore, query: str, key: str) -> None:
    with pytest.raises(BadQueryError, match="the store holds nothing about 'event:nope'"):
        run_query(facts_store, library()[query], {key: "event:nope"})
