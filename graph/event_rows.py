"""The event table: the rows of the ``events`` library query, kept beside the store by the write path.

``queries/events.rq`` finds its rows with five OPTIONAL lookups per event and a sort, and Oxigraph decodes every
IRI of every row through its string table: on a store of a million quads, every event took over a second of CPU
time however the query was written. Its answer changes only when articles are written or removed, so the store
keeps it ready: one row per row of the query (an event, a category, an actor and its label, a recipient and its
label, a date, a mode, an article's id, the disputed flag, what the article knows the date as) in an SQLite
table in the store's folder (``events.sqlite``, Python's own ``sqlite3``), which ``events`` reads with one
indexed ``SELECT``.

The table holds exactly the rows the SPARQL query gives (a test compares them on the seed store and after
articles are added, re-read and removed). It is kept the way the support index is: every change the store
applies (``OxigraphStore.apply``) names the events it touches, directly (their category, participants, date,
mode, disputed flag or reports) or through the label of an entity they name, and their rows are made
again from the merged graph (and, for how each article dated them, its own graph) by index lookups, so a write
costs time for the changed events only.

Before the store applies a change the table is marked *pending*, and the mark is cleared with the new rows in
one SQLite transaction: a build killed in between leaves a table marked pending, which readers never use (they
run the SPARQL query instead) and the next build rebuilds from the merged graph. A store written before the
table existed gets it the same way. A user's own queries, ``serve`` and ``push`` still read Oxigraph; only
``newsgraph query events`` (``newsgraph.queries.runner.KEPT_ANSWERS``) reads the table.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import product
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from newsgraph.graph.formats import IriValue, Value, literal_class
from newsgraph.graph.layout import LABEL, MENTION, REPORTED_IN, text
from newsgraph.graph.namespace import NG

__all__ = ["EVENT_COLUMNS", "EventTable"]

#: The columns of the ``events`` query, in its order.
EVENT_COLUMNS = ("event", "category", "actor", "actorLabel", "recipient", "recipientLabel", "date", "mode",
                 "source", "disputed", "dateKind")

_DEFAULT = ox.DefaultGraph()
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_CATEGORY, _ACTOR, _RECIPIENT, _DATE, _MODE, _DISPUTED, _SOURCE_ID, _DATE_KIND = (
    ox.NamedNode(str(NG[name])) for name in ("category", "actor", "recipient", "date", "mode", "disputed",
                                             "sourceId", "dateKind"))
#: What an article knows an event's date as (``ng:dateKind`` on its mentions), strongest first: one mention
#: that knows the day it happened outweighs another that knows only that it had happened when reported. The
#: order events.rq's nested IFs test them in.
_DATE_KINDS = tuple(ox.NamedNode(str(NG[name])) for name in ("occurred", "inferred", "reported"))
#: Properties of an event whose change changes its rows.
_EVENT_PROPERTIES = frozenset({_CATEGORY, _ACTOR, _RECIPIENT, _DATE, _MODE, _DISPUTED, REPORTED_IN})
#: The nodes an event is found by (``{ ?event ng:actor ?entity } UNION ...`` in events.rq).
_FOUND_BY = (_ACTOR, _RECIPIENT, _CATEGORY)
_NG = str(NG)

# Each literal cell is two columns: its lexical form, and its kind ("" a plain string, "@en" a language, else the
# datatype's IRI). IRIs are one column. The sort columns are the lexical forms, as events.rq sorts by them.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS event_rows (
    event TEXT NOT NULL, category TEXT NOT NULL,
    actor TEXT, actor_label TEXT, actor_label_kind TEXT,
    recipient TEXT, recipient_label TEXT, recipient_label_kind TEXT,
    date TEXT, date_kind TEXT, mode TEXT,
    source TEXT NOT NULL, source_kind TEXT NOT NULL,
    disputed TEXT, disputed_kind TEXT, dated_as TEXT);
CREATE INDEX IF NOT EXISTS event_rows_event ON event_rows (event);
CREATE INDEX IF NOT EXISTS event_rows_category ON event_rows (category);
CREATE TABLE IF NOT EXISTS found_by (event TEXT NOT NULL, node TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS found_by_node ON found_by (node);
CREATE INDEX IF NOT EXISTS found_by_event ON found_by (event);
"""
#: Raised when the table's layout changes: a table of another version is rebuilt, never read.
_VERSION = "2"
_ORDER = "ORDER BY date, category, actor_label, recipient_label, source, event"
_SELECT = ("SELECT event, category, actor, actor_label, actor_label_kind, recipient, recipient_label, "
           "recipient_label_kind, date, date_kind, mode, source, source_kind, disputed, disputed_kind, dated_as "
           "FROM event_rows")


