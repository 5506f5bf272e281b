"""`newsgraph build`: read articles into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import (
    BuildStoreOption,
    GazetteerOption,
    LexiconOption,
    QuietOption,
    app,
    choices,
    err,
    out,
    progress,
)
from newsgraph.ingest.registry import supported

#: The store kinds (``newsgraph.graph.store.STORES``; named here so that --help needs no rdflib).
StoreKind = choices("StoreKind", ["oxigraph", "memory"])


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(
        help=f"Article files ({supported()}) and folders; - reads one article, or a JSON Lines corpus, from "
             "standard input.", metavar="ARTICLES...",
        # a file that cannot be read is skipped with its own line by the build, and the others load
        readable=False)],
    store: BuildStoreOption,
    manifest: Annotated[Path | None, typer.Option(help="JSON Lines manifest: file, published, publisher...",
                                                  metavar="FILE")] = None,
    workers: Annotated[int, typer.Option(
        help="Processes for extraction (1 = this process); with --dask local, the local cluster's workers.",
        min=1, metavar="N")] = 1,
    dask: Annotated[str | None, typer.Option(
        help="Run extraction as tasks on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.",
        metavar="ADDRESS")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per pipeline batch and per task sent to a worker.",
                                            min=1, metavar="N")] = 32,
    lexicon: LexiconOption = None,
    gazetteer: GazetteerOption = None,
    backend: Annotated[StoreKind, typer.Option(  # type: ignore[valid-type]
        case_sensitive=False, help="Store kind: oxigraph (on disk) or memory (rdflib's, saved as N-Quads).")
    ] = "oxigraph",
    quiet: QuietOption = False,
) -> None:
    """Read articles into the store at DIR: one named graph per article.

    Example: newsgraph build ../shared/seeds --manifest ../shared/seeds/manifest.jsonl --store seeds.store

    On every core: newsgraph build corpus.jsonl --store news.store --workers 4

    On a Dask cluster: newsgraph build corpus.jsonl --store news.store --dask tcp://scheduler:8786
    """
    from newsgraph.build import BuildOptions
    from newsgraph.build import build as run_build
    from newsgraph.extract.pipeline import PipelineOptions
    from newsgraph.ingest.walk import count_articles

    options = BuildOptions(
        store=store, backend=str(getattr(backend, "value", backend)),
        manifest=manifest, workers=workers, dask=dask, batch_size=batch_size,
        pipeline=PipelineOptions(gazetteer_files=tuple(str(p) for p in gazetteer or ()),
                                 lexicon_files=tuple(str(p) for p in lexicon or ())))
    with progress(quiet, "reading", count_articles(paths)) as update:
        report = run_build(paths, options, on_progress=update,
                           on_problem=lambda message: err.print(f"skipped: {message}", markup=False,
                                                                highlight=False))
    if not quiet:
        rate = report.words / report.seconds if report.seconds else 0.0
        summary = (f"{report.added} articles read into {store} in {report.seconds:.1f} s ({report.words} words, "
                   f"{rate:.0f} words/s); the graph holds {report.graph_entities} entities, {report.graph_events} "
                   f"events and {report.graph_relations} relations, read from {report.entities} entity, "
                   f"{report.events} event and {report.relations} relation mentions")
        if report.unchanged:
            summary += f"; {report.unchanged} already in the store, unchanged"
        if report.upgraded:
            summary += f"; the store's {report.upgraded} articles moved to the merged graph of this version"
        if report.inferred:
            summary += "; dates inferred for " + ", ".join(f"{a} (from {b})" for a, b in report.inferred.items())
        out.print(summary, markup=False, highlight=False)
    if report.problems:
        raise typer.Exit(1)
