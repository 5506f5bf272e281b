"""The custom attributes newsgraph's components read and write on spaCy objects.

Set before the pipeline runs (by ``newsgraph.extract.pipeline.make_doc``):

- ``Doc._.doc_id``: the article's id;
- ``Doc._.published``: its publication date (``datetime.date``) or None; time expressions are resolved
  against it and never against the day the program runs;
- ``Doc._.published_source``: where that date came from (``manifest``, ``page``, ``inferred``...); dates
  resolved against an ``inferred`` publication date are themselves marked inferred.

Written by the components:

- ``Doc._.entities`` (linking): ``dict[str, EntityInfo]``, canonical entities by key. Every linked entity span
  in ``doc.ents`` carries the key in ``span.kb_id_`` (so ``token.ent_kb_id_`` names a token's entity);
- ``Doc._.timexes`` (temporal): ``list[TimeExpression]`` in text order;
- ``Doc._.events`` (events): ``list[Event]``;
- ``Doc._.relations`` (linking, relations): ``list[Relation]``;
- ``Doc._.attributions`` (events): who the article says claims each event, by sentence start.

Extension attributes hold only plain Python values, so a Doc still pickles across processes.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["doc_text", "register_attributes", "remember_text"]

_DOC_ATTRIBUTES: dict[str, object] = {
    "doc_id": None,
    "published": None,
    "published_source": None,
    "entities": None,
    "timexes": None,
    "events": None,
    "relations": None,
    "attributions": None,
}


def register_attributes() -> None:
    """Declare newsgraph's ``Doc._`` attributes; safe to call many times."""
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_attributes()


# The article's text, kept in the Doc's user data: ``doc.text`` joins it token by token, a Python object per
# token, on every read. Not an extension attribute, so that a Doc made without it still gives its text.
_TEXT_KEY = "newsgraph.text"


def remember_text(doc: Doc, text: str) -> None:
    """Record that ``doc`` was made from ``text`` (the tokenizer keeps every character, so it is ``doc.text``)."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
