"""Which characters a regular expression's match can begin with, read from the expression itself.

The temporal tagger tries each rule's pattern at many token starts (``finder._proposals``); most of those tries
fail on the first character ("second-day" needs a digit, "the-unit" an "a" or a "t"). Knowing, for each rule,
the ASCII characters its match may begin with, the tagger skips a start whose first character is none of them,
without a call into the regular expression engine.

The answer is an over-estimate, never an under-estimate: whatever the reader does not know (a construct it
does not read, a character outside ASCII in the pattern, case folding beyond ASCII) makes it answer ``None``,
"any character", and the rule is tried everywhere as before. Characters of the text outside ASCII are never
skipped. Python's own parser of regular expressions (``re._parser``) gives the parsed pattern.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from typing import Any

__all__ = ["first_characters"]

_ASCII = tuple(chr(i) for i in range(128))
_SPACE = frozenset(c for c in _ASCII if c.isspace())
_WORD = frozenset(c for c in _ASCII if c.isalnum() or c == "_")
_DIGIT = frozenset(string.digits)


class _Unknown(Exception):
    """A construct this reader does not follow: the pattern may start with anything."""


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a non-empty match of ``pattern`` may start with; None when it cannot tell (then a
    match may start with any character).

    >>> "".join(sorted(first_characters(re.compile(r"(?<!\\w)(?:the\\s+)?\\d+", re.IGNORECASE))))
    '0123456789Tt'
    >>> first_characters(re.compile(r"(?:the\\s+)?.")) is None  # any character may open it
    True
    """
    try:
        # Python's own parser and its constants; should they move, nothing is skipped
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found, nullable = _first(parsed, _constants)
    except Exception:  # any surprise means "cannot tell", which only costs speed
        return None
    if nullable:
        return None  # an empty prefix lets the match start with whatever follows it
    if pattern.flags & re.IGNORECASE:
        found |= {c.swapcase() for c in found}
    return frozenset(found)


def _first(items: Iterable[tuple[Any, Any]], c: Any) -> tuple[set[str], bool]:
    """The characters a match of the sequence ``items`` may start with, and whether it may match empty (``c``:
    the parser's constants)."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out |= {_ascii(av)}
            return out, False
        if op is c.IN:
            out |= _class(av, c)
            return out, False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # takes no character
        if op is c.SUBPATTERN:
            found, nullable = _first(av[-1], c)
            out |= found
        elif op is c.BRANCH:
            nullable = False
            for alternative in av[1]:
                found, empty = _first(alternative, c)
                out |= found
                nullable = nullable or empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _, repeated = av
            found, empty = _first(repeated, c)
            out |= found
            nullable = low == 0 or empty
        else:
            raise _Unknown(op)
        if not nullable:
            return out, False
    return out, True


def _ascii(code: Any) -> str:
    if not isinstance(code, int) or code >= 128:
        raise _Unknown(code)  # case folding may map a character outside ASCII onto one inside it ("ſ", "K")
    return chr(code)


def _class(items: Iterable[tuple[Any, Any]], c: Any) -> set[str]:
    """The ASCII characters of a character class ``[...]``."""
    categories = {c.CATEGORY_DIGIT: _DIGIT, c.CATEGORY_SPACE: _SPACE, c.CATEGORY_WORD: _WORD}
    negated = False
    members: set[str] = set()
    for op, av in items:
        if op is c.NEGATE:
            negated = True
        elif op is c.LITERAL:
            members.add(_ascii(av))
        elif op is c.RANGE:
            low, high = av
            _ascii(high)
            members.update(chr(i) for i in range(low, high + 1))
        elif op is c.CATEGORY and av in categories:
            members |= categories[av]
        else:
            raise _Unknown(op)
    return set(_ASCII) - members if negated else members
