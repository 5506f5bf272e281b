"""`newsgraph query` and `newsgraph queries`: the SPARQL library."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph.cli._app import StoreOption, app, choices, err, is_stdout, open_output, out
from newsgraph.graph.formats import GRAPH, RDF_FORMATS, RESULT_FORMATS, format_for_path
from newsgraph.queries import LIBRARY_NAMES

#: Every format a query's answer can be written in: result formats for rows, RDF formats for graphs.
QueryFormat = choices("QueryFormat", [*RESULT_FORMATS, *RDF_FORMATS])

#: Below this many characters a column is wrapped so narrowly that one record per block reads better.
_NARROWEST_COLUMN = 12
#: How many rows a table drawn in a terminal shows unless --limit says otherwise: every event of a large store is
#: tens of thousands of rows (in 80 columns, a quarter of a million lines that took rich two minutes to draw).
TERMINAL_ROWS = 200


@app.command()
def query(
    name: Annotated[str, typer.Argument(help=f"A library query ({', '.join(LIBRARY_NAMES)}) or a .rq file.",
                                        metavar="QUERY")],
    store: StoreOption,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="A parameter of the query (repeatable); "
                                                    "newsgraph queries lists them.", metavar="KEY=VALUE")] = None,
    format: Annotated[QueryFormat | None, typer.Option(  # type: ignore[valid-type]
        "--format", "-f", case_sensitive=False,
        help="How to write the answer; default: from the -o file's extension, else table (Turtle for a graph). "
             "json is W3C SPARQL 1.1 Query Results JSON.")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file (- for standard "
                                                                       "output).", metavar="FILE")] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=0, help=f"The most rows to write (0: all). Default: all, except in a terminal, where the "
                               f"table shows the first {TERMINAL_ROWS} and says how many more there are.",
        metavar="N")] = None,
) -> None:
    """Run a SPARQL query from the library, or a .rq file, over the store.

    Example: newsgraph query events --store seeds.store --param entity=Japan --param category=request
    """
    from newsgraph.graph.store import open_store
    from newsgraph.queries.runner import load_query, parse_param, run_query, write_result

    library_query = load_query(name)
    params = dict(parse_param(p) for p in param or ())
    with open_store(store, read_only=True) as graph_store:
        result = run_query(graph_store, library_query, params)
    to_file = output is not None and not is_stdout(output)
    chosen = format.value if format is not None else None
    if chosen is None and to_file and output is not None:
        by_name = format_for_path(output)
        chosen = by_name.name if by_name is not None else None
    chosen = chosen or ("turtle" if result.kind == GRAPH else "table")
    fmt = RDF_FORMATS.get(chosen) or RESULT_FORMATS[chosen]
    if result.kind == GRAPH and chosen == "table":
        fmt = RDF_FORMATS["turtle"]
    drawn = fmt.name == "table" and not to_file and out.is_terminal and result.kind != GRAPH
    shown = _first_rows(result, TERMINAL_ROWS if limit is None and drawn else limit or None)
    if drawn:
        _print_table(shown, total=len(result.rows))
        return
    data = write_result(shown, fmt)
    with open_output(output) as stream:
        stream.write(data)
    if len(shown.rows) < len(result.rows):
        err.print(f"wrote the first {len(shown.rows)} of {len(result.rows)} rows (--limit {limit}); "
                  "--limit 0 writes them all")


def _first_rows(result: Any, limit: int | None) -> Any:
    """The answer with its first ``limit`` rows only (all of them when ``limit`` is None)."""
    if limit is None or result.kind == GRAPH or len(result.rows) <= limit:
        return result
    return dataclasses.replace(result, rows=result.rows[:limit])


def _print_table(result: Any, total: int) -> None:
    """The answer drawn for the terminal: a table when every column fits whole or wrapped to a readable width,
    else one record per block, its unbound values left out. No value is ever cut; ``total`` is how many rows the
    whole answer has."""
    from rich.table import Table
    from rich.text import Text

    from newsgraph.queries.runner import short_form

    if result.boolean is not None:
        out.print("yes" if result.boolean else "no")
        return
    cells = [[short_form(value) for value in row] for row in result.rows]
    variables = list(result.variables)
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(variables)]
    # A drawn table spends 3 characters a column on borders and padding, plus one.
    room = out.width - (3 * len(variables) + 1)
    if sum(widths) <= room or room >= _NARROWEST_COLUMN * len(variables):
        table = Table(show_lines=False)
        for variable, width in zip(variables, widths, strict=True):
            table.add_column(Text(variable), overflow="fold", min_width=min(width, _NARROWEST_COLUMN))
        for row in cells:
            table.add_row(*(Text(cell) for cell in row))
        out.print(table)
    else:
        label = max(len(v) for v in variables) if variables else 0
        for number, row in enumerate(cells, start=1):
            out.print(Text(f"── {number} " + "─" * max(0, min(out.width, 40) - len(str(number)) - 4), style="dim"))
            block = Table.grid(padding=(0, 2))
            block.add_column(min_width=label, style="bold")
            block.add_column(overflow="fold")
            for variable, cell in zip(variables, row, strict=True):
                if cell:  # an unbound value (no mode: a plain fact) is no line of its own
                    block.add_row(Text(variable), Text(cell))
            out.print(block)
    if total > len(cells):
        out.print(Text(f"{len(cells)} of {total} rows: {total - len(cells)} more; --limit 0 shows them all, "
                       "-o FILE writes them all", style="dim"))
    else:
        out.print(Text(f"{len(cells)} rows", style="dim"))


@app.command()
def queries() -> None:
    """List the library queries with their parameters.

    Example: newsgraph queries
    """
    from newsgraph.queries.runner import library

    for q in library().values():
        out.print(f"{q.name}: {q.summary}")
        for p in q.parameters:
            need = "required" if p.required else "optional"
            out.print(f"    --param {p.name}=...  ({p.kind}, {need}) {p.description}")
