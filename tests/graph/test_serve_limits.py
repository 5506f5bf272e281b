"""`newsgraph serve` under attack and load: what a hostile or careless client sends cannot reach the network,
exhaust memory, starve other clients, or crash a worker.

The store is synthetic (3,000 triples in the default graph): a cross product of two triple patterns then has nine
million rows, enough for a query that runs away. Every server here listens on loopback only, and every request is
bounded in time.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from lifetimes import alive
from scale_corpora import bench_module
from servers import newsgraph_server

from newsgraph.graph.serve import refusal

pytestmark = pytest.mark.server

#: bench/serve_load.py: the synthetic store, the clients and their queries, shared with this test.
LOAD = bench_module("serve_load")

MEMORY_MB = 384
READ_SECONDS = 2
CROSS_PRODUCT = LOAD.RUNAWAY[0]
#: 10 characters doubled 27 times: 1.3 billion characters.
CONCAT_DOUBLING = ('SELECT (STRLEN(?s27) AS ?n) WHERE { BIND("xxxxxxxxxx" AS ?s0) '
                   + " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(27)) + " }")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return LOAD.synthetic_store(tmp_path_factory.mktemp("limits") / "synthetic.store")


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    with newsgraph_server(store, "--memory-limit", str(MEMORY_MB), "--timeout", "20", "--workers", "4",
                          "--read-timeout", str(READ_SECONDS), "--quiet") as (url, process):
        yield url, process


def _get(url: str, params: dict[str, str | list[str]], accept: str = "application/sparql-results+json"
         ) -> tuple[int, str]:
    request = urllib.request.Request(url + "sparql?" + urllib.parse.urlencode(params, doseq=True),
                                     headers={"Accept": accept})
    return _open(request)


def _post(url: str, query: str) -> tuple[int, str]:
    request = urllib.request.Request(url + "sparql", data=query.encode(),
                                     headers={"Content-Type": "application/sparql-query"})
    return _open(request)


def _open(request: urllib.request.Request) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _workers(process: subprocess.Popen[str]) -> set[int]:
    return {p.pid for p in psutil.Process(process.pid).children(recursive=True)}


@contextlib.contextmanager
def _listener() -> Iterator[tuple[str, list[bytes]]]:
    """A server on a free loopback port that records whatever connects to it."""
    calls: list[bytes] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                connection, _ = sock.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1)
                with contextlib.suppress(OSError):
                    calls.append(connection.recv(4096))
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/internal/sparql", calls
    finally:
        done.set()
        thread.join(5)
        sock.close()


# -- SERVICE, in every spelling ------------------------------------------------------------------------------------
def _service_variants(target: str) -> dict[str, str]:
    return {
        "comment ended by CR": f"SELECT ?s WHERE {{\n # c\rSERVICE <{target}> {{ ?x ?y ?s }}\n}}",
        "CRLF line ends": f"SELECT ?s WHERE {{\r\n # c\r\nSERVICE <{target}> {{ ?x ?y ?s }}\r\n}}",
        "\\u escape": f"SELECT ?s WHERE {{ SERV\\u0049CE <{target}> {{ ?x ?y ?s }} }}",
        "comments between keywords": f"SELECT ?s WHERE {{ SERVICE #a\r<{target}> #b\n{{ ?x ?y ?s }} }}",
        "lower case, SILENT": f"select ?s where {{ service silent <{target}> {{ ?x ?y ?s }} }}",
        "in a sub-SELECT": f"SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{target}> {{ ?x ?y ?s }} }} }} }}",
        "in FILTER EXISTS": f"SELECT ?s WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{target}> {{ ?x ?y ?s }} }} }}",
        "in OPTIONAL": f"SELECT ?s WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{target}> {{ ?x ?y ?s }} }} }}",
        "a variable endpoint": f"SELECT ?s WHERE {{ BIND(<{target}> AS ?u) SERVICE ?u {{ ?x ?y ?s }} }}",
    }


@pytest.mark.parametrize("name", list(_service_variants("http://x")))
def test_service_is_refused_from_the_parsed_query_in_every_spelling(name: str) -> None:
    reason = refusal(_service_variants("http://127.0.0.1:9/sparql")[name])
    assert reason is not None and ("SERVICE is refused" in reason or "\\u escape" in reason)


def test_the_ssrf_variants_get_4xx_and_no_connection_reaches_a_listener(server: tuple[str, subprocess.Popen[str]]
                                                                         ) -> None:
    url, _ = server
    with _listener() as (target, calls):
        for name, query in _service_variants(target).items():
            for status, body in (_get(url, {"query": query}), _post(url, query)):
                assert 400 <= status < 500, (name, status, body)
        time.sleep(0.5)
    assert calls == []


def test_the_query_engine_has_no_network(store: Path) -> None:
    """Were a SERVICE ever to get past the parse, the worker's process could not open a connection."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the network is closed to workers with seccomp, on Linux")
    script = (
        "import sys, pyoxigraph as ox\n"
        "from newsgraph.graph.sandbox import block_network\n"
        "assert block_network() is None\n"
        "try:\n"
        "    list(ox.Store().query('SELECT * WHERE { SERVICE <' + sys.argv[1] + '> { ?s ?p ?o } }'))\n"
        "except OSError as e:\n"
        "    print(type(e).__name__)\n")
    with _listener() as (target, calls):
        result = subprocess.run([sys.executable, "-c", script, target], capture_output=True, text=True, timeout=60)
        time.sleep(0.3)
    assert result.stdout.strip() == "PermissionError", result.stderr
    assert calls == []


