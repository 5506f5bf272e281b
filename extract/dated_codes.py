"""Actors of the PETRARCH-2 / Phoenix dictionaries and the codes they held by date: who a name stood for on the
day of an article ("George Shultz" is ``USAGOV`` in 1987). The gazetteer reads them from the converted actor
table; the linker picks the code of the article's day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

__all__ = ["DatedCode", "KnownActor", "codes_on"]


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A CAMEO actor code and the days it holds (``start``/``end`` included; None for an open side). With
    neither, it is the default code: it holds when no dated one does."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def default(self) -> bool:
        return self.start is None and self.end is None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def as_text(self) -> str:
        """``USAGOV 2009-01-20 2017-01-20``, ``IRQ - 2003-03-20``, ``IGOUNO``: the form the converted table
        writes (``-`` for an open side; the code alone for a default code)."""
        if self.default:
            return self.code
        return " ".join((self.code, self.start.isoformat() if self.start else "-",
                         self.end.isoformat() if self.end else "-"))

    @classmethod
    def from_text(cls, text: str) -> DatedCode:
        parts = text.split()
        if len(parts) == 1:
            return cls(parts[0])
        if len(parts) != 3:
            raise ValueError(f"a role is CODE or CODE START END, not {text!r}")
        start, end = (None if p == "-" else date.fromisoformat(p) for p in parts[1:])
        return cls(parts[0], start, end)


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A person, body or place the PETRARCH-2 dictionaries name, with the codes it has had and when.

    ``kind`` is ``person`` (the dictionaries date its roles), ``body`` (its type is left to the NER: a body, a
    group, sometimes a person), ``place`` (a place in the country ``codes[0]``) or ``country`` (another name of
    that country). ``origin`` is the dictionary file and line.
    """

    key: str
    label: str
    kind: str
    codes: tuple[DatedCode, ...]
    origin: str

    def codes_on(self, day: date | None) -> tuple[str, ...]:
        """The codes that hold on ``day`` (see :func:`codes_on`).

        >>> shultz = KnownActor("george-shultz", "George Shultz", "person", (
        ...     DatedCode("USAELI", date(1938, 1, 1), date(1982, 7, 16)),
        ...     DatedCode("USAGOV", date(1982, 7, 16), date(1989, 1, 20))), "")
        >>> shultz.codes_on(date(1987, 3, 1)), shultz.codes_on(None)
        (('USAGOV',), ('USA',))
        """
        return codes_on(self.codes, day)


def codes_on(codes: Sequence[DatedCode], day: date | None) -> tuple[str, ...]:
    """The codes of an actor that hold on ``day``, chosen as PETRARCH-2 chooses them: the first dated code that
    holds, else the default (undated) codes. With no day, or no code for it, the default codes, else the
    country all the dated codes share (a person who served one country, on a day the dictionaries do not
    cover), else none."""
    if day is not None:
        for dated in codes:
            if not dated.default and dated.holds_on(day):
                return (dated.code,)
    defaults = tuple(c.code for c in codes if c.default)
    if defaults:
        return defaults
    countries = {c.code[:3] for c in codes}
    if len(countries) == 1 and not countries & _NON_STATE_CODES:
        return (next(iter(countries)),)
    return ()


#: Code prefixes of actors that belong to no country.
_NON_STATE_CODES = frozenset(("IGO", "NGO", "IMG", "MNC", "UAF", "---"))
