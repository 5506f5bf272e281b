"""The vocabularies of newsgraph's RDF, and its own namespace declared once.

newsgraph writes schema.org for articles, SEM (Simple Event Model) for events, W3C Web Annotation for where in
the text a fact was read, PROV-O for the run that read it, SKOS for labels, and the project namespace ``NG``
for the rest: entity types, PLOVER categories, modes, relation properties and a few bookkeeping properties.

Resources get IRIs under ``ID`` built only from what the text says (see ``newsgraph.graph.iris``), so the
same article always gives the same IRIs on any machine.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from newsgraph.plover import category

__all__ = [
    "BINDINGS",
    "ID",
    "NG",
    "OA",
    "RELATIONS",
    "SCHEMA",
    "SEM",
    "category_edge",
]

ID = Namespace("https://w3id.org/newsgraph/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")


class NG(DefinedNamespace):
    """newsgraph's own vocabulary (``https://w3id.org/newsgraph/ns#``)."""

    _NS = Namespace("https://w3id.org/newsgraph/ns#")
    _fail = True

    # Entity types: one per entity.
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Concept: URIRef
    Group: URIRef  # a group that is a party of its own: "the union", "citrus growers" (extract/events/groups.py)
    Entity: URIRef

    # Events and their parts.
    Event: URIRef
    Relation: URIRef
    Mention: URIRef
    Category: URIRef
    Mode: URIRef
    DateKind: URIRef
    category: URIRef  # the PLOVER category, an NG:<NAME> resource
    actor: URIRef
    recipient: URIRef
    topic: URIRef
    mode: URIRef
    date: URIRef  # xsd:date, xsd:gYearMonth, xsd:gYear, or a plain TIMEX3 value
    datePrecision: URIRef
    dateKind: URIRef
    earliest: URIRef
    latest: URIRef
    mention: URIRef
    trigger: URIRef
    rule: URIRef
    attributedTo: URIRef
    actorSector: URIRef
    recipientSector: URIRef
    subject: URIRef
    relation: URIRef
    object: URIRef

    # Mentions.
    article: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    start: URIRef
    end: URIRef

    # Support and sources (in the merged graph, kept by the store): which articles report a fact, how many, and
    # their publishers.
    reportedIn: URIRef
    reportedBy: URIRef
    articleCount: URIRef

    # Disagreement: two articles that report one event or relation differently (newsgraph.graph.disagreement).
    Disagreement: URIRef
    aspect: URIRef  # what they differ on: ng:date, ng:mode, ng:category, ng:relation, or a participant's role
    claim: URIRef  # the mention of each article's version
    fact: URIRef  # the event or relation node of each version
    disputed: URIRef  # true on every event and relation that is part of a disagreement

    # Articles.
    sourceId: URIRef
    contentHash: URIRef
    publishedSource: URIRef
    inferredPublished: URIRef
    inferredFrom: URIRef
    textSketch: URIRef
    wordCount: URIRef
    cameoCode: URIRef
    iso3: URIRef

    # PLOVER categories (newsgraph.plover.CATEGORIES; a test checks these names against the table).
    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    CONCEDE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    MOBILIZE: URIRef
    COERCE: URIRef
    ASSAULT: URIRef

    # Direct actor → recipient edges, one property per category (``Category.edge``).
    agree: URIRef
    consult: URIRef
    support: URIRef
    concede: URIRef
    cooperate: URIRef
    aid: URIRef
    retreat: URIRef
    request: URIRef
    accuse: URIRef
    reject: URIRef
    threaten: URIRef
    protest: URIRef
    sanction: URIRef
    mobilize: URIRef
    coerce: URIRef
    assault: URIRef

    # Auxiliary modes and date kinds.
    hypothetical: URIRef
    negated: URIRef
    future: URIRef
    historical: URIRef
    occurred: URIRef
    reported: URIRef
    inferred: URIRef

    # Relations that are not events (PLOVER.md, last part; Wikidata properties in meaning).
    headOfGovernmentOf: URIRef
    headOfStateOf: URIRef
    ambassadorOf: URIRef
    ambassadorTo: URIRef
    officialOf: URIRef
    militaryOfficerOf: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    territoryClaimedBy: URIRef
    controlledBy: URIRef
    locatedIn: URIRef
    locatedNear: URIRef
    partOf: URIRef


#: Relation property names, with the Wikidata property each follows in meaning (None: no direct one).
RELATIONS: dict[str, str | None] = {
    "headOfGovernmentOf": "P6",  # inverse: country P6 person
    "headOfStateOf": "P35",  # inverse
    "ambassadorOf": "P39",  # position held: ambassador of the sending country
    "ambassadorTo": "P39",  # ... accredited to the receiving country
    "officialOf": "P39",
    "militaryOfficerOf": "P39",
    "leaderOf": "P488",  # inverse of chairperson
    "memberOf": "P463",
    "territoryClaimedBy": "P1336",
    "controlledBy": None,
    "locatedIn": "P131",
    "locatedNear": "P206",
    "partOf": "P361",
}

#: Prefixes bound in exports and queries.
BINDINGS: dict[str, str] = {
    "ng": str(NG),
    "entity": str(ID) + "entity/",
    "event": str(ID) + "event/",
    "relation": str(ID) + "relation/",
    "disagreement": str(ID) + "disagreement/",
    "article": str(ID) + "article/",
    "run": str(ID) + "run/",
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "oa": str(OA),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def category_edge(name: str) -> URIRef:
    """The direct actor → recipient property of a PLOVER category.

    >>> category_edge("REQUEST")
    rdflib.term.URIRef('https://w3id.org/newsgraph/ns#request')
    """
    return NG[category(name).edge]
