"""Shared fixtures: where the shared data is, and a store built once from the seed articles.

``tests/factories.py`` holds hand-made records for tests where the language model is not the point.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.build import BuildOptions, build
from newsgraph.graph.store import GraphStore, open_store

sys.path.insert(0, str(Path(__file__).parent))  # for ``import factories``

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


def need(path: Path) -> Path:
    """Skip the test with a clear reason when shared data is not beside the project."""
    if not path.exists():
        pytest.skip(f"{path} is not here: put the shared folder beside the project (../shared)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return need(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return need(GOLD)


@pytest.fixture(scope="session")
def seeds_store_path(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A store built once per test session from the three seed articles and their manifest."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.store"
    report = build([seeds_dir], BuildOptions(store=path, manifest=seeds_dir / "manifest.jsonl"))
    assert report.added == 3, report
    return path


@pytest.fixture()
def seeds_store(seeds_store_path: Path) -> Iterator[GraphStore]:
    with open_store(seeds_store_path) as store:
        yield store


@pytest.fixture()
def facts_store(tmp_path: Path) -> Iterator[GraphStore]:
    """A store holding two hand-made articles that report the same facts (see ``factories``)."""
    from newsgraph.build import article_graph

    from factories import facts

    with open_store(tmp_path / "facts.store") as store:
        store.write_articles([article_graph(facts(doc_id)) for doc_id in ("a.txt", "b.txt")])
        yield store
