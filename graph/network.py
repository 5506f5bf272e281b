"""The networkx view: entities as nodes, events and relations as edges, for analysis and drawing.

``to_networkx`` projects the store to a ``networkx.MultiDiGraph``: one node per entity (``label``, ``type``),
one edge per event from actor to recipient (or to its topic when it has no recipient), keyed by the event's IRI,
with ``kind="event"``, ``category``, ``date``, ``earliest``, ``latest``, ``mode``, ``disputed`` (articles that
report it disagree: ``newsgraph.graph.disagreement``) and the ``sources`` and ``sentences`` it was read from; and
one edge per relation with ``kind="relation"``, ``relation`` and ``disputed``.

Example:
    >>> g = to_networkx(store)                                     # doctest: +SKIP
    >>> g.edges["…/entity/united-states", "…/entity/japan", "…/event/…"]["category"]   # doctest: +SKIP
    'REQUEST'
"""

from __future__ import annotations

from datetime import date
from typing import Any

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from newsgraph.graph.store import GraphStore

__all__ = ["to_networkx"]

_EVENT_EDGES = """
SELECT ?event ?category ?actor ?target ?date ?earliest ?latest ?mode ?source ?sentence ?disputed WHERE {
  ?event ng:category ?categoryNode ; ng:actor ?actor ; ng:reportedIn ?article .
  OPTIONAL { ?event ng:recipient ?recipient }
  OPTIONAL { ?event ng:topic ?topic }
  BIND(COALESCE(?recipient, ?topic) AS ?target)
  FILTER(BOUND(?target))
  ?article ng:sourceId ?source .
  GRAPH ?article { ?event ng:mention ?mention . ?mention ng:sentence ?sentence }
  OPTIONAL { ?event ng:disputed ?disputed }
  OPTIONAL { ?event ng:date ?date }
  OPTIONAL { ?event ng:earliest ?earliest }
  OPTIONAL { ?event ng:latest ?latest }
  OPTIONAL { ?event ng:mode ?modeNode }
  BIND(STRAFTER(STR(?categoryNode), "#") AS ?category)
  BIND(STRAFTER(STR(?modeNode), "#") AS ?mode)
  FILTER(!BOUND(?entity) || ?actor = ?entity || ?target = ?entity)
  FILTER(!BOUND(?from) || COALESCE(?latest, ?from) >= ?from)
  FILTER(!BOUND(?to) || COALESCE(?earliest, ?latest, ?to) <= ?to)
}"""

_RELATION_EDGES = """
SELECT ?fact ?relation ?subject ?object ?source ?sentence ?disputed WHERE {
  ?fact ng:subject ?subject ; ng:relation ?relationNode ; ng:object ?object ; ng:reportedIn ?article .
  ?article ng:sourceId ?source .
  GRAPH ?article { ?fact ng:mention ?mention . ?mention ng:sentence ?sentence }
  OPTIONAL { ?fact ng:disputed ?disputed }
  BIND(STRAFTER(STR(?relationNode), "#") AS ?relation)
  FILTER(!BOUND(?entity) || ?subject = ?entity || ?object = ?entity)
}"""

_NODES = """
SELECT ?entity ?label ?type WHERE {
  VALUES ?typeNode { ng:Person ng:Country ng:Organization ng:Place ng:Concept ng:Group }
  ?entity a ?typeNode ; rdfs:label ?label .
  BIND(STRAFTER(STR(?typeNode), "#") AS ?type)
}"""


def _text(term: Any) -> str | None:
    return None if term is None else str(term)


def to_networkx(store: GraphStore, *, entity: URIRef | None = None, start: date | None = None,
                end: date | None = None) -> nx.MultiDiGraph:
    """The store as a MultiDiGraph; ``entity``, ``start`` and ``end`` keep only the edges that touch the
    entity or whose dates overlap the range."""
    bindings: dict[str, Any] = {}
    if entity is not None:
        bindings["entity"] = entity
    if start is not None:
        bindings["from"] = Literal(start.isoformat(), datatype=XSD.date)
    if end is not None:
        bindings["to"] = Literal(end.isoformat(), datatype=XSD.date)
    graph = nx.MultiDiGraph()
    for row in store.select(_EVENT_EDGES, bindings):
        event, category, actor, target, when, earliest, latest, mode, source, sentence, disputed = row
        key = str(event)
        u, v = str(actor), str(target)
        if graph.has_edge(u, v, key):
            data = graph.edges[u, v, key]
        else:
            graph.add_edge(u, v, key=key, kind="event", category=str(category), date=_text(when),
                           earliest=_text(earliest), latest=_text(latest), mode=_text(mode) or None,
                           disputed=disputed is not None and bool(disputed.toPython()), sources=[], sentences=[])
            data = graph.edges[u, v, key]
        if str(source) not in data["sources"]:
            data["sources"].append(str(source))
        if str(sentence) not in data["sentences"]:
            data["sentences"].append(str(sentence))
    relation_bindings = {"entity": entity} if entity is not None else {}
    for row in store.select(_RELATION_EDGES, relation_bindings):
        fact, relation, subject, obj, source, sentence, disputed = row
        key, u, v = str(fact), str(subject), str(obj)
        if not graph.has_edge(u, v, key):
            graph.add_edge(u, v, key=key, kind="relation", relation=str(relation),
                           disputed=disputed is not None and bool(disputed.toPython()), sources=[], sentences=[])
        data = graph.edges[u, v, key]
        if str(source) not in data["sources"]:
            data["sources"].append(str(source))
        if str(sentence) not in data["sentences"]:
            data["sentences"].append(str(sentence))
    for row in store.select(_NODES):
        node, label, kind = (str(x) for x in row)
        if node in graph:
            graph.nodes[node]["label"] = label
            graph.nodes[node]["type"] = kind
    for node in graph.nodes:
        graph.nodes[node].setdefault("label", node.rsplit("/", 1)[-1])
        graph.nodes[node].setdefault("type", "Entity")
    return graph


def graphml_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML can hold: lists joined with " | ", no None values."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: v for k, v in data.items() if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        clean = {k: (" | ".join(val) if isinstance(val, list) else val) for k, val in data.items()
                 if val is not None}
        out.add_edge(u, v, key=key, **clean)
    return out
