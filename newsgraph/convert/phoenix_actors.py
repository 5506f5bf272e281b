"""Reading the Phoenix actor and agent dictionaries into typed records.

**Actor files** (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``; PETRARCH-2's ``docs/source/dictionaries.rst``): a record is a primary phrase,
optionally followed by its codes on the same line, then synonyms (``+PHRASE``), then codes on lines that start with
a tab. A code is ``[CODE]`` (the default) or ``[CODE restriction]``: ``<date`` (until), ``>date`` (from),
``date-date``; dates are YYMMDD (years 00-30 are 20YY, the rest 19YY) or YYYYMMDD, and the limits are included.
A phrase joins its words with ``_`` (or spaces); a trailing ``_`` only means "no plural". Comments follow ``#``.

**Agent file** (``Phoenix.agents.txt``): ``PHRASE {PLURALS} [~CODE]`` lines: a generic noun for a sector of a
country's society (``POLICE {} [~COP]``); ``!PERSON! = MAN, MEN, ...`` defines a substitution used inside phrases
(``CONGRESS!PERSON!``). ``[~CODE]`` adds the code after the country's, ``[CODE~]`` before it (``NGO~``).

Only the structure is read here; :mod:`newsgraph.convert.phoenix_gazetteer` decides what becomes an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from newsgraph.extract.gazetteer import DatedCode

__all__ = [
    "ActorRecord",
    "Agent",
    "parse_dictionary_date",
    "read_actor_records",
    "read_agents",
]

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(slots=True)
class ActorRecord:
    """One record of an actor file: its names (upper case, words joined by spaces), codes and first line."""

    names: list[str]
    roles: list[DatedCode] = field(default_factory=list)
    line: int = 0
    section: str = ""
    bad_dates: int = 0


def parse_dictionary_date(text: str) -> date | None:
    """``090120`` → 2009-01-20, ``870930`` → 1987-09-30, ``19870101`` → 1987-01-01; None when not a day.

    >>> parse_dictionary_date("090120"), parse_dictionary_date("19270101"), parse_dictionary_date("870931")
    (datetime.date(2009, 1, 20), datetime.date(1927, 1, 1), None)
    """
    text = text.strip()
    if not text.isdigit():
        return None
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _role(text: str) -> DatedCode | None:
    """``USAGOV 090120-170120``, ``AFGELI``, ``IGOUNO >070201``, ``HTIOPPMED <061231``; None if unreadable."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z-]{3,}", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return DatedCode(code)
    restriction = "".join(parts[1:])
    if restriction.startswith("<"):
        end = parse_dictionary_date(restriction[1:])
        return DatedCode(code, None, end) if end else None
    if restriction.startswith(">"):
        start = parse_dictionary_date(restriction[1:])
        return DatedCode(code, start, None) if start else None
    first, dash, second = restriction.partition("-")
    start, end = parse_dictionary_date(first), parse_dictionary_date(second)
    if not dash or start is None or end is None:
        return None
    return DatedCode(code, start, end)


def _name(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).upper()


def read_actor_records(lines: Iterable[str]) -> list[ActorRecord]:
    """The records of an actor file, in file order; ``section`` is the last ``# ...`` heading line above."""
    records: list[ActorRecord] = []
    record: ActorRecord | None = None
    section = ""
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            heading = stripped.strip("# ").strip()
            if heading and line.startswith("#"):
                section = heading
            continue
        body = line.split("#", 1)[0]
        codes = _CODE.findall(body)
        text = _CODE.sub(" ", body)
        if line[0] in " \t" and not text.strip().startswith("+"):
            if record is not None:  # a code line of the record above
                _add_roles(record, codes)
            continue
        if text.strip().startswith("+"):
            name = _name(text.strip()[1:])
            if record is not None and name and name not in record.names:
                record.names.append(name)
            if record is not None:
                _add_roles(record, codes)
            continue
        name = _name(text)
        if not name:
            continue
        record = ActorRecord([name], line=number, section=section)
        records.append(record)
        _add_roles(record, codes)
    return records


def _add_roles(record: ActorRecord, codes: list[str]) -> None:
    for code in codes:
        role = _role(code)
        if role is None:
            record.bad_dates += 1
        elif role not in record.roles:
            record.roles.append(role)


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic agent noun: its phrase in lower case (singular as written), plurals, and code."""

    phrase: str
    plurals: tuple[str, ...]
    code: str
    before: bool
    line: int


def read_agents(lines: Iterable[str]) -> list[Agent]:
    """The agents of ``Phoenix.agents.txt`` with substitutions expanded (``CONGRESS!PERSON!`` gives
    congressman, congressmen, ...)."""
    substitutions: dict[str, list[str]] = {}
    agents: list[Agent] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        defined = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if defined:
            substitutions[defined.group(1)] = [w.strip() for w in defined.group(2).split(",") if w.strip()]
            continue
        found = _CODE.search(line)
        if not found:
            continue
        code_text = found.group(1).strip()
        if "~" not in code_text:
            continue
        before = code_text.endswith("~")
        code = code_text.strip("~").strip()
        head = line[: found.start()]
        plurals: tuple[str, ...] = ()
        braces = re.search(r"\{([^}]*)\}", head)
        if braces:
            plurals = tuple(_agent_phrase(p) for p in braces.group(1).split() if p.strip())
            head = head[: braces.start()] + head[braces.end():]
        for phrase in _substitute(head.strip(), substitutions):
            text = _agent_phrase(phrase)
            if text:
                agents.append(Agent(text, plurals, code, before, number))
    return agents


def _substitute(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    marker = re.search(r"![A-Z]+!", phrase)
    if marker is None:
        return [phrase]
    out: list[str] = []
    for word in substitutions.get(marker.group(0), []):
        out.extend(_substitute(phrase[: marker.start()] + word + phrase[marker.end():], substitutions))
    return out


def _agent_phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())
