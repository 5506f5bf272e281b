"""Ingest: read articles from files, folders and JSON Lines corpora into :class:`~newsgraph.records.Document`.

The first stage of the data flow (DESIGN.md). It decodes each input, takes its metadata (publication date,
publisher, URL, title) from a manifest, the corpus line, the HTML metadata or the page text, blanks out page
furniture (bylines, "ALSO READ" links, share widgets, photo credits) and records a content hash.

Offsets: for ``.txt`` files and ``.jsonl`` corpus lines, furniture is *blanked* (each removed character
becomes a space, line breaks stay), so ``Document.text`` has exactly the length and offsets of the text as
read: line endings are kept as they are, and only a leading UTF-8 byte order mark is dropped (offsets count
from after it).
For HTML the text is what trafilatura extracts from the page, and no offset into the file is promised.

Bad inputs are not raised: :func:`read_articles` yields the error object in the place of the article, so the
caller can print its one-line message and the other inputs still load.

Example:
    >>> text = "By Jane Smith\\nTOKYO: Japan said on Saturday it would act.\\nShare on Facebook\\n"
    >>> cleaned = remove_furniture(text)
    >>> len(cleaned) == len(text), cleaned.split()
    (True, ['TOKYO:', 'Japan', 'said', 'on', 'Saturday', 'it', 'would', 'act.'])
    >>> find_page_date("Published: 05th February 2022 11:10 PM | Last Updated: 06th February 2022")
    datetime.date(2022, 2, 5)
"""

from __future__ import annotations

import codecs
import copy
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from dateutil import parser as date_parser

from newsgraph.errors import BadArticleError, BadManifestError
from newsgraph.records import Document

__all__ = [
    "FURNITURE_RULES",
    "PAGE_DATE_RULES",
    "SUPPORTED_EXTENSIONS",
    "FurnitureRule",
    "IngestResult",
    "ManifestEntry",
    "PageDateRule",
    "content_hash",
    "count_articles",
    "find_page_date",
    "furniture_spans",
    "read_articles",
    "read_manifest",
    "remove_furniture",
]

#: File name extensions read as articles (compared case-insensitively).
SUPPORTED_EXTENSIONS: Final[tuple[str, ...]] = (".htm", ".html", ".jsonl", ".txt")

_MANIFEST_FIELDS: Final = ("file", "published", "publisher", "url", "title")
_TEXT_FIELDS: Final = ("publisher", "url", "title")

#: What :func:`read_articles` yields: a document, or the error that stands in place of a bad input.
IngestResult = Document | BadArticleError | BadManifestError

# ------------------------------------------------------------
# Building blocks of the patterns below. All are used with re.IGNORECASE unless a rule says otherwise;
# (?-i:...) marks the parts that must keep their case.

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
#: A calendar date with day, month and year, in the spellings news sites print.
_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 05th February 2022, 5 Feb. 2022
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # February 5, 2022; Feb. 5th 2022
    rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}"  # 2022-02-05 (ISO; a following T23:10 is a time)
    rf"|{_YEAR}/\d{{1,2}}/\d{{1,2}}"  # 2022/02/05
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR})"  # 05/02/2022, 05.02.2022 (read only when unambiguous)
)
_TIME = r"T?\d{1,2}(?:[:.]\d\d){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\.?)?"
_ZONE = r"(?:Z|[+-]\d\d:?\d\d|\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)"
_STAMP_KEYWORD = r"(?:(?:first|last|originally)\s+)?(?:published|posted|updated|modified|edited)"
#: "Published: 05th February 2022 11:10 PM IST", "Updated on Feb. 5, 2022, at 3:10 p.m." (date: group 1).
_STAMP = (
    rf"{_STAMP_KEYWORD}(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?:{_WEEKDAY},?\s+)?(?:{_TIME}\s*(?:{_ZONE}\s*)?,?\s*)?"
    rf"({_DATE})(?:\s*(?:,|at|-|/)?\s*{_TIME})?(?:\s*{_ZONE})?"
)
#: "Updated 3 hours ago", "Posted: 10 min ago".
_STAMP_AGO = (
    rf"{_STAMP_KEYWORD}\s*[:\-–—]?\s*(?:an?|\d+)\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago"
)
#: A person or agency name as bylines print it: capitalized words ("Jane Smith", "ANI", "Reuters Staff",
#: "Ana de la Cruz"), never a weekday or month ("By Saturday, ...").
_NAME = (
    r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June"
    r"|July|August|September|October|November|December)\b)[A-Z][\w.'’-]*"
    r"(?:\s+(?:(?:de|da|del|der|di|du|la|le|van|von|bin|al|el|ter)\s+)*[A-Z][\w.'’-]*){0,4})"
)
_BYLINE = (
    r"(?-i:(?:Written|Reported|Story|Text|Words)\s+[Bb]y|By|BY|(?:WRITTEN|REPORTED)\s+BY)\s+(?:the\s+)?"
    rf"{_NAME}"
    rf"(?:\s*(?:,|and|&|/|\|)\s*{_NAME}){{0,5}}"
)
_SEPARATOR = r"\s*[|•·]\s*"
_FONT_SIZE = r"A\s?\+\s?A\s?-|A\s?-\s?A\s?\+"


