"""Reading PETRARCH-2's CAMEO verb dictionary (``CAMEO.2.0.txt``) into typed records.

The file has three parts (its header and PETRARCH-2's ``PETRreader.read_verb_dictionary`` describe them):

- **synonym sets**: ``&CURRENCY`` followed by ``+DOLLAR``, ``+CASH_`` lines; a set is used in patterns by name;
- **verb blocks**: ``---  ACCELERATE   [---]  ---`` opens a block with its code, then one verb a line
  (``RUSH``, ``SPEED {SPEEDING SPEEDS SPED }``, ``+CALL_OFF [160]``: a multi-word verb with ``+`` on the verb,
  irregular forms in braces, an optional code of its own), then patterns, one a line:
  ``- * (TO BORDER)  [154]  # RUSH``. In a pattern ``*`` stands for the verb; words before it are the subject
  side, words after it the object side; a bare word is the head of a noun phrase, ``{MOD HEAD}`` a noun phrase
  with its head last, ``(PREP ...)`` a prepositional phrase, ``&SET`` any member of a synonym set, and
  ``$``/``+``/``^``/``%`` mark source, target, skipped and compound words. The code is the CAMEO event code,
  ``[---]`` none, and ``[A:B]`` a pair: A from source to target and B back from target to source. The comment
  names the verb the pattern was first written for (the file's header: "the verb[s] where the pattern was
  originally found");
- **transformations** (``~ a (a b ATTACK) SAY = a b 015``): how PETRARCH-2 composes reported events; newsgraph
  has its own frames for that, so they are not read.

Only the structure is read here; :mod:`newsgraph.convert.lexicon_rows` decides what becomes a lexicon entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = [
    "CameoCode",
    "NounPhrase",
    "PrepPhrase",
    "VerbBlock",
    "VerbDictionary",
    "VerbForm",
    "VerbPattern",
    "read_verb_dictionary",
]

_CODE = re.compile(r"\[\s*([^\]]*?)\s*\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
#: Pattern markers that say which side is source or target rather than what a word must be.
_MARKERS = frozenset("$+^%")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """An event code as written: ``190``; ``042:043`` is 042 forward and 043 back; ``:173`` only back."""

    forward: str | None
    back: str | None = None

    @classmethod
    def parse(cls, text: str) -> CameoCode:
        text = text.strip()
        forward, _, back = text.partition(":")
        return cls(_code_or_none(forward), _code_or_none(back))

    def __str__(self) -> str:
        if self.back is None:
            return self.forward or "---"
        return f"{self.forward or ''}:{self.back}"


def _code_or_none(text: str) -> str | None:
    text = text.strip()
    return text if text and text != "---" and text.isdigit() else None


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A noun phrase of a pattern: its head and the words that must modify it, upper case as written.

    Either may be a synonym set's name (``&MILITARY``)."""

    head: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PrepPhrase:
    """``(TO BORDER)``: a preposition and the noun phrases it governs (none for ``(TO)``); ``target`` when the
    phrase holds the target marker (``(TO +)``: whoever "to" governs is the target)."""

    prep: str
    nouns: tuple[NounPhrase, ...] = ()
    target: bool = False


Element = NounPhrase | PrepPhrase | str  # a str is a marker: "$", "+", "^", "%"


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One verb of a block: its words in lower case, verb first (``("call", "off")``), and its own code."""

    words: tuple[str, ...]
    code: CameoCode | None
    line: int

    @property
    def lemma(self) -> str:
        return self.words[0]


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One ``- ... * ... [code]`` line of a block."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: CameoCode
    line: int
    text: str
    origin: tuple[str, ...] = ()

    def written(self) -> str:
        """The pattern as the dictionary writes it, without its comment: ``- * (TO BORDER) [154]``."""
        return self.text


@dataclass(slots=True)
class VerbBlock:
    """A block of verbs that share patterns, with the block's own code."""

    name: str
    code: CameoCode
    line: int
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)

    def code_of(self, verb: VerbForm) -> CameoCode:
        """The code a verb has alone: its own, else the block's."""
        return verb.code if verb.code is not None else self.code


@dataclass(slots=True)
class VerbDictionary:
    """The synonym sets and verb blocks of a CAMEO verb file."""

    synsets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def members(self, name: str) -> tuple[str, ...]:
        """The phrases of a synonym set, lower case, words joined by spaces (``"written agreement"``)."""
        return self.synsets.get(name, ())


