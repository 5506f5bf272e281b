"""Push: the store sent to any SPARQL 1.1 store over the Graph Store HTTP Protocol.

Each named graph (one per article, plus the provenance graph) goes as one ``PUT ENDPOINT?graph=IRI`` with an
N-Triples body, so the remote store keeps the article graphs and pushing again replaces them instead of
adding twice. With ``graph=IRI`` everything goes into that one graph instead: a ``PUT`` of the first graph
replaces it, and ``POST``s of the others add to it (RDF merges the triples they share).

The endpoint is the store's Graph Store Protocol address: ``http://HOST:7878/store`` for an Oxigraph server,
``http://HOST:3030/DATASET/data`` for Apache Jena Fuseki. A user and password may be given in the URL
(``http://user:secret@host:3030/ds/data``); they are sent as HTTP Basic authentication.

Only the standard library's ``urllib`` is used: a handful of PUTs needs no HTTP client dependency.

Example:
    >>> graph_store_url("http://127.0.0.1:7878/store", "https://w3id.org/newsgraph/id/article/a.txt")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Farticle%2Fa.txt'
"""

from __future__ import annotations

import base64
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import pyoxigraph as ox

from newsgraph.errors import PushError
from newsgraph.graph.formats import RDF_FORMATS
from newsgraph.graph.store import GraphStore, OxigraphStore

__all__ = ["PushError", "PushReport", "graph_store_url", "push"]

_NTRIPLES = RDF_FORMATS["ntriples"]



@dataclass(frozen=True, slots=True)
class PushReport:
    """What was sent."""

    graphs: int
    triples: int
    seconds: float
    requests: int


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol address of one graph (None: the default graph)."""
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={quote(graph, safe='')}"


def _split_credentials(endpoint: str) -> tuple[str, str | None]:
    try:
        parts = urlsplit(endpoint)
        port = parts.port  # raises for a port that is not a number in range
    except ValueError as e:  # "http://[::1": an unclosed IPv6 address
        raise PushError(f"--endpoint {endpoint!r} is not a URL ({e}); give the store's Graph Store address, "
                        "e.g. http://127.0.0.1:7878/store or http://[::1]:7878/store") from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"--endpoint {endpoint!r} is not an http:// or https:// URL; give the store's Graph Store "
                        "address, e.g. http://127.0.0.1:7878/store (Oxigraph) or http://127.0.0.1:3030/ds/data "
                        "(Fuseki)")
    if parts.username is None:
        return endpoint, None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    netloc = host + (f":{port}" if port else "")
    token = base64.b64encode(f"{parts.username}:{parts.password or ''}".encode()).decode()
    return urlunsplit(parts._replace(netloc=netloc)), f"Basic {token}"


def _graphs(store: GraphStore) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    """Each graph's name (None: the default graph) and its triples."""
    if isinstance(store, OxigraphStore):
        inner = store.oxigraph
        names = sorted((g for g in inner.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
        default = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in inner.quads_for_pattern(None, None, None, ox.DefaultGraph())]
        if default:
            yield None, default
        for name in names:
            yield name.value, [ox.Triple(q.subject, q.predicate, q.object)
                               for q in inner.quads_for_pattern(None, None, None, name)]
        return
    grouped: dict[str | None, list[ox.Triple]] = {}
    for quad in store.oxigraph_quads():
        graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
        grouped.setdefault(graph, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    yield from sorted(grouped.items(), key=lambda item: (item[0] is not None, item[0] or ""))


def _send(method: str, url: str, body: bytes, auth: str | None, timeout: float, shown: str, what: str) -> None:
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": _NTRIPLES.media_type, "Content-Length": str(len(body))})
    if auth is not None:
        request.add_header("Authorization", auth)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as e:
        detail = e.read(2000).decode("utf-8", "replace").strip().splitlines()
        reason = f"HTTP {e.code} {e.reason}" + (f": {detail[0][:200]}" if detail else "")
        if e.code in (401, 403):
            remedy = "check the user and password (http://user:password@host/...) and that the store allows writes"
        elif e.code in (404, 405):
            remedy = ("check that --endpoint is the store's Graph Store address (Oxigraph: /store, "
                      "Fuseki: /DATASET/data)")
        else:
            remedy = "check the store's log"
        raise PushError(f"{shown} refused {what}: {reason}; {remedy}") from e
    except urllib.error.URLError as e:
        cause = e.reason
        if isinstance(cause, ConnectionRefusedError):
            text = "connection refused"
        elif isinstance(cause, TimeoutError):
            text = f"no answer within {timeout:g} s"
        elif isinstance(cause, socket.gaierror):
            text = "unknown host"
        else:
            text = str(cause)
        raise PushError(f"cannot reach {shown}: {text}; check that the store is running and the URL is right"
                        ) from e
    except TimeoutError as e:
        raise PushError(f"{shown} did not answer within {timeout:g} s; try a longer --timeout") from e
    except (ConnectionError, OSError) as e:
        raise PushError(f"the connection to {shown} failed: {e}; check that the store is running") from e


def push(store: GraphStore, endpoint: str, *, graph: str | None = None, timeout: float = 60.0,
         on_progress: Callable[[int, int, str], None] | None = None) -> PushReport:
    """Send every graph of ``store`` to the Graph Store Protocol ``endpoint``.

    Args:
        graph: put everything into this one graph instead of keeping the named graphs.
        on_progress: called with (graphs done, graphs in all, graph name) after each request.

    Raises:
        PushError: the endpoint is not an http(s) URL, cannot be reached, or refuses a request.
    """
    url, auth = _split_credentials(endpoint)
    shown = url
    if graph is not None and not urlsplit(graph).scheme:
        raise PushError(f"--graph {graph!r} is not an IRI; give a full one such as https://example.org/news")
    started = time.monotonic()
    graphs = list(_graphs(store))
    if graph is not None and not graphs:
        graphs = [(graph, [])]
    triples = requests = 0
    for done, (name, content) in enumerate(graphs, start=1):
        body = _NTRIPLES.write(content) or b""
        if graph is None:
            target, method, what = name, "PUT", f"graph <{name}>" if name else "the default graph"
        else:
            target, method, what = graph, "PUT" if done == 1 else "POST", f"graph <{graph}>"
        _send(method, graph_store_url(url, target), body, auth, timeout, shown, what)
        triples += len(content)
        requests += 1
        if on_progress is not None:
            on_progress(done, len(graphs), name or "default graph")
    return PushReport(graphs=len(graphs), triples=triples, seconds=time.monotonic() - started, requests=requests)
