"""Stable keys from text: slugs and digests that are the same for the same text on every machine.

>>> slugify("Fumio  Kishida")
'fumio-kishida'
>>> slugify("Côte d'Ivoire")
'cote-divoire'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["digest", "slugify"]

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """A lower-case ASCII slug: accents folded, apostrophes dropped, every other run of symbols one hyphen."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", folded.replace("'", "")).strip("-")
    return slug or "x" + digest(text, 8)


def digest(text: str, length: int = 16) -> str:
    """A short hexadecimal SHA-256 digest of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]
