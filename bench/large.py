"""SPARQL latency and Turtle export on a store of over a million quads: Oxigraph beside rdflib's memory store.

The graph: the Reuters stories' facts, extracted once by the newsgraph pipeline, then repeated K times with new
article ids and every date moved K years on (copy k of story 5 is article ``5~k``, published in 1987 + k), so
that the store holds K years of news of the same shape. Events keep their IRIs within a copy and get new ones
across copies (an event's IRI includes its date); entities are the same in every copy, as a real archive has
the same countries in every year. Copies are written as the build writes articles
(``GraphStore.write_articles``: the merged graph kept, one transaction per batch of 64), until the store holds
``--quads`` quads.

With ``--reuse``, the store a run before left in ``--workdir`` is queried instead (it holds the articles that
run added too).

Also timed: writing one batch of 64 new articles into the full store, beside writing the same batch into an
empty store (median of 5, alternating which goes first): adding articles costs time for the new ones only when
the ratio stays near 1.

Timed, on each store (on disk with Oxigraph, and ``open_store(None, backend="memory")``, loaded with the same
quads): every library query through ``newsgraph.queries.runner.run_query``, as ``newsgraph query`` runs it
(parameters bound, every row collected: on Oxigraph as ``Value`` terms, read from the event table the store keeps
for ``events`` (``newsgraph.graph.event_rows``) or from Oxigraph's answer for the others; on the memory store as
rdflib terms); on Oxigraph, beside each, the same query's SPARQL evaluated by Oxigraph (``run_query(...,
kept=False)``, as every query ran before the table), alternating, wall and CPU time; and a Turtle export of the
whole merged view (wall and CPU time): ``newsgraph.graph.export.export`` from Oxigraph, rdflib's own Turtle
serializer from the memory store. Medians of ``--repeat`` runs (fewer on the memory store, whose slow queries
are run ``--memory-repeat`` times).

Runs on the memory store happen in a forked child that is stopped after ``--memory-timeout`` seconds: some of
its queries take many minutes on a million quads, and are reported as slower than the limit.

Usage:
    python bench/large.py [--sgm PATH] [--workdir DIR] [--quads 1100000] [--repeat 5] [--memory-repeat 1]
                          [--memory-timeout 120] [--no-memory] [--reuse]
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import pickle
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import write_corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SGM = ROOT.parent / "shared" / "data" / "reuters21578" / "reut2-000.sgm"
_YEAR = re.compile(r"^(\d{4})")


def extracted_facts(sgm: Path, work: Path) -> list[Any]:
    """Every story's facts, extracted once and kept in the work folder for later runs."""
    cache = work / "reuters-facts.pickle"
    if cache.exists():
        facts: list[Any] = pickle.loads(cache.read_bytes())
        return facts
    from newsgraph.extract.pipeline import extract_facts, load_pipeline
    from newsgraph.ingest import read_articles

    corpus = work / "reuters.jsonl"
    write_corpus(sgm, corpus)
    documents = [d for d in read_articles([corpus]) if not isinstance(d, Exception)]
    facts = list(extract_facts(load_pipeline(), documents))
    cache.write_bytes(pickle.dumps(facts))
    return facts