# -- memory, size, time ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", [CROSS_PRODUCT, CONCAT_DOUBLING], ids=["ORDER BY cross product", "CONCAT doubling"])
def test_a_query_past_the_memory_limit_ends_in_a_clean_503_and_the_worker_stays_under_it(
        server: tuple[str, subprocess.Popen[str]], query: str) -> None:
    url, process = server
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            for child in psutil.Process(process.pid).children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    peak = max(peak, child.memory_info().rss)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        status, body = _get(url, {"query": query})
    finally:
        done.set()
        sampler.join()
    print(f"\npeak worker memory {peak >> 20} MB under a limit of {MEMORY_MB} MB")
    assert status == 503 and f"used more than {MEMORY_MB} MB of memory" in body, body
    assert peak < MEMORY_MB << 20, f"a worker reached {peak >> 20} MB"
    assert _get(url, {"query": "ASK { ?s ?p ?o }"})[0] == 200  # and the next query is served


def test_a_value_longer_than_the_cap_is_refused_not_cut(server: tuple[str, subprocess.Popen[str]]) -> None:
    url, _ = server
    query = ('SELECT ?s18 WHERE { BIND("xxxxxxxxxx" AS ?s0) '
             + " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(18)) + " }")
    status, body = _get(url, {"query": query})
    assert status == 503 and "2,621,440 characters long" in body and "at most 1,000,000" in body


def test_a_100_mb_post_is_refused_before_it_is_read(server: tuple[str, subprocess.Popen[str]]) -> None:
    url, process = server
    front = psutil.Process(process.pid)
    idle = front.memory_info().rss
    port = urllib.parse.urlsplit(url).port
    for headers in (b"Content-Length: 104857600\r\n", b"Transfer-Encoding: chunked\r\n"):
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n" + headers
                         + b"\r\n")
            sent = 0
            with contextlib.suppress(OSError):
                while sent < 100 << 20:
                    chunk = b"x" * (1 << 16)
                    sock.sendall(chunk if b"Length" in headers else b"10000\r\n" + chunk + b"\r\n")
                    sent += len(chunk)
            answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 413"), answer
        assert sent < 100 << 20, "the server read the whole body"
    growth = front.memory_info().rss - idle
    print(f"\nthe server grew by {growth / 2**20:.1f} MB over two 100 MB bodies refused")
    assert growth < 100 << 20


def test_a_half_sent_request_is_cut_off(server: tuple[str, subprocess.Popen[str]]) -> None:
    url, _ = server
    port = urllib.parse.urlsplit(url).port
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408") and time.monotonic() - started < READ_SECONDS + 5


