"""Readers: an article file into :class:`~newsgraph.records.Document` objects, one reader a kind of file
(registered by file name pattern in ``newsgraph.ingest.registry``).

Offsets: for ``.txt`` files and ``.jsonl`` corpus lines, furniture is *blanked* (each removed character
becomes a space, line breaks stay), so ``Document.text`` has exactly the length and offsets of the text as
read: line endings are kept as they are, and only a leading UTF-8 byte order mark is dropped (offsets count
from after it). For HTML the text is what trafilatura extracts from the page, and no offset into the file is
promised.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from newsgraph.errors import BadArticleError, BadManifestError
from newsgraph.ingest.dates import find_page_date, parse_given_date
from newsgraph.ingest.furniture import find_dateline, remove_furniture
from newsgraph.ingest.manifest import TEXT_FIELDS, ManifestEntry, one_line
from newsgraph.ingest.registry import supported
from newsgraph.records import Document

__all__ = ["MAX_ARTICLE_CHARS", "IngestResult", "content_hash", "count_lines", "read_corpus", "read_standard_input",
           "read_text_file"]

#: The longest article newsgraph reads, in characters: ten times what the English model reads at once. Longer
#: articles than the model's limit are read in parts, in time and memory that grow with their length
#: (``newsgraph.extract.pipeline``); a text longer than this is many articles, not one, and would take most of
#: an hour. It is refused with a line saying how to split it, and the other articles still load.
MAX_ARTICLE_CHARS: Final = 10_000_000
#: A file above this size holds more than ``MAX_ARTICLE_CHARS`` characters of text (UTF-8 spends at most four
#: bytes a character, and a page's markup is not text): refused before it is read.
_MAX_FILE_BYTES: Final = 4 * MAX_ARTICLE_CHARS
_SPLIT_IT = "split it into articles: a file each, or a .jsonl corpus with one article a line"

#: What :func:`read_articles` yields: a document, or the error that stands in place of a bad input.
IngestResult = Document | BadArticleError | BadManifestError


def content_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` with whitespace runs collapsed to one space and the ends stripped.

    Two copies of one article that differ only in spacing or in blanked furniture share it.

    Example:
        >>> content_hash("Japan  acts.\\n") == content_hash(" Japan acts.")
        True
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


# ------------------------------------------------------------
# Reading bytes


_CONTROL_BYTES: Final = frozenset(range(32)) - {9, 10, 12, 13, 27} | {127}


def decode(data: bytes, where: str) -> str | BadArticleError:
    """Decode an article's bytes as UTF-8, or say what is wrong with them."""
    if not data.strip():
        return BadArticleError(where, "is empty", "give a file that holds the article's text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return BadArticleError(where, "is UTF-16 text, not UTF-8",
                               f"convert it, e.g. iconv -f utf-16 -t utf-8 {where} > article.txt")
    if data.startswith(b"%PDF-"):
        return BadArticleError(where, "is a PDF, not text",
                               "extract its text first (e.g. with pdftotext) and give that")
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _CONTROL_BYTES for b in sample) > 0.05 * len(sample):
        return BadArticleError(where, "is a binary file, not text",
                               f"give the article as {supported()} text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if sum(b >= 0x80 for b in sample) > 0.3 * len(sample):
            return BadArticleError(where, "is a binary file, not text",
                                   f"give the article as {supported()} text")
        return BadArticleError(where, f"is not valid UTF-8 (byte {e.start} is 0x{data[e.start]:02x})",
                               f"convert it to UTF-8, e.g. iconv -f latin1 -t utf-8 {where} > utf8.txt")
    if text.startswith("\ufeff"):
        text = text[1:]  # a UTF-8 byte order mark; offsets count from after it
    if not text.strip():
        return BadArticleError(where, "is empty", "give a file that holds the article's text")
    return text


def read_bytes(path: Path, *, one_article: bool = True) -> bytes | BadArticleError:
    """The file's bytes; a file that holds one article is refused unread when it is too large to be one."""
    try:
        if one_article and (size := path.stat().st_size) > _MAX_FILE_BYTES:
            return BadArticleError(str(path), f"is {size / 1e6:,.0f} MB, more than newsgraph reads as one "
                                   f"article ({MAX_ARTICLE_CHARS:,} characters)", _SPLIT_IT)
        return path.read_bytes()
    except OSError as e:
        return BadArticleError(str(path), f"cannot be read ({one_line(e.strerror or str(e))})",
                               "check the file's permissions")


def too_long(where: str, text: str) -> BadArticleError | None:
    """The error for an article longer than ``MAX_ARTICLE_CHARS``, or None."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return BadArticleError(where, f"is {len(text):,} characters long, more than the {MAX_ARTICLE_CHARS:,} "
                           "newsgraph reads as one article", _SPLIT_IT)


# ------------------------------------------------------------
# Articles


@dataclass(frozen=True, slots=True)
class Metadata:
    published: date | None = None
    published_source: str = "unknown"
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    dateline: str | None = None


def pick_date(*candidates: tuple[date | None, str]) -> tuple[date | None, str]:
    """The first known date of ``(date, source)`` candidates in order of trust, else ``(None, "unknown")``."""
    for found, source in candidates:
        if found is not None:
            return found, source
    return None, "unknown"


def make_document(doc_id: str, text: str, path: Path, meta: Metadata) -> Document:
    return Document(id=doc_id, text=text, content_hash=content_hash(text), published=meta.published,
                    published_source=meta.published_source, publisher=meta.publisher, url=meta.url,
                    title=meta.title, path=str(path), dateline=meta.dateline)


FURNITURE_ONLY = ("holds no article text once page furniture (bylines, links, share buttons) is removed",
                   "check that the file holds the article itself")


def read_text_file(path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    data = read_bytes(path)
    if isinstance(data, BadArticleError):
        yield data
        return
    text = decode(data, str(path))
    if isinstance(text, BadArticleError):
        yield text
        return
    yield _text_document(text, str(path), path.name, path, entry)


def _text_document(text: str, where: str, doc_id: str, path: Path, entry: ManifestEntry | None) -> IngestResult:
    if refused := too_long(where, text):
        return refused
    cleaned = remove_furniture(text)
    if not cleaned.strip():
        return BadArticleError(where, *FURNITURE_ONLY)
    published, source = pick_date((entry.published if entry else None, "manifest"),
                                   (find_page_date(text), "page"))
    meta = Metadata(published, source, entry.publisher if entry else None, entry.url if entry else None,
                     entry.title if entry else None, find_dateline(text))
    return make_document(doc_id, cleaned, path, meta)


def _corpus_line(record: Any, where: str) -> tuple[str, str] | BadArticleError:
    """The id and text of a corpus line, or what is wrong with it."""
    remedy = 'each line must be one JSON object with "id" and "text", such as {"id": "a1", "text": "..."}'
    if not isinstance(record, dict):
        return BadArticleError(where, f"is a JSON {type(record).__name__}, not an object", remedy)
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or not str(doc_id).strip():
        shown = one_line(repr(doc_id))[:40]
        problem = 'has no "id" field' if doc_id is None else f"has id {shown}, which is not a string"
        return BadArticleError(where, problem, remedy)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        if "file" in record and text is None:
            return BadArticleError(where, 'has no "text" field; it looks like a manifest line',
                                   "give a manifest as the manifest, not as an article")
        problem = 'has no "text" field' if text is None else '"text" is empty or not a string'
        return BadArticleError(where, problem, remedy)
    return str(doc_id), text


def read_corpus(path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    data = read_bytes(path, one_article=False)
    if isinstance(data, BadArticleError):
        yield data
        return
    text = decode(data, str(path))
    if isinstance(text, BadArticleError):
        yield text
        return
    yield from _corpus_lines(text, str(path), path, entry)


def _corpus_lines(text: str, origin: str, path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield BadArticleError(where, f"is not valid JSON: {e.msg} (column {e.colno})",
                                  "fix the line or remove it; the other lines still load")
            continue
        parsed = _corpus_line(record, where)
        if isinstance(parsed, BadArticleError):
            yield parsed
            continue
        doc_id, article = parsed
        if refused := too_long(where, article):
            yield refused
            continue
        cleaned = remove_furniture(article)
        if not cleaned.strip():
            yield BadArticleError(where, *FURNITURE_ONLY)
            continue
        line_published: date | None = None
        raw_published = record.get("published")
        if raw_published is not None:
            line_published = parse_given_date(raw_published) if isinstance(raw_published, str) else None
            if line_published is None:
                yield BadArticleError(where, f"published {one_line(repr(raw_published))[:40]} is not a date",
                                      'write it as "YYYY-MM-DD"; the article loads without it')
        fields: dict[str, str | None] = {}
        for name in TEXT_FIELDS:
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                yield BadArticleError(where, f"{name} is not a string",
                                      f"write {name} as a string; the article loads without it")
                value = None
            given = getattr(entry, name) if entry else None
            fields[name] = given if given is not None else value
        published, source = pick_date((entry.published if entry else None, "manifest"),
                                       (line_published, "corpus"), (find_page_date(article), "page"))
        meta = Metadata(published, source, fields["publisher"], fields["url"], fields["title"],
                        find_dateline(article))
        yield make_document(doc_id, cleaned, path, meta)


def count_lines(path: Path) -> int:
    """The articles of a JSON Lines corpus: its lines that are not blank (read as bytes, never decoded)."""
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


#: The id of an article read from standard input as plain text.
STANDARD_INPUT_ID = "stdin"


def read_standard_input(data: bytes) -> Iterator[IngestResult]:
    """An article, or a JSON Lines corpus, given on standard input (``newsgraph build -``).

    A first line that is a JSON object with ``text`` makes it a corpus; anything else is one plain-text article
    whose id is ``stdin``.
    """
    where = "standard input"
    text = decode(data, where)
    if isinstance(text, BadArticleError):
        yield text
        return
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        record = json.loads(first)
    except ValueError:
        record = None
    if isinstance(record, dict) and "text" in record:
        yield from _corpus_lines(text, where, Path("-"), None)
    else:
        yield _text_document(text, where, STANDARD_INPUT_ID, Path("-"), None)
