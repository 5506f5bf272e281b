"""The store: where the graph lives, as a merged graph and one named graph per article.

Stores are plugins chosen by name from ``STORES``:

- ``oxigraph`` (the default): Oxigraph on disk, read and written through pyoxigraph itself (an rdflib
  ``Dataset`` over it, through the oxrdflib plugin, is made only when something asks for one);
- ``memory``: rdflib's own in-memory store, saved as N-Quads in the store folder; slow on large graphs, kept
  for comparison and for users without Oxigraph.

The layout (``newsgraph.graph.layout``): the default graph is the **merged graph**, each triple once, and each
article has a named graph with what only it says. Articles are written and removed with ``write_articles`` and
``remove_articles`` (``newsgraph.graph.merge``), which keep the merged graph exact with the help of the
support index beside the store (``newsgraph.graph.support``, the folder ``support`` in the store's folder).

Queries see the merged graph as their default graph and the article graphs (and the build's provenance graph)
as named graphs, as any SPARQL store that holds the same quads does; parameters are bound as RDF terms, never
pasted into the query text.

A store written before the merged graph existed (one graph per article, nothing in the default graph) is
upgraded when a build opens it (``open_store(..., upgrade=True)``); other commands refuse it with a message
that says so.

Example:
    >>> with open_store(None, backend="memory") as store:
    ...     store.article_count()
    0
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Protocol, cast
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Identifier, Node

from newsgraph.errors import StoreError, UnknownNameError
from newsgraph.graph.event_rows import EventTable
from newsgraph.graph.layout import ARTICLE_PREFIX, ArticleParts, article_id_of, article_node, split, text
from newsgraph.graph.merge import Change, WriteReport, current_version, write
from newsgraph.graph.namespace import BINDINGS, NG
from newsgraph.graph.sparql_text import check_shape, inline_bindings, inline_bindings_in_subqueries
from newsgraph.graph.support import SupportIndex

__all__ = ["STORES", "ArticleData", "GraphStore", "MemoryStore", "OxigraphStore", "check_store", "open_store",
           "store_kind", "to_nquads", "to_oxigraph_quad"]

Quad = tuple[Node, Node, Node, URIRef]
Row = tuple[Any, ...]

_ARTICLE_GRAPHS = ARTICLE_PREFIX
_XSD_STRING = XSD.string
_PREFIXES = {prefix: str(namespace) for prefix, namespace in BINDINGS.items()}
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CONTENT_HASH = ox.NamedNode(str(NG.contentHash))
_SOURCE_ID = ox.NamedNode(str(NG.sourceId))
_DEFAULT = ox.DefaultGraph()
#: Articles upgraded per transaction when a store of the earlier layout is upgraded.
_UPGRADE_BATCH = 64


class ArticleData(Protocol):
    """One article's graph as the build makes it: its id, content hash, and its quads as N-Quads."""

    @property
    def id(self) -> str: ...

    @property
    def content_hash(self) -> str: ...

    @property
    def nquads(self) -> bytes: ...


