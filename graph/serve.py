"""A read-only SPARQL 1.1 Protocol endpoint over a newsgraph store, with a query page at ``/``.

The pieces, each usable on its own:

- ``refusal(query)`` says why a request must be refused: SPARQL Update (``INSERT``, ``DELETE``, ``CLEAR``...),
  ``LOAD`` and ``SERVICE`` are found by a small lexer that skips comments, strings and IRIs, so a query that only
  *mentions* "LOAD" in a string still runs.
- ``QueryPool`` runs queries in worker processes, each holding the store opened read-only
  (``pyoxigraph.Store.read_only``). pyoxigraph cannot be interrupted from another thread, so the time limit is
  kept by the parent: a worker that has not answered in time is killed and a fresh one started in the
  background; the client gets a 503 with a message. The result cap is kept by the worker, which stops reading
  solutions (or triples) at the cap; the answer then says so in the ``X-Newsgraph-Truncated`` header.
- ``RESULT_FORMATS`` is the registry of what a result can be written as, chosen by the request's ``Accept``
  header (or a ``format`` parameter): SPARQL JSON, XML, CSV and TSV for SELECT and ASK, Turtle, N-Triples,
  JSON-LD and RDF/XML for CONSTRUCT and DESCRIBE.
- ``create_app`` is the HTTP application (Starlette, served by uvicorn): ``/sparql`` for GET ``query=``, POST
  ``application/sparql-query`` and POST forms; ``/`` for the page (query editor, library queries, results
  table, graph view). CORS headers are sent only when an origin is given.

Why Starlette and uvicorn rather than the standard library's ``http.server``: the endpoint may be opened to a
network (``--host``), and ``http.server`` is documented as not meant for that (basic security checks only, a
thread per connection with no limits, HTTP/1.0 unless asked); uvicorn's h11 parser, graceful shutdown on
SIGINT/SIGTERM and Starlette's CORS middleware are maintained code we would otherwise write and get wrong.

Library code: nothing here prints. Worker processes import this module, so its top-level imports stay light.

Example:
    >>> refusal("SELECT * WHERE { ?s ?p 'LOAD <x>' }") is None
    True
    >>> refusal("LOAD <http://example.org/data.ttl>").split(":")[0]
    'LOAD is refused'
"""

from __future__ import annotations

import contextlib
import errno
import multiprocessing as mp
import queue
import re
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from newsgraph.errors import NewsgraphError, ServeError, StoreError

__all__ = [
    "RESULT_FORMATS",
    "QueryAnswer",
    "QueryJob",
    "QueryPool",
    "ResultFormat",
    "ServeError",
    "bind_socket",
    "choose_format",
    "create_app",
    "refusal",
]



# -- what is refused ---------------------------------------------------------------------------------------------
_TOKENS = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$]\w+)
  | (?P<name>[\w.-]*:[\w.:%-]*)
  | (?P<language>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)

_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH", "USING"})


def _keywords(query: str) -> Iterator[str]:
    for match in _TOKENS.finditer(query):
        if match.lastgroup == "word":
            yield match.group().upper()


def refusal(query: str) -> str | None:
    """Why this read-only endpoint refuses ``query``, or None when it may run.

    >>> refusal("PREFIX ng: <https://w3id.org/newsgraph/ns#> INSERT DATA { ng:a ng:b ng:c }").split(":")[0]
    'SPARQL Update (INSERT) is refused'
    >>> refusal("SELECT ?load WHERE { ?load ng:service ?x } # DROP ALL") is None
    True
    """
    for word in _keywords(query):
        if word == "LOAD":
            return ("LOAD is refused: this endpoint is read-only and fetches nothing; "
                    "put data in the store with newsgraph build and restart the server")
        if word in _UPDATE_WORDS:
            return (f"SPARQL Update ({word}) is refused: this endpoint is read-only; change the store with "
                    "newsgraph build and restart the server")
        if word == "SERVICE":
            return ("SERVICE is refused: this endpoint does not query other endpoints; "
                    "run federated queries from a client that joins the results")
    return None


# -- result formats ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ResultFormat:
    """A way to write a result: its short name, media type, other media types it answers to, and which kinds of
    result (``solutions``, ``boolean``, ``graph``) it can write."""

    name: str
    media_type: str
    aliases: tuple[str, ...]
    kinds: frozenset[str]

    def answers(self, media_type: str) -> bool:
        if media_type in ("*/*", self.media_type) or media_type in self.aliases:
            return True
        return media_type.endswith("/*") and self.media_type.split("/")[0] == media_type[:-2]


