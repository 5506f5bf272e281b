"""A query's rows read from Oxigraph's answer are the terms rdflib's conversion of the same answer gives."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsgraph.build import article_graph
from newsgraph.graph.formats import Term, Value, term
from newsgraph.graph.store import GraphStore, open_store
from newsgraph.queries.runner import QueryResult, bind_parameters, collect, library, run_query
from newsgraph.records import EventDate, Mode

from factories import facts

#: Parameters each library query is run with (names the seeds and the hand-made articles both have).
CASES: dict[str, list[dict[str, str]]] = {
    "events": [{}, {"entity": "Japan"}, {"category": "SANCTION"}, {"mode": "fact"}, {"mode": "hypothetical"},
               {"entity": "Japan", "category": "REQUEST"}],
    "relations": [{}, {"entity": "Japan"}],
    "entities": [{}, {"type": "Country"}],
    "timeline": [{"entity": "Japan"}, {"entity": "Russia"}],
    "between": [{"from": "2000-01-01", "to": "2030-12-31"}],
    "disagreements": [{}],
}


def _terms(result: QueryResult) -> list[tuple[Term | None, ...]]:
    return [tuple(term(v) for v in row) for row in result.rows]


def assert_same_rows(store: GraphStore, name: str, params: dict[str, str]) -> int:
    """The rows ``run_query`` reads from Oxigraph are, in the same order, the terms rdflib's conversion of the same
    query's answer gives; returns how many rows."""
    query = library()[name]
    read = run_query(store, query, params)
    converted = collect(store.query(query.text, bind_parameters(query, params, store)))
    assert all(isinstance(v, Value) for row in read.rows for v in row if v is not None)
    assert read.variables == converted.variables
    assert _terms(read) == _terms(converted), (name, params)
    assert [tuple(None if v is None else str(v) for v in row) for row in read.rows] == [
        tuple(None if v is None else str(v) for v in row) for row in converted.rows]
    return len(read.rows)


@pytest.fixture()
def varied_store(tmp_path: Path) -> Iterator[GraphStore]:
    """Reports that differ: a date given as a year, a month and a day, a disagreement on the date, a fact in one
    report and hypothetical in another, an article without a publication date."""
    sanction = facts("a.txt").events[0]
    later = facts("c.txt", published=date(2022, 2, 6))
    later.events[0] = dataclasses.replace(sanction, mention=dataclasses.replace(sanction.mention, doc_id="c.txt"),
                                          date=EventDate.from_value("2013-05-02"))
    doubtful = facts("d.txt", published=date(2022, 2, 4))
    doubtful.events[1] = dataclasses.replace(doubtful.events[1], mode=Mode.HYPOTHETICAL)
    undated = facts("e.txt", published=None)
    undated.events[0] = dataclasses.replace(undated.events[0], date=EventDate.from_value("2014-06"))
    with open_store(tmp_path / "varied.store") as store:
        store.write_articles([article_graph(f) for f in (facts("a.txt"), facts("b.txt"), later, doubtful, undated)])
        yield store


@pytest.mark.parametrize("name", sorted(CASES))
def test_rows_read_from_oxigraph_are_the_terms_rdflib_gives(varied_store: GraphStore, name: str) -> None:
    counts = [assert_same_rows(varied_store, name, params) for params in CASES[name]]
    assert counts[0] > 0


def test_events_sort_by_the_text_of_their_dates(varied_store: GraphStore) -> None:
    """A year, a month and a day are not comparable in SPARQL; their text is: a year comes before its months."""
    rows = run_query(varied_store, library()["events"]).as_dicts()
    dates = [str(r["date"]) for r in rows if "date" in r]
    assert dates == sorted(dates) and {"2014", "2014-06", "2013-05-02"} <= set(dates)
    assert any("disputed" in r for r in rows) and any("mode" in r for r in rows)


@pytest.mark.model
def test_rows_read_from_oxigraph_on_the_seeds(seeds_store: GraphStore) -> None:
    for name, cases in {**CASES, "timeline": [{"entity": "Japan"}, {"entity": "Russia"}]}.items():
        for params in cases:
            assert_same_rows(seeds_store, name, params)


def test_a_yes_or_no_query_and_a_graph_query_still_answer(facts_store: GraphStore, tmp_path: Path) -> None:
    from newsgraph.queries.runner import load_query

    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?e rdfs:label \"Japan\" }", encoding="utf-8")
    assert run_query(facts_store, load_query(str(ask))).boolean is True
    graph = run_query(facts_store, library()["describe"], {"node": "Japan"})
    assert graph.triples and graph.kind == "graph"
