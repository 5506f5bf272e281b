"""`newsgraph serve`: a read-only SPARQL 1.1 Protocol endpoint, queried as a user's tools would query it."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.dom.minidom
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from sample_graph import HOSTILE, build_sample_store
from servers import newsgraph_server
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from newsgraph.cli import main
from newsgraph.graph.formats import choose_format
from newsgraph.graph.serve import refusal
from newsgraph.queries.runner import library

NG = "https://w3id.org/newsgraph/ns#"
ENTITY = "https://w3id.org/newsgraph/id/entity/"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIME_LIMIT = 1.5


# -- without a server --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("query", "word"), [
    ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", "INSERT"),
    ("PREFIX ng: <https://w3id.org/newsgraph/ns#>\nDELETE WHERE { ?s ng:x ?o }", "DELETE"),
    ("load <http://example.org/x.ttl> INTO GRAPH <http://g/>", "LOAD"),
    ("CLEAR ALL", "CLEAR"),
    ("DROP GRAPH <http://g/>", "DROP"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
])
def test_writes_loads_and_services_are_refused(query: str, word: str) -> None:
    reason = refusal(query)
    assert reason is not None and word in reason and "refused" in reason


def test_a_query_with_an_update_after_it_is_no_query() -> None:
    reason = refusal("SELECT * WHERE { ?s ?p ?o } ;\n INSERT DATA { <http://a/b> <http://a/c> 1 }")
    assert reason is not None and reason.startswith("the query is not valid SPARQL")


@pytest.mark.parametrize("query", [
    'SELECT ?s WHERE { ?s ?p "INSERT DATA LOAD SERVICE" }',
    "SELECT ?load ?service WHERE { ?load <http://x/p> ?service } # DROP ALL",
    "PREFIX load: <http://x/> SELECT * WHERE { ?s load:delete ?o . ?o <http://x/insert> ?x }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
    'SELECT * WHERE { ?s ?p """a "quoted" CLEAR""" }',
])
def test_queries_that_only_mention_the_words_run(query: str) -> None:
    assert refusal(query) is None


@pytest.mark.parametrize(("kind", "accept", "param", "expected"), [
    ("solutions", None, None, "json"),
    ("solutions", "application/sparql-results+xml", None, "xml"),
    ("solutions", "text/csv;q=0.4, text/tab-separated-values;q=0.9", None, "tsv"),
    ("solutions", "text/html,application/xhtml+xml,*/*;q=0.8", None, "json"),
    ("solutions", "application/sparql-results+json", "csv", "csv"),
    ("graph", "application/sparql-results+json,application/json", None, "jsonld"),
    ("graph", "text/turtle", None, "turtle"),
    ("graph", "application/n-triples", None, "ntriples"),
    ("graph", "text/turtle", "xml", "turtle"),  # a format that does not fit the result is ignored
    ("boolean", "application/sparql-results+xml", None, "xml"),
])
def test_content_negotiation(kind: str, accept: str | None, param: str | None, expected: str) -> None:
    chosen = choose_format(kind, accept, param)
    assert chosen is not None and chosen.name == expected


def test_nothing_fits_gives_none() -> None:
    assert choose_format("graph", "text/csv, application/sparql-results+json") is None


@pytest.fixture(scope="module")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("sample") / "sample.store")


# -- a running server --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def endpoint(sample_store_path: Path) -> Iterator[str]:
    # One worker: the query after a stopped one must wait for its replacement, not fail.
    with newsgraph_server(sample_store_path, "--timeout", str(TIME_LIMIT), "--max-results", "50", "--workers", "1"
                          ) as (url, _):
        yield url


def _sparql(url: str, query: str, fmt: str = JSON, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(url + "sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    elif method == "POSTDIRECTLY":
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
    return client


def _request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
             method: str | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode()


def _events_rows(bindings: list[dict[str, dict[str, str]]]) -> set[tuple[str, ...]]:
    return {(b["category"]["value"], b["actorLabel"]["value"], b["recipientLabel"]["value"],
             b.get("date", {}).get("value", "")) for b in bindings}


@pytest.mark.server
@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_events_as_json_by_get_form_and_direct_post(endpoint: str, method: str) -> None:
    result = _sparql(endpoint, library()["events"].text, JSON, method).query().convert()
    rows = _events_rows(result["results"]["bindings"])  # type: ignore[index]
    assert ("SANCTION", "Japan", "Russia", "2022-02-23") in rows
    assert ("ACCUSE", HOSTILE, "Russia", "2022-06-01") in rows
    assert len(rows) == 8


@pytest.mark.server
def test_select_as_xml(endpoint: str) -> None:
    query = f"SELECT ?label WHERE {{ <{ENTITY}japan> <http://www.w3.org/2000/01/rdf-schema#label> ?label }} LIMIT 1"
    document = _sparql(endpoint, query, XML).query().convert()
    assert isinstance(document, xml.dom.minidom.Document)
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert literals == ["Japan"]


@pytest.mark.server
def test_construct_as_turtle(endpoint: str) -> None:
    query = f"""PREFIX ng: <{NG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    CONSTRUCT {{ ?a ng:sanction ?b . ?a rdfs:label ?l }} WHERE {{ ?a ng:sanction ?b ; rdfs:label ?l }}"""
    body = _sparql(endpoint, query, TURTLE).query().convert()
    g = Graph().parse(data=body, format="turtle")
    assert (URIRef(ENTITY + "japan"), URIRef(NG + "sanction"), URIRef(ENTITY + "russia")) in g
    assert (URIRef(ENTITY + "japan"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Japan")) in g


@pytest.mark.server
@pytest.mark.parametrize(("accept", "starts"), [
    ("text/csv", "label\r\n"),
    ("text/tab-separated-values", "?label\n"),
    ("application/n-triples", None),
])
def test_csv_tsv_and_406(endpoint: str, accept: str, starts: str | None) -> None:
    query = urllib.parse.quote(f"SELECT ?label WHERE {{ <{ENTITY}russia> <http://www.w3.org/2000/01/rdf-schema#label> "
                               "?label } LIMIT 1")
    status, headers, body = _request(f"{endpoint}sparql?query={query}", headers={"Accept": accept})
    if starts is None:
        assert status == 406 and "ask for one of" in body
    else:
        assert status == 200 and body.startswith(starts) and "Russia" in body
        assert headers["content-type"].startswith(accept)


@pytest.mark.server
def test_describe_as_ntriples(endpoint: str) -> None:
    query = urllib.parse.quote(f"DESCRIBE <{ENTITY}nato>")
    status, _, body = _request(f"{endpoint}sparql?query={query}", headers={"Accept": "application/n-triples"})
    assert status == 200
    assert f'<{ENTITY}nato> <http://www.w3.org/2000/01/rdf-schema#label> "NATO" .' in body


@pytest.mark.server
@pytest.mark.parametrize(("query", "needle"), [
    ("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", "read-only"),
    ("LOAD <http://example.org/data.ttl>", "LOAD is refused"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
])
def test_update_load_and_service_are_refused_with_a_message(endpoint: str, query: str, needle: str) -> None:
    # SPARQLWrapper sends INSERT and LOAD as SPARQL Update (update=...), SERVICE as a query.
    client = _sparql(endpoint, query, JSON, "POST")
    with pytest.raises(urllib.error.HTTPError) as caught:
        client.query()
    assert caught.value.code == 403
    assert needle in caught.value.read().decode()
    status, _, body = _request(endpoint + "sparql", data=query.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    assert status == 403 and needle in body
    status, _, body = _request(endpoint + "sparql", data=query.encode(),
                               headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and needle.split()[0] in body and "refused" in body


@pytest.mark.server
def test_the_store_is_unchanged_after_refused_writes(endpoint: str) -> None:
    _request(endpoint + "sparql", data=b"INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }",
             headers={"Content-Type": "application/sparql-update"})
    result = _sparql(endpoint, "ASK { <http://a/b> ?p ?o }").query().convert()
    assert result["boolean"] is False  # type: ignore[index]


@pytest.mark.server
def test_a_bad_query_is_a_400_that_says_why(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as caught:
        _sparql(endpoint, "SELECT ?x WHERE { ?x ?y }").query()
    assert "not valid SPARQL" in str(caught.value)
    status, _, body = _request(endpoint + "sparql")
    assert status == 400 and "give exactly one SPARQL query" in body


@pytest.mark.server
def test_a_query_past_the_time_limit_is_stopped_and_the_server_recovers(endpoint: str) -> None:
    started = time.monotonic()
    status, _, body = _request(endpoint + "sparql", data=SLOW.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    elapsed = time.monotonic() - started
    assert status == 503
    assert f"time limit of {TIME_LIMIT:g} s" in body and "stopped" in body
    assert TIME_LIMIT <= elapsed < TIME_LIMIT + 1.5
    # The killed worker is replaced: the next queries are answered.
    for _ in range(3):
        result = _sparql(endpoint, "ASK { ?s ?p ?o }").query().convert()
        assert result["boolean"] is True  # type: ignore[index]


@pytest.mark.server
def test_the_result_cap_cuts_and_says_so(endpoint: str) -> None:
    query = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }")
    started = time.monotonic()
    status, headers, body = _request(f"{endpoint}sparql?query={query}")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 50
    assert headers["x-newsgraph-truncated"] == "true"
    assert time.monotonic() - started < TIME_LIMIT  # the cap stops the work, not only the output


@pytest.mark.server
def test_no_cors_headers_unless_asked(endpoint: str) -> None:
    status, headers, _ = _request(f"{endpoint}sparql?query=ASK%7B%7D", headers={"Origin": "https://example.org"})
    assert status == 200
    assert "access-control-allow-origin" not in headers


@pytest.mark.server
def test_cors_when_asked(sample_store_path: Path) -> None:
    with newsgraph_server(sample_store_path, "--cors", "https://example.org", "--workers", "1") as (url, _):
        status, headers, _ = _request(f"{url}sparql?query=ASK%7B%7D", headers={"Origin": "https://example.org"})
        assert status == 200 and headers["access-control-allow-origin"] == "https://example.org"
        status, headers, _ = _request(f"{url}sparql", method="OPTIONS", headers={
            "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert status == 200 and "POST" in headers["access-control-allow-methods"]
        _, headers, _ = _request(f"{url}sparql?query=ASK%7B%7D", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in headers


@pytest.mark.server
def test_the_page_lists_the_library_queries(endpoint: str) -> None:
    status, headers, body = _request(endpoint)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "script-src 'nonce-" in headers["content-security-policy"]
    for name in library():
        assert f'"name": "{name}"' in body
    assert "<script>alert" not in body


@pytest.mark.server
def test_ctrl_c_stops_the_server_and_its_workers(sample_store_path: Path) -> None:
    import signal

    with newsgraph_server(sample_store_path, "--workers", "1") as (url, process):
        assert _request(f"{url}sparql?query=ASK%7B%7D")[0] == 200
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
        assert process.returncode == 0
        assert "stopped" in out and "Traceback" not in err
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/"))), timeout=1)


# -- bad input: one line, exit status 1 ----------------------------------------------------------------------------
def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    return int(caught.value.code or 0), capsys.readouterr().err


def test_a_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(["serve", "--store", str(tmp_path / "nowhere")], capsys)
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err


def test_a_folder_that_is_no_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(["serve", "--store", str(tmp_path), "--port", "0"], capsys)
    assert code == 1 and err.count("\n") == 1 and "is not a newsgraph store" in err


def test_a_port_in_use_is_one_line(sample_store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, err = _cli(["serve", "--store", str(sample_store_path), "--port", str(port)], capsys)
    assert code == 1 and err.count("\n") == 1
    assert f"port {port} on 127.0.0.1 is in use; stop what uses it or choose another --port" in err


@pytest.mark.parametrize(("option", "value", "needle"), [
    ("--timeout", "0", "--timeout 0 must be more than 0 seconds"),
    ("--max-results", "0", "--max-results 0 must be 1 or more"),
    ("--port", "70000", "is not a port number"),
    ("--port", "many", "Invalid value for '--port'"),
])
def test_bad_options_are_one_line(sample_store_path: Path, capsys: pytest.CaptureFixture[str], option: str,
                                  value: str, needle: str) -> None:
    code, err = _cli(["serve", "--store", str(sample_store_path), "--port", "0", option, value], capsys)
    assert code == 1 and err.count("\n") == 1 and needle in err