class GraphStore:
    """What every store offers: write and remove articles, query the graph, list what is there."""

    name: ClassVar[str] = ""
    #: A file every store of this kind has in its folder: how a folder is known to be one.
    marker: ClassVar[str] = ""
    #: Whether one thread may write articles while another looks articles up (``articles_with_hash``), as the
    #: build's writer thread does; the two never write at once.
    threadsafe: ClassVar[bool] = False

    def __init__(self, location: Path | None, *, read_only: bool = False, upgrade: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._dataset: Dataset | None = None
        self._open()
        #: How many articles were moved to the merged layout when this store was opened.
        self.upgraded = 0
        earlier = self._earlier_layout()
        if earlier and not upgrade:
            self._close_main()
            raise StoreError(f"store {location} was written by an earlier newsgraph, without the merged graph; "
                             f"upgrade it in place by building into it once: newsgraph build ARTICLES --store "
                             f"{location} (articles it holds are not read again)")
        self.support = self._open_support()
        #: The ``events`` query's rows kept by the write path (``newsgraph.graph.event_rows``); None where the
        #: store keeps none (the memory store: the query runs as SPARQL).
        self.event_table = self._open_event_table()
        if not read_only:
            self.support.recover(self._is_current)
        if earlier or self.support.upgrading():
            if not upgrade:
                self.close()
                raise StoreError(f"store {location} is halfway through an upgrade to the merged graph; finish "
                                 f"it by building into it once: newsgraph build ARTICLES --store {location}")
            self.upgraded = self._upgrade()
        if self.event_table is not None and not read_only and not self.event_table.current():
            # New, written before the table existed, or left pending by a build that was stopped.
            self.event_table.rebuild(self)

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

    def _close_main(self) -> None:
        """Close the store itself (the support index is closed by ``close``)."""
        self.dataset.close()

    def _open_support(self) -> SupportIndex:
        raise NotImplementedError

    def _support_exists(self) -> bool:
        raise NotImplementedError

    def _open_event_table(self) -> EventTable | None:
        return None

    def close(self) -> None:
        self.support.close()
        self._close_main()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # -- the layout ---------------------------------------------------------------------------------------------
    def _earlier_layout(self) -> bool:
        """Whether this store holds articles but no support index: written before the merged graph."""
        return not self._support_exists() and next(iter(self._article_graph_nodes()), None) is not None

    def _is_current(self, version: ox.NamedNode) -> bool:
        """Whether the store holds this version of its article (``SupportIndex.version``)."""
        prefix, _, content_hash = version.value.rpartition("/")
        article = ox.NamedNode(ARTICLE_PREFIX + prefix.rsplit("/", 1)[-1])
        return current_version(self, article) == unquote(content_hash)

    def _upgrade(self) -> int:
        """Move every article of the earlier layout (its whole description in its own graph) to the merged
        layout, a batch of articles per transaction. A kill midway leaves the rest for the next opening: the
        support index says an upgrade is under way, and the articles already moved are skipped."""
        self.support.upgrading(True)
        done = 0
        graphs = [g for g in self._article_graph_nodes()
                  if not self.support.holds(SupportIndex.version(article_id_of(g), current_version(self, g) or ""))]
        for start in range(0, len(graphs), _UPGRADE_BATCH):
            batch = []
            for graph in graphs[start:start + _UPGRADE_BATCH]:
                triples = [q.triple for q in self.find(None, None, None, graph)]
                content_hash = next((text(t.object) for t in triples
                                     if t.subject == graph and t.predicate == _CONTENT_HASH), "")
                batch.append(split(article_id_of(graph), content_hash, triples))
            write(self, self.support, batch)
            done += len(batch)
        self.support.upgrading(False)
        self.flush()
        return done

    # -- writing ----------------------------------------------------------------------------------------------
    def write_articles(self, articles: Iterable[ArticleData], *, also_insert: Iterable[Quad] = (),
                       also_clear: Iterable[tuple[URIRef, URIRef]] = ()) -> WriteReport:
        """Write articles (a new one is added, one with the id of a stored one replaces it), keeping the merged
        graph exact, in one transaction; ``also_insert`` and ``also_clear`` as ``newsgraph.graph.merge.write``."""
        parts = [article_parts(article) for article in articles]
        return write(self, self.support, parts, also_insert=[to_oxigraph_quad(q) for q in also_insert],
                     also_clear=[(ox.NamedNode(str(s)), ox.NamedNode(str(g))) for s, g in also_clear])

    def remove_articles(self, ids: Iterable[str], *, also_clear: Iterable[tuple[URIRef, URIRef]] = ()
                        ) -> WriteReport:
        """Remove articles by id: their graphs, and what only they gave the merged graph."""
        return write(self, self.support, [], ids,
                     also_clear=[(ox.NamedNode(str(s)), ox.NamedNode(str(g))) for s, g in also_clear])

    def add_quads(self, quads: list[Quad]) -> None:
        """Add quads as they are (the build's provenance graph); articles go through ``write_articles``."""
        self.dataset.addN((s, p, o, self.dataset.graph(g)) for s, p, o, g in quads)

    def load_nquads(self, data: bytes) -> None:
        """Add the quads of an N-Quads document as they are (a copy of another store's quads)."""
        if data:
            self.dataset.parse(data=data.decode("utf-8"), format="nquads")

    def flush(self) -> None:
        """Make what was written durable; a no-op where writes already are."""
        self.support.flush()

    # -- the two operations newsgraph.graph.merge needs -----------------------------------------------------
    def find(self, subject: Any, predicate: ox.NamedNode | None, obj: Any,
             graph: ox.NamedNode | ox.DefaultGraph | None) -> Iterable[ox.Quad]:
        """Quads matching a pattern (None matches anything), as ``pyoxigraph.Quad``."""
        context = None if graph is None else (DATASET_DEFAULT_GRAPH_ID if isinstance(graph, ox.DefaultGraph)
                                              else URIRef(graph.value))
        pattern = (_rdflib_term(subject), _rdflib_term(predicate), _rdflib_term(obj))
        for s, p, o, g in self.dataset.quads((*pattern, context)):  # type: ignore[arg-type]
            name = g.identifier if isinstance(g, Graph) else g
            yield ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), _ox_term(o),
                          _DEFAULT if name in (None, DATASET_DEFAULT_GRAPH_ID) else ox.NamedNode(str(name)))

    def apply(self, change: Change) -> None:
        """Apply a change: graphs dropped, then triples deleted, then inserted."""
        def graph_of(name: Any) -> Graph:
            return self.dataset.graph(DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph)
                                      else URIRef(name.value))

        for graph in change.drop:
            self.dataset.remove_graph(graph_of(graph))
        for name, triples in change.delete.items():
            target = graph_of(name)
            for t in triples:
                target.remove((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
        for name, triples in change.insert.items():
            target = graph_of(name)
            for t in triples:
                target.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))

    # -- reading ----------------------------------------------------------------------------------------------
    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[Row]:
        """The rows of a SELECT query, each a tuple of terms (None where a variable is unbound)."""
        return [tuple(row) for row in self.query(sparql, bindings)]  # type: ignore[arg-type]

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query (the merged graph as its default graph), with ``bindings`` as initial bindings."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except Exception as e:  # parsers of both stores raise their own types
            raise StoreError(f"the query failed: {str(e).splitlines()[0]}; check its syntax") from e

    def _article_graph_nodes(self) -> Iterator[ox.NamedNode]:
        for c in self.dataset.contexts():
            if str(c.identifier).startswith(_ARTICLE_GRAPHS):
                yield ox.NamedNode(str(c.identifier))

    def article_graphs(self) -> list[URIRef]:
        """The articles' named graphs (an article that mentions no fact and has no sketch has none)."""
        return sorted(URIRef(g.value) for g in self._article_graph_nodes())

    def holds(self, article_id: str) -> bool:
        """Whether the store holds an article of this id (one index lookup)."""
        return current_version(self, article_node(article_id)) is not None

    def article_count(self) -> int:
        """How many articles the store holds (each has one content hash in the merged graph)."""
        return sum(1 for _ in self.find(None, _CONTENT_HASH, None, _DEFAULT))

    def content_hashes(self) -> dict[str, str]:
        """Content hash → article id, for every article already in the store (reads the whole store)."""
        rows = self.select("SELECT ?hash ?id WHERE { ?a ng:contentHash ?hash ; ng:sourceId ?id }")
        return {str(row[0]): str(row[1]) for row in rows}

    def articles_with_hash(self, content_hash: str) -> list[str]:
        """The ids of the articles in the store whose text has this content hash, sorted; usually none or one."""
        ids = {text(q.object) for found in self.find(None, _CONTENT_HASH, ox.Literal(content_hash), _DEFAULT)
               for q in self.find(found.subject, _SOURCE_ID, None, _DEFAULT)}
        return sorted(ids)

    def count_typed(self, types: Sequence[URIRef]) -> dict[URIRef, int]:
        """How many nodes have each of ``types`` in the merged graph (one lookup per type: a node is there once)."""
        kind = ox.NamedNode(str(RDF_TYPE))
        return {t: sum(1 for _ in self.find(None, kind, ox.NamedNode(str(t)), _DEFAULT)) for t in types}

    def quad_count(self) -> int:
        """How many quads the store holds (the merged graph's triples, and every named graph's)."""
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def oxigraph_quads(self) -> Iterator[ox.Quad]:
        """Every quad as a ``pyoxigraph.Quad``, for Oxigraph's fast serializers."""
        return iter(self.find(None, None, None, None))

    def quads(self) -> Iterator[Quad]:
        """Every quad as rdflib terms; the merged graph's have the graph name None."""
        for q in self.oxigraph_quads():
            graph = None if isinstance(q.graph_name, ox.DefaultGraph) else URIRef(q.graph_name.value)
            yield _from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object), graph  # type: ignore[misc]


