"""The walk: the paths a user gives (files, folders, ``-`` for standard input) to their readers, in order."""


from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsgraph.errors import BadArticleError, BadManifestError
from newsgraph.ingest.manifest import ManifestEntry, looks_like_manifest, read_manifest
from newsgraph.ingest.readers import IngestResult, read_standard_input
from newsgraph.ingest.registry import Reader, reader_for, supported
from newsgraph.records import Document

__all__ = ["STANDARD_INPUT", "count_articles", "read_articles"]


def _unsupported(path: Path) -> BadArticleError:
    return BadArticleError(str(path), f"unsupported file type {path.suffix or '(no extension)'!r}",
                           f"give {supported()} files or folders of them")


#: The path that means standard input.
STANDARD_INPUT = "-"


def _reader(path: Path) -> Reader:
    found = reader_for(path)
    if found is None:  # _expand yields only files a reader takes
        raise LookupError(f"no reader for {path}")
    return found


def _walk(folder: Path) -> tuple[list[Path], list[OSError]]:
    """The article files under ``folder`` (hidden files and folders left out: .git, editor backups), and the
    subfolders that could not be listed, which a user must hear about rather than lose silently."""
    files: list[Path] = []
    unreadable: list[OSError] = []
    for root, folders, names in os.walk(folder, onerror=unreadable.append):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            file = Path(root, name)
            if not name.startswith(".") and reader_for(file) is not None and file.is_file():
                files.append(file)
    return files, unreadable


def _expand(path: Path, manifest: Path | None) -> Iterator[Path | BadArticleError]:
    """The article files a path names: itself, or a folder's supported files in sorted order."""
    if path.is_dir():
        found = False
        files, unreadable = _walk(path)
        for file in sorted(files, key=lambda p: p.relative_to(path).as_posix()):
            if file.resolve() == manifest or (_reader(file).holds_many and looks_like_manifest(file)):
                continue  # a manifest in the folder describes the articles; it is not one
            found = True
            yield file
        for error in unreadable:
            yield BadArticleError(str(error.filename or path), f"cannot be read ({error.strerror or error})",
                                  "check the folder's permissions; the files in it are skipped")
        if not found and not unreadable:
            yield BadArticleError(str(path), "the folder holds no article files",
                                  f"put {supported()} files in it")
    elif path.is_file():
        if reader_for(path) is None:
            yield _unsupported(path)
        elif path.resolve() != manifest:
            yield path
    else:
        yield BadArticleError(str(path), "does not exist", "check the path")



def read_articles(paths: Sequence[str | Path], manifest: str | Path | None = None) -> Iterator[IngestResult]:
    """Read articles from files, folders and JSON Lines corpora.

    Folders are read recursively, their ``.txt``, ``.html``/``.htm`` and ``.jsonl`` files in sorted order
    (other files and hidden ones are skipped; so is a manifest found in a folder). Inputs keep the order
    given; a file reached twice is read once.

    The publication date comes from, in order of trust: the manifest, the corpus line's ``published`` field,
    the HTML metadata, the page text ("Published: 05th February 2022"), else it stays unknown; the source is
    recorded in ``Document.published_source``. A manifest entry for a ``.jsonl`` corpus applies to each of its
    lines. ``Document.id`` is the file name, or the line's ``id`` in a corpus; a second article with an id
    already read is refused (its graph would replace the first one's).

    Args:
        paths: files and folders to read.
        manifest: a JSON Lines manifest (see :func:`read_manifest`), or None.

    Yields:
        A :class:`~newsgraph.records.Document` for each good article and, in place of each bad input, its
        :class:`~newsgraph.errors.BadArticleError` or :class:`~newsgraph.errors.BadManifestError` (not
        raised), whose message is one line naming the file (and line) and saying what to do. Manifest errors
        come first.

    Example:
        >>> for item in read_articles(["articles/", "extra.txt"], manifest="articles/manifest.jsonl"):
        ...     print(item if isinstance(item, Exception) else item.id)  # doctest: +SKIP
    """
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given bare; a str is a Sequence of characters
    entries: dict[Path, ManifestEntry] = {}
    manifest_key: Path | None = None
    if manifest is not None:
        manifest_key = Path(manifest).resolve()
        for item in read_manifest(manifest):
            if isinstance(item, BadManifestError):
                yield item
            else:
                entries[item.path.resolve()] = item
    seen_files: set[Path] = set()
    seen_ids: dict[str, str] = {}
    for given in paths:
        if str(given) == STANDARD_INPUT:
            for result in read_standard_input(sys.stdin.buffer.read()):
                if isinstance(result, Document):
                    if result.id in seen_ids:
                        yield BadArticleError("standard input", f"id {result.id!r} is already used by "
                                              f"{seen_ids[result.id]}", "give each article its own id; this one "
                                              "is skipped")
                        continue
                    seen_ids[result.id] = "standard input"
                yield result
            continue
        for found in _expand(Path(given), manifest_key):
            if isinstance(found, BadArticleError):
                yield found
                continue
            key = found.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
            for result in _reader(found).read(found, entries.get(key)):
                if isinstance(result, Document):
                    if result.id in seen_ids:
                        yield BadArticleError(
                            str(found), f"id {result.id!r} is already used by {seen_ids[result.id]}",
                            "give each article its own id or file name; this one is skipped")
                        continue
                    seen_ids[result.id] = str(found)
                yield result


def count_articles(paths: Sequence[str | Path], manifest: str | Path | None = None) -> int | None:
    """How many articles ``read_articles`` will yield at most (files, plus lines of corpora), for progress
    bars; None when the paths cannot be walked cheaply. Reads no article text."""
    manifest_path = Path(manifest).resolve() if manifest is not None else None
    total = 0
    if any(str(path) == STANDARD_INPUT for path in paths):
        return None  # standard input is read once, by read_articles
    try:
        for path in paths:
            for item in _expand(Path(path), manifest_path):
                if isinstance(item, Path):
                    total += _reader(item).count(item)
    except OSError:
        return None
    return total
