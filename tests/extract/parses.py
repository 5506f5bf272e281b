"""Hand-built parses for the event coder's rules, as spaCy's own tests build them.

A sentence is written one token a row: ``(word, head, dep, pos, tag)``, with an optional sixth field for the
lemma (the lower-case word by default); ``head`` is the absolute index of the head token (a root points to
itself). :func:`rows_of` writes the same rows a token a word, the part of speech read from the tag. Entities
are given as ``(start, end, key, type)``, already linked, as the linker leaves them. The coder then reads
exactly this parse, whatever the statistical model would have made of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsgraph.extract.events import EventCoder
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.linking import EntityInfo
from newsgraph.records import Event

Row = tuple[str, int, str, str, str] | tuple[str, int, str, str, str, str]

_NER_LABELS = {"Country": "GPE", "Person": "PERSON", "Organization": "ORG", "Place": "LOC"}

#: The part of speech the English pipeline gives a fine-grained tag, where a row does not say another.
POS_OF_TAG = {
    ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "HYPH": "PUNCT", "``": "PUNCT", "''": "PUNCT", "-LRB-": "PUNCT",
    "-RRB-": "PUNCT", "CC": "CCONJ", "CD": "NUM", "DT": "DET", "PDT": "DET", "EX": "PRON", "IN": "ADP",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN",
    "NNPS": "PROPN", "POS": "PART", "TO": "PART", "PRP": "PRON", "PRP$": "PRON", "WDT": "PRON", "WP": "PRON",
    "WP$": "PRON", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "RP": "ADP", "UH": "INTJ",
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
}


@cache
def vocab() -> Vocab:
    """English lexical attributes (lower case, shape...), which the coder reads, without any model."""
    return English().vocab


@cache
def coder() -> EventCoder:
    return EventCoder("newsgraph_events", Gazetteer.default(), Lexicon.default())


def rows_of(text: str) -> list[Row]:
    """The rows of a sentence written a token a word, ``word/head/dep/TAG`` or ``word/head/dep/TAG/lemma``; the
    part of speech is the tag's (:data:`POS_OF_TAG`) unless given after it, as in ``has/2/aux/VBZ=AUX/have``.

    >>> rows_of("Troops/1/nsubj/NNS/troop attacked/1/ROOT/VBD/attack ./1/punct/.")[:2]
    [('Troops', 1, 'nsubj', 'NOUN', 'NNS', 'troop'), ('attacked', 1, 'ROOT', 'VERB', 'VBD', 'attack')]
    """
    rows: list[Row] = []
    for token in text.split():
        word, head, dep, tagged, *lemma = token.split("/")
        tag, _, pos = tagged.partition("=")
        row = (word, int(head), dep, pos or POS_OF_TAG[tag], tag)
        rows.append((*row, *lemma) if lemma else row)  # type: ignore[arg-type]
    return rows


def parse(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = (),
          published: date | None = date(2024, 5, 10)) -> Doc:
    """A Doc with exactly this parse and these linked entities."""
    words = [r[0] for r in rows]
    doc = Doc(vocab(), words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] if len(r) > 5 else r[0].lower() for r in rows])  # type: ignore[misc]
    doc.ents = [Span(doc, start, end, label=_NER_LABELS.get(kind, "ORG"), kb_id=key)
                for start, end, key, kind in entities]
    doc._.entities = {key: EntityInfo(key, doc[start:end].text, kind) for start, end, key, kind in entities}
    doc._.timexes = []
    doc._.relations = []
    doc._.published = published
    doc._.published_source = "manifest" if published else "unknown"
    return doc


def code(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = (),
         published: date | None = date(2024, 5, 10)) -> list[Event]:
    """The events the coder reads in the hand-built parse."""
    return [event for event, _ in coder().code(parse(rows, entities, published))]


def code_in(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]] = (),
            doc_id: str = "story-1") -> tuple[list[Event], dict[str, EntityInfo]]:
    """The events the coder reads in the hand-built parse as article ``doc_id``, and the article's entities after
    coding (the ones coding added: a group of an article, a force of no named country)."""
    doc = parse(rows, entities)
    doc._.doc_id = doc_id
    events = [event for event, _ in coder().code(doc)]
    return events, doc._.entities


def triples(events: Sequence[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.category, e.actor or e.actor_sector, e.recipient or e.recipient_sector) for e in events}
