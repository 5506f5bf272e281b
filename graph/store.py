"""The store: where the graph lives, one named graph per article.

Stores are plugins chosen by name from ``STORES``:

- ``oxigraph`` (the default): Oxigraph on disk, used through rdflib's ``Dataset`` API via the oxrdflib store
  plugin; bulk writes go straight to pyoxigraph, which is what makes building fast;
- ``memory``: rdflib's own in-memory store, saved as N-Quads in the store folder; slow on large graphs, kept
  for comparison and for users without Oxigraph.

Every store answers SPARQL over the merged view (the union of the article graphs) with parameters bound as RDF
terms, never pasted into the query text.

Example:
    >>> with open_store(None, backend="memory") as store:
    ...     store.graph_count()
    0
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, cast

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node

from newsgraph.errors import StoreError, UnknownNameError
from newsgraph.graph.namespace import BINDINGS, ID, NG
from newsgraph.graph.sparql_text import check_shape, inline_bindings, inline_bindings_in_subqueries

__all__ = ["STORES", "GraphStore", "MemoryStore", "OxigraphStore", "check_store", "open_store", "store_kind",
           "to_nquads", "to_oxigraph_quad"]

Quad = tuple[Node, Node, Node, URIRef]
Row = tuple[Any, ...]

_ARTICLE_GRAPHS = str(ID) + "article/"
_XSD_STRING = XSD.string
_PREFIXES = {prefix: str(namespace) for prefix, namespace in BINDINGS.items()}
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CONTENT_HASH = ox.NamedNode(str(NG.contentHash))
_SOURCE_ID = ox.NamedNode(str(NG.sourceId))


class GraphStore:
    """What every store offers: write article graphs, query the merged view, list what is there."""

    name: ClassVar[str] = ""
    #: A file every store of this kind has in its folder: how a folder is known to be one.
    marker: ClassVar[str] = ""

    def __init__(self, location: Path | None, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._dataset: Dataset | None = None
        self._open()

    # -- lifecycle --------------------------------------------------------------------------------------------
    def _open(self) -> None:
        """Open the store; by default through its rdflib ``Dataset``."""
        _ = self.dataset

    @property
    def dataset(self) -> Dataset:
        """The store as an rdflib ``Dataset``, made when first asked for."""
        if self._dataset is None:
            self._dataset = self._open_dataset()
            for prefix, namespace in BINDINGS.items():
                self._dataset.bind(prefix, namespace)
        return self._dataset

    def _open_dataset(self) -> Dataset:
        raise NotImplementedError

    def close(self) -> None:
        self.dataset.close()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, quads: list[Quad]) -> None:
        """Replace one named graph by ``quads`` (all in that graph): re-reading an article replaces its graph."""
        self.remove_graph(graph)
        self.add_quads(quads)

    def add_quads(self, quads: list[Quad]) -> None:
        self.dataset.addN((s, p, o, self.dataset.graph(g)) for s, p, o, g in quads)

    def remove_graph(self, graph: URIRef) -> None:
        self.dataset.remove_graph(self.dataset.graph(graph))

    def remove_quads(self, quads: Sequence[Quad]) -> None:
        for s, p, o, g in quads:
            self.dataset.remove((s, p, o, self.dataset.graph(g)))

    def remove_statements(self, subject: URIRef, graph: URIRef) -> None:
        """Remove every statement about ``subject`` in the named graph ``graph``."""
        self.dataset.graph(graph).remove((subject, None, None))

    def load_nquads(self, data: bytes) -> None:
        """Add the quads of an N-Quads document (as ``to_nquads`` writes them)."""
        if data:
            self.dataset.parse(data=data.decode("utf-8"), format="nquads")

    def flush(self) -> None:
        """Make what was written durable; a no-op where writes already are."""

    # -- reading ----------------------------------------------------------------------------------------------
    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[Row]:
        """The rows of a SELECT query, each a tuple of terms (None where a variable is unbound)."""
        return [tuple(row) for row in self.query(sparql, bindings)]  # type: ignore[arg-type]

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query over the merged view, with ``bindings`` as initial variable bindings."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except Exception as e:  # parsers of both stores raise their own types
            raise StoreError(f"the query failed: {str(e).splitlines()[0]}; check its syntax") from e

    def article_graphs(self) -> list[URIRef]:
        """The named graphs that hold articles."""
        return sorted(URIRef(str(c.identifier)) for c in self.dataset.contexts()
                      if str(c.identifier).startswith(_ARTICLE_GRAPHS))

    def graph_count(self) -> int:
        return len(self.article_graphs())

    def content_hashes(self) -> dict[str, str]:
        """Content hash → article id, for every article already in the store (reads the whole store)."""
        rows = self.select("SELECT ?hash ?id WHERE { ?a ng:contentHash ?hash ; ng:sourceId ?id }")
        return {str(row[0]): str(row[1]) for row in rows}

    def articles_with_hash(self, content_hash: str) -> list[str]:
        """The ids of the articles in the store whose text has this content hash, sorted; usually none or one."""
        rows = self.select("SELECT ?id WHERE { ?a ng:contentHash ?hash ; ng:sourceId ?id }",
                           {"hash": Literal(content_hash)})
        return sorted(str(row[0]) for row in rows)

    def count_typed(self, types: Sequence[URIRef]) -> dict[URIRef, int]:
        """How many distinct nodes have each of ``types`` in the merged view."""
        rows = self.select("SELECT ?type (COUNT(DISTINCT ?node) AS ?count) WHERE { ?node a ?type } GROUP BY ?type")
        counts = {URIRef(str(row[0])): int(row[1]) for row in rows}
        return {t: counts.get(t, 0) for t in types}

    def quad_count(self) -> int:
        """How many quads the store holds: a triple in two graphs counts twice."""
        # len() of a Dataset with a union default graph counts the union's distinct triples instead.
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def oxigraph_quads(self) -> Iterator[ox.Quad]:
        """Every quad as a ``pyoxigraph.Quad``, for Oxigraph's fast serializers."""
        for quad in self.quads():
            yield to_oxigraph_quad(quad)

    def quads(self) -> Iterator[Quad]:
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            if g is not None and not isinstance(s, BNode):
                yield s, p, o, URIRef(str(g.identifier if hasattr(g, "identifier") else g))


