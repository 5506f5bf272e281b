"""The query runner: library queries by name, ``.rq`` files, parameters bound as RDF terms, results formatted.

A library query is a ``.rq`` file beside this module. Its header comment says what it answers and declares its
parameters, one line each::

    # @param entity   ?entity   entity  optional  only events whose actor or recipient is this entity

(name on the command line, the query variable it binds, its kind, whether it is required, what it does). Kinds
are a registry (``PARAMETER_KINDS``): ``entity`` accepts a name ("Japan", "U.S.") or an IRI and binds the
entity's IRI, ``node`` an IRI, short form or name the store holds statements about, ``date`` an ``xsd:date``,
``iri`` an IRI, ``category`` a PLOVER category and ``mode`` an event mode (in any case, checked against their
tables), ``string``, ``integer`` and ``boolean`` the literal. A value that names nothing is an error that says
what would fit, never an empty answer. Values are always bound as RDF terms by the store, never pasted into
the query text.

Results are written by the format registries of ``newsgraph.graph.formats`` (``write_result``), the same
writers the endpoint uses.

Example:
    >>> sorted(library())
    ['between', 'describe', 'entities', 'events', 'relations', 'sources', 'timeline']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from newsgraph.errors import BadQueryError, UnknownNameError
from newsgraph.graph import formats
from newsgraph.graph.formats import BOOLEAN, GRAPH, SOLUTIONS, Answer, RdfFormat, ResultFormat, formats_for
from newsgraph.graph.namespace import BINDINGS
from newsgraph.graph.store import GraphStore

__all__ = [
    "PARAMETER_KINDS",
    "LibraryQuery",
    "Parameter",
    "QueryResult",
    "Selects",
    "bind_parameters",
    "bound_library_query",
    "describe_library",
    "find_entity",
    "library",
    "load_query",
    "parse_param",
    "run_query",
    "short_form",
    "solutions",
    "write_result",
]

_PREFIXES = {prefix: str(namespace) for prefix, namespace in BINDINGS.items()}
_PARAM_LINE = re.compile(
    r"^#\s*@param\s+(?P<name>\w+)\s+\?(?P<var>\w+)\s+(?P<kind>\w+)\s+(?P<need>required|optional)\s*(?P<doc>.*)$")


@dataclass(frozen=True, slots=True)
class Parameter:
    """One declared query parameter."""

    name: str
    variable: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """A SPARQL query with its name, its header's first line, and its parameters."""

    name: str
    text: str
    summary: str
    parameters: tuple[Parameter, ...]
    path: str | None = None


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows of a SELECT (``variables``/``rows``), the answer of an ASK, or the triples of a CONSTRUCT."""

    variables: tuple[str, ...] = ()
    #: Terms as rdflib's, or as ``newsgraph.graph.formats.Value`` (a string too) when read directly.
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] | None = None

    @property
    def kind(self) -> str:
        """``solutions``, ``boolean`` or ``graph`` (``newsgraph.graph.formats``)."""
        return GRAPH if self.triples is not None else BOOLEAN if self.boolean is not None else SOLUTIONS

    def oxigraph_triples(self) -> list[Any]:
        """A graph result's triples as pyoxigraph terms, in a stable order, for the RDF writers."""
        import pyoxigraph as ox
        from oxrdflib._converter import to_ox  # the store plugin's own term converter (blank nodes too)

        return sorted((ox.Triple(to_ox(s), to_ox(p), to_ox(o))  # type: ignore[arg-type]
                       for s, p, o in self.triples or ()), key=str)

    def used_prefixes(self) -> dict[str, str]:
        """The prefixes a graph result's IRIs use, so that Turtle declares only those."""
        used = {str(node) for triple in self.triples or () for node in triple if isinstance(node, URIRef)}
        used |= {str(node.datatype) for triple in self.triples or () for node in triple
                 if isinstance(node, Literal) and node.datatype is not None}
        return {prefix: namespace for prefix, namespace in _PREFIXES.items()
                if any(iri.startswith(namespace) for iri in used)}

    def as_dicts(self) -> list[dict[str, Node]]:
        """Each row as a dict of its bound variables."""
        return [{v: value for v, value in zip(self.variables, row, strict=True) if value is not None}
                for row in self.rows]


