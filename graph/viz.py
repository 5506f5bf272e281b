"""Drawings of the graph: one self-contained HTML page to explore, PNG or SVG figures for reports, timelines.

Drawing formats are a registry (``VIZ_FORMATS``):

- ``html``: one file that works offline and makes no request at all (its Content-Security-Policy forbids it):
  entities coloured by type and sized by the articles that mention them, events as arrows coloured by their
  PLOVER category, labels chosen so that none covers another, a date range that filters the edges, a search
  box, and the sentences and articles behind any edge a click away. It draws with sigma.js and graphology
  (WebGL, ForceAtlas2 in a worker), bundled with their licences into ``assets/vendor.js`` from the npm versions
  ``web/package-lock.json`` pins (``scripts/build-web`` rebuilds it; the package ships it, so users need no
  Node.js); ``assets/graph.js`` is newsgraph's view on them. The data travels as JSON inside a ``<script
  type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, and the scripts draw every name on a
  canvas or write it with ``textContent``, so a name such as ``<script>`` is text.
- ``png`` and ``svg``: a static figure drawn by matplotlib (the optional ``viz`` extra), its labels placed
  by ``graph_figure`` so that none is printed over another or over an entity.

``draw_timeline`` draws one entity's events on a time axis (PNG or SVG).

Example:
    >>> sorted(VIZ_FORMATS)
    ['html', 'png', 'svg']
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from newsgraph.errors import DrawingError, NewsgraphError, UnknownNameError
from newsgraph.graph.store import GraphStore
from newsgraph.plover import CATEGORIES

__all__ = [
    "VIZ_FORMATS",
    "DrawingError",
    "DrawingSummary",
    "VizFormat",
    "asset_text",
    "draw",
    "draw_timeline",
    "graph_data",
    "graph_figure",
    "page_scripts",
    "page_style",
    "render_html",
    "script_json",
    "timeline_events",
    "timeline_figure",
]

_MENTIONS = """
SELECT ?fact ?source ?sentence ?start ?publisher ?published ?url ?title ?dateKind WHERE {
  ?fact ng:reportedIn ?article .
  ?article ng:sourceId ?source .
  GRAPH ?article { ?fact ng:mention ?mention . ?mention ng:sentence ?sentence ; ng:start ?start }
  OPTIONAL { GRAPH ?article { ?mention ng:dateKind ?kindNode } }
  OPTIONAL { ?article schema:publisher ?publisher }
  OPTIONAL { ?article schema:datePublished ?datePublished }
  OPTIONAL { ?article ng:inferredPublished ?inferredPublished }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:headline ?title }
  BIND(COALESCE(?datePublished, ?inferredPublished) AS ?published)
  BIND(STRAFTER(STR(?kindNode), "#") AS ?dateKind)
}"""

_ALT_LABELS = "SELECT ?entity ?alt WHERE { ?entity skos:altLabel ?alt }"

# How many articles mention each entity: the drawn size of its node.
_ARTICLE_COUNTS = """
SELECT ?entity (COUNT(DISTINCT ?article) AS ?articles) WHERE { ?article schema:mentions ?entity } GROUP BY ?entity"""

_PRECISIONS = "SELECT ?fact ?precision WHERE { ?fact ng:datePrecision ?precision }"

# Events and relations the articles disagree about: drawn marked, with a note in their panel.
_DISPUTED = "SELECT DISTINCT ?fact WHERE { ?fact ng:disputed true }"

# Events drawn to their topic, having no recipient: not on the topic's timeline (the timeline query's rule).
_TOPIC_EDGES = "SELECT ?event WHERE { ?event ng:topic ?topic FILTER NOT EXISTS { ?event ng:recipient ?recipient } }"

# Events with an actor and neither recipient nor topic: no edge to draw, but they are on the actor's timeline
# and in its list of events. The same filters as newsgraph.graph.network's edges.
_ACTOR_ONLY = """
SELECT ?event ?category ?actor ?date ?earliest ?latest ?mode WHERE {
  ?event ng:category ?categoryNode ; ng:actor ?actor .
  FILTER NOT EXISTS { ?event ng:recipient ?recipient }
  FILTER NOT EXISTS { ?event ng:topic ?topic }
  OPTIONAL { ?event ng:date ?date }
  OPTIONAL { ?event ng:earliest ?earliest }
  OPTIONAL { ?event ng:latest ?latest }
  OPTIONAL { ?event ng:mode ?modeNode }
  BIND(STRAFTER(STR(?categoryNode), "#") AS ?category)
  BIND(STRAFTER(STR(?modeNode), "#") AS ?mode)
  FILTER(!BOUND(?entity) || ?actor = ?entity)
  FILTER(!BOUND(?from) || COALESCE(?latest, ?from) >= ?from)
  FILTER(!BOUND(?to) || COALESCE(?earliest, ?latest, ?to) <= ?to)
}"""


@dataclass(frozen=True, slots=True)
class DrawingSummary:
    """What a drawing holds."""

    nodes: int
    edges: int
    path: Path


@dataclass(frozen=True, slots=True)
class VizFormat:
    """A drawing format by name: its file extension and the function that draws it."""

    name: str
    extension: str
    draw: Callable[..., None]
    description: str


def asset_text(name: str) -> str:
    """The text of a file in ``newsgraph/graph/assets``."""
    return (resources.files("newsgraph.graph") / "assets" / name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element: no ``</script>``, no ``<!--``, no ``&`` entity.

    >>> script_json({"label": "</script><b>"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def graph_data(store: GraphStore, *, entity: URIRef | None = None, start: date | None = None,
               end: date | None = None) -> dict[str, Any]:
    """The graph as the page's JSON: nodes, edges with their mentions, events without a recipient, and style.

    Nodes: ``id``, ``label``, ``type``, ``altLabels`` and ``articles`` (how many articles mention the entity).
    Edges (events and relations): ``id``, ``source``, ``target``, ``kind``, ``label`` (category or relation),
    ``date``, ``earliest``, ``latest``, ``precision``, ``mode``, ``disputed``, ``topic`` (the target is the event's
    topic, for it has no recipient) and ``mentions`` (each with the
    article, its publisher and date, the sentence and ``dateKind``: how that article knew the date). An event
    known only from the day it was reported has a ``latest`` and no ``earliest``. ``actorOnly`` holds the events
    that have an actor and no recipient or topic, in the same form with ``target`` None. ``style`` holds the
    colours the page draws with.

    ``entity``, ``start`` and ``end`` keep the edges that touch the entity and whose dates overlap the range
    (``newsgraph.graph.network.to_networkx``); undated edges are kept with a range, as the page's "undated" box
    keeps them.
    """
    from newsgraph.graph.network import to_networkx

    g = to_networkx(store, entity=entity, start=start, end=end)
    mentions: dict[str, list[dict[str, Any]]] = {}
    rows = sorted(store.select(_MENTIONS), key=lambda r: (str(r[0]), str(r[1]), int(r[3])))
    for fact, source, sentence, _start, publisher, published, url, title, kind in rows:
        entry = {"source": str(source), "sentence": str(sentence), "publisher": _text(publisher),
                 "published": _text(published), "url": _text(url), "title": _text(title),
                 "dateKind": _text(kind) or None}
        known = mentions.setdefault(str(fact), [])
        if entry not in known:
            known.append(entry)
    precisions = {str(fact): str(precision) for fact, precision in store.select(_PRECISIONS)}
    to_topic = {str(row[0]) for row in store.select(_TOPIC_EDGES)}
    disputed = {str(row[0]) for row in store.select(_DISPUTED)}
    articles = {str(node): int(count) for node, count in store.select(_ARTICLE_COUNTS)}
    bindings: dict[str, Any] = {}
    if entity is not None:
        bindings["entity"] = entity
    if start is not None:
        bindings["from"] = Literal(start.isoformat(), datatype=XSD.date)
    if end is not None:
        bindings["to"] = Literal(end.isoformat(), datatype=XSD.date)
    actor_only = []
    seen: set[str] = set()
    for event, category, actor, when, earliest, latest, mode in sorted(store.select(_ACTOR_ONLY, bindings)):
        key = str(event)
        # An event the articles date differently has several bounds: one row each; the event is listed once.
        if key in seen:
            continue
        seen.add(key)
        actor_only.append({"id": key, "source": str(actor), "target": None, "kind": "event", "label": str(category),
                           "date": _text(when), "earliest": _text(earliest), "latest": _text(latest),
                           "precision": precisions.get(key), "mode": _text(mode) or None,
                           "disputed": key in disputed,
                           "mentions": mentions.get(key, [])})
        if str(actor) not in g:
            g.add_node(str(actor))
    for node, label, kind in store.select(_LABELS):
        if str(node) in g:
            g.nodes[str(node)].update(label=str(label), type=str(kind))
    alt_labels: dict[str, list[str]] = {}
    for node, alt in store.select(_ALT_LABELS):
        if str(node) in g:
            alt_labels.setdefault(str(node), []).append(str(alt))
    nodes = [{"id": node, "label": data.get("label", node.rsplit("/", 1)[-1]), "type": data.get("type", "Entity"),
              "altLabels": sorted(alt_labels.get(node, [])), "articles": articles.get(node, 0)}
             for node, data in sorted(g.nodes(data=True))]
    edges = []
    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        is_event = data.get("kind") == "event"
        edges.append({
            "id": key, "source": u, "target": v, "kind": data.get("kind", "event"),
            "label": data.get("category") if is_event else data.get("relation"),
            "date": data.get("date"), "earliest": data.get("earliest"), "latest": data.get("latest"),
            "precision": precisions.get(key), "mode": data.get("mode"), "disputed": key in disputed,
            "topic": key in to_topic,
            "mentions": mentions.get(key) or [{"source": s, "sentence": t, "publisher": None, "published": None,
                                               "url": None, "title": None, "dateKind": None}
                                              for s, t in zip(data.get("sources", []), data.get("sentences", []),
                                                              strict=False)],
        })
    return {"nodes": nodes, "edges": edges, "actorOnly": actor_only, "style": page_style()}


def _text(term: Any) -> str | None:
    return None if term is None else str(term)


_LABELS = """
SELECT ?entity ?label ?type WHERE {
  VALUES ?typeNode { ng:Person ng:Country ng:Organization ng:Place ng:Concept ng:Group }
  ?entity a ?typeNode ; rdfs:label ?label .
  BIND(STRAFTER(STR(?typeNode), "#") AS ?type)
}"""

#: Entity type colours, for the page and the figures.
TYPE_COLOURS = {"Country": "#3b6ea8", "Person": "#e07b22", "Organization": "#3d8f4a", "Place": "#8e5ea2",
                "Concept": "#c9463d", "Group": "#b8860b", "Event": "#7f7f7f", "Entity": "#9a9a9a"}
_CONFLICT = frozenset(name for name, c in CATEGORIES.items() if c.conflict)
_OTHER_EDGE_COLOUR = "#8b939c"  # cooperation events, and edges of no category
_RELATION_COLOUR, _DISPUTED_COLOUR = "#a58fc4", "#e39b00"


def page_style() -> dict[str, Any]:
    """The colours the pages draw with, from the same tables as the figures: entity types, and conflict events
    in their PLOVER category's colour (``newsgraph.plover``) while cooperation stays quiet grey."""
    return {"types": TYPE_COLOURS, "categories": {name: CATEGORIES[name].colour for name in sorted(_CONFLICT)},
            "conflict": sorted(_CONFLICT), "event": _OTHER_EDGE_COLOUR, "relation": _RELATION_COLOUR,
            "disputed": _DISPUTED_COLOUR}


