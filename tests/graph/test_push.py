"""`newsgraph push`: the graph sent to a real Oxigraph server over the Graph Store Protocol, then queried there."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from sample_graph import build_sample_store
from servers import free_port, oxigraph_server
from SPARQLWrapper import JSON, SPARQLWrapper

from newsgraph.build import BuildOptions, build
from newsgraph.cli import main
from newsgraph.graph.push import PushError, push
from newsgraph.graph.store import open_store
from newsgraph.queries.runner import library, run_query

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
COLUMNS = ("event", "category", "actor", "recipient", "date", "mode", "source")


@pytest.fixture(scope="module")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("sample") / "sample.store")


@pytest.fixture(scope="module")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (SEEDS / "manifest.jsonl").exists():
        pytest.skip(f"{SEEDS} is not here: put the shared folder beside the project (../shared)")
    path = tmp_path_factory.mktemp("seeds") / "seeds.store"
    build([SEEDS], BuildOptions(store=path, manifest=SEEDS / "manifest.jsonl"))
    return path


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "oxigraph") as url:
        yield url


def _local(store_path: Path, name: str) -> set[tuple[str, ...]]:
    with open_store(store_path) as store:
        result = run_query(store, library()[name])
    return {tuple("" if v is None else str(v) for v in row) for row in result.rows}


def _remote(url: str, name: str) -> set[tuple[str, ...]]:
    client = SPARQLWrapper(url + "/query")
    client.setQuery(library()[name].text)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    variables = answer["head"]["vars"]  # type: ignore[index]
    return {tuple(b.get(v, {}).get("value", "") for v in variables)
            for b in answer["results"]["bindings"]}  # type: ignore[index]


def _remote_count(url: str, query: str) -> int:
    client = SPARQLWrapper(url + "/query")
    client.setQuery("PREFIX ng: <https://w3id.org/newsgraph/ns#> " + query)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    return int(answer["results"]["bindings"][0]["n"]["value"])  # type: ignore[index]


def _remote_default_graph(url: str) -> int:
    """How many triples the server's own default graph holds (Graph Store Protocol, not the union)."""
    with urllib.request.urlopen(urllib.request.Request(url + "/store?default",
                                                       headers={"Accept": "application/n-triples"})) as answer:
        return sum(1 for line in answer.read().decode("utf-8").splitlines() if line.strip())


def _remote_graphs(url: str) -> dict[str, int]:
    client = SPARQLWrapper(url + "/query")
    client.setQuery("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in answer["results"]["bindings"]}  # type: ignore[index]


@pytest.mark.server
def test_the_seed_graph_pushed_to_oxigraph_answers_events_as_the_local_store(seed_store_path: Path,
                                                                            oxigraph: str) -> None:
    with open_store(seed_store_path) as store:
        report = push(store, oxigraph + "/store")
        local_graphs = {str(g) for g in store.article_graphs()}
        quads = store.quad_count()
        merged = sum(1 for q in store.oxigraph_quads() if isinstance(q.graph_name, ox.DefaultGraph))
    assert report.triples == quads
    remote_graphs = _remote_graphs(oxigraph)
    assert local_graphs <= set(remote_graphs)  # one named graph per article, kept
    assert _remote_default_graph(oxigraph) == merged > 0  # the merged graph is the default graph
    assert sum(remote_graphs.values()) + merged == quads
    for name in ("events", "relations", "entities"):
        assert _remote(oxigraph, name) == _local(seed_store_path, name), name
    assert _local(seed_store_path, "entities")  # the comparison is over something


@pytest.mark.server
def test_events_with_dates_modes_and_hostile_names_arrive_unchanged(sample_store_path: Path, oxigraph: str) -> None:
    with open_store(sample_store_path) as store:
        push(store, oxigraph + "/store")
    local = _local(sample_store_path, "events")
    assert len(local) == 8
    assert _remote(oxigraph, "events") == local


@pytest.mark.server
def test_pushing_twice_replaces_rather_than_duplicates(sample_store_path: Path, oxigraph: str) -> None:
    with open_store(sample_store_path) as store:
        push(store, oxigraph + "/store")
        first = _remote_graphs(oxigraph)
        push(store, oxigraph + "/store")
    assert _remote_graphs(oxigraph) == first


@pytest.mark.server
def test_everything_into_one_graph(sample_store_path: Path, oxigraph: str) -> None:
    with open_store(sample_store_path) as store:
        report = push(store, oxigraph + "/store", graph="https://example.org/news")
        quads = store.quad_count()
        distinct = len({(q.subject, q.predicate, q.object) for q in store.oxigraph_quads()})
    assert report.requests == report.graphs
    # The merged graph and the article graphs share no triple: in one graph each is still there once.
    assert distinct == quads
    assert _remote_graphs(oxigraph) == {"https://example.org/news": distinct}
    counted = _remote_count(oxigraph, "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a ng:Event } }")
    assert counted == len({row[0] for row in _local(sample_store_path, "events")}) == 8


@pytest.mark.server
def test_the_cli_pushes_and_says_how_much(sample_store_path: Path, oxigraph: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["push", "--store", str(sample_store_path), "--endpoint", oxigraph + "/store"])
    assert caught.value.code == 0
    assert f"sent 332 triples into 5 graphs at {oxigraph}/store" in capsys.readouterr().out


@pytest.mark.server
def test_a_wrong_path_on_a_live_server_says_where_to_look(sample_store_path: Path, oxigraph: str) -> None:
    with open_store(sample_store_path) as store, pytest.raises(PushError) as caught:
        push(store, oxigraph + "/sparql")
    assert "HTTP 404" in str(caught.value) and "Oxigraph: /store, Fuseki: /DATASET/data" in str(caught.value)


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    return int(caught.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(("endpoint", "needle"), [
    (f"http://127.0.0.1:{free_port()}/store", "connection refused; check that the store is running"),
    ("ftp://127.0.0.1/store", "is not an http:// or https:// URL"),
    ("127.0.0.1:7878/store", "is not an http:// or https:// URL"),
])
def test_unreachable_or_wrong_endpoints_are_one_line(sample_store_path: Path, capsys: pytest.CaptureFixture[str],
                                                     endpoint: str, needle: str) -> None:
    code, err = _cli(["push", "--store", str(sample_store_path), "--endpoint", endpoint], capsys)
    assert code == 1 and err.count("\n") == 1 and needle in err


def test_a_graph_that_is_no_iri_is_one_line(sample_store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(["push", "--store", str(sample_store_path), "--endpoint", "http://127.0.0.1:1/store",
                      "--graph", "news"], capsys)
    assert code == 1 and err.count("\n") == 1 and "--graph 'news' is not an IRI" in err


def test_a_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(["push", "--store", str(tmp_path / "none"), "--endpoint", "http://127.0.0.1:1/store"], capsys)
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
