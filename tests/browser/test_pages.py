"""The pages in a real browser: Debian's headless Chromium, driven by Playwright (which never downloads one).

The viz page is opened from a file, the served page from `newsgraph serve`; in both the test finds drawn nodes,
moves the date control and sees fewer edges, clicks an edge and reads its sentence, and reads no error in the
console. A name such as ``<script>alert(1)</script>`` must show as text and never run.

Set NEWSGRAPH_SCREENSHOTS=DIR to keep a screenshot of each page.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "graph"))  # the shared graph-test helpers

from sample_graph import HOSTILE, build_sample_store, disputing_report
from servers import newsgraph_server

from newsgraph.graph.store import open_store
from newsgraph.graph.viz import draw
from newsgraph.queries.runner import library, run_query

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


VIEW = "window.newsgraphView"


def _wait_for(page: Watched, condition: str, timeout_ms: float = 30_000) -> None:
    """Wait until the JavaScript expression ``condition`` holds in the page.

    Not ``page.wait_for_function(condition)``: Playwright evaluates an expression it is given anew, with ``eval``,
    at each animation frame until it holds, and the pages' Content-Security-Policy has no 'unsafe-eval'. Chromium
    lets only the first, synchronous check through, so whenever the page was not ready at once (its layout runs
    in a worker, slower on a busy machine) the wait failed with "'unsafe-eval' is not an allowed source of
    script". Here the condition is part of one function the page runs: compiled once, polled by that function.
    """
    page.page.evaluate(f"""([ms, text]) => new Promise((resolve, reject) => {{
        const until = performance.now() + ms;
        const poll = () => {{
            try {{
                if ({condition}) resolve(true);
                else if (performance.now() > until) reject(new Error(`not true after ${{ms}} ms: ${{text}}`));
                else requestAnimationFrame(poll);
            }} catch (e) {{ reject(e); }}
        }};
        poll();
    }})""", [timeout_ms, condition])


def _shown(page: Watched, view: str = VIEW) -> tuple[int, int]:
    """How many nodes and edges the graph view draws now (sigma's own display data)."""
    return tuple(page.page.evaluate(f"""(() => {{ const v = {view}; const s = v.sigma;
        return [v.graph.filterNodes(n => !s.getNodeDisplayData(n).hidden).length,
                v.graph.filterEdges(e => !s.getEdgeDisplayData(e).hidden).length]; }})()"""))  # type: ignore[return-value]


def _click_edge(page: Watched, label: str, view: str = VIEW) -> None:
    """Click, with the mouse, the middle of the drawn edge labelled ``label`` (sigma picks what is under it)."""
    page.page.wait_for_timeout(DOUBLE_CLICK_MS)
    point = page.page.evaluate(f"""(() => {{ const v = {view};
        const id = v.shownEdges().find(e => v.edges[e].label === {label!r});
        const p = v.edgePoint(id), r = v.sigma.getContainer().getBoundingClientRect();
        return {{x: r.left + p.x, y: r.top + p.y, id}}; }})()""")
    page.page.mouse.click(point["x"], point["y"])
    assert page.page.locator("#ng-details").get_attribute("data-id") == point["id"]


# sigma takes two clicks within this many milliseconds as a double click (which zooms in).
DOUBLE_CLICK_MS = 350


def _click_node(page: Watched, node: str, view: str = VIEW) -> None:
    page.page.wait_for_timeout(DOUBLE_CLICK_MS)
    point = page.page.evaluate(f"""(() => {{ const v = {view}; const p = v.nodePoint({node!r});
        const r = v.sigma.getContainer().getBoundingClientRect(); return {{x: r.left + p.x, y: r.top + p.y}}; }})()""")
    page.page.mouse.click(point["x"], point["y"])


def _requests_stay_in_page(page: Watched) -> None:
    assert all(url.startswith(("file:", "data:", "blob:")) for url in page.requests), page.requests


def test_the_viz_page(sample_store_path: Path, tmp_path: Path, watched: Watched) -> None:
    target = tmp_path / "graph.html"
    with open_store(sample_store_path) as store:
        draw(store, target)
    watched.page.goto(target.as_uri())
    page = watched.page
    _wait_for(watched, f"{VIEW} && {VIEW}.layoutDone")

    assert _shown(watched) == (7, 9)
    assert page.locator("#ng-edge-count").text_content() == "9 of 9 edges"
    watched.shot("viz")

    # The date control: from March on, January and February events go (undated ones stay while "undated" is on).
    _move_from_date(watched, "2022-03-01")
    assert page.locator("#ng-date-from-label").text_content() == "2022-03-01"
    assert _shown(watched)[1] == 5  # SUPPORT, THREATEN, ACCUSE, and undated AGREE and the relation
    page.locator("#ng-undated").uncheck()
    assert _shown(watched)[1] == 3
    assert page.locator("#ng-edge-count").text_content() == "3 of 9 edges"

    # Clicking an edge shows the sentence and the article behind it.
    _click_edge(watched, "SUPPORT")
    mentions = page.locator("#ng-mentions")
    assert "NATO pledged support for Ukraine on Tuesday." in mentions.text_content()
    assert "Reuters" in mentions.text_content()

    # The search box finds an entity by another name it goes by; Enter opens it.
    page.locator("#ng-search").fill("kremlin")
    assert page.locator("#ng-search-info").text_content() == "1 match"
    page.locator("#ng-search").press("Enter")
    assert page.locator("#ng-details").get_attribute("data-id").endswith("/russia")
    assert page.locator("#ng-details h2").text_content() == "Russia"
    watched.shot("viz-filtered")

    assert watched.errors == []
    _requests_stay_in_page(watched)


def test_a_wait_outlasts_a_page_that_is_not_ready_at_once(sample_store_path: Path, tmp_path: Path,
                                                          watched: Watched) -> None:
    """What a test waits for may come many frames after the page loads (a layout on a busy machine): under the
    page's own policy, which forbids eval, the wait still holds and leaves no error in the console."""
    target = tmp_path / "graph.html"
    with open_store(sample_store_path) as store:
        draw(store, target)
    watched.page.goto(target.as_uri())
    watched.page.evaluate("() => { setTimeout(() => { window.ngLate = true; }, 500); }")
    _wait_for(watched, "window.ngLate === true")
    assert watched.page.evaluate("() => window.ngLate") is True
    assert watched.errors == []


def test_a_disputed_edge_is_marked(sample_store_path: Path, tmp_path: Path, watched: Watched) -> None:
    from newsgraph.build import article_graph
    from newsgraph.graph.viz import graph_data, render_html

    shutil.copytree(sample_store_path, tmp_path / "disputed.store")
    with open_store(tmp_path / "disputed.store") as store:
        # Another article dates a2.txt's sanctions a day earlier: the merged graph marks both events disputed.
        store.write_articles([article_graph(disputing_report())])
        data = graph_data(store)
    sanctions = [e for e in data["edges"] if e["label"] == "SANCTION"]
    assert len(sanctions) == 2 and all(e["disputed"] for e in sanctions)
    assert not any(e["disputed"] for e in data["edges"] if e["label"] != "SANCTION")
    sanction = sanctions[0]
    target = tmp_path / "disputed.html"
    target.write_text(render_html(data), encoding="utf-8")
    page = watched.page
    page.goto(target.as_uri())
    _wait_for(watched, f"{VIEW} && {VIEW}.layoutDone")
    colour = page.evaluate(f"{VIEW}.sigma.getEdgeDisplayData({sanction['id']!r}).color")
    assert colour == data["style"]["disputed"]
    assert "disputed" in page.locator(".ng-legend").text_content()
    _click_edge(watched, "SANCTION")
    assert "Disputed" in page.locator("#ng-details .ng-disputed").text_content()
    assert watched.errors == []

    # Served, the events query's ?disputed column marks the same two in the timeline of its answer.
    with newsgraph_server(tmp_path / "disputed.store", "--workers", "1") as (url, _):
        page.goto(url)
        page.locator("#results tbody tr").first.wait_for()
        page.locator("#tab-timeline").click()
        marked = page.eval_on_selector_all(
            "#ng-tl-rows li", "rows => rows.filter(r => r.textContent.includes('disputed')).map(r => r.dataset.event)")
        assert sorted(marked) == sorted(e["id"] for e in sanctions)
    assert watched.errors == []


def test_a_script_name_is_shown_as_text(sample_store_path: Path, tmp_path: Path, watched: Watched) -> None:
    target = tmp_path / "graph.html"
    with open_store(sample_store_path) as store:
        draw(store, target)
    watched.page.goto(target.as_uri())
    page = watched.page
    _wait_for(watched, f"{VIEW} && {VIEW}.layoutDone")
    hostile = page.evaluate(f"{VIEW}.graph.findNode((n, a) => a.label === {HOSTILE!r})")
    # Drawn on the canvas as its text, and shown as text in the panel.
    assert hostile in page.evaluate(f"[...{VIEW}.sigma.getNodeDisplayedLabels()]")
    _click_node(watched, hostile)
    assert page.locator("#ng-details h2").text_content() == HOSTILE
    page.locator("#ng-details button.ng-link", has_text="ACCUSE").click()
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
        _wait_for(watched, "window.newsgraphServeView && window.newsgraphServeView.layoutDone")
        view = "window.newsgraphServeView"
        assert _shown(watched, view) == (6, 8)  # events only: no relation, so no Fumio Kishida
        watched.shot("serve-graph")
        _move_from_date(watched, "2022-03-01")
        assert _shown(watched, view)[1] == 4  # SUPPORT, THREATEN, ACCUSE and undated AGREE
        _click_edge(watched, "SUPPORT", view)
        mentions = page.locator("#ng-mentions")
        mentions.locator("blockquote").first.wait_for()  # fetched with the library's `sources` query
        assert "NATO pledged support for Ukraine on Tuesday." in mentions.text_content()
        assert "a3.txt" in mentions.text_content()

        # A library query is one click away.
        page.locator("button[data-query=entities]").click()
        page.locator("#results th", has_text="?altLabel").wait_for(state="attached")
        page.locator("#tab-table").click()
        assert page.locator("#results", has_text="Kremlin").count() == 1

        # A library query's parameters have a form; a name stands for its entity.
        page.locator("button[data-query=events]").click()
        page.locator("#param-entity").fill("Japan")
        page.locator("#param-form button[type=submit]").click()
        with open_store(sample_store_path) as store:
            wanted = run_query(store, library()["events"], {"entity": "Japan"})
        page.locator("#status", has_text=f"{len(wanted.rows)} rows in").wait_for()
        assert page.locator("#results tbody tr").count() == len(wanted.rows) == 5
        for row in page.eval_on_selector_all("#results tbody tr", "rows => rows.map(r => r.textContent)"):
            assert "Japan" in row
        assert "VALUES (?entity) { (<https://w3id.org/newsgraph/id/entity/japan>) }" in page.input_value("#query")
        # An IRI is one token on one line, and a click on it describes that node.
        heights = page.eval_on_selector_all("#results button.sv-iri", "bs => bs.map(b => b.getClientRects().length)")
        assert heights and set(heights) == {1}
        assert page.eval_on_selector_all("#results th", "hs => hs.every(h => h.getClientRects().length === 1 && "
                                                        "h.offsetHeight < 40)")
        iri = page.locator("#results button.sv-iri").first.get_attribute("data-iri")
        page.locator("#results button.sv-iri").first.click()
        page.locator("#results th", has_text="predicate").wait_for()
        subjects = set(page.eval_on_selector_all("#results tbody tr td:first-child button",
                                                 "bs => bs.map(b => b.dataset.iri)"))
        assert subjects == {iri}
        assert page.input_value("#param-node") == iri
        watched.shot("serve-describe")

        # The timeline of the timeline query's rows: every event it returns, names as text.
        page.locator("button[data-query=timeline]").click()
        page.locator("#param-entity").fill("Russia")
        page.locator("#param-form button[type=submit]").click()
        page.locator("#results th", has_text="?dateKind").wait_for()
        page.locator("#tab-timeline").click()
        with open_store(sample_store_path) as store:
            rows = run_query(store, library()["timeline"], {"entity": "Russia"})
        events = {str(row[rows.variables.index("event")]) for row in rows.rows}
        listed = page.eval_on_selector_all("#ng-tl-rows li", "rows => rows.map(r => r.dataset.event)")
        assert sorted(listed) == sorted(events)
        assert page.locator("#ng-tl-title").text_content() == "Timeline of Russia"
        assert page.locator("#ng-tl-rows li", has_text=HOSTILE).count() == 1
        assert page.locator("#timeline script").count() == 0
        page.locator("#ng-tl-rows li", has_text="ASSAULT").click()
        assert "Russia attacked Ukraine at dawn on Thursday." in page.locator("#ng-tl-mentions").text_content()
        watched.shot("serve-timeline")
        assert all(u.startswith((url, "data:", "blob:")) for u in watched.requests), watched.requests

        # A refused write says why on the page.
        page.locator("#tab-table").click()
        page.locator("#query").fill("LOAD <http://example.org/x.ttl>")
        page.locator("#run").click()
        page.locator("#error").wait_for()
        assert "LOAD is refused" in page.locator("#error").text_content()
        # ...and that 403 is the one console error the browser reports (the failed request itself).
        assert [e for e in watched.errors if "403" not in e] == []
        assert len(watched.errors) <= 1


def _boxes_overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _check_framing(page: Watched) -> dict[str, Any]:
    """Every node inside the canvas and no two drawn labels overlapping, as sigma reports them."""
    state = page.page.evaluate(f"""(() => {{ const v = {VIEW}, s = v.sigma, d = s.getDimensions();
        const nodes = v.graph.nodes().filter(n => !s.getNodeDisplayData(n).hidden);
        const outside = nodes.filter(n => {{ const p = v.nodePoint(n);
            return p.x - p.radius < 0 || p.y - p.radius < 0 || p.x + p.radius > d.width ||
                   p.y + p.radius > d.height; }});
        const labels = [...s.getNodeDisplayedLabels()];
        return {{nodes: nodes.length, outside, labels: labels.map(n => [n, v.labelBox(n)]), width: d.width,
                 height: d.height}}; }})()""")
    assert state["outside"] == [], state["outside"]
    boxes = state["labels"]
    overlapping = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:] if _boxes_overlap(a[1], b[1])]
    assert overlapping == [], overlapping
    for _, box in boxes:
        assert box["left"] >= 0 and box["top"] >= 0
        assert box["right"] <= state["width"] and box["bottom"] <= state["height"]
    return state