class OxigraphStore(GraphStore):
    """Oxigraph on disk; a ``location`` of None keeps it in memory.

    newsgraph reads and writes through pyoxigraph itself; the rdflib ``Dataset`` over the same store (the
    oxrdflib plugin) is made only when something asks for ``dataset``, since importing the plugin imports
    rdflib's SPARQL engine, which is most of a query's start-up time.
    """

    name = "oxigraph"
    marker = "CURRENT"  # RocksDB's pointer to its current manifest

    def _open(self) -> None:
        if self.location is None:
            self._inner: ox.Store | None = ox.Store()
            return
        try:
            if self.read_only:
                # Opened read-only, Oxigraph writes nothing into the folder: a store on a read-only disk, or
                # one that another process is building, can be queried and exported.
                self._inner = ox.Store.read_only(str(self.location))
                return
            self.location.mkdir(parents=True, exist_ok=True)
            self._inner = ox.Store(str(self.location))
        except (OSError, RuntimeError, ValueError) as e:  # pyoxigraph raises RocksDB's errors as these
            reason = str(e).splitlines()[0] if str(e) else type(e).__name__
            if "lock" in reason.lower():
                raise StoreError(f"store {self.location} is in use by another newsgraph process; "
                                 "wait for it to finish or use another --store") from e
            if "corrupt" in reason.lower():
                raise StoreError(f"store {self.location} is damaged ({reason}); build it again into a new "
                                 "folder: newsgraph build ARTICLES --store NEW") from e
            raise StoreError(f"cannot open store {self.location}: {reason}; "
                             + ("check the folder is readable" if self.read_only else
                                "check the folder exists and is writable")) from e

    def _open_dataset(self) -> Dataset:
        from oxrdflib.store import OxigraphStore as RdflibOxigraphStore

        return Dataset(store=RdflibOxigraphStore(store=self.oxigraph), default_union=True)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``, for bulk reads and writes."""
        if self._inner is None:
            raise StoreError("the store is closed; open it again with open_store")
        return self._inner

    def add_quads(self, quads: list[Quad]) -> None:
        # Straight to pyoxigraph: one transaction, no per-triple rdflib dispatch.
        self.oxigraph.extend([to_oxigraph_quad(q) for q in quads])

    def remove_graph(self, graph: URIRef) -> None:
        node = ox.NamedNode(str(graph))
        if self.oxigraph.contains_named_graph(node):
            self.oxigraph.remove_graph(node)

    def flush(self) -> None:
        if self.location is not None and not self.read_only:
            self.oxigraph.flush()

    def remove_quads(self, quads: Sequence[Quad]) -> None:
        for quad in quads:
            self.oxigraph.remove(to_oxigraph_quad(quad))

    def remove_statements(self, subject: URIRef, graph: URIRef) -> None:
        store = self.oxigraph
        for quad in list(store.quads_for_pattern(ox.NamedNode(str(subject)), None, None, ox.NamedNode(str(graph)))):
            store.remove(quad)

    def load_nquads(self, data: bytes) -> None:
        # One transaction, parsed by Oxigraph itself.
        if data:
            self.oxigraph.load(data, ox.RdfFormat.N_QUADS)

    def articles_with_hash(self, content_hash: str) -> list[str]:
        # Two index lookups, however large the store: adding articles costs time for the new ones only.
        store = self.oxigraph
        ids: set[str] = set()
        for found in store.quads_for_pattern(None, _CONTENT_HASH, ox.Literal(content_hash), None):
            for source in store.quads_for_pattern(found.subject, _SOURCE_ID, None, found.graph_name):
                if isinstance(source.object, ox.Literal):
                    ids.add(source.object.value)
        return sorted(ids)

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        # Oxigraph's own binding takes projected variables only; see newsgraph.graph.sparql_text. Bindings also
        # go into sub-SELECTs that project them, as rdflib's initBindings do for the memory store.
        check_shape(sparql)  # a query nested too deep would crash Oxigraph: one line instead
        bindings = bindings or {}
        text = inline_bindings_in_subqueries(inline_bindings(sparql, bindings), bindings)
        try:
            answer = self.oxigraph.query(text, prefixes=_PREFIXES, use_default_graph_as_union=True)
        except Exception as e:  # Oxigraph raises SyntaxError, ValueError or OSError
            raise StoreError(f"the query failed: {str(e).splitlines()[0]}; check its syntax") from e
        return _rdflib_result(answer)

    def article_graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self.oxigraph.named_graphs()
                      if getattr(g, "value", "").startswith(_ARTICLE_GRAPHS))

    def quad_count(self) -> int:
        return len(self.oxigraph)

    def count_typed(self, types: Sequence[URIRef]) -> dict[URIRef, int]:
        # The rdf:type index, one lookup per type: it reads the nodes of those types, never the whole store.
        kind = ox.NamedNode(str(RDF_TYPE))
        return {t: len({q.subject for q in self.oxigraph.quads_for_pattern(None, kind, ox.NamedNode(str(t)), None)})
                for t in types}

    def oxigraph_quads(self) -> Iterator[ox.Quad]:
        return iter(self.oxigraph)

    def quads(self) -> Iterator[Quad]:
        for q in self.oxigraph:
            s, p, o = _from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object)
            yield s, p, o, URIRef(q.graph_name.value)

    def close(self) -> None:
        if self._inner is None:
            return
        with contextlib.suppress(Exception):
            self.flush()
        if self._dataset is not None:
            self._dataset.close()
        self._inner = None  # the last reference: Oxigraph closes the store and releases its lock


class MemoryStore(GraphStore):
    """rdflib's memory store, saved to ``location/graph.nq`` when closed."""

    name = "memory"
    marker = "graph.nq"

    def _open_dataset(self) -> Dataset:
        dataset = Dataset(default_union=True)
        if self.location is not None and (self.location / self.marker).exists():
            try:
                dataset.parse(self.location / self.marker, format="nquads")
            except (OSError, SyntaxError, ValueError) as e:
                raise StoreError(f"store {self.location} is damaged ({str(e).splitlines()[0] if str(e) else e}); "
                                 "build it again into a new folder: newsgraph build ARTICLES --store NEW") from e
        return dataset

    def close(self) -> None:
        if self.location is not None and not self.read_only:
            self.location.mkdir(parents=True, exist_ok=True)
            self.dataset.serialize(self.location / "graph.nq", format="nquads")
        self.dataset.close()


