"""The code checks themselves: ruff and mypy as configured in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Sub-packages kept in top-level folders, by folder (pyproject's package-dir: newsgraph.extract is extract/).
PACKAGE_DIRS = {folder: package.removeprefix("newsgraph.") for package, folder in tomllib.loads(
    (ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"].items() if package != "newsgraph"}


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed; install the dev extra: pip install -e '.[dev]'")
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing(tmp_path: Path) -> None:
    """mypy cannot follow setuptools' package-dir mapping, so it checks a tree of links laid out as installed."""
    tree = tmp_path / "newsgraph"
    tree.mkdir()
    for item in (ROOT / "newsgraph").iterdir():
        if item.name != "__pycache__":
            (tree / item.name).symlink_to(item)
    for folder, name in PACKAGE_DIRS.items():
        (tree / name).symlink_to(ROOT / folder)
    result = subprocess.run([_tool("mypy"), "--config-file", str(ROOT / "pyproject.toml"), "newsgraph"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_graph_never_imports_queries() -> None:
    """The query package builds on the graph package, never the other way round: no import cycle."""
    import ast

    for module in sorted((ROOT / "graph").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
            assert not any(n.startswith("newsgraph.queries") for n in names), f"{module.name} imports {names}"