def _shift_day(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _shift_date(event_date: Any, years: int) -> Any:
    if event_date is None:
        return None
    value = _YEAR.sub(lambda m: str(int(m[1]) + years), event_date.value)
    return dataclasses.replace(event_date, value=value, earliest=_shift_day(event_date.earliest, years),
                               latest=_shift_day(event_date.latest, years))


def copy_of(facts: Any, k: int) -> Any:
    """Copy k of an article's facts: a new id, and every date k years later."""
    if k == 0:
        return facts
    document = facts.document
    doc_id = f"{document.id}~{k}"
    new_document = dataclasses.replace(document, id=doc_id, content_hash=f"{document.content_hash}~{k}",
                                       published=_shift_day(document.published, k))

    def moved(record: Any) -> Any:
        return dataclasses.replace(record, mention=dataclasses.replace(record.mention, doc_id=doc_id),
                                   date=_shift_date(record.date, k))

    return dataclasses.replace(facts, document=new_document, events=[moved(e) for e in facts.events],
                               relations=[moved(r) for r in facts.relations])


def fill(store: Any, facts: list[Any], target_quads: int) -> tuple[int, float]:
    """Write copies of the facts into the store until it holds ``target_quads``; returns (copies, seconds)."""
    from newsgraph.build import article_graph

    started = time.perf_counter()
    k = 0
    while store.quad_count() < target_quads:
        for start in range(0, len(facts), 64):
            store.write_articles([article_graph(copy_of(f, k)) for f in facts[start:start + 64]])
        k += 1
    store.flush()
    return k, time.perf_counter() - started


def busiest_entities(facts: list[Any]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for f in facts:
        for event in f.events:
            counts.update(x for x in {event.actor, event.recipient} if x)
    return counts.most_common()


def timed(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    """The median seconds of ``repeat`` runs, and what the last one returned."""
    seconds, _, result = timed_cpu(run, repeat)
    return seconds, result


def timed_cpu(run: Callable[[], int], repeat: int) -> tuple[float, float, int]:
    """The median wall and CPU seconds (this process's) of ``repeat`` runs, and what the last one returned."""
    times, cpu = [], []
    result = 0
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), statistics.median(cpu), result


def timed_within(run: Callable[[], int], repeat: int, limit: float) -> tuple[float | None, int | None]:
    """``timed`` in a forked child (which shares the loaded store), stopped after ``limit`` seconds a run.

    rdflib's memory store takes minutes on some queries of a million quads; a run that has not answered in
    time is reported as slower than the limit: (None, None).
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=lambda: send.send(timed(run, repeat)))
    child.start()
    answer: tuple[float | None, int | None] = receive.recv() if receive.poll(limit * repeat) else (None, None)
    child.kill()
    child.join()
    return answer


def _seconds(seconds: float | None) -> str:
    return "timed out" if seconds is None else f"{seconds:.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sgm", type=Path, default=DEFAULT_SGM)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--quads", type=int, default=1_100_000, help="fill the store to at least this many quads")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--memory-repeat", type=int, default=1)
    parser.add_argument("--memory-timeout", type=float, default=120.0,
                        help="seconds a run on rdflib's memory store may take before it is reported as slower")
    parser.add_argument("--no-memory", action="store_true", help="leave rdflib's memory store out")
    parser.add_argument("--reuse", action="store_true",
                        help="query the store a run before left in --workdir instead of writing it again")
    args = parser.parse_args()

    import pyoxigraph as ox

    from newsgraph.graph.export import export
    from newsgraph.graph.iris import entity_iri
    from newsgraph.graph.model import event_node
    from newsgraph.graph.store import open_store
    from newsgraph.queries.runner import load_query, run_query

    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsgraph-large-"))
    work.mkdir(parents=True, exist_ok=True)
    facts = extracted_facts(args.sgm, work)
    busiest = busiest_entities(facts)
    top_key, top_events = busiest[0]
    mid_key, mid_events = busiest[len(busiest) // 10]
    labels = {e.key: e.label for f in facts for e in f.entities}
    some_event = next(event_node(e) for f in facts for e in f.events if e.actor == top_key)

    location, written = work / "large.store", work / "large.copies"
    if args.reuse and location.exists() and written.exists():
        # The store a run before wrote (and the articles it added since): how many copies it holds.
        copies, fill_seconds = int(written.read_text()), float("nan")
        started, started_cpu = time.perf_counter(), time.process_time()
        oxigraph = open_store(location)  # a store written before the event table gets it here
        print(f"store opened in {time.perf_counter() - started:.2f} s ({time.process_time() - started_cpu:.2f} s "
              "CPU), the event table made if it had none")
    else:
        shutil.rmtree(location, ignore_errors=True)
        written.unlink(missing_ok=True)
        oxigraph = open_store(location)
        copies, fill_seconds = fill(oxigraph, facts, args.quads)
        # Queried as a user queries a built store: closed by the build, opened again (which leaves no write-ahead
        # log behind: 324 MB on disk instead of 1.1 GB here, and reads faster).
        oxigraph.close()
        written.write_text(str(copies))
        oxigraph = open_store(location)
    quads = oxigraph.quad_count()
    size = sum(f.stat().st_size for f in location.rglob("*") if f.is_file())
    merged = sum(1 for _ in oxigraph.find(None, None, None, ox.DefaultGraph()))
    how = ("kept from a run before (--reuse)" if fill_seconds != fill_seconds  # NaN: not written in this run
           else f"written in {fill_seconds:.0f} s ({quads / fill_seconds:.0f} quads/s)")
    print(f"# Large graph: {len(facts)} Reuters stories x {copies} copies = {len(facts) * copies} articles, "
          f"{quads} quads ({merged} in the merged graph), and {len(oxigraph.support.store)} in the support index; "
          f"{size / 1e6:.0f} MB on disk, {how}")
    first_year, last_year = 1987, 1987 + copies - 1
    middle = (first_year + last_year) // 2
    cases: list[tuple[str, str, dict[str, str]]] = [
        ("timeline", f"entity={labels[top_key]} (busiest: {top_events} events a copy)",
         {"entity": str(entity_iri(top_key))}),
        ("timeline", f"entity={labels[mid_key]} ({mid_events} events a copy)", {"entity": str(entity_iri(mid_key))}),
        ("between", f"one month, March {middle}", {"from": f"{middle}-03-01", "to": f"{middle}-03-31"}),
        ("between", f"one year, {middle}", {"from": f"{middle}-01-01", "to": f"{middle}-12-31"}),
        ("events", f"entity={labels[top_key]}", {"entity": str(entity_iri(top_key))}),
        ("events", f"entity={labels[top_key]} by name", {"entity": labels[top_key]}),
        ("events", f"entity={labels[mid_key]}", {"entity": str(entity_iri(mid_key))}),
        ("events", f"category=AGREE ({'all years'})", {"category": "AGREE"}),
        ("relations", f"entity={labels[top_key]}", {"entity": str(entity_iri(top_key))}),
        ("sources", "one event", {"event": str(some_event)}),
        ("describe", "one event", {"node": str(some_event)}),
        ("disagreements", "all", {}),
        ("entities", "all", {}),
        ("events", "all", {}),
        ("relations", "all", {}),
    ]
    stores: list[tuple[str, Any, int]] = [("oxigraph", oxigraph, args.repeat)]
    memory = None
    if not args.no_memory:
        memory = open_store(None, backend="memory")
        started = time.perf_counter()
        memory.load_nquads(_nquads_of(oxigraph))  # the same quads, through the same loader
        print(f"rdflib memory store loaded with the same {memory.quad_count()} quads in "
              f"{time.perf_counter() - started:.0f} s")
        stores.append(("memory", memory, args.memory_repeat))

    results: dict[tuple[str, str, str], tuple[float, int]] = {}
    for store_name, store, repeat in stores:
        for name, label, params in cases:
            query = load_query(name)
            def run(q: Any = query, p: dict[str, str] = params, s: Any = store) -> int:
                answer = run_query(s, q, p)
                return len(answer.rows) if answer.triples is None else len(answer.triples)

            if store is memory:
                seconds, rows = timed_within(run, repeat, args.memory_timeout)
            else:
                seconds, rows = timed(run, repeat)
            results[(store_name, name, label)] = (seconds, rows)
            print(f"  {store_name:8s} {name:9s} {label:45s} {_seconds(seconds):>9s}  {rows} rows", flush=True)
    print(f"\n## Query latency (median of {args.repeat} runs on Oxigraph, {args.memory_repeat} on rdflib memory), "
          f"{quads} quads")
    header = "| query | parameters | rows | Oxigraph s |"
    if memory is not None:
        header += " rdflib memory s | memory / Oxigraph |"
    print(header)
    print("|---|---|---|---|" + ("---|---|" if memory is not None else ""))
    for name, label, _ in cases:
        ox_seconds, rows = results[("oxigraph", name, label)]
        line = f"| {name} | {label} | {rows} | {ox_seconds:.3f} |"
        if memory is not None:
            mem_seconds, mem_rows = results[("memory", name, label)]
            if mem_seconds is None:
                limit = args.memory_timeout
                line += f" > {limit:.0f} | > {limit / ox_seconds:.0f}x |"
            else:
                assert mem_rows == rows, (name, label, mem_rows, rows)
                line += f" {mem_seconds:.2f} | {mem_seconds / ox_seconds:.0f}x |"
        print(line)

    _rows_side_by_side(oxigraph, cases, args.repeat)
    _adding(oxigraph, facts, copies, work)

    print("\n## Turtle export of the merged graph: `newsgraph export` from Oxigraph (median of --repeat runs), "
          "rdflib's own serializer from the memory store")
    print("| store | triples | seconds (CPU) | file MB |")
    print("|---|---|---|---|")
    for store_name, store, _ in stores:
        target = work / f"export-{store_name}.ttl"

        def write(s: Any = store, t: Path = target) -> int:
            return export(s, "turtle", t) if s is oxigraph else _rdflib_turtle(s, t)

        cpu = None
        if store is memory:
            seconds, count = timed_within(write, 1, args.memory_timeout)
        else:
            seconds, cpu, count = timed_cpu(write, args.repeat)
        size = f"{target.stat().st_size / 1e6:.0f}" if seconds is not None else "-"
        used = f" ({cpu:.3f} s)" if cpu is not None else ""
        print(f"| {store_name} | {count} | {_seconds(seconds)}{used} | {size} |", flush=True)
    oxigraph.close()


def _rows_side_by_side(store: Any, cases: list[tuple[str, str, dict[str, str]]], repeat: int) -> None:
    """Each query as ``newsgraph query`` runs it (``events`` from the store's event table) beside its SPARQL
    evaluated by Oxigraph, as every query ran before the table, alternating which runs first."""
    from newsgraph.queries.runner import library, run_query

    print(f"\n## The kept answer beside the SPARQL (median of {repeat}, alternating; wall time, and the CPU time "
          "this process used, which waiting for a core on a busy machine does not inflate)")
    print("| query | parameters | rows | SPARQL s (CPU) | newsgraph query s (CPU) | query ÷ SPARQL, wall / CPU |")
    print("|---|---|---|---|---|---|")
    for name, label, params in cases:
        query = library()[name]
        ways = {"sparql": lambda q=query, p=params: run_query(store, q, p, kept=False),
                "read": lambda q=query, p=params: run_query(store, q, p)}
        times: dict[str, list[float]] = {"sparql": [], "read": []}
        cpu: dict[str, list[float]] = {"sparql": [], "read": []}
        rows = 0
        for round_ in range(repeat):
            for way in (("sparql", "read") if round_ % 2 == 0 else ("read", "sparql")):
                started, started_cpu = time.perf_counter(), time.process_time()
                answer = ways[way]()
                times[way].append(time.perf_counter() - started)
                cpu[way].append(time.process_time() - started_cpu)
                rows = len(answer.rows) if answer.triples is None else len(answer.triples)

        def ratio(measured: dict[str, list[float]]) -> float:
            return statistics.median(r / max(b, 1e-6) for r, b in zip(measured["read"], measured["sparql"],
                                                                       strict=True))

        print(f"| {name} | {label} | {rows} | {statistics.median(times['sparql']):.3f} "
              f"({statistics.median(cpu['sparql']):.3f}) | {statistics.median(times['read']):.3f} "
              f"({statistics.median(cpu['read']):.3f}) | {ratio(times):.2f} / {ratio(cpu):.2f} |", flush=True)


def _adding(store: Any, facts: list[Any], copies: int, work: Path) -> None:
    """Writing a batch of 64 new articles into the full store, beside the same batch into an empty one."""
    from newsgraph.build import article_graph
    from newsgraph.graph.store import open_store

    full, empty = [], []
    # New ids each run, so that a store kept for another run (--reuse) gets new articles, never a re-read.
    first = copies + 1000 * (1 + sum(1 for _ in work.glob("added-*")))
    (work / f"added-{first}").touch()

    def into_empty(batch: list[Any], round_: int) -> None:
        fresh = work / f"empty-{round_}.store"
        shutil.rmtree(fresh, ignore_errors=True)
        with open_store(fresh) as target:
            started = time.perf_counter()
            target.write_articles(batch)
            target.flush()
            empty.append(time.perf_counter() - started)
        shutil.rmtree(fresh, ignore_errors=True)

    def into_full(batch: list[Any], round_: int) -> None:
        started = time.perf_counter()
        store.write_articles(batch)
        store.flush()
        full.append(time.perf_counter() - started)

    rounds = 5
    for round_ in range(rounds):
        batch = [article_graph(copy_of(f, first + round_)) for f in facts[:64]]
        for write in ((into_empty, into_full) if round_ % 2 == 0 else (into_full, into_empty)):
            write(batch, round_)
    print(f"\n## Adding 64 new articles (median of {rounds}, alternating which store goes first)")
    print("| into | seconds |")
    print("|---|---|")
    print(f"| the full store ({store.quad_count()} quads) | {statistics.median(full):.3f} |")
    print(f"| an empty store | {statistics.median(empty):.3f} |")
    print(f"| full ÷ empty | {statistics.median(full) / statistics.median(empty):.2f} |")


def _rdflib_turtle(store: Any, path: Path) -> int:
    """The merged graph written by rdflib's Turtle serializer, as a user of rdflib alone would."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    merged = store.dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    merged.serialize(path, format="turtle")
    return len(merged)


def _nquads_of(store: Any) -> bytes:
    import pyoxigraph as ox

    data: bytes = store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
    return data


if __name__ == "__main__":
    main()
