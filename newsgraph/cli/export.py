"""`newsgraph export`: the graph as a file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import QuietOption, StoreOption, app, out, require_store


@app.command()
def export(
    store: StoreOption,
    format: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nquads, jsonld or graphml.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file to write.")],
    quiet: QuietOption = False,
) -> None:
    """Write the whole graph to a file.

    Example: newsgraph export --store seeds.store --format turtle -o seeds.ttl
    """
    from newsgraph.graph.export import export as run_export
    from newsgraph.graph.store import open_store

    require_store(store)
    with open_store(store) as graph_store:
        count = run_export(graph_store, format, output)
    if not quiet:
        out.print(f"wrote {count} statements to {output}", markup=False, highlight=False)
