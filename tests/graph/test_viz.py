"""`newsgraph viz`: the offline page's data and safety, PNG/SVG figures, the timeline, and bad input."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from rdflib import URIRef
from sample_graph import HOSTILE, build_sample_store

from newsgraph.cli import main
from newsgraph.graph.store import open_store
from newsgraph.graph.viz import graph_data, render_html, script_json

ENTITY = "https://w3id.org/newsgraph/id/entity/"


@pytest.fixture(scope="module")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("sample") / "sample.store")


def _page_data(page: str) -> dict:  # type: ignore[type-arg]
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))  # type: ignore[no-any-return]


def test_edges_carry_category_date_and_the_sentences_with_their_articles(sample_store_path: Path) -> None:
    with open_store(sample_store_path) as store:
        data = graph_data(store)
    sanction = next(e for e in data["edges"] if e["label"] == "SANCTION")
    assert (sanction["source"], sanction["target"], sanction["date"]) == (ENTITY + "japan", ENTITY + "russia",
                                                                          "2022-02-23")
    assert sanction["mentions"] == [{"source": "a2.txt", "sentence": "Japan imposed sanctions on Russia on Wednesday.",
                                     "publisher": "NHK", "published": "2022-02-24",
                                     "url": "https://news.example/a2.txt", "title": "Story a2.txt",
                                     "dateKind": "occurred"}]
    assert sanction["precision"] == "day" and sanction["disputed"] is False
    consult = next(e for e in data["edges"] if e["label"] == "CONSULT")
    assert (consult["date"], consult["precision"], consult["earliest"], consult["latest"]) == (
        "2022-01", "month", "2022-01-01", "2022-01-31")
    types = {n["label"]: n["type"] for n in data["nodes"]}
    assert types["Fumio Kishida"] == "Person" and types["NATO"] == "Organization" and types["Japan"] == "Country"
    # Node size: Japan is in all four articles, Ukraine in two, NATO in two.
    articles = {n["label"]: n["articles"] for n in data["nodes"]}
    assert (articles["Japan"], articles["Ukraine"], articles["Fumio Kishida"]) == (4, 2, 1)
    assert data["style"]["types"]["Country"] and "SANCTION" in data["style"]["conflict"]
    relation = next(e for e in data["edges"] if e["kind"] == "relation")
    assert relation["label"] == "headOfGovernmentOf" and relation["date"] is None


def test_entity_and_dates_narrow_the_drawing(sample_store_path: Path) -> None:
    with open_store(sample_store_path) as store:
        everything = graph_data(store)
        japan = graph_data(store, entity=URIRef(ENTITY + "japan"))
        february = graph_data(store, start=date(2022, 2, 1), end=date(2022, 2, 28))
    assert len(everything["edges"]) == 9
    assert all(ENTITY + "japan" in (e["source"], e["target"]) for e in japan["edges"])
    assert {e["label"] for e in february["edges"] if e["kind"] == "event"} == {"SANCTION", "ASSAULT", "AGREE"}


def test_the_page_is_self_contained_and_requests_nothing(sample_store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["viz", "--store", str(sample_store_path), "-o", str(tmp_path / "graph.html"), "--quiet"])
    assert caught.value.code == 0
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page  # the browser itself refuses any request the page might make
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "fetch(" not in page
    assert len(_page_data(page)["edges"]) == 9


def test_a_hostile_name_cannot_close_the_data_script(sample_store_path: Path) -> None:
    with open_store(sample_store_path) as store:
        page = render_html(graph_data(store), title="<b>title</b>")
    assert HOSTILE not in page and "<b>lying</b>" not in page and "<b>title</b>" not in page
    assert "&lt;b&gt;title&lt;/b&gt;" in page
    data = _page_data(page)
    assert HOSTILE in {n["label"] for n in data["nodes"]}  # the name survives, as data
    assert script_json("</script><!--") == '"\\u003c/script\\u003e\\u003c!--"'


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_figures_for_reports(sample_store_path: Path, tmp_path: Path, fmt: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / f"graph.{fmt}"
    with pytest.raises(SystemExit) as caught:
        main(["viz", "--store", str(sample_store_path), "-o", str(target), "--format", fmt])
    assert caught.value.code == 0
    assert "drew 7 entities and 9 edges" in capsys.readouterr().out
    if fmt == "png":
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        ET.parse(target)  # well-formed
        assert "<!-- Japan -->" in target.read_text()  # matplotlib names each text it draws as paths


def test_a_timeline_of_one_entity(sample_store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    target = tmp_path / "japan.svg"
    with pytest.raises(SystemExit) as caught:
        main(["viz", "--store", str(sample_store_path), "-o", str(target), "--timeline", "Japan"])
    assert caught.value.code == 0
    # every event, the undated AGREE too (listed last, with no mark)
    assert "drew 5 events of Japan" in capsys.readouterr().out
    svg = target.read_text()
    assert "<!-- Japan: 5 events (→ as actor, ← as recipient) -->" in svg
    assert "<!-- 2022-02-23   SANCTION  → Russia -->" in svg and "<!-- date not known   AGREE  → NATO -->" in svg
    assert "<!-- a month, a year… (its span) -->" in svg  # the legend


def test_the_page_can_open_on_a_timeline(sample_store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["viz", "--store", str(sample_store_path), "-o", str(tmp_path / "japan.html"), "--timeline", "Japan",
              "--quiet"])
    assert caught.value.code == 0
    page = (tmp_path / "japan.html").read_text(encoding="utf-8")
    assert f'<script type="application/json" id="page-options">{{"timeline": "{ENTITY}japan"}}</script>' in page


def _text_boxes(fig: object) -> list[tuple[str, object]]:
    from matplotlib.text import Text

    fig.canvas.draw()  # type: ignore[attr-defined]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in fig.findobj(Text)  # type: ignore[attr-defined]
            if t.get_visible() and t.get_text().strip()]


@pytest.mark.model
def test_the_timeline_figure_keeps_every_event_and_prints_no_label_over_another(seeds_store_path: Path) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    from newsgraph.graph.viz import timeline_figure
    from newsgraph.queries.runner import library, run_query

    with open_store(seeds_store_path) as store:
        fig, events = timeline_figure(store, URIRef(ENTITY + "russia"))
        rows = run_query(store, library()["timeline"], {"entity": "Russia"})
    try:
        wanted = {str(row[rows.variables.index("event")]) for row in rows.rows}
        assert {e["id"] for e in events} == wanted and len(events) == len(wanted)  # without a recipient too
        boxes = _text_boxes(fig)
        texts = [text for text, _ in boxes]
        assert f"Russia: {len(wanted)} events (→ as actor, ← as recipient)" in texts
        assert sum(1 for t in texts if "MOBILIZE" in t and "(no recipient)" in t) == 1
        assert "reported by that day (on or before)" in texts  # the legend
        overlapping = [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:]
                       if box_a.overlaps(box_b)]  # type: ignore[attr-defined]
        assert overlapping == []
    finally:
        plt.close(fig)


def _figure_texts(fig: object) -> list[tuple[str, str, object]]:
    """The visible texts of a figure: (gid, text, extent on the renderer)."""
    from matplotlib.text import Text

    fig.canvas.draw()  # type: ignore[attr-defined]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return [(t.get_gid() or "", t.get_text(), t.get_window_extent(renderer))
            for t in fig.findobj(Text)  # type: ignore[attr-defined]
            if t.get_visible() and t.get_text().strip()]


def _figure_overprints(fig: object) -> tuple[list[tuple[str, str, object]], list[tuple[str, str]], list[str]]:
    """A graph figure's visible texts, the pairs of them that overlap, and the labels that cover an entity's
    disc (other than an entity's name on its own disc, its last resort), from the renderer's extents."""
    from matplotlib.transforms import Bbox

    texts = _figure_texts(fig)
    ax = fig.axes[0]  # type: ignore[attr-defined]
    discs = ax.collections[0]
    centres = ax.transData.transform(discs.get_offsets())
    radii = [s ** 0.5 / 2 * fig.dpi / 72 for s in discs.get_sizes()]  # type: ignore[attr-defined]
    disc_boxes = [Bbox.from_extents(x - r, y - r, x + r, y + r) for (x, y), r in zip(centres, radii, strict=True)]
    overlapping = [(a, b) for i, (_, a, box_a) in enumerate(texts) for _, b, box_b in texts[i + 1:]
                   if box_a.overlaps(box_b)]  # type: ignore[attr-defined]
    covering = [text for gid, text, box in texts for k, disc in enumerate(disc_boxes)
                if box.overlaps(disc) and gid != f"node-label-{k}"]  # type: ignore[attr-defined]
    return texts, overlapping, covering


@pytest.mark.model
def test_the_graph_figure_prints_no_label_over_another_or_over_a_disc(seeds_store_path: Path) -> None:
    """The seed graph's PNG/SVG figure: every entity named once, and no name or edge label over another text
    or over another entity's disc; the pairs it cannot label are counted in the figure."""
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    from newsgraph.graph.viz import graph_figure

    with open_store(seeds_store_path) as store:
        data = graph_data(store)
    fig = graph_figure(data)
    try:
        texts, overlapping, covering = _figure_overprints(fig)
        assert overlapping == [] and covering == []
        names = [text for gid, text, _ in texts if gid.startswith("node-label-")]
        assert sorted(names) == sorted(n["label"] for n in data["nodes"])
        edge_labels = [text for gid, text, _ in texts if gid.startswith("edge-label-")]
        assert any(t.startswith("SANCTION 2014") for t in edge_labels)  # Japan's 2014 sanctions on Russia
        pairs = {frozenset((e["source"], e["target"])) for e in data["edges"]}
        unlabelled = next((int(text.split()[0]) for gid, text, _ in texts if gid == "unlabelled"), 0)
        assert len(edge_labels) + unlabelled == len(pairs) and unlabelled <= len(pairs) // 4
    finally:
        plt.close(fig)


def _crowded_graph(size: int) -> dict:  # type: ignore[type-arg]
    """Every two of ``size`` countries threaten and consult each other; the pairs of country 0 with countries 1
    to 4 are mentioned in six articles, the others in one."""
    nodes = [{"id": ENTITY + f"c{i}", "label": f"Country {i}", "type": "Country", "articles": 1} for i in range(size)]
    edges = []
    for i in range(size):
        for j in range(i + 1, size):
            mentions = [{"source": f"a{k}.txt", "sentence": "..."} for k in range(6 if i == 0 and j < 5 else 1)]
            for category, day in (("THREATEN", "2022-01-05"), ("CONSULT", "2022-03-05")):
                edges.append({"id": f"urn:e:{i}:{j}:{category}", "source": ENTITY + f"c{i}",
                              "target": ENTITY + f"c{j}", "kind": "event", "label": category, "date": day,
                              "earliest": day, "latest": day, "mode": None, "mentions": mentions})
    return {"nodes": nodes, "edges": edges}


def test_a_crowded_graph_figure_cuts_or_leaves_out_the_least_mentioned_edge_labels_rather_than_overprint() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    from newsgraph.graph.viz import graph_figure

    data = _crowded_graph(14)
    pairs = 14 * 13 // 2
    fig = graph_figure(data)
    try:
        texts, overlapping, covering = _figure_overprints(fig)
        assert overlapping == [] and covering == []
        names = [text for gid, text, _ in texts if gid.startswith("node-label-")]
        assert sorted(names) == sorted(n["label"] for n in data["nodes"])
        caption = next(text for gid, text, _ in texts if gid == "unlabelled")
        unlabelled = int(caption.split()[0])
        assert 0 < unlabelled < pairs // 2 and caption.startswith(f"{unlabelled} of {pairs} linked pairs")
        shown = {gid: text for gid, text, _ in texts if gid.startswith("edge-label-")}
        assert len(shown) == pairs - unlabelled
        assert any(text.endswith("(+1)") for text in shown.values())  # cut to its first line where it is tight
        # labels are placed most mentioned pair first: the four pairs mentioned six times are labelled whole
        assert all(shown.get(f"edge-label-{k}", "").count("\n") == 1 for k in range(4))
    finally:
        plt.close(fig)


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    return int(caught.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(("extra", "needle"), [
    (["--from", "2022-13-01"], "--from '2022-13-01' is not a date; write it as YYYY-MM-DD"),
    (["--to", "soon"], "--to 'soon' is not a date"),
    (["--from", "2022-03-01", "--to", "2022-01-01"], "is after --to"),
    (["--format", "pdf"], "'pdf' is not one of 'html', 'png', 'svg'"),
    (["--entity", "Atlantis"], "no entity is named 'Atlantis' in the store"),
    (["--timeline", "Fumio Kishida", "--format", "png"], "Fumio Kishida has no event in the store"),
    (["-o", "graph.gif"], "cannot tell the format from 'graph.gif'"),
])
def test_bad_input_is_one_line(sample_store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               extra: list[str], needle: str) -> None:
    output = ["-o", str(tmp_path / "out.html")] if "-o" not in extra else []
    code, err = _cli(["viz", "--store", str(sample_store_path), *output, *extra], capsys)
    assert code == 1 and err.count("\n") == 1 and needle in err


def test_a_missing_store_or_folder_is_one_line(sample_store_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(["viz", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "g.html")], capsys)
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    code, err = _cli(["viz", "--store", str(sample_store_path), "-o", str(tmp_path / "no" / "g.html")], capsys)
    assert code == 1 and err.count("\n") == 1 and "does not exist; create it first" in err


@pytest.mark.model
def test_events_without_a_recipient_travel_with_the_page(seeds_store_path: Path) -> None:
    with open_store(seeds_store_path) as store:
        data = graph_data(store)
        russia = graph_data(store, entity=URIRef(ENTITY + "russia"))
    lone = {(e["label"], e["source"]) for e in data["actorOnly"]}
    assert ("MOBILIZE", ENTITY + "russia") in lone and ("REJECT", ENTITY + "russia") in lone
    assert all(e["target"] is None and e["mentions"] for e in data["actorOnly"])
    assert len({e["id"] for e in data["actorOnly"]}) == len(data["actorOnly"])  # each event once
    assert {e["source"] for e in russia["actorOnly"]} == {ENTITY + "russia"}
    assert ENTITY + "russia" in {n["id"] for n in data["nodes"]}
