"""Servers for tests: `newsgraph serve` and an Oxigraph server, each a subprocess on a free loopback port.

Both are stopped (SIGTERM, then SIGKILL) when the `with` block ends, whatever the test did.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextlib.contextmanager
def newsgraph_server(store: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """Start `newsgraph serve --store STORE --port 0 ARGS` and yield (base URL, process)."""
    command = [NEWSGRAPH, "serve", "--store", str(store), "--port", "0", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "serving STORE at http://127.0.0.1:PORT/ ..." once it listens
        match = re.search(r"at (http://\S+/) ", line)
        if match is None:
            _stop(process)
            raise AssertionError(f"newsgraph serve did not start: {line!r} {process.stderr.read()!r}")
        yield match.group(1), process
    finally:
        _stop(process)


@contextlib.contextmanager
def oxigraph_server(location: Path, *, union: bool = True) -> Iterator[str]:
    """Start `oxigraph serve` on a free loopback port with its data in LOCATION; yield its base URL.

    ``union``: its default graph is the union of all graphs (``--union-default-graph``); else its own graph.
    """
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph command is not installed; pip install oxigraph (it is in the dev extra)")
    port = free_port()
    flags = ["--union-default-graph"] if union else []
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                *flags], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"oxigraph serve did not start: {process.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)