#: Stores by name.
STORES: dict[str, type[GraphStore]] = {store.name: store for store in (OxigraphStore, MemoryStore)}


def store_kind(path: Path) -> str | None:
    """Which kind of store (a name in ``STORES``) the folder ``path`` holds, or None when it holds none."""
    for name, kind in STORES.items():
        if (path / kind.marker).is_file():
            return name
    return None


def check_store(location: str | Path) -> str:
    """The kind of the store at ``location``, for commands that read one.

    Raises:
        StoreError: nothing is there, or the folder is not a store (a folder of articles, ``/``).
    """
    path = Path(location)
    if not path.exists():
        raise StoreError(f"store {path} does not exist; build one first: newsgraph build ARTICLES --store {path}")
    if not path.is_dir():
        raise StoreError(f"--store {path} is a file; give the folder that newsgraph build wrote")
    kind = store_kind(path)
    if kind is None:
        raise StoreError(f"{path} is not a newsgraph store (it holds no store files); give the folder that "
                         f"newsgraph build wrote, or build one: newsgraph build ARTICLES --store NEW")
    return kind


def open_store(location: str | Path | None, backend: str = "oxigraph", *, read_only: bool = False) -> GraphStore:
    """Open (or create) the store at ``location``; None keeps it in memory.

    With ``read_only`` the store must exist; its kind is read from the folder, and nothing is ever written
    into it (commands that only read: query, export, viz, push). Otherwise the folder is created when missing,
    and a folder that holds other files is refused, so that a mistyped ``--store`` never writes a database
    among someone's articles.

    Raises:
        UnknownNameError: ``backend`` is not in ``STORES``.
        StoreError: the store cannot be opened, is not a store, or is damaged.
    """
    if backend not in STORES:
        raise UnknownNameError("store", backend, list(STORES))
    path = Path(location) if location is not None else None
    if read_only:
        if path is None:
            raise StoreError("a store to read needs a folder; give --store DIR")
        return STORES[check_store(path)](path, read_only=True)
    if path is not None and path.exists():
        if not path.is_dir():
            raise StoreError(f"--store {path} is a file; give a folder (it is created when missing)")
        kind = store_kind(path)
        if kind is None and any(path.iterdir()):
            raise StoreError(f"--store {path} holds other files and is not a newsgraph store; give a new or "
                             "empty folder, or one that newsgraph build wrote")
        if kind is not None and kind != backend:
            raise StoreError(f"--store {path} is a {kind} store; build into it with --backend {kind}, or give "
                             "a new folder")
    return STORES[backend](path)