def _rdflib_term(term: Any) -> Any:
    """An Oxigraph term as rdflib's (None stays None); an ``xsd:string`` literal is a plain one, as rdflib and
    RDF 1.1 write it."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.language is None and term.datatype.value == str(_XSD_STRING):
        return Literal(term.value)
    return _from_ox(term)


def article_parts(article: ArticleData) -> ArticleParts:
    """An article's N-Quads as the parts the store keeps (``newsgraph.graph.layout.split``)."""
    triples = [q.triple for q in ox.parse(article.nquads, ox.RdfFormat.N_QUADS)] if article.nquads else []
    return split(article.id, article.content_hash, triples)


class OxigraphStore(GraphStore):
    """Oxigraph on disk; a ``location`` of None keeps it in memory.

    newsgraph reads and writes through pyoxigraph itself; the rdflib ``Dataset`` over the same store (the
    oxrdflib plugin) is made only when something asks for ``dataset``, since importing the plugin imports
    rdflib's SPARQL engine, which is most of a query's start-up time.
    """

    name = "oxigraph"
    marker = "CURRENT"  # RocksDB's pointer to its current manifest
    threadsafe = True  # pyoxigraph's store may be used from any thread; the event table's connection too

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
            raise _open_error(self.location, e, self.read_only) from e

    def _open_dataset(self) -> Dataset:
        from oxrdflib.store import OxigraphStore as RdflibOxigraphStore

        return Dataset(store=RdflibOxigraphStore(store=self.oxigraph))

    def _close_main(self) -> None:
        if self._dataset is not None:
            self._dataset.close()
        self._inner = None  # the last reference: Oxigraph closes the store and releases its lock

    def _support_location(self) -> Path | None:
        return None if self.location is None else self.location / "support"

    def _support_exists(self) -> bool:
        location = self._support_location()
        return location is None or location.exists()

    def _open_event_table(self) -> EventTable | None:
        return EventTable(None if self.location is None else self.location / "events.sqlite",
                          read_only=self.read_only)

    def _open_support(self) -> SupportIndex:
        try:
            return SupportIndex(self._support_location(), read_only=self.read_only)
        except (OSError, RuntimeError, ValueError) as e:
            self._close_main()
            raise _open_error(self._support_location(), e, self.read_only) from e  # type: ignore[arg-type]

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``, for bulk reads and writes."""
        if self._inner is None:
            raise StoreError("the store is closed; open it again with open_store")
        return self._inner

    def find(self, subject: Any, predicate: ox.NamedNode | None, obj: Any,
             graph: ox.NamedNode | ox.DefaultGraph | None) -> Iterable[ox.Quad]:
        return self.oxigraph.quads_for_pattern(subject, predicate, obj, graph)

    def apply(self, change: Change) -> None:
        # One SPARQL Update: Oxigraph runs the whole of it as one transaction. The event table is marked
        # pending before it and made current after, so that no reader uses rows the store no longer gives.
        table = self.event_table
        inserted, deleted = change.insert.get(_DEFAULT, set()), change.delete.get(_DEFAULT, set())
        if table is not None:
            table.changing(self, inserted, deleted)
        # A graph the store does not name has nothing to drop (Oxigraph names every graph that ever held a
        # quad), and dropping it still costs a scan: a new article's graph, the common case of a build, is left
        # out (a quarter of the update's time). This process holds the store's lock, so nothing can add the
        # graph between the check and the update.
        contains = self.oxigraph.contains_named_graph
        operations = [f"DROP SILENT GRAPH {graph}" for graph in change.drop if contains(graph)]
        for keyword, triples in (("DELETE", change.delete), ("INSERT", change.insert)):
            block = _data_block(triples)
            if block:
                operations.append(f"{keyword} DATA {{ {block} }}")
        if operations:
            self.oxigraph.update(" ;\n".join(operations))
        if table is not None:
            table.update(self, inserted, deleted)

    def add_quads(self, quads: list[Quad]) -> None:
        # Straight to pyoxigraph: one transaction, no per-triple rdflib dispatch.
        self.oxigraph.extend([to_oxigraph_quad(q) for q in quads])

    def flush(self) -> None:
        if self.location is not None and not self.read_only:
            self.oxigraph.flush()
            self.support.flush()

    def load_nquads(self, data: bytes) -> None:
        # One transaction, parsed by Oxigraph itself.
        if data:
            if self.event_table is not None:
                self.event_table.mark_pending()
            self.oxigraph.load(data, ox.RdfFormat.N_QUADS)
            if self.event_table is not None:
                self.event_table.rebuild(self)

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        return _rdflib_result(self.oxigraph_answer(sparql, bindings))

    def oxigraph_answer(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Any:
        """Oxigraph's own answer to a query (``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``), whose
        terms are read as they are: no rdflib term is made."""
        # Oxigraph's own binding takes projected variables only; see newsgraph.graph.sparql_text. Bindings also
        # go into sub-SELECTs that project them, as rdflib's initBindings do for the memory store.
        check_shape(sparql)  # a query nested too deep would crash Oxigraph: one line instead
        bindings = bindings or {}
        text = inline_bindings_in_subqueries(inline_bindings(sparql, bindings), bindings)
        try:
            answer = self.oxigraph.query(text, prefixes=_PREFIXES)
        except Exception as e:  # Oxigraph raises SyntaxError, ValueError or OSError
            raise StoreError(f"the query failed: {str(e).splitlines()[0]}; check its syntax") from e
        return answer

    def _article_graph_nodes(self) -> Iterator[ox.NamedNode]:
        for g in self.oxigraph.named_graphs():
            if isinstance(g, ox.NamedNode) and g.value.startswith(_ARTICLE_GRAPHS):
                yield g

    def quad_count(self) -> int:
        return len(self.oxigraph)

    def oxigraph_quads(self) -> Iterator[ox.Quad]:
        return iter(self.oxigraph)

    def close(self) -> None:
        if self._inner is None:
            return
        with contextlib.suppress(Exception):
            self.flush()
        self.support.close()
        if self.event_table is not None:
            self.event_table.close()
        self._close_main()
        if self.location is not None and not self.read_only:
            for folder in (self.location, self._support_location()):
                _drop_spent_logs(folder)  # type: ignore[arg-type]


class MemoryStore(GraphStore):
    """rdflib's memory store, saved to ``location/graph.nq`` (and its support index to ``support.nq``) when
    closed."""

    name = "memory"
    marker = "graph.nq"

    def _open_dataset(self) -> Dataset:
        dataset = Dataset()
        if self.location is not None and (self.location / self.marker).exists():
            try:
                dataset.parse(self.location / self.marker, format="nquads")
            except (OSError, SyntaxError, ValueError) as e:
                raise StoreError(f"store {self.location} is damaged ({str(e).splitlines()[0] if str(e) else e}); "
                                 "build it again into a new folder: newsgraph build ARTICLES --store NEW") from e
        return dataset

    def _support_exists(self) -> bool:
        return self.location is None or (self.location / "support.nq").exists()

    def _open_support(self) -> SupportIndex:
        support = SupportIndex(None)
        if self.location is not None and (self.location / "support.nq").exists():
            support.store.load(path=str(self.location / "support.nq"), format=ox.RdfFormat.N_QUADS)
        return support

    def close(self) -> None:
        if self.location is not None and not self.read_only:
            self.location.mkdir(parents=True, exist_ok=True)
            self.dataset.serialize(self.location / "graph.nq", format="nquads")
            self.support.store.dump(str(self.location / "support.nq"), ox.RdfFormat.N_QUADS)
        self.support.close()
        self._close_main()


#: A write-ahead log longer than this, left in a closed store, is worth opening the store once more to drop.
_SPENT_LOG_BYTES = 1 << 20


def _drop_spent_logs(location: Path) -> None:
    """Let RocksDB delete the write-ahead logs of writes it has flushed to its tables.

    RocksDB deletes such a log only when the store is next opened: left alone, a build leaves every write it
    made twice on disk (the logs were 47 of the 70 MB of a store of the 913 Reuters stories). Opening the store
    once more as it is closed costs 0.03 s of CPU there."""
    if not any(log.stat().st_size > _SPENT_LOG_BYTES for log in location.glob("*.log")):
        return
    with contextlib.suppress(OSError, RuntimeError, ValueError):  # only tidying: a store in use is left as is
        ox.Store(str(location))  # opened and let go at once: RocksDB drops the spent logs on opening


def _open_error(location: Path, error: Exception, read_only: bool = False) -> StoreError:
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    if "lock" in reason.lower():
        return StoreError(f"store {location} is in use by another newsgraph process; "
                          "wait for it to finish or use another --store")
    if "corrupt" in reason.lower():
        return StoreError(f"store {location} is damaged ({reason}); build it again into a new folder: "
                          "newsgraph build ARTICLES --store NEW")
    return StoreError(f"cannot open store {location}: {reason}; "
                      + ("check the folder is readable" if read_only else "check the folder exists and is writable"))


def _data_block(by_graph: Mapping[Any, Iterable[ox.Triple]]) -> str:
    """Triples by graph as the body of SPARQL ``INSERT DATA`` / ``DELETE DATA``: the default graph's, then GRAPH
    blocks. Each graph's triples are written as N-Triples by Oxigraph (an N-Triples line is a SPARQL triple)."""
    blocks = []
    for graph, triples in by_graph.items():
        body = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
        if body:
            blocks.append(body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{body}}}")
    return "\n".join(blocks)


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


