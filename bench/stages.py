"""Where ``newsgraph build`` spends its CPU time: each spaCy component and each stage of the build.

One in-process build over the Reuters stories with every pipeline component wrapped so that its own CPU time
is counted batch by batch (a batch is taken from upstream before the clock starts, so no component is charged
for another's work), and the build's own stages (reading, the store lookups, records, RDF and N-Quads,
writing) wrapped the same way. Shares are of the whole build's CPU time; "model" is the sum of the spaCy
model's own components plus tokenizing, the part the ``nlp.pipe`` baseline of ``bench/speed.py`` also runs.

Usage:
    python bench/stages.py [--sgm PATH] [--stories N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import write_corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SGM = ROOT.parent / "shared" / "data" / "reuters21578" / "reut2-000.sgm"

SPENT: dict[str, float] = defaultdict(float)
clock = time.process_time
# Names being timed, innermost last: a timed call inside another is charged to the inner name only.
_ACTIVE: list[str] = []


def _charge(name: str, started: float) -> None:
    elapsed = clock() - started
    SPENT[name] += elapsed
    if _ACTIVE:
        SPENT[_ACTIVE[-1]] -= elapsed


class _Timed:
    """A pipeline component that counts its own CPU time."""

    def __init__(self, name: str, component: Any, batch_size: int) -> None:
        self.name, self.component, self.batch_size = name, component, batch_size

    def __call__(self, doc: Any) -> Any:
        started = clock()
        out = self.component(doc)
        SPENT[self.name] += clock() - started
        return out

    def pipe(self, docs: Iterable[Any], batch_size: int | None = None, **kwargs: Any) -> Iterator[Any]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size or self.batch_size):
            started = clock()
            if hasattr(self.component, "pipe"):
                out = list(self.component.pipe(batch, batch_size=len(batch)))
            else:
                out = [self.component(doc) for doc in batch]
            SPENT[self.name] += clock() - started
            yield from out


def _timed_function(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        _ACTIVE.append(name)
        try:
            return function(*args, **kwargs)
        finally:
            _ACTIVE.pop()
            _charge(name, started)

    return timed


def _timed_generator(name: str, function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
        iterator = function(*args, **kwargs)
        while True:
            started = clock()
            try:
                item = next(iterator)
            except StopIteration:
                SPENT[name] += clock() - started
                return
            SPENT[name] += clock() - started
            yield item

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sgm", type=Path, default=DEFAULT_SGM)
    parser.add_argument("--stories", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import newsgraph.build as build_module
    import newsgraph.extract.pipeline as pipeline_module
    import newsgraph.graph.store as store_module
    from newsgraph.build import BuildOptions, build
    from newsgraph.extract.pipeline import load_pipeline

    work = Path(tempfile.mkdtemp(prefix="newsgraph-profile-"))
    corpus = work / "reuters.jsonl"
    stories = write_corpus(args.sgm, corpus, args.stories)
    nlp = load_pipeline()
    warm = work / "warm.jsonl"
    warm.write_text("".join(line for _, line in zip(range(10), corpus.open(encoding="utf-8"), strict=False)))
    build([warm], BuildOptions(store=None, backend="memory"), nlp=nlp)

    nlp._components = [(name, _Timed(name, component, args.batch_size))  # type: ignore[attr-defined]
                       for name, component in nlp._components]  # type: ignore[attr-defined]
    tokenizer = nlp.tokenizer
    nlp.tokenizer = _timed_function("tokenizer", tokenizer)  # type: ignore[assignment]
    build_module.read_articles = _timed_generator("build: read and clean articles (ingest)",
                                                  build_module.read_articles)
    pipeline_module.facts_from_doc = _timed_function("build: records from the Doc", pipeline_module.facts_from_doc)
    build_module.write_facts = _timed_function("build: RDF terms (graph.model)", build_module.write_facts)
    build_module.to_nquads = _timed_function("build: N-Quads", build_module.to_nquads)
    store_module.OxigraphStore.articles_with_hash = _timed_function(  # type: ignore[method-assign]
        "build: is it in the store already", store_module.OxigraphStore.articles_with_hash)
    build_module._Writer._write = _timed_function(  # type: ignore[method-assign]
        "build: writing the store", build_module._Writer._write)
    # The clock is the process's: the store is written in this thread, so that its time is not charged to
    # whatever this thread does meanwhile.
    store_module.OxigraphStore.threadsafe = False  # type: ignore[misc]

    started = clock()
    report = build([corpus], BuildOptions(store=work / "profile.store", batch_size=args.batch_size), nlp=nlp)
    total = clock() - started
    model_names = [name for name in nlp.pipe_names if not name.startswith("newsgraph_")]
    model = SPENT["tokenizer"] + sum(SPENT[name] for name in model_names)
    print(f"# Where the build's CPU time goes: {report.added} of {stories} stories, {report.words} words, "
          f"{total:.1f} s CPU")
    print("| part | CPU s | share of the build | relative to the model |")
    print("|---|---|---|---|")
    accounted = 0.0
    for name in ["tokenizer", *nlp.pipe_names, *sorted(k for k in SPENT if k.startswith("build:"))]:
        accounted += SPENT[name]
        owner = "newsgraph" if name.startswith("newsgraph_") else ("" if name.startswith("build:") else "model")
        label = f"{name} ({owner})" if owner else name
        print(f"| {label} | {SPENT[name]:.2f} | {100 * SPENT[name] / total:.1f}% | {100 * SPENT[name] / model:.1f}% |")
    rest = total - accounted
    print(f"| everything else (nlp.pipe machinery, generators, report) | {rest:.2f} | {100 * rest / total:.1f}% "
          f"| {100 * rest / model:.1f}% |")
    print(f"| **model (tokenizer + {', '.join(model_names)})** | {model:.2f} | {100 * model / total:.1f}% | 100% |")
    components = sum(SPENT[name] for name in nlp.pipe_names if name.startswith("newsgraph_"))
    print(f"| **newsgraph components** | {components:.2f} | {100 * components / total:.1f}% "
          f"| {100 * components / model:.1f}% |")
    print(f"\nthe build can reach at most {model / total:.3f} of the model's words per second as it stands "
          f"(model CPU / build CPU)")


if __name__ == "__main__":
    main()
