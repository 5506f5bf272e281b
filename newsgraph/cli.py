"""The command line: a thin typer layer over the library; it prints, the library never does.

Every user error ends in one line on standard error saying what to do, and exit status 1. Commands that take
longer than a second show progress on standard error unless ``--quiet`` is given.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from newsgraph.errors import NewsgraphError

__all__ = ["app", "main"]

app = typer.Typer(
    name="newsgraph",
    help="Build a dated knowledge graph of who did what to whom, and when, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
evaluate_app = typer.Typer(help="Measure newsgraph against reference data (QUALITY.md).", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOption = Annotated[Path, typer.Option("--store", help="The store folder (created when missing).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary.")]


def _fail(message: str) -> None:
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


@contextmanager
def _progress(quiet: bool, label: str, total: int | None) -> Iterator[Callable[[int, str], None]]:
    if quiet or (not err.is_terminal and os.environ.get("NEWSGRAPH_PROGRESS") != "1"):
        yield lambda done, item: None
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[item]}")]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total, item="")

        def update(done: int, item: str) -> None:
            progress.update(task, completed=done, item=item)

        yield update


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD")
    return None


# -- build ----------------------------------------------------------------------------------------------------
@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .jsonl) and folders.")],
    store: StoreOption,
    manifest: Annotated[Path | None, typer.Option(help="JSON Lines manifest: file, published, publisher...")] = None,
    workers: Annotated[int, typer.Option(help="Processes for extraction (1 = this process).", min=1)] = 1,
    lexicon: Annotated[list[Path] | None, typer.Option(help="Extra event lexicon file (repeatable).")] = None,
    gazetteer: Annotated[list[Path] | None, typer.Option(help="Extra gazetteer file (repeatable).")] = None,
    backend: Annotated[str, typer.Option(help="Store kind: oxigraph (on disk) or memory.")] = "oxigraph",
    quiet: QuietOption = False,
) -> None:
    """Read articles into the store at DIR: one named graph per article.

    Example: newsgraph build ../shared/seeds --manifest ../shared/seeds/manifest.jsonl --store seeds.store
    """
    from newsgraph.build import BuildOptions
    from newsgraph.build import build as run_build
    from newsgraph.extract.pipeline import PipelineOptions
    from newsgraph.ingest import count_articles

    options = BuildOptions(
        store=store, backend=backend, manifest=manifest, workers=workers,
        pipeline=PipelineOptions(gazetteer_files=tuple(str(p) for p in gazetteer or ()),
                                 lexicon_files=tuple(str(p) for p in lexicon or ())))
    with _progress(quiet, "reading", count_articles(paths)) as progress:
        report = run_build(paths, options, on_progress=progress,
                           on_problem=lambda message: err.print(f"skipped: {message}", markup=False,
                                                                highlight=False))
    if not quiet:
        rate = report.words / report.seconds if report.seconds else 0.0
        summary = (f"{report.added} articles read into {store}: {report.entities} entities, {report.events} events, "
                   f"{report.relations} relations in {report.seconds:.1f} s ({report.words} words, {rate:.0f} words/s)")
        if report.unchanged:
            summary += f"; {report.unchanged} already in the store, unchanged"
        if report.inferred:
            summary += "; dates inferred for " + ", ".join(f"{a} (from {b})" for a, b in report.inferred.items())
        out.print(summary, markup=False, highlight=False)
    if report.problems:
        raise typer.Exit(1)


# -- query ----------------------------------------------------------------------------------------------------
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
    _require_store(store)
    with open_store(store) as graph_store:
        result = run_query(graph_store, library_query, params)
    if format == "table" and output is None and result.variables:
        table = Table(*result.variables, show_lines=False)
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


def _require_store(store: Path) -> None:
    if not store.exists():
        _fail(f"store {store} does not exist; build one first: newsgraph build ARTICLES --store {store}")


# -- export ---------------------------------------------------------------------------------------------------
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

    _require_store(store)
    with open_store(store) as graph_store:
        count = run_export(graph_store, format, output)
    if not quiet:
        out.print(f"wrote {count} statements to {output}", markup=False, highlight=False)


# -- dates ----------------------------------------------------------------------------------------------------
@app.command()
def dates(
    file: Annotated[Path, typer.Argument(help="A text file.")],
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD; relative dates are "
                                                       "resolved against it.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json or table.")] = "json",
) -> None:
    """Find every time expression in a file and normalize it to TimeML TIMEX3.

    Example: newsgraph dates article.txt --published 2022-02-05 --format json
    """
    from newsgraph.extract.pipeline import load_model
    from newsgraph.extract.temporal import tag_text

    if format not in ("json", "table"):
        _fail(f"unknown format {format!r}; use one of: json, table")
    anchor = _parse_date(published, "--published")
    text = _read_text(file)
    timexes = tag_text(text, anchor, load_model())
    if format == "json":
        sys.stdout.write(json.dumps([t.as_json() for t in timexes], indent=2, ensure_ascii=False) + "\n")
        return
    table = Table("start", "end", "text", "type", "value")
    for t in timexes:
        table.add_row(str(t.start), str(t.end), t.text, t.type, t.value)
    out.print(table)


def _read_text(file: Path) -> str:
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        _fail(f"{file} does not exist; check the path")
    except IsADirectoryError:
        _fail(f"{file} is a folder; give a text file")
    except OSError as e:
        _fail(f"cannot read {file}: {e.strerror}; check the path and permissions")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        _fail(f"{file} is not valid UTF-8 (byte {e.start}); convert it, e.g. iconv -f latin1 -t utf-8")
    return ""


# -- evaluate -------------------------------------------------------------------------------------------------
@evaluate_app.command("tempeval")
def evaluate_tempeval(
    folder: Annotated[Path, typer.Argument(help="A folder of TimeML .tml files (searched recursively).")],
) -> None:
    """Score the temporal tagger on TimeML documents (QUALITY.md §2).

    Example: newsgraph evaluate tempeval ../shared/data/tempeval3-dev
    """
    from newsgraph.evaluation.tempeval import score_tempeval
    from newsgraph.extract.pipeline import load_model

    if not folder.is_dir():
        _fail(f"{folder} is not a folder; give the folder of .tml files")
    score = score_tempeval(folder, load_model())
    out.print_json(json.dumps(score.as_dict()))


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, turning every user error into one line and exit status 1."""
    debug = os.environ.get("NEWSGRAPH_DEBUG") == "1"
    try:
        app(args=argv, prog_name="newsgraph", standalone_mode=False)
    except NewsgraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        sys.exit(1)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        err.print("interrupted", markup=False)
        sys.exit(130)
    except click.exceptions.ClickException as e:
        context = getattr(e, "ctx", None)
        hint = f" (see: newsgraph {context.info_name} --help)" if context is not None else ""
        err.print(f"error: {e.format_message()}{hint}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
    except Exception as e:  # a bug, not a user error: one line, details on request
        if debug:
            raise
        err.print(f"error: newsgraph failed unexpectedly ({type(e).__name__}: {e}); "
                  "rerun with NEWSGRAPH_DEBUG=1 for details and report it", markup=False, highlight=False)
        sys.exit(2)

