"""The command line under faults: huge and unreadable inputs, folders that are not stores, stores that are read-only
or damaged, unwritable outputs, odd gazetteer keys and queries nested too deep. Each is one line and exit status 1
(or a build where the other articles land), never a traceback, a crash or files written where they do not belong.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path
from stat import S_ISREG

import pytest

from newsgraph.cli import main
from newsgraph.graph.store import open_store
from tests.cli.running import run

GOOD = "Japan protested to Russia on Monday about the disputed islands, officials in Tokyo said. Story {n}.\n"




def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def sources(store: Path) -> set[str]:
    with open_store(store, read_only=True) as graph_store:
        return {str(row[0]) for row in graph_store.select("SELECT ?id WHERE { ?a ng:sourceId ?id }")}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's size and time. A file RocksDB's background compaction deletes between the listing and its
    stat is left out: it was on its way out, and `settled` waits until nothing changes."""
    files = {}
    for p in folder.rglob("*"):
        try:
            info = p.stat()
        except FileNotFoundError:
            continue
        if S_ISREG(info.st_mode):
            files[str(p.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return files


def settled(folder: Path) -> dict[str, tuple[int, int]]:
    """The folder's snapshot once the process holding the store for writing has finished the compaction RocksDB
    may start in the background when it opens it (the support index's deletions make one likely)."""
    before = snapshot(folder)
    for _ in range(50):
        time.sleep(0.2)
        now = snapshot(folder)
        if now == before:
            return now
        before = now
    return before


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    (folder / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    path = folder / "s.store"
    try:
        main(["build", str(folder / "a.txt"), "--store", str(path), "-q"])
    except SystemExit as e:
        assert not e.code
    return path


@pytest.mark.slow
@pytest.mark.model
def test_a_50_mb_article_among_19_good_ones_is_refused_in_one_line_and_the_19_land(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(19):
        (folder / f"good{n:02}.txt").write_text(GOOD.format(n=n), encoding="utf-8")
    with (folder / "huge.txt").open("w", encoding="utf-8") as f:
        for _ in range(50):
            f.write(("The central bank kept its rates unchanged on Monday. " * 20000)[:1_000_000] + "\n\n")
    code, _, err = run(capsys, "build", str(folder), "--store", str(tmp_path / "s"), "-q")
    line = one_line(err)
    assert code == 1 and "huge.txt" in line and "split it into articles" in line
    assert sources(tmp_path / "s") == {f"good{n:02}.txt" for n in range(19)}


@pytest.mark.model
def test_an_unreadable_file_named_on_the_command_line_is_skipped_and_the_others_land(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(GOOD.format(n=n), encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD.format(n=9), encoding="utf-8")
    # This test may run as root, who reads any file: the refusal is made here, where the program asks.
    real_access, real_read = os.access, Path.read_bytes
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: Path(path).name != locked.name
                        and real_access(path, mode, **kw))
    monkeypatch.setattr(Path, "read_bytes", lambda self: _refuse(self) if self.name == locked.name
                        else real_read(self))
    code, _, err = run(capsys, "build", *(str(tmp_path / f"a{n}.txt") for n in range(2)), str(locked),
                       str(tmp_path / "a2.txt"), "--store", str(tmp_path / "s"), "-q")
    assert code == 1 and "locked.txt: cannot be read (Permission denied)" in one_line(err)
    assert sources(tmp_path / "s") == {"a0.txt", "a1.txt", "a2.txt"}


def _refuse(path: Path) -> bytes:
    raise PermissionError(13, "Permission denied", str(path))


@pytest.mark.parametrize("command", [
    ["query", "events", "--store", "{dir}"],
    ["export", "--store", "{dir}", "--format", "turtle", "-o", "{out}/graph.ttl"],
    ["viz", "--store", "{dir}", "-o", "{out}/graph.html"],
])
def test_a_folder_that_is_not_a_store_is_refused_and_nothing_is_written_into_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    before = snapshot(folder)
    code, _, err = run(capsys, *(a.format(dir=folder, out=tmp_path) for a in command))
    assert code == 1 and f"{folder} is not a newsgraph store" in one_line(err)
    assert snapshot(folder) == before


@pytest.mark.parametrize("command", [
    ["query", "events", "--store", "/"],
    ["export", "--store", "/", "--format", "turtle", "-o", "{out}/graph.ttl"],
    ["viz", "--store", "/", "-o", "{out}/graph.html"],
], ids=["query", "export", "viz"])
def test_the_root_folder_is_not_a_store(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
                                        ) -> None:
    code, _, err = run(capsys, *(a.format(out=tmp_path) for a in command))
    assert code == 1 and "/ is not a newsgraph store" in one_line(err)
    assert not any(tmp_path.iterdir())


def test_building_into_a_folder_of_other_files_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD.format(n=1), encoding="utf-8")
    before = snapshot(tmp_path)
    code, _, err = run(capsys, "build", str(tmp_path / "a.txt"), "--store", str(tmp_path), "-q")
    assert code == 1 and "holds other files and is not a newsgraph store" in one_line(err)
    assert snapshot(tmp_path) == before


@pytest.mark.model
def test_a_store_that_cannot_be_written_is_queried_and_exported(
        capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path) -> None:
    """Opened read-only, a store is never written: it can be read while a build holds it (and on a read-only
    disk, below)."""
    with open_store(store):  # a build holds the store's write lock
        before = settled(store)
        code, out, err = run(capsys, "query", "events", "--store", str(store), "--format", "csv")
        assert code == 0 and "a.txt" in out, err
        code, _, err = run(capsys, "export", "--store", str(store), "--format", "nquads", "-o", str(tmp_path / "g.nq"))
        assert code == 0 and (tmp_path / "g.nq").stat().st_size > 0, err
        assert snapshot(store) == before


def _read_only_mount_works(folder: Path) -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    check = subprocess.run(["unshare", "-m", "sh", "-c", _remount_read_only(folder) + " && true"],
                           capture_output=True, timeout=30)
    return check.returncode == 0


def _remount_read_only(folder: Path) -> str:
    quoted = shlex.quote(str(folder))
    return f"mount --bind {quoted} {quoted} && mount -o remount,bind,ro {quoted} {quoted}"


@pytest.mark.model
@pytest.mark.parametrize("command", [
    ["query", "events", "--store", "{store}", "--format", "csv"],
    ["export", "--store", "{store}", "--format", "nquads", "-o", "{out}/g.nq"],
    ["viz", "--store", "{store}", "-o", "{out}/graph.html"],
], ids=["query", "export", "viz"])
def test_a_store_on_a_read_only_file_system_is_read(store: Path, tmp_path: Path, command: list[str]) -> None:
    """The store's folder is mounted read-only (in a mount namespace of the command's own, so root's right to
    write anywhere does not hide a write): each reading command answers as usual."""
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    if not _read_only_mount_works(copy):
        pytest.skip("needs unshare and the right to mount (Linux, as root or in a user namespace)")
    before = snapshot(copy)
    args = " ".join(shlex.quote(a.format(store=copy, out=tmp_path)) for a in command)
    script = f"{_remount_read_only(copy)} && touch {shlex.quote(str(copy / 'probe'))} 2>/dev/null && exit 99; " \
             f"exec {shlex.quote(sys.executable)} -m newsgraph {args}"
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if command[0] == "query":
        assert "a.txt" in result.stdout
    else:
        assert (tmp_path / command[-1].rsplit("/", 1)[1]).stat().st_size > 0
    assert snapshot(copy) == before


def test_a_damaged_store_is_one_line(capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path) -> None:
    import shutil

    damaged = tmp_path / "damaged"
    shutil.copytree(store, damaged)
    (damaged / "CURRENT").write_text("garbage\n")
    code, _, err = run(capsys, "query", "events", "--store", str(damaged))
    assert code == 1 and f"store {damaged} is damaged" in one_line(err)


@pytest.mark.parametrize("args, message", [
    (["query", "events", "--store", "{store}", "-o", "{tmp}"], "is a folder"),
    (["query", "events", "--store", "{store}", "-o", "{tmp}/missing/x.csv"], "does not exist"),
    (["push", "--store", "{store}", "--endpoint", "http://[::1"], "is not a URL (Invalid IPv6 URL)"),
    (["push", "--store", "{store}", "--endpoint", "http://localhost:99999/store"], "is not a URL"),
])
def test_bad_outputs_and_endpoints_are_one_line(capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path,
                                                args: list[str], message: str) -> None:
    code, _, err = run(capsys, *(a.format(store=store, tmp=tmp_path) for a in args))
    assert code == 1 and message in one_line(err)


@pytest.mark.parametrize("nesting", ["{", "(", "["])
def test_a_query_nested_too_deep_is_one_line_not_a_crash(capsys: pytest.CaptureFixture[str], store: Path,
                                                         tmp_path: Path, nesting: str) -> None:
    closing = {"{": "}", "(": ")", "[": "]"}[nesting]
    body = {"{": "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
            "(": "{ ?s ?p ?o FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
            "[": "{ ?s ?p " + "[ <http://x> " * 5000 + "1" + " ]" * 5000 + " }"}[nesting]
    assert closing in body
    (tmp_path / "deep.rq").write_text("SELECT * WHERE " + body, encoding="utf-8")
    code, _, err = run(capsys, "query", str(tmp_path / "deep.rq"), "--store", str(store))
    assert code == 1 and re.search(r"500\d deep; at most 64 are read", one_line(err))


@pytest.mark.model
def test_a_gazetteer_key_with_a_space_still_gives_valid_iris(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gazetteer = tmp_path / "extra.jsonl"
    gazetteer.write_text('{"key": "tokyo officials", "label": "Tokyo Officials", "type": "Organization", '
                         '"aliases": ["officials in Tokyo"]}\n', encoding="utf-8")
    for n in range(2):
        (tmp_path / f"a{n}.txt").write_text(GOOD.format(n=n), encoding="utf-8")
    code, _, err = run(capsys, "build", str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt"), "--store",
                       str(tmp_path / "s"), "--gazetteer", str(gazetteer), "-q")
    assert code == 0, err
    assert sources(tmp_path / "s") == {"a0.txt", "a1.txt"}
    with open_store(tmp_path / "s", read_only=True) as graph_store:
        found = graph_store.select("SELECT DISTINCT ?e WHERE { ?e rdfs:label 'Tokyo Officials' }")
    assert [str(row[0]) for row in found] == ["https://w3id.org/newsgraph/id/entity/tokyo%20officials"]
