"""The CLI application object and what every command shares: consoles, errors, progress, options.

Every user error ends in one line on standard error saying what to do, and exit status 1. Commands that take
longer than a second show progress on standard error unless ``--quiet`` is given.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.console import Console

__all__ = [
    "STDIO",
    "BuildStoreOption",
    "GazetteerOption",
    "LexiconOption",
    "QuietOption",
    "StoreOption",
    "app",
    "choices",
    "err",
    "evaluate_app",
    "fail",
    "is_stdout",
    "open_output",
    "out",
    "parse_date",
    "progress",
    "require_store",
]

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

# No markup, emoji codes or highlighting: what is printed is users' data (names, IRIs such as urn:x:all), and
# rich would otherwise turn "[b]" into bold and ":x:" into an emoji.
out = Console(soft_wrap=True, markup=False, emoji=False, highlight=False)
err = Console(stderr=True, soft_wrap=True, markup=False, emoji=False, highlight=False)

#: The file name that means standard input or standard output.
STDIO = "-"
#: The device names of standard output: written to as ``-`` is, so that a summary never lands in the data.
_STDOUT_DEVICES = frozenset({"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def is_stdout(path: Path | str | None) -> bool:
    """Whether ``-o path`` means standard output: ``-``, or a device name of it such as ``/dev/stdout``."""
    return path is not None and (str(path) == STDIO or str(path) in _STDOUT_DEVICES)


def choices(name: str, values: Iterable[str]) -> type[Enum]:
    """A string enumeration of ``values``: typer lists them in --help and refuses others, naming the valid ones.

    Build it from a registry (formats, stores, categories) so that help and checks never drift from it.
    """
    return Enum(name, {value: value for value in values}, type=str)  # type: ignore[return-value]


@contextmanager
def open_output(path: Path | None) -> Iterator[BinaryIO]:
    """A binary stream to write a command's output to: the file, or standard output for None or ``-``."""
    if path is None or is_stdout(path):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if path.is_dir():
        fail(f"-o {path} is a folder; give a file name")
    if not path.parent.exists():
        fail(f"folder {path.parent} does not exist; create it first or choose another -o")
    try:
        with path.open("wb") as stream:
            yield stream
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror or e}; check the path and permissions")


def _print_version(value: bool) -> None:
    if value:
        from newsgraph import __version__

        out.print(f"newsgraph {__version__}", markup=False, highlight=False)
        raise typer.Exit()


@app.callback()
def _main_options(
    version: Annotated[bool | None, typer.Option("--version", callback=_print_version, is_eager=True,
                                                 help="Print newsgraph's version and exit.")] = None,
) -> None:
    """Build a dated knowledge graph of who did what to whom, and when, from news articles."""

StoreOption = Annotated[Path, typer.Option("--store", help="The store folder, as newsgraph build made it.",
                                           metavar="DIR")]
BuildStoreOption = Annotated[Path, typer.Option("--store", help="The store folder (created when missing).",
                                                metavar="DIR")]
LexiconOption = Annotated[list[Path] | None, typer.Option(help="Extra event lexicon file (repeatable).",
                                                          metavar="FILE")]
GazetteerOption = Annotated[list[Path] | None, typer.Option(help="Extra gazetteer file (repeatable).",
                                                            metavar="FILE")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary.")]


def fail(message: str) -> None:
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


@contextmanager
def progress(quiet: bool, label: str, total: int | None) -> Iterator[Callable[[int, str], None]]:
    if quiet or (not err.is_terminal and os.environ.get("NEWSGRAPH_PROGRESS") != "1"):
        yield lambda done, item: None
        return
    # imported here: the commands that never show progress (query, export) start sooner without it
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[item]}")]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total, item="")

        def update(done: int, item: str) -> None:
            progress.update(task, completed=done, item=item)

        yield update


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD")
    return None


def require_store(store: Path) -> None:
    """Stop with one line unless ``store`` is a store newsgraph built (not missing, not a folder of articles)."""
    from newsgraph.graph.store import check_store

    check_store(store)
