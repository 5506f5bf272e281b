"""Binding SPARQL parameters as RDF terms for stores whose own binding is narrower than rdflib's.

rdflib binds ``initBindings`` by joining them into the query's algebra. Oxigraph binds by SEP-0007
substitution, which only takes variables the query projects; library queries filter on parameters they do
not project (``?from``, ``?to``, ``?entity``). So for Oxigraph the bindings become an inline ``VALUES`` block
at the top of the outermost WHERE group, which SPARQL joins with the whole group exactly as rdflib does.
Each value is an RDF term serialized by rdflib (``Identifier.n3()``, escaped per N-Triples): a user's text
is never pasted into the query.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib.term import BNode, Identifier, Variable

from newsgraph.errors import BadQueryError

__all__ = ["inline_bindings", "where_group_start"]

_KEYWORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


def where_group_start(query: str) -> int:
    """The index just after the ``{`` that opens the query's outermost WHERE group.

    >>> q = 'PREFIX x: <http://x/> SELECT ?a WHERE { ?a x:p "}" }'
    >>> q[:where_group_start(q)]
    'PREFIX x: <http://x/> SELECT ?a WHERE {'
    """
    depth = 0
    i = 0
    n = len(query)
    is_construct = False
    top_groups = 0
    saw_where = False
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c in "\"'":
            i = _skip_string(query, i)
            continue
        if c == "<" and depth == 0:
            end = query.find(">", i)
            i = n if end < 0 else end + 1
            continue
        if c in _KEYWORD_CHARS and (i == 0 or (query[i - 1] not in _KEYWORD_CHARS and query[i - 1] not in "?$:")):
            j = i
            while j < n and query[j] in _KEYWORD_CHARS:
                j += 1
            word = query[i:j].upper()
            if depth == 0 and word == "WHERE":
                saw_where = True
            elif depth == 0 and word == "CONSTRUCT":
                is_construct = True
            i = j
            continue
        if c == "{":
            if depth == 0:
                top_groups += 1
                # A CONSTRUCT's first group is its template, unless a WHERE keyword came first.
                if saw_where or not is_construct or top_groups == 2:
                    return i + 1
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    raise BadQueryError("the query has no WHERE group to bind parameters in; give it one: WHERE { ... }")


def _skip_string(query: str, i: int) -> int:
    quote = query[i]
    if query.startswith(quote * 3, i):
        end = query.find(quote * 3, i + 3)
        return len(query) if end < 0 else end + 3
    j = i + 1
    while j < len(query):
        if query[j] == "\\":
            j += 2
            continue
        if query[j] == quote:
            return j + 1
        j += 1
    return j


def inline_bindings(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with ``bindings`` joined in as a ``VALUES`` block at the top of its WHERE group.

    >>> from rdflib import Literal
    >>> inline_bindings('SELECT ?a WHERE { ?a ?p ?o }', {"o": Literal('say "hi"')})
    'SELECT ?a WHERE { VALUES (?o) { ("say \\\\"hi\\\\"") }\\n ?a ?p ?o }'
    """
    if not bindings:
        return query
    names = sorted(bindings)
    for name in names:
        if isinstance(bindings[name], BNode):
            raise BadQueryError(f"parameter {name} is a blank node; give an IRI or a literal")
    variables = " ".join(Variable(name).n3() for name in names)
    values = " ".join(bindings[name].n3() for name in names)
    at = where_group_start(query)
    return f"{query[:at]} VALUES ({variables}) {{ ({values}) }}\n{query[at:]}"
