"""The RDF model: one article's facts as quads in the article's own named graph.

For every article the graph holds:

- the article: ``schema:NewsArticle`` with its id, publisher, URL, title, dateline (``schema:dateline``,
  where the story was filed), content hash and publication date (``schema:datePublished`` only when the
  article says it; an inferred date is ``ng:inferredPublished``);
- every entity it mentions: one type, ``rdfs:label``, every surface form as ``skos:altLabel``;
- every event as a node (``sem:Event``): PLOVER category, actor, recipient, topic, mode, and its date with
  precision and earliest and latest bounds; beside it a direct ``actor → recipient`` edge, one property per
  category;
- every relation (role, membership, territory) as a node and as a direct edge;
- for every event and relation, a mention (a Web Annotation) naming the article, the character offsets and the
  sentence it was read from; an event's mention also says how that article knew its date (``ng:dateKind``:
  occurred, reported or inferred), since two articles can know the same date differently.

Events and relations get the same IRI in every article that reports them, so the merged view (the union of all
named graphs) has one node per fact with one mention per article that supports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from rdflib import RDF as _RDF
from rdflib import RDFS as _RDFS
from rdflib import SKOS as _SKOS
from rdflib import XSD as _XSD
from rdflib import Literal, URIRef
from rdflib.term import Node

from newsgraph.graph import namespace
from newsgraph.graph.iris import (
    article_iri,
    entity_iri,
    event_iri,
    mention_iri,
    relation_iri,
)
from newsgraph.graph.namespace import category_edge
from newsgraph.records import ArticleFacts, Document, Entity, Event, EventDate, Mention, Precision, Relation

__all__ = ["Quad", "article_quads", "date_literal", "event_node"]

Quad = tuple[Node, Node, Node, URIRef]


class _Terms:
    """A namespace whose terms, once asked for, are plain attributes: rdflib's namespaces check the name and
    make a new term on every access, which was a tenth of the time it takes to turn an article into quads."""

    def __init__(self, space: Any) -> None:
        self._space = space

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = self._space[name]
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)


NG, OA, SCHEMA, SEM = (_Terms(space) for space in (namespace.NG, namespace.OA, namespace.SCHEMA, namespace.SEM))
RDF, RDFS, SKOS, XSD = (_Terms(space) for space in (_RDF, _RDFS, _SKOS, _XSD))

# Literals repeat from article to article (names, days, offsets, sectors): each distinct one is made once (an
# article's own id, hash, headline and sentences are made as they come). A Literal is immutable, and ``typed``
# keeps 1 and "1" (and 1 and True) apart.
_plain = lru_cache(maxsize=1 << 16, typed=True)(Literal)


@lru_cache(maxsize=1 << 14)
def _typed(value: str, datatype: URIRef) -> Literal:
    return Literal(value, datatype=datatype)

# xsd datatypes for the precisions xsd can say; other precisions keep the TIMEX3 value as a plain literal.
_DATATYPE_OF_PRECISION: dict[Precision, URIRef] = {
    Precision.DAY: XSD.date,
    Precision.MONTH: XSD.gYearMonth,
    Precision.YEAR: XSD.gYear,
}


def date_literal(event_date: EventDate) -> Literal:
    """The event's date as ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``, else the TIMEX3 value."""
    datatype = _DATATYPE_OF_PRECISION.get(event_date.precision)
    if datatype is None:
        return _plain(event_date.value)
    return _typed(event_date.value, datatype)


def _day(d: date) -> Literal:
    return _typed(d.isoformat(), XSD.date)


def event_node(event: Event) -> URIRef:
    """The IRI of an event: the same category, actor, recipient, mode and date give the same node."""
    return event_iri(event.category, event.actor, event.recipient, event.mode.value if event.mode else None,
                     event.date.value if event.date else None)


def article_quads(facts: ArticleFacts) -> list[Quad]:
    """All quads of one article's named graph."""
    graph = article_iri(facts.document.id)
    return [(s, p, o, graph) for s, p, o in _article_triples(facts, graph)]


def _article_triples(facts: ArticleFacts, article: URIRef) -> Iterator[tuple[Node, Node, Node]]:
    yield from _document_triples(facts.document, article)
    for entity in facts.entities:
        yield from _entity_triples(entity)
        yield article, SCHEMA.mentions, entity_iri(entity.key)
    for event in facts.events:
        yield from _event_triples(event, article)
    for relation in facts.relations:
        yield from _relation_triples(relation, article)


def _document_triples(document: Document, article: URIRef) -> Iterator[tuple[Node, Node, Node]]:
    yield article, RDF.type, SCHEMA.NewsArticle
    yield article, NG.sourceId, Literal(document.id)
    yield article, NG.contentHash, Literal(document.content_hash)
    if document.published is not None:
        if document.published_source == "inferred":
            yield article, NG.inferredPublished, _day(document.published)
        else:
            yield article, SCHEMA.datePublished, _day(document.published)
    yield article, NG.publishedSource, _plain(document.published_source)
    if document.publisher:
        yield article, SCHEMA.publisher, _plain(document.publisher)
    if document.url:
        yield article, SCHEMA.url, _typed(document.url, XSD.anyURI)
    if document.title:
        yield article, SCHEMA.headline, Literal(document.title)
    if document.dateline:
        yield article, SCHEMA.dateline, _plain(document.dateline)