def parse_query(name: str, text: str, path: str | None = None) -> LibraryQuery:
    """Read a query's header: its first comment line is the summary; ``@param`` lines declare parameters."""
    summary = ""
    parameters: list[Parameter] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _PARAM_LINE.match(line)
        if match:
            kind = match["kind"]
            if kind not in PARAMETER_KINDS:
                raise UnknownNameError("parameter kind", kind, list(PARAMETER_KINDS))
            parameters.append(Parameter(match["name"], match["var"], kind, match["need"] == "required",
                                        match["doc"].strip()))
        elif not summary and line.strip("# "):
            # The header names the query first ("# events: every event..."); the name is shown beside it anyway.
            summary = line.strip("# ").strip().removeprefix(f"{name}:").strip()
    return LibraryQuery(name, text, summary, tuple(parameters), path)


@cache
def library() -> dict[str, LibraryQuery]:
    """The library queries shipped with newsgraph, by name."""
    queries: dict[str, LibraryQuery] = {}
    for entry in resources.files("newsgraph.queries").iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            queries[name] = parse_query(name, entry.read_text(encoding="utf-8"), entry.name)
    return queries


def load_query(name_or_path: str) -> LibraryQuery:
    """A library query by name, or a ``.rq`` file by path."""
    if name_or_path in library():
        return library()[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as e:
            raise BadQueryError(f"query file {path} does not exist; check the path") from e
        except (OSError, UnicodeDecodeError) as e:
            raise BadQueryError(f"cannot read query file {path}: {e}; give a UTF-8 text file") from e
        return parse_query(path.stem, text, str(path))
    raise UnknownNameError("query", name_or_path, list(library()))


# -- parameters ----------------------------------------------------------------------------------------------
_NAMED_EXACTLY = """SELECT DISTINCT ?entity WHERE {
    { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
}"""
_NAMED_IN_ANY_CASE = """SELECT DISTINCT ?entity WHERE {
    { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
    FILTER(LCASE(STR(?name)) = ?wanted)
}"""


class Selects(Protocol):
    """What binding a parameter needs of a store: SELECT rows (a ``GraphStore``, or the endpoint's workers)."""

    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[Any]: ...


def find_entity(value: str, store: Selects) -> URIRef:
    """The entity named ``value`` (a label or an alternative label: as written, else in any case) or its IRI.

    Raises:
        BadQueryError: no entity, or more than one, has that name.
    """
    iri = expand_short_form(value)
    if _looks_like_iri(iri):
        return URIRef(iri)
    name = " ".join(value.split())
    # The name as written is an index lookup; only when no entity has it are all names compared in any case,
    # which reads every label in the store. So a name spelled exactly as an entity's wins over another
    # entity's name that differs from it only in case.
    rows = store.select(_NAMED_EXACTLY, {"name": Literal(name)}) or store.select(
        _NAMED_IN_ANY_CASE, {"wanted": Literal(name.lower())})
    found = sorted(str(row[0]) for row in rows)
    if not found:
        raise BadQueryError(f"no entity is named {value!r} in the store; "
                            "list them with: newsgraph query entities --store DIR")
    if len(found) > 1:
        raise BadQueryError(f"{value!r} names {len(found)} entities ({', '.join(found)}); give one IRI instead")
    return URIRef(found[0])


def _date(value: str, store: Selects) -> Identifier:
    try:
        return Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
    except ValueError as e:
        raise BadQueryError(f"{value!r} is not a date; write it as YYYY-MM-DD") from e


def _iri(value: str, store: Selects) -> Identifier:
    value = expand_short_form(value)
    if not _looks_like_iri(value):
        raise BadQueryError(f"{value!r} is not an IRI; give a full IRI such as https://w3id.org/newsgraph/id/... "
                            "or the short form a table shows, such as event:cfafc87aae9d22fc")
    return URIRef(value)


def expand_short_form(value: str) -> str:
    """The full IRI of a short form that tables print (``event:cfafc87aae9d22fc``); other text as it is.

    >>> expand_short_form("entity:japan")
    'https://w3id.org/newsgraph/id/entity/japan'
    """
    prefix, colon, local = value.partition(":")
    namespace = BINDINGS.get(prefix) if colon and local and not local.startswith("//") else None
    return f"{namespace}{local}" if namespace is not None else value


def _integer(value: str, store: Selects) -> Identifier:
    try:
        return Literal(int(value))
    except ValueError as e:
        raise BadQueryError(f"{value!r} is not a whole number") from e


def _boolean(value: str, store: Selects) -> Identifier:
    lowered = value.lower()
    if lowered not in ("true", "false", "yes", "no", "1", "0"):
        raise BadQueryError(f"{value!r} is not true or false")
    return Literal(lowered in ("true", "yes", "1"))


def _string(value: str, store: Selects) -> Identifier:
    return Literal(value)


def _category(value: str, store: Selects) -> Identifier:
    """A PLOVER category in any case (``request``, ``Request``): a misspelt one is an error, never no rows."""
    from newsgraph.plover import PLOVER_CATEGORIES

    name = value.strip().upper()
    if name not in PLOVER_CATEGORIES:
        raise UnknownNameError("category", value, list(PLOVER_CATEGORIES))
    return Literal(name)


def _mode(value: str, store: Selects) -> Identifier:
    """An event mode in any case, or ``fact`` for plain facts."""
    from newsgraph.records import Mode

    name = value.strip().lower()
    modes = ["fact", *(mode.value for mode in Mode)]
    if name not in modes:
        raise UnknownNameError("mode", value, modes)
    return Literal(name)


# A SELECT rather than an ASK: the endpoint's page binds parameters through its workers, which answer SELECTs.
_HAS_STATEMENTS = "SELECT ?property WHERE { ?node ?property ?value } LIMIT 1"


def _node(value: str, store: Selects) -> Identifier:
    """A node of the graph (an IRI, a short form such as ``event:cfafc87aae9d22fc``, or an entity's name) that
    the store holds statements about: an unknown one is an error, not an empty answer."""
    expanded = expand_short_form(value)
    if _looks_like_iri(expanded):
        node = URIRef(expanded)
    else:
        try:
            node = find_entity(value, store)
        except BadQueryError as e:
            raise BadQueryError(f"{value!r} is neither an IRI, the short form a table shows "
                                "(event:cfafc87aae9d22fc), nor an entity's name in the store") from e
    if not store.select(_HAS_STATEMENTS, {"node": node}):
        raise BadQueryError(f"the store holds nothing about {value!r}; take an IRI from a table of "
                            "newsgraph query events, relations or entities")
    return node


def _looks_like_iri(value: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+$", value)) and ":" in value and (
        value.startswith(("http:", "https:", "urn:", "file:")))


#: How each parameter kind turns the user's text into an RDF term.
PARAMETER_KINDS: dict[str, Callable[[str, Selects], Identifier]] = {
    "entity": find_entity,
    "date": _date,
    "iri": _iri,
    "string": _string,
    "integer": _integer,
    "boolean": _boolean,
    "category": _category,
    "mode": _mode,
    "node": _node,
}


def parse_param(text: str) -> tuple[str, str]:
    """Split a ``KEY=VALUE`` command-line parameter."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise BadQueryError(f"parameter {text!r} is not KEY=VALUE; write it as --param entity=Japan")
    return key.strip(), value


def bind_parameters(query: LibraryQuery, params: Mapping[str, str], store: Selects) -> dict[str, Identifier]:
    """RDF terms for the query's variables from the user's ``KEY=VALUE`` parameters.

    A query without declared parameters (a user's file) binds each KEY to the variable of that name, as a
    literal, or as an IRI when the value is one.
    """
    declared = {p.name: p for p in query.parameters}
    bindings: dict[str, Identifier] = {}
    for key, value in params.items():
        parameter = declared.get(key)
        if parameter is None:
            if declared:
                raise UnknownNameError(f"parameter of query {query.name}", key, list(declared))
            bindings[key] = URIRef(value) if _looks_like_iri(value) else Literal(value)
            continue
        bindings[parameter.variable] = PARAMETER_KINDS[parameter.kind](value, store)
    missing = [p.name for p in query.parameters if p.required and p.name not in params]
    if missing:
        example = " ".join(f"--param {name}=..." for name in missing)
        raise BadQueryError(f"query {query.name} needs {', '.join(missing)}; add {example}")
    return bindings


def run_query(store: GraphStore, query: LibraryQuery, params: Mapping[str, str] | None = None, *,
              kept: bool = True) -> QueryResult:
    """Run ``query`` on ``store`` with ``params`` bound, and collect its result.

    On Oxigraph, a SELECT's rows are read from Oxigraph's own answer as ``newsgraph.graph.formats.Value`` terms
    (``solutions``), never as rdflib terms, which took up to half of a large answer's time to make.
    """
    from newsgraph.graph.store import OxigraphStore, _rdflib_result

    bindings = bind_parameters(query, params or {}, store)
    if not isinstance(store, OxigraphStore):
        return collect(store.query(query.text, bindings))
    answer_kept = _kept_answer(store, query, bindings) if kept else None
    if answer_kept is not None:
        return answer_kept
    import pyoxigraph as ox

    answer = store.oxigraph_answer(query.text, bindings)
    if isinstance(answer, ox.QuerySolutions):
        return solutions(answer)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    return collect(_rdflib_result(answer))


def _events_from_table(store: GraphStore, bindings: Mapping[str, Identifier]) -> QueryResult | None:
    from newsgraph.graph.event_rows import EVENT_COLUMNS

    table = store.event_table
    if table is None or not table.current():
        return None
    return QueryResult(variables=EVENT_COLUMNS, rows=tuple(table.events(bindings)))


#: Library queries whose answer the store keeps ready (``newsgraph.graph.event_rows``): the same rows as their
#: SPARQL, read without evaluating it. None from one of these: the store keeps none now, run the SPARQL.
KEPT_ANSWERS: dict[str, Callable[[GraphStore, Mapping[str, Identifier]], QueryResult | None]] = {
    "events": _events_from_table,
}


def _kept_answer(store: GraphStore, query: LibraryQuery, bindings: Mapping[str, Identifier]) -> QueryResult | None:
    """The answer the store keeps for this library query, if it keeps one; a user's own file of the same name
    is never answered so."""
    answer = KEPT_ANSWERS.get(query.name)
    if answer is None or query != library()[query.name]:
        return None
    return answer(store, bindings)


def solutions(answer: Any) -> QueryResult:
    """Oxigraph's ``QuerySolutions`` as a ``QueryResult`` of ``Value`` terms (None where a variable is unbound)."""
    import pyoxigraph as ox

    from newsgraph.graph.store import _from_ox, converted_rows

    def convert(node: Any) -> Any:
        # A quoted triple (RDF-star) is no string: it stays as rdflib gives it.
        return _from_ox(node) if isinstance(node, ox.Triple) else formats.value_of(node)

    return QueryResult(variables=tuple(v.value for v in answer.variables),
                       rows=tuple(converted_rows(answer, convert)))


def collect(result: Result) -> QueryResult:
    """An rdflib result as a plain ``QueryResult``."""
    if result.type == "ASK":
        return QueryResult(boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph if result.graph is not None else Graph()
        return QueryResult(triples=tuple(graph))
    variables = tuple(str(v) for v in (result.vars or ()))
    rows = tuple(tuple(row[i] for i in range(len(variables))) for row in result)  # type: ignore[index]
    return QueryResult(variables=variables, rows=rows)


# -- writing -------------------------------------------------------------------------------------------------
def write_result(result: QueryResult, fmt: ResultFormat | RdfFormat) -> bytes:
    """``result`` written in ``fmt``: a result format for rows and answers, an RDF format for a graph.

    Raises:
        BadQueryError: the format cannot write this kind of result (CSV for a CONSTRUCT, Turtle for a SELECT).
    """
    if fmt.name not in {f.name for f in formats_for(result.kind)}:
        names = ", ".join(f.name for f in formats_for(result.kind))
        what = {GRAPH: "a graph", BOOLEAN: "a yes-or-no answer"}.get(result.kind, "rows")
        raise BadQueryError(f"this query gives {what}, which {fmt.name} cannot write; use --format {names}")
    if isinstance(fmt, RdfFormat):
        return fmt.write(result.oxigraph_triples(), prefixes=result.used_prefixes()) or b""
    if result.boolean is not None:
        return fmt.write(Answer(boolean=result.boolean))
    return fmt.write(Answer.of(result.variables, result.rows))


def short_form(node: Node | None) -> str:
    """A term as a person reads it: prefixed IRIs (``entity:japan``), literal values without datatypes."""
    return formats.short_form(formats.term(node), _PREFIXES)


def bound_library_query(name: str, params: Mapping[str, str], store: Selects) -> str:
    """The text of library query ``name`` with ``params`` bound as the store binds them (a ``VALUES`` block at
    the top of its WHERE group and of each sub-SELECT that projects the variable): a query any SPARQL endpoint
    runs as ``newsgraph query`` would. The endpoint's page runs what its parameter forms give through this.

    Raises:
        UnknownNameError: no library query has that name, or it declares no such parameter.
        BadQueryError: a value is not of its parameter's kind, no entity has that name, or one is missing.
    """
    from newsgraph.graph.sparql_text import inline_bindings, inline_bindings_in_subqueries

    if name not in library():
        raise UnknownNameError("query", name, list(library()))
    query = library()[name]
    bindings = bind_parameters(query, {k: v for k, v in params.items() if v.strip()}, store)
    return inline_bindings_in_subqueries(inline_bindings(query.text, bindings), bindings)


def describe_library() -> list[dict[str, Any]]:
    """The library queries as plain data (name, summary, text, parameters), for the endpoint's page."""
    return [{"name": q.name, "summary": q.summary, "text": q.text,
             "parameters": [{"name": p.name, "variable": p.variable, "kind": p.kind, "required": p.required,
                             "description": p.description} for p in q.parameters]}
            for q in sorted(library().values(), key=lambda q: q.name)]