#: The scripts a page inlines, in order: the bundled libraries, then newsgraph's views.
PAGE_SCRIPTS = ("vendor.js", "graph.js", "timeline.js")


def page_scripts() -> str:
    """The page scripts as one text to put inside a ``<script>`` element."""
    texts = []
    for name in PAGE_SCRIPTS:
        text = asset_text(name)
        if "</script" in text.lower():
            raise NewsgraphError(f"{name} contains '</script'; this is a bug, please report it")
        texts.append(text)
    return "\n;\n".join(texts)


def render_html(data: dict[str, Any], title: str = "newsgraph", subtitle: str = "", *,
                timeline: str | None = None) -> str:
    """The self-contained page for ``data`` (as ``graph_data`` makes it); ``timeline``: the IRI of the entity whose
    timeline it opens on."""
    page = Template(asset_text("viz.html"))
    return page.substitute(title=html.escape(title), subtitle=html.escape(subtitle), css=asset_text("graph.css"),
                           js=page_scripts(), data=script_json(data), options=script_json({"timeline": timeline}))


def _subtitle(data: dict[str, Any], caption: str) -> str:
    counts = f"{len(data['nodes'])} entities, {len(data['edges'])} edges"
    return f"{caption} · {counts}" if caption else counts


def _draw_html(data: dict[str, Any], path: Path, caption: str, timeline: str | None = None) -> None:
    path.write_text(render_html(data, "newsgraph", _subtitle(data, caption), timeline=timeline), encoding="utf-8")


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as e:
        raise DrawingError("PNG and SVG drawings need matplotlib; install it with: pip install 'newsgraph[viz]'"
                           ) from e
    matplotlib.use("Agg")  # files only: never open a window
    import matplotlib.pyplot as plt

    return plt