def _entity_triples(entity: Entity) -> Iterator[tuple[Node, Node, Node]]:
    node = entity_iri(entity.key)
    yield node, RDF.type, NG[entity.type]
    yield node, RDFS.label, _plain(entity.label)
    for alt in sorted(entity.alt_labels):
        if alt != entity.label:
            yield node, SKOS.altLabel, _plain(alt)
    for scheme, code in entity.codes:
        if scheme == "iso3":
            yield node, NG.iso3, _plain(code)
        elif scheme == "cameo":
            yield node, NG.cameoCode, _plain(code)


def _date_triples(node: URIRef, event_date: EventDate) -> Iterator[tuple[Node, Node, Node]]:
    # The kind (occurred, reported, inferred) is how one article knew the date, so it is on the mention.
    yield node, NG.date, date_literal(event_date)
    yield node, NG.datePrecision, _plain(event_date.precision.value)
    if event_date.earliest is not None:
        yield node, NG.earliest, _day(event_date.earliest)
        yield node, SEM.hasEarliestBeginTimeStamp, _day(event_date.earliest)
    if event_date.latest is not None:
        yield node, NG.latest, _day(event_date.latest)
        yield node, SEM.hasLatestEndTimeStamp, _day(event_date.latest)


def _mention_triples(mention: Mention, node: URIRef, fact: URIRef, article: URIRef
                     ) -> Iterator[tuple[Node, Node, Node]]:
    """The mention ``node`` (``mention_iri``) of ``fact`` in ``article``."""
    yield fact, NG.mention, node
    yield node, RDF.type, NG.Mention
    yield node, RDF.type, OA.Annotation
    yield node, OA.hasBody, fact
    yield node, OA.hasTarget, article
    yield node, NG.article, article
    yield node, NG.start, _plain(mention.start)
    yield node, NG.end, _plain(mention.end)
    yield node, NG.sentence, Literal(mention.sentence)
    yield node, NG.sentenceStart, _plain(mention.sentence_start)
    yield node, NG.sentenceEnd, _plain(mention.sentence_end)


def _event_triples(event: Event, article: URIRef) -> Iterator[tuple[Node, Node, Node]]:
    node = event_node(event)
    yield node, RDF.type, SEM.Event
    yield node, RDF.type, NG.Event
    yield node, NG.category, NG[event.category]
    yield node, SEM.eventType, NG[event.category]
    actor = entity_iri(event.actor) if event.actor else None
    recipient = entity_iri(event.recipient) if event.recipient else None
    if actor is not None:
        yield node, NG.actor, actor
        yield node, SEM.hasActor, actor
    if recipient is not None:
        yield node, NG.recipient, recipient
        yield node, SEM.hasActor, recipient
    if event.topic:
        yield node, NG.topic, entity_iri(event.topic)
    if event.mode is not None:
        yield node, NG.mode, NG[event.mode.value]
    if event.actor_sector:
        yield node, NG.actorSector, _plain(event.actor_sector)
    if event.recipient_sector:
        yield node, NG.recipientSector, _plain(event.recipient_sector)
    if event.date is not None:
        yield from _date_triples(node, event.date)
    # The direct edge is a plain fact: an event in a mode (hypothetical, negated...) never gets one.
    if actor is not None and recipient is not None and event.mode is None:
        yield actor, category_edge(event.category), recipient
    mention = mention_iri(event.mention.doc_id, event.mention.start, event.mention.end, node)
    yield from _mention_triples(event.mention, mention, node, article)
    yield mention, NG.trigger, _plain(event.trigger)
    yield mention, NG.rule, _plain(event.rule)
    if event.date is not None:
        yield mention, NG.dateKind, NG[event.date.kind.value]
    if event.attribution:
        yield mention, NG.attributedTo, _plain(event.attribution)


def _relation_triples(relation: Relation, article: URIRef) -> Iterator[tuple[Node, Node, Node]]:
    node = relation_iri(relation.subject, relation.predicate, relation.object)
    subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
    yield node, RDF.type, NG.Relation
    yield node, NG.subject, subject
    yield node, NG.relation, NG[relation.predicate]
    yield node, NG.object, obj
    yield subject, NG[relation.predicate], obj
    if relation.date is not None:
        yield from _date_triples(node, relation.date)
    mention = mention_iri(relation.mention.doc_id, relation.mention.start, relation.mention.end, node)
    yield from _mention_triples(relation.mention, mention, node, article)
    if relation.rule:
        yield mention, NG.rule, _plain(relation.rule)
    if relation.date is not None:
        yield mention, NG.dateKind, NG[relation.date.kind.value]
