"""Corpora for the scale tests: Reuters stories (through bench/reuters.py) and small made-up ones."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT, SHARED, need

from newsgraph.build import PROVENANCE_GRAPH
from newsgraph.graph.store import open_store

REUTERS = SHARED / "data" / "reuters21578" / "reut2-000.sgm"


def bench_module(name: str) -> ModuleType:
    """A script of ``bench/`` as a module, for tests that measure what it measures."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def reuters_module() -> ModuleType:
    return bench_module("reuters")


def reuters_corpus(path: Path, count: int, skip: int = 0) -> Path:
    reuters_module().write_corpus(need(REUTERS), path, count, skip)
    return path


def article_quads(store_path: Path) -> set[tuple[str, ...]]:
    """Every quad of every article graph (the provenance graph, with its run times, differs by design)."""
    with open_store(store_path) as store:
        return {tuple(str(t) for t in quad) for quad in store.quads() if quad[3] != PROVENANCE_GRAPH}


def synthetic_corpus(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(start, start + count):
            out.write(json.dumps({"id": f"a{n}", "text": f"Story {n}: Japan and Brazil met in Tokyo on day {n}.",
                                  "published": "2022-02-05"}) + "\n")
    return path
