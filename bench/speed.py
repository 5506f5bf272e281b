"""Speed of ``newsgraph build`` beside the spaCy model's own speed, on the Reuters stories (QUALITY.md §4).

Every figure is measured in this one run on this one machine, and quoted as a ratio of two measurements taken
side by side (alternating, so that drift in the machine's load falls on both):

1. **throughput**: in this process, the model's own ``nlp.pipe`` over the story bodies (the same model
   package, the same batch size) against ``newsgraph.build.build`` over a JSON Lines corpus of the same stories,
   into a new on-disk store. Both pipelines are loaded before timing starts; everything else is timed: for the
   model, tokenizing, running every component and counting words; for the build, reading and cleaning the
   corpus, checking each article against the store, the whole newsgraph pipeline, records, RDF, writing and
   flushing the store. Words are the model's tokens that are neither space nor punctuation, counted on the
   bodies; the same count divides both times.
2. **workers**: the ``newsgraph build`` command with ``--workers 1`` and ``--workers 2`` (and ``--dask local``
   with 2 workers), each a whole command in a new process, from start to exit: Python start-up, loading the
   pipeline (in each worker), extraction and writing are timed in all of them.
3. **memory**: peak resident memory of ``newsgraph build`` (the command's process and its workers, summed,
   sampled every 50 ms) for 100 and 1,000 stories, and the size of the store on disk.
4. **incremental**: adding 10 new stories to the store of 1,000 (a whole command), against building the 1,000.

The machine is shared: for each measurement the table also gives the CPU time that *other* processes used
meanwhile (system busy time less this benchmark's own), so a ratio spoiled by a neighbour can be told apart.

Usage:
    python bench/speed.py [--sgm PATH] [--workdir DIR] [--rounds 3] [--only throughput,workers,memory,incremental]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import corpus_lines, write_corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SGM = ROOT.parent / "shared" / "data" / "reuters21578" / "reut2-000.sgm"
SECTIONS = ("throughput", "workers", "memory", "incremental")


@dataclass
class Measure:
    """Wall time, this benchmark's CPU time (with its finished children) and other processes' CPU time."""

    wall: float = 0.0
    own_cpu: float = 0.0
    other_cpu: float = 0.0
    peak_rss: int = 0
    extra: dict[str, float] = field(default_factory=dict)


def _own_cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _busy_cpu() -> float:
    t = psutil.cpu_times()
    return t.user + t.system + getattr(t, "nice", 0.0) + getattr(t, "irq", 0.0) + getattr(t, "softirq", 0.0)


@contextmanager
def measured() -> Iterator[Measure]:
    m = Measure()
    wall, own, busy = time.perf_counter(), _own_cpu(), _busy_cpu()
    yield m
    m.wall = time.perf_counter() - wall
    m.own_cpu = _own_cpu() - own
    m.other_cpu = max(0.0, (_busy_cpu() - busy) - m.own_cpu)


def newsgraph_command() -> list[str]:
    found = shutil.which("newsgraph", path=str(Path(sys.executable).parent)) or shutil.which("newsgraph")
    return [found] if found else [sys.executable, "-c", "from newsgraph.cli import main; main()"]


def run_build_command(args: list[str]) -> Measure:
    """Run ``newsgraph build ARGS`` in a new process; its wall time and the peak of its process tree's RSS."""
    with measured() as m:
        process = psutil.Popen([*newsgraph_command(), "build", *args, "-q"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
        peak = 0
        while process.poll() is None:
            try:
                tree = [process, *process.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)
        stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"newsgraph build {' '.join(args)} failed ({process.returncode}):\n{stderr}")
    m.peak_rss = peak
    return m


def store_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def words_of(doc) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for t in doc if not t.is_space and not t.is_punct)


def share(m: Measure) -> str:
    return f"{100 * m.other_cpu / m.wall:.0f}%" if m.wall else "-"


