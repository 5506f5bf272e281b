"""Exports: the store written as a file in a format chosen by name.

``EXPORT_FORMATS`` is the registry: every RDF format of ``newsgraph.graph.formats.RDF_FORMATS``, and GraphML.
RDF formats are written by Oxigraph's serializers (fast on large graphs; a store of another backend is copied
into an in-memory Oxigraph store first), JSON-LD compact by rdflib one named graph at a time: TriG, N-Quads and
JSON-LD write the whole dataset, the merged graph as the default graph and one named graph per article; Turtle,
N-Triples and RDF/XML, which have no named graphs, write the merged graph, each triple once. GraphML writes the
networkx projection (``newsgraph.graph.network``) for tools such as Gephi.

Example:
    >>> sorted(EXPORT_FORMATS)
    ['graphml', 'jsonld', 'nquads', 'ntriples', 'rdfxml', 'trig', 'turtle']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from newsgraph.errors import ExportError, UnknownNameError
from newsgraph.graph.formats import RDF_FORMATS, RdfFormat
from newsgraph.graph.namespace import BINDINGS
from newsgraph.graph.store import GraphStore, OxigraphStore

__all__ = ["EXPORT_FORMATS", "ExportFormat", "export", "format_for_output"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format by name: its file extensions, the function that writes it (to a path or a binary stream), and
    what it holds."""

    name: str
    extensions: tuple[str, ...]
    write: Callable[[GraphStore, Any], int]
    description: str


def _rdf_writer(rdf_format: RdfFormat) -> Callable[[GraphStore, Any], int]:
    def write(store: GraphStore, output: Any) -> int:
        import pyoxigraph as ox

        prefixes = dict(BINDINGS)
        source = _oxigraph_of(store)
        if rdf_format.datasets:
            if rdf_format.oxigraph == "JSON_LD":  # written compact by rdflib, see RdfFormat.write
                rdf_format.write(source, output, prefixes)
            else:
                # Oxigraph writes the file itself, streaming: no list of quads in Python.
                source.dump(output, getattr(ox.RdfFormat, rdf_format.oxigraph), prefixes=prefixes)
            return len(source)
        # No named graphs: the merged graph, the store's default graph, which holds each triple once; Oxigraph
        # writes it itself as it reads it.
        default = ox.DefaultGraph()
        used = prefixes if rdf_format.name in ("turtle", "rdfxml") else None
        source.dump(output, getattr(ox.RdfFormat, rdf_format.oxigraph), from_graph=default, prefixes=used)
        counted = next(iter(source.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))  # counted by Oxigraph
        return int(counted[0].value)

    return write


def _oxigraph_of(store: GraphStore) -> Any:
    """The store's own ``pyoxigraph.Store``, or one in memory holding the same quads (other backends)."""
    import pyoxigraph as ox

    if isinstance(store, OxigraphStore):
        return store.oxigraph
    copy = ox.Store()
    copy.bulk_extend(store.oxigraph_quads())
    return copy


def _graphml(store: GraphStore, output: Any) -> int:
    import networkx as nx

    from newsgraph.graph.network import graphml_ready, to_networkx

    graph = to_networkx(store)
    nx.write_graphml(graphml_ready(graph), output)
    return graph.number_of_edges()


#: Export formats by name: every RDF format of the registry, and GraphML.
EXPORT_FORMATS: dict[str, ExportFormat] = {
    **{fmt.name: ExportFormat(fmt.name, fmt.extensions, _rdf_writer(fmt), fmt.description)
       for fmt in RDF_FORMATS.values()},
    "graphml": ExportFormat("graphml", (".graphml",), _graphml, "GraphML: entities and their event and relation "
                            "edges, for Gephi and networkx"),
}


def format_for_output(path: str | Path) -> ExportFormat | None:
    """The export format a file name asks for by its extension (``graph.ttl``: turtle), or None."""
    name = Path(path).name.lower()
    return next((fmt for fmt in EXPORT_FORMATS.values() if any(name.endswith(e) for e in fmt.extensions)), None)


def export(store: GraphStore, format_name: str, output: str | Path | BinaryIO) -> int:
    """Write the store to ``output`` (a path, or a binary stream such as standard output) in ``format_name``;
    returns how many triples, quads or edges were written.

    Raises:
        UnknownNameError: the format is not in ``EXPORT_FORMATS``.
        ExportError: the file cannot be written.
    """
    fmt = EXPORT_FORMATS.get(format_name.lower())
    if fmt is None:
        raise UnknownNameError("export format", format_name, list(EXPORT_FORMATS))
    if not isinstance(output, str | Path):
        return fmt.write(store, output)
    target = Path(output)
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name such as graph{fmt.extensions[0]}")
    if not target.parent.exists():
        raise ExportError(f"folder {target.parent} does not exist; create it first or choose another -o")
    try:
        # Written through an open file, so that a device such as /dev/stdout works as well as a file.
        with target.open("wb") as stream:
            return fmt.write(store, stream)
    except OSError as e:
        raise ExportError(f"cannot write {target}: {e.strerror or e}; check the path and permissions") from e
