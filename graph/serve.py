"""A read-only SPARQL 1.1 Protocol endpoint over a newsgraph store, with a query page at ``/``; safe to open to a
network.

What a request goes through, cheapest first, so that nothing a client sends can take the server down:

1. **Reading** (``create_app``, ``run_server``): a request must arrive whole within ``READ_SECONDS`` (a client that
   sends half its headers and waits is cut off); a body is read as it streams and refused with 413 as soon as it
   passes ``MAX_BODY`` bytes (a declared ``Content-Length`` over it is refused before a byte is read).
2. **Checks in the server** (400 or 403 before any worker is involved): one query, parameters that are what
   they say (``default-graph-uri`` an absolute IRI), updates refused, the text made the same for every parser
   (``newsgraph.graph.sparql_text.canonical_query``) and no deeper or longer than Oxigraph reads safely
   (``check_shape``).
3. **A worker** (``newsgraph.graph.query_pool``): a process with no network and a memory limit, which decides
   from the query's parsed algebra whether it may run (no update, LOAD or SERVICE), runs it in Oxigraph within
   the time limit, and writes the answer within the result caps. Workers are shared fairly: long queries run at
   the lowest CPU priority and may hold only some of the workers, and clients take turns.

What an answer is written as is chosen from the format registries of ``newsgraph.graph.formats`` by the
request's ``Accept`` header (or a ``format`` parameter). ``create_app`` is the HTTP application (Starlette,
served by uvicorn): ``/sparql`` for GET ``query=``, POST ``application/sparql-query`` and POST forms; ``/`` for
the page. CORS headers are sent only when an origin is given.

Why Starlette and uvicorn rather than the standard library's ``http.server``: the endpoint may be opened to a
network (``--host``), and ``http.server`` is documented as not meant for that (basic security checks only, a
thread per connection with no limits, HTTP/1.0 unless asked); uvicorn's h11 parser, graceful shutdown on
SIGINT/SIGTERM and Starlette's CORS middleware are maintained code we would otherwise write and get wrong.

Library code: nothing here prints.

Example:
    >>> refusal("SELECT * WHERE { ?s ?p 'LOAD <x>' }") is None
    True
    >>> refusal("LOAD <http://example.org/data.ttl>").split(":")[0]
    'LOAD is refused'
"""

from __future__ import annotations

import contextlib
import errno
import re
import secrets
import signal
import socket
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.errors import BadQueryError, NewsgraphError, ServeError
from newsgraph.graph.query_algebra import LOAD_REFUSED, SERVICE_REFUSED
from newsgraph.graph.query_pool import Limits, QueryAnswer, QueryJob, QueryPool
from newsgraph.graph.sparql_text import canonical_query, check_shape

__all__ = [
    "MAX_BODY",
    "READ_SECONDS",
    "Limits",
    "PoolSelect",
    "QueryAnswer",
    "QueryJob",
    "QueryLog",
    "QueryPool",
    "ServeError",
    "bind_socket",
    "create_app",
    "refusal",
    "run_server",
]

#: The largest request body read, in bytes: a query, however long, is far below it.
MAX_BODY = 1 << 20
#: Seconds a client has to send a whole request (headers and body).
READ_SECONDS = 10.0


# -- what is refused ---------------------------------------------------------------------------------------------
def refusal(query: str, prefixes: Mapping[str, str] | None = None) -> str | None:
    """Why this read-only endpoint refuses ``query``, or None when it may run: an update, LOAD or SERVICE
    anywhere in its parsed algebra, a spelling that two SPARQL parsers would read differently, or a query
    nested too deep to be read safely. (The endpoint makes the same checks: the cheap ones before a query
    reaches a worker, the parse in the worker.)

    >>> refusal("PREFIX ng: <https://w3id.org/newsgraph/ns#> INSERT DATA { ng:a ng:b ng:c }").split(":")[0]
    'SPARQL Update (INSERT DATA) is refused'
    >>> refusal("SELECT ?load WHERE { ?load <http://x/service> ?x } # DROP ALL") is None
    True
    """
    from newsgraph.graph.query_algebra import inspect_query

    try:
        text = canonical_query(query)
        check_shape(text)
        inspect_query(text, prefixes)
    except BadQueryError as e:
        return str(e)
    return None


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