@pytest.mark.parametrize("params", [
    {"query": "ASK { ?s ?p ?o }", "default-graph-uri": "not an IRI"},
    {"query": "ASK { ?s ?p ?o }", "default-graph-uri": "relative/graph"},
    {"query": "ASK { ?s ?p ?o }", "named-graph-uri": "http://a b/"},
    {"query": "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000},
    {"query": "SELECT * WHERE { ?s ?p " + "( " * 5000 + "1" + " )" * 5000 + " }"},
], ids=["default-graph-uri not an IRI", "relative default-graph-uri", "named-graph-uri with a space",
        "5,000 nested braces", "5,000 nested collections"])
def test_bad_parameters_and_deep_nesting_are_400_and_no_worker_restarts(
        server: tuple[str, subprocess.Popen[str]], params: dict[str, str]) -> None:
    url, process = server
    assert _get(url, {"query": "ASK { ?s ?p ?o }"})[0] == 200
    before = _workers(process)
    status, body = _get(url, params) if len(params["query"]) < 4000 else _post_form(url, params)
    assert status == 400 and "Traceback" not in body and body.count("\n") == 1, body
    assert _get(url, {"query": "ASK { ?s ?p ?o }"})[0] == 200
    assert _workers(process) == before


def _post_form(url: str, params: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(url + "sparql", data=urllib.parse.urlencode(params).encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    return _open(request)


def test_nothing_a_client_sends_puts_a_traceback_in_the_log(store: Path) -> None:
    with newsgraph_server(store, "--memory-limit", str(MEMORY_MB), "--timeout", "5", "--workers", "2"
                          ) as (url, process):
        for query in (CROSS_PRODUCT, "SELECT * WHERE { ?s ?p ?o", "SELECT * WHERE " + "{" * 5000 + "}" * 5000):
            _post_form(url, {"query": query})
        _get(url, {"query": "ASK {}", "default-graph-uri": "::"})
        process.terminate()
        _, log = process.communicate(timeout=30)
    assert "Traceback" not in log and "memory allocation" not in log and "backtrace" not in log, log


# -- fair service --------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_four_runaway_clients_do_not_starve_twenty_cheap_ones(store: Path) -> None:
    """For 30 s, four clients send queries that run until the memory or time limit, and twenty send short ones:
    every short one is answered, 95% within a second (long queries run niced, and may hold only half the
    workers)."""
    with newsgraph_server(store, "--memory-limit", "512", "--quiet") as (url, _):
        port = urllib.parse.urlsplit(url).port
        assert port is not None
        until = time.monotonic() + 30
        runaway = [LOAD.Client(port, LOAD.RUNAWAY, until, n) for n in range(4)]
        cheap = [LOAD.Client(port, LOAD.CHEAP, until, n) for n in range(20)]
        for client in [*runaway, *cheap]:
            client.start()
        for client in [*runaway, *cheap]:
            client.join(120)
    statuses = [status for client in cheap for status, _ in client.results]
    latencies = sorted(seconds for client in cheap for _, seconds in client.results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\n{len(latencies)} cheap queries: median {statistics.median(latencies):.3f} s, 95th percentile "
          f"{p95:.3f} s, slowest {latencies[-1]:.3f} s; runaway answers "
          f"{sorted({s for c in runaway for s, _ in c.results})}")
    assert statuses and set(statuses) == {200}
    assert p95 < 1.0
    assert all(client.results for client in runaway)  # the runaway ones were answered too (503)


def test_workers_end_with_a_killed_server(store: Path) -> None:
    with newsgraph_server(store, "--workers", "2") as (_, process):
        everyone = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
        assert len(everyone) >= 3
        process.kill()
        process.wait(10)
        time.sleep(2)
        alive = [p.pid for p in everyone if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert alive == []


@pytest.mark.parametrize("how", ["SIGTERM", "kill -9"])
def test_no_process_of_a_server_outlives_it_even_with_a_query_running(store: Path, how: str) -> None:
    """Stopped or killed while a worker computes a long query, the server leaves nothing behind: not that worker
    (its parent is the fork server, not the server), not the fork server (which lives while any worker does),
    not the resource tracker. They once ran on until the query ended, however long that took."""
    with newsgraph_server(store, "--workers", "2", "--timeout", "300", "--quiet") as (url, process):
        threading.Thread(target=_get, args=(url, {"query": LOAD.RUNAWAY[1]}), daemon=True).start()
        server = psutil.Process(process.pid)
        deadline = time.monotonic() + 60
        while not any(_niced(p) for p in server.children(recursive=True)):  # the pool has seen the query is long
            assert time.monotonic() < deadline, "no worker computed the query for a second within 60 s"
            time.sleep(0.1)
        everyone = [server, *server.children(recursive=True)]
        assert len(everyone) >= 5  # the server, the fork server, its resource tracker and two workers
        try:
            process.send_signal(signal.SIGTERM if how == "SIGTERM" else signal.SIGKILL)
            process.wait(30)
            deadline = time.monotonic() + 10
            while alive(everyone) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert alive(everyone) == [], f"alive after {how}"
        finally:
            for p in everyone:
                with contextlib.suppress(psutil.Error):
                    p.kill()
        if how == "SIGTERM":  # stopped as Ctrl-C stops it: the pool closed, the end said
            assert process.returncode == 0 and process.stdout is not None and "stopped" in process.stdout.read()


def _niced(process: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        return process.nice() == 19
    return False


def test_a_query_is_long_by_the_processor_time_it_used_not_by_waiting_for_a_processor() -> None:
    """On a busy machine a short query can wait more than a second for a processor; it is not long for that
    (made long, it could be stopped as one long query too many). A query that computes is."""
    if not sys.platform.startswith("linux"):
        pytest.skip("processor time is read from /proc")
    from newsgraph.graph.query_pool import QueryPool, _cpu_seconds, _Worker

    waiting = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    computing = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        workers = [_Worker(process=p, conn=None, cpu_at_start=_cpu_seconds(p.pid))
                   for p in (waiting, computing)]
        time.sleep(1.5)
        used = [QueryPool._cpu_used(w, 1.5) for w in workers]
    finally:
        for p in (waiting, computing):
            p.kill()
            p.wait()
    assert used[0] < 0.2 < used[1], used
