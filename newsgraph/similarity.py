"""Do two articles tell the same story? Bottom-k sketches of their content words.

An article without a publication date may take one from an article in the store that tells the same story in
nearly the same words (a rewrite or a machine paraphrase of it); the date is then marked inferred. "Nearly the
same words" is a Jaccard similarity of the two sets of content words (stop words and numbers left out) of at
least ``SAME_STORY``. Every article's sketch is kept in the store, so the comparison needs no article text.

A sketch holds the ``SKETCH_SIZE`` smallest 32-bit hashes of the content words: for a news article that is
usually all of them, so the similarity is exact; for longer texts it is the standard bottom-k estimate.

Example:
    >>> story = "Ministers from both countries met in the capital to discuss trade, energy, security, fishing "
    >>> story += "rights, visas, students, airports, railways, harbours, tariffs, farming, tourism, pensions, "
    >>> story += "hospitals, schools, bridges, forests, rivers, mines, banks, ports, roads, mountains and lakes."
    >>> round(similarity(text_sketch(story), text_sketch(story + " Officials welcomed the outcome.")), 2)
    0.91
    >>> text_sketch("Too short to tell.") is None
    True
"""

from __future__ import annotations

import heapq
import re
import zlib

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["MIN_CONTENT_WORDS", "SAME_STORY", "SKETCH_SIZE", "content_words", "similarity", "text_sketch"]

#: Jaccard similarity of content words at or above which two articles tell the same story.
SAME_STORY = 0.4
#: Texts with fewer distinct content words than this are too short to compare.
MIN_CONTENT_WORDS = 30
#: How many word hashes a sketch keeps.
SKETCH_SIZE = 512

_WORD = re.compile(r"[^\W\d_]+")
_WIDTH = 8  # hex digits per 32-bit hash


def content_words(text: str) -> set[str]:
    """The distinct lower-case words of ``text`` that are not stop words."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1}


def text_sketch(text: str) -> str | None:
    """The sketch of the text's content words as hex, or None when the text is too short to compare."""
    words = content_words(text)
    if len(words) < MIN_CONTENT_WORDS:
        return None
    hashes = heapq.nsmallest(SKETCH_SIZE, {zlib.crc32(w.encode("utf-8")) for w in words})
    return "".join(f"{h:08x}" for h in hashes)


def _hashes(sketch: str) -> list[int]:
    return [int(sketch[i:i + _WIDTH], 16) for i in range(0, len(sketch), _WIDTH)]


def similarity(sketch_a: str | None, sketch_b: str | None) -> float:
    """Jaccard similarity (0 to 1) of the content words behind two sketches; 0 when either is missing."""
    if not sketch_a or not sketch_b:
        return 0.0
    a, b = set(_hashes(sketch_a)), set(_hashes(sketch_b))
    # Bottom-k: among the k smallest hashes of the union, the share found in both sets.
    union_smallest = heapq.nsmallest(SKETCH_SIZE, a | b)
    limit_a, limit_b = max(a), max(b)
    # A hash above a full sketch's largest value is unknown to that sketch: only compare below both limits.
    full_a, full_b = len(a) >= SKETCH_SIZE, len(b) >= SKETCH_SIZE
    comparable = [h for h in union_smallest
                  if (not full_a or h <= limit_a) and (not full_b or h <= limit_b)]
    if not comparable:
        return 0.0
    return sum(1 for h in comparable if h in a and h in b) / len(comparable)