# -- 1. throughput -------------------------------------------------------------------------------------------
def throughput(corpus: Path, work: Path, rounds: int, batch_size: int) -> dict[str, object]:
    import spacy

    from newsgraph.build import BuildOptions, build
    from newsgraph.extract.pipeline import MODEL_PACKAGES, load_pipeline

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    package = next(p for p in MODEL_PACKAGES if spacy.util.is_package(p))
    model = spacy.load(package)
    nlp = load_pipeline()
    # Warm both up (first-call allocations, lazy tables) on a few stories, outside the timing.
    for doc in model.pipe(texts[:20], batch_size=batch_size):
        words_of(doc)
    warm = work / "warm-up.jsonl"
    warm.write_text("".join(line for _, line in zip(range(20), corpus.open(encoding="utf-8"), strict=False)))
    build([warm], BuildOptions(store=None, backend="memory"), nlp=nlp)  # a throwaway in-memory store

    def run_model() -> tuple[Measure, int]:
        with measured() as m:
            words = sum(words_of(doc) for doc in model.pipe(texts, batch_size=batch_size))
        return m, words

    def run_build(n: int) -> tuple[Measure, int]:
        store = work / f"throughput-{n}.store"
        shutil.rmtree(store, ignore_errors=True)
        with measured() as m:
            report = build([corpus], BuildOptions(store=store, batch_size=batch_size), nlp=nlp)
        if report.added != len(texts):
            raise SystemExit(f"the build added {report.added} of {len(texts)} stories: {report.problems[:3]}")
        m.extra["store_bytes"] = store_size(store)
        shutil.rmtree(store, ignore_errors=True)
        return m, report.words

    rows = []
    words = 0
    print(f"\n## Throughput, one process: {len(texts)} stories, model {package}, batch size {batch_size}")
    print("| round | model s | build s | build / model words per second | other processes' CPU (model, build) |")
    print("|---|---|---|---|---|")
    for n in range(rounds):
        # Alternate the order so that a trend in the machine's load falls on both sides.
        if n % 2 == 0:
            (mm, words), (bm, build_words) = run_model(), run_build(n)
        else:
            (bm, build_words), (mm, words) = run_build(n), run_model()
        rows.append((mm, bm))
        print(f"| {n + 1} | {mm.wall:.1f} | {bm.wall:.1f} | {mm.wall / bm.wall:.3f} | {share(mm)}, {share(bm)} |")
    model_wall = statistics.median(m.wall for m, _ in rows)
    build_wall = statistics.median(b.wall for _, b in rows)
    model_cpu = statistics.median(m.own_cpu for m, _ in rows)
    build_cpu = statistics.median(b.own_cpu for _, b in rows)
    result = {
        "stories": len(texts), "words": words, "build_words": build_words,
        "model_words_per_s": words / model_wall, "build_words_per_s": words / build_wall,
        "ratio_wall": statistics.median(m.wall / b.wall for m, b in rows),
        "ratio_of_medians": model_wall / build_wall, "ratio_cpu": model_cpu / build_cpu,
        "ratio_per_round": [m.wall / b.wall for m, b in rows],
        "store_bytes": rows[-1][1].extra["store_bytes"],
    }
    print(f"\nmedian: model {words / model_wall:.0f} words/s, build {words / build_wall:.0f} words/s "
          f"(words: model {words}, build {build_words}); ratio {result['ratio_wall']:.3f} on wall time "
          f"(median of the rounds' ratios; {result['ratio_of_medians']:.3f} of the medians), "
          f"{result['ratio_cpu']:.3f} on CPU time; store {result['store_bytes'] / 1e6:.1f} MB")
    return result


# -- 2. workers ----------------------------------------------------------------------------------------------
def workers(corpus: Path, work: Path, rounds: int, words: int, with_dask: bool) -> dict[str, object]:
    configs = {"--workers 1": ["--workers", "1"], "--workers 2": ["--workers", "2"]}
    if with_dask:
        configs["--dask local --workers 2"] = ["--dask", "local", "--workers", "2"]
    times: dict[str, list[Measure]] = {name: [] for name in configs}
    print(f"\n## Workers: whole `newsgraph build` commands over {corpus.name}, {words} words")
    print("| round | " + " | ".join(f"{name} s" for name in configs)
          + " | --workers 2 / --workers 1 words per second | other processes' CPU |")
    print("|---|" + "---|" * len(configs) + "---|---|")
    for n in range(rounds):
        order = list(configs) if n % 2 == 0 else list(reversed(configs))
        for name in order:
            store = work / "workers.store"
            shutil.rmtree(store, ignore_errors=True)
            times[name].append(run_build_command([str(corpus), "--store", str(store), *configs[name]]))
        one, two = times["--workers 1"][-1], times["--workers 2"][-1]
        print(f"| {n + 1} | " + " | ".join(f"{times[name][-1].wall:.1f}" for name in configs)
              + f" | {one.wall / two.wall:.2f} | "
              + ", ".join(share(times[name][-1]) for name in configs) + " |")
    medians = {name: statistics.median(m.wall for m in ms) for name, ms in times.items()}
    result: dict[str, object] = {f"{name} words_per_s": words / t for name, t in medians.items()}
    # The headline is the median of the rounds' ratios: each is two commands run one after the other, so a
    # slow spell of the machine falls on both of its sides, where it would tilt a ratio of medians.
    result["speedup_per_round"] = [a.wall / b.wall for a, b in zip(times["--workers 1"], times["--workers 2"],
                                                                    strict=True)]
    result["speedup"] = statistics.median(result["speedup_per_round"])
    result["speedup_of_medians"] = medians["--workers 1"] / medians["--workers 2"]
    if with_dask:
        result["dask_speedup"] = medians["--workers 1"] / medians["--dask local --workers 2"]
    print("\nmedian: " + ", ".join(f"{name} {words / t:.0f} words/s" for name, t in medians.items())
          + f"; --workers 2 is {result['speedup']:.2f}x --workers 1 (median of the rounds' ratios; "
          f"{result['speedup_of_medians']:.2f}x as a ratio of the medians)")
    return result


