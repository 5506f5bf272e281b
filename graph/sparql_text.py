"""Reading SPARQL text: the one scanner that knows where comments, strings and IRIs are, and what is built on it.

``canonical_query`` and ``check_shape`` make a query safe to hand to the parsers (the same text for rdflib and
Oxigraph; no nesting deep enough to overflow Oxigraph's stack); the rest binds SPARQL parameters as RDF terms
for stores whose own binding is narrower than rdflib's. What a query *does* (an update, SERVICE) is decided
from its parsed algebra, not here (``newsgraph.graph.query_algebra``).

rdflib binds ``initBindings`` by joining them into the query's algebra. Oxigraph binds by SEP-0007
substitution, which only takes variables the query projects; library queries filter on parameters they do
not project (``?from``, ``?to``, ``?entity``). So for Oxigraph the bindings become an inline ``VALUES`` block
at the top of the outermost WHERE group, which SPARQL joins with the whole group exactly as rdflib does.
Each value is an RDF term serialized by rdflib (``Identifier.n3()``, escaped per N-Triples): a user's text
is never pasted into the query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from newsgraph.errors import BadQueryError

if TYPE_CHECKING:  # rdflib is imported where terms are written: the endpoint's workers only scan for keywords
    from rdflib.term import Identifier

__all__ = [
    "MAX_NESTING",
    "MAX_TOKENS",
    "canonical_query",
    "check_shape",
    "inline_bindings",
    "inline_bindings_in_subqueries",
    "where_group_start",
]

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_EOL = re.compile(r"[\n\r]")
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
        after = _after_text(query, i, iris=False)
        if after is None and depth == 0:
            after = _after_prologue_iri(query, i)
        if after is not None:
            i = after
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


def _after_text(query: str, i: int, *, iris: bool) -> int | None:
    """Where a comment, a string or (with ``iris``) an IRI that starts at ``i`` ends; None if none starts there.

    The scanners here look for braces, keywords and variables only outside these. Inside a group ``<`` may
    also be the less-than operator, so there only a well-formed IRI counts.
    """
    c = query[i]
    if c == "#":  # a comment ends at the end of its line, a line feed or a carriage return (SPARQL's EOL)
        end = _EOL.search(query, i)
        return len(query) if end is None else end.end()
    if c in "\"'":
        return _skip_string(query, i)
    if iris and c == "<":
        iri = _IRIREF.match(query, i)
        if iri:
            return iri.end()
    return None


def _after_prologue_iri(query: str, i: int) -> int | None:
    """Where an IRI of the prologue (PREFIX, BASE, FROM) that starts at ``i`` ends; as written, even if loose."""
    if query[i] != "<":
        return None
    end = query.find(">", i)
    return len(query) if end < 0 else end + 1


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


_TOKEN = re.compile(r"[?$@][\w-]*|[\w.-]*:[\w.:%-]*|[A-Za-z_]\w*|\w+")


#: How deeply braces, brackets and parentheses may nest in a query newsgraph hands to Oxigraph. Its parser and
#: evaluator recurse once a level and overflow the stack, killing the process, past about 300 nested
#: collections, 960 nested function calls or blank-node brackets and 3,000 nested groups; library queries nest 6
#: deep at most.
MAX_NESTING = 64

#: How many tokens (words, names, literals, punctuation) such a query may have: a chain of operators
#: (``1+1+...``, ``{...} UNION {...} UNION ...``) recurses once an operator too, and 20,000 overflowed; library
#: queries have under 700.
MAX_TOKENS = 10_000

_CODEPOINT_ESCAPE = re.compile(r"\\[uU]")
_LINE_END = re.compile(r"\r\n?")
_BRACKETS = {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}


def canonical_query(query: str) -> str:
    r"""``query`` as newsgraph's checks and Oxigraph both read it, or a ``BadQueryError``.

    Two spellings are read differently by different SPARQL parsers, so a check made by one could be fooled
    into passing what the other runs: a carriage return ends a comment for Oxigraph but not for rdflib (a
    ``SERVICE`` after ``# ...\r`` is a comment to one, a call to the other), and codepoint escapes
    (``\u0053ERVICE``) are expanded before parsing by rdflib and in strings only by Oxigraph. Line ends become
    line feeds; codepoint escapes are refused (a query is UTF-8 and can hold any character as it is).

    >>> canonical_query("SELECT * {} # note\rLIMIT 1")
    'SELECT * {} # note\nLIMIT 1'
    """
    if _CODEPOINT_ESCAPE.search(query):
        raise BadQueryError(r"the query holds a \u escape; write the character itself (queries are UTF-8)")
    return _LINE_END.sub("\n", query)


def check_shape(query: str) -> None:
    """Refuse a query that nests deeper than ``MAX_NESTING`` or has more than ``MAX_TOKENS`` tokens, before any
    parser recurses through it: such a query would crash Oxigraph, and a user gets a message instead.

    >>> check_shape("SELECT * WHERE " + "{" * 100 + "}" * 100)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.errors.BadQueryError: the query nests braces, brackets and parentheses 100 deep; ...
    """
    depth = deepest = tokens = 0
    i, n = 0, len(query)
    while i < n:
        after = _after_text(query, i, iris=True)
        if after is None:
            c = query[i]
            step = _BRACKETS.get(c)
            if step is not None:
                depth += step
                deepest = max(deepest, depth)
                i += 1
            elif c.isspace():
                i += 1
                continue
            else:
                token = _TOKEN.match(query, i)
                i = token.end() if token is not None else i + 1
        else:
            i = after
        tokens += 1
    if deepest > MAX_NESTING:
        raise BadQueryError(f"the query nests braces, brackets and parentheses {deepest} deep; at most "
                            f"{MAX_NESTING} are read, flatten it")
    if tokens > MAX_TOKENS:
        raise BadQueryError(f"the query has {tokens:,} tokens; newsgraph runs queries of at most {MAX_TOKENS:,}, "
                            "split it or use VALUES for long lists")


def inline_bindings(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with ``bindings`` joined in as a ``VALUES`` block at the top of its WHERE group.

    >>> from rdflib import Literal
    >>> inline_bindings('SELECT ?a WHERE { ?a ?p ?o }', {"o": Literal('say "hi"')})
    'SELECT ?a WHERE { VALUES (?o) { ("say \\\\"hi\\\\"") }\\n ?a ?p ?o }'
    """
    from rdflib.term import BNode, Variable

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


_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)")


