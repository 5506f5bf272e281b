"""Scale: workers give the graph one process gives; articles stream; known articles cost no store scan.

The figures (words per second, memory, latency on a million triples) are measured by hand with ``bench/``;
these tests guard the mechanisms behind them, quickly.
"""

from __future__ import annotations

import json
import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import spacy
from scale_corpora import article_quads, reuters_corpus, synthetic_corpus
from spacy.language import Language

import newsgraph.build as build_module
from newsgraph.build import BuildOptions, build
from newsgraph.extract.parallel import extract_batch, map_batches, process_pool
from newsgraph.extract.pipeline import PipelineOptions, extract_facts, load_pipeline
from newsgraph.graph.store import GraphStore, OxigraphStore, open_store, to_nquads, to_oxigraph_quad
from newsgraph.ingest import read_articles


@pytest.fixture()
def blank() -> Language:
    """A tokenizer-only pipeline: the build's mechanics without the model's cost."""
    return spacy.blank("en")


@pytest.mark.model
def test_workers_give_the_triples_one_process_gives(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = reuters_corpus(tmp_path / "reuters.jsonl", 12)
    paths = [seeds_dir, corpus]
    manifest = seeds_dir / "manifest.jsonl"
    one = build(paths, BuildOptions(store=tmp_path / "one", manifest=manifest), nlp=load_pipeline())
    # Two worker processes that each load the pipeline from its options, as `newsgraph build --workers 2` does.
    two = build(paths, BuildOptions(store=tmp_path / "two", manifest=manifest, workers=2, batch_size=4))
    assert (one.added, one.events, one.words, one.inferred) == (two.added, two.events, two.words, two.inferred)
    assert one.added == 15 and one.events > 0
    quads = article_quads(tmp_path / "one")
    assert quads == article_quads(tmp_path / "two")


@pytest.mark.model
def test_the_pipeline_reaches_worker_processes(seeds_dir: Path) -> None:
    """extract_facts with n_process gives each worker the loaded pipeline, custom components and all."""
    nlp = load_pipeline()
    documents = [d for d in read_articles([seeds_dir], seeds_dir / "manifest.jsonl") if not isinstance(d, Exception)]
    here = list(extract_facts(nlp, documents))
    there = list(extract_facts(nlp, iter(documents), batch_size=1, n_process=2))
    assert [f.document.id for f in there] == [d.id for d in documents]
    assert there == here and sum(len(f.events) for f in here) > 0


@pytest.mark.model
@pytest.mark.parametrize("method", ["fork", "spawn"])
@pytest.mark.parametrize("loaded", [True, False], ids=["pipeline", "options"])
def test_both_start_methods_give_workers_the_pipeline(seeds_dir: Path, method: str, loaded: bool) -> None:
    """Forked workers inherit the pipeline; spawned ones get it pickled, or load it from the options."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"this platform cannot {method} processes")
    documents = [d for d in read_articles([seeds_dir], seeds_dir / "manifest.jsonl") if not isinstance(d, Exception)]
    here = list(extract_facts(load_pipeline(), documents))
    with process_pool(2, load_pipeline() if loaded else PipelineOptions(), method) as (pool, source):
        there = list(map_batches(pool, extract_batch, source, documents, batch_size=1, workers=2))
    assert there == here


def test_extraction_reads_articles_only_as_batches_go_out() -> None:
    """map_batches holds at most in_flight batches: memory does not grow with the number of articles."""
    produced = consumed = most_ahead = 0

    def articles() -> Iterator[int]:
        nonlocal produced
        for n in range(2000):
            produced += 1
            yield n

    def double(source: object, batch: list[int], batch_size: int) -> list[int]:
        return [2 * n for n in batch]

    with ThreadPoolExecutor(2) as pool:
        for n, result in enumerate(map_batches(pool, double, None, articles(), batch_size=10, in_flight=3)):
            consumed += 1
            most_ahead = max(most_ahead, produced - consumed)
            assert result == 2 * n
    assert consumed == 2000
    assert most_ahead <= 3 * 10


def test_a_build_holds_a_bounded_number_of_articles(tmp_path: Path, blank: Language,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = synthetic_corpus(tmp_path / "corpus.jsonl", 1500)
    read = 0
    most_ahead = 0
    original_read, original_write = build_module.read_articles, build_module._Writer._write

    def counting_read(*args: object, **kwargs: object) -> Iterator[object]:
        nonlocal read
        for item in original_read(*args, **kwargs):  # type: ignore[arg-type]
            read += 1
            yield item

    def watching_write(self: build_module._Writer, batch: list[build_module.ArticleGraph]) -> None:
        nonlocal most_ahead
        most_ahead = max(most_ahead, read - self.report.added)
        original_write(self, batch)

    monkeypatch.setattr(build_module, "read_articles", counting_read)
    monkeypatch.setattr(build_module._Writer, "_write", watching_write)
    report = build([corpus], BuildOptions(store=tmp_path / "store", batch_size=16), nlp=blank)
    assert report.added == 1500
    # Two write batches (one in the writer thread, one filling) and the pipeline's read-ahead, whatever the
    # number of articles; the writer's batch counts as added only once it is in the store.
    assert most_ahead <= 2 * build_module.WRITE_BATCH + 4 * 16


def test_adding_articles_looks_up_each_new_one_and_never_scans_the_store(
        tmp_path: Path, blank: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    first = build([synthetic_corpus(tmp_path / "old.jsonl", 40)], BuildOptions(store=store), nlp=blank)
    assert first.added == 40
    lookups: list[str] = []
    original = OxigraphStore.articles_with_hash

    def counting(self: OxigraphStore, content_hash: str) -> list[str]:
        lookups.append(content_hash)
        return original(self, content_hash)

    def no_scan(*args: object, **kwargs: object) -> object:
        raise AssertionError("the build scanned the whole store")

    monkeypatch.setattr(OxigraphStore, "articles_with_hash", counting)
    for name in ("content_hashes", "select", "query", "quads"):
        monkeypatch.setattr(GraphStore, name, no_scan)
        monkeypatch.setattr(OxigraphStore, name, no_scan, raising=False)
    corpus = tmp_path / "both.jsonl"
    new = synthetic_corpus(tmp_path / "new.jsonl", 5, 40)
    corpus.write_text((tmp_path / "old.jsonl").read_text() + new.read_text())
    second = build([corpus], BuildOptions(store=store), nlp=blank)
    assert (second.read, second.unchanged, second.added) == (45, 40, 5)
    assert len(lookups) == 45
    monkeypatch.undo()
    with open_store(store) as opened:
        assert opened.article_count() == 45


def test_a_copy_under_another_id_is_still_skipped(tmp_path: Path, blank: Language) -> None:
    store = tmp_path / "store"
    build([synthetic_corpus(tmp_path / "a.jsonl", 3)], BuildOptions(store=store), nlp=blank)
    copy = tmp_path / "copy.jsonl"
    line = json.loads((tmp_path / "a.jsonl").read_text().splitlines()[1])
    copy.write_text(json.dumps({**line, "id": "other"}) + "\n")
    report = build([copy], BuildOptions(store=store), nlp=blank)
    assert report.added == 0 and report.skipped == ["other: the same article as a1; skipped"]


def test_undated_articles_wait_on_disk_and_are_still_read(tmp_path: Path, blank: Language) -> None:
    corpus = tmp_path / "undated.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"u{n}", "text": f"Undated story number {n}."}) + "\n"
                              for n in range(100)))
    report = build([corpus], BuildOptions(store=tmp_path / "store"), nlp=blank)
    assert report.added == 100
    with open_store(tmp_path / "store") as store:
        assert store.article_count() == 100


def test_nquads_text_is_what_oxigraph_would_write(tmp_path: Path, facts_store: GraphStore) -> None:
    """The fast N-Quads writer gives the same quads as Oxigraph's own terms, escapes and datatypes included."""
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    g = URIRef("https://w3id.org/newsgraph/id/article/x")
    tricky = [(g, URIRef("http://x/p"), Literal(text), g)
              for text in ('quote " backslash \\ newline \n return \r tab \t', "ünïcödé ✓", "")]
    tricky += [(g, URIRef("http://x/p"), Literal(5), g), (g, URIRef("http://x/p"), Literal("fr", lang="fr"), g)]
    quads = tricky + [q for q in facts_store.quads() if q[3] is not None]  # type: ignore[misc]
    parsed = set(ox.parse(to_nquads(quads), format=ox.RdfFormat.N_QUADS))
    assert parsed == {to_oxigraph_quad(q) for q in quads}


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_both_stores_write_nquads_and_find_articles_by_hash(tmp_path: Path, backend: str) -> None:
    from rdflib import Literal

    from newsgraph.build import ArticleGraph
    from newsgraph.graph.namespace import ID, NG

    graph = ID["article/a"]
    nquads = to_nquads([(graph, NG.sourceId, Literal("a"), graph), (graph, NG.contentHash, Literal("h1"), graph)])
    with open_store(tmp_path / "s", backend) as store:
        store.write_articles([ArticleGraph("a", "h1", nquads, 0, 0, 0, 0)])
        assert store.articles_with_hash("h1") == ["a"]
        assert store.articles_with_hash("h2") == []
        store.remove_articles(["a"])
        assert store.articles_with_hash("h1") == []


def test_pickled_documents_are_small() -> None:
    """A task ships Documents (text and metadata), never Docs: a batch costs about its text."""
    from newsgraph.records import Document

    text = "Japan imposed sanctions on Russia. " * 100
    document = Document(id="a", text=text, content_hash="h")
    assert len(pickle.dumps([document])) < len(text) + 300
