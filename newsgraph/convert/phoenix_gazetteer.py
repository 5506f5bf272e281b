"""From Phoenix actor and agent records to newsgraph gazetteer rows.

**Actors** (``petrarch-actors.jsonl``): every record of the three actor files that has a code and is not a
country's own record becomes one row: the people of ``Phoenix.Countries.actors.txt`` with their dated roles
(``[USAGOV 090120-170120]``), state bodies (``FEDERAL TRADE COMMISSION [USAGOVBUS]``), international bodies,
NGOs and companies, armed groups. A row keeps every code with its dates, in the dictionary's order, because
PETRARCH-2 takes the first code whose dates hold on the day of the story, else the undated one: the linker does
the same with the article's publication date (``newsgraph.extract.gazetteer.KnownActor.codes_on``).

Names are cleaned the way news writes them: words joined by spaces, the dictionary's "no plural" ``_`` dropped,
and titles taken off the front ("SECRETARY OF STATE GEORGE P. SHULTZ", "SOVIET LEADER LEONID BREZHNEV") using the
dictionaries' own words for them: agent phrases (``Phoenix.agents.txt``) and country names. A name is left out
when it would link wrongly more often than rightly:

- a name two records of different countries (or bodies) both claim ("AHMED ALI" of two countries): nobody can
  tell which one an article means;
- a person's one-word name (a surname, "KARZAI") when another record's name ends in the same word;
- a name that is nothing but titles once they are taken off.

**Country records** (``petrarch-places.jsonl``): the names in a country's own record (``AFGHANISTAN_ [AFG]``:
``+AFGHAN_``, ``+KABUL_``, ``+HELMAND``) are either names of the country (spellings, the long form, adjectives:
they start like the country's own name or contain it) or places in it (cities, provinces). Each row gives the
name, the country's code and which of the two it is.

**Agents** (``petrarch-sectors.jsonl``): every agent noun becomes a sector word with the sector of its code's first
three letters (``FOREIGN_MINISTER [~GOVFRM]`` is government) and its full code; plurals written in braces become
words of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsgraph.convert.phoenix_actors import ActorRecord, Agent
from newsgraph.extract.gazetteer import SECTOR_NAMES, DatedCode
from newsgraph.keys import slugify

__all__ = [
    "ActorRow",
    "PlaceRow",
    "actor_rows",
    "display_name",
    "place_rows",
    "sector_rows",
]

#: Words that start a title but are no agent of their own ("Acting Minister", "Former President").
_TITLE_LEADS = frozenset(("ACTING", "FORMER", "INTERIM", "DEPUTY", "VICE", "THE", "NEW", "OUTGOING", "INCOMING",
                          "CHIEF", "SENIOR", "TOP", "CAPTAIN", "COLONEL", "GENERAL", "MR.", "MRS.", "MS.", "DR.",
                          "SIR", "SHEIKH", "SHEIK", "MULLAH", "MAWLAWI", "AYATOLLAH", "HIS", "HER"))
#: Words of a name written in lower case inside it ("Bashar al-Assad", "Charles de Gaulle").
_LOWER_PARTICLES = frozenset(("al", "el", "de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "la",
                              "le", "di", "del", "bin", "ibn", "bint", "y", "of", "the", "and", "for", "on", "in"))
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$")
_NAME_OK = re.compile(r"^[A-Z0-9À-ÖØ-Þ.'&/-]+$")
_HAS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]{3}")
#: The file of countries and their people; its three-letter records are the countries themselves.
COUNTRIES_FILE = "Phoenix.Countries.actors.txt"
#: Codes of actors that belong to no country: international bodies, NGOs and militant groups, companies.
_NON_STATE = frozenset(("IGO", "NGO", "IMG", "MNC", "UAF"))


@dataclass(slots=True)
class ActorRow:
    """A gazetteer row for one actor record."""

    key: str
    label: str
    names: list[str]
    roles: list[DatedCode]
    person: bool
    origin: str

    def as_columns(self) -> tuple[str, ...]:
        """The row in the columns of ``petrarch-actors.tsv`` (``KNOWN_COLUMNS``)."""
        return ("|".join(self.names), self.key, self.label, "person" if self.person else "body",
                ";".join(role.as_text() for role in self.roles), self.origin)


@dataclass(slots=True)
class PlaceRow:
    """A name from a country's own record: the country itself (``kind`` country) or a place in it."""

    key: str
    label: str
    country: str
    kind: str
    origin: str
    names: list[str] = field(default_factory=list)

    def as_columns(self) -> tuple[str, ...]:
        """The row in the columns of ``petrarch-actors.tsv`` (``KNOWN_COLUMNS``): its code is the country's."""
        return ("|".join(self.names), self.key, self.label, self.kind, self.country, self.origin)


