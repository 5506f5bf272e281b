"""Reuters-21578 SGML → a JSON Lines corpus that ``newsgraph build`` reads.

Each ``<REUTERS>`` element with a ``<BODY>`` becomes one line: ``id`` is its NEWID, ``text`` the body (SGML
character references decoded, the closing "Reuter" sign-off and control characters dropped), ``published``
the day of its ``<DATE>`` and ``title`` its ``<TITLE>``. Stories without a body (briefs whose text is
"Blah blah blah.", unprocessed tables) are left out, and so are bodies that repeat an earlier one word for word
(the build would skip them as the same article): reut2-000.sgm has 1,000 stories, 925 with a body, 913 of
them distinct.

``count`` makes a corpus of any size: the distinct stories first, then copies of them, copy k > 1 of story N
with the id ``N-k`` and one extra last line "(Copy k.)", so that its content hash differs and the build does
not skip it as the same article. ``skip`` leaves out that many stories of this sequence first (a corpus of
new stories to add to a store built from the first ones).

Usage:
    python bench/reuters.py ../shared/data/reuters21578/reut2-000.sgm -o reuters.jsonl [--count N] [--skip N]
"""

from __future__ import annotations

import argparse
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

__all__ = ["Story", "corpus_lines", "read_stories", "write_corpus"]

_STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_DATE = re.compile(r"<DATE>\s*([^<]+?)\s*</DATE>")
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_SIGN_OFF = re.compile(r"\s*\bReuter\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    text: str
    published: str
    title: str


def _clean(text: str) -> str:
    return _CONTROL.sub("", html.unescape(text))


def read_stories(path: str | Path) -> Iterator[Story]:
    """The stories of one ``reut2-NNN.sgm`` file that have a body, in file order, without repeated bodies."""
    data = Path(path).read_text(encoding="latin-1")  # the collection is ASCII with a few stray Latin-1 bytes
    seen: set[str] = set()
    for match in _STORY.finditer(data):
        attributes, content = match.groups()
        body = _BODY.search(content)
        newid = _NEWID.search(attributes)
        when = _DATE.search(content)
        if body is None or newid is None or when is None:
            continue
        text = _SIGN_OFF.sub("", _clean(body[1])).strip()
        key = " ".join(text.split())
        if not text or key in seen:
            continue
        seen.add(key)
        published = datetime.strptime(when[1].split()[0], "%d-%b-%Y").date().isoformat()
        title = _TITLE.search(content)
        yield Story(newid[1], text, published, " ".join(_clean(title[1]).split()) if title else "")


def corpus_lines(source: str | Path, count: int | None = None, skip: int = 0) -> Iterator[dict[str, str]]:
    """``count`` corpus records (every distinct story once when None), after leaving out the first ``skip``."""
    stories = list(read_stories(source))
    total = len(stories) if count is None else count
    for n in range(skip, skip + total):
        copy, story = n // len(stories) + 1, stories[n % len(stories)]
        line = {"id": story.id, "text": story.text, "published": story.published, "title": story.title}
        if copy > 1:
            line["id"] = f"{story.id}-{copy}"
            line["text"] = f"{story.text}\n(Copy {copy}.)"
        yield line


def write_corpus(source: str | Path, target: str | Path, count: int | None = None, skip: int = 0) -> int:
    """Write a JSON Lines corpus of ``count`` stories (see ``corpus_lines``); returns how many."""
    written = 0
    with Path(target).open("w", encoding="utf-8") as out:
        for line in corpus_lines(source, count, skip):
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sgm", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--count", type=int, default=None, help="stories to write (default: each distinct one)")
    parser.add_argument("--skip", type=int, default=0, help="stories of the sequence to leave out first")
    args = parser.parse_args()
    print(write_corpus(args.sgm, args.output, args.count, args.skip), "stories written")


if __name__ == "__main__":
    main()
