"""The endpoint's query workers: confined processes that run one query each, scheduled so that no kind of query
starves another.

Each worker is a process of its own (started from a fork server that has the modules loaded, so a new one is
ready in a fraction of a second), confined by ``newsgraph.graph.sandbox`` (no network, a memory limit, no
backtrace in the log) and holding the store opened read-only. For each query it decides from the parsed
algebra whether the query may run (``newsgraph.graph.query_algebra``), runs it in Oxigraph, and writes the
answer within the result caps: at most ``max_results`` rows or triples (the answer then says it was cut), no
value longer than ``max_value_chars`` and no answer over ``max_answer_bytes`` (refused with a message: a value
cut short would be wrong data).

The pool's one supervising thread hands queries to idle workers and watches the running ones. pyoxigraph
cannot be interrupted, so every limit is kept by the operating system or by ending the process:

- a query that has used ``long_after`` seconds of processor time is *long* (processor time, not time on the
  clock: on a busy machine a short query waits for a processor, and is not long for that): its worker's CPU
  priority drops to the lowest
  (nice 19), so cheap queries keep the processors while long ones use what is left; at most ``max_long``
  queries may be long at once (a later one that turns long is stopped with a 503), so ``workers - max_long``
  workers are always left to short queries;
- a query past ``timeout`` seconds is stopped (the worker is killed and replaced);
- a query that passes the memory limit ends its worker (Oxigraph's allocation fails and Rust aborts): the
  client is told the query used more than the limit;
- waiting queries are taken in turn per client (the one whose client has fewest queries running goes first),
  and one client may not have more than ``per_client`` queries waiting or running.

A worker that ran a long query is replaced after it answers (it cannot take its priority back). A replacement
starts in the background; the client of a stopped query is answered at once.

Example:
    >>> pool = QueryPool("seeds.store", workers=4)                         # doctest: +SKIP
    >>> pool.run(QueryJob("ASK { ?s ?p ?o }", client="127.0.0.1")).status  # doctest: +SKIP
    200
    >>> pool.close()                                                       # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from newsgraph.errors import BadQueryError, NewsgraphError, RefusedQueryError, ServeError, StoreError

__all__ = ["Limits", "QueryAnswer", "QueryJob", "QueryPool", "default_workers"]


@dataclass(frozen=True, slots=True)
class QueryJob:
    """One query as the endpoint received it, with the client (its address) that sent it."""

    query: str
    accept: str | None = None
    format: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    client: str = ""


@dataclass(slots=True)
class QueryAnswer:
    """What the endpoint sends back: a status, a media type and a body; for results, their kind and count."""

    status: int
    content_type: str
    body: bytes
    kind: str = ""
    count: int = 0
    truncated: bool = False
    seconds: float = 0.0

    @classmethod
    def error(cls, status: int, message: str) -> QueryAnswer:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode())


@dataclass(frozen=True, slots=True)
class Limits:
    """What one query may take. ``memory_mb`` None leaves memory unlimited."""

    timeout: float = 30.0
    max_results: int = 10_000
    max_value_chars: int = 1_000_000
    max_answer_bytes: int = 64 << 20
    memory_mb: int | None = 1024
    long_after: float = 1.0


def default_workers() -> int:
    """Workers for this machine: two per processor and two more, so that with every long query a processor can
    hold, niced, two workers remain for short ones."""
    return 2 * (os.cpu_count() or 1) + 2


def default_memory_mb(workers: int) -> int:
    """A worker's memory limit: the machine's memory shared by the workers and the server, 256 MB to 2 GB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") >> 20
    except (ValueError, OSError, AttributeError):
        return 1024
    return max(256, min(2048, int(total * 0.8) // (workers + 1)))


# -- in the worker ---------------------------------------------------------------------------------------------
def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _open_read_only(location: str) -> Any:
    import pyoxigraph as ox

    path = Path(location)
    if (path / "graph.nq").is_file() and not (path / "CURRENT").exists():  # the "memory" backend's file
        store = ox.Store()
        store.load(path=str(path / "graph.nq"), format=ox.RdfFormat.N_QUADS)
        return store
    return ox.Store.read_only(str(path))


class _TooLarge(Exception):
    """An answer past a cap that cannot be cut without making it wrong."""


def _check_term(value: Any, limits: Limits) -> None:
    text = getattr(value, "value", None)
    if isinstance(text, str) and len(text) > limits.max_value_chars:
        raise _TooLarge(f"a value in the answer is {len(text):,} characters long; this endpoint sends values of "
                        f"at most {limits.max_value_chars:,} characters: narrow the query (SUBSTR, STRLEN)")


def _execute(store: Any, job: QueryJob, limits: Limits, prefixes: Mapping[str, str]) -> QueryAnswer:
    import pyoxigraph as ox

    from newsgraph.graph.formats import BOOLEAN, GRAPH, SOLUTIONS, Answer, RdfFormat, choose_format, formats_for
    from newsgraph.graph.query_algebra import inspect_query

    try:
        inspect_query(job.query, prefixes)
    except RefusedQueryError as e:
        return QueryAnswer.error(403, str(e))
    except BadQueryError as e:
        return QueryAnswer.error(400, str(e))
    # Without default-graph-uri the default graph is the store's: the merged graph, each triple once, as an
    # Oxigraph server or Fuseki holding the pushed store answers.
    options: dict[str, Any] = {"prefixes": dict(prefixes)}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        result = store.query(job.query, **options)
        if isinstance(result, ox.QueryBoolean):
            kind = BOOLEAN
        elif isinstance(result, ox.QuerySolutions):
            kind = SOLUTIONS
        else:
            kind = GRAPH
        fmt = choose_format(kind, job.accept, job.format)
        if fmt is None:
            types = ", ".join(f.media_type or f.name for f in formats_for(kind))
            return QueryAnswer.error(406, f"no result format fits the Accept header {job.accept!r} for this "
                                          f"query; ask for one of: {types}")
        count, truncated = 0, False
        if isinstance(fmt, RdfFormat):
            triples: list[Any] = []
            for triple in result:
                if len(triples) >= limits.max_results:
                    truncated = True
                    break
                _check_term(triple.object, limits)
                triples.append(triple)
            body, count = fmt.write(triples, prefixes=dict(prefixes)) or b"", len(triples)
        elif kind == BOOLEAN:
            body, count = fmt.write(Answer(boolean=bool(result))), 1
        else:
            variables = [v.value for v in result.variables]
            rows: list[list[Any]] = []
            for solution in result:
                if len(rows) >= limits.max_results:
                    truncated = True
                    break
                row = [solution[i] for i in range(len(variables))]
                for value in row:
                    _check_term(value, limits)
                rows.append(row)
            body, count = fmt.write(Answer.of(variables, rows)), len(rows)
    except SyntaxError as e:
        return QueryAnswer.error(400, f"the query is not valid SPARQL: {_first_line(e)}")
    except _TooLarge as e:
        return QueryAnswer.error(503, str(e))
    except MemoryError:
        return QueryAnswer.error(503, f"the query used more than {limits.memory_mb} MB of memory and was stopped; "
                                      "narrow it (a LIMIT, a more specific pattern)")
    except Exception as e:  # evaluation errors come as OSError, ValueError or RuntimeError
        return QueryAnswer.error(500, f"the query failed: {_first_line(e)}")
    if len(body) > limits.max_answer_bytes:
        return QueryAnswer.error(503, f"the answer is {len(body) >> 20} MB; this endpoint sends at most "
                                      f"{limits.max_answer_bytes >> 20} MB: ask for fewer rows or columns")
    media_type = fmt.media_type or "text/plain"
    charset = "; charset=utf-8" if not media_type.endswith("+xml") else ""
    return QueryAnswer(200, media_type + charset, body, kind, count, truncated)


def _worker_main(location: str, conn: Connection, limits: Limits, prefixes: dict[str, str], owner: int) -> None:
    from newsgraph.graph.sandbox import confine
    from newsgraph.processes import die_with, die_with_parent, ignore_interrupts

    # Its parent is the fork server, and the fork server lives as long as any worker holds its "alive" pipe: a
    # worker in the middle of a query when the server was killed ran the query to its end, keeping the fork
    # server and its resource tracker alive too. So each worker also ends with the process that owns the pool.
    die_with_parent()
    die_with(owner)
    ignore_interrupts()
    problems = confine(limits.memory_mb)
    try:
        store = _open_read_only(location)
    except Exception as e:
        conn.send(("error", _first_line(e)))
        return
    conn.send(("ready", problems))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            answer = _execute(store, job, limits, prefixes)
        except MemoryError:
            answer = QueryAnswer.error(503, f"the query used more than {limits.memory_mb} MB of memory and was "
                                            "stopped; narrow it (a LIMIT, a more specific pattern)")
        conn.send(answer)


# -- in the server ----------------------------------------------------------------------------------------------
@dataclass(eq=False)
class _Ticket:
    """A query waiting for its answer."""

    job: QueryJob
    order: int
    queued: float = field(default_factory=time.monotonic)
    answer: QueryAnswer | None = None
    done: threading.Event = field(default_factory=threading.Event)


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    ticket: _Ticket | None = None
    started: float = 0.0
    cpu_at_start: float | None = None  # the worker's processor time when its query was handed to it
    long: bool = False
    stop: str | None = None  # why the supervisor is ending it (the answer its client gets)


_RESTART_BUDGET = 10.0
_TICK = 0.05


class QueryPool:
    """Worker processes that run queries within their limits, shared fairly between short and long queries.

    Args:
        location: the store folder; opened read-only by every worker.
        workers: how many queries run at once (default :func:`default_workers`).
        max_long: how many of them may be long at once (default: half the workers, at least one, leaving two
            for short ones).
        per_client: the most queries one client (address) may have waiting or running.
        limits: time, result, memory and priority limits of each query.
        prefixes: prefixes every query may use, and Turtle and RDF/XML answers declare.

    Raises:
        StoreError, ServeError: a worker cannot open the store, or an option is out of range.
    """

    def __init__(self, location: str | Path, *, workers: int | None = None, max_long: int | None = None,
                 per_client: int = 64, limits: Limits | None = None, prefixes: Mapping[str, str] | None = None,
                 start_timeout: float = 60.0) -> None:
        size = default_workers() if workers is None else workers
        if size < 1:
            raise ServeError(f"--workers {size} is too few; give 1 or more")
        limits = limits or Limits(memory_mb=default_memory_mb(size))
        if limits.timeout <= 0:
            raise ServeError(f"--timeout {limits.timeout:g} must be more than 0 seconds")
        if limits.max_results < 1:
            raise ServeError(f"--max-results {limits.max_results} must be 1 or more")
        if limits.memory_mb is not None and limits.memory_mb < 64:
            raise ServeError(f"--memory-limit {limits.memory_mb} MB is too little to open a store; give 64 or more")
        self.location = str(location)
        self.size = size
        self.max_long = max(1, min(size - 2, size // 2)) if max_long is None else max_long
        self.per_client = per_client
        self.limits = limits
        self.prefixes = dict(prefixes or {})
        self.restarts = 0
        self.warnings: list[str] = []
        self._context = _context()
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        self._waiting: list[_Ticket] = []
        self._orders = itertools.count()
        self._closed = False
        self._wake_reader, self._wake_writer = self._context.Pipe(duplex=False)
        started = [self._spawn() for _ in range(size)]
        deadline = time.monotonic() + start_timeout
        try:
            for worker in started:
                self._wait_ready(worker, deadline - time.monotonic())
        except NewsgraphError:
            self._kill_all()
            raise
        self._supervisor = threading.Thread(target=self._supervise, name="newsgraph-query-pool", daemon=True)
        self._supervisor.start()

    # compatibility with the figures the page and the log show
    @property
    def timeout(self) -> float:
        return self.limits.timeout

    @property
    def max_results(self) -> int:
        return self.limits.max_results

    # -- workers --------------------------------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        conn, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, name="newsgraph-sparql-worker", daemon=True,
                                        args=(self.location, child, self.limits, self.prefixes, os.getpid()))
        process.start()
        child.close()
        worker = _Worker(process, conn)
        self._workers.append(worker)
        return worker

    def _wait_ready(self, worker: _Worker, seconds: float) -> None:
        if not worker.conn.poll(max(0.0, seconds)):
            raise ServeError(f"a query worker did not open the store within {seconds:g} s; check the store folder, "
                             "or try again")
        self._take_ready(worker)

    def _take_ready(self, worker: _Worker) -> None:
        try:
            state, detail = worker.conn.recv()
        except (EOFError, OSError) as e:
            raise ServeError("a query worker stopped while opening the store; rerun with NEWSGRAPH_DEBUG=1 and "
                             "report it") from e
        if state != "ready":
            raise StoreError(f"cannot open the store read-only: {detail}; give the folder that newsgraph build "
                             "wrote")
        for problem in detail or ():
            if problem not in self.warnings:
                self.warnings.append(problem)
        worker.ready = True

    def _end(self, worker: _Worker) -> None:
        """Kill ``worker`` (it may be in the middle of a query) and start another in its place."""
        with contextlib.suppress(Exception):
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self._workers.remove(worker)
        if not self._closed:
            self.restarts += 1
            self._spawn()

    # -- the client's side -------------------------------------------------------------------------------------
    def run(self, job: QueryJob) -> QueryAnswer:
        """Run ``job`` and return its answer; never raises for a bad, slow or greedy query."""
        started = time.monotonic()
        with self._lock:
            if self._closed:
                return QueryAnswer.error(503, "the server is shutting down")
            mine = sum(1 for t in self._waiting if t.job.client == job.client) + \
                sum(1 for w in self._workers if w.ticket is not None and w.ticket.job.client == job.client)
            if mine >= self.per_client:
                return QueryAnswer.error(503, f"{mine} queries from your address are waiting or running; wait for "
                                              "their answers before sending more")
            ticket = _Ticket(job, next(self._orders))
            self._waiting.append(ticket)
        self._wake()
        # Waiting for a worker has its own budget: one being replaced after a stopped query takes a moment.
        budget = self.limits.timeout + _RESTART_BUDGET
        if not ticket.done.wait(budget):
            with self._lock:
                if ticket in self._waiting:
                    self._waiting.remove(ticket)
                    return QueryAnswer.error(503, f"all {self.size} query workers stayed busy for {budget:g} s; "
                                                  "try again later")
            ticket.done.wait()  # it is running: the supervisor ends it by the time limit
        answer = ticket.answer or QueryAnswer.error(500, "the query got no answer; this is a bug, please report it")
        answer.seconds = time.monotonic() - started
        return answer

    def _wake(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._wake_writer.send_bytes(b"!")

    def close(self) -> None:
        """Stop every worker; queries still waiting or running are answered 503."""
        with self._lock:
            self._closed = True
            waiting, self._waiting = self._waiting, []
            waiting += [w.ticket for w in self._workers if w.ticket is not None]
        for ticket in waiting:
            self._finish(ticket, QueryAnswer.error(503, "the server is shutting down"))
        self._wake()
        if hasattr(self, "_supervisor"):
            self._supervisor.join(5)
        self._kill_all()

    def _kill_all(self) -> None:
        for worker in list(self._workers):
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in list(self._workers):
            worker.process.join(max(0.0, deadline - time.monotonic()))
            with contextlib.suppress(Exception):
                worker.process.kill()
            worker.process.join(1)
        self._workers.clear()

    @staticmethod
    def _finish(ticket: _Ticket, answer: QueryAnswer) -> None:
        ticket.answer = answer
        ticket.done.set()

    # -- the supervisor ------------------------------------------------------------------------------------------
    def _supervise(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                conns = [w.conn for w in self._workers if w.ticket is not None or not w.ready]
            ready = wait([*conns, self._wake_reader], timeout=_TICK)
            with self._lock:
                if self._closed:
                    return
                if self._wake_reader in ready:
                    while self._wake_reader.poll():
                        self._wake_reader.recv_bytes()
                for worker in list(self._workers):
                    if worker.conn in ready:
                        self._collect(worker)
                self._watch()
                self._dispatch()

    def _collect(self, worker: _Worker) -> None:
        if not worker.ready:
            try:
                self._take_ready(worker)
            except NewsgraphError as e:
                self.warnings.append(str(e))
                self._workers.remove(worker)
                worker.process.join(1)
            return
        ticket = worker.ticket
        try:
            answer: QueryAnswer = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(1)
            answer = self._death_answer(worker)
            worker.ticket = None
            self._end(worker)
            if ticket is not None:
                self._finish(ticket, answer)
            return
        worker.ticket = None
        if ticket is not None:
            self._finish(ticket, answer)
        if worker.long and not _restore_priority(worker.process.pid):
            self._end(worker)  # it cannot take back its priority: a fresh worker serves the next query

    def _death_answer(self, worker: _Worker) -> QueryAnswer:
        code = worker.process.exitcode
        if code == -signal.SIGABRT:
            return QueryAnswer.error(503, f"the query used more than {self.limits.memory_mb} MB of memory and was "
                                          "stopped; narrow it (a LIMIT, a more specific pattern)")
        return QueryAnswer.error(500, f"the query stopped the query engine ({_exit_name(code)}); a new worker is "
                                      "starting, try again with a simpler query")

    def _watch(self) -> None:
        now = time.monotonic()
        running = [w for w in self._workers if w.ticket is not None]
        for worker in running:
            elapsed = now - worker.started
            if elapsed > self.limits.timeout:
                self._stop(worker, 503, f"the query ran past the time limit of {self.limits.timeout:g} s and was "
                                        "stopped; narrow it (a LIMIT, a more specific pattern) or start the server "
                                        "with a longer --timeout")
            elif not worker.long and elapsed > self.limits.long_after and \
                    self._cpu_used(worker, elapsed) > self.limits.long_after:
                worker.long = True
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, worker.process.pid, 19)
        long_ones = sorted((w for w in self._workers if w.ticket is not None and w.long), key=lambda w: w.started)
        for worker in long_ones[self.max_long:]:
            self._stop(worker, 503, f"the server is already running {self.max_long} long queries; this one was "
                                    "stopped after "
                                    f"{now - worker.started:.1f} s so that short ones keep being answered: try "
                                    "again later, or narrow it")

    @staticmethod
    def _cpu_used(worker: _Worker, elapsed: float) -> float:
        """Processor time the worker's query has used; where the system does not say, time on the clock."""
        now = _cpu_seconds(worker.process.pid)
        if now is None or worker.cpu_at_start is None:
            return elapsed
        return now - worker.cpu_at_start

    def _stop(self, worker: _Worker, status: int, message: str) -> None:
        ticket = worker.ticket
        worker.ticket = None
        self._end(worker)
        if ticket is not None:
            answer = QueryAnswer.error(status, message)
            self._finish(ticket, answer)

    def _dispatch(self) -> None:
        idle = [w for w in self._workers if w.ready and w.ticket is None]
        while idle and self._waiting:
            running = Counter(w.ticket.job.client for w in self._workers if w.ticket is not None)
            ticket = min(self._waiting, key=lambda t: (running[t.job.client], t.order))
            self._waiting.remove(ticket)
            worker = idle.pop()
            try:
                worker.conn.send(ticket.job)
            except (OSError, ValueError):
                self._end(worker)
                self._waiting.insert(0, ticket)
                continue
            worker.ticket, worker.started, worker.long = ticket, time.monotonic(), False
            worker.cpu_at_start = _cpu_seconds(worker.process.pid)


def _context() -> Any:
    """Workers start from a fork server that has loaded what they use (a new worker is ready in ~0.1 s); where
    there is none, they are spawned. Never forked from the server itself, which runs threads."""
    if "forkserver" in mp.get_all_start_methods():
        context = mp.get_context("forkserver")
        context.set_forkserver_preload(["newsgraph.graph.query_pool", "newsgraph.graph.query_algebra",
                                        "newsgraph.graph.formats", "newsgraph.graph.sandbox", "pyoxigraph",
                                        "rdflib.plugins.sparql.parser", "rdflib.plugins.sparql.algebra"])
        return context
    return mp.get_context("spawn")


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """The processor time (user and system) a process has used, from Linux's /proc; None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()  # the name, in brackets, may hold spaces
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def _restore_priority(pid: int) -> bool:
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 0)
    except OSError:  # lowering a nice value needs privilege
        return False
    return True


def _exit_name(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-code).name
    return f"exit status {code}"