_LINE_SCOPE: Final = "line"  # the pattern must match a whole line; the whole line is removed
_SPAN_SCOPE: Final = "span"  # every match inside a line is removed; the rest of the line stays


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One kind of page furniture: a name, the pattern that finds it, and why it is not news.

    ``scope`` is ``"line"`` when the pattern must match a whole line (optionally framed by spaces, dashes or
    bullets) and the whole line is removed, or ``"span"`` when only the matched characters are removed.
    """

    name: str
    pattern: re.Pattern[str]
    scope: str
    why: str


def _rule(name: str, pattern: str, scope: str, why: str, *, ignore_case: bool = True) -> FurnitureRule:
    flags = re.IGNORECASE if ignore_case else 0
    if scope == _LINE_SCOPE:
        # Sites frame furniture with bullets and rules ("— Advertisement —", "» Read more"); they go too.
        pattern = rf"[\s\-–—•·*»>|_=]*(?:{pattern})[\s\-–—•·*»<|_=:]*"
    return FurnitureRule(name, re.compile(pattern, flags), scope, why)


_L, _S = _LINE_SCOPE, _SPAN_SCOPE
#: Only names in a credit ("Getty Images", "Reuters/Kim Kyung-Hoon", "AFP via Getty Images"), no sentence.
_CREDIT_NAMES = (
    r"[A-Z0-9][\w.'’&-]*(?:(?:\s*[,/|]\s*|\s+)(?:[A-Z0-9][\w.'’&-]*|&|via|of|the|and|for|by|de|courtesy))*"
)
_TIMESTAMP_SEGMENT = rf"(?:{_STAMP}|{_STAMP_AGO}|{_BYLINE}|{_FONT_SIZE}|\d+\s*min(?:ute)?s?\s+read)"

#: Page furniture removed from the text. The rules are general news furniture, not fitted to any one site:
#: a line rule must match a whole line, so the same words inside a sentence ("he said in a tweet") stay.
#: Captions and datelines ("TOKYO:", "WASHINGTON (Reuters) -") match no rule: they carry facts.
FURNITURE_RULES: Final[tuple[FurnitureRule, ...]] = (
    _rule(
        "byline", _BYLINE, _L,
        'who wrote or filed the story ("By ANI", "By Jane Smith and John Doe"): not part of the news',
    ),
    _rule(
        "staff credits",
        r"[(\[]?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|translated|contributed|produced)"
        r"\s+by\b[^\n]{0,300}",
        _L,
        'the agency footer "(Reporting by ...; Editing by ...)" lists staff, not news',
    ),
    _rule(
        "timestamp line", rf"{_TIMESTAMP_SEGMENT}(?:{_SEPARATOR}{_TIMESTAMP_SEGMENT})*", _L,
        '"Published: ... | Last Updated: ... | A+A-", "By X | 3 min read": read for the date, then removed',
    ),
    _rule(
        "related link",
        r"(?:also\s+read|read\s+(?:more|also|next)|see\s+also"
        r"|related(?:\s+(?:stories|articles|news|coverage|content|reading|topics))?"
        r"|recommended(?:\s+(?:stories|reading|for\s+you))?|more\s+on\s+this(?:\s+story)?"
        r"|you\s+may\s+also\s+like|don'?t\s+miss|must\s+read|trending(?:\s+now)?)"
        r"(?:\s*[:|\-–—»>]\s*[^\n]{0,300})?",
        _L,
        '"ALSO READ: ...", "READ MORE: ...", "Also Read | ...": a link to another story, not this one',
    ),
    _rule("click here", r"click\s+here\b[^\n]{0,200}", _L, "a link prompt"),
    _rule("font size", rf"(?<!\w)(?:{_FONT_SIZE})(?!\w)", _S, 'the "A+A-" text size buttons'),
    _rule(
        "share widget",
        r"(?:(?:share(?:\s+(?:this(?:\s+(?:article|story|post|page))?|on\s+\w+|via\s+\w+|to\s+\w+))?"
        r"|tweet(?:\s+this)?|whatsapp|e-?mail(?:\s+this)?|print(?:\s+this(?:\s+(?:article|page|story))?)?"
        r"|facebook|twitter|x|linkedin|reddit|telegram|pinterest|messenger|copy\s+(?:link|url)|comments?"
        r"|save(?:\s+(?:article|story))?|gift\s+(?:this\s+)?article)[\s|•·,/:]*)+",
        _L,
        'a row of share and print buttons ("Share on Facebook", "Tweet", "WhatsApp", "Email", "Print")',
    ),
    _rule(
        "advertisement",
        r"advertisement|advertisment|advert|ad|sponsored(?:\s+content)?"
        r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?"
        r"|continue\s+reading\s+(?:the\s+main\s+story|below)|scroll\s+to\s+continue(?:\s+with\s+content)?",
        _L,
        "an advertisement slot or its label",
    ),
    _rule(
        "newsletter",
        r"(?:subscribe|sign\s+up|register)\b[^\n]{0,100}?\b(?:newsletters?|updates|alerts|channel|inbox"
        r"|briefing)\b[^\n]{0,100}|subscribe(?:\s+(?:now|today|here))?",
        _L,
        '"Subscribe to our newsletter" and other sign-up prompts',
    ),
    _rule(
        "follow us",
        r"(?:follow|like|join|find)\s+us\s+on\b[^\n]{0,150}"
        r"|join\s+our\s+\w+\s+(?:channel|group|community)\b[^\n]{0,100}"
        r"|(?:download|get)\s+(?:the|our)\s+[^\n]{0,40}\bapp\b[^\n]{0,100}",
        _L,
        '"Follow us on ...", "Join our WhatsApp channel", app download prompts',
    ),
    _rule(
        "read time", r"\d+\s*min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?(?:article|story)[^\n]{0,40}", _L,
        "reading-time and audio-player labels",
    ),
    _rule(
        "copyright",
        rf"(?:©|\(c\)|copyright\s*©?)\s*(?:{_YEAR}|(?-i:[A-Z]))[^\n]{{0,200}}|all\s+rights\s+reserved\.?",
        _L,
        "the copyright footer; a year or a name must follow, so a sentence about copyright stays",
    ),
    _rule(
        "image source", r"(?:image|media|video|photo)\s+source\s*,[^\n]{0,100}", _L,
        '"Image source, Getty Images": the credit line under a picture',
    ),
    _rule(
        "caption label", r"^\s*(?:image|media)\s+caption\s*,\s*", _S,
        'the "Image caption," label before a caption (the caption itself stays)',
    ),
    _rule(
        "photo credit",
        r"\(\s*(?:(?:file|representational|representative|reuters|ap|afp|pti|ani|ians|epa|xinhua|getty|kyodo"
        r"|yonhap|aa|bloomberg)\s+)?(?:photo(?:graph)?s?|pics?|pictures?|images?|video\s+grab|screen\s*grab"
        r"|credits?|courtesy)\b[^()\n]{0,100}\)",
        _S,
        'a credit in parentheses that starts with Photo: "(Photo | AP)", "(Photo courtesy of ...)"',
    ),
    _rule(
        "photo credit",
        r"\([^()\n]{0,60}?\b(?:photo(?:graph)?|picture|image|pic)s?(?:\s*/\s*[^()\n]{1,60})?\s*\)",
        _S,
        'a credit in parentheses that ends with Photo: "(AFP Photo)", "(AP Photo/Jane Doe)"',
    ),
    _rule(
        "photo credit", r"\([^()\n]{0,40}\b(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|epa-efe)\b"
        r"[^()\n]{0,40}\)",
        _S,
        'a picture agency credit in parentheses: "(Getty Images)"',
    ),
    _rule(
        "photo credit",
        rf"(?:^|(?<=[.!?\"”’)\]]))\s*(?i:photo(?:graph)?|picture|image|pic)s?(?:\s+(?i:credit|courtesy|source))?"
        rf"\s*[:|/]\s*{_CREDIT_NAMES}\s*\.?\s*$",
        _S,
        '"Photo: Getty Images" closing a caption; only names may follow, so a caption after "Photo:" stays',
        ignore_case=False,
    ),
)


@dataclass(frozen=True, slots=True)
class PageDateRule:
    """A way pages print their publication date; ``kind`` is ``published`` or ``updated``.

    The pattern's first group is the date part, which ``dateutil`` parses.
    """

    kind: str
    pattern: re.Pattern[str]
    why: str


#: How a page states when it was published, in order of trust. A rule matches a whole segment of a line (the
#: line, or a part between "|" or "•" separators), so "Posted on March 3, 2021, the video drew ..." in a
#: paragraph is not read as a date line. "Updated" dates count only when nothing says Published or Posted.
PAGE_DATE_RULES: Final[tuple[PageDateRule, ...]] = (
    PageDateRule(
        "published",
        re.compile(rf"(?:^|(?<=[|•·]))\s*(?:(?:first|originally)\s+)?(?:published|posted)(?:\s+(?:on|at))?\s*"
                   rf"[:\-–—]?\s*(?:{_WEEKDAY},?\s+)?(?:{_TIME}\s*(?:{_ZONE}\s*)?,?\s*)?({_DATE})"
                   rf"(?:\s*(?:,|at|-|/)?\s*{_TIME})?(?:\s*{_ZONE})?(?:\s+by\s+[^|•·\n]{{1,60}})?\s*(?=[|•·]|$)",
                   re.IGNORECASE | re.MULTILINE),
        '"Published: 05th February 2022 11:10 PM", "Published on February 5, 2022", "Posted: 2022-02-05"',
    ),
    PageDateRule(
        "updated",
        re.compile(rf"(?:^|(?<=[|•·]))\s*(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*"
                   rf"(?:{_WEEKDAY},?\s+)?(?:{_TIME}\s*(?:{_ZONE}\s*)?,?\s*)?({_DATE})"
                   rf"(?:\s*(?:,|at|-|/)?\s*{_TIME})?(?:\s*{_ZONE})?\s*(?=[|•·]|$)",
                   re.IGNORECASE | re.MULTILINE),
        "\"Updated: Feb 5, 2022\": the last change, a fallback only when no line says when it was published",
    ),
)

_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_LINE = re.compile(r"[^\r\n]+")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


# ------------------------------------------------------------
# Text helpers


def furniture_spans(text: str) -> list[tuple[int, int, str]]:
    """Where page furniture is in ``text``: sorted ``(start, end, rule name)`` character spans.

    Example:
        >>> furniture_spans("Kishida speaks in Tokyo. (Photo | AP)\\nAdvertisement")
        [(25, 37, 'photo credit'), (38, 51, 'advertisement')]
    """
    spans: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(text):
        content = line.group()
        # A line that starts in lower case continues a hard-wrapped sentence ("... 1.50 dlrs per\n share."),
        # so it is never a furniture line by itself.
        first_letter = _FIRST_LETTER.search(content)
        continues_sentence = first_letter is not None and first_letter.group().islower()
        for rule in FURNITURE_RULES:
            if rule.scope == _LINE_SCOPE:
                if not continues_sentence and rule.pattern.fullmatch(content):
                    spans.append((line.start(), line.end(), rule.name))
                    break  # the whole line is gone; no other rule can remove more of it
            else:
                spans.extend((line.start() + m.start(), line.start() + m.end(), rule.name)
                             for m in rule.pattern.finditer(content) if m.end() > m.start())
    return sorted(set(spans))


def remove_furniture(text: str) -> str:
    """Blank page furniture out of ``text``: each removed character becomes a space, line breaks stay.

    The result has the same length as ``text``, so every character offset into it is an offset into ``text``.

    Example:
        >>> remove_furniture("Japan acts. (AFP Photo)")
        'Japan acts.            '
    """
    chars = list(text)
    for start, end, _name in furniture_spans(text):
        chars[start:end] = " " * (end - start)  # spans lie within one line: line breaks are never blanked
    return "".join(chars)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` with whitespace runs collapsed to one space and the ends stripped.

    Two copies of one article that differ only in spacing or in blanked furniture share it.

    Example:
        >>> content_hash("Japan  acts.\\n") == content_hash(" Japan acts.")
        True
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _parse_date_part(text: str) -> date | None:
    """Parse a date that names day, month and year; None when a part is missing or it is ambiguous."""
    text = text.strip()
    if m := _NUMERIC_DATE.match(text):
        first, second = int(m[1]), int(m[2])
        if first <= 12 and second <= 12 and first != second:
            return None  # 05/02/2022: the 5th of February or May 2nd; a wrong date is worse than none
    # Parse with two different defaults: a part the text does not give comes out differently, so it shows.
    try:
        one = date_parser.parse(text, default=datetime(1904, 1, 1), ignoretz=True)
        two = date_parser.parse(text, default=datetime(1905, 2, 2), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    return one.date() if one.date() == two.date() else None


def find_page_date(text: str) -> date | None:
    """The publication date a page prints, read with :data:`PAGE_DATE_RULES`; None when it prints none.

    A "Published" or "Posted" line wins over an "Updated" one wherever they are; "Last Updated" never wins
    over "Published". Nothing falls back to the day the program runs.

    Example:
        >>> find_page_date("Last Updated: 7 March 2022\\nPublished on February 5, 2022")
        datetime.date(2022, 2, 5)
        >>> find_page_date("Updated 3 hours ago") is None
        True
    """
    for rule in PAGE_DATE_RULES:
        for m in rule.pattern.finditer(text):
            found = _parse_date_part(m.group(1))
            if found is not None:
                return found
    return None


def _parse_given_date(value: str) -> date | None:
    """A date given as metadata: ``YYYY-MM-DD``, optionally followed by a time (ISO 8601)."""
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# ------------------------------------------------------------
# Manifest


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
    return BadManifestError(f"{where}: {_one_line(problem)}; {remedy}")


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
        unknown = sorted(set(record) - set(_MANIFEST_FIELDS))
        if unknown:
            yield _manifest_error(where, f"has an unknown field {', '.join(map(repr, unknown))}",
                                  f"use only {', '.join(_MANIFEST_FIELDS)}")
        published: date | None = None
        raw_published = record.get("published")
        if raw_published is not None:
            published = _parse_given_date(raw_published) if isinstance(raw_published, str) else None
            if published is None:
                yield _manifest_error(where, f"published {raw_published!r} is not a date",
                                      'write it as "YYYY-MM-DD", such as "2022-02-05", or leave it out')
        texts: dict[str, str | None] = {}
        for name in _TEXT_FIELDS:
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


def _looks_like_manifest(path: Path) -> bool:
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


# ------------------------------------------------------------
# Reading bytes


_CONTROL_BYTES: Final = frozenset(range(32)) - {9, 10, 12, 13, 27} | {127}


def _decode(data: bytes, where: str) -> str | BadArticleError:
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
                               f"give the article as {', '.join(SUPPORTED_EXTENSIONS)} text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if sum(b >= 0x80 for b in sample) > 0.3 * len(sample):
            return BadArticleError(where, "is a binary file, not text",
                                   f"give the article as {', '.join(SUPPORTED_EXTENSIONS)} text")
        return BadArticleError(where, f"is not valid UTF-8 (byte {e.start} is 0x{data[e.start]:02x})",
                               f"convert it to UTF-8, e.g. iconv -f latin1 -t utf-8 {where} > utf8.txt")
    if text.startswith("\ufeff"):
        text = text[1:]  # a UTF-8 byte order mark; offsets count from after it
    if not text.strip():
        return BadArticleError(where, "is empty", "give a file that holds the article's text")
    return text


def _read_bytes(path: Path) -> bytes | BadArticleError:
    try:
        return path.read_bytes()
    except OSError as e:
        return BadArticleError(str(path), f"cannot be read ({_one_line(e.strerror or str(e))})",
                               "check the file's permissions")


# ------------------------------------------------------------
# Articles


@dataclass(frozen=True, slots=True)
class _Metadata:
    published: date | None = None
    published_source: str = "unknown"
    publisher: str | None = None
    url: str | None = None
    title: str | None = None


def _pick_date(*candidates: tuple[date | None, str]) -> tuple[date | None, str]:
    """The first known date of ``(date, source)`` candidates in order of trust, else ``(None, "unknown")``."""
    for found, source in candidates:
        if found is not None:
            return found, source
    return None, "unknown"


def _document(doc_id: str, text: str, path: Path, meta: _Metadata) -> Document:
    return Document(id=doc_id, text=text, content_hash=content_hash(text), published=meta.published,
                    published_source=meta.published_source, publisher=meta.publisher, url=meta.url,
                    title=meta.title, path=str(path))


_FURNITURE_ONLY = ("holds no article text once page furniture (bylines, links, share buttons) is removed",
                   "check that the file holds the article itself")


def _read_text_file(path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    data = _read_bytes(path)
    if isinstance(data, BadArticleError):
        yield data
        return
    text = _decode(data, str(path))
    if isinstance(text, BadArticleError):
        yield text
        return
    cleaned = remove_furniture(text)
    if not cleaned.strip():
        yield BadArticleError(str(path), *_FURNITURE_ONLY)
        return
    published, source = _pick_date((entry.published if entry else None, "manifest"),
                                   (find_page_date(text), "page"))
    meta = _Metadata(published, source, entry.publisher if entry else None, entry.url if entry else None,
                     entry.title if entry else None)
    yield _document(path.name, cleaned, path, meta)


def _corpus_line(record: Any, where: str) -> tuple[str, str] | BadArticleError:
    """The id and text of a corpus line, or what is wrong with it."""
    remedy = 'each line must be one JSON object with "id" and "text", such as {"id": "a1", "text": "..."}'
    if not isinstance(record, dict):
        return BadArticleError(where, f"is a JSON {type(record).__name__}, not an object", remedy)
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or not str(doc_id).strip():
        shown = _one_line(repr(doc_id))[:40]
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


def _read_corpus(path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    data = _read_bytes(path)
    if isinstance(data, BadArticleError):
        yield data
        return
    text = _decode(data, str(path))
    if isinstance(text, BadArticleError):
        yield text
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
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
        cleaned = remove_furniture(article)
        if not cleaned.strip():
            yield BadArticleError(where, *_FURNITURE_ONLY)
            continue
        line_published: date | None = None
        raw_published = record.get("published")
        if raw_published is not None:
            line_published = _parse_given_date(raw_published) if isinstance(raw_published, str) else None
            if line_published is None:
                yield BadArticleError(where, f"published {_one_line(repr(raw_published))[:40]} is not a date",
                                      'write it as "YYYY-MM-DD"; the article loads without it')
        fields: dict[str, str | None] = {}
        for name in _TEXT_FIELDS:
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                yield BadArticleError(where, f"{name} is not a string",
                                      f"write {name} as a string; the article loads without it")
                value = None
            given = getattr(entry, name) if entry else None
            fields[name] = given if given is not None else value
        published, source = _pick_date((entry.published if entry else None, "manifest"),
                                       (line_published, "corpus"), (find_page_date(article), "page"))
        meta = _Metadata(published, source, fields["publisher"], fields["url"], fields["title"])
        yield _document(doc_id, cleaned, path, meta)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, where: str) -> str | BadArticleError:
    """Decode a page: UTF-8, or the charset the page declares in a ``<meta>`` tag."""
    text = _decode(data, where)
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
        found = _parse_given_date(str(value))
        if found is not None:
            return found
    return None


def _extract_html_text(tree: Any) -> str | None:
    """The article's text as trafilatura extracts it, captions included."""
    import trafilatura

    tree = copy.deepcopy(tree)
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


