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
- ``png`` and ``svg``: a static figure drawn by matplotlib (the optional ``viz`` extra).

``draw_timeline`` draws one entity's events on a time axis (PNG or SVG).

Example:
    >>> sorted(VIZ_FORMATS)
    ['html', 'png', 'svg']
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
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
    "page_scripts",
    "page_style",
    "render_html",
    "script_json",
]

_MENTIONS = """
SELECT ?fact ?source ?sentence ?start ?publisher ?published ?url ?title ?dateKind WHERE {
  ?fact ng:mention ?mention .
  ?mention ng:article ?article ; ng:sentence ?sentence ; ng:start ?start .
  ?article ng:sourceId ?source .
  OPTIONAL { ?mention ng:dateKind ?kindNode }
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
    draw: Callable[[dict[str, Any], Path, str], None]
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
    ``date``, ``earliest``, ``latest``, ``precision``, ``mode``, ``disputed`` and ``mentions`` (each with the
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
    articles = {str(node): int(count) for node, count in store.select(_ARTICLE_COUNTS)}
    bindings: dict[str, Any] = {}
    if entity is not None:
        bindings["entity"] = entity
    if start is not None:
        bindings["from"] = Literal(start.isoformat(), datatype=XSD.date)
    if end is not None:
        bindings["to"] = Literal(end.isoformat(), datatype=XSD.date)
    actor_only = []
    for event, category, actor, when, earliest, latest, mode in sorted(store.select(_ACTOR_ONLY, bindings)):
        key = str(event)
        actor_only.append({"id": key, "source": str(actor), "target": None, "kind": "event", "label": str(category),
                           "date": _text(when), "earliest": _text(earliest), "latest": _text(latest),
                           "precision": precisions.get(key), "mode": _text(mode) or None, "disputed": False,
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
            "precision": precisions.get(key), "mode": data.get("mode"), "disputed": False,
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
PAGE_SCRIPTS = ("vendor.js", "graph.js")


def page_scripts() -> str:
    """The page scripts as one text to put inside a ``<script>`` element."""
    texts = []
    for name in PAGE_SCRIPTS:
        text = asset_text(name)
        if "</script" in text.lower():
            raise NewsgraphError(f"{name} contains '</script'; this is a bug, please report it")
        texts.append(text)
    return "\n;\n".join(texts)


def render_html(data: dict[str, Any], title: str = "newsgraph", subtitle: str = "") -> str:
    """The self-contained page for ``data`` (as ``graph_data`` makes it)."""
    page = Template(asset_text("viz.html"))
    return page.substitute(title=html.escape(title), subtitle=html.escape(subtitle), css=asset_text("graph.css"),
                           js=page_scripts(), data=script_json(data))


def _subtitle(data: dict[str, Any], caption: str) -> str:
    counts = f"{len(data['nodes'])} entities, {len(data['edges'])} edges"
    return f"{caption} · {counts}" if caption else counts


def _draw_html(data: dict[str, Any], path: Path, caption: str) -> None:
    path.write_text(render_html(data, "newsgraph", _subtitle(data, caption)), encoding="utf-8")


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
    import networkx as nx

    plt = _pyplot()
    g = nx.MultiDiGraph()
    for node in data["nodes"]:
        g.add_node(node["id"], **node)
    for edge in data["edges"]:
        g.add_edge(edge["source"], edge["target"], key=edge["id"], **edge)
    size = min(24.0, 7 + 0.18 * g.number_of_nodes())
    fig, ax = plt.subplots(figsize=(size, size * 0.72))
    try:
        positions = nx.spring_layout(g, seed=7, k=1.6 / max(1, g.number_of_nodes()) ** 0.5)
        colours = [TYPE_COLOURS.get(g.nodes[n].get("type", "Entity"), "#9a9a9a") for n in g.nodes]
        sizes = [260 + 90 * g.degree(n) for n in g.nodes]
        nx.draw_networkx_nodes(g, positions, node_color=colours, node_size=sizes, ax=ax, linewidths=1,
                               edgecolors="white")
        nx.draw_networkx_labels(g, positions, labels={n: g.nodes[n].get("label", n) for n in g.nodes},
                                font_size=9, ax=ax)
        labels: dict[tuple[str, str], list[str]] = {}
        for u, v, edge in g.edges(data=True):
            # conflict in its category's colour; cooperation and relations stay quiet grey, so conflict stands out
            conflict = edge.get("label") in _CONFLICT
            style = "dashed" if edge.get("mode") or edge.get("kind") == "relation" else "solid"
            nx.draw_networkx_edges(g, positions, edgelist=[(u, v)], ax=ax, arrows=True, arrowsize=12,
                                   edge_color=CATEGORIES[edge["label"]].colour if conflict else _OTHER_EDGE_COLOUR,
                                   style=style,
                                   node_size=sizes[list(g.nodes).index(v)], connectionstyle="arc3,rad=0.08")
            text = str(edge.get("label") or "") + (f" {edge['date']}" if edge.get("date") else "")
            # One label block per pair of nodes, whichever the direction, so opposite edges do not overprint.
            labels.setdefault((v, u) if (v, u) in labels else (u, v), []).append(text)
        nx.draw_networkx_edge_labels(g, positions, edge_labels={k: "\n".join(v) for k, v in labels.items()},
                                     font_size=7, ax=ax, font_color="#4b525a", rotate=False,
                                     bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
        from matplotlib.lines import Line2D

        used = sorted({g.nodes[n].get("type", "Entity") for n in g.nodes})
        handles = [Line2D([], [], marker="o", linestyle="", markersize=9, color=TYPE_COLOURS.get(t, "#9a9a9a"),
                          label=t) for t in used]
        conflict_colour = next(c.colour for c in CATEGORIES.values() if c.conflict)
        handles += [Line2D([], [], color=conflict_colour, label="conflict event"),
                    Line2D([], [], color=_OTHER_EDGE_COLOUR, label="other event"),
                    Line2D([], [], color=_OTHER_EDGE_COLOUR, linestyle="dashed", label="not a plain fact / relation")]
        ax.legend(handles=handles, loc="best", fontsize=8, framealpha=0.85)
        ax.set_title(f"newsgraph: {_subtitle(data, caption)}", fontsize=11, loc="left")
        ax.set_axis_off()
        fig.tight_layout()
        fig.savefig(path, dpi=150)
    finally:
        plt.close(fig)


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
         start: date | None = None, end: date | None = None, caption: str = "") -> DrawingSummary:
    """Draw the store (or the part that touches ``entity`` within ``start``..``end``) to ``path``.

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
        fmt.draw(data, target, caption)
    except OSError as e:
        raise DrawingError(f"cannot write {target}: {e.strerror or e}; check the path and permissions") from e
    return DrawingSummary(len(data["nodes"]), len(data["edges"]), target)