_SOLUTIONS, _BOOLEAN, _GRAPH = "solutions", "boolean", "graph"

#: Result formats by name; the first of each kind is its default.
RESULT_FORMATS: dict[str, ResultFormat] = {
    fmt.name: fmt
    for fmt in (
        ResultFormat("json", "application/sparql-results+json", ("application/json", "text/javascript",
                                                                 "application/javascript"),
                     frozenset({_SOLUTIONS, _BOOLEAN})),
        ResultFormat("xml", "application/sparql-results+xml", ("application/xml", "text/xml"),
                     frozenset({_SOLUTIONS, _BOOLEAN})),
        ResultFormat("csv", "text/csv", (), frozenset({_SOLUTIONS, _BOOLEAN})),
        ResultFormat("tsv", "text/tab-separated-values", (), frozenset({_SOLUTIONS, _BOOLEAN})),
        ResultFormat("turtle", "text/turtle", ("application/turtle", "application/x-turtle"), frozenset({_GRAPH})),
        ResultFormat("ntriples", "application/n-triples", ("text/plain",), frozenset({_GRAPH})),
        ResultFormat("jsonld", "application/ld+json", ("application/json", "application/x-json+ld"),
                     frozenset({_GRAPH})),
        ResultFormat("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), frozenset({_GRAPH})),
    )
}


def _accepted(accept: str | None) -> list[str]:
    """Media types of an Accept header, most wanted first (q=0 dropped)."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        if not pieces[0]:
            continue
        q = 1.0
        for parameter in pieces[1:]:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, index, pieces[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def choose_format(kind: str, accept: str | None, format_param: str | None = None) -> ResultFormat | None:
    """The format for a result of ``kind``: a ``format`` parameter that fits, else the best match of the
    ``Accept`` header, else the kind's default when nothing was asked; None when nothing asked for fits (406).

    >>> choose_format("solutions", "text/csv;q=0.5, application/sparql-results+xml").name
    'xml'
    >>> choose_format("graph", "application/sparql-results+json, */*;q=0.1").name
    'turtle'
    >>> choose_format("graph", "text/csv") is None
    True
    """
    fitting = [f for f in RESULT_FORMATS.values() if kind in f.kinds]
    if format_param:
        wanted = format_param.strip().lower()
        for fmt in fitting:
            if wanted == fmt.name or fmt.answers(wanted):
                return fmt
    wanted_types = _accepted(accept)
    if not wanted_types:
        return fitting[0]
    for media in wanted_types:
        for fmt in fitting:
            if fmt.answers(media):
                return fmt
    return None


# -- writing results (in the worker) ---------------------------------------------------------------------------
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _term_json(term: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                        "predicate": _term_json(term.predicate), "object": _term_json(term.object)}}


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _term_xml(term: Any) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{_xml_escape(term.language)}">{_xml_escape(term.value)}</literal>'
        if term.datatype.value != _XSD_STRING:
            return f'<literal datatype="{_xml_escape(term.datatype.value)}">{_xml_escape(term.value)}</literal>'
        return f"<literal>{_xml_escape(term.value)}</literal>"
    return (f"<triple><subject>{_term_xml(term.subject)}</subject><predicate>{_term_xml(term.predicate)}"
            f"</predicate><object>{_term_xml(term.object)}</object></triple>")


def _csv_cell(term: Any) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    text = "_:" + term.value if isinstance(term, ox.BlankNode) else getattr(term, "value", str(term))
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return str(text)


def _tsv_cell(term: Any) -> str:
    return "" if term is None else str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _write_solutions(fmt: ResultFormat, variables: list[str], rows: list[list[Any]]) -> bytes:
    import json

    if fmt.name == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if fmt.name == "xml":
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
                 "<head>", *(f'<variable name="{_xml_escape(v)}"/>' for v in variables), "</head><results>"]
        for row in rows:
            parts.append("<result>")
            parts.extend(f'<binding name="{_xml_escape(v)}">{_term_xml(t)}</binding>'
                         for v, t in zip(variables, row, strict=True) if t is not None)
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "\n".join(parts).encode()
    if fmt.name == "csv":
        lines = [",".join(variables)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode()
    lines = ["\t".join("?" + v for v in variables)] + ["\t".join(_tsv_cell(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def _write_boolean(fmt: ResultFormat, value: bool) -> bytes:
    import json

    if fmt.name == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt.name == "xml":
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    return (("true" if value else "false") + "\n").encode()


_RDF_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}


def _write_graph(fmt: ResultFormat, triples: list[Any], prefixes: dict[str, str]) -> bytes:
    import pyoxigraph as ox

    rdf_format = getattr(ox.RdfFormat, _RDF_FORMATS[fmt.name])
    used = prefixes if fmt.name in ("turtle", "rdfxml") else None
    body = ox.serialize(triples, format=rdf_format, prefixes=used)
    return body if body is not None else b""


# -- the worker processes ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QueryJob:
    """One query as the endpoint received it."""

    query: str
    accept: str | None = None
    format: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


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


def _open_read_only(location: str) -> Any:
    import pyoxigraph as ox

    path = Path(location)
    if (path / "graph.nq").is_file() and not (path / "CURRENT").exists():  # the "memory" backend's file
        store = ox.Store()
        store.load(path=str(path / "graph.nq"), format=ox.RdfFormat.N_QUADS)
        return store
    return ox.Store.read_only(str(path))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _execute(store: Any, job: QueryJob, max_results: int, prefixes: dict[str, str]) -> QueryAnswer:
    import pyoxigraph as ox

    options: dict[str, Any] = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        result = store.query(job.query, **options)
        if isinstance(result, ox.QueryBoolean):
            kind = _BOOLEAN
        elif isinstance(result, ox.QuerySolutions):
            kind = _SOLUTIONS
        else:
            kind = _GRAPH
        fmt = choose_format(kind, job.accept, job.format)
        if fmt is None:
            types = ", ".join(f.media_type for f in RESULT_FORMATS.values() if kind in f.kinds)
            return QueryAnswer.error(406, f"no result format fits the Accept header {job.accept!r} for this "
                                          f"query; ask for one of: {types}")
        count, truncated = 0, False
        if kind == _BOOLEAN:
            body, count = _write_boolean(fmt, bool(result)), 1
        elif kind == _SOLUTIONS:
            variables = [v.value for v in result.variables]
            rows: list[list[Any]] = []
            for solution in result:
                if len(rows) >= max_results:
                    truncated = True
                    break
                rows.append([solution[i] for i in range(len(variables))])
            body, count = _write_solutions(fmt, variables, rows), len(rows)
        else:
            triples: list[Any] = []
            for triple in result:
                if len(triples) >= max_results:
                    truncated = True
                    break
                triples.append(triple)
            body, count = _write_graph(fmt, triples, prefixes), len(triples)
    except SyntaxError as e:
        return QueryAnswer.error(400, f"the query is not valid SPARQL: {_first_line(e)}")
    except Exception as e:  # evaluation errors come as OSError, ValueError or RuntimeError
        return QueryAnswer.error(500, f"the query failed: {_first_line(e)}")
    charset = "; charset=utf-8" if not fmt.media_type.endswith("+xml") else ""
    return QueryAnswer(200, fmt.media_type + charset, body, kind, count, truncated)


def _worker_main(location: str, conn: Connection, max_results: int, prefixes: dict[str, str]) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the server shuts its workers down itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        store = _open_read_only(location)
    except Exception as e:
        conn.send(("error", _first_line(e)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(_execute(store, job, max_results, prefixes))


class _Worker:
    def __init__(self, context: Any, location: str, max_results: int, prefixes: dict[str, str]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(location, child, max_results, prefixes),
                                       name="newsgraph-sparql-worker", daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, seconds: float) -> None:
        if not self.conn.poll(seconds):
            self.kill()
            raise ServeError(f"a query worker did not open the store within {seconds:g} s; "
                             "check the store folder, or try again")
        try:
            state, detail = self.conn.recv()
        except EOFError as e:
            raise ServeError("a query worker stopped while opening the store; "
                             "rerun with NEWSGRAPH_DEBUG=1 and report it") from e
        if state != "ready":
            self.kill()
            raise StoreError(f"cannot open the store read-only: {detail}; "
                             "give the folder that newsgraph build wrote")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        self.kill()


_RESTART_BUDGET = 10.0


class QueryPool:
    """Worker processes that run queries with a time limit and a result cap.

    Args:
        location: the store folder; opened read-only by every worker.
        workers: how many queries can run at once.
        timeout: seconds a query may run; past it the worker is killed and replaced.
        max_results: the most solutions or triples one answer holds.
        prefixes: prefixes for Turtle and RDF/XML answers.

    Raises:
        StoreError, ServeError: a worker cannot open the store.
    """

    def __init__(self, location: str | Path, *, workers: int = 2, timeout: float = 30.0, max_results: int = 10000,
                 prefixes: dict[str, str] | None = None, start_timeout: float = 60.0) -> None:
        if workers < 1:
            raise ServeError(f"--workers {workers} is too few; give 1 or more")
        if timeout <= 0:
            raise ServeError(f"--timeout {timeout:g} must be more than 0 seconds")
        if max_results < 1:
            raise ServeError(f"--max-results {max_results} must be 1 or more")
        self.location = str(location)
        self.size = workers
        self.timeout = timeout
        self.max_results = max_results
        self.prefixes = dict(prefixes or {})
        self.restarts = 0
        self._context = mp.get_context("spawn")  # never fork a process that runs server threads
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._spawn() for _ in range(workers)]
        try:
            for worker in started:
                worker.wait_ready(start_timeout)
        except NewsgraphError:
            self.close()
            raise
        for worker in started:
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.location, self.max_results, self.prefixes)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background, so the caller answers at once."""
        self.restarts += 1

        def restart() -> None:
            self._retire(worker)
            if self._closed:
                return
            fresh = self._spawn()
            try:
                fresh.wait_ready(60)
            except NewsgraphError:
                self._retire(fresh)
                return
            if self._closed:
                self._retire(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=restart, name="newsgraph-worker-restart", daemon=True).start()

    def run(self, job: QueryJob) -> QueryAnswer:
        """Run ``job`` in a free worker and return its answer; never raises for a bad or slow query."""
        started = time.monotonic()
        # Waiting for a free worker has its own budget: a worker being restarted after a timeout takes about a
        # second to open the store, and the query after a stopped one should wait for it, not fail.
        wait = self.timeout + _RESTART_BUDGET
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return QueryAnswer.error(503, f"all {self.size} query workers stayed busy for {wait:g} s; "
                                          "try again, or start the server with more --workers")
        if self._closed:
            self._retire(worker)
            return QueryAnswer.error(503, "the server is shutting down")
        began = time.monotonic()
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                answer: QueryAnswer = worker.conn.recv()
                self._idle.put(worker)
                answer.seconds = time.monotonic() - started
                return answer
        except (EOFError, OSError) as e:
            self._replace(worker)
            return QueryAnswer.error(500, f"the query worker stopped unexpectedly ({_first_line(e)}); "
                                          "a new one is starting, try again")
        self._replace(worker)
        answer = QueryAnswer.error(503, f"the query ran past the time limit of {self.timeout:g} s and was "
                                        "stopped; narrow it (a LIMIT, a more specific pattern) or start the "
                                        "server with a longer --timeout")
        answer.seconds = time.monotonic() - began
        return answer

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


# -- HTTP --------------------------------------------------------------------------------------------------------
def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0: any free port).

    Raises:
        ServeError: the port is in use, or the host cannot be listened on.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise ServeError(f"cannot listen on host {host!r}: {e.strerror}; give an address such as 127.0.0.1"
                         ) from e
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as e:
        sock.close()
        if e.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is in use; stop what uses it or choose another --port"
                             ) from e
        if e.errno == errno.EACCES:
            raise ServeError(f"not allowed to listen on port {port}; choose a port above 1023") from e
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}; check --host and --port") from e
    return sock


