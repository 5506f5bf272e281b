"""Time and memory of ``newsgraph build`` for one long article, against a short one and the model's own time.

An article is Reuters story bodies one after another, a blank line between, cut at the length asked for, in a
``.txt`` file. Each measurement runs in a new process that loads the pipeline first (not timed), then times
``newsgraph.build.build`` of that one file into a new on-disk store: reading and cleaning it, the whole
pipeline (parts, joining, the article-wide components), records, RDF and writing. The same process then times
the spaCy model alone (``nlp.pipe`` over the article's paragraphs, the way the model is fastest) on the same
text. Peak memory is the process's maximum resident size, less its size after loading the pipeline.

Sizes alternate within each round (short, long, then long, short), so drift in the machine's load falls on
both; the ratio quoted is the median of the rounds' ratios. CPU time is the process's own, which other work on
a shared machine does not inflate; wall time is given beside it.

Usage:
    python bench/long_articles.py [--sizes 40000,1000000] [--rounds 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import read_stories

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SGM = ROOT.parent / "shared" / "data" / "reuters21578" / "reut2-000.sgm"

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from newsgraph.build import BuildOptions, build
from newsgraph.extract.pipeline import load_model, load_pipeline

path, store = Path(sys.argv[1]), Path(sys.argv[2])
nlp = load_pipeline()
build([Path(sys.argv[3])], BuildOptions(store=None, backend="memory"), nlp=nlp)  # warm up on a short text
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
wall, cpu = time.perf_counter(), time.process_time()
report = build([path], BuildOptions(store=store), nlp=nlp)
build_wall, build_cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
model = load_model()
paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
wall, cpu = time.perf_counter(), time.process_time()
for _ in model.pipe(paragraphs, batch_size=32):
    pass
print(json.dumps({"chars": len(path.read_text(encoding="utf-8")), "added": report.added,
                  "events": report.events, "problems": report.problems, "build_wall": build_wall,
                  "build_cpu": build_cpu, "model_wall": time.perf_counter() - wall,
                  "model_cpu": time.process_time() - cpu, "base_mb": base / 1024, "peak_mb": peak / 1024}))
"""


def write_article(stories: list[str], length: int, path: Path) -> Path:
    pieces: list[str] = []
    total = 0
    while total < length:
        story = stories[len(pieces) % len(stories)]
        pieces.append(story)
        total += len(story) + 2
    path.write_text("\n\n".join(pieces)[:length], encoding="utf-8")
    return path


def measure(article: Path, warm: Path, store: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", _CHILD, str(article), str(store), str(warm)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"measuring {article} failed:\n{result.stderr}")
    found: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    if found["added"] != 1:
        raise SystemExit(f"{article} was not read: {found['problems']}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sgm", type=Path, default=DEFAULT_SGM)
    parser.add_argument("--sizes", default="40000,1000000", help="short,long article length in characters")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    short, long = (int(x) for x in args.sizes.split(","))
    stories = [story.text for story in read_stories(args.sgm)]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsgraph-long-"))
    work.mkdir(parents=True, exist_ok=True)
    articles = {size: write_article(stories, size, work / f"article-{size}.txt") for size in (short, long)}
    warm = write_article(stories, 2000, work / "warm.txt")
    print("| round | length | build CPU s | build wall s | model CPU s | build ÷ model | peak MB above loaded |")
    print("|---|---|---|---|---|---|---|")
    ratios: dict[str, list[float]] = {"cpu": [], "wall": []}
    for n in range(args.rounds):
        order = (short, long) if n % 2 == 0 else (long, short)
        found = {size: measure(articles[size], warm, work / f"store-{n}-{size}") for size in order}
        for size in (short, long):
            f = found[size]
            print(f"| {n + 1} | {size:,} | {f['build_cpu']:.1f} | {f['build_wall']:.1f} | {f['model_cpu']:.1f} | "
                  f"{f['build_cpu'] / f['model_cpu']:.2f} | {f['peak_mb'] - f['base_mb']:.0f} |")
        ratios["cpu"].append(found[long]["build_cpu"] / found[short]["build_cpu"])
        ratios["wall"].append(found[long]["build_wall"] / found[short]["build_wall"])
    print(f"\n{long:,} against {short:,} characters ({long / short:.0f}× the text): build CPU time "
          f"{statistics.median(ratios['cpu']):.1f}× (rounds: {', '.join(f'{r:.1f}' for r in ratios['cpu'])}), "
          f"wall time {statistics.median(ratios['wall']):.1f}× "
          f"(rounds: {', '.join(f'{r:.1f}' for r in ratios['wall'])})")


if __name__ == "__main__":
    main()