# N-Quads STRING_LITERAL_QUOTE: these four characters must be escaped, everything else may stand as it is.
_NQUADS_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _from_ox(term: Any) -> Any:
    """A pyoxigraph term as an rdflib one (a triple as an (s, p, o) tuple), as oxrdflib converts it; here so that
    reading a query's answer does not import the oxrdflib plugin and with it rdflib's SPARQL engine."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.Triple):
        return _from_ox(term.subject), _from_ox(term.predicate), _from_ox(term.object)
    raise StoreError(f"cannot convert {term!r} from Oxigraph; this is a bug, please report it")


def _rdflib_result(answer: Any) -> Result:
    """An Oxigraph answer as an rdflib ``Result``; each distinct term is converted once (values repeat a lot)."""
    from_ox = _from_ox

    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        result = Result("CONSTRUCT")
        result.graph = Graph()
        for triple in answer:  # from_ox gives a Triple as an rdflib (s, p, o) tuple
            s, p, o = cast(tuple[Node, Node, Node], from_ox(triple))
            # RDF 1.1 makes "x" and "x"^^xsd:string one literal; rdflib would write the datatype out.
            if isinstance(o, Literal) and o.datatype == _XSD_STRING:
                o = Literal(str(o))
            result.graph.add((s, p, o))
        return result
    terms: dict[Any, Any] = {}

    def term(value: Any) -> Any:
        converted = terms.get(value)
        if converted is None:
            converted = terms[value] = from_ox(value)
        return converted

    variables = [Variable(v.value) for v in answer.variables]
    result = Result("SELECT")
    result.vars = variables
    result.bindings = [{v: term(value) for v, value in zip(variables, solution, strict=True) if value is not None}
                       for solution in answer]
    return result


def to_nquads(quads: Iterable[Quad]) -> bytes:
    """Quads as an N-Quads document in UTF-8, one quad a line.

    Written as text directly (about twice as fast as building Oxigraph terms); the store's parser checks it on
    loading. newsgraph's IRIs are built from slugs, digests and percent-encoded ids, so they need no escaping.

    >>> from rdflib import Literal, URIRef
    >>> to_nquads([(URIRef("http://x/s"), URIRef("http://x/p"), Literal('say "hi"'), URIRef("http://x/g"))])
    b'<http://x/s> <http://x/p> "say \\\\"hi\\\\"" <http://x/g> .\\n'
    """
    return "".join([f"<{_subject(s)}> <{p}> {_nquads_object(o)} <{g}> .\n" for s, p, o, g in quads]).encode()


def _subject(term: Node) -> Node:
    if not isinstance(term, URIRef):
        raise StoreError(f"newsgraph writes IRIs as subjects, got {term!r}; this is a bug, please report it")
    return term


def _nquads_object(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        lexical = str(term).translate(_NQUADS_ESCAPES)
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype is not None and term.datatype != _XSD_STRING:
            return f'"{lexical}"^^<{term.datatype}>'
        return f'"{lexical}"'
    raise StoreError(f"newsgraph writes no blank nodes, got {term!r}; this is a bug, please report it")


def to_oxigraph_quad(quad: Quad) -> ox.Quad:
    """An rdflib quad as a ``pyoxigraph.Quad`` (no blank nodes: newsgraph never writes them)."""
    s, p, o, g = quad
    subject = _ox_term(s)
    if not isinstance(subject, ox.NamedNode):
        raise StoreError(f"a literal cannot be a subject ({s!r}); this is a bug, please report it")
    return ox.Quad(subject, ox.NamedNode(str(p)), _ox_term(o), ox.NamedNode(str(g)))


def _ox_term(term: Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"newsgraph writes no blank nodes, got {term!r}; this is a bug, please report it")
