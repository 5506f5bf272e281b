"""Stable IRIs: the same text gives the same IRI on every run and machine.

An IRI is built only from what the article says (names, categories, dates, offsets) and never from a counter,
a clock or a random number, so two builds of the same articles give the same graph and a fact read in two
articles lands on one node.

>>> str(entity_iri("united-states"))
'https://w3id.org/newsgraph/id/entity/united-states'
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

from newsgraph.graph.namespace import ID
from newsgraph.keys import digest

__all__ = [
    "article_iri",
    "entity_iri",
    "event_iri",
    "mention_iri",
    "relation_iri",
]


def entity_iri(key: str) -> URIRef:
    """The entity's IRI. Keys are slugs ("united-states"); a key from a user's gazetteer file may hold any
    character ("new zealand"), and is percent-encoded so that the IRI stays valid."""
    return ID[f"entity/{quote(key, safe=_KEY_CHARS)}"]


#: What a key keeps as it is in an IRI: RFC 3986's unreserved characters (a slug's letters, digits and hyphens).
_KEY_CHARS = "-._~"


def article_iri(doc_id: str) -> URIRef:
    """The article's IRI, which also names its graph: one named graph per article."""
    return ID[f"article/{quote(doc_id, safe='')}"]


def event_iri(category: str, actor: str | None, recipient: str | None, mode: str | None,
              date_value: str | None) -> URIRef:
    """One event per fact: the same category, actor, recipient, mode and date give the same node."""
    key = "|".join((category, actor or "", recipient or "", mode or "", date_value or ""))
    return ID[f"event/{digest(key)}"]


def relation_iri(subject: str, predicate: str, obj: str) -> URIRef:
    return ID[f"relation/{digest('|'.join((subject, predicate, obj)))}"]


def mention_iri(doc_id: str, start: int, end: int, fact: URIRef) -> URIRef:
    """Where one fact was read: the article, the character span, and which fact it supports."""
    return ID[f"mention/{quote(doc_id, safe='')}/{start}-{end}/{digest(str(fact), 8)}"]
