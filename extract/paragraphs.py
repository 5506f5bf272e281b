"""Paragraph boundaries: a blank line always ends a sentence.

News text puts headlines, standfirsts, captions and datelines on lines of their own, usually without a final
full stop; the statistical parser then runs a headline into the paragraph below it, and a fact read from that
"sentence" gets the wrong actor or the wrong words as evidence. The ``newsgraph_paragraphs`` component runs
before the parser and starts a sentence after every blank line; the parser keeps those boundaries and places
the others itself. Single line breaks are left to the parser, since wire copy wraps lines inside sentences.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs"]


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word after each blank line."""
    # Written as one array: setting ``token.is_sent_start`` checks the whole Doc each time, which made long
    # articles quadratic.
    starts = [token.i + 1 for token in doc[:-1] if token.is_space and token.text.count("\n") >= 2]
    if starts:
        sent_starts: Any = doc.to_array([SENT_START])
        sent_starts[starts] = 1
        doc.from_array([SENT_START], sent_starts)
    return doc
