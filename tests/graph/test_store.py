"""The store: article graphs replace each other by name, parameters bind as terms, both backends agree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal

from newsgraph.build import ArticleGraph
from newsgraph.errors import StoreError, UnknownNameError
from newsgraph.graph.namespace import ID, NG
from newsgraph.graph.store import STORES, open_store, to_nquads


def _article(name: str, value: str) -> list:  # type: ignore[type-arg]
    graph = ID[f"article/{name}"]
    return [(graph, NG.sourceId, Literal(name), graph), (graph, NG.contentHash, Literal(value), graph)]


def _version(name: str, value: str) -> ArticleGraph:
    return ArticleGraph(name, value, to_nquads(_article(name, value)), 0, 0, 0, 0)


@pytest.mark.parametrize("backend", sorted(STORES))
def test_replacing_an_article_graph_keeps_the_others(tmp_path: Path, backend: str) -> None:
    with open_store(tmp_path / "s", backend) as store:
        store.write_articles([_version("a", "1"), _version("b", "2")])
        store.write_articles([_version("a", "3")])
        assert store.content_hashes() == {"3": "a", "2": "b"}
        assert store.article_count() == 2
        store.remove_articles(["b"])
        assert store.content_hashes() == {"3": "a"}


@pytest.mark.parametrize("backend", sorted(STORES))
def test_a_store_survives_closing(tmp_path: Path, backend: str) -> None:
    with open_store(tmp_path / "s", backend) as store:
        store.write_articles([_version("a", "1")])
    with open_store(tmp_path / "s", backend) as store:
        assert store.content_hashes() == {"1": "a"}


@pytest.mark.parametrize("backend", sorted(STORES))
def test_parameters_filter_without_being_projected(tmp_path: Path, backend: str) -> None:
    with open_store(tmp_path / "s", backend) as store:
        store.write_articles([_version("a", "1"), _version("b", 'quote " and } brace')])
        rows = store.select("SELECT ?id WHERE { ?x ng:sourceId ?id ; ng:contentHash ?h FILTER(?h = ?wanted) }",
                            {"wanted": Literal('quote " and } brace')})
        assert [str(r[0]) for r in rows] == ["b"]


@pytest.mark.parametrize("backend", sorted(STORES))
def test_a_triple_in_two_article_graphs_is_two_quads(tmp_path: Path, backend: str) -> None:
    shared = (ID["entity/japan"], NG.cameoCode, Literal("JPN"))
    with open_store(tmp_path / "s", backend) as store:
        store.add_quads([(*shared, ID["article/a"]), (*shared, ID["article/b"]), *_article("a", "1")])
        assert store.quad_count() == 4


def test_unknown_backend_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(UnknownNameError, match="memory, oxigraph"):
        open_store(tmp_path, "nosuch")


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(file)


def test_a_store_in_use_gives_a_clear_error(tmp_path: Path) -> None:
    """Oxigraph locks its folder for writing; another build is told to wait rather than shown a traceback,
    while a query reads the store as it is."""
    (tmp_path / "a.txt").write_text("Japan protested to Russia on Monday.\n", encoding="utf-8")
    with open_store(tmp_path / "s"):
        built = subprocess.run([sys.executable, "-m", "newsgraph", "build", str(tmp_path / "a.txt"), "--store",
                                str(tmp_path / "s")], capture_output=True, text=True)
        queried = subprocess.run([sys.executable, "-m", "newsgraph", "query", "entities", "--store",
                                  str(tmp_path / "s")], capture_output=True, text=True)
    assert built.returncode == 1
    assert built.stderr.strip().count("\n") == 0
    assert "is in use by another newsgraph process" in built.stderr
    assert queried.returncode == 0, queried.stderr
