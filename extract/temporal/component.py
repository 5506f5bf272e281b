"""The spaCy component ``newsgraph_temporal`` and :func:`tag_text`, which runs it on a plain text.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.attributes import register_attributes
from newsgraph.extract.temporal.finder import find_time_expressions
from newsgraph.records import TimeExpression


class TemporalTagger:
    """The ``newsgraph_temporal`` pipeline component: sets ``doc._.timexes``."""

    def __init__(self, nlp: Language, name: str = "newsgraph_temporal") -> None:
        self.name = name
        register_attributes()

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_time_expressions(doc)
        return doc


@Language.factory(
    "newsgraph_temporal",
    requires=["doc._.published", "doc.ents", "token.dep", "token.tag", "token.pos", "token.lemma"],
    assigns=["doc._.timexes"],
)
def make_temporal_tagger(nlp: Language, name: str) -> TemporalTagger:
    """Build the temporal tagger; add it after the parser and NER: ``nlp.add_pipe("newsgraph_temporal")``."""
    return TemporalTagger(nlp, name)


def tag_text(text: str, published: date | None, nlp: Language) -> list[TimeExpression]:
    """Time expressions of ``text`` with offsets into ``text``, relative ones resolved against ``published``.

    Runs ``nlp`` (its parse gives the tense); the temporal component need not be in it. A text of any length
    is read, in parts where it is long (``newsgraph.extract.pipeline.read_article``).
    """
    from newsgraph.extract.pipeline import read_article
    from newsgraph.records import Document

    register_attributes()
    doc = read_article(nlp, Document(id="text", text=text, content_hash="", published=published))
    if "newsgraph_temporal" in nlp.pipe_names and doc._.timexes is not None:
        return list(doc._.timexes)
    return find_time_expressions(doc)
