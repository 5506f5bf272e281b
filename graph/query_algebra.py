"""What a SPARQL query does, read from its parsed algebra: whether the read-only endpoint may run it.

The endpoint refuses updates, ``LOAD`` and ``SERVICE``. Looking for those words in the text is fooled by
anything that changes how the text splits into tokens (a comment that ends at a carriage return once let a
``SERVICE`` call through); so the query is parsed with rdflib's SPARQL 1.1 parser and translated to its algebra,
and the decision is made on that tree: a ``ServiceGraphPattern`` anywhere (a sub-SELECT, ``FILTER EXISTS``,
``OPTIONAL``...) is refused, and text that parses as an update and not as a query is refused as an update.

Two parsers read the query, rdflib's here and Oxigraph's when it runs, so the text both read is first made
the same for both (``newsgraph.graph.sparql_text.canonical_query``): line ends and codepoint escapes are where
they are known to differ. The query workers also have no network (``newsgraph.graph.sandbox``): were a
difference left, Oxigraph still could not reach another server.

Example:
    >>> inspect_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    >>> inspect_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.RefusedQueryError: SERVICE is refused: this endpoint does not query other endpoints; ...
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from newsgraph.errors import BadQueryError, RefusedQueryError

__all__ = ["LOAD_REFUSED", "SERVICE_REFUSED", "inspect_query"]

SERVICE_REFUSED = ("SERVICE is refused: this endpoint does not query other endpoints; run federated queries from "
                   "a client that joins the results")
_UPDATE_REFUSED = ("SPARQL Update ({}) is refused: this endpoint is read-only; change the store with newsgraph "
                   "build and restart the server")
LOAD_REFUSED = ("LOAD is refused: this endpoint is read-only and fetches nothing; put data in the store with "
                 "newsgraph build and restart the server")

#: The query forms, by the name of the algebra's root.
_FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK", "DescribeQuery": "DESCRIBE"}

#: Names of rdflib's update operations as a user writes them.
_OPERATIONS = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE",
               "Copy": "COPY", "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA",
               "DeleteWhere": "DELETE WHERE", "Modify": "DELETE/INSERT"}


def inspect_query(query: str, prefixes: Mapping[str, str] | None = None) -> str:
    """The form of ``query`` (``SELECT``, ``CONSTRUCT``, ``ASK`` or ``DESCRIBE``) when the endpoint may run it.

    ``prefixes`` are the prefixes the endpoint declares for every query (``ng:``, ``schema:``...).

    Raises:
        RefusedQueryError: the query is an update or LOAD, or calls another endpoint (SERVICE).
        BadQueryError: the text is not a SPARQL query.
    """
    return _inspect(query, tuple(sorted((prefixes or {}).items())))


@lru_cache(maxsize=512)
def _inspect(query: str, prefixes: tuple[tuple[str, str], ...]) -> str:
    # rdflib's parser is slow on long queries (a tenth of a second for a library query): the page and the
    # clients that ask the same query again are answered from here.
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except ParseException as e:
        _refuse_if_update(query)
        raise BadQueryError(f"the query is not valid SPARQL: {_first_line(e)}") from e
    except RecursionError as e:
        raise BadQueryError("the query nests too deeply to be read; flatten it") from e
    try:
        algebra = translateQuery(tree, initNs=dict(prefixes)).algebra
    except RecursionError as e:
        raise BadQueryError("the query nests too deeply to be read; flatten it") from e
    except Exception as e:  # rdflib raises plain Exceptions for an unknown prefix, a bad projection...
        raise BadQueryError(f"the query is not valid SPARQL: {_first_line(e)}") from e
    for node in _nodes(algebra):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise RefusedQueryError(SERVICE_REFUSED)
    return _FORMS.get(getattr(algebra, "name", ""), "SELECT")


def _refuse_if_update(text: str) -> None:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = parseUpdate(text)
    except (ParseException, RecursionError):
        return
    names = [_OPERATIONS.get(getattr(r, "name", ""), "update") for r in getattr(update, "request", None) or []]
    if "LOAD" in names:
        raise RefusedQueryError(LOAD_REFUSED)
    raise RefusedQueryError(_UPDATE_REFUSED.format(", ".join(dict.fromkeys(names)) or "update"))


def _nodes(root: Any) -> Iterator[Any]:
    """Every node of a parsed or translated query, without recursion (a tree may be deep)."""
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, Mapping):
            stack.extend(node.values())
        elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
            stack.extend(node)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
