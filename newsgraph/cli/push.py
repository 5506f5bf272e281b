"""`newsgraph push`: the graph sent to another SPARQL 1.1 store over the Graph Store Protocol."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._app import QuietOption, StoreOption, app, out, progress


@app.command()
def push(
    store: StoreOption,
    endpoint: Annotated[str, typer.Option(
        "--endpoint", metavar="URL", help="The store's Graph Store Protocol address, e.g. http://127.0.0.1:7878/store "
                                          "(Oxigraph) or http://127.0.0.1:3030/ds/data (Fuseki).")],
    graph: Annotated[str | None, typer.Option(
        "--graph", metavar="IRI", help="Put everything into this one graph instead of one graph per article.")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS",
                                           help="Seconds to wait for each answer.")] = 60.0,
    quiet: QuietOption = False,
) -> None:
    """Send the graph to a SPARQL 1.1 store (Oxigraph, Fuseki, GraphDB...), named graphs kept.

    Example: newsgraph push --store seeds.store --endpoint http://127.0.0.1:7878/store
    """
    from newsgraph.graph.push import push as run_push
    from newsgraph.graph.store import open_store

    # Article graphs plus the provenance graph: the count is known only while pushing.
    with open_store(store, read_only=True) as graph_store, progress(quiet, "pushing graphs", None) as update:
        report = run_push(graph_store, endpoint, graph=graph, timeout=timeout,
                          on_progress=lambda done, _all, name: update(done, name))
    if not quiet:
        where = f"graph <{graph}>" if graph else f"{report.graphs} graphs"
        out.print(f"sent {report.triples} triples into {where} at {endpoint} in {report.seconds:.1f} s",
                  markup=False, highlight=False)
