"""`newsgraph serve` under attack and load: runaway clients beside cheap ones, on loopback, for a fixed time.

Starts ``newsgraph serve`` on a store (a synthetic one of 3,000 triples by default, on which a cross product of
two triple patterns has nine million rows), then for ``--seconds``:

- ``--runaway`` clients each send, again and again, a query that cannot finish within the limits: the cross
  product sorted (``ORDER BY``, which grows a worker's memory by ~0.45 GB/s) or counted (CPU until the time
  limit), alternating;
- ``--cheap`` clients each send, again and again, a short query (an ASK, a small SELECT, a COUNT of one
  predicate, in turn) and time its answer.

Every client is a thread with its own connection. Printed: how many cheap queries were answered and their
latency (median, 95th percentile, maximum), the runaway queries' statuses, the server's worker restarts, and the
peak resident memory of each worker (sampled every 50 ms) against ``--memory-limit``.

Usage:
    python bench/serve_load.py [--store DIR] [--seconds 30] [--runaway 4] [--cheap 20] [--memory-limit 512]
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import psutil

CHEAP = [
    "ASK { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o } LIMIT 10",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://x/p> ?o } ",
]
RUNAWAY = [
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
]


def synthetic_store(path: Path, triples: int = 3000) -> Path:
    import pyoxigraph as ox

    store = ox.Store(str(path))
    # In the default graph, the merged graph a client's query reads.
    store.extend([ox.Quad(ox.NamedNode(f"http://x/{i}"), ox.NamedNode("http://x/p"), ox.Literal(f"value {i}"),
                          ox.DefaultGraph()) for i in range(triples)])
    store.flush()
    del store
    return path


def start_server(store: Path, log: Path, *args: str) -> tuple[subprocess.Popen[str], int]:
    """``newsgraph serve`` on a free port; its log (a line a query) goes to a file, never a pipe left unread."""
    command = [sys.executable, "-m", "newsgraph", "serve", "--store", str(store), "--port", "0", *args]
    with log.open("w") as err:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if match is None:
        process.kill()
        raise SystemExit(f"newsgraph serve did not start: {line!r}")
    return process, int(match.group(1))


class Client(threading.Thread):
    def __init__(self, port: int, queries: list[str], until: float, offset: int = 0) -> None:
        super().__init__(daemon=True)
        self.port, self.queries, self.until, self.offset = port, queries, until, offset
        self.results: list[tuple[int, float]] = []
        self.errors: list[str] = []

    def run(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        n = self.offset
        while time.monotonic() < self.until:
            query = self.queries[n % len(self.queries)]
            n += 1
            started = time.monotonic()
            try:
                connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                                   headers={"Accept": "application/sparql-results+json"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as e:
                status = 0
                self.errors.append(f"{type(e).__name__} {e} after {time.monotonic() - started:.1f}s")
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            self.results.append((status, time.monotonic() - started))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--runaway", type=int, default=4)
    parser.add_argument("--cheap", type=int, default=20)
    parser.add_argument("--memory-limit", type=int, default=512)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsgraph-load-"))
    store = args.store or synthetic_store(work / "synthetic.store")
    log_path = work / "serve.log"
    server, port = start_server(store, log_path, "--memory-limit", str(args.memory_limit), "--timeout",
                                str(args.timeout))
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        parent = psutil.Process(server.pid)
        while not stop.is_set():
            for child in parent.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    peaks[child.pid] = max(peaks.get(child.pid, 0), child.memory_info().rss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        until = time.monotonic() + args.seconds
        runaway = [Client(port, RUNAWAY, until, n) for n in range(args.runaway)]
        cheap = [Client(port, CHEAP, until, n) for n in range(args.cheap)]
        for client in [*runaway, *cheap]:
            client.start()
        for client in [*runaway, *cheap]:
            client.join()
    finally:
        stop.set()
        sampler.join()
        server.terminate()
        server.wait(timeout=30)
        log = log_path.read_text()
        shutil.rmtree(work, ignore_errors=True)
    latencies = sorted(seconds for c in cheap for status, seconds in c.results if status == 200)
    cheap_statuses = Counter(status for c in cheap for status, _ in c.results)
    runaway_statuses = Counter(status for c in runaway for status, _ in c.results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    figures = {
        "cheap_sent": sum(cheap_statuses.values()), "cheap_answered_200": cheap_statuses.get(200, 0),
        "cheap_statuses": dict(cheap_statuses), "runaway_statuses": dict(runaway_statuses),
        "cheap_p50_s": statistics.median(latencies) if latencies else None, "cheap_p95_s": p95,
        "cheap_max_s": latencies[-1] if latencies else None,
        "worker_peak_rss_mb": sorted(round(v / 2**20) for v in peaks.values())[-5:],
        "memory_limit_mb": args.memory_limit, "traceback_in_log": "Traceback" in log,
        "log_tail": log.splitlines()[-12:] if "Traceback" in log else [],
    }
    figures["client_errors"] = Counter(e for c in [*cheap, *runaway] for e in c.errors).most_common(5)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
