"""What a user reads before running anything: every command's help, the choices of fixed-value options, the
README's command lines, and tables in a narrow terminal."""

from __future__ import annotations

import re
import shlex
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import typer

from newsgraph.cli import app, main
from newsgraph.queries import LIBRARY_NAMES
from tests.cli.running import run

ROOT = Path(__file__).resolve().parents[2]


def _group() -> Any:
    return typer.main.get_command(app)


def _commands(group: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append(((*path, name), command))
        if hasattr(command, "commands"):
            found.extend(_commands(command, (*path, name)))
    return found


COMMANDS = [path for path, _ in _commands(_group())]

#: How the command-line framework shows a parameter without a metavar: its type's name in angle brackets. A list
#: of choices (<a|b>) is not one of them: it says what to give.
_TYPE_METAVAR = re.compile(r"<[a-z][a-z ]*>")




@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help_that_lists_the_choices_of_its_fixed_value_options(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: tuple[str, ...]) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = run(capsys, *path, "--help")
    assert code == 0 and out.startswith("Usage: newsgraph"), err
    # A type name (<str>, <path>, <int range>) or a parameter's Python name ({file}) says nothing of what to give.
    assert not _TYPE_METAVAR.findall(out), f"a type instead of a metavar: {_TYPE_METAVAR.findall(out)}"
    assert not re.search(r"\{[a-z_]+\}", out.splitlines()[0]), f"an argument is shown by its Python name: {out}"
    command = dict(_commands(_group()))[path]
    for parameter in getattr(command, "params", []):
        choices = getattr(getattr(parameter, "type", None), "choices", None)
        if choices:
            values = [c.value if isinstance(c, Enum) else str(c) for c in choices]
            assert "|".join(values) in " ".join(out.split()), (parameter.name, values)


@pytest.mark.parametrize("path", [p for p, c in _commands(_group()) if not hasattr(c, "commands")], ids=" ".join)
def test_every_argument_and_value_option_has_a_metavar_that_names_what_to_give(path: tuple[str, ...]) -> None:
    """ARTICLES..., QUERY, FILE, N, SECONDS: an upper-case word in the usage line and the help, as Unix tools do."""
    command = dict(_commands(_group()))[path]
    for parameter in command.params:
        if getattr(parameter, "is_flag", False) or getattr(getattr(parameter, "type", None), "choices", None):
            continue
        assert parameter.metavar, f"newsgraph {' '.join(path)}: {parameter.name} has no metavar"
        assert re.fullmatch(r"[A-Z][A-Z_=|.-]*(\.\.\.)?", parameter.metavar), (parameter.name, parameter.metavar)


def test_the_choices_come_from_the_registries(capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.graph.export import EXPORT_FORMATS
    from newsgraph.graph.formats import RDF_FORMATS, RESULT_FORMATS

    _, query_help, _ = run(capsys, "query", "--help")
    assert "|".join([*RESULT_FORMATS, *RDF_FORMATS]) in "".join(query_help.split())
    assert all(name in query_help for name in LIBRARY_NAMES), "query --help names every library query"
    _, export_help, _ = run(capsys, "export", "--help")
    assert "|".join(EXPORT_FORMATS) in "".join(export_help.split())


def test_queries_lists_each_query_once(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "queries")
    heads = [line for line in out.splitlines() if not line.startswith(" ")]
    assert sorted(line.split(":")[0] for line in heads) == sorted(LIBRARY_NAMES)
    assert not any(line.startswith(f"{name}: {name}") for line in heads for name in LIBRARY_NAMES)


def _readme_commands() -> list[list[str]]:
    """The newsgraph command lines of the README's code blocks, as a shell splits them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```(?:bash|console)\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.removeprefix("$ ").strip()
            if line.startswith("newsgraph "):
                found.append(shlex.split(line, comments=True))
    for inline in re.findall(r"`(newsgraph [^`]+)`", text):
        # A command line with options; not a synopsis (FILE, [--x], a|b) nor a bare name in a sentence.
        if " --" in inline and not re.search(r"[A-Z]{3,}|\.\.\.|\[|\|", inline):
            found.append(shlex.split(inline))
    return found


README_COMMANDS = _readme_commands()


def test_the_readme_shows_commands() -> None:
    assert len(README_COMMANDS) >= 10


@pytest.mark.parametrize("args", README_COMMANDS, ids=lambda a: " ".join(a[1:4]))
def test_each_readme_command_parses(args: list[str]) -> None:
    """Each README command names a command, options and values that exist: it parses as printed."""
    group = _group()
    if args[1:] in (["--version"], ["--help"]):
        return
    context = group.make_context("newsgraph", args[1:], resilient_parsing=False)
    while hasattr(context.command, "commands"):
        pending = [*getattr(context, "_protected_args", getattr(context, "protected_args", [])), *context.args]
        name, command, rest = context.command.resolve_command(context, pending)
        context = command.make_context(name, rest, parent=context)
    if context.command.name == "query":
        name = context.params["name"]
        assert name in LIBRARY_NAMES or name.endswith(".rq"), f"no library query {name!r}"
        if name in LIBRARY_NAMES:
            from newsgraph.queries.runner import library

            declared = {p.name for p in library()[name].parameters}
            given = {p.split("=", 1)[0] for p in context.params["param"] or ()}
            assert given <= declared, f"query {name} has no parameter {given - declared}"


def test_a_table_in_an_80_column_terminal_shows_every_value(monkeypatch: pytest.MonkeyPatch,
                                                            seeds_store_path: Path) -> None:
    """The README's `query events --param entity=Japan`, drawn for an 80-column terminal: no value cut."""
    from rich.console import Console

    from newsgraph.cli import _app
    from newsgraph.graph.store import open_store
    from newsgraph.queries.runner import library, run_query, short_form

    console = Console(width=80, force_terminal=True, record=True, markup=False, emoji=False, highlight=False,
                      soft_wrap=True)
    monkeypatch.setattr(_app, "out", console)
    monkeypatch.setattr("newsgraph.cli.query.out", console)
    try:
        main(["query", "events", "--store", str(seeds_store_path), "--param", "entity=Japan"])
    except SystemExit as e:
        assert not e.code
    shown = console.export_text()
    assert max(len(line) for line in shown.splitlines()) <= 80
    flat = " ".join(shown.split())
    with open_store(seeds_store_path) as store:
        result = run_query(store, library()["events"], {"entity": "Japan"})
    for row in result.rows:
        for value in row:
            assert short_form(value) in flat, f"{short_form(value)!r} is not shown whole"
    assert f"{len(result.rows)} rows" in flat
    # one record per block, as here, names only the values it has: no "mode" line for a plain fact
    assert "── 1 " in shown
    assert not {line.strip() for line in shown.splitlines()} & set(result.variables)


def test_user_data_is_printed_as_it_is(capsys: pytest.CaptureFixture[str], seeds_store_path: Path,
                                       tmp_path: Path) -> None:
    """Names and IRIs are data: ``:x:`` is no emoji and ``[b]`` no markup."""
    target = tmp_path / "urn:x:all [b]news[i].nt"
    code, out, _ = run(capsys, "export", "--store", str(seeds_store_path), "-o", str(target))
    assert code == 0 and str(target) in out


@pytest.mark.model
def test_the_build_summary_counts_what_the_graph_holds(capsys: pytest.CaptureFixture[str], seeds_dir: Path,
                                                       tmp_path: Path) -> None:
    code, out, _ = run(capsys, "build", str(seeds_dir), "--manifest", str(seeds_dir / "manifest.jsonl"), "--store",
                       str(tmp_path / "s.store"))
    assert code == 0
    holds = re.search(r"the graph holds (\d+) entities, (\d+) events and (\d+) relations, read from (\d+) entity, "
                      r"(\d+) event and (\d+) relation mentions", out)
    assert holds, out
    entities, events, relations, entity_mentions, event_mentions, relation_mentions = map(int, holds.groups())
    from newsgraph.graph.store import open_store

    with open_store(tmp_path / "s.store") as store:
        counted = {str(row[0]).rsplit("#", 1)[-1]: int(row[1]) for row in store.select(
            "SELECT ?t (COUNT(DISTINCT ?n) AS ?c) WHERE { ?n a ?t } GROUP BY ?t")}
    assert events == counted["Event"] < event_mentions
    assert relations == counted["Relation"] <= relation_mentions
    assert entities == sum(counted.get(t, 0) for t in ("Person", "Country", "Organization", "Place", "Concept"))
    assert entities < entity_mentions


def test_the_drawing_choices_are_the_drawing_formats() -> None:
    from newsgraph.cli.viz import VizFormat
    from newsgraph.graph.viz import VIZ_FORMATS

    assert [f.value for f in VizFormat] == sorted(VIZ_FORMATS)