def display_name(name: str) -> str:
    """A dictionary name as news writes it: ``BASHAR AL-ASSAD`` → ``Bashar al-Assad``, ``JOHN MCCAIN`` →
    ``John McCain``, ``GEORGE P. SHULTZ`` → ``George P. Shultz``; acronyms of up to four letters stay upper.

    >>> display_name("BASHAR AL-ASSAD"), display_name("JAMES BAKER III"), display_name("U.N. SECURITY COUNCIL")
    ('Bashar al-Assad', 'James Baker III', 'U.N. Security Council')
    """
    words = name.split()
    out = []
    for index, word in enumerate(words):
        out.append("-".join(_display_part(part, index == 0 and n == 0, len(words))
                            for n, part in enumerate(word.split("-"))))
    return " ".join(out)


def _display_part(part: str, first: bool, length: int) -> str:
    if not part:
        return part
    lower = part.lower()
    if _ROMAN.match(part) and not first:
        return part
    if part[:1].isdigit():
        return lower  # "1st", "23rd"
    if "." in part or (length > 1 and len(part) <= 4 and not re.search(r"[AEIOUY]", part)):
        return part  # initials and acronyms: "U.N.", "P.", "NATO"-like letter groups without vowels
    if lower in _LOWER_PARTICLES and not first:
        return lower
    if lower.startswith("mc") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    if "'" in part:
        return "'".join(p.capitalize() if len(p) > 1 else p.upper() for p in part.split("'"))
    return part.capitalize()


#: What the dictionaries add to a country's code for a time it was not a recognised state of its own: not yet
#: recognised (``BLRUNR``), occupied (``KWTOCC``), autonomous (``ETHERIAUT``).
_STATE_STATUSES = ("UNR", "OCC", "AUT")


def _country_code(record: ActorRecord) -> str | None:
    """The country a record of the countries file is the own record of, or None for any other record.

    Its latest code is the country's three letters, and each earlier one is that code, perhaps dated
    (``AFGHANISTAN_ [AFG]``; ``IRAQ_ [IRQ <20030320] [IRQ >20060520]``), or the country while it was part of
    another state or not yet recognised (``BELARUS_ [USRBLR <910825] [BLRUNR 910825-911221] [BLR >911221]``,
    ``KUWAIT_ [KWT <900802] [KWTOCC 900802-910206] [KWT >910206]``): its three letters after the other state's
    and before a status. A person's role puts the sector after the country (``BLRGOV``), so it is never read
    as one."""
    if not record.roles:
        return None
    code = record.roles[-1].code
    if len(code) != 3 or code in _NON_STATE:
        return None
    for role in record.roles:
        earlier = role.code
        for status in _STATE_STATUSES:
            if len(earlier) > 3 and earlier.endswith(status):
                earlier = earlier[:-3]
                break
        if earlier != code and not (len(earlier) == 6 and earlier[3:] == code and earlier[:3] not in _NON_STATE):
            return None
    return code


def _is_country_record(source: str, record: ActorRecord) -> bool:
    """A country's own record in the countries file (``_country_code``)."""
    return source == COUNTRIES_FILE and _country_code(record) is not None


class _TitleStripper:
    """Takes titles off the front of a name, with the dictionaries' own words for titles."""

    def __init__(self, agents: Sequence[Agent], country_names: Iterable[str]) -> None:
        self.titles: set[tuple[str, ...]] = {tuple(a.phrase.upper().split()) for a in agents}
        self.countries: set[tuple[str, ...]] = {tuple(n.split()) for n in country_names}
        self.longest = max((len(p) for p in (*self.titles, *self.countries)), default=1)

    def strip(self, name: str) -> str:
        words = name.split()
        while len(words) > 1:
            width = self._title_width(words)
            if not width:
                # a country's name ("SOVIET", "UN") is taken off only before a title: "SOVIET LEADER ..."
                country = self._width(words, self.countries)
                if not country or not self._title_width(words[country:]):
                    break
                width = country
            words = words[width:]
        return " ".join(words)

    def _title_width(self, words: list[str]) -> int:
        if words[0] in _TITLE_LEADS:
            return 1
        if "-" in words[0] and tuple(words[0].split("-")) in self.titles:  # "SECRETARY-GENERAL"
            return 1
        return self._width(words, self.titles)

    def _width(self, words: list[str], phrases: set[tuple[str, ...]]) -> int:
        """The number of leading words that make one of ``phrases`` (the longest), leaving at least one."""
        for width in range(min(self.longest, len(words) - 1), 0, -1):
            if tuple(words[:width]) in phrases:
                return width
        return 0