class Graph(Protocol):
    """What the table reads of the store: quad lookups in the merged graph."""

    def find(self, subject: Any, predicate: ox.NamedNode | None, obj: Any,
             graph: ox.NamedNode | ox.DefaultGraph | None) -> Iterable[ox.Quad]: ...


class EventTable:
    """The ``events`` rows in SQLite: at ``location`` (a file), or in memory when it is None."""

    def __init__(self, location: Path | None, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._db: sqlite3.Connection | None = None
        self._labels_before: dict[Any, set[Any]] = {}
        # The build writes from its writer thread what this thread opened; never from two threads at once.
        if location is None:
            self._db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        elif not read_only:
            self._db = sqlite3.connect(location, isolation_level=None, check_same_thread=False)
        elif location.exists():
            with contextlib.suppress(sqlite3.Error):
                self._db = sqlite3.connect(f"{location.absolute().as_uri()}?mode=ro", uri=True,
                                           isolation_level=None)
        if self._db is not None and not read_only:
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- state ------------------------------------------------------------------------------------------------
    def _state(self, key: str) -> str | None:
        assert self._db is not None
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def current(self) -> bool:
        """Whether the table holds the store's rows: of this version, built, and no change pending."""
        if self._db is None:
            return False
        try:
            return self._state("version") == _VERSION and self._state("pending") == "0"
        except sqlite3.Error:  # a table written by no newsgraph, or being created
            return False

    def mark_pending(self) -> None:
        """The store is about to change: until ``update`` or ``rebuild``, readers do not use the table."""
        if self._db is not None and not self.read_only:
            self._db.execute("INSERT OR REPLACE INTO state VALUES ('pending', '1')")

    # -- writing ----------------------------------------------------------------------------------------------
    def changing(self, graph: Graph, inserted: Iterable[ox.Triple], deleted: Iterable[ox.Triple]) -> None:
        """The store is about to apply a change of the merged graph: mark the table pending, and note the
        labels of the entities the change names a label of (a change may insert the label an entity already has,
        when a new article's vote leaves it in place)."""
        self.mark_pending()
        self._labels_before = {t.subject: _labels(graph, t.subject) for t in (*inserted, *deleted)
                               if t.predicate == LABEL}

    def update(self, graph: Graph, inserted: Iterable[ox.Triple], deleted: Iterable[ox.Triple]) -> int:
        """Make again the rows of every event a change of the merged graph touched (the change is applied:
        ``graph`` holds its result; ``changing`` was told of it before). Returns how many events were made
        again."""
        if self._db is None or self.read_only:
            return 0
        if self._state("version") != _VERSION or self._state("pending") is None:
            return self.rebuild(graph)  # never built, or of another version: the whole table
        # A version of an article writes again the ng:reportedIn of every event it reports (graph.merge), so an
        # event it now dates otherwise (the date kind is on its mentions, in the article's own graph) is here.
        events = {t.subject for t in (*inserted, *deleted) if t.predicate in _EVENT_PROPERTIES}
        # Rows show their actor's and recipient's labels: an entity's new label changes the rows of events no
        # write touched, as many as name it, so only a label that did change counts. (An article's id never
        # changes: its IRI is made from it, and its events are touched through ng:reportedIn.)
        for entity, labels in self._labels_before.items():
            if _labels(graph, entity) != labels:
                for predicate in (_ACTOR, _RECIPIENT):
                    events.update(q.subject for q in graph.find(None, predicate, entity, _DEFAULT))
        self._labels_before = {}
        self._write(graph, events, replace=True)
        return len(events)

    def rebuild(self, graph: Graph) -> int:
        """Make every row again from the merged graph; returns how many events there are."""
        if self._db is None or self.read_only:
            return 0
        events = {q.subject for q in graph.find(None, _CATEGORY, None, _DEFAULT)}
        self._write(graph, events, replace=False)
        return len(events)

    def _write(self, graph: Graph, events: set[Any], *, replace: bool) -> None:
        assert self._db is not None
        reader = _Reader(graph)
        rows: list[tuple[Any, ...]] = []
        found: list[tuple[str, str]] = []
        for event in events:
            rows.extend(reader.rows(event))
            found.extend(reader.found_by(event))
        db = self._db
        db.execute("BEGIN")
        try:
            if replace:
                keys = [(e.value,) for e in events]
                db.executemany("DELETE FROM event_rows WHERE event = ?", keys)
                db.executemany("DELETE FROM found_by WHERE event = ?", keys)
            else:
                db.execute("DELETE FROM event_rows")
                db.execute("DELETE FROM found_by")
            db.executemany(f"INSERT INTO event_rows VALUES ({', '.join('?' * 16)})", rows)
            db.executemany("INSERT INTO found_by VALUES (?, ?)", found)
            db.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", [("version", _VERSION), ("pending", "0")])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- reading ----------------------------------------------------------------------------------------------
    def events(self, bindings: Mapping[str, Any]) -> list[tuple[Value | None, ...]]:
        """The rows of ``events`` with its parameters bound (``entity``, ``onlyCategory``, ``onlyMode``: the
        variables events.rq declares), in its order."""
        assert self._db is not None
        where, arguments = [], []
        entity = bindings.get("entity")
        if entity is not None:
            where.append("event IN (SELECT event FROM found_by WHERE node = ?)")
            arguments.append(str(entity))
        category = bindings.get("onlyCategory")
        if category is not None:
            # The category's name, and the event found by the category's node, as events.rq asks.
            where.append("category = ? AND event IN (SELECT event FROM found_by WHERE node = ?)")
            arguments.extend((str(category), _NG + str(category)))
        mode = bindings.get("onlyMode")
        if mode is not None:
            where.append("((? = 'fact' AND mode IS NULL) OR mode = ?)")
            arguments.extend((str(mode), str(mode)))
        sql = f"{_SELECT} {'WHERE ' + ' AND '.join(where) if where else ''} {_ORDER}"
        return _decoded(self._db.execute(sql, arguments))


class _Reader:
    """An event's rows read from the merged graph, as events.rq makes them (labels and ids looked up once)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.labels: dict[Any, list[Any]] = {}
        self.sources: dict[Any, list[Any]] = {}

    def _objects(self, subject: Any, predicate: ox.NamedNode) -> list[Any]:
        return [q.object for q in self.graph.find(subject, predicate, None, _DEFAULT)]

    def _named(self, nodes: list[Any]) -> list[tuple[Any, Any]]:
        """(node, label) for every label of every node; (None, None) when none has one (an OPTIONAL)."""
        pairs: list[tuple[Any, Any]] = []
        for node in nodes:
            if node not in self.labels:
                self.labels[node] = self._objects(node, LABEL)
            pairs.extend((node, label) for label in self.labels[node])
        return pairs or [(None, None)]

    def rows(self, event: Any) -> Iterator[tuple[Any, ...]]:
        values: dict[Any, list[Any]] = defaultdict(list)
        for quad in self.graph.find(event, None, None, _DEFAULT):
            if quad.predicate in _EVENT_PROPERTIES:
                values[quad.predicate].append(quad.object)
        sources: list[tuple[Any, Any]] = []
        for article in values[REPORTED_IN]:
            if article not in self.sources:
                self.sources[article] = self._objects(article, _SOURCE_ID)
            dated_as = self._dated_as(event, article) if values[_DATE] else None
            sources.extend((source, dated_as) for source in self.sources[article])
        for (category, (source, dated_as), (actor, actor_label), (recipient, recipient_label), date, mode,
             disputed) in product(values[_CATEGORY], sources, self._named(values[_ACTOR]),
                                  self._named(values[_RECIPIENT]), values[_DATE] or [None], values[_MODE] or [None],
                                  values[_DISPUTED] or [None]):
            yield (event.value, _after_hash(category), _iri(actor), *_literal(actor_label), _iri(recipient),
                   *_literal(recipient_label), *_literal(date), None if mode is None else _after_hash(mode),
                   *_literal(source), *_literal(disputed), dated_as)

    def _dated_as(self, event: Any, article: Any) -> str | None:
        """What ``article`` knows the event's date as: the strongest kind its mentions of the event give."""
        kinds = {q.object for mention in self.graph.find(event, MENTION, None, article)
                 for q in self.graph.find(mention.object, _DATE_KIND, None, article)}
        return next((_after_hash(kind) for kind in _DATE_KINDS if kind in kinds), None)

    def found_by(self, event: Any) -> Iterator[tuple[str, str]]:
        for predicate in _FOUND_BY:
            for node in self._objects(event, predicate):
                yield event.value, text(node)


def _labels(graph: Graph, entity: Any) -> set[Any]:
    return {q.object for q in graph.find(entity, LABEL, None, _DEFAULT)}


def _after_hash(node: Any) -> str:
    """``STRAFTER(STR(?node), "#")``: what follows the first ``#``, or "" when there is none."""
    return text(node).partition("#")[2]


def _iri(node: Any) -> str | None:
    return None if node is None else text(node)


def _literal(node: Any) -> tuple[str | None, str | None]:
    """A cell's lexical form and kind; an IRI (which events.rq never gives in these columns) is kind "<"."""
    if node is None:
        return None, None
    if isinstance(node, ox.Literal):
        kind = f"@{node.language}" if node.language else (
            "" if node.datatype.value == _XSD_STRING else node.datatype.value)
        return node.value, kind
    return text(node), "<"


def _decoded(cursor: Iterable[tuple[Any, ...]]) -> list[tuple[Value | None, ...]]:
    """Rows of the table as the query runner's ``Value`` terms; each distinct cell is made once."""
    text_value = literal_class(None)
    # one memo per column kind; a cell of None (unbound in the SPARQL answer) stays None
    iri = functools.cache(lambda value: None if value is None else IriValue(value))
    plain = functools.cache(lambda value: None if value is None else text_value(value))
    literal = functools.cache(lambda value, kind: None if value is None else _literal_class(kind)(value))

    rows: list[tuple[Value | None, ...]] = []
    for (event, category, actor, actor_label, actor_kind, recipient, recipient_label, recipient_kind, date,
         date_kind, mode, source, source_kind, disputed, disputed_kind, dated_as) in cursor:
        rows.append((iri(event), plain(category), iri(actor), literal(actor_label, actor_kind), iri(recipient),
                     literal(recipient_label, recipient_kind), literal(date, date_kind), plain(mode),
                     literal(source, source_kind), literal(disputed, disputed_kind), plain(dated_as)))
    return rows


def _literal_class(kind: str | None) -> type[Value]:
    if kind == "<":
        return IriValue
    if kind and kind.startswith("@"):
        return literal_class(None, kind[1:])
    return literal_class(kind or None)