@pytest.mark.model
def test_the_seed_graph_frames_every_node_and_no_label_overlaps(seeds_store_path: Path, tmp_path: Path,
                                                                 watched: Watched) -> None:
    target = tmp_path / "seeds.html"
    with open_store(seeds_store_path) as store:
        draw(store, target)
    page = watched.page
    page.goto(target.as_uri())
    _wait_for(watched, f"{VIEW} && {VIEW}.layoutDone")
    loaded = _check_framing(watched)
    assert len(loaded["labels"]) == loaded["nodes"]  # at 1400x900 every entity of the seeds is named
    watched.shot("seeds-graph")

    # Zoomed in, labels are chosen again; Fit frames everything again.
    for _ in range(3):
        page.locator("#ng-zoom-in").click()
    page.wait_for_timeout(100)
    page.locator("#ng-fit").click()
    page.wait_for_timeout(600)  # the camera moves for 300 ms
    _check_framing(watched)

    # Every node and every edge opens its panel when clicked where it is drawn.
    nodes = page.evaluate(f"{VIEW}.graph.nodes()")
    for node in nodes:
        _click_node(watched, node)
        assert page.locator("#ng-details").get_attribute("data-id") == node
        assert page.locator("#ng-details h2").text_content() == page.evaluate(
            f"{VIEW}.graph.getNodeAttribute({node!r}, 'label')")
        page.keyboard.press("Escape")
    edges = page.evaluate(f"{VIEW}.shownEdges()")
    missed = []
    for edge in edges:
        page.wait_for_timeout(DOUBLE_CLICK_MS)
        point = page.evaluate(f"""(() => {{ const v = {VIEW}; const p = v.edgePoint({edge!r});
            const r = v.sigma.getContainer().getBoundingClientRect();
            return {{x: r.left + p.x, y: r.top + p.y}}; }})()""")
        page.mouse.click(point["x"], point["y"])
        if page.locator("#ng-details").get_attribute("data-id") != edge:
            missed.append(edge)
        else:
            assert page.locator("#ng-mentions blockquote").count() >= 1
    assert missed == [], f"{len(missed)} of {len(edges)} edges did not open when clicked: {missed}"
    assert watched.errors == []
    _requests_stay_in_page(watched)