def _graph_iris(values: Iterable[str], name: str) -> tuple[str, ...]:
    """The graph IRIs of a ``default-graph-uri`` or ``named-graph-uri`` parameter, or a ``BadQueryError``."""
    import pyoxigraph as ox

    found = []
    for value in values:
        if not value:
            continue
        try:
            ox.NamedNode(value)
        except ValueError as e:
            raise BadQueryError(f"{name} {value[:80]!r} is not an IRI; give an absolute one such as "
                                "https://w3id.org/newsgraph/id/article/a.txt") from e
        if ":" not in value:
            raise BadQueryError(f"{name} {value[:80]!r} is not an absolute IRI; give one such as "
                                "https://w3id.org/newsgraph/id/article/a.txt")
        found.append(value)
    return tuple(found)


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
_TOO_LARGE = f"the request is larger than {MAX_BODY >> 10} KiB; send a shorter query"


class _TooLarge(Exception):
    pass


_LOAD = re.compile(r"\bLOAD\b", re.IGNORECASE)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def _update_refusal(update: str) -> str:
    """The message for an update request, refused whatever it holds: it names LOAD or SERVICE when the text has
    the word (only the wording depends on it, so no parser is spent on a request that will not run)."""
    if _LOAD.search(update):
        return LOAD_REFUSED
    return SERVICE_REFUSED if _SERVICE.search(update) else _READ_ONLY


async def _read_body(request: Any) -> bytes:
    """The request's body, read as it streams; ``_TooLarge`` as soon as it passes ``MAX_BODY``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class PoolSelect:
    """SELECT rows, as rdflib terms, from the endpoint's query workers (with their time limit): what binding a
    library query's parameters needs of a store (``newsgraph.queries.runner.Selects``), such as finding the
    entity a name stands for. Its queries count as ``client``'s, so binding parameters takes its turn too."""

    def __init__(self, pool: QueryPool, prefixes: Mapping[str, str], client: str = "") -> None:
        self.pool = pool
        self.client = client
        self.prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        import json

        from rdflib import BNode, Literal, URIRef

        from newsgraph.graph.sparql_text import inline_bindings

        answer = self.pool.run(QueryJob(query=self.prologue + inline_bindings(sparql, bindings or {}),
                                        accept="application/sparql-results+json", client=self.client))
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
    from starlette.requests import ClientDisconnect, Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    def refuse(status: int, message: str, query: str = "", close: bool = False) -> Response:
        if on_query is not None:
            on_query(QueryLog(status, "", 0, False, 0.0, query, {"message": message}))
        headers = {"X-Content-Type-Options": "nosniff"}
        if close:  # the rest of the body is not read: the connection cannot carry another request
            headers["Connection"] = "close"
        return PlainTextResponse(message + "\n", status_code=status, headers=headers)

    async def sparql(request: Request) -> Response:
        args: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            args.setdefault(key, []).append(value)
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type not in ("application/sparql-query", _FORM, "application/sparql-update"):
                return refuse(415, f"cannot read a POST body of type {content_type or 'none'!r}; send the query "
                                   "as application/sparql-query, as a form (query=...), or with GET ?query=...",
                              close=True)
            try:
                body = await _read_body(request)
            except _TooLarge:
                return refuse(413, _TOO_LARGE, close=True)
            except ClientDisconnect:
                return refuse(408, "the request was not sent whole in time", close=True)
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return refuse(400, "the request body is not UTF-8; send the query as UTF-8 text")
            if content_type == "application/sparql-query":
                args.setdefault("query", []).append(text)
            elif content_type == _FORM:
                for key, values in parse_qs(text, keep_blank_values=True).items():
                    args.setdefault(key, []).extend(values)
            else:
                return refuse(403, _update_refusal(text), text)
        if "update" in args:
            update = " ".join(args["update"])
            return refuse(403, _update_refusal(update), update)
        queries = args.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return refuse(400, "give exactly one SPARQL query: GET /sparql?query=..., POST it as "
                               "application/sparql-query, or POST a form with query=...")
        query = queries[0]
        try:
            query = canonical_query(query)
            check_shape(query)
            job = QueryJob(query=query, accept=request.headers.get("accept"),
                           format=(args.get("format") or args.get("output") or [""])[0] or None,
                           default_graphs=_graph_iris(args.get("default-graph-uri", []), "default-graph-uri"),
                           named_graphs=_graph_iris(args.get("named-graph-uri", []), "named-graph-uri"),
                           client=request.client.host if request.client else "")
        except BadQueryError as e:
            return refuse(400, str(e), query)
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

    async def library_query(request: Request) -> Response:
        from starlette.responses import JSONResponse

        name = request.path_params["name"]
        if bind_library is None:
            return refuse(404, "this server offers no library queries")
        params = {key: value for key, value in request.query_params.items()}
        try:
            selector = PoolSelect(pool, prefixes or {}, request.client.host if request.client else "")
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


