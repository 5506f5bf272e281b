"""`newsgraph remove`: take articles out of a store."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._app import QuietOption, StoreOption, app, fail, out, require_store


@app.command()
def remove(
    ids: Annotated[list[str], typer.Argument(help="Article ids, as the `source` column shows them.",
                                             metavar="ID...")],
    store: StoreOption,
    quiet: QuietOption = False,
) -> None:
    """Remove articles from the store: their graphs, and what only they gave the merged graph.

    Example: newsgraph remove 002_973f902777367275.txt --store seeds.store
    """
    from newsgraph.build import remove_articles
    from newsgraph.graph.store import open_store

    require_store(store)
    with open_store(store) as graph_store:
        report = remove_articles(graph_store, ids)
    if report.missing:
        fail(f"no article {', '.join(map(repr, report.missing))} in {store}; list the articles with: "
             f"newsgraph query sources or the `source` column of newsgraph query events --store {store}")
    if not quiet:
        count = len(report.removed)
        out.print(f"removed {count} article{'' if count == 1 else 's'} from {store}; {report.triples} triples "
                  "left the merged graph", markup=False, highlight=False)