def _draw_figure(data: dict[str, Any], path: Path, caption: str) -> None:
    plt = _pyplot()
    fig = graph_figure(data, caption)
    try:
        fig.savefig(path, dpi=fig.dpi)
    finally:
        plt.close(fig)


#: Font sizes (points) of the figure's node and edge labels.
_NODE_FONT, _EDGE_FONT = 9.0, 7.0
#: Pixels kept free around every label, so that neighbours do not touch.
_LABEL_GAP = 2.0


class _Placer:
    """Labels placed one at a time, most important first, each where it covers no disc and no label already
    placed, or not at all: the figure leaves a label out rather than print it over another (the page shows
    every label on hover or at zoom)."""

    def __init__(self, fig: Any, ax: Any) -> None:
        self.renderer = fig.canvas.get_renderer()
        self.ax = ax
        self.frame = ax.get_window_extent(self.renderer)
        self.taken: list[Any] = []

    def fits(self, box: Any, ignore: Any = None) -> bool:
        inside = (box.x0 >= self.frame.x0 and box.x1 <= self.frame.x1 and box.y0 >= self.frame.y0
                  and box.y1 <= self.frame.y1)
        return inside and not any(box.overlaps(other) for other in self.taken if other is not ignore)

    def place(self, text: Any, spots: list[tuple[float, float, str, str]], ignore: Any = None) -> bool:
        """Put ``text`` at the first free spot ``(x, y, ha, va)`` (display pixels); hide it when none is free."""
        to_data = self.ax.transData.inverted()
        for x, y, ha, va in spots:
            text.set_position(to_data.transform((x, y)))
            text.set_horizontalalignment(ha)
            text.set_verticalalignment(va)
            box = text.get_window_extent(self.renderer).padded(_LABEL_GAP)
            if self.fits(box, ignore):
                self.taken.append(box)
                return True
        text.set_visible(False)
        return False


