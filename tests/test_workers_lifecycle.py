"""Workers end with their parent: a killed ``newsgraph build --workers 2`` leaves no process behind.

Orphaned extraction workers once lived on for minutes after kill -9 or SIGTERM of the build, holding memory and
the caller's pipes (a script reading the command's output hung). Each test starts a real build in a session of
its own, waits for its two workers, ends it the way a user or a supervisor would, and looks for survivors.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from lifetimes import alive, cpu_seconds
from scale_corpora import reuters_corpus

pytestmark = [pytest.mark.slow, pytest.mark.model]


def _build_with_workers(tmp_path: Path) -> tuple[subprocess.Popen[bytes], list[psutil.Process]]:
    corpus = reuters_corpus(tmp_path / "reuters.jsonl", 300)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "2",
         "--batch-size", "4", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        children = psutil.Process(process.pid).children(recursive=True)
        workers = [c for c in children if cpu_seconds(c) > 0.5]  # started and extracting, not just forked
        if len(workers) >= 2:
            return process, children
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        time.sleep(0.2)
    process.kill()
    raise AssertionError("the build did not start two extracting workers within 120 s")


@pytest.mark.parametrize("how", ["kill -9", "SIGTERM", "Ctrl-C"])
def test_no_process_of_a_killed_build_is_alive_two_seconds_later(tmp_path: Path, how: str) -> None:
    process, children = _build_with_workers(tmp_path)
    everyone = [psutil.Process(process.pid), *children]
    try:
        if how == "kill -9":
            os.kill(process.pid, signal.SIGKILL)
        elif how == "SIGTERM":
            os.kill(process.pid, signal.SIGTERM)
        else:  # a terminal sends Ctrl-C to the whole foreground process group
            os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=30)  # reap the parent (its own test process is its parent here)
        time.sleep(2)
        assert alive(everyone) == [], f"alive 2 s after {how}"
        # The pipes close with the last process that held them: a caller reading the output is not left waiting.
        assert process.stdout is not None and process.stdout.read() is not None
    finally:
        for p in everyone:
            with contextlib.suppress(psutil.Error):
                p.kill()