def _graph_uris(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v for v in values if v)


@dataclass(slots=True)
class QueryLog:
    """One answered request, for the caller's log line."""

    status: int
    kind: str
    count: int
    truncated: bool
    seconds: float
    query: str
    extra: dict[str, Any] = field(default_factory=dict)


_FORM = "application/x-www-form-urlencoded"
_READ_ONLY = ("SPARQL Update is refused: this endpoint is read-only; change the store with newsgraph build and "
              "restart the server")
_MAX_BODY = 1 << 20


def create_app(pool: QueryPool, *, cors: str | None = None, store_name: str = "",
               on_query: Callable[[QueryLog], None] | None = None) -> Any:
    """The Starlette application: ``/sparql`` and the page at ``/``."""
    from urllib.parse import parse_qs

    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    def refuse(status: int, message: str, query: str = "") -> Response:
        if on_query is not None:
            on_query(QueryLog(status, "", 0, False, 0.0, query, {"message": message}))
        return PlainTextResponse(message + "\n", status_code=status, headers={"X-Content-Type-Options": "nosniff"})

    async def sparql(request: Request) -> Response:
        args: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            args.setdefault(key, []).append(value)
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await request.body()
            if len(body) > _MAX_BODY:
                return refuse(413, f"the request is larger than {_MAX_BODY // 1024} KiB; send a shorter query")
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return refuse(400, "the request body is not UTF-8; send the query as UTF-8 text")
            if content_type == "application/sparql-query":
                args.setdefault("query", []).append(text)
            elif content_type == _FORM:
                for key, values in parse_qs(text, keep_blank_values=True).items():
                    args.setdefault(key, []).extend(values)
            elif content_type == "application/sparql-update":
                return refuse(403, refusal(text) or _READ_ONLY, text)
            else:
                return refuse(415, f"cannot read a POST body of type {content_type or 'none'!r}; send the query "
                                   "as application/sparql-query, as a form (query=...), or with GET ?query=...")
        if "update" in args:
            update = " ".join(args["update"])
            return refuse(403, refusal(update) or _READ_ONLY, update)
        queries = args.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return refuse(400, "give exactly one SPARQL query: GET /sparql?query=..., POST it as "
                               "application/sparql-query, or POST a form with query=...")
        query = queries[0]
        reason = refusal(query)
        if reason is not None:
            return refuse(403, reason, query)
        job = QueryJob(query=query, accept=request.headers.get("accept"),
                       format=(args.get("format") or args.get("output") or [""])[0] or None,
                       default_graphs=_graph_uris(args.get("default-graph-uri", [])),
                       named_graphs=_graph_uris(args.get("named-graph-uri", [])))
        answer: QueryAnswer = await run_in_threadpool(pool.run, job)
        headers = {"X-Content-Type-Options": "nosniff", "Vary": "Accept",
                   "X-Newsgraph-Result-Cap": str(pool.max_results)}
        if answer.truncated:
            headers["X-Newsgraph-Truncated"] = "true"
        if on_query is not None:
            on_query(QueryLog(answer.status, answer.kind, answer.count, answer.truncated, answer.seconds, query,
                              {"message": answer.body.decode(errors="replace").strip()
                               if answer.status >= 400 else ""}))
        return Response(answer.body, status_code=answer.status, headers=headers, media_type=answer.content_type)

    async def page(request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        policy = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
                  "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'")
        return HTMLResponse(render_page(nonce, store_name, pool.timeout, pool.max_results),
                            headers={"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff",
                                     "Referrer-Policy": "no-referrer"})

    middleware = []
    if cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[cors], allow_methods=["GET", "POST"],
                                     allow_headers=["Content-Type", "Accept"],
                                     expose_headers=["X-Newsgraph-Truncated", "X-Newsgraph-Result-Cap"]))
    routes = [Route("/", page, methods=["GET"]), Route("/sparql", sparql, methods=["GET", "POST"])]
    return Starlette(routes=routes, middleware=middleware)


