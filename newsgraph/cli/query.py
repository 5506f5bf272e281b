"""`newsgraph query` and `newsgraph queries`: the SPARQL library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from newsgraph.cli._app import StoreOption, app, out, require_store


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A library query (events, entities, relations, timeline, between, "
                                              "sources) or a .rq file.")],
    store: StoreOption,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE (repeatable).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file.")] = None,
) -> None:
    """Run a SPARQL query from the library, or a .rq file, over the store.

    Example: newsgraph query timeline --store seeds.store --param entity=Japan
    """
    from newsgraph.errors import UnknownNameError
    from newsgraph.graph.store import open_store
    from newsgraph.queries.runner import RESULT_FORMATS, load_query, parse_param, run_query, short_form

    if format not in RESULT_FORMATS:
        raise UnknownNameError("format", format, list(RESULT_FORMATS))
    library_query = load_query(name)
    params = dict(parse_param(p) for p in param or ())
    require_store(store)
    with open_store(store) as graph_store:
        result = run_query(graph_store, library_query, params)
    if format == "table" and output is None and result.variables and out.is_terminal:
        # A drawn table fits the terminal's width; piped or redirected, the plain table keeps every column whole.
        table = Table(show_lines=False)
        for variable in result.variables:
            # Long values (sentences, IRIs) are cut in the table; --format csv or json gives them whole.
            table.add_column(variable, no_wrap=True, overflow="ellipsis", max_width=70)
        for row in result.rows:
            table.add_row(*(short_form(value) for value in row))
        out.print(table)
        out.print(f"{len(result.rows)} rows", style="dim")
        return
    text = RESULT_FORMATS[format](result)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command()
def queries() -> None:
    """List the library queries with their parameters.

    Example: newsgraph queries
    """
    from newsgraph.queries.runner import library

    for q in library().values():
        out.print(f"{q.name}: {q.summary}", markup=False, highlight=False)
        for p in q.parameters:
            need = "required" if p.required else "optional"
            out.print(f"    --param {p.name}=...  ({p.kind}, {need}) {p.description}", markup=False,
                      highlight=False)