def _packed_positions(g: Any, aspect: float) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own (a spring layout, in a square as wide as the square root of
    its size) and the squares packed in rows, largest first, the rows as long as makes the whole closest to
    ``aspect`` (width over height): a small component never floats in a corner of the large one's space."""
    import networkx as nx

    simple = nx.Graph(g.to_undirected())
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), sorted(c)))
    sides = [max(1.0, len(c) ** 0.5) for c in components]
    gap = 0.5

    def pack(row_width: float) -> tuple[list[tuple[float, float]], float, float]:
        corners, x, y, row_height, widest = [], 0.0, 0.0, 0.0, 0.0
        for side in sides:
            if x > 0 and x + side > row_width:
                x, y, row_height = 0.0, y - row_height - gap, 0.0
            corners.append((x, y))
            x += side + gap
            widest, row_height = max(widest, x - gap), max(row_height, side)
        return corners, widest, -y + row_height

    widths = {sum(sides[:k]) + gap * (k - 1) for k in range(1, len(sides) + 1)} or {1.0}
    corners, _, _ = min((pack(w) for w in sorted(widths)),
                        key=lambda packed: abs(math.log(max(packed[1], 1e-9) / max(packed[2], 1e-9) / aspect)))
    positions: dict[str, tuple[float, float]] = {}
    for component, side, (x, y) in zip(components, sides, corners, strict=True):
        if len(component) == 1:
            local = {next(iter(component)): (0.0, 0.0)}
        else:
            local = nx.spring_layout(simple.subgraph(component), seed=7, k=3.0 / len(component) ** 0.5,
                                     iterations=300)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span_x, span_y = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
        for node, (px, py) in local.items():
            # the component's square, its nodes spread to the square's edges (a lone node in its middle)
            fx = (px - min(xs)) / span_x if len(component) > 1 else 0.5
            fy = (py - min(ys)) / span_y if len(component) > 1 else 0.5
            positions[node] = (x + fx * side, y - (1 - fy) * side)
    return positions


def _edge_label_lines(edges: list[dict[str, Any]], screen: dict[str, tuple[float, float]]) -> list[str]:
    """One line per category (or relation) between two nodes, most mentioned first: ``THREATEN 2022-02-05``, or
    ``THREATEN ×3, last 2022-02-05`` for several; an arrow says which way when both ways have edges."""
    both_ways = len({(e["source"], e["target"]) for e in edges}) > 1
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for e in edges:
        groups.setdefault((str(e.get("label") or ""), e["source"], e["target"]), []).append(e)

    def weight(item: tuple[tuple[str, str, str], list[dict[str, Any]]]) -> tuple[int, str]:
        return (-sum(max(1, len(e.get("mentions") or [])) for e in item[1]), item[0][0])

    lines = []
    for (label, source, target), group in sorted(groups.items(), key=weight):
        dated = sorted((e for e in group if e.get("date")), key=lambda e: e.get("latest") or e.get("earliest") or "")
        when = dated[-1]["date"] if dated else ""
        text = f"{label} ×{len(group)}, last {when}" if len(group) > 1 and when else (
            f"{label} ×{len(group)}" if len(group) > 1 else f"{label} {when}".strip())
        if both_ways:
            (sx, _sy), (tx, _ty) = screen[source], screen[target]
            text = ("→ " if tx >= sx else "← ") + text
        lines.append(text)
    return lines


