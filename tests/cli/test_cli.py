"""The command line as a user meets it: help everywhere, one-line errors, bad files skipped, stable graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
import typer

from newsgraph.build import PROVENANCE_GRAPH
from newsgraph.cli import app
from newsgraph.graph.store import open_store
from tests.cli.running import run

ARTICLE_A = ("Japan imposed sanctions on Russia on Monday, officials in Tokyo said. "
             "The European Union urged Moscow to withdraw its troops.\n")
ARTICLE_B = ("Brazil and Argentina signed a trade agreement in Buenos Aires on Friday. "
             "President Lula said the deal would help farmers.\n")




def _commands(typer_app: typer.Typer, prefix: str = "") -> list[tuple[str, object]]:
    found = []
    for command in typer_app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")  # type: ignore[union-attr]
        found.append((prefix + name, command.callback))
    for group in typer_app.registered_groups:
        found.extend(_commands(group.typer_instance, prefix + f"{group.name} "))  # type: ignore[arg-type]
    return found


def test_every_command_has_help_with_an_example() -> None:
    commands = _commands(app)
    assert {"build", "query", "export", "dates"} <= {name for name, _ in commands}
    for name, callback in commands:
        doc = getattr(callback, "__doc__", "") or ""
        assert doc.strip(), f"newsgraph {name} has no help text"
        assert "Example: newsgraph" in doc, f"newsgraph {name} --help shows no example"


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["query", "--help"], ["export", "--help"]])
def test_help_exits_zero(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Usage" in out


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"newsgraph {version('newsgraph')}"


def test_a_missing_argument_is_one_line_and_status_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "build")
    assert code == 1
    assert err.strip().count("\n") == 0 and "newsgraph build --help" in err


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def _sources(store: Path) -> set[str]:
    with open_store(store) as graph_store:
        return {str(row[0]) for row in graph_store.select("SELECT ?id WHERE { ?a ng:sourceId ?id }")}


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\x03PNG\x00\x00" * 20,
    "latin1.txt": "Caf\u00e9 au lait in Paris, said the minister on Monday.".encode("latin-1"),
    "corpus.jsonl": b'{"id": "c1", "text": "Kenya and Uganda agreed to open the border on Tuesday."}\n{not json\n',
}


@pytest.mark.model
def test_bad_inputs_are_skipped_with_one_line_each_and_the_rest_land(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "s.store"
    code, _, _ = run(capsys, "build", str(articles / "a.txt"), "--store", str(store), "-q")
    assert code == 0 and _sources(store) == {"a.txt"}
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, data in BAD_INPUTS.items():
        (bad / name).write_bytes(data)
    missing = tmp_path / "nowhere.txt"
    code, _, err = run(capsys, "build", str(articles / "b.txt"), *(str(bad / n) for n in BAD_INPUTS),
                       str(missing), "--store", str(store), "-q")
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "corpus.jsonl:2", "nowhere.txt"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert all(line.startswith("skipped: ") and ";" in line for line in lines), lines
    assert "Traceback" not in err
    # The good inputs landed, the good corpus line too, and nothing already in the store was lost.
    assert _sources(store) == {"a.txt", "b.txt", "c1"}


def _article_quads(store: Path) -> set[tuple[str, ...]]:
    with open_store(store) as graph_store:
        return {tuple(str(t) for t in quad) for quad in graph_store.quads() if quad[3] != PROVENANCE_GRAPH}


@pytest.mark.model
def test_two_builds_give_the_same_iris_and_triples(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, articles: Path) -> None:
    for name in ("one", "two"):
        assert run(capsys, "build", str(articles), "--store", str(tmp_path / name), "-q")[0] == 0
    first, second = _article_quads(tmp_path / "one"), _article_quads(tmp_path / "two")
    assert first and first == second


@pytest.mark.model
def test_building_the_same_articles_again_changes_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "s.store"
    run(capsys, "build", str(articles), "--store", str(store), "-q")
    with open_store(store) as graph_store:
        before = {tuple(str(t) for t in q) for q in graph_store.quads()}
    code, out, _ = run(capsys, "build", str(articles), "--store", str(store))
    assert code == 0 and "2 already in the store, unchanged" in out
    with open_store(store) as graph_store:
        assert {tuple(str(t) for t in q) for q in graph_store.quads()} == before


@pytest.mark.model
def test_a_copy_under_another_name_is_not_counted_twice(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, articles: Path) -> None:
    (articles / "copy.txt").write_text("  " + ARTICLE_A.replace(" ", "  "), encoding="utf-8")
    code, _, err = run(capsys, "build", str(articles), "--store", str(tmp_path / "s"), "-q")
    assert code == 1 and "copy.txt: the same article as a.txt" in err
    assert _sources(tmp_path / "s") == {"a.txt", "b.txt"}


@pytest.mark.model
def test_turtle_export_parses_back_with_rdflib_and_oxigraph(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, articles: Path) -> None:
    store = tmp_path / "s.store"
    run(capsys, "build", str(articles), "--store", str(store), "-q")
    out_file = tmp_path / "graph.ttl"
    code, out, _ = run(capsys, "export", "--store", str(store), "--format", "turtle", "-o", str(out_file))
    assert code == 0
    written = int(out.split()[1])
    with_rdflib = len(rdflib.Graph().parse(out_file, format="turtle"))
    with_oxigraph = len(list(pyoxigraph.parse(path=str(out_file), format=pyoxigraph.RdfFormat.TURTLE)))
    assert with_rdflib == with_oxigraph == written > 0


@pytest.mark.model
@pytest.mark.parametrize("fmt, check", [
    ("trig", lambda p: len(rdflib.Dataset().parse(p, format="trig")) > 0),
    ("nquads", lambda p: sum(1 for _ in pyoxigraph.parse(path=str(p), format=pyoxigraph.RdfFormat.N_QUADS)) > 0),
    ("jsonld", lambda p: "ng" in json.loads(Path(p).read_text())["@context"]
     and len(rdflib.Dataset().parse(p, format="json-ld")) > 0),  # compact, with a @context
    ("graphml", lambda p: "<graphml" in Path(p).read_text()),
])
def test_every_export_format_writes_a_readable_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, articles: Path, fmt: str, check) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "s.store"
    run(capsys, "build", str(articles), "--store", str(store), "-q")
    out_file = tmp_path / f"graph.{fmt}"
    assert run(capsys, "export", "--store", str(store), "--format", fmt, "-o", str(out_file))[0] == 0
    assert check(out_file)


@pytest.mark.parametrize("args, message", [
    (["query", "events", "--store", "{tmp}/none"], "does not exist; build one first"),
    (["query", "nosuch", "--store", "{tmp}"], "unknown query 'nosuch'; use one of"),
    (["query", "events", "--store", "{tmp}", "--format", "xlsx"], "'xlsx' is not one of 'json', 'xml'"),
    (["query", "events", "--store", "{tmp}", "--param", "oops"], "is not KEY=VALUE"),
    (["export", "--store", "{tmp}", "--format", "rdf", "-o", "{tmp}/x"], "'rdf' is not one of 'turtle'"),
    (["export", "--store", "{tmp}", "-o", "{tmp}/x.doc"], "cannot tell the format from the name 'x.doc'"),
    (["export", "--store", "{tmp}", "-o", "-"], "give --format when writing to standard output"),
    (["export", "--store", "{tmp}", "--format", "turtle", "-o", "{tmp}/no/such/dir/x.ttl"], "does not exist"),
    (["dates", "{tmp}/none.txt", "--published", "2022-02-05"], "does not exist"),
    (["dates", "{tmp}", "--published", "5 Feb"], "not a date"),
    (["convert", "petrarch", "{tmp}", "--out", "{tmp}/out"], "lacks CAMEO.2.0.txt"),
])
def test_user_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str],
                                  message: str) -> None:
    code, _, err = run(capsys, *(a.format(tmp=tmp_path) for a in args))
    assert code == 1, err
    assert message in err and err.strip().count("\n") == 0, err


@pytest.mark.model
def test_explain_names_the_lexicon_entry_behind_an_event(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "Japan imposed sanctions on Russia in 2014.", "--published", "2022-02-05")
    assert code == 0
    assert "SANCTION  japan → russia" in out
    assert ".jsonl:" in out and "2014" in out
    assert "entities:" in out and "japan  Country  cameo JPN, iso3 JPN  (countries.jsonl:" in out


@pytest.mark.model
def test_explain_names_the_petrarch_pattern_and_the_dated_role_behind_an_event(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "Egyptian authorities outlawed the Muslim Brotherhood.",
                       "--published", "2013-12-26")
    assert code == 0 and "COERCE  egypt → muslim-brotherhood" in out
    assert "from PETRARCH-2 CAMEO.2.0.txt:" in out and "PROHIBIT  [172]" in out
    code, out, _ = run(capsys, "explain", "George Shultz criticized Japan.", "--published", "1987-03-02")
    assert "george-shultz  Person  cameo USAGOV on 1987-03-02  (PETRARCH-2 Phoenix.Countries.actors.txt:" in out


@pytest.mark.model
def test_explain_says_when_there_is_no_event(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "The weather was mild in the capital on Sunday.")
    assert code == 0 and out.strip() == "no event found"


def test_a_piped_table_keeps_every_column_whole(capsys: pytest.CaptureFixture[str], seeds_store_path: Path) -> None:
    code, out, _ = run(capsys, "query", "events", "--store", str(seeds_store_path), "--param", "entity=Japan")
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.split() == ["event", "category", "actor", "actorLabel", "recipient", "recipientLabel", "date",
                              "mode", "source", "disputed", "dateKind"]
    assert set(rule) <= {"-", " "}
    assert any("REQUEST" in row and "entity:united-states" in row and "004_8cdcb9362fedcf32.txt" in row
               for row in rows)


def test_a_store_named_relative_to_the_working_directory_is_queried(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds_store_path: Path) -> None:
    # The README's demo names its store "seeds.store", relative to where it runs; the read-only event table
    # opens it by a file URI, which must be made from the absolute path.
    monkeypatch.chdir(seeds_store_path.parent)
    code, out, err = run(capsys, "query", "events", "--store", seeds_store_path.name, "--param", "entity=Japan")
    assert (code, err) == (0, "")
    assert "entity:united-states" in out


def test_evaluate_reuters_names_a_bad_line_and_exits_one(capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    bad = tmp_path / "set.jsonl"
    bad.write_text('{"id": "r-1", "date": "1987-02-26", "text": "x", "events": [{"category": "FIGHT"}]}\n')
    code, _, err = run(capsys, "evaluate", "reuters", str(bad))
    assert code == 1
    assert "set.jsonl:1" in err and "unknown category 'FIGHT'" in err and len(err.strip().splitlines()) == 1


@pytest.mark.model
def test_evaluate_reuters_prints_figures_by_category_and_dumps_the_misses(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    japan = {"text": "Japan", "name": "Japan", "code": "JPN"}
    russia = {"text": "Russia", "name": "Russia", "code": "RUS"}
    path.write_text(
        json.dumps({"id": "r-1", "date": "2022-02-05", "text": "Japan imposed sanctions on Russia.",
                    "events": [{"category": "SANCTION", "alt": [], "actor": japan, "recipient": russia}]}) + "\n"
        + json.dumps({"id": "r-2", "date": "2022-02-05", "text": "Japan praised Russia.",
                      "events": [{"category": "ACCUSE", "alt": [], "actor": japan, "recipient": russia}]}) + "\n")
    dump = tmp_path / "misses.json"
    code, out, _ = run(capsys, "evaluate", "reuters", str(path), "--dump", str(dump))
    assert code == 0
    figures = json.loads(out)
    assert figures["expected"] == 2 and figures["event_recall"] == 0.5
    assert figures["categories"]["SANCTION"]["event_recall"] == 1.0
    rows = json.loads(dump.read_text())
    assert [row["id"] for row in rows] == ["r-2"]
    assert rows[0]["expected"][0]["verdict"] == "missed"


def test_dev_stdout_is_standard_output(seeds_store_path: Path) -> None:
    """``-o /dev/stdout`` writes the graph alone to standard output, the summary to standard error, as ``-o -``
    does; without --format it asks for one."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "newsgraph", "export", "--store", str(seeds_store_path), "-o", "/dev/stdout"]
    done = subprocess.run([*command, "--format", "turtle"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "wrote" not in done.stdout and "to standard output" in done.stderr
    written = int(done.stderr.split("wrote ")[1].split()[0])
    assert len(rdflib.Graph().parse(data=done.stdout, format="turtle")) == written > 100
    refused = subprocess.run(command, capture_output=True, text=True, check=False)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("error: give --format when writing to standard output (-o /dev/stdout)")


def test_a_query_imports_only_what_it_runs(seeds_store_path: Path) -> None:
    """``newsgraph query`` starts without the model, the other commands' modules or rdflib's SPARQL engine: its
    start-up is what bench/startup.py measures against ``oxigraph query``."""
    import subprocess
    import sys

    probe = ("import atexit, sys\n"
             "atexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr))\n"
             "from newsgraph.cli import main\n"
             "main(sys.argv[1:])")
    done = subprocess.run([sys.executable, "-c", probe, "query", "events", "--store", str(seeds_store_path),
                           "--param", "entity=Japan", "--format", "csv", "-o", "/dev/null"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    modules = set(done.stderr.split("MODULES", 1)[1].split())
    assert "newsgraph.cli.query" in modules
    heavy = ("spacy", "thinc", "networkx", "trafilatura", "starlette", "uvicorn", "rdflib.plugins.sparql",
             "newsgraph.extract", "newsgraph.ingest", "newsgraph.cli.build", "newsgraph.cli.serve", "newsgraph.cli.viz",
             "newsgraph.cli.export", "rich.progress")
    assert sorted(m for m in modules if m.startswith(heavy)) == []


def test_json_ld_export_holds_every_quad_and_converts_one_graph_at_a_time(
        capsys: pytest.CaptureFixture[str], seeds_store_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Compact JSON-LD goes through rdflib, which holds what it converts in memory: the export hands it one
    article's graph at a time, and the file still holds every quad of the store in its named graph."""
    from collections import Counter

    parsed: list[int] = []
    for cls in (rdflib.Graph, rdflib.Dataset):
        original = cls.parse

        def counting(self, *args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            parsed.append(len((kwargs.get("data") or "").splitlines()))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "parse", counting)
    target = tmp_path / "graph.jsonld"
    assert run(capsys, "export", "--store", str(seeds_store_path), "-o", str(target))[0] == 0
    monkeypatch.undo()
    document = json.loads(target.read_text(encoding="utf-8"))
    # At the top level: the merged graph's nodes (the default graph) and one object per article graph.
    assert "ng" in document["@context"] and all("@id" in g for g in document["@graph"])
    named = [g for g in document["@graph"] if "@graph" in g]
    with open_store(seeds_store_path) as store:
        expected = list(store.oxigraph)
    back = list(pyoxigraph.parse(path=str(target), format=pyoxigraph.RdfFormat.JSON_LD))

    def same(quad: object) -> str:  # rdflib writes a UTC dateTime's Z as +00:00: the same value
        return str(quad).replace('+00:00"^^', 'Z"^^')

    assert sorted(map(same, back)) == sorted(map(same, expected))
    per_graph = Counter(str(q.graph_name) for q in expected)
    assert len(named) == len(per_graph) - 1  # every graph but the default one
    assert len(parsed) == len(per_graph) and max(parsed) == max(per_graph.values()) < len(expected)


def test_the_output_file_name_chooses_the_format(capsys: pytest.CaptureFixture[str], seeds_store_path: Path,
                                                 tmp_path: Path) -> None:
    store = str(seeds_store_path)
    assert run(capsys, "query", "events", "--store", store, "-p", "entity=Japan", "-o", str(tmp_path / "e.csv"))[0] == 0
    assert (tmp_path / "e.csv").read_text().startswith("event,category,actor,")
    assert run(capsys, "export", "--store", store, "-o", str(tmp_path / "g.nt"), "-q")[0] == 0
    assert len(rdflib.Graph().parse(tmp_path / "g.nt", format="nt")) > 100


def test_dash_writes_to_standard_output(capsys: pytest.CaptureFixture[str], seeds_store_path: Path) -> None:
    code, out, err = run(capsys, "export", "--store", str(seeds_store_path), "--format", "nquads", "-o", "-")
    assert code == 0 and "wrote" in err and "wrote" not in out
    assert len(rdflib.Dataset().parse(data=out, format="nquads")) > 100
    code, out, _ = run(capsys, "query", "entities", "--store", str(seeds_store_path), "-f", "JSON", "-o", "-")
    assert code == 0 and json.loads(out)["head"]["vars"][:2] == ["entity", "label"]


@pytest.mark.model
def test_explain_dropped_says_why_a_trigger_gave_no_event(capsys: pytest.CaptureFixture[str]) -> None:
    # a one-sentence article: "He" names no one, so the denial has no actor
    code, out, _ = run(capsys, "explain", "He denied that Kuwait was pumping above its quota.", "--dropped")
    assert code == 0
    assert "not coded:" in out and "'denied'  REJECT  (verb:deny): no actor" in out
    code, out, _ = run(capsys, "explain", "Japan imposed sanctions on Russia.", "--dropped")
    assert "SANCTION  japan → russia" in out and "not coded:" not in out


def _facts_store(tmp_path: Path) -> Path:
    """Two hand-made articles (``factories``): 6 event rows."""
    from newsgraph.build import article_graph

    from factories import facts

    path = tmp_path / "facts.store"
    with open_store(path) as store:
        store.write_articles([article_graph(facts(doc_id)) for doc_id in ("a.txt", "b.txt")])
    return path


def test_limit_writes_the_first_rows_and_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = str(_facts_store(tmp_path))
    code, out, err = run(capsys, "query", "events", "--store", store, "--format", "csv", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 1 + 2
    assert "wrote the first 2 of 6 rows" in err and "--limit 0 writes them all" in err
    code, out, err = run(capsys, "query", "events", "--store", store, "--format", "csv")
    assert code == 0 and len(out.splitlines()) == 1 + 6 and not err


def test_a_table_in_a_terminal_shows_the_first_rows_and_how_many_more(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    from rich.console import Console

    from newsgraph.cli import main

    store = str(_facts_store(tmp_path))
    monkeypatch.setattr("newsgraph.cli.query.TERMINAL_ROWS", 4)
    for args, expected in (([], "4 of 6 rows: 2 more; --limit 0 shows them all, -o FILE writes them all"),
                           (["--limit", "0"], "6 rows")):
        console = Console(width=120, force_terminal=True, record=True, markup=False, emoji=False, highlight=False,
                          soft_wrap=True)
        monkeypatch.setattr("newsgraph.cli.query.out", console)
        with pytest.raises(SystemExit) as done:
            main(["query", "events", "--store", store, *args])
        assert not done.value.code
        shown = console.export_text()
        assert " ".join(shown.split()).endswith(expected)
        assert shown.count("event:") == (4 if not args else 6)
