"""Hand-made records for tests where the language model is not the point."""

from __future__ import annotations

from datetime import date

from newsgraph.records import ArticleFacts, DateKind, Document, Entity, Event, EventDate, Mention, Mode, Relation

SENTENCE = "Japan imposed sanctions on Russia in 2014, and the United States urged Japan to act."


def mention(doc_id: str = "a.txt", start: int = 6, end: int = 13) -> Mention:
    return Mention(doc_id, start, end, SENTENCE[start:end], 0, len(SENTENCE), SENTENCE)


def entity(key: str, label: str, kind: str = "Country", *alt: str) -> Entity:
    return Entity(key, label, kind, frozenset(alt))


def facts(doc_id: str = "a.txt", published: date | None = date(2022, 2, 5)) -> ArticleFacts:
    """One article: Japan sanctioned Russia in 2014; the US urged Japan (reported); a hypothetical assault."""
    document = Document(doc_id, SENTENCE, content_hash=f"hash-{doc_id}", published=published,
                        published_source="manifest" if published else "unknown", publisher="Test Wire")
    reported = EventDate.reported_by(published) if published else None
    return ArticleFacts(
        document=document,
        entities=[entity("japan", "Japan", "Country", "Tokyo"), entity("russia", "Russia", "Country", "Moscow"),
                  entity("united-states", "United States", "Country", "U.S."),
                  entity("sanctions", "sanctions", "Concept")],
        events=[
            Event("SANCTION", "japan", "russia", mention(doc_id), "imposed sanctions", "lexicon:impose sanctions",
                  topic="sanctions", date=EventDate.from_value("2014", DateKind.OCCURRED)),
            Event("REQUEST", "united-states", "japan", mention(doc_id, 62, 67), "urged", "lexicon:urge",
                  date=reported, attribution="diplomatic sources"),
            Event("ASSAULT", "russia", "japan", mention(doc_id, 0, 5), "attack", "lexicon:attack",
                  mode=Mode.HYPOTHETICAL),
        ],
        relations=[Relation("japan", "memberOf", "united-states", mention(doc_id), rule="test")],
        word_count=15,
    )
