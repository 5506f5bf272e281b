"""Exports: the store written as a file in a format chosen by name.

``EXPORT_FORMATS`` is the registry. RDF formats are written by Oxigraph's serializers (fast on large graphs;
a store of another backend is copied into an in-memory Oxigraph store first):
TriG, N-Quads and JSON-LD keep the named graphs (one per article); Turtle, which has none, writes the merged
view. GraphML writes the networkx projection (``newsgraph.graph.network``) for tools such as Gephi.

Example:
    >>> sorted(EXPORT_FORMATS)
    ['graphml', 'jsonld', 'nquads', 'trig', 'turtle']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import ExportError, UnknownNameError
from newsgraph.graph.namespace import BINDINGS
from newsgraph.graph.store import GraphStore, OxigraphStore

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format by name: its file extension and the function that writes it."""

    name: str
    extension: str
    write: Callable[[GraphStore, Path], int]
    description: str


#: The merged view for Turtle: every article's triples, each once (a CONSTRUCT gives a set of triples).
_MERGED_VIEW = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def _rdf_writer(format_name: str) -> Callable[[GraphStore, Path], int]:
    def write(store: GraphStore, path: Path) -> int:
        import pyoxigraph as ox

        rdf_format = getattr(ox.RdfFormat, format_name)
        prefixes = dict(BINDINGS) if rdf_format.supports_datasets or format_name == "TURTLE" else None
        source = _oxigraph_of(store)
        if rdf_format.supports_datasets:
            # Oxigraph writes the file itself, streaming: no list of quads in Python.
            source.dump(str(path), rdf_format, prefixes=prefixes)
            return len(source)
        # Turtle has no named graphs: the merged view, streamed from Oxigraph to the file as it reads the store,
        # article graph by article graph; a triple two articles share is written with the first. Sorting the
        # view by subject would write each subject once, but holds the whole view in memory and took the export
        # of a million quads from 7-9 s to 9-13 s on this project's machine.
        triples = _Counted(source.query(_MERGED_VIEW, use_default_graph_as_union=True))
        ox.serialize(triples, str(path), rdf_format, prefixes=prefixes)
        return triples.count

    return write


class _Counted:
    """An iterable that counts what passes through it."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.count += 1
            yield item


def _oxigraph_of(store: GraphStore) -> Any:
    """The store's own ``pyoxigraph.Store``, or one in memory holding the same quads (other backends)."""
    import pyoxigraph as ox

    if isinstance(store, OxigraphStore):
        return store.oxigraph
    copy = ox.Store()
    copy.bulk_extend(store.oxigraph_quads())
    return copy


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
