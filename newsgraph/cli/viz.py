"""`newsgraph viz`: the graph as a page to explore offline, a figure for a report, or one entity's timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import QuietOption, StoreOption, app, choices, fail, out, parse_date

#: The drawing formats: the names of ``newsgraph.graph.viz.VIZ_FORMATS`` (kept here so that --help needs no
#: drawing library; a test checks they match).
VizFormat = choices("VizFormat", ["html", "png", "svg"])


@app.command()
def viz(
    store: StoreOption,
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE",
                                         help="The file to write (.html, .png or .svg).")],
    entity: Annotated[str | None, typer.Option(
        "--entity", metavar="NAME", help="Only edges that touch this entity (a name such as Japan, or an IRI).")
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD",
                                                  help="Only edges dated on or after this day.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD",
                                                help="Only edges dated on or before this day.")] = None,
    format: Annotated[VizFormat | None, typer.Option(  # type: ignore[valid-type]
        "--format", "-f", case_sensitive=False,
        help="Default: from the -o file's extension, else html.")] = None,
    timeline: Annotated[str | None, typer.Option(
        "--timeline", metavar="ENTITY",
        help="Draw this entity's events on a time axis (png or svg), or open the page on its timeline (html).")
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Draw the graph: an interactive HTML page that works offline, a PNG/SVG figure, or a timeline.

    Example: newsgraph viz --store seeds.store -o graph.html --entity Japan --from 2022-01-01
    """
    from newsgraph.errors import UnknownNameError
    from newsgraph.graph.store import open_store
    from newsgraph.graph.viz import VIZ_FORMATS, draw, draw_timeline
    from newsgraph.queries.runner import find_entity

    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if start is not None and end is not None and start > end:
        fail(f"--from {start} is after --to {end}; swap them")
    by_suffix = {f.extension: f.name for f in VIZ_FORMATS.values()}
    suffix = output.suffix.lower()
    if format is None and suffix and suffix not in by_suffix:
        fail(f"cannot tell the format from {output.name!r}; name the file .html, .png or .svg, or give --format")
    chosen = (format.value if format is not None else None) or by_suffix.get(suffix, "png" if timeline else "html")
    if chosen not in VIZ_FORMATS:
        raise UnknownNameError("format", chosen, list(VIZ_FORMATS))
    with open_store(store, read_only=True) as graph_store:
        if timeline is not None and chosen == "html":
            opened_on = find_entity(timeline, graph_store)
            summary = draw(graph_store, output, chosen, start=start, end=end, caption=f"timeline of {timeline}",
                           timeline=opened_on)
            what = f"{summary.nodes} entities and {summary.edges} edges, open on the timeline of {timeline}"
        elif timeline is not None:
            summary = draw_timeline(graph_store, find_entity(timeline, graph_store), output, chosen,
                                    start=start, end=end)
            what = f"{summary.edges} events of {timeline}"
        else:
            who = find_entity(entity, graph_store) if entity else None
            caption = " · ".join(x for x in (entity, f"from {start}" if start else "", f"to {end}" if end else "")
                                 if x)
            summary = draw(graph_store, output, chosen, entity=who, start=start, end=end,
                           caption=caption)
            what = f"{summary.nodes} entities and {summary.edges} edges"
    if not quiet:
        out.print(f"drew {what} to {output}", markup=False, highlight=False)