def inline_bindings_in_subqueries(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with each binding also joined in at the top of every sub-SELECT that projects its variable.

    SPARQL evaluates a sub-SELECT on its own, before the outer VALUES is joined to its result: a sub-SELECT
    that filters on a parameter would see it unbound, and one that only matches it would be computed for every
    value. rdflib's ``initBindings`` reach into sub-SELECTs; this gives Oxigraph the same: a sub-SELECT that
    projects a variable as it is (``?x``, or ``*``) takes the binding too, which is how a library query passes
    a parameter into one (``between``). A variable the sub-SELECT computes (``(... AS ?x)``) or does not
    project is left alone: there the inner variable is another one.

    >>> from rdflib import URIRef
    >>> q = 'SELECT ?a WHERE { { SELECT DISTINCT ?a ?x WHERE { ?a <http://x/p#q> ?x } } }'
    >>> inline_bindings_in_subqueries(q, {"x": URIRef("http://x/v")})
    'SELECT ?a WHERE { { SELECT DISTINCT ?a ?x WHERE { VALUES (?x) { (<http://x/v>) }\\n ?a <http://x/p#q> ?x } } }'
    """
    from rdflib.term import Variable

    if not bindings:
        return query
    inserts: list[tuple[int, str]] = []
    for start, projected in _subselects(query):
        names = sorted(bindings) if projected is None else sorted(n for n in bindings if n in projected)
        if names:
            variables = " ".join(Variable(name).n3() for name in names)
            values = " ".join(bindings[name].n3() for name in names)
            inserts.append((start, f" VALUES ({variables}) {{ ({values}) }}\n"))
    for at, text in sorted(inserts, reverse=True):
        query = query[:at] + text + query[at:]
    return query


def _subselects(query: str) -> list[tuple[int, set[str] | None]]:
    """For each SELECT inside a group: where its WHERE group's body starts, and the variables it projects as
    they are (None for ``SELECT *``)."""
    found: list[tuple[int, set[str] | None]] = []
    depth = 0
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        after = _after_text(query, i, iris=True)
        if after is not None:
            i = after
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth > 0 and query[i:i + 6].upper() == "SELECT" and (i == 0 or query[i - 1] not in _KEYWORD_CHARS) \
                and (i + 6 >= n or query[i + 6] not in _KEYWORD_CHARS):
            subselect = _projection(query, i + 6)
            if subselect is not None:
                found.append(subselect)
        i += 1
    return found


def _projection(query: str, i: int) -> tuple[int, set[str] | None] | None:
    """Parse a projection from just after SELECT up to its WHERE group's ``{``."""
    variables: set[str] = set()
    star = False
    parens = 0
    n = len(query)
    while i < n:
        c = query[i]
        after = _after_text(query, i, iris=False)
        if after is not None:
            i = after
            continue
        if c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
        elif c == "*" and parens == 0:
            star = True
        elif c in "?$":
            match = _VARIABLE.match(query, i)
            if match:
                if parens == 0:
                    variables.add(match[1])
                i = match.end()
                continue
        elif c == "{" and parens == 0:
            return i + 1, (None if star else variables)
        i += 1
    return None
