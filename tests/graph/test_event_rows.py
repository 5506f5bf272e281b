"""The event table: the ``events`` query's rows kept by the write path are exactly the rows its SPARQL gives."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_merged import article

from newsgraph.build import article_graph
from newsgraph.graph.formats import term
from newsgraph.graph.store import GraphStore, open_store
from newsgraph.queries.runner import library, run_query
from newsgraph.records import ArticleFacts, DateKind, EventDate, Mode

#: Parameters of ``events`` each comparison runs with (names resolved by the store, as a user gives them).
PARAMETERS: list[dict[str, str]] = [{}, {"entity": "Japan"}, {"entity": "Russia"}, {"category": "sanction"},
                                    {"category": "request"}, {"mode": "fact"}, {"mode": "negated"},
                                    {"entity": "Japan", "category": "sanction", "mode": "fact"}]


def _rows(store: GraphStore, params: dict[str, str], *, kept: bool) -> tuple[list[str], list[tuple[Any, ...]]]:
    answer = run_query(store, library()["events"], params, kept=kept)
    return list(answer.variables), [tuple(term(v) for v in row) for row in answer.rows]


def assert_table_is_sparql(store: GraphStore, parameters: list[dict[str, str]] = PARAMETERS) -> int:
    """The table's rows are the SPARQL's, term for term and in the same order, for every set of parameters;
    returns how many rows the query has without parameters."""
    assert store.event_table is not None and store.event_table.current()
    for params in parameters:
        try:
            sparql = _rows(store, params, kept=False)
        except Exception as e:  # an entity the store does not name: both must refuse alike
            with pytest.raises(type(e)):
                _rows(store, params, kept=True)
            continue
        assert _rows(store, params, kept=True) == sparql, params
    return len(_rows(store, {}, kept=False)[1])


@pytest.mark.model
def test_the_seed_store_table_is_its_sparql(seeds_store: GraphStore) -> None:
    assert assert_table_is_sparql(seeds_store, [*PARAMETERS, {"entity": "Mikhail Galuzin"},
                                                {"category": "consult"}, {"mode": "hypothetical"}]) >= 20


def test_adding_rereading_and_removing_articles_keeps_the_table_exact(tmp_path: Path) -> None:
    path = tmp_path / "s.store"
    with open_store(path) as store:
        store.write_articles([article_graph(a) for a in (
            # Months before the others: no disagreement, so the re-reading below touches none of its triples.
            article("a.txt", recipient="ukraine", published=date(2021, 6, 1), sanction_date="2021-05-31"),
            article("b.txt"),
            # Another day for the same sanctions: a disagreement, so the disputed flag is set on both events.
            article("e.txt", published=date(2022, 3, 2), sanction_date="2022-02-27"),
            article("c.txt", recipient="belarus", sanction_mode=Mode.NEGATED))])
        assert assert_table_is_sparql(store) == 4
        # Re-read and added: Japan is "Nippon" in three articles of five now, so the rows of a.txt's event, which
        # no write touched, show the new label.
        store.write_articles([article_graph(a) for a in (
            article("e.txt", japan="Nippon", published=date(2022, 3, 2), sanction_date="2022-02-27"),
            article("c.txt", japan="Nippon", recipient="belarus", sanction_mode=Mode.NEGATED),
            article("f.txt", japan="Nippon", recipient="belarus", sanction_mode=Mode.NEGATED))])
        assert {str(r[3]) for r in run_query(store, library()["events"]).rows} == {"Nippon"}
        assert assert_table_is_sparql(store) == 5
        store.remove_articles(["e.txt"])
        assert assert_table_is_sparql(store) == 4
        store.remove_articles(["a.txt", "b.txt", "c.txt", "f.txt"])
        assert assert_table_is_sparql(store) == 0
    with open_store(path) as store:
        store.write_articles([article_graph(article("d.txt"))])
    with open_store(path, read_only=True) as store:  # as a query reads it after the build
        assert assert_table_is_sparql(store) == 1


def _dated(facts: ArticleFacts, when: EventDate) -> ArticleFacts:
    """The article with its one event dated ``when``."""
    return dataclasses.replace(facts, events=[dataclasses.replace(facts.events[0], date=when)])


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_each_row_says_what_its_article_knows_the_date_as(tmp_path: Path, backend: str) -> None:
    # The same sanctions, 2022-03-01: a.txt says they were imposed that day; b.txt only reports them that day, so
    # they happened no later than it. A table printing both dates alike told the reader b.txt knew the day.
    day = date(2022, 3, 1)
    occurred = EventDate.from_value("2022-03-01", DateKind.OCCURRED)
    with open_store(tmp_path / "s.store", backend) as store:
        store.write_articles([article_graph(_dated(article("a.txt", published=day), occurred)),
                              article_graph(_dated(article("b.txt", published=day), EventDate.reported_by(day)))])
        rows = run_query(store, library()["events"]).as_dicts()
        assert len({r["event"] for r in rows}) == 1  # one event, one row per article
        assert {(str(r["source"]), str(r["date"]), str(r["dateKind"])) for r in rows} == {
            ("a.txt", "2022-03-01", "occurred"), ("b.txt", "2022-03-01", "reported")}
        if store.event_table is not None:
            assert assert_table_is_sparql(store) == 2
        # Re-read, b.txt now knows the day: the merged graph is the same (a.txt gave the day already), its
        # mentions are not, and so is its row.
        store.write_articles([article_graph(_dated(article("b.txt", published=day, text="On Monday."), occurred))])
        rows = run_query(store, library()["events"]).as_dicts()
        assert {str(r["dateKind"]) for r in rows} == {"occurred"}
        if store.event_table is not None:
            assert assert_table_is_sparql(store) == 2
        # An event with no date has no kind of date either.
        store.write_articles([article_graph(_dated(article("c.txt", published=day, recipient="belarus"), None))])
        undated = [r for r in run_query(store, library()["events"]).as_dicts() if str(r["source"]) == "c.txt"]
        assert len(undated) == 1 and "date" not in undated[0] and "dateKind" not in undated[0]


def test_a_pending_or_missing_table_is_never_read_and_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "s.store"
    with open_store(path) as store:
        store.write_articles([article_graph(article("a.txt")), article_graph(article("b.txt", recipient="belarus"))])
    table = path / "events.sqlite"
    # A build stopped between its store's change and the table's: marked pending, and its rows wrong.
    with sqlite3.connect(table) as db:
        db.execute("UPDATE state SET value = '1' WHERE key = 'pending'")
        db.execute("DELETE FROM event_rows WHERE recipient LIKE '%belarus'")
    with open_store(path, read_only=True) as store:
        assert store.event_table is not None and not store.event_table.current()
        answer = run_query(store, library()["events"])
        assert {str(r[5]) for r in answer.rows} == {"Russia", "Belarus"}  # from the SPARQL
    with open_store(path) as store:  # the next build rebuilds it
        assert assert_table_is_sparql(store) == 2
    # A store written before the table existed: queried by SPARQL, given the table by the next build.
    table.unlink()
    with open_store(path, read_only=True) as store:
        assert len(run_query(store, library()["events"]).rows) == 2
        assert not table.exists()
    with open_store(path) as store:
        assert assert_table_is_sparql(store) == 2


def test_a_users_own_events_file_runs_as_sparql(tmp_path: Path) -> None:
    from newsgraph.queries.runner import load_query

    own = tmp_path / "events.rq"
    own.write_text("SELECT ?event WHERE { ?event ng:category ?c }\n")
    with open_store(tmp_path / "s.store") as store:
        store.write_articles([article_graph(article("a.txt"))])
        answer = run_query(store, load_query(str(own)))
        assert answer.variables == ("event",) and len(answer.rows) == 1