def _synthetic_graph(nodes: int, edges: int) -> dict[str, Any]:
    """A graph of the size of a large archive: entities with a few hubs, dated events, one sentence each."""
    import random

    from newsgraph.graph.viz import page_style

    rng = random.Random(7)
    types = ["Country", "Person", "Organization", "Place", "Concept"]
    categories = ["ACCUSE", "CONSULT", "SUPPORT", "REQUEST", "THREATEN", "AGREE", "SANCTION", "COOPERATE"]
    base = "https://w3id.org/newsgraph/id/entity/e"
    data_nodes = [{"id": f"{base}{i}", "label": f"Entity {i}", "type": types[i % 5], "altLabels": [],
                   "articles": max(1, int(rng.paretovariate(1.5)))} for i in range(nodes)]
    data_edges = []
    for k in range(edges):
        a = int(nodes * rng.random() ** 2)  # low numbers are hubs
        b = rng.randrange(nodes)
        if a == b:
            b = (b + 1) % nodes
        day = 18000 + rng.randrange(700)
        iso = (date(1970, 1, 1) + timedelta(days=day)).isoformat()
        data_edges.append({"id": f"https://w3id.org/newsgraph/id/event/x{k}", "source": f"{base}{a}",
                           "target": f"{base}{b}", "kind": "event", "label": rng.choice(categories), "date": iso,
                           "earliest": iso, "latest": iso, "precision": "day", "mode": None, "disputed": False,
                           "mentions": [{"source": f"a{k % 997}.txt", "sentence": f"Entity {a} met Entity {b}.",
                                         "publisher": None, "published": None, "url": None, "title": None,
                                         "dateKind": "occurred"}]})
    return {"nodes": data_nodes, "edges": data_edges, "actorOnly": [], "style": page_style()}