def open_store(location: str | Path | None, backend: str = "oxigraph", *, read_only: bool = False,
               upgrade: bool = False) -> GraphStore:
    """Open (or create) the store at ``location``; None keeps it in memory.

    With ``read_only`` the store must exist; its kind is read from the folder, and nothing is ever written
    into it (commands that only read: query, export, viz, push). Otherwise the folder is created when missing,
    and a folder that holds other files is refused, so that a mistyped ``--store`` never writes a database
    among someone's articles.

    ``upgrade`` moves a store written before the merged graph to the merged layout (``GraphStore.upgraded``
    says how many articles); without it such a store is refused.

    Raises:
        UnknownNameError: ``backend`` is not in ``STORES``.
        StoreError: the store cannot be opened, is not a store, is damaged, or is of the earlier layout and
            ``upgrade`` is not given.
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
    return STORES[backend](path, upgrade=upgrade)


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
    return _Rows([Variable(v.value) for v in answer.variables], converted_rows(answer, from_ox))


def converted_rows(answer: Any, convert: Callable[[Any], Any]) -> list[tuple[Any, ...]]:
    """Oxigraph's solutions as tuples of ``convert``-ed terms (None where a variable is unbound). Each distinct
    term is converted once (values repeat a lot), and each row is kept as a tuple: on a large answer, making
    rdflib's binding dicts and rows took a fifth of the time."""
    terms: dict[Any, Any] = {None: None}
    get = terms.get
    rows = []
    for solution in answer:
        row = []
        for value in solution:
            converted = get(value, terms)
            if converted is terms:
                converted = terms[value] = convert(value)
            row.append(converted)
        rows.append(tuple(row))
    return rows


class _Rows(Result):
    """A SELECT answer whose rows are tuples of rdflib terms (None where a variable is unbound), as ``select``
    and the query runner read them; ``bindings`` gives rdflib's dicts when asked for."""

    def __init__(self, variables: list[Variable], rows: list[tuple[Any, ...]]) -> None:
        super().__init__("SELECT")
        self.vars = variables
        self.rows = rows
        # A generator: rdflib makes the dicts only when ``bindings`` is read.
        self.bindings = ({v: value for v, value in zip(variables, row, strict=True) if value is not None}
                         for row in rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


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
