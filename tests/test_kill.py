"""A build killed with SIGKILL while it re-reads changed articles loses no article, and finishing it gives the
store an uninterrupted re-read gives (issue: kill -9 at any point leaves every article, old or new)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scale_corpora import reuters_corpus

from newsgraph.build import PROVENANCE_GRAPH
from newsgraph.graph.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.model]

ARTICLES = 180
KILLS = 20
# The build as a command, with small batches so that a run writes many transactions: one line per article
# written, so the test knows the run is in its writing phase.
DRIVER = """
import sys
from pathlib import Path
import newsgraph.build as b
b.WRITE_BATCH = 3
b.build([Path(sys.argv[1])], b.BuildOptions(store=Path(sys.argv[2]), batch_size=3),
        on_progress=lambda done, item: print(done, item, flush=True))
"""


def _changed(corpus: Path, target: Path) -> Path:
    """Every article of the corpus with a sentence more: the same ids, new content hashes."""
    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    target.write_text("".join(json.dumps({**r, "text": r["text"] + "\nTalks between the two sides resume on "
                                                                   "Monday, officials said."}) + "\n"
                              for r in lines), encoding="utf-8")
    return target


def _build(corpus: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(store)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)


def _state(store: Path) -> tuple[dict[str, str], set[tuple[str, ...]], set[str]]:
    """Article id → content hash, every quad a user can query, and the support index."""
    with open_store(store) as opened:
        hashes = {str(i): str(h) for h, i in opened.content_hashes().items()}
        quads = {tuple(str(t) for t in q) for q in opened.quads() if q[3] != PROVENANCE_GRAPH}
        index = {str(q) for q in opened.support.store}
    return hashes, quads, index


def test_kill_9_during_a_reread_loses_no_article(tmp_path: Path) -> None:
    first = reuters_corpus(tmp_path / "first.jsonl", ARTICLES)
    second = _changed(first, tmp_path / "second.jsonl")
    base = tmp_path / "base.store"
    assert _build(first, base).wait() == 0
    old_hashes, _, _ = _state(base)
    assert len(old_hashes) == ARTICLES
    reference = tmp_path / "reference.store"
    shutil.copytree(base, reference)
    assert _build(second, reference).wait() == 0
    new_hashes, new_quads, new_index = _state(reference)
    assert set(new_hashes) == set(old_hashes) and not set(new_hashes.values()) & set(old_hashes.values())

    killed = tmp_path / "killed.store"
    shutil.copytree(base, killed)
    rng = random.Random(13)
    kills = 0
    while kills < KILLS:
        process = _build(second, killed)
        assert process.stdout is not None
        # Wait for the run's first written batch (or its end), then kill it at a random moment of the next: a
        # batch of three stories takes a few tenths of a second to read, so most kills land in the next batch's
        # reading or writing, and 180 stories last 20 kills on a quiet machine too (the writer thread writes one
        # batch while the next is read, so each run gets further than when writing waited for reading).
        line = process.stdout.readline()
        if not line:
            process.wait()
            break  # nothing left to re-read
        time.sleep(rng.uniform(0.0, 0.12))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        kills += 1
        hashes, _, _ = _state(killed)
        assert set(hashes) == set(old_hashes), f"kill {kills}: articles lost"
        assert all(hashes[i] in (old_hashes[i], new_hashes[i]) for i in hashes)
    assert kills == KILLS, f"the re-read ended after {kills} kills; give it more articles"
    assert _build(second, killed).wait() == 0
    assert _state(killed) == (new_hashes, new_quads, new_index)
