"""Binding parameters for Oxigraph: the VALUES block lands in the outermost WHERE group, whatever the text."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from newsgraph.errors import BadQueryError
from newsgraph.graph.sparql_text import inline_bindings, where_group_start


@pytest.mark.parametrize("query, expected_prefix", [
    ("SELECT ?a WHERE { ?a ?b ?c }", "SELECT ?a WHERE {"),
    ("select * { ?a ?b ?c }", "select * {"),
    ('PREFIX x: <http://x/{}> SELECT ?a WHERE { ?a x:p "{" }', 'PREFIX x: <http://x/{}> SELECT ?a WHERE {'),
    ("# a comment { with braces }\nASK { ?a ?b ?c }", "# a comment { with braces }\nASK {"),
    ("CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c }", "CONSTRUCT { ?a ?b ?c } WHERE {"),
    ("CONSTRUCT { ?a ?b ?c } { ?a ?b ?c }", "CONSTRUCT { ?a ?b ?c } {"),
    ("SELECT ?where WHERE { ?where ?b ?c }", "SELECT ?where WHERE {"),
    ("SELECT ?a WHERE { ?a ?b '''x } y''' }", "SELECT ?a WHERE {"),
])
def test_where_group_is_found(query: str, expected_prefix: str) -> None:
    assert query[:where_group_start(query)] == expected_prefix


def test_a_query_without_a_group_is_refused() -> None:
    with pytest.raises(BadQueryError, match="WHERE"):
        where_group_start("DESCRIBE <http://x>")


def test_values_are_rdf_terms_not_text() -> None:
    """A value that looks like SPARQL stays a literal: nothing the user types becomes query text."""
    hostile = 'x" } ; DROP ALL ; { "'
    bound = inline_bindings("SELECT ?a WHERE { ?a ?p ?o }", {"o": Literal(hostile), "a": URIRef("http://e/a")})
    assert "DROP ALL" in bound
    assert 'VALUES (?a ?o) { (<http://e/a> "x\\" } ; DROP ALL ; { \\"") }' in bound
