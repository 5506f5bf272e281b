"""`newsgraph serve`: a read-only SPARQL 1.1 endpoint over the store, with a query page at "/"."""

from __future__ import annotations

import ipaddress
import time
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import StoreOption, app, err, fail, out, require_store


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    store: StoreOption,
    host: Annotated[str, typer.Option("--host", metavar="ADDRESS",
                                      help="Address to listen on; loopback only by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", metavar="PORT", help="Port to listen on (0: any free port).")] = 7878,
    timeout: Annotated[float, typer.Option(
        "--timeout", help="Seconds a query may run before it is stopped.", metavar="SECONDS")] = 30.0,
    max_results: Annotated[int, typer.Option("--max-results", metavar="N",
                                             help="The most rows or triples one answer holds.")] = 10000,
    cors: Annotated[str | None, typer.Option("--cors", metavar="ORIGIN", help="Send CORS headers allowing this origin "
                                                            "(e.g. https://example.org, or * for any).")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", metavar="N", help="How many queries run at once (default: two per processor and two more).")
    ] = None,
    memory_limit: Annotated[int | None, typer.Option(
        "--memory-limit", help="MB of memory one query may use (default: the machine's memory shared among the "
                               "workers, 256 to 2048).", metavar="MB")] = None,
    read_timeout: Annotated[float, typer.Option(
        "--read-timeout", help="Seconds a client has to send a whole request.", metavar="SECONDS")] = 10.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per query.")] = False,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /sparql, with a query page at /.

    Each query runs in a worker process with no network, a memory limit and the time limit; long queries run at
    low priority and may hold only half the workers, so short ones are still answered.

    Example: newsgraph serve --store seeds.store --port 7878   (then open http://127.0.0.1:7878/)
    """
    from newsgraph.graph.namespace import BINDINGS
    from newsgraph.graph.query_pool import default_memory_mb, default_workers
    from newsgraph.graph.serve import Limits, QueryLog, QueryPool, bind_socket, create_app, run_server
    from newsgraph.queries.runner import bound_library_query, describe_library

    require_store(store)
    # The query workers open the store themselves; opening it here once refuses, in one line, a store that
    # needs an upgrade first (its default graph would answer every query empty).
    from newsgraph.graph.store import open_store

    open_store(store, read_only=True).close()
    if not 0 <= port <= 65535:
        fail(f"--port {port} is not a port number; give one from 1 to 65535")
    if read_timeout <= 0:
        fail(f"--read-timeout {read_timeout:g} must be more than 0 seconds")
    size = workers if workers is not None else default_workers()
    limits = Limits(timeout=timeout, max_results=max_results,
                    memory_mb=memory_limit if memory_limit is not None else default_memory_mb(size))
    sock = bind_socket(host, port)
    try:
        pool = QueryPool(store, workers=size, limits=limits, prefixes=dict(BINDINGS))
    except BaseException:
        sock.close()
        raise
    for warning in pool.warnings:
        err.print(f"warning: {warning}", markup=False, highlight=False)

    def log(entry: QueryLog) -> None:
        if quiet:
            return
        first = " ".join(line.strip() for line in entry.query.splitlines()
                         if line.strip() and not line.strip().startswith(("#", "PREFIX", "prefix")))[:60]
        if entry.status < 400:
            unit = {"graph": "triples", "boolean": "answer"}.get(entry.kind, "rows")
            what = f"{entry.count} {unit}" + (" (cut at --max-results)" if entry.truncated else "")
        else:
            what = entry.extra.get("message", "")[:100]
        err.print(f"{time.strftime('%H:%M:%S')} {entry.status} {entry.seconds:6.2f}s {what} | {first}", markup=False,
                  highlight=False)

    bound_host, bound_port = sock.getsockname()[:2]
    shown_host = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
    url = f"http://{shown_host}:{bound_port}/"
    try:
        application = create_app(pool, cors=cors, store_name=Path(store).name, on_query=log,
                                 library=describe_library(), bind_library=bound_library_query,
                                 prefixes=dict(BINDINGS))
        out.print(f"serving {store} at {url} (SPARQL endpoint {url}sparql); press Ctrl-C to stop", markup=False,
                  highlight=False)
        if not _is_loopback(host):
            err.print(f"warning: listening on {host}: other machines can query this store", markup=False,
                      highlight=False)
        run_server(application, sock, read_seconds=read_timeout)
    finally:
        pool.close()
        sock.close()
    out.print("stopped", markup=False, highlight=False)