def draw_timeline(store: GraphStore, entity: URIRef, path: str | Path, format_name: str = "png", *,
                  start: date | None = None, end: date | None = None) -> DrawingSummary:
    """One entity's dated events on a time axis: a row per PLOVER category, a bar for dates known only to a
    month or a year, the other party written beside each mark.

    Raises:
        UnknownNameError: ``format_name`` is not ``png`` or ``svg``.
        DrawingError: the entity has no dated event, the file cannot be written, or matplotlib is missing.
    """
    if format_name not in ("png", "svg"):
        raise UnknownNameError("timeline format", format_name, ["png", "svg"])
    target = Path(path)
    _check_target(target, "." + format_name)
    data = graph_data(store, entity=entity, start=start, end=end)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    events = [e for e in data["edges"] if e["kind"] == "event" and (e["earliest"] or e["latest"])
              and str(entity) in (e["source"], e["target"])]
    name = labels.get(str(entity), str(entity).rsplit("/", 1)[-1])
    if not events:
        raise DrawingError(f"{name} has no dated event in the store; draw the whole graph with newsgraph viz")
    plt = _pyplot()
    import matplotlib.dates as mdates

    categories = sorted({e["label"] for e in events})
    rows = {c: i for i, c in enumerate(categories)}
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.55 * len(categories)))
    try:
        for e in sorted(events, key=lambda e: e["earliest"] or e["latest"]):
            first = date.fromisoformat(e["earliest"] or e["latest"])
            last = date.fromisoformat(e["latest"] or e["earliest"])
            y = rows[e["label"]]
            colour = CATEGORIES[e["label"]].colour if e["label"] in CATEGORIES else _OTHER_EDGE_COLOUR
            alpha = 0.45 if e["mode"] else 1.0
            if first != last:
                ax.plot([first, last], [y, y], color=colour, linewidth=6, alpha=0.35 * alpha,
                        solid_capstyle="butt")
            middle = first + (last - first) / 2
            ax.plot([middle], [y], "o", color=colour, alpha=alpha, markersize=7)
            other = e["target"] if e["source"] == str(entity) else e["source"]
            arrow = "→" if e["source"] == str(entity) else "←"
            note = f"{arrow} {labels.get(other, other)}" + (f" ({e['mode']})" if e["mode"] else "")
            ax.annotate(note, (middle, y), xytext=(4, 7), textcoords="offset points", fontsize=8, color="#333")
        ax.set_yticks(range(len(categories)), categories)
        ax.set_ylim(-0.7, len(categories) - 0.3)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
        ax.grid(axis="x", color="#e3e3e3")
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(f"{name}: {len(events)} dated events (→ as actor, ← as recipient; bars: month or year dates)",
                     fontsize=10, loc="left")
        fig.tight_layout()
        fig.savefig(target, dpi=150)
    except OSError as e:
        raise DrawingError(f"cannot write {target}: {e.strerror or e}; check the path and permissions") from e
    finally:
        plt.close(fig)
    return DrawingSummary(len({e["source"] for e in events} | {e["target"] for e in events}), len(events), target)
