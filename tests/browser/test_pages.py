"""The pages in a real browser: Debian's headless Chromium, driven by Playwright (which never downloads one).

The viz page is opened from a file, the served page from `newsgraph serve`; in both the test finds drawn nodes,
moves the date control and sees fewer edges, clicks an edge and reads its sentence, and reads no error in the
console. A name such as ``<script>alert(1)</script>`` must show as text and never run.

Set NEWSGRAPH_SCREENSHOTS=DIR to keep a screenshot of each page.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "graph"))  # the shared graph-test helpers

from sample_graph import HOSTILE, build_sample_store
from servers import newsgraph_server

from newsgraph.graph.store import open_store
from newsgraph.graph.viz import draw

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent: apt-get install -y chromium "
                                                     "chromium-driver (Debian) to run the browser tests"),
]


@pytest.fixture(scope="module")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("sample") / "sample.store")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")
    with playwright_api.sync_playwright() as playwright:
        # A persistent context is how Playwright takes an explicit, fresh --user-data-dir.
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=FLAGS, viewport={"width": 1400, "height": 900})
        yield context
        context.close()


class Watched:
    """A page with its console errors, uncaught exceptions, dialogs and requests recorded."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def visible(self, selector: str) -> int:
        return int(self.page.eval_on_selector_all(
            selector, "els => els.filter(e => e.getBoundingClientRect().width > 0 && "
                      "getComputedStyle(e).display !== 'none').length"))

    def shot(self, name: str) -> None:
        folder = os.environ.get("NEWSGRAPH_SCREENSHOTS")
        if folder:
            self.page.screenshot(path=str(Path(folder) / f"{name}.png"))


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.page.close()


def _move_from_date(page: Watched, iso: str) -> None:
    day = page.page.evaluate(f"Math.round(Date.UTC({iso[:4]}, {int(iso[5:7]) - 1}, {int(iso[8:10])}) / 86400000)")
    page.page.locator("#ng-date-from").fill(str(day))


def test_the_viz_page(sample_store_path: Path, tmp_path: Path, watched: Watched) -> None:
    target = tmp_path / "graph.html"
    with open_store(sample_store_path) as store:
        draw(store, target)
    watched.page.goto(target.as_uri())
    page = watched.page

    assert watched.visible("g.ng-node") == 7
    assert watched.visible("path.ng-edge") == 9
    assert page.locator("#ng-edge-count").text_content() == "9 of 9 edges"
    watched.shot("viz")

    # The date control: from March on, January and February events go (undated ones stay while "undated" is on).
    _move_from_date(watched, "2022-03-01")
    assert page.locator("#ng-date-from-label").text_content() == "2022-03-01"
    assert watched.visible("path.ng-edge") == 5  # SUPPORT, THREATEN, ACCUSE, and undated AGREE and the relation
    page.locator("#ng-undated").uncheck()
    assert watched.visible("path.ng-edge") == 3
    assert page.locator("#ng-edge-count").text_content() == "3 of 9 edges"

    # Clicking an edge shows the sentence and the article behind it.
    page.locator("text.ng-edge-label", has_text="SUPPORT").click()
    mentions = page.locator("#ng-mentions")
    assert "NATO pledged support for Ukraine on Tuesday." in mentions.text_content()
    assert "Reuters" in mentions.text_content()

    # The search box finds an entity by another name it goes by.
    page.locator("#ng-search").fill("kremlin")
    assert page.locator("#ng-search-info").text_content() == "1 match"
    assert page.locator("g.ng-node.ng-match").get_attribute("data-id").endswith("/russia")
    watched.shot("viz-filtered")

    assert watched.errors == []
    assert all(url.startswith(("file:", "data:")) for url in watched.requests), watched.requests


def test_a_script_name_is_shown_as_text(sample_store_path: Path, tmp_path: Path, watched: Watched) -> None:
    target = tmp_path / "graph.html"
    with open_store(sample_store_path) as store:
        draw(store, target)
    watched.page.goto(target.as_uri())
    page = watched.page
    label = page.locator("g.ng-node text.ng-node-label", has_text=HOSTILE)
    assert label.count() == 1 and label.text_content() == HOSTILE
    page.locator("text.ng-edge-label", has_text="ACCUSE").click()
    assert "<b>lying</b> & stalling" in page.locator("#ng-mentions").text_content()
    assert page.locator("#ng-details b").count() == 0  # the sentence's markup is text, not elements
    assert page.locator("#graph script").count() == 0
    assert watched.dialogs == [] and watched.errors == []


def test_the_served_page(sample_store_path: Path, watched: Watched) -> None:
    with newsgraph_server(sample_store_path, "--workers", "2") as (url, _):
        page = watched.page
        page.goto(url)
        # The page runs the events query as it opens.
        page.locator("#results tbody tr").first.wait_for()
        assert page.locator("#results tbody tr").count() == 8
        assert page.locator("#results", has_text=HOSTILE).count() == 1
        watched.shot("serve-table")

        page.locator("#tab-graph").click()
        page.locator("#graph g.ng-node").first.wait_for()
        assert watched.visible("#graph g.ng-node") == 6  # events only: no relation, so no Fumio Kishida
        assert watched.visible("#graph path.ng-edge") == 8
        watched.shot("serve-graph")
        _move_from_date(watched, "2022-03-01")
        assert watched.visible("#graph path.ng-edge") == 4  # SUPPORT, THREATEN, ACCUSE and undated AGREE
        page.locator("#graph text.ng-edge-label", has_text="SUPPORT").click()
        mentions = page.locator("#ng-mentions")
        mentions.locator("blockquote").first.wait_for()  # fetched with the library's `sources` query
        assert "NATO pledged support for Ukraine on Tuesday." in mentions.text_content()
        assert "a3.txt" in mentions.text_content()

        # A library query is one click away.
        page.locator("button[data-query=entities]").click()
        page.locator("#results th", has_text="?altLabel").wait_for(state="attached")
        page.locator("#tab-table").click()
        assert page.locator("#results", has_text="Kremlin").count() == 1

        # A refused write says why on the page.
        page.locator("#query").fill("LOAD <http://example.org/x.ttl>")
        page.locator("#run").click()
        page.locator("#error").wait_for()
        assert "LOAD is refused" in page.locator("#error").text_content()
        # ...and that 403 is the one console error the browser reports (the failed request itself).
        assert [e for e in watched.errors if "403" not in e] == []
        assert len(watched.errors) <= 1