def actor_rows(records: Sequence[tuple[str, ActorRecord]], agents: Sequence[Agent]) -> list[ActorRow]:
    """Rows for the actor records (each with the file it came from), in key order; see the module docstring
    for which names are left out."""
    country_names = [n for s, r in records if _is_country_record(s, r) for n in r.names]
    stripper = _TitleStripper(agents, country_names)
    candidates: list[tuple[ActorRecord, str, list[str], bool]] = []
    for source, record in records:
        if _is_country_record(source, record) or not record.roles:
            continue
        person = any(not role.default for role in record.roles)
        names: list[str] = []
        for raw in record.names:
            # a title opens a person's name ("SOVIET LEADER LEONID BREZHNEV"); a body's name is all its own
            # ("ARMENIAN GENERAL BENEVOLENT UNION", "ISLAMIC UNION": stripped, "BENEVOLENT UNION", "UNION")
            name = stripper.strip(raw) if person else _without_article(raw)
            if _NAME_OK.match(name.replace(" ", "")) is None or not _HAS_WORD.search(name):
                continue
            for variant in (_without_initials(name), name):
                if variant not in names:
                    names.append(variant)
        if names:
            candidates.append((record, f"{source}:{record.line}", names, person))
    owners: dict[str, set[str]] = defaultdict(set)
    surname_of: dict[str, set[int]] = defaultdict(set)  # a last word → the records whose longer names end in it
    for number, (record, _, names, _person) in enumerate(candidates):
        owner = _owner(record)
        for name in names:
            owners[name].add(owner)
            if len(name.split()) > 1:
                surname_of[name.split()[-1]].add(number)
    rows: dict[str, ActorRow] = {}
    for number, (record, origin, names, person) in enumerate(candidates):
        kept = [n for n in names if len(owners[n]) == 1
                and (len(n.split()) > 1 or not person or surname_of.get(n, {number}) == {number})]
        if not kept:
            continue
        key = slugify(display_name(kept[0]))
        first = rows.get(key)
        if first is not None:
            # the same name in two records of one owner: one record twice keeps the first; two people with
            # roles of their own ("GEORGE BUSH", father and son) are both kept, the other under its next name
            # ("George W. Bush"), so the linker can tell them apart by the dates of their roles
            if not (person and first.person) or set(first.roles) == set(record.roles):
                continue
            key = next((slugify(display_name(n)) for n in kept if slugify(display_name(n)) not in rows), "")
            if not key:
                continue
        label = display_name(next(n for n in kept if slugify(display_name(n)) == key))
        rows[key] = ActorRow(key, label, kept, list(record.roles), person, origin)
    return [rows[key] for key in sorted(rows)]


def _without_article(name: str) -> str:
    """A body's name without a leading "THE", which news writes or leaves out as the sentence needs."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] == "THE" else name


def _without_initials(name: str) -> str:
    """The name without middle initials, as news often writes it: ``CLAYTON K. YEUTTER`` → ``CLAYTON YEUTTER``."""
    words = name.split()
    if len(words) < 3:
        return name
    kept = [words[0], *(w for w in words[1:-1] if not re.fullmatch(r"[A-Z]\.", w)), words[-1]]
    return " ".join(kept)


def _owner(record: ActorRecord) -> str:
    """Who a record's codes say it belongs to: the country (first three letters) or the body (first six
    letters of an ``IGO``/``NGO``/``IMG``/``MNC`` code), for telling apart two records with one name."""
    owners = sorted({role.code[:6] if role.code[:3] in _NON_STATE else role.code[:3]
                     for role in record.roles})
    return "+".join(owners)


def place_rows(records: Sequence[tuple[str, ActorRecord]]) -> list[PlaceRow]:
    """Rows for the names in countries' own records (see the module docstring)."""
    rows: dict[str, PlaceRow] = {}
    claims: dict[str, set[str]] = defaultdict(set)
    country_records = [(s, r) for s, r in records if _is_country_record(s, r)]
    for _, record in country_records:
        for name in record.names:
            claims[name].add(_country_code(record) or "")
    for source, record in country_records:
        code = _country_code(record) or ""
        origin = f"{source}:{record.line}"
        primary = record.names[0]
        own: list[str] = []
        for name in record.names:
            if len(claims[name]) > 1 or _NAME_OK.match(name.replace(" ", "")) is None:
                continue
            if _names_the_country(name, primary):
                own.append(name)
                continue
            label = display_name(name)
            key = slugify(label)
            if key not in rows:
                rows[key] = PlaceRow(key, label, code, "place", origin, [name])
        if own:
            label = display_name(own[0])
            key = f"{slugify(label)}-{code.lower()}"
            rows[key] = PlaceRow(key, label, code, "country", origin, own)
    return [rows[key] for key in sorted(rows)]


def _names_the_country(name: str, primary: str) -> bool:
    """A spelling, long form or adjective of the country: it contains the country's name, starts like it (four
    letters: AFGHAN), or is spelt nearly like it (AFGANISTAN, IRAK: four fifths of the letters in common)."""
    squeezed, main = name.replace(" ", ""), primary.replace(" ", "")
    return main in squeezed or squeezed[:4] == main[:4] or SequenceMatcher(None, squeezed, main).ratio() >= 0.8


def sector_rows(agents: Sequence[Agent]) -> list[dict[str, str]]:
    """Sector words for the agents, one per word (the first agent line that gives it wins), sorted by word."""
    rows: dict[str, dict[str, str]] = {}
    for agent in agents:
        sector = SECTOR_NAMES.get(agent.code[:3])
        if sector is None:
            continue
        for word in (agent.phrase, *agent.plurals):
            if word and re.fullmatch(r"[a-z][a-z' .-]*", word) and word not in rows:
                rows[word] = {"word": word, "sector": sector, "cameo": agent.code,
                              "origin": f"Phoenix.agents.txt:{agent.line}"}
    return [rows[word] for word in sorted(rows)]
