"""Extraction on a Dask cluster gives the graph that one process gives."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import spacy
from scale_corpora import article_quads, reuters_corpus, synthetic_corpus

from newsgraph.build import BuildOptions, build
from newsgraph.errors import PipelineError
from newsgraph.extract import parallel
from newsgraph.extract.pipeline import load_pipeline

distributed = pytest.importorskip("distributed")


@pytest.mark.slow
@pytest.mark.model
def test_a_dask_cluster_builds_the_seeds_and_100_stories_as_one_process_does(tmp_path: Path, seeds_dir: Path) -> None:
    corpus = reuters_corpus(tmp_path / "reuters.jsonl", 100)
    paths = [seeds_dir, corpus]
    manifest = seeds_dir / "manifest.jsonl"
    one = build(paths, BuildOptions(store=tmp_path / "one", manifest=manifest), nlp=load_pipeline())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        # By address, as a cluster on other machines is reached; each worker loads the pipeline once.
        on_dask = build(paths, BuildOptions(store=tmp_path / "dask", manifest=manifest,
                                            dask=cluster.scheduler_address, batch_size=8))
    assert on_dask.added == one.added == 103
    assert (on_dask.events, on_dask.relations, on_dask.inferred) == (one.events, one.relations, one.inferred)
    quads = article_quads(tmp_path / "one")
    assert len(quads) > 1000
    assert article_quads(tmp_path / "dask") == quads


def test_a_local_dask_cluster_runs_the_build(tmp_path: Path) -> None:
    """The mechanics, quickly: tasks of a few articles, a pipeline sent to the workers once, one writer."""
    corpus = synthetic_corpus(tmp_path / "corpus.jsonl", 30)
    with (tmp_path / "undated.jsonl").open("w") as out:
        out.write(json.dumps({"id": "undated", "text": "An undated story about Brazil."}) + "\n")
    nlp = spacy.blank("en")
    paths = [corpus, tmp_path / "undated.jsonl"]
    one = build(paths, BuildOptions(store=tmp_path / "one"), nlp=nlp)
    on_dask = build(paths, BuildOptions(store=tmp_path / "dask", dask="local", workers=2, batch_size=4), nlp=nlp)
    assert on_dask.added == one.added == 31
    assert article_quads(tmp_path / "dask") == article_quads(tmp_path / "one")


def test_an_unreachable_scheduler_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "DASK_CONNECT_SECONDS", 2)
    started = time.perf_counter()
    with pytest.raises(PipelineError, match=r"cannot reach the Dask scheduler at tcp://127.0.0.1:9 \(tried for 2 s\); "
                                            "start one"):
        build([synthetic_corpus(tmp_path / "c.jsonl", 1)],
              BuildOptions(store=tmp_path / "s", dask="tcp://127.0.0.1:9"), nlp=spacy.blank("en"))
    assert time.perf_counter() - started < 30