def read_verb_dictionary(lines: Iterable[str]) -> VerbDictionary:
    """Parse the lines of ``CAMEO.2.0.txt``; lines that fit no rule are kept in ``skipped`` with their number."""
    dictionary = VerbDictionary()
    section = "synsets"
    synset: str | None = None
    block: VerbBlock | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if line.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            section = "transformations"
            continue
        text = _strip_comment(line)
        if not text.strip() or section == "transformations":
            continue
        if section == "synsets":
            if text.startswith("&"):
                synset = text.split()[0]
                dictionary.synsets[synset] = ()
            elif text.lstrip().startswith("+") and synset is not None:
                member = _phrase(text.lstrip()[1:])
                if member and member not in dictionary.synsets[synset]:
                    dictionary.synsets[synset] = (*dictionary.synsets[synset], member)
            else:
                dictionary.skipped.append((number, line))
            continue
        opened = _BLOCK.match(text)
        if opened:
            block = VerbBlock(opened.group(1), CameoCode.parse(opened.group(2)), number)
            dictionary.blocks.append(block)
            continue
        if block is None:
            dictionary.skipped.append((number, line))
            continue
        if text.startswith("-"):
            pattern = _pattern(text, line, number)
            if pattern is None:
                dictionary.skipped.append((number, line))
            else:
                block.patterns.append(pattern)
            continue
        verb = _verb(text, number)
        if verb is None:
            dictionary.skipped.append((number, line))
        elif verb.words not in {v.words for v in block.verbs}:
            block.verbs.append(verb)
    return dictionary


def _strip_comment(line: str) -> str:
    for mark in ("#", ";"):
        if mark in line:
            line = line[: line.index(mark)]
    return line.rstrip()


def _phrase(text: str) -> str:
    """A dictionary phrase in lower case with spaces between words: ``WRITTEN_AGREEMENT`` → ``written
    agreement``; a trailing ``_`` (no plural) is dropped."""
    return " ".join(text.replace("_", " ").lower().split())


def _verb(text: str, number: int) -> VerbForm | None:
    """``SPEED {SPEEDING SPEEDS SPED }``, ``+CALL_OFF [160]``, ``ASK [020]``."""
    code = None
    found = _CODE.search(text)
    if found:
        code = CameoCode.parse(found.group(1))
        text = text[: found.start()] + text[found.end():]
    text = re.sub(r"\{[^}]*\}", " ", text).strip()
    if not text or " " in text:
        return None
    if "_" in text:
        parts = text.split("_")
        if not parts[0].startswith("+"):
            return None  # the verb is not the first word (none are in this file)
        parts[0] = parts[0][1:]
        words = tuple(p.lower() for p in parts if p)
    else:
        words = (text.lstrip("+").lower(),)
    if not all(re.fullmatch(r"[a-z][a-z'-]*", w) for w in words):
        return None
    return VerbForm(words, code, number)


def _pattern(text: str, line: str, number: int) -> VerbPattern | None:
    """``- * {ARMS SHIPMENT} (TO +)  [072]``."""
    found = _CODE.search(text)
    if not found or "*" not in text:
        return None
    code = CameoCode.parse(found.group(1))
    body = text[1: found.start()]
    before_text, _, after_text = body.partition("*")
    try:
        before = tuple(_elements(before_text))
        after = tuple(_elements(after_text))
    except ValueError:
        return None
    written = " ".join(text[: found.end()].split())
    comment = line[line.index("#") + 1:] if "#" in line else ""
    return VerbPattern(before, after, code, number, written, _origin(comment))


def _elements(text: str) -> Iterator[Element]:
    """The noun phrases, prepositional phrases and markers of one side of a pattern."""
    tokens = text.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "(":
            close = _closing(tokens, i, ")")
            inner = tokens[i + 1: close]
            if not inner:
                raise ValueError("empty prepositional phrase")
            prep = inner[0]
            parts = tuple(_elements(" ".join(inner[1:])))
            yield PrepPhrase(prep.replace("_", " "), tuple(n for n in parts if isinstance(n, NounPhrase)),
                             target="+" in parts)
            i = close + 1
        elif token == "{":
            close = _closing(tokens, i, "}")
            words = [w for w in tokens[i + 1: close] if w not in _MARKERS]
            if words:
                yield NounPhrase(words[-1], tuple(words[:-1]))
            i = close + 1
        elif token in (")", "}"):
            raise ValueError("unbalanced brackets")
        elif token in _MARKERS:
            yield token
            i += 1
        else:
            yield NounPhrase(token)
            i += 1


def _closing(tokens: list[str], start: int, close: str) -> int:
    for j in range(start + 1, len(tokens)):
        if tokens[j] == close:
            return j
    raise ValueError(f"no closing {close!r}")


def _origin(comment: str) -> tuple[str, ...]:
    """The verbs a pattern's comment names as where it was first found: ``# RUSH``, ``# ANNOUNCE <ab ...>  ,
    ANNOUNCE``; coders' initials and dates in ``<...>`` are not verbs."""
    comment = re.sub(r"<[^>]*>", " ", comment)
    words = []
    for word in re.split(r"[\s,]+", comment):
        if re.fullmatch(r"[A-Z][A-Z_'-]+", word) and word not in words:
            words.append(word.lower())
    return tuple(words)
