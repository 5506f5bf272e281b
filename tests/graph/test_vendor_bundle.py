"""The bundled JavaScript libraries: rebuilt from the pinned npm versions, they give the shipped file byte for byte.

graph/assets/vendor.js is built by scripts/build-web (web/build.mjs with esbuild) from the versions
web/package-lock.json pins. The package ships the built file, so users need no Node.js; this test rebuilds it in
a temporary folder and compares, so that a changed lockfile, entry file or build script cannot land without the
file it makes, and the shipped file cannot be edited by hand.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from newsgraph.graph.viz import asset_text, render_html

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
ASSETS = ROOT / "graph" / "assets"


@pytest.mark.slow
def test_the_shipped_bundle_is_what_the_pinned_packages_build(tmp_path: Path) -> None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("Node.js and npm are not installed (apt-get install nodejs npm); they rebuild web/ only")
    work = tmp_path / "web"
    work.mkdir()
    for name in ("package.json", "package-lock.json", "vendor.mjs", "build.mjs"):
        shutil.copy(WEB / name, work / name)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=work,
                   check=True, capture_output=True, timeout=300)
    subprocess.run(["node", "build.mjs", "--out", str(out)], cwd=work, check=True, capture_output=True, timeout=120)
    for name in ("vendor.js", "vendor-notices.txt"):
        assert (out / name).read_bytes() == (ASSETS / name).read_bytes(), (
            f"graph/assets/{name} is not what web/ builds; run scripts/build-web and commit the result")


def test_every_bundled_package_has_its_licence_in_the_bundle_and_the_page() -> None:
    notices = asset_text("vendor-notices.txt")
    for package in ("sigma 3.0.3 (MIT)", "graphology 0.26.0 (MIT)", "graphology-layout-forceatlas2 0.10.1 (MIT)",
                    "d3-scale 4.0.3 (ISC)", "@sigma/edge-curve 3.1.0 (MIT)"):
        assert package in notices
    sections = notices.split("-" * 78 + "\n")[1:]
    assert len(sections) >= 20 and all(len(section) > 300 for section in sections)  # each with its whole licence
    bundle = asset_text("vendor.js")
    assert bundle.startswith("/*! ") and notices.replace("*/", "* /") in bundle
    # The one-file page carries the notices with the code.
    assert "sigma 3.0.3 (MIT)" in render_html({"nodes": [], "edges": []})
