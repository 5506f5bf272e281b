"""`newsgraph export`: the graph as a file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import QuietOption, StoreOption, app, choices, err, fail, is_stdout, out
from newsgraph.graph.formats import RDF_FORMATS

#: The export formats: every RDF format, and GraphML (``newsgraph.graph.export.EXPORT_FORMATS``).
ExportFormatName = choices("ExportFormatName", [*RDF_FORMATS, "graphml"])


@app.command()
def export(
    store: StoreOption,
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE",
                                         help="The file to write; - (or /dev/stdout) for standard output.")],
    format: Annotated[ExportFormatName | None, typer.Option(  # type: ignore[valid-type]
        "--format", "-f", case_sensitive=False,
        help="The format; default: from the file's extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf, .graphml)."
    )] = None,
    quiet: QuietOption = False,
) -> None:
    """Write the whole graph to a file, or to standard output with -o - and --format.

    Example: newsgraph export --store seeds.store -o seeds.ttl
    """
    from newsgraph.graph.export import EXPORT_FORMATS, format_for_output
    from newsgraph.graph.export import export as run_export
    from newsgraph.graph.store import open_store

    to_stdout = is_stdout(output)
    if format is not None:
        name = format.value
    elif to_stdout:
        fail(f"give --format when writing to standard output (-o {output})")
        return
    else:
        found = format_for_output(output)
        if found is None:
            fail(f"cannot tell the format from the name {output.name!r}; give --format "
                 f"({', '.join(EXPORT_FORMATS)}) or a file name ending in one of "
                 f"{', '.join(e for f in EXPORT_FORMATS.values() for e in f.extensions)}")
            return
        name = found.name
    if not to_stdout and not output.parent.is_dir():  # before the store is read: a long export, then no file
        fail(f"folder {output.parent} does not exist; create it first or choose another -o")
    with open_store(store, read_only=True) as graph_store:
        count = run_export(graph_store, name, sys.stdout.buffer if to_stdout else output)
    if to_stdout:
        sys.stdout.buffer.flush()
    if not quiet:
        # The count goes to standard error when the graph itself goes to standard output.
        where = "standard output" if to_stdout else str(output)
        (err if to_stdout else out).print(f"wrote {count} statements to {where}")
