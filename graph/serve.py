"""A read-only SPARQL 1.1 Protocol endpoint over a newsgraph store, with a query page at ``/``.

The pieces, each usable on its own:

- ``refusal(query)`` says why a request must be refused: SPARQL Update (``INSERT``, ``DELETE``, ``CLEAR``...),
  ``LOAD`` and ``SERVICE`` are found among the query's keywords by the project's one SPARQL scanner
  (``newsgraph.graph.sparql_text.keywords``), which skips comments, strings and IRIs, so a query that only
  *mentions* "LOAD" in a string still runs.
- ``QueryPool`` runs queries in worker processes, each holding the store opened read-only
  (``pyoxigraph.Store.read_only``). pyoxigraph cannot be interrupted from another thread, so the time limit is
  kept by the parent: a worker that has not answered in time is killed and a fresh one started in the
  background; the client gets a 503 with a message. The result cap is kept by the worker, which stops reading
  solutions (or triples) at the cap; the answer then says so in the ``X-Newsgraph-Truncated`` header.
- What an answer is written as is chosen from the format registries of ``newsgraph.graph.formats`` by the
  request's ``Accept`` header (or a ``format`` parameter): SPARQL JSON, XML, CSV and TSV for SELECT and ASK,
  the RDF formats for CONSTRUCT and DESCRIBE; ``newsgraph query`` writes with the same writers.
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
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from newsgraph.errors import NewsgraphError, ServeError, StoreError
from newsgraph.graph.formats import BOOLEAN, GRAPH, SOLUTIONS, Answer, RdfFormat, choose_format, formats_for
from newsgraph.graph.sparql_text import keywords

__all__ = [
    "PoolSelect",
    "QueryAnswer",
    "QueryJob",
    "QueryPool",
    "ServeError",
    "bind_socket",
    "create_app",
    "refusal",
]



# -- what is refused ---------------------------------------------------------------------------------------------
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH", "USING"})


def refusal(query: str) -> str | None:
    """Why this read-only endpoint refuses ``query``, or None when it may run.

    >>> refusal("PREFIX ng: <https://w3id.org/newsgraph/ns#> INSERT DATA { ng:a ng:b ng:c }").split(":")[0]
    'SPARQL Update (INSERT) is refused'
    >>> refusal("SELECT ?load WHERE { ?load ng:service ?x } # DROP ALL") is None
    True
    """
    for word in keywords(query):
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
                if len(triples) >= max_results:
                    truncated = True
                    break
                triples.append(triple)
            body, count = fmt.write(triples, prefixes=prefixes) or b"", len(triples)
        elif kind == BOOLEAN:
            body, count = fmt.write(Answer(boolean=bool(result))), 1
        else:
            variables = [v.value for v in result.variables]
            rows: list[list[Any]] = []
            for solution in result:
                if len(rows) >= max_results:
                    truncated = True
                    break
                rows.append([solution[i] for i in range(len(variables))])
            body, count = fmt.write(Answer.of(variables, rows)), len(rows)
    except SyntaxError as e:
        return QueryAnswer.error(400, f"the query is not valid SPARQL: {_first_line(e)}")
    except Exception as e:  # evaluation errors come as OSError, ValueError or RuntimeError
        return QueryAnswer.error(500, f"the query failed: {_first_line(e)}")
    media_type = fmt.media_type or "text/plain"
    charset = "; charset=utf-8" if not media_type.endswith("+xml") else ""
    return QueryAnswer(200, media_type + charset, body, kind, count, truncated)


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


class PoolSelect:
    """SELECT rows, as rdflib terms, from the endpoint's query workers (with their time limit): what binding a
    library query's parameters needs of a store (``newsgraph.queries.runner.Selects``), such as finding the
    entity a name stands for."""

    def __init__(self, pool: QueryPool, prefixes: Mapping[str, str]) -> None:
        self.pool = pool
        self.prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        import json

        from rdflib import BNode, Literal, URIRef

        from newsgraph.graph.sparql_text import inline_bindings

        answer = self.pool.run(QueryJob(query=self.prologue + inline_bindings(sparql, bindings or {}),
                                        accept="application/sparql-results+json"))
        if answer.status != 200:
            raise ServeError(answer.body.decode(errors="replace").strip())
        data = json.loads(answer.body)

        def term(value: dict[str, str] | None) -> Any:
            if value is None:
                return None
            if value["type"] == "uri":
                return URIRef(value["value"])
            if value["type"] == "bnode":
                return BNode(value["value"])
            return Literal(value["value"], lang=value.get("xml:lang"), datatype=value.get("datatype"))

        names = data["head"]["vars"]
        return [tuple(term(row.get(name)) for name in names) for row in data["results"]["bindings"]]


def create_app(pool: QueryPool, *, cors: str | None = None, store_name: str = "",
               on_query: Callable[[QueryLog], None] | None = None,
               library: Sequence[Mapping[str, Any]] = (),
               bind_library: Callable[[str, Mapping[str, str], Any], str] | None = None,
               prefixes: Mapping[str, str] | None = None) -> Any:
    """The Starlette application: ``/sparql``, the page at ``/`` and ``/library/NAME``.

    ``library`` lists the queries the page offers, as ``newsgraph.queries.runner.describe_library`` gives them,
    and ``bind_library`` (``newsgraph.queries.runner.bound_library_query``) binds their parameters (passed in,
    so that this package does not import the query package, which imports it). ``GET /library/NAME?KEY=VALUE``
    answers the query's text with the values bound, as JSON ``{"name", "query"}``, or a 400 saying what is
    wrong with a value; the page fills its parameter forms in through it and runs the text at ``/sparql``.
    """
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
                  "connect-src 'self'; img-src data:; worker-src blob:; base-uri 'none'; form-action 'none'")
        return HTMLResponse(render_page(nonce, store_name, pool.timeout, pool.max_results, library),
                            headers={"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff",
                                     "Referrer-Policy": "no-referrer"})

    selector = PoolSelect(pool, prefixes or {})

    async def library_query(request: Request) -> Response:
        from starlette.responses import JSONResponse

        name = request.path_params["name"]
        if bind_library is None:
            return refuse(404, "this server offers no library queries")
        params = {key: value for key, value in request.query_params.items()}
        try:
            text = await run_in_threadpool(bind_library, name, params, selector)
        except NewsgraphError as e:
            return refuse(400, str(e).replace("--param ", ""))
        return JSONResponse({"name": name, "query": text}, headers={"X-Content-Type-Options": "nosniff"})

    middleware = []
    if cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[cors], allow_methods=["GET", "POST"],
                                     allow_headers=["Content-Type", "Accept"],
                                     expose_headers=["X-Newsgraph-Truncated", "X-Newsgraph-Result-Cap"]))
    routes = [Route("/", page, methods=["GET"]), Route("/sparql", sparql, methods=["GET", "POST"]),
              Route("/library/{name}", library_query, methods=["GET"])]
    return Starlette(routes=routes, middleware=middleware)


def render_page(nonce: str, store_name: str, timeout: float, max_results: int,
                library: Sequence[Mapping[str, Any]] = ()) -> str:
    """The page at ``/``: query editor, library queries, results table and graph view."""
    import html
    from string import Template

    from rdflib import RDF

    from newsgraph.graph.namespace import BINDINGS
    from newsgraph.graph.viz import asset_text, page_scripts, page_style, script_json

    queries = sorted(library, key=lambda q: str(q["name"]))
    if "</script" in asset_text("serve.js").lower():
        raise NewsgraphError("serve.js contains '</script'; this is a bug, please report it")
    return Template(asset_text("serve.html")).substitute(
        nonce=nonce, store=html.escape(store_name), timeout=f"{timeout:g}", cap=f"{max_results:,}",
        css=asset_text("graph.css"), graph_js=page_scripts(), page_js=asset_text("serve.js"),
        library=script_json(queries), style=script_json(page_style()),
        prefixes=script_json({str(ns): prefix for prefix, ns in sorted({**BINDINGS, "rdf": str(RDF)}.items())}))


def run_server(app: Any, sock: socket.socket, *, graceful_seconds: float = 5.0) -> None:
    """Serve ``app`` on ``sock`` until Ctrl-C or SIGTERM; returns after a graceful shutdown."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=int(graceful_seconds))
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises the signal it caught once it has shut down
        server.run(sockets=[sock])
