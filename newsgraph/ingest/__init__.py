"""Ingest: read articles from files, folders and JSON Lines corpora into :class:`~newsgraph.records.Document`.

The first stage of the data flow (DESIGN.md). It decodes each input, takes its metadata (publication date,
publisher, URL, title) from a manifest, the corpus line, the HTML metadata or the page text, blanks out page
furniture (bylines, "ALSO READ" links, share widgets, photo credits) and records a content hash.

The package has a module for each part: ``registry`` (the kinds of file, by name pattern), ``readers`` and
``html`` (one reader a kind of file, offsets kept), ``furniture`` (the rules that find page furniture),
``dates`` (publication dates printed on a page or given as metadata), ``manifest``, and ``walk`` (the paths a
user gives, each file to its reader). Their public names are here, each imported when first used, so that a
command that reads no article does not pay for the date parser and the furniture rules.

Bad inputs are not raised: :func:`read_articles` yields the error object in the place of the article, so the
caller can print its one-line message and the other inputs still load.

Example:
    >>> from newsgraph.ingest import find_page_date, remove_furniture
    >>> text = "By Jane Smith\\nTOKYO: Japan said on Saturday it would act.\\nShare on Facebook\\n"
    >>> cleaned = remove_furniture(text)
    >>> len(cleaned) == len(text), cleaned.split()
    (True, ['TOKYO:', 'Japan', 'said', 'on', 'Saturday', 'it', 'would', 'act.'])
    >>> find_page_date("Published: 05th February 2022 11:10 PM | Last Updated: 06th February 2022")
    datetime.date(2022, 2, 5)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgraph.ingest.dates import PAGE_DATE_RULES, PageDateRule, find_page_date
    from newsgraph.ingest.furniture import (
        FURNITURE_RULES,
        FurnitureRule,
        find_dateline,
        furniture_spans,
        remove_furniture,
    )
    from newsgraph.ingest.manifest import ManifestEntry, read_manifest
    from newsgraph.ingest.readers import IngestResult, content_hash
    from newsgraph.ingest.registry import READERS, Reader, reader_for, register_reader, supported
    from newsgraph.ingest.walk import STANDARD_INPUT, count_articles, read_articles

#: Where each public name lives.
_HOMES = {
    **dict.fromkeys(("PAGE_DATE_RULES", "PageDateRule", "find_page_date"), "dates"),
    **dict.fromkeys(("FURNITURE_RULES", "FurnitureRule", "find_dateline", "furniture_spans", "remove_furniture"),
                     "furniture"),
    **dict.fromkeys(("ManifestEntry", "read_manifest"), "manifest"),
    **dict.fromkeys(("IngestResult", "content_hash"), "readers"),
    **dict.fromkeys(("READERS", "Reader", "reader_for", "register_reader", "supported"), "registry"),
    **dict.fromkeys(("STANDARD_INPUT", "count_articles", "read_articles"), "walk"),
}

__all__ = [
    "FURNITURE_RULES",
    "PAGE_DATE_RULES",
    "READERS",
    "STANDARD_INPUT",
    "FurnitureRule",
    "IngestResult",
    "ManifestEntry",
    "PageDateRule",
    "Reader",
    "content_hash",
    "count_articles",
    "find_dateline",
    "find_page_date",
    "furniture_spans",
    "read_articles",
    "read_manifest",
    "reader_for",
    "register_reader",
    "remove_furniture",
    "supported",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
