"""Where each triple an article says lives in the store: in the article's own graph, or once in the merged graph.

``newsgraph.graph.model`` writes everything one article says as one graph. The store keeps it in two parts,
so that the graph a SPARQL user sees by default holds each triple once while re-reading or removing an article
stays exact:

- **the article's own graph** (named by the article's IRI) holds what only this article says about the facts:
  its mentions (offsets, sentence, trigger, rule, how it dated the fact, who it says claims it) and which facts
  it mentions (``fact ng:mention mention``), and the sketch of its words that finds its twins
  (``newsgraph.similarity``). No other article can say these triples.
- **the merged graph** (the default graph) holds everything about entities, events, relations and articles
  (id, content hash, publication date, publisher, URL, headline, the entities each names), and the direct
  actor → recipient edges, each triple once however many articles say it. Beside them, for every event and
  relation, who reports it: ``ng:reportedIn`` each article and ``ng:reportedBy`` each publisher (derived here,
  as part of what the article contributes), and ``ng:articleCount`` (kept by the store).

An entity has one type and one label in the merged graph (``ONE_VALUE``): when articles disagree ("Kyodo" an
organization in one, a place in another; "KYODO" and "Kyodo"), the value most of them give wins, and every name
any article used stays a ``skos:altLabel``. So each article's own label also counts as one of its names.

``split`` makes the two parts from an article's quads; ``claims`` reads from them what each mention says, for
finding disagreements (``newsgraph.graph.disagreement``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS

from newsgraph.graph.disagreement import Claim, trigger_key
from newsgraph.graph.namespace import ID, NG, SCHEMA

__all__ = [
    "ARTICLE_PREFIX",
    "ONE_VALUE",
    "ArticleParts",
    "article_id_of",
    "split",
    "text",
]


def _node(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


ARTICLE_PREFIX = str(ID) + "article/"
ENTITY_PREFIX = str(ID) + "entity/"
_MENTION_PREFIX = str(ID) + "mention/"
_EVENT_PREFIX = str(ID) + "event/"
_RELATION_PREFIX = str(ID) + "relation/"

TYPE, LABEL, ALT_LABEL = _node(RDF.type), _node(RDFS.label), _node(SKOS.altLabel)
MENTION, REPORTED_IN, REPORTED_BY = _node(NG.mention), _node(NG.reportedIn), _node(NG.reportedBy)
#: Besides the mentions' own triples, what stays in the article's graph: which facts it mentions, and its sketch.
_OWN_PREDICATES = frozenset({MENTION, _node(NG.textSketch)})

#: Properties an entity has one value of in the merged graph (the value most articles give).
ONE_VALUE: frozenset[ox.NamedNode] = frozenset({TYPE, LABEL})

_P = {name: _node(NG[name]) for name in (
    "category", "actor", "recipient", "mode", "earliest", "latest", "relation", "subject", "object", "sentence",
    "trigger", "inferredPublished", "contentHash")}
_PUBLISHED, _PUBLISHER = _node(SCHEMA.datePublished), _node(SCHEMA.publisher)


def text(term: Any) -> str:
    """The IRI or lexical form of a pyoxigraph term (its stubs also allow RDF-star triples, never written here)."""
    return str(term.value)


def is_one_value(subject: Any, predicate: Any) -> bool:
    """Whether the merged graph keeps one value of this property of this subject (an entity's type and label)."""
    return predicate in ONE_VALUE and text(subject).startswith(ENTITY_PREFIX)


def article_id_of(article: ox.NamedNode) -> str:
    """The article's id from its IRI (the inverse of ``newsgraph.graph.iris.article_iri``)."""
    return unquote(article.value[len(ARTICLE_PREFIX):])


def is_owned(triple: ox.Triple, article: ox.NamedNode) -> bool:
    """Whether only this article can give the merged graph this triple (``ArticleParts.owned``)."""
    return triple.subject == article or (triple.predicate == REPORTED_IN and triple.object == article)


def article_node(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(ARTICLE_PREFIX + quote(article_id, safe=""))


@dataclass(slots=True)
class ArticleParts:
    """One version of an article (its id and content hash) as the store keeps it."""

    id: str
    content_hash: str
    article: ox.NamedNode
    #: What stays in the article's own graph.
    own: list[ox.Triple] = field(default_factory=list)
    #: What it gives the merged graph that other articles may give too (the support index keeps these).
    shared: set[ox.Triple] = field(default_factory=set)
    #: What it gives the merged graph that no other article can: the article node's description, and which
    #: facts it reports. They leave the merged graph with this version, so the support index need not keep them.
    owned: set[ox.Triple] = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)

    @property
    def one_values(self) -> list[ox.Triple]:
        """The triples of properties an entity has one value of (its type and label claims)."""
        return [t for t in self.shared if t.predicate in ONE_VALUE and is_one_value(t.subject, t.predicate)]

    @property
    def facts(self) -> set[str]:
        """The events and relations this version reports."""
        return {text(t.subject) for t in self.owned if t.predicate == REPORTED_IN}


def _is_own(triple: ox.Triple) -> bool:
    return triple.predicate in _OWN_PREDICATES or text(triple.subject).startswith(_MENTION_PREFIX)


def split(article_id: str, content_hash: str, triples: Iterable[ox.Triple]) -> ArticleParts:
    """An article's triples (everything ``newsgraph.graph.model`` writes for it) as the store keeps them."""
    article = article_node(article_id)
    parts = ArticleParts(article_id, content_hash, article)
    for triple in triples:
        if _is_own(triple):
            parts.own.append(triple)
        elif triple.subject == article:
            parts.owned.add(triple)
        else:
            parts.shared.add(triple)
            if triple.predicate == LABEL and is_one_value(triple.subject, LABEL):
                parts.shared.add(ox.Triple(triple.subject, ALT_LABEL, triple.object))
    publisher = next((t.object for t in parts.owned if t.predicate == _PUBLISHER), None)
    for fact in {t.subject for t in parts.own if t.predicate == MENTION}:
        parts.owned.add(ox.Triple(fact, REPORTED_IN, article))
        if publisher is not None:
            parts.shared.add(ox.Triple(fact, REPORTED_BY, publisher))
    parts.claims = claims(parts)
    return parts


def claims(parts: ArticleParts) -> list[Claim]:
    """What each mention of an event or relation in this article says of it."""
    # Imported here: its stop words come from spaCy, which a command that only reads the store never loads.
    from newsgraph.similarity import content_words

    about: dict[Any, dict[ox.NamedNode, str]] = defaultdict(dict)
    for t in (*parts.own, *parts.owned, *parts.shared):
        about[t.subject].setdefault(t.predicate, text(t.object))
    article = about[parts.article]
    published = article.get(_PUBLISHED) or article.get(_P["inferredPublished"])
    found = []
    for t in parts.own:
        if t.predicate != MENTION:
            continue
        fact, mention = t.subject, t.object
        facts, said = about[fact], about[mention]
        is_event = text(fact).startswith(_EVENT_PREFIX)
        if not is_event and not text(fact).startswith(_RELATION_PREFIX):
            continue
        what = facts.get(_P["category"] if is_event else _P["relation"])
        if what is None or _P["sentence"] not in said:
            continue
        found.append(Claim(
            mention=text(mention), fact=text(fact), article=parts.article.value, published=published,
            kind="event" if is_event else "relation", what=what.rsplit("#", 1)[-1],
            actor=facts.get(_P["actor" if is_event else "subject"]),
            recipient=facts.get(_P["recipient" if is_event else "object"]),
            mode=facts[_P["mode"]].rsplit("#", 1)[-1] if _P["mode"] in facts else None,
            earliest=facts.get(_P["earliest"]), latest=facts.get(_P["latest"]),
            trigger=trigger_key(said.get(_P["trigger"], "")),
            words=frozenset(content_words(said[_P["sentence"]]))))
    return sorted(found, key=lambda c: (c.mention, c.fact))