@pytest.mark.slow
def test_a_graph_of_5000_entities_and_20000_edges_draws_and_zooms_in_time(tmp_path: Path, watched: Watched) -> None:
    from newsgraph.graph.viz import render_html

    target = tmp_path / "large.html"
    target.write_text(render_html(_synthetic_graph(5000, 20000), subtitle="5,000 entities, 20,000 edges"),
                      encoding="utf-8")
    page = watched.page
    # The time from navigation start to sigma's first picture, over five loads: the machine is shared by
    # several developers, and the fastest of five is what the page itself costs, the rest what else ran.
    firsts = []
    for _ in range(5):
        page.goto(target.as_uri())
        _wait_for(watched, f"{VIEW} && {VIEW}.timings.firstPicture", 20_000)
        firsts.append(page.evaluate(f"{VIEW}.timings.firstPicture"))
    first = min(firsts)
    _wait_for(watched, f"{VIEW}.layoutDone")
    watched.shot("large-graph")
    for button in ["#ng-zoom-in"] * 6 + ["#ng-zoom-out"] * 6:
        page.locator(button).click()
        page.wait_for_timeout(250)
    steps = page.evaluate(f"{VIEW}.timings.zoomSteps")
    median = sorted(steps)[len(steps) // 2]
    print(f"\n5,000/20,000 graph: first picture {[round(f) for f in firsts]} ms after navigation start "
          f"(fastest {first:.0f}); zoom steps {[round(s) for s in steps]} ms, median {median:.0f} ms")
    assert first < 3000
    assert len(steps) == 12 and median < 100
    assert watched.errors == []
    _requests_stay_in_page(watched)


@pytest.mark.model
def test_the_timeline_of_russia_lists_every_event_the_timeline_query_returns(seeds_store_path: Path, tmp_path: Path,
                                                                            watched: Watched) -> None:
    target = tmp_path / "seeds.html"
    with open_store(seeds_store_path) as store:
        draw(store, target)
        rows = run_query(store, library()["timeline"], {"entity": "Russia"})
    wanted = {str(row[rows.variables.index("event")]) for row in rows.rows}
    page = watched.page
    page.goto(target.as_uri())
    _wait_for(watched, f"{VIEW} && {VIEW}.layoutDone")
    russia = "https://w3id.org/newsgraph/id/entity/russia"
    # From the graph: Russia's panel has a button that opens its timeline.
    _click_node(watched, russia)
    page.locator("#ng-open-timeline").click()
    assert page.locator("#timeline").is_visible() and not page.locator("#graph").is_visible()
    listed = page.eval_on_selector_all("#ng-tl-rows li", "rows => rows.map(r => r.dataset.event)")
    assert sorted(listed) == sorted(wanted) and len(listed) == len(wanted)
    assert page.locator("#ng-tl-count").text_content() == f"{len(wanted)} events"
    watched.shot("seeds-timeline")
    # A year (2014) is drawn as a band as wide as the year, a day as a point, a report day as an upper bound.
    band = page.locator("#ng-tl-rows li[data-precision=year]").first.get_attribute("data-event")
    width = page.evaluate(f"""(() => {{
        const rect = document.querySelector('.ng-tl-mark[data-event="{band}"] rect.ng-tl-band');
        const t = window.newsgraphTimeline.x;
        return [rect.getAttribute('data-precision'), +rect.getAttribute('width'),
                t(new Date(Date.UTC(2015, 0, 1))) - t(new Date(Date.UTC(2014, 0, 1)))]; }})()""")
    assert width[0] == "year" and width[1] > 20 and abs(width[1] - width[2]) < 1
    assert page.locator(".ng-tl-mark line.ng-tl-bound").count() >= 1  # "reported" dates of the seeds
    # A row opens the sentences behind the event, as text.
    page.locator("#ng-tl-rows li", has_text="MOBILIZE").first.click()
    assert page.locator("#ng-tl-mentions blockquote").count() >= 1
    assert page.locator("#ng-tl-details").get_attribute("data-id") in wanted
    # Zooming keeps every row and moves the marks.
    before = width[2]
    page.mouse.move(1000, 400)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(300)
    after = page.evaluate("window.newsgraphTimeline.x(new Date(Date.UTC(2015, 0, 1))) - "
                          "window.newsgraphTimeline.x(new Date(Date.UTC(2014, 0, 1)))")
    assert after > before
    assert watched.errors == []
    _requests_stay_in_page(watched)
