"""The HTML reader: a news page reduced to its article text with trafilatura, captions kept, its metadata read.

trafilatura is imported when a page is read: text-only runs need not pay for its import.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.errors import BadArticleError
from newsgraph.ingest.dates import find_page_date, parse_given_date
from newsgraph.ingest.furniture import find_dateline, remove_furniture
from newsgraph.ingest.manifest import ManifestEntry
from newsgraph.ingest.readers import (
    FURNITURE_ONLY,
    IngestResult,
    Metadata,
    decode,
    make_document,
    pick_date,
    read_bytes,
    too_long,
)

__all__ = ["read_html"]


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, where: str) -> str | BadArticleError:
    """Decode a page: UTF-8, or the charset the page declares in a ``<meta>`` tag."""
    text = decode(data, where)
    if not isinstance(text, BadArticleError) or "UTF-8" not in text.problem:
        return text
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return text


def _meta_published(tree: Any) -> date | None:
    """The date of ``<meta property="article:published_time">`` in a parsed page, or None."""
    for value in tree.xpath("//meta[@property='article:published_time' or @name='article:published_time']"
                            "/@content"):
        found = parse_given_date(str(value))
        if found is not None:
            return found
    return None


def _extract_html_text(tree: Any) -> str | None:
    """The article's text as trafilatura extracts it, captions included."""
    import trafilatura

    tree = copy.deepcopy(tree)
    # What a page shows only without JavaScript ("Please enable JavaScript", a tracking pixel's text, a copy of
    # a video player's caption) is not the article; trafilatura keeps <noscript> text, so it goes first.
    for element in list(tree.iter("noscript")):
        element.drop_tree()
    # trafilatura drops <figure> with its <figcaption>; a caption states facts ("Kishida speaks in Tokyo"),
    # so it is turned into a plain paragraph first. Its photo credit is removed with the other furniture.
    for element in tree.iter("figcaption"):
        element.tag = "p"
    for element in tree.iter("figure"):
        element.tag = "div"
    # Each extraction gets its own copy: trafilatura prunes the tree it is given.
    text: str | None = trafilatura.extract(copy.deepcopy(tree), include_comments=False, include_tables=True,
                                           deduplicate=False)
    if not text or not text.strip():
        text = trafilatura.extract(tree, include_comments=False, include_tables=True, favor_recall=True)
    return text if text and text.strip() else None


def read_html(path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    data = read_bytes(path)
    if isinstance(data, BadArticleError):
        yield data
        return
    html = _decode_html(data, str(path))
    if isinstance(html, BadArticleError):
        yield html
        return
    tree = load_html(html)
    extracted = _extract_html_text(tree) if tree is not None else None
    if tree is None or extracted is None:
        yield BadArticleError(str(path), "no article text was found in the page",
                              "check that it is a news article page, or save the article's text as .txt")
        return
    if refused := too_long(str(path), extracted):
        yield refused
        return
    cleaned = remove_furniture(extracted)
    if not cleaned.strip():
        yield BadArticleError(str(path), *FURNITURE_ONLY)
        return
    # extensive=False: htmldate then reads only the page's markup (meta tags, JSON-LD, <time>, the URL); its
    # extensive search guesses from the text and takes a footer's "Copyright 2024" as 2024-01-01.
    metadata = extract_metadata(copy.deepcopy(tree), extensive=False)
    html_date = _meta_published(tree) or (parse_given_date(metadata.date) if metadata.date else None)
    page_date = find_page_date(extracted) or find_page_date(trafilatura.html2txt(html) or "")
    published, source = pick_date((entry.published if entry else None, "manifest"), (html_date, "html"),
                                   (page_date, "page"))

    def given(name: str, found: str | None) -> str | None:
        value = getattr(entry, name) if entry else None
        return value if value is not None else (found or None)

    meta = Metadata(published, source, given("publisher", metadata.sitename), given("url", metadata.url),
                     given("title", metadata.title), find_dateline(extracted))
    yield make_document(path.name, cleaned, path, meta)
