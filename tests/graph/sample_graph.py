"""A small hand-made graph for the serve, viz and push tests: dated events, a relation, and a hostile name.

Built from records through ``newsgraph.graph.model`` (no spaCy), so the tests do not depend on what extraction
finds today. Four articles; events dated from January to June 2022 so that a date control can hide some; one
entity is named ``<script>alert(1)</script>`` to show that labels are escaped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsgraph.build import article_graph
from newsgraph.graph.store import open_store
from newsgraph.records import (
    ArticleFacts,
    DateKind,
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Mode,
    Relation,
)

HOSTILE = "<script>alert(1)</script>"

ENTITIES = {
    "japan": Entity("japan", "Japan", "Country", frozenset({"Tokyo"})),
    "russia": Entity("russia", "Russia", "Country", frozenset({"Moscow", "Kremlin"})),
    "united-states": Entity("united-states", "United States", "Country", frozenset({"U.S."})),
    "ukraine": Entity("ukraine", "Ukraine", "Country"),
    "fumio-kishida": Entity("fumio-kishida", "Fumio Kishida", "Person"),
    "nato": Entity("nato", "NATO", "Organization"),
    "sanctions": Entity("sanctions", "sanctions", "Concept"),
    "hostile": Entity("hostile", HOSTILE, "Organization"),
}

#: (article id, published, category, actor, recipient, date value or None, mode, sentence)
EVENTS = [
    ("a1.txt", date(2022, 1, 20), "REQUEST", "united-states", "japan", "2022-01-19", None,
     "The United States urged Japan on Wednesday to prepare sanctions."),
    ("a1.txt", date(2022, 1, 20), "CONSULT", "japan", "united-states", "2022-01", None,
     "Japan held talks with the United States in January."),
    ("a2.txt", date(2022, 2, 24), "SANCTION", "japan", "russia", "2022-02-23", None,
     "Japan imposed sanctions on Russia on Wednesday."),
    ("a2.txt", date(2022, 2, 24), "ASSAULT", "russia", "ukraine", "2022-02-24", None,
     "Russia attacked Ukraine at dawn on Thursday."),
    ("a3.txt", date(2022, 3, 16), "SUPPORT", "nato", "ukraine", "2022-03-15", None,
     "NATO pledged support for Ukraine on Tuesday."),
    ("a3.txt", date(2022, 3, 16), "THREATEN", "russia", "japan", "2022-03", Mode.FUTURE,
     "Russia warned it would retaliate against Japan."),
    ("a4.txt", date(2022, 6, 2), "ACCUSE", "hostile", "russia", "2022-06-01", None,
     f"{HOSTILE} accused Russia of <b>lying</b> & stalling."),
    ("a4.txt", date(2022, 6, 2), "AGREE", "japan", "nato", None, None,
     "Japan agreed to work with NATO."),
]

RELATIONS = [
    ("a3.txt", "fumio-kishida", "headOfGovernmentOf", "japan", "Japanese Prime Minister Fumio Kishida spoke."),
]

PUBLISHERS = {"a1.txt": "Kyodo", "a2.txt": "NHK", "a3.txt": "Reuters", "a4.txt": "Example <Press>"}


def _mention(doc_id: str, text: str, sentence: str) -> Mention:
    start = text.index(sentence)
    return Mention(doc_id, start, start + len(sentence.split()[0]), sentence.split()[0], start,
                   start + len(sentence), sentence)


def sample_facts() -> list[ArticleFacts]:
    """The sample articles' facts."""
    articles: dict[str, ArticleFacts] = {}
    texts: dict[str, str] = {}
    for doc_id, _published, *_rest, sentence in EVENTS:
        texts[doc_id] = texts.get(doc_id, "") + sentence + " "
    for doc_id, *_rest, sentence in RELATIONS:
        texts[doc_id] = texts.get(doc_id, "") + sentence + " "
    published_of = {e[0]: e[1] for e in EVENTS}
    for doc_id, text in texts.items():
        document = Document(id=doc_id, text=text, content_hash=f"hash-{doc_id}", published=published_of[doc_id],
                            published_source="manifest", publisher=PUBLISHERS[doc_id],
                            url=f"https://news.example/{doc_id}", title=f"Story {doc_id}")
        articles[doc_id] = ArticleFacts(document=document, word_count=len(text.split()))
    for doc_id, _published, category, actor, recipient, value, mode, sentence in EVENTS:
        facts = articles[doc_id]
        when = EventDate.from_value(value, DateKind.OCCURRED) if value else None
        facts.events.append(Event(category, actor, recipient, _mention(doc_id, texts[doc_id], sentence),
                                  trigger=sentence.split()[1], rule="sample", mode=mode, date=when))
        for key in (actor, recipient):
            if ENTITIES[key] not in facts.entities:
                facts.entities.append(ENTITIES[key])
    for doc_id, subject, predicate, obj, sentence in RELATIONS:
        facts = articles[doc_id]
        facts.relations.append(Relation(subject, predicate, obj, _mention(doc_id, texts[doc_id], sentence)))
        for key in (subject, obj):
            if ENTITIES[key] not in facts.entities:
                facts.entities.append(ENTITIES[key])
    return list(articles.values())


def build_sample_store(path: Path) -> Path:
    """Write the sample graph into an Oxigraph store at ``path``."""
    with open_store(path) as store:
        store.write_articles([article_graph(facts) for facts in sample_facts()])
    return path



def disputing_report() -> ArticleFacts:
    """One more article, a day after a2.txt, telling its sanctions sentence with another day: the merged graph
    marks both events ``ng:disputed`` (a disagreement on the date)."""
    sentence = "Japan imposed sanctions on Russia on Tuesday."
    document = Document(id="a5.txt", text=sentence, content_hash="hash-a5.txt", published=date(2022, 2, 25),
                        published_source="manifest", publisher="Asahi", url="https://news.example/a5.txt",
                        title="Story a5.txt")
    event = Event("SANCTION", "japan", "russia", _mention("a5.txt", sentence, sentence), trigger="imposed",
                  rule="sample", date=EventDate.from_value("2022-02-22", DateKind.OCCURRED))
    return ArticleFacts(document=document, events=[event], entities=[ENTITIES["japan"], ENTITIES["russia"]],
                        word_count=len(sentence.split()))
