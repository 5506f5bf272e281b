"""Where a known name stands alone and where it is a word of a longer name: which of the gazetteer's matches the
NER is left to decide.

The gazetteer's ruler tags known names before the statistical NER runs, so a name it tags is kept whole. A known
word inside a longer name it does not know would split that name: "Chad" of "Chad Smith", "Democratic Party" of
"Social Democratic Party", "American" of "American Airlines", "Gulf" and "Finland" of "the Gulf of Finland". Such
a match is dropped and the NER reads the name whole; linking then decides what it names.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

__all__ = ["continues_name", "inside_longer_name", "inside_of_names"]

#: Words that start or make up titles; a capitalized title next to a name does not make a longer name.
_TITLE_WORDS = frozenset([
    "president", "prime", "premier", "minister", "chancellor", "king", "queen", "ambassador", "envoy",
    "secretary", "general", "foreign", "defense", "defence", "senator", "governor", "mayor", "chief",
    "leader", "commander", "spokesman", "spokeswoman", "official", "deputy", "vice", "state", "navy", "army",
    "air", "force", "ministry", "embassy", "government", "parliament", "police"
])


def inside_longer_name(span: Span, covered: set[int]) -> bool:
    """True when a one-word match is part of a longer proper name ("Chad Smith", "Jordan Peterson"), or a
    body's name is the end of a longer one ("Social Democratic Party", "Free Democrats" are no "Democratic
    Party"): then the NER decides. A title or another known name beside it does not count ("U.S. President")."""
    if span.label_ == "NORP":
        return _opens_a_name(span, covered)
    if len(span) > 1:
        return span.label_ == "ORG" and continues_name(span.doc, span.start - 1, covered)
    doc = span.doc
    for i in (span.start - 1, span.end):
        if 0 <= i < len(doc):
            token = doc[i]
            if (token.pos_ == "PROPN" and token.is_title and not token.is_sent_start
                    and token.lower_ not in _TITLE_WORDS and i not in covered):
                return True
    return False


def inside_of_names(spans: list[Span]) -> set[int]:
    """Where matches start that are words of a longer name of the shape "X of Y" the gazetteer does not know: a
    place's or a body's one-word name followed by "of" and a name ("the Gulf of Guinea", "the Gulf of Finland",
    "the Congress of South African Trade Unions"). Tagged alone, "Gulf" became the Persian Gulf and "Finland"
    the country, a party to what was done in its gulf; the NER decides such a name whole. A longer known name
    ("the Gulf of Mexico") is matched whole and stays."""
    inside: set[int] = set()
    for span in spans:
        doc = span.doc
        after = span.end
        if len(span) != 1 or span.label_ not in ("LOC", "ORG") or after + 1 >= len(doc) or \
                doc[after].lower_ != "of" or doc[after].head.i != span.start or not span[0].is_title:
            continue
        if any(other.start <= span.start and other.end > span.end for other in spans):
            continue
        end = after + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == after + 1:
            continue
        inside.add(span.start)
        inside.update(other.start for other in spans if after < other.start < end)
    return inside


def _opens_a_name(span: Span, covered: set[int]) -> bool:
    """Whether a demonym opens a proper name of its own: a firm's or an association's ("American Airlines",
    "American Pork Congress", "Japanese Bankers Association"), the demonym a compound of a capitalised word after
    it that is neither a title, another known name, nor the sentence's start. Then the NER decides: tagged
    alone, the demonym made the firm the United States ("American Airlines said" gave the country's purchase)
    and the pork producers' congress the U.S. Congress."""
    doc = span.doc
    token = span[-1]
    if len(span) != 1 or token.dep_ != "compound" or span.end >= len(doc):
        return False
    # The words from the demonym's to the name's head; the head may be a known body's word ("Congress"), which
    # a word of the name before it makes another body's (inside_longer_name leaves it to the NER too).
    name = doc[span.end:token.head.i + 1]
    return len(name) > 0 and all(t.tag_ in ("NNP", "NNPS") and t.is_title and t.lower_ not in _TITLE_WORDS and
                                 not t.is_sent_start and (t.i not in covered or t.i == token.head.i > span.end)
                                 for t in name)


def continues_name(doc: Doc, i: int, covered: Collection[int] = ()) -> bool:
    """Whether ``doc[i]``, just before a body's name, is a word of the same name ("Christian" of "Christian
    Democrats", "Social" of "Social Democratic Party"): a capitalised word that modifies the name inside the
    sentence, neither a title nor another name."""
    if i < 0:
        return False
    token = doc[i]
    return token.is_title and not token.is_sent_start and token.lower_ not in _TITLE_WORDS and i not in covered \
        and token.tag_ in ("NNP", "NNPS", "JJ") and token.dep_ in ("compound", "amod", "nmod")