def graph_figure(data: dict[str, Any], caption: str = "") -> Any:
    """The matplotlib figure of ``data`` (as ``graph_data`` makes it) that ``viz -o graph.png`` saves; the caller
    closes it.

    Components are packed side by side; every entity is labelled, beside its disc where no other disc or label
    is; edges between the same two entities share one label of a line per category, placed along the edge,
    cut to its first line or left out where it would cover a disc or another label, the most mentioned pairs
    first. The figure says how many pairs it leaves unlabelled (the HTML page shows every edge's label).
    """
    import networkx as nx

    plt = _pyplot()
    from matplotlib.lines import Line2D
    from matplotlib.transforms import Bbox

    g = nx.MultiDiGraph()
    for node in data["nodes"]:
        g.add_node(node["id"], **node)
    for edge in data["edges"]:
        g.add_edge(edge["source"], edge["target"], key=edge["id"], **edge)
    width = min(26.0, 10 + 0.25 * g.number_of_nodes())
    fig = plt.figure(figsize=(width, width * 0.7), dpi=150)
    try:
        # The drawing on the left, the legend in a column of its own: no label can fall under it.
        frame = (0.01, 0.04, 0.82, 0.90)
        ax = fig.add_axes(frame)
        ax.set_axis_off()
        positions = _packed_positions(g, aspect=frame[2] * width / (frame[3] * width * 0.7))
        if positions:
            xs = [p[0] for p in positions.values()]
            ys = [p[1] for p in positions.values()]
            pad_x, pad_y = 0.08 * max(1.0, max(xs) - min(xs)), 0.08 * max(1.0, max(ys) - min(ys))
            ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
            ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
        nodes = list(g.nodes)
        # by degree, up to a hub of 24 edges: a larger disc would cover its neighbours' labels
        sizes = {n: 260 + 90 * min(24, g.degree(n)) for n in nodes}
        colours = [TYPE_COLOURS.get(g.nodes[n].get("type", "Entity"), "#9a9a9a") for n in nodes]
        nx.draw_networkx_nodes(g, positions, nodelist=nodes, node_color=colours, node_size=[sizes[n] for n in nodes],
                               ax=ax, linewidths=1, edgecolors="white")
        pairs: dict[frozenset[str], list[dict[str, Any]]] = {}
        for u, v, edge in g.edges(data=True):
            pairs.setdefault(frozenset((u, v)), []).append(edge)
        for group in pairs.values():
            for k, edge in enumerate(group):
                # conflict in its category's colour; cooperation and relations quiet grey, so conflict stands out
                conflict = edge.get("label") in _CONFLICT
                style = "dashed" if edge.get("mode") or edge.get("kind") == "relation" else "solid"
                # the edges of one pair fan out, so each arrow can be told apart
                nx.draw_networkx_edges(g, positions, edgelist=[(edge["source"], edge["target"])], ax=ax,
                                       arrows=True, arrowsize=12, style=style, width=1.1,
                                       edge_color=CATEGORIES[edge["label"]].colour if conflict else _OTHER_EDGE_COLOUR,
                                       nodelist=nodes, node_size=[sizes[n] for n in nodes],
                                       connectionstyle=f"arc3,rad={0.06 + 0.07 * k}")
        ax.set_title(f"newsgraph: {_subtitle(data, caption)}", fontsize=11, loc="left")
        placer = _Placer(fig, ax)
        screen = {n: tuple(ax.transData.transform(positions[n])) for n in nodes}
        radius = {n: sizes[n] ** 0.5 / 2 * fig.dpi / 72 for n in nodes}  # a marker's size is its area in pt²
        discs = {n: Bbox.from_extents(screen[n][0] - radius[n], screen[n][1] - radius[n],
                                      screen[n][0] + radius[n], screen[n][1] + radius[n]) for n in nodes}
        placer.taken.extend(discs.values())
        by_importance = sorted(nodes, key=lambda n: (-g.degree(n), -int(g.nodes[n].get("articles") or 0),
                                                     str(g.nodes[n].get("label", n))))
        label_box = {"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.75}
        for n in by_importance:
            index = nodes.index(n)
            (x, y), r = screen[n], radius[n] + 2
            text = ax.text(0, 0, str(g.nodes[n].get("label", n)), fontsize=_NODE_FONT, color="#1d2329",
                           bbox=label_box, zorder=4, gid=f"node-label-{index}")
            # beside the disc (below, above, right, left, then diagonally); on it as a last resort
            spots = [(x, y - r, "center", "top"), (x, y + r, "center", "bottom"), (x + r, y, "left", "center"),
                     (x - r, y, "right", "center"), (x + r * 0.7, y - r * 0.7, "left", "top"),
                     (x - r * 0.7, y - r * 0.7, "right", "top"), (x + r * 0.7, y + r * 0.7, "left", "bottom"),
                     (x - r * 0.7, y + r * 0.7, "right", "bottom"), (x, y, "center", "center")]
            if not placer.place(text, spots, ignore=discs[n]):
                text.set_visible(True)  # every entity keeps its name, on its own disc if nowhere else
                text.set_position(positions[n])
                text.set_horizontalalignment("center")
                text.set_verticalalignment("center")

        def pair_weight(item: tuple[frozenset[str], list[dict[str, Any]]]) -> tuple[int, int, str]:
            mentions = sum(max(1, len(e.get("mentions") or [])) for e in item[1])
            return (-mentions, -len(item[1]), "".join(sorted(item[0])))

        unlabelled = 0
        for number, (pair, group) in enumerate(sorted(pairs.items(), key=pair_weight)):
            lines = _edge_label_lines(group, screen)
            a, b = sorted(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
            (ax0, ay0), (bx, by) = screen[a], screen[b]
            length = max(1.0, ((bx - ax0) ** 2 + (by - ay0) ** 2) ** 0.5)
            nx_, ny_ = -(by - ay0) / length, (bx - ax0) / length  # the edge's normal
            spots = []
            for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78):
                px, py = ax0 + t * (bx - ax0), ay0 + t * (by - ay0)
                for offset in (0.0, 10.0, -10.0, 20.0, -20.0):
                    spots.append((px + offset * nx_, py + offset * ny_, "center", "center"))
            shown = False
            # the whole label; else its first line with how many more; else none
            variants = [lines] if len(lines) == 1 else [lines, [f"{lines[0]} (+{len(lines) - 1})"]]
            for variant in variants:
                text = ax.text(0, 0, "\n".join(variant), fontsize=_EDGE_FONT, color="#3d444b", ha="center",
                               va="center", linespacing=1.15, bbox=label_box, zorder=3, gid=f"edge-label-{number}")
                if placer.place(text, spots):
                    shown = True
                    break
                text.remove()
            unlabelled += not shown
        used = sorted({g.nodes[n].get("type", "Entity") for n in nodes})
        handles = [Line2D([], [], marker="o", linestyle="", markersize=9, color=TYPE_COLOURS.get(t, "#9a9a9a"),
                          label=t) for t in used]
        conflict_colour = next(c.colour for c in CATEGORIES.values() if c.conflict)
        handles += [Line2D([], [], color=conflict_colour, label="conflict event"),
                    Line2D([], [], color=_OTHER_EDGE_COLOUR, label="other event"),
                    Line2D([], [], color=_OTHER_EDGE_COLOUR, linestyle="dashed", label="not a plain fact / relation")]
        fig.legend(handles=handles, loc="upper right", bbox_to_anchor=(0.995, 0.94), fontsize=8, framealpha=0.85)
        if unlabelled:
            fig.text(0.01, 0.012, f"{unlabelled} of {len(pairs)} linked pairs unlabelled where a label would cover "
                     "another; the HTML page (viz -o graph.html) shows every edge", fontsize=7.5, color="#5a6168",
                     gid="unlabelled")
    except BaseException:
        plt.close(fig)
        raise
    return fig


#: Drawing formats by name.
VIZ_FORMATS: dict[str, VizFormat] = {
    fmt.name: fmt
    for fmt in (
        VizFormat("html", ".html", _draw_html, "an interactive page that works offline"),
        VizFormat("png", ".png", _draw_figure, "a static figure (needs matplotlib)"),
        VizFormat("svg", ".svg", _draw_figure, "a static vector figure (needs matplotlib)"),
    )
}


def _check_target(path: Path, extension: str) -> None:
    if path.is_dir():
        raise DrawingError(f"{path} is a folder; give a file name such as graph{extension}")
    if not path.parent.exists():
        raise DrawingError(f"folder {path.parent} does not exist; create it first or choose another -o")


def draw(store: GraphStore, path: str | Path, format_name: str = "html", *, entity: URIRef | None = None,
         start: date | None = None, end: date | None = None, caption: str = "",
         timeline: URIRef | None = None) -> DrawingSummary:
    """Draw the store (or the part that touches ``entity`` within ``start``..``end``) to ``path``; a page opens
    on the timeline of ``timeline`` when it is given.

    Raises:
        UnknownNameError: ``format_name`` is not in ``VIZ_FORMATS``.
        DrawingError: the file cannot be written, or matplotlib is missing for PNG and SVG.
    """
    if format_name not in VIZ_FORMATS:
        raise UnknownNameError("drawing format", format_name, list(VIZ_FORMATS))
    fmt = VIZ_FORMATS[format_name]
    target = Path(path)
    _check_target(target, fmt.extension)
    data = graph_data(store, entity=entity, start=start, end=end)
    try:
        if timeline is not None and fmt.name == "html":
            fmt.draw(data, target, caption, str(timeline))
        else:
            fmt.draw(data, target, caption)
    except OSError as e:
        raise DrawingError(f"cannot write {target}: {e.strerror or e}; check the path and permissions") from e
    return DrawingSummary(len(data["nodes"]), len(data["edges"]), target)


def timeline_events(data: dict[str, Any], entity: str) -> list[dict[str, Any]]:
    """The events of ``entity`` in a page's data, as the ``timeline`` query finds them: those it is the actor of
    (with or without a recipient) or the recipient of; each with ``sourceLabel`` and ``targetLabel``. The page's
    timeline view (``assets/timeline.js``, ``NewsgraphTimeline.eventsOf``) chooses the same."""
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    return [{**e, "sourceLabel": labels.get(e["source"], e["source"]),
             "targetLabel": labels.get(e["target"], e["target"]) if e["target"] else None}
            for e in [*data["edges"], *data.get("actorOnly", [])]
            if e["kind"] == "event" and (e["source"] == entity or (e["target"] == entity and not e.get("topic")))]


def _segments(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The stretches of time the spans fall in, as the page's timeline cuts its axis: spans closer than a tenth of
    the whole (or 60 days) share one; each stretch padded on both sides and at least a month long."""
    spans = sorted(spans)
    whole = max(1, (max(b for _, b in spans) - spans[0][0]).days)
    gap = max(60, whole // 10)
    clusters = [list(spans[0])]
    for first, last in spans[1:]:
        if (first - clusters[-1][1]).days > gap:
            clusters.append([first, last])
        else:
            clusters[-1][1] = max(clusters[-1][1], last)
    out = []
    for first, last in clusters:
        length = (last - first).days
        pad = timedelta(days=max(12, length * 0.05, (30 - length) / 2))
        out.append((first - pad, last + pad))
    return out


def draw_timeline(store: GraphStore, entity: URIRef, path: str | Path, format_name: str = "png", *,
                  start: date | None = None, end: date | None = None) -> DrawingSummary:
    """One entity's events on a time axis, one row each (so no label is printed over another), in date order: a
    day drawn as a point, a month or a year as a band over its span, a date known only as the day it was
    reported as a bar with an arrow into the past, undated events last; the empty years between stretches of
    events cut out of the axis; a legend of the marks and colours.

    Raises:
        UnknownNameError: ``format_name`` is not ``png`` or ``svg``.
        DrawingError: the entity has no event, the file cannot be written, or matplotlib is missing.
    """
    if format_name not in ("png", "svg"):
        raise UnknownNameError("timeline format", format_name, ["png", "svg"])
    target = Path(path)
    _check_target(target, "." + format_name)
    plt = _pyplot()
    fig, events = timeline_figure(store, entity, start=start, end=end)
    try:
        fig.savefig(target, dpi=150)
    except OSError as e:
        raise DrawingError(f"cannot write {target}: {e.strerror or e}; check the path and permissions") from e
    finally:
        plt.close(fig)
    parties = {e["source"] for e in events} | {e["target"] for e in events if e["target"]}
    return DrawingSummary(len(parties), len(events), target)


def _span(e: dict[str, Any]) -> tuple[date, date] | None:
    """An event's first and last day (the last alone, twice, when only its report day is known), or None."""
    if not (e["earliest"] or e["latest"]):
        return None
    last = date.fromisoformat(e["latest"] or e["earliest"])
    return (date.fromisoformat(e["earliest"]) if e["earliest"] else last, last)


def timeline_figure(store: GraphStore, entity: URIRef, *, start: date | None = None,
                    end: date | None = None) -> tuple[Any, list[dict[str, Any]]]:
    """The matplotlib figure ``draw_timeline`` saves, and its events in row order (the caller closes it).

    Raises:
        DrawingError: the entity has no event, or matplotlib is missing.
    """
    data = graph_data(store, entity=entity, start=start, end=end)
    events = timeline_events(data, str(entity))
    name = next((n["label"] for n in data["nodes"] if n["id"] == str(entity)), str(entity).rsplit("/", 1)[-1])
    if not events:
        raise DrawingError(f"{name} has no event in the store; draw the whole graph with newsgraph viz")
    events.sort(key=lambda e: (_span(e) is None, _span(e) or (date.min, date.min), e["label"], e["id"]))
    dated = [s for s in (_span(e) for e in events) if s is not None]
    segments = _segments([(a, b + timedelta(days=1)) for a, b in dated]) if dated else []
    return _timeline_axes(_pyplot(), name, str(entity), events, _span, segments), events


def _timeline_axes(plt: Any, name: str, entity: str, events: list[dict[str, Any]], span: Any,
                    segments: list[tuple[date, date]]) -> Any:
    """Draw the rows of ``events`` (``span(e)``: an event's first and last day, or None) on one panel per
    segment of time."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    rows = len(events)
    widths = [max((b - a).days, 1) for a, b in segments] or [1]
    counts = [sum(1 for e in events if span(e) and a <= span(e)[1] <= b) for a, b in segments] or [1]
    shares = [w / sum(widths) + c / max(1, sum(counts)) for w, c in zip(widths, counts, strict=True)]
    fig, axes = plt.subplots(1, max(1, len(segments)), sharey=True, squeeze=False,
                             figsize=(12, 1.9 + 0.26 * rows), gridspec_kw={"width_ratios": shares, "wspace": 0.04})
    axes = axes[0]
    try:
        for i, e in enumerate(events):
            colour = _DISPUTED_COLOUR if e.get("disputed") else page_style()["categories"].get(e["label"],
                                                                                               _OTHER_EDGE_COLOUR)
            alpha = 0.5 if e["mode"] else 1.0
            s = span(e)
            if s is None:
                continue
            first, last = s
            for ax in axes:
                if not e["earliest"]:  # reported: on or before that day
                    ax.plot([last, last], [i - 0.32, i + 0.32], color=colour, linewidth=2.5, alpha=alpha)
                    ax.annotate("", xy=(mdates.date2num(last), i), xytext=(-30, 0), textcoords="offset points",
                                arrowprops={"arrowstyle": "<|-", "color": colour, "linestyle": (0, (3, 2)),
                                            "alpha": alpha, "shrinkA": 0, "shrinkB": 0, "mutation_scale": 9})
                elif first == last:
                    ax.plot([first + timedelta(hours=12)], [i], "o", color=colour, alpha=alpha, markersize=6)
                else:
                    ax.barh(i, (last - first).days + 1, left=first, height=0.5, color=colour, alpha=0.3 * alpha,
                            edgecolor=colour, linewidth=1)
        def row_label(e: dict[str, Any]) -> str:
            s = span(e)
            when = "date not known" if s is None else f"by {e['latest']}" if not e["earliest"] else e["date"] or ""
            if e["source"] == entity:
                who = "→ " + (e["targetLabel"] or "(no recipient)") + (" (topic)" if e.get("topic") else "")
            else:
                who = "← " + e["sourceLabel"]
            extra = (f" ({e['mode']})" if e["mode"] else "") + (" · disputed" if e.get("disputed") else "")
            return f"{when}   {e['label']}  {who}{extra}"

        first_ax = axes[0]
        first_ax.set_yticks(range(rows), [row_label(e) for e in events], fontsize=8.5)
        for tick, e in zip(first_ax.get_yticklabels(), events, strict=True):
            tick.set_color(page_style()["categories"].get(e["label"], "#333333"))
        first_ax.set_ylim(rows - 0.4, -0.6)
        for k, (ax, (a, b)) in enumerate(zip(axes, segments or [(date(2000, 1, 1), date(2001, 1, 1))], strict=False)):
            ax.set_xlim(a, b)
            locator = mdates.AutoDateLocator(minticks=2, maxticks=7 if shares[k] > 0.5 * sum(shares) else 4)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            ax.set_axisbelow(True)
            ax.tick_params(axis="x", labelsize=8)
            ax.grid(axis="x", color="#e6e6e6")
            ax.spines[["top", "right"]].set_visible(False)
            if k > 0:
                ax.spines["left"].set_visible(False)
                ax.tick_params(axis="y", left=False)
                # The cut: two slanted strokes where empty time is left out.
                ax.plot([0, 0], [0, 0], transform=ax.transAxes)
                ax.text(0, 0, "//", transform=ax.transAxes, ha="center", va="center", fontsize=9, color="#6a717a",
                        bbox={"fc": "white", "ec": "none", "pad": 0.5})
            if k < len(axes) - 1:
                ax.spines["right"].set_visible(False)
        conflict = next((c for c in sorted(_CONFLICT)), None)
        handles = [Line2D([], [], marker="o", linestyle="", color="#555555", label="a day"),
                   Patch(facecolor="#55555555", edgecolor="#555555", label="a month, a year… (its span)"),
                   Line2D([], [], color="#555555", linestyle=(0, (3, 2)), marker="|", markersize=9,
                          label="reported by that day (on or before)")]
        if conflict is not None:
            handles.append(Patch(color=CATEGORIES[conflict].colour, label="conflict"))
        handles.append(Patch(color=_OTHER_EDGE_COLOUR, label="other events"))
        if any(e.get("disputed") for e in events):
            handles.append(Patch(color=_DISPUTED_COLOUR, label="disputed"))
        fig.legend(handles=handles, loc="upper right", ncol=len(handles), fontsize=8, frameon=False,
                   bbox_to_anchor=(0.99, 0.995))
        fig.suptitle(f"{name}: {rows} events (→ as actor, ← as recipient)", x=0.01, y=0.995, ha="left",
                     fontsize=10.5)
        fig.subplots_adjust(left=0.36, right=0.985, top=1 - 0.62 / (1.9 + 0.26 * rows),
                            bottom=0.45 / (1.9 + 0.26 * rows))
    except BaseException:
        plt.close(fig)
        raise
    return fig