def _read_html(path: Path, entry: ManifestEntry | None) -> Iterator[IngestResult]:
    # trafilatura is imported here: only HTML needs it, and text-only runs need not pay for its import.
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    data = _read_bytes(path)
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
    cleaned = remove_furniture(extracted)
    if not cleaned.strip():
        yield BadArticleError(str(path), *_FURNITURE_ONLY)
        return
    # extensive=False: htmldate then reads only the page's markup (meta tags, JSON-LD, <time>, the URL); its
    # extensive search guesses from the text and takes a footer's "Copyright 2024" as 2024-01-01.
    metadata = extract_metadata(copy.deepcopy(tree), extensive=False)
    html_date = _meta_published(tree) or (_parse_given_date(metadata.date) if metadata.date else None)
    page_date = find_page_date(extracted) or find_page_date(trafilatura.html2txt(html) or "")
    published, source = _pick_date((entry.published if entry else None, "manifest"), (html_date, "html"),
                                   (page_date, "page"))

    def given(name: str, found: str | None) -> str | None:
        value = getattr(entry, name) if entry else None
        return value if value is not None else (found or None)

    meta = _Metadata(published, source, given("publisher", metadata.sitename), given("url", metadata.url),
                     given("title", metadata.title))
    yield _document(path.name, cleaned, path, meta)