def _timed_protocol(read_seconds: float) -> type:
    """uvicorn's HTTP/1.1 protocol with a clock on each request: one that has not arrived whole (headers and
    body) within ``read_seconds`` of its first byte, or of the connection's opening, is answered 408 and the
    connection closed. uvicorn times idle keep-alive connections, not a request sent a byte at a time."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class TimedH11Protocol(H11Protocol):
        _request_timer: Any = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._start_clock()

        def data_received(self, data: bytes) -> None:
            if self._request_timer is None and self.conn.their_state is h11.IDLE:
                self._start_clock()
            super().data_received(data)
            if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
                self._stop_clock()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_clock()
            super().connection_lost(exc)

        def on_response_complete(self) -> None:
            self._stop_clock()
            super().on_response_complete()

        def _start_clock(self) -> None:
            self._stop_clock()
            self._request_timer = self.loop.call_later(read_seconds, self._too_slow)

        def _stop_clock(self) -> None:
            if self._request_timer is not None:
                self._request_timer.cancel()
                self._request_timer = None

        def _too_slow(self) -> None:
            self._request_timer = None
            if self.transport.is_closing():
                return
            if self.cycle is None or not self.cycle.response_started:
                message = f"the request did not arrive within {read_seconds:g} s\n".encode()
                self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                                     b"connection: close\r\ncontent-length: " + str(len(message)).encode()
                                     + b"\r\n\r\n" + message)
            self.transport.close()

    return TimedH11Protocol


class _Terminated(Exception):
    """SIGTERM, raised again by uvicorn once it has shut down."""


def _terminated(signum: int, frame: Any) -> None:
    raise _Terminated


def run_server(app: Any, sock: socket.socket, *, graceful_seconds: float = 5.0,
               read_seconds: float = READ_SECONDS) -> None:
    """Serve ``app`` on ``sock`` until Ctrl-C or SIGTERM; returns after a graceful shutdown. A request must
    arrive whole within ``read_seconds``."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            http=_timed_protocol(read_seconds),
                            timeout_graceful_shutdown=int(graceful_seconds), limit_concurrency=1000)
    server = uvicorn.Server(config)
    # Once it has shut down, uvicorn raises the signal it caught again, under the handler that was there before
    # it ran. For SIGTERM (kill, a service manager stopping the server) that handler was the default one, which
    # ended the process on the spot: the caller never closed its query pool, and a query still running went on
    # in its worker. Under this handler the signal ends only the serving, as Ctrl-C does.
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
    try:
        with contextlib.suppress(KeyboardInterrupt, _Terminated):
            server.run(sockets=[sock])
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
