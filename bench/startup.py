"""Start-up of ``newsgraph query`` beside ``oxigraph query`` on the same store, whole processes, side by side.

Each round runs both commands once, in turn, on the seed store: ``newsgraph query events --param entity=Japan``
and Oxigraph's own command line running the same query text with the same binding (``oxigraph`` comes with the
dev extra). Both write CSV to /dev/null. The headline is the median over the rounds of each round's ratio
(newsgraph's time ÷ Oxigraph's), so a slow spell of this shared machine moves both sides of a ratio together;
the same for the CPU time each process used (user and system), which waiting for a busy core does not inflate.

    python bench/startup.py --rounds 15
    python bench/startup.py --newsgraph .venv/bin/newsgraph --newsgraph /other/venv/bin/newsgraph  # two versions

It also says which heavy modules a query imports (spaCy must not be among them).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
HEAVY = ("spacy", "thinc", "en_core_web_sm", "trafilatura", "networkx", "starlette", "rdflib.plugins.sparql")


def _seconds(command: list[str]) -> tuple[float, float]:
    """The command's wall time, and the CPU time (user and system) its process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _oxigraph_query(store: Path) -> str:
    """The library's events query with entity=Japan bound as newsgraph binds it, for Oxigraph's command line."""
    from rdflib import URIRef

    from newsgraph.graph.namespace import BINDINGS
    from newsgraph.graph.sparql_text import inline_bindings, inline_bindings_in_subqueries
    from newsgraph.queries.runner import library

    text = library()["events"].text
    bindings = {"entity": URIRef(str(BINDINGS["entity"]) + "japan")}
    prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in BINDINGS.items())
    return prologue + inline_bindings_in_subqueries(inline_bindings(text, bindings), bindings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--newsgraph", action="append", help="a newsgraph command to time (repeatable: each is "
                        "timed in every round); default: the one on PATH")
    parser.add_argument("--store", type=Path, help="a store built from the seeds (built here when not given)")
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph")
    commands = args.newsgraph or [shutil.which("newsgraph")]
    if oxigraph is None or None in commands:
        sys.exit("needs the newsgraph and oxigraph commands: pip install -e '.[dev]'")
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            store = Path(scratch) / "seeds.store"
            subprocess.run([commands[0], "build", str(SEEDS), "--manifest", str(SEEDS / "manifest.jsonl"),
                            "--store", str(store), "--quiet"], check=True)
        query_file = Path(scratch) / "events.rq"
        query_file.write_text(_oxigraph_query(store), encoding="utf-8")
        ours = [[command, "query", "events", "--store", str(store), "--param", "entity=Japan", "--format", "csv",
                 "-o", "/dev/null"] for command in commands]
        theirs = [oxigraph, "query", "--location", str(store), "--query-file", str(query_file),
                  "--results-format", "csv"]
        for command in [*ours, theirs]:
            _seconds(command)  # warm the file cache
        rounds = []
        for _ in range(args.rounds):
            oxigraph_time = _seconds(theirs)
            rounds.append([(_seconds(command), oxigraph_time) for command in ours])
    print(f"oxigraph query: median {statistics.median(r[0][1][0] for r in rounds):.3f} s, CPU "
          f"{statistics.median(r[0][1][1] for r in rounds):.3f} s")
    for index, command in enumerate(ours):
        ratios = [r[index][0][0] / r[index][1][0] for r in rounds]
        # On a shared machine the wall time is mostly waiting for a core; the CPU time is the work itself.
        cpu_ratios = [r[index][0][1] / max(r[index][1][1], 1e-6) for r in rounds]
        print(f"{command[0]}: median {statistics.median(r[index][0][0] for r in rounds):.3f} s; ratio to oxigraph, "
              f"median of {len(rounds)} rounds: {statistics.median(ratios):.1f} (rounds {min(ratios):.1f}-"
              f"{max(ratios):.1f}); CPU {statistics.median(r[index][0][1] for r in rounds):.3f} s, ratio "
              f"{statistics.median(cpu_ratios):.1f} (rounds {min(cpu_ratios):.1f}-{max(cpu_ratios):.1f})")
        probe = subprocess.run([str(Path(command[0]).with_name("python")), "-X", "importtime", "-c",
                                "import sys; from newsgraph.cli import main; main(sys.argv[1:])", *command[1:]],
                               capture_output=True, text=True, check=False)
        imported = {line.split("|")[-1].strip() for line in probe.stderr.splitlines()
                    if line.startswith("import time")}
        heavy = sorted({m.split(".")[0] if not m.startswith("rdflib") else "rdflib.plugins.sparql"
                        for m in imported if m.startswith(HEAVY)})
        print(f"    heavy modules it imports: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
