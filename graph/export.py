"""Exports: the store written as a file in a format chosen by name.

``EXPORT_FORMATS`` is the registry. RDF formats are written by Oxigraph's serializers (fast on large graphs):
TriG, N-Quads and JSON-LD keep the named graphs (one per article); Turtle, which has none, writes the merged
view. GraphML writes the networkx projection (``newsgraph.graph.network``) for tools such as Gephi.

Example:
    >>> sorted(EXPORT_FORMATS)
    ['graphml', 'jsonld', 'nquads', 'trig', 'turtle']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import ExportError, UnknownNameError
from newsgraph.graph.namespace import BINDINGS
from newsgraph.graph.store import GraphStore

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format by name: its file extension and the function that writes it."""

    name: str
    extension: str
    write: Callable[[GraphStore, Path], int]
    description: str


def _rdf_writer(format_name: str) -> Callable[[GraphStore, Path], int]:
    def write(store: GraphStore, path: Path) -> int:
        import pyoxigraph as ox

        rdf_format = getattr(ox.RdfFormat, format_name)
        prefixes = dict(BINDINGS) if rdf_format.supports_datasets or format_name == "TURTLE" else None
        if rdf_format.supports_datasets:
            quads = list(store.oxigraph_quads())
            ox.serialize(quads, str(path), rdf_format, prefixes=prefixes)
            return len(quads)
        # Turtle has no named graphs: the merged view, each triple once.
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.oxigraph_quads()}
        ordered = sorted(triples, key=str)
        ox.serialize(ordered, str(path), rdf_format, prefixes=prefixes)
        return len(ordered)

    return write


def _graphml(store: GraphStore, path: Path) -> int:
    import networkx as nx

    from newsgraph.graph.network import graphml_ready, to_networkx

    graph = to_networkx(store)
    nx.write_graphml(graphml_ready(graph), path)
    return graph.number_of_edges()


#: Export formats by name.
EXPORT_FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat("turtle", ".ttl", _rdf_writer("TURTLE"), "the merged view, without named graphs"),
        ExportFormat("trig", ".trig", _rdf_writer("TRIG"), "every named graph (one per article)"),
        ExportFormat("nquads", ".nq", _rdf_writer("N_QUADS"), "every named graph, one quad a line"),
        ExportFormat("jsonld", ".jsonld", _rdf_writer("JSON_LD"), "every named graph, as JSON-LD"),
        ExportFormat("graphml", ".graphml", _graphml, "entities and their event and relation edges"),
    )
}


def export(store: GraphStore, format_name: str, path: str | Path) -> int:
    """Write the store to ``path`` in ``format_name``; returns how many triples, quads or edges were written.

    Raises:
        UnknownNameError: the format is not in ``EXPORT_FORMATS``.
        ExportError: the file cannot be written.
    """
    if format_name not in EXPORT_FORMATS:
        raise UnknownNameError("export format", format_name, list(EXPORT_FORMATS))
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name such as graph"
                          f"{EXPORT_FORMATS[format_name].extension}")
    if not target.parent.exists():
        raise ExportError(f"folder {target.parent} does not exist; create it first or choose another -o")
    try:
        return EXPORT_FORMATS[format_name].write(store, target)
    except OSError as e:
        raise ExportError(f"cannot write {target}: {e.strerror or e}; check the path and permissions") from e
