"""newsgraph as a user installs it: a wheel built from this tree, installed into a fresh virtual environment, run
from a folder outside the tree so that nothing of the source is on ``sys.path``.

The editable install that development uses maps the package straight onto the source folders, so it cannot show a
file or a package that the wheel leaves out; these tests can. The wheel is built once and installed once per run
(pip's cache supplies the dependencies); building it takes a copy of the tree, since setuptools builds in place and
would pack whatever an earlier build left in ``build/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "The United States urged Japan on Saturday to consider sanctions on Russia."


def _source_files() -> list[Path]:
    """The project's files as a clone has them: tracked and new ones, none that .gitignore names."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("git cannot list the project's files here")
    return [Path(name) for name in listed.stdout.decode().split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in _source_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist),
                            str(source)], capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    (found,) = dist.glob("newsgraph-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel and its dependencies (the English model among them)."""
    env = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
    installed = subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                               capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stderr[-3000:]
    return env


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder outside the source tree."""
    return tmp_path_factory.mktemp("user")


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    environment["PATH"] = f"{venv / 'bin'}{os.pathsep}{environment.get('PATH', '')}"
    program = str(venv / "bin" / args[0]) if (venv / "bin" / args[0]).exists() else args[0]
    return subprocess.run([program, *args[1:]], cwd=cwd, env=environment, capture_output=True, text=True,
                          check=False, timeout=600)


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def test_the_wheel_holds_every_file_of_the_package_folders(wheel: Path) -> None:
    """What the editable install serves from the source folders, the wheel holds too (pyproject's package-dir)."""
    package_dir: dict[str, str] = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-dir"]
    roots = {Path(folder): package.replace(".", "/") for package, folder in package_dir.items()}
    expected = set()
    for name in _source_files():
        # The longest folder that holds the file decides where it goes (newsgraph.extract inside newsgraph).
        folder = max((r for r in roots if name.is_relative_to(r)), key=lambda r: len(r.parts), default=None)
        if folder is not None:
            expected.add(f"{roots[folder]}/{name.relative_to(folder).as_posix()}")
    held = {n for n in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in n}
    assert not expected - held, f"the wheel leaves out {sorted(expected - held)}"
    assert not held - expected, f"the wheel holds files that are not in the source: {sorted(held - expected)}"


def test_the_installed_command_runs_outside_the_source_tree(venv: Path, outside: Path) -> None:
    from newsgraph import __version__

    assert _ok(_run(venv, outside, "newsgraph", "--version")).strip() == f"newsgraph {__version__}"
    where = json.loads(_ok(_run(venv, outside, "python", "-c", "import json, sys, newsgraph.cli; "
                                "print(json.dumps([newsgraph.cli.__file__, sys.path]))")))
    assert Path(where[0]).is_relative_to(venv), where[0]
    assert not any(p and Path(p).resolve().is_relative_to(ROOT) for p in where[1]), where[1]


def test_build_query_and_export_from_the_wheel(venv: Path, outside: Path, seeds_dir: Path) -> None:
    store = outside / "seeds.store"
    _ok(_run(venv, outside, "newsgraph", "build", str(seeds_dir), "--manifest", str(seeds_dir / "manifest.jsonl"),
             "--store", str(store), "--quiet"))
    answer = json.loads(_ok(_run(venv, outside, "newsgraph", "query", "events", "--store", str(store), "--param",
                                 "entity=Japan", "--format", "json")))
    rows = {(row["category"]["value"], row["actorLabel"]["value"], row["recipientLabel"]["value"])
            for row in answer["results"]["bindings"]}
    assert ("REQUEST", "United States", "Japan") in rows
    _ok(_run(venv, outside, "newsgraph", "export", "--store", str(store), "--format", "turtle", "-o", "seeds.ttl"))
    triples = _ok(_run(venv, outside, "python", "-c",
                       "import rdflib; print(len(rdflib.Graph().parse('seeds.ttl', format='turtle')))"))
    assert int(triples) > 100


def test_a_saved_pipeline_loads_with_spacy_load_in_a_new_process(venv: Path, outside: Path) -> None:
    """spaCy finds newsgraph's components through the spacy_factories entry points, without importing newsgraph."""
    _ok(_run(venv, outside, "python", "-c",
             "from newsgraph.extract.pipeline import load_pipeline; load_pipeline().to_disk('pipeline')"))
    loaded = _ok(_run(venv, outside, "python", "-c",
                      "import spacy; nlp = spacy.load('pipeline'); "
                      f"doc = nlp({SENTENCE!r}); "
                      "print([(e.category, e.actor, e.recipient) for e in doc._.events])"))
    assert "('REQUEST', 'united-states', 'japan')" in loaded