def render_page(nonce: str, store_name: str, timeout: float, max_results: int) -> str:
    """The page at ``/``: query editor, library queries, results table and graph view."""
    import html
    from string import Template

    from newsgraph.graph.viz import asset_text, script_json
    from newsgraph.queries.runner import library

    queries = [{"name": q.name, "summary": q.summary, "text": q.text,
                "parameters": [{"name": p.name, "variable": p.variable, "kind": p.kind, "required": p.required,
                                "description": p.description} for p in q.parameters]}
               for q in sorted(library().values(), key=lambda q: q.name)]
    for script in ("graph.js", "serve.js"):
        if "</script" in asset_text(script).lower():
            raise NewsgraphError(f"{script} contains '</script'; this is a bug, please report it")
    return Template(asset_text("serve.html")).substitute(
        nonce=nonce, store=html.escape(store_name), timeout=f"{timeout:g}", cap=f"{max_results:,}",
        css=asset_text("graph.css"), graph_js=asset_text("graph.js"), page_js=asset_text("serve.js"),
        library=script_json(queries))


def run_server(app: Any, sock: socket.socket, *, graceful_seconds: float = 5.0) -> None:
    """Serve ``app`` on ``sock`` until Ctrl-C or SIGTERM; returns after a graceful shutdown."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=int(graceful_seconds))
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises the signal it caught once it has shut down
        server.run(sockets=[sock])
