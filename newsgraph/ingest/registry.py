"""The readers' registry, in the way of rdflib's plugins: each kind of article file by name and file name
pattern, with the function that reads it and the one that counts its articles.

A new kind of input is one ``register_reader`` call; the walk over folders, the messages that list what is
supported and the command line's help all read the registry. This module imports no reader: each built-in one is
loaded when its first file is read, so that ``newsgraph --help`` and commands that read no article stay quick.

Example:
    >>> reader_for(Path("News/Story.HTML")).name
    'html'
    >>> reader_for(Path("notes.docx")) is None
    True
"""

from __future__ import annotations

import fnmatch
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgraph.ingest.manifest import ManifestEntry
    from newsgraph.ingest.readers import IngestResult

__all__ = ["READERS", "Reader", "reader_for", "register_reader", "supported"]


def _one(path: Path) -> int:
    return 1


@dataclass(frozen=True, slots=True)
class Reader:
    """A kind of article file: its name, the file name patterns it reads (shell-style, in lower case), and how.

    ``read`` yields the file's documents, and in place of each bad one its error; ``count`` says how many
    articles the file holds at most, cheaply, for progress bars. ``holds_many`` marks a file of many articles
    (a corpus), where a manifest of the same extension may also sit in a folder.
    """

    name: str
    patterns: tuple[str, ...]
    read: Callable[[Path, ManifestEntry | None], Iterator[IngestResult]]
    description: str
    count: Callable[[Path], int] = _one
    holds_many: bool = False


#: Readers by name, in the order they were registered.
READERS: dict[str, Reader] = {}


def register_reader(reader: Reader) -> Reader:
    """Add ``reader`` to :data:`READERS` (replacing one of the same name); returns it."""
    READERS[reader.name] = reader
    return reader


def reader_for(path: Path) -> Reader | None:
    """The reader for a file, by its name; the longest matching pattern wins (``*.warc.gz`` over ``*.gz``)."""
    name = path.name.lower()
    matches = [(len(pattern), reader) for reader in READERS.values() for pattern in reader.patterns
               if fnmatch.fnmatchcase(name, pattern)]
    return max(matches, key=lambda match: match[0])[1] if matches else None


def supported() -> str:
    """The file kinds the readers take, for messages: ``.htm, .html, .jsonl, .txt``."""
    return ", ".join(sorted(pattern.removeprefix("*") for reader in READERS.values() for pattern in reader.patterns))


def _later(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported at its first call."""
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


register_reader(Reader("text", ("*.txt",), _later("newsgraph.ingest.readers", "read_text_file"),
                       "plain text, one article a file"))
register_reader(Reader("corpus", ("*.jsonl",), _later("newsgraph.ingest.readers", "read_corpus"),
                       "JSON Lines, one article a line with id and text",
                       count=_later("newsgraph.ingest.readers", "count_lines"), holds_many=True))
register_reader(Reader("html", ("*.html", "*.htm"), _later("newsgraph.ingest.html", "read_html"),
                       "a web page, reduced to its article text"))