# -- 3 and 4. memory and incremental -------------------------------------------------------------------------
def memory_and_incremental(sgm: Path, work: Path, sizes: list[int], do_incremental: bool) -> dict[str, object]:
    result: dict[str, object] = {}
    print("\n## Memory: `newsgraph build` in a new process (peak RSS of the process and its workers)")
    print("| stories | peak RSS MB | store on disk MB | quads | wall s | other processes' CPU |")
    print("|---|---|---|---|---|---|")
    builds: dict[int, Measure] = {}
    for size in sizes:
        corpus = work / f"reuters-{size}.jsonl"
        write_corpus(sgm, corpus, size)
        store = work / f"memory-{size}.store"
        shutil.rmtree(store, ignore_errors=True)
        m = run_build_command([str(corpus), "--store", str(store)])
        builds[size] = m
        quads = _quad_count(store)
        print(f"| {size} | {m.peak_rss / 1e6:.0f} | {store_size(store) / 1e6:.1f} | {quads} | {m.wall:.1f} "
              f"| {share(m)} |")
        result[f"peak_rss_mb_{size}"] = m.peak_rss / 1e6
        result[f"store_mb_{size}"] = store_size(store) / 1e6
    small, large = min(sizes), max(sizes)
    result["peak_ratio"] = builds[large].peak_rss / builds[small].peak_rss
    print(f"\npeak RSS for {large} stories is {result['peak_ratio']:.2f}x that for {small}")
    if do_incremental:
        store = work / f"memory-{large}.store"
        added = work / "reuters-new-10.jsonl"
        write_corpus(sgm, added, 10, skip=large)
        add = run_build_command([str(added), "--store", str(store)])
        everything = work / f"reuters-{large}-plus-10.jsonl"
        with everything.open("w", encoding="utf-8") as out:
            for line in corpus_lines(sgm, large + 20):
                out.write(json.dumps(line) + "\n")
        again = run_build_command([str(everything), "--store", str(store)])
        result["add_10_ratio"] = add.wall / builds[large].wall
        result["rerun_plus_10_ratio"] = again.wall / builds[large].wall
        print(f"\n## Incremental: the store of {large} stories")
        print("| what | wall s | / building the store | other processes' CPU |")
        print("|---|---|---|---|")
        print(f"| build the {large} stories | {builds[large].wall:.1f} | 1 | {share(builds[large])} |")
        print(f"| add 10 new stories (a corpus of the 10) | {add.wall:.1f} | {result['add_10_ratio']:.3f} "
              f"| {share(add)} |")
        print(f"| the whole corpus again with 10 more ({large} unchanged) | {again.wall:.1f} "
              f"| {result['rerun_plus_10_ratio']:.3f} | {share(again)} |")
    return result


def _quad_count(store: Path) -> int:
    from newsgraph.graph.store import open_store

    with open_store(store) as opened:
        return opened.quad_count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sgm", type=Path, default=DEFAULT_SGM)
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and stores go (default: a temp dir)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stories", type=int, default=None, help="fewer stories, for a quick try")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections: " + ", ".join(SECTIONS))
    parser.add_argument("--memory-sizes", default="100,1000")
    parser.add_argument("--no-dask", action="store_true", help="leave --dask local out of the workers section")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here as JSON")
    args = parser.parse_args()
    sections = set(args.only.split(","))
    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "reuters.jsonl"
    stories = write_corpus(args.sgm, corpus, args.stories)
    print(f"# newsgraph speed: {stories} Reuters stories from {args.sgm.name}; {os.cpu_count()} cores; "
          f"work in {work}")
    figures: dict[str, object] = {}
    words = 0
    if "throughput" in sections:
        figures["throughput"] = throughput(corpus, work, args.rounds, args.batch_size)
        words = int(figures["throughput"]["words"])  # type: ignore[index]
    if "workers" in sections:
        if not words:
            import spacy

            from newsgraph.extract.pipeline import MODEL_PACKAGES

            model = spacy.load(next(p for p in MODEL_PACKAGES if spacy.util.is_package(p)))
            words = sum(words_of(d) for d in model.pipe(json.loads(line)["text"] for line in corpus.open()))
        figures["workers"] = workers(corpus, work, args.rounds, words, not args.no_dask)
    if "memory" in sections or "incremental" in sections:
        sizes = [int(s) for s in args.memory_sizes.split(",")]
        figures["memory"] = memory_and_incremental(args.sgm, work, sizes, "incremental" in sections)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