def _unsupported(path: Path) -> BadArticleError:
    return BadArticleError(str(path), f"unsupported file type {path.suffix or '(no extension)'!r}",
                           f"give {', '.join(SUPPORTED_EXTENSIONS)} files or folders of them")


def _expand(path: Path, manifest: Path | None) -> Iterator[Path | BadArticleError]:
    """The article files a path names: itself, or a folder's supported files in sorted order."""
    if path.is_dir():
        found = False
        files = (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS)
        for file in sorted(files, key=lambda p: p.relative_to(path).as_posix()):
            if any(part.startswith(".") for part in file.relative_to(path).parts):
                continue  # hidden files and folders (.git, editor backups) are not articles
            if file.resolve() == manifest or (file.suffix.lower() == ".jsonl" and _looks_like_manifest(file)):
                continue  # a manifest in the folder describes the articles; it is not one
            found = True
            yield file
        if not found:
            yield BadArticleError(str(path), "the folder holds no article files",
                                  f"put {', '.join(SUPPORTED_EXTENSIONS)} files in it")
    elif path.is_file():
        if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            yield _unsupported(path)
        elif path.resolve() != manifest:
            yield path
    else:
        yield BadArticleError(str(path), "does not exist", "check the path")


_READERS: Final = {".txt": _read_text_file, ".jsonl": _read_corpus, ".htm": _read_html, ".html": _read_html}


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
        for found in _expand(Path(given), manifest_key):
            if isinstance(found, BadArticleError):
                yield found
                continue
            key = found.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
            reader = _READERS[found.suffix.lower()]
            for result in reader(found, entries.get(key)):
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
    try:
        for path in paths:
            for item in _expand(Path(path), manifest_path):
                if isinstance(item, Path):
                    if item.suffix.lower() == ".jsonl":
                        with item.open("rb") as handle:
                            total += sum(1 for line in handle if line.strip())
                    else:
                        total += 1
    except OSError:
        return None
    return total
