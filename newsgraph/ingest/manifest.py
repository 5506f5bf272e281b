"""The manifest: a JSON Lines file giving each article's metadata (publication date, publisher, URL, title)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from newsgraph.errors import BadManifestError
from newsgraph.ingest.dates import parse_given_date

__all__ = ["MANIFEST_FIELDS", "TEXT_FIELDS", "ManifestEntry", "looks_like_manifest", "read_manifest"]

#: The fields a manifest line may have.
MANIFEST_FIELDS: Final = ("file", "published", "publisher", "url", "title")
#: The metadata fields given as plain strings (in a manifest and in a corpus line).
TEXT_FIELDS: Final = ("publisher", "url", "title")


def one_line(text: str) -> str:
    return " ".join(str(text).split())


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One manifest line: the metadata it gives for the article at ``path``."""

    path: Path
    line: int
    published: date | None = None
    publisher: str | None = None
    url: str | None = None
    title: str | None = None


def _manifest_error(where: str, problem: str, remedy: str) -> BadManifestError:
    return BadManifestError(f"{where}: {one_line(problem)}; {remedy}")


def read_manifest(manifest: str | Path) -> Iterator[ManifestEntry | BadManifestError]:
    """Read a JSON Lines manifest: one entry per good line, an error object for each bad one.

    Each line is ``{"file": ..., "published": "YYYY-MM-DD", "publisher": ..., "url": ..., "title": ...}``;
    every field but ``file`` is optional and ``file`` is relative to the manifest's folder. A line with a bad
    field still gives the entry with its good fields, beside the error.

    Args:
        manifest: the manifest's path.

    Yields:
        :class:`ManifestEntry` objects and :class:`~newsgraph.errors.BadManifestError` objects, in line order.
    """
    path = Path(manifest)
    if not path.is_file():
        problem = "is a folder, not a manifest file" if path.is_dir() else "the manifest does not exist"
        yield _manifest_error(str(path), problem, "give the path of a JSON Lines manifest file")
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield _manifest_error(str(path), f"is not valid UTF-8 (byte {e.start})",
                              f"convert it, e.g. iconv -f latin1 -t utf-8 {path} > manifest.utf8.jsonl")
        return
    except OSError as e:
        yield _manifest_error(str(path), f"cannot be read ({e.strerror})", "check the file's permissions")
        return
    first_line: dict[Path, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield _manifest_error(where, f"is not valid JSON: {e.msg} (column {e.colno})",
                                  'write one JSON object a line, such as {"file": "a.txt", "published": '
                                  '"2022-02-05"}')
            continue
        if not isinstance(record, dict):
            yield _manifest_error(where, f"is a JSON {type(record).__name__}, not an object",
                                  'write one JSON object a line, such as {"file": "a.txt"}')
            continue
        file_name = record.get("file")
        if not isinstance(file_name, str) or not file_name.strip():
            yield _manifest_error(where, 'has no "file" field',
                                  "add \"file\": the article's path, relative to the manifest's folder")
            continue
        unknown = sorted(set(record) - set(MANIFEST_FIELDS))
        if unknown:
            yield _manifest_error(where, f"has an unknown field {', '.join(map(repr, unknown))}",
                                  f"use only {', '.join(MANIFEST_FIELDS)}")
        published: date | None = None
        raw_published = record.get("published")
        if raw_published is not None:
            published = parse_given_date(raw_published) if isinstance(raw_published, str) else None
            if published is None:
                yield _manifest_error(where, f"published {raw_published!r} is not a date",
                                      'write it as "YYYY-MM-DD", such as "2022-02-05", or leave it out')
        texts: dict[str, str | None] = {}
        for name in TEXT_FIELDS:
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                yield _manifest_error(where, f"{name} {value!r} is not a string",
                                      f'write "{name}" as a string')
                value = None
            texts[name] = value
        article = path.parent / file_name
        if not article.is_file():
            yield _manifest_error(where, f"the article {file_name!r} does not exist",
                                  "fix the path (it is relative to the manifest's folder) or remove the line")
            continue
        key = article.resolve()
        if key in first_line:
            yield _manifest_error(where, f"{file_name!r} is already listed at line {first_line[key]}",
                                  "keep one line per article; this line is ignored")
            continue
        first_line[key] = number
        yield ManifestEntry(article, number, published, texts["publisher"], texts["url"], texts["title"])


def looks_like_manifest(path: Path) -> bool:
    """Whether a .jsonl file is a manifest (its first line has "file" and no "text"), not a corpus."""
    try:
        with path.open("rb") as f:
            for raw in f:
                if raw.strip():
                    record = json.loads(raw.decode("utf-8-sig"))
                    return isinstance(record, dict) and "file" in record and "text" not in record
    except (OSError, ValueError):
        return False
    return False
