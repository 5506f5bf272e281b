"""Mentions: where in the article a fact was read, as a ``newsgraph.records.Mention``.

A mention keeps the character offsets of the words that name the fact and the whole sentence around them, so a
reader can check every edge of the graph against the text.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract.attributes import doc_text
from newsgraph.records import Mention

__all__ = ["mention_of"]


def mention_of(span: Span) -> Mention:
    """The mention of ``span`` (the trigger words of a fact) with the sentence it stands in.

    Offsets are characters into ``doc.text``; the words are the article's own (the model may have read them
    recased: ``newsgraph.extract.casing``); the sentence is trimmed of surrounding white space.
    """
    doc = span.doc
    article = doc_text(doc)
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    text = article[sentence.start_char:sentence.end_char]
    lead = len(text) - len(text.lstrip())
    clean = text.strip()
    start = sentence.start_char + lead
    return Mention(
        doc_id=doc._.doc_id or "",
        start=span.start_char,
        end=span.end_char,
        text=article[span.start_char:span.end_char],
        sentence_start=start,
        sentence_end=start + len(clean),
        sentence=" ".join(clean.split()),
    )
