"""The gazetteer and the entity ruler over it.

``Gazetteer`` loads the data files in ``extract/data/gazetteer`` (see the README there) and any files a user
adds, and answers "what does this name stand for". The ``newsgraph_gazetteer`` component runs before the
statistical NER: it marks every known name as an entity span, so the NER keeps those spans and predicts the
rest around them ("Crimea" is a place, never an organization; "Group of Seven" is one name, not "Group of" and
"Seven").

Example:
    >>> gaz = Gazetteer.default()
    >>> gaz.lookup("U.S.").entry.key
    'united-states'
    >>> gaz.lookup("Japanese").form
    'demonym'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.errors import PipelineError
from newsgraph.extract.casing import Recaser, recaser_for
from newsgraph.extract.dated_codes import DatedCode, KnownActor, codes_on
from newsgraph.extract.name_bounds import inside_longer_name, inside_of_names
from newsgraph.extract.userdata import CarriesUserData

__all__ = [
    "CONVERTED_PREFIX",
    "SECTOR_NAMES",
    "DatedCode",
    "Gazetteer",
    "GazetteerEntry",
    "KnownActor",
    "NameMatch",
    "Sector",
    "Title",
    "codes_on",
    "gazetteer_ruler",
]

#: The sector of each Phoenix agent code (the first three letters of an agent code such as ``GOVFRM``): the one
#: table of sector names, used by ``sectors.jsonl``, the converted ``petrarch-sectors.jsonl`` and the scorers.
SECTOR_NAMES: dict[str, str] = {
    "MIL": "military", "GOV": "government", "COP": "police", "LEG": "legislature", "JUD": "judiciary",
    "OPP": "opposition", "REB": "rebels", "CVL": "civilians", "BUS": "business", "MED": "media",
    "EDU": "education", "REL": "religion", "AGR": "agriculture", "LAB": "labor", "HLH": "health",
    "REF": "refugees", "CRM": "criminals", "ELI": "elites", "SPY": "intelligence", "ENV": "environment",
    "HRI": "human rights", "UAF": "armed groups", "PTY": "parties", "NGO": "ngos", "IGO": "igos",
    "IMG": "international militants", "RAD": "radicals", "MUS": "muslims", "CHR": "christians", "JEW": "jews",
    "HIN": "hindus", "BUD": "buddhists",
}

#: Gazetteer files converted from PETRARCH-2's dictionaries (``newsgraph convert petrarch``); every other
#: ``*.jsonl`` in the folder is the project's own.
CONVERTED_PREFIX = "petrarch-"

#: Which file holds which entity type.
_ENTITY_FILES: dict[str, str] = {
    "countries.jsonl": "Country",
    "organizations.jsonl": "Organization",
    "places.jsonl": "Place",
    "concepts.jsonl": "Concept",
    "people.jsonl": "Person",
}

#: The NER label a gazetteer span gets, by the entity type and the form of the name matched.
_LABEL_OF: dict[tuple[str, str], str] = {
    ("Country", "name"): "GPE",
    ("Country", "capital"): "GPE",
    ("Country", "demonym"): "NORP",
    ("Country", "metonym"): "ORG",
    ("Organization", "name"): "ORG",
    ("Place", "name"): "LOC",
    ("Person", "name"): "PERSON",
}

#: Surface forms of an entry, by the field that lists them.
_FORM_FIELDS: tuple[tuple[str, str], ...] = (
    ("aliases", "name"),
    ("demonyms", "demonym"),
    ("capitals", "capital"),
    ("metonyms", "metonym"),
)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known entity: its stable key, preferred label, type, codes and surface forms, and the file and line
    it was read from (``source``)."""

    key: str
    label: str
    type: str
    codes: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    source: str = ""
    #: a successor state: before ``since`` its capitals and metonyms stand for ``former``
    former: str | None = None
    since: date | None = None

    def code(self, scheme: str) -> str | None:
        return dict(self.codes).get(scheme)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """What a surface form stands for: the entry and the form (name, demonym, capital, metonym)."""

    entry: GazetteerEntry
    form: str


@dataclass(frozen=True, slots=True)
class Title:
    """A title or office ("prime minister") and the relation it gives its holder to a country or body."""

    title: str
    relation: str
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Sector:
    """A group word ("troops") that acts for a country, with its sector and Phoenix agent code."""

    word: str
    sector: str
    cameo: str | None = None


#: Names the project gives to no entry, where the dictionaries give them to one: "Congo" and "Congolese" alone name
#: either Congo, as outlets differ (Reuters' "Congo" is Kinshasa's since 1997, Brazzaville's while Kinshasa's was
#: Zaire), so "eastern Congo" is not made the Republic of the Congo (README.md).
_NAMES_OF_NEITHER = frozenset(("CONGO", "CONGOLESE"))
#: The converted files, in load order: the dictionaries' actors and places, and their agent nouns.
_CONVERTED_FILES: tuple[str, ...] = ("petrarch-actors.tsv", "petrarch-sectors.jsonl")
#: The columns of ``petrarch-actors.tsv``, tab-separated, one actor a line.
KNOWN_COLUMNS: tuple[str, ...] = ("names", "key", "label", "kind", "codes", "origin")
_KNOWN_KINDS = frozenset(("person", "body", "place", "country"))


@dataclass
class Gazetteer:
    """Everything newsgraph knows about names before reading: entries, titles, sector words and concepts, and
    the people, bodies and places of the PETRARCH-2 dictionaries (``known``)."""

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    names: dict[str, NameMatch] = field(default_factory=dict)
    concept_names: dict[str, GazetteerEntry] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)
    agents: dict[str, Sector] = field(default_factory=dict)
    known: dict[str, str] = field(default_factory=dict)
    dated_codes: dict[str, tuple[DatedCode, ...]] = field(default_factory=dict)
    country_keys: dict[str, str] = field(default_factory=dict)
    _known_actors: dict[str, KnownActor] = field(default_factory=dict, repr=False)  # by table line
    _surnames: dict[str, list[str]] | None = field(default=None, repr=False)  # table lines of people by last name
    _own_surnames: dict[str, list[str]] = field(default_factory=dict, repr=False)  # own people's keys, likewise
    _shadowed: dict[str, list[str]] = field(default_factory=dict, repr=False)  # people's lines under own names

    @staticmethod
    @cache
    def default() -> Gazetteer:
        """The gazetteer shipped with newsgraph (loaded once per process)."""
        return Gazetteer.load()

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> Gazetteer:
        """Load the project's own files, then the converted ones (by the merge policy of ``add_known``), then
        ``extra_files`` (a user's entries win over shipped ones)."""
        gaz = cls()
        folder = resources.files("newsgraph.extract.data").joinpath("gazetteer")
        for name in (*_ENTITY_FILES, "titles.jsonl", "sectors.jsonl", *_CONVERTED_FILES):
            resource = folder.joinpath(name)
            if resource.is_file():
                gaz._add_file(name, resource.read_text(encoding="utf-8"), name)
        for path in extra_files:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise PipelineError(f"cannot read gazetteer file {path}: {e}; check the path") from e
            gaz._add_file(path.name, text, str(path))
        return gaz

    @classmethod
    def load_texts(cls, files: Sequence[tuple[str, str]]) -> Gazetteer:
        """The shipped data, then a user's files given as ``(name, text)`` (as a saved pipeline carries them)."""
        gaz = cls.load()
        for name, text in files:
            gaz._add_file(Path(name).name, text, name)
        return gaz

    def _add_file(self, name: str, text: str, where: str) -> None:
        if name.endswith(".tsv"):
            self._add_known_table(text, where)
            return
        converted = name.startswith(CONVERTED_PREFIX)
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("//"):
                continue
            try:
                row = json.loads(line)
                if name == "titles.jsonl" or "title" in row:
                    title = Title(row["title"].lower(), row["relation"], row.get("sector"))
                    self.titles[title.title] = title
                elif name.endswith("sectors.jsonl") or "word" in row:
                    sector = Sector(row["word"].lower(), row["sector"], row.get("cameo"))
                    if converted:
                        self.agents.setdefault(sector.word, sector)
                    else:
                        self.sectors[sector.word] = sector
                else:
                    self.add_entry(_entry_from_row(row, _ENTITY_FILES.get(name), f"{Path(where).name}:{number}"))
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise PipelineError(f"{where}:{number}: not a valid gazetteer line ({e}); "
                                    "see extract/data/gazetteer/README.md for the format") from e

    def _add_known_table(self, text: str, where: str) -> None:
        """The converted table of actors and places (``petrarch-actors.tsv``): tens of thousands of lines, so
        loading only indexes each line by its names; a line becomes a :class:`KnownActor` when an article
        names it (``known_actor``)."""
        own = {_known_name(n) for n in self.names}
        columns = len(KNOWN_COLUMNS) - 1
        for number, line in enumerate(text.splitlines(), start=1):
            if not line or line[0] == "#" or line.startswith("names\t"):
                continue
            if line.count("\t") != columns:
                raise PipelineError(f"{where}:{number}: not a valid line of the actor table (it needs the "
                                    f"{columns + 1} tab-separated columns {', '.join(KNOWN_COLUMNS)}); "
                                    "see extract/data/gazetteer/README.md for the format")
            names, key, _rest = line.split("\t", 2)
            self.add_known(key, names.split("|"), line, own)

    def add_entry(self, entry: GazetteerEntry) -> None:
        self.entries[entry.key] = entry
        if entry.type == "Concept":
            for form in (entry.label, *entry.aliases):
                self.concept_names[form.lower()] = entry
            return
        if entry.type == "Country":
            for code in dict(entry.codes).values():
                self.country_keys.setdefault(code, entry.key)
        self.names[entry.label] = NameMatch(entry, "name")
        for field_name, form in _FORM_FIELDS:
            for surface in getattr(entry, field_name):
                self.names[surface] = NameMatch(entry, form)

    def add_known(self, key: str, names: Sequence[str], line: str, own_names: set[str]) -> None:
        """Add a line of the converted actor table under its names. The merge policy with the project's own
        entries, in one place:

        - a name the project's files give to an entry (as name, alias, demonym, capital or metonym; ``own_names``
          in upper case) stays that entry's: it is not looked up in the dictionaries;
        - an actor whose key is an own entry's key is that entry: the entry keeps its names and type, and a
          person takes the actor's dated roles (``dated_codes``); a body's other names in the dictionaries are
          looked up as any actor's (the linker makes them the own entry where the NER agrees it is a body):
          "Hezballah", "Party of God" are the project's Hezbollah;
        - another name of a country (kind ``country``) stands for the project's own country of that code, and
          is not looked up when the project has no such country;
        - the Phoenix agent nouns (``petrarch-sectors.jsonl``) are ``agents``, read by ``agent``; the event
          coder's group words stay the project's ``sectors`` (``_add_file``).
        """
        own = self.entries.get(key)
        if own is not None and own.type != "Organization":
            if own.type == "Person":
                actor = _known_from_line(line)
                if actor.kind == "person":
                    self.dated_codes[key] = actor.codes
            return
        if "\tcountry\t" in line and self.country_of_code(_known_from_line(line).codes[0].code) is None:
            return
        known = self.known
        for name in names:
            # the converter writes names in the form they are compared in; a user's table may not
            if not name.isupper() or "  " in name:
                name = _known_name(name)
            if name in _NAMES_OF_NEITHER:
                continue
            if name not in own_names and name not in known:
                known[name] = line
            elif name in own_names and "\tperson\t" in line:
                self._shadowed.setdefault(name, []).append(line)

    def known_actor(self, text: str) -> KnownActor | None:
        """The dictionaries' actor named ``text`` (case and spacing do not matter), or None.

        >>> Gazetteer.default().known_actor("George P. Shultz").codes_on(date(1987, 3, 2))
        ('USAGOV',)
        """
        for candidate in _candidates(text):
            line = self.known.get(_known_name(candidate))
            if line is not None:
                return self._actor_of_line(line)
        return None

    def _actor_of_line(self, line: str) -> KnownActor:
        """The actor of a table line, read once and kept."""
        actor = self._known_actors.get(line)
        if actor is None:
            actor = self._known_actors[line] = _known_from_line(line)
        return actor

    def known_surname(self, surname: str, day: date) -> KnownActor | None:
        """The one person of the dictionaries with the last name ``surname`` who holds a dated role on ``day``,
        or None when none or several do: wire copy names a leader by surname alone ("Kaunda dismissed ...",
        "the Thatcher government"), and on a given day few people of one surname hold an office.

        >>> Gazetteer.default().known_surname("Kaunda", date(1987, 3, 2)).label
        'Kenneth Kaunda'
        >>> Gazetteer.default().known_surname("Kaunda", date(1960, 3, 2)) is None  # no Kaunda in office
        True
        """
        name = _known_name(surname)
        lines = self._surname_lines(name)
        if any(self.in_public_life(key, day) for key in self._own_surnames.get(name, ())):
            return None  # a surname of the project's own people is theirs to link (by the article's fuller name)
        found: KnownActor | None = None
        for line in lines:
            actor = self._actor_of_line(line)
            if _in_office(actor.codes, day):
                if found is not None and found.key != actor.key:
                    return None  # two people of that name in office that day: no guess
                found = actor
        return found

    def _surname_lines(self, surname: str) -> list[str]:
        """The table lines of the dictionaries' people whose longer names end in ``surname`` (upper case)."""
        if self._surnames is None:  # built on the first lone surname, not at load
            self._surnames = {}
            for name, line in self.known.items():
                if "\tperson\t" in line and " " in name:
                    lines = self._surnames.setdefault(name.rsplit(" ", 1)[1], [])
                    if line not in lines:
                        lines.append(line)
            self._own_surnames = {}
            for entry in self.entries.values():
                if entry.type == "Person":
                    self._own_surnames.setdefault(_known_name(entry.label).rsplit(" ", 1)[-1], []).append(entry.key)
        return self._surnames.get(surname, [])

    def holder_on(self, name: str, key: str, day: date | None) -> KnownActor | None:
        """The dictionaries' person named ``name`` who holds an office on ``day``, where the project's own person
        ``key`` of that name holds none then: the project's "Bush" is George W. Bush, and "President Bush" in a
        story of 1990 is his father, whom the dictionaries date in office 1989-1993. None when the own person's
        roles are not dated (nobody can tell), or when no one else of the name held an office that day.

        >>> Gazetteer.default().holder_on("George Bush", "george-w-bush", date(1990, 8, 8)).label
        'George Bush'
        >>> Gazetteer.default().holder_on("George Bush", "george-w-bush", date(2003, 3, 20)) is None
        True
        """
        if day is None or not any(not c.default for c in self.dated_codes.get(key, ())) or \
                _in_office(self.dated_codes[key], day):
            return None
        name = _known_name(name)
        lines = self._shadowed.get(name, []) if " " in name else self._surname_lines(name)  # "Bush" alone
        for line in lines:
            actor = self._actor_of_line(line)
            if actor.key != key and _in_office(actor.codes, day):
                return actor
        return None

    def in_public_life(self, key: str, day: date | None) -> bool:
        """Whether the person ``key`` may be the one a news story of ``day`` names by surname alone: in a role
        the dictionaries date for that day, or past their first office; not before their public life (no
        "Kishida" of 1987 is Japan's prime minister of 2021). With no day, or no dated role, they may."""
        codes = [c for c in self.dated_codes.get(key, ()) if not c.default]
        if day is None or not codes or any(c.holds_on(day) for c in codes):
            return True
        starts = [c.start for c in codes if c.start is not None and c.code[3:6] != "ELI"]
        return not starts or day >= min(starts)

    def country_of_code(self, code: str) -> str | None:
        """The key of the project's country whose ISO or CAMEO code starts ``code`` (``USAGOV`` → united-states)."""
        return self.country_keys.get(code[:3]) if len(code) >= 3 else None

    def lookup(self, text: str) -> NameMatch | None:
        """What the name ``text`` stands for, trying it as written, without "the", and title-cased.

        >>> Gazetteer.default().lookup("the United States").entry.label
        'United States'
        """
        for candidate in _candidates(text):
            match = self.names.get(candidate)
            if match is not None:
                return match
        return None

    def title(self, words: str) -> Title | None:
        return self.titles.get(words.lower())

    def sector(self, lemma: str) -> Sector | None:
        """The project's sector word ``lemma`` (``sectors.jsonl``): a group that acts for a country."""
        return self.sectors.get(lemma.lower())

    def agent(self, words: str) -> Sector | None:
        """Any word for a kind of person or body that the project or the Phoenix agents dictionary gives a
        sector (``petrarch-sectors.jsonl``: "economist", "missionary", "foreign minister"), the project's first.

        The event coder's group words are the project's alone (``sector``): read as groups that act, Phoenix's
        3,300 agent nouns made economists' forecasts and missionaries' deaths into events of their own on the
        development sets, with no event gained."""
        words = words.lower()
        return self.sectors.get(words) or self.agents.get(words)


def _in_office(codes: Sequence[DatedCode], day: date) -> bool:
    """Whether a dated role other than a notable's out of office (``ELI``) holds on ``day``."""
    return any(not c.default and c.holds_on(day) and c.code[3:6] != "ELI" for c in codes)


def _candidates(text: str) -> Iterable[str]:
    yield text
    for article in ("the ", "The ", "THE "):
        if text.startswith(article):
            yield text[len(article):]
    if text.isupper() and len(text) > 3:
        yield text.title()


def _known_name(text: str) -> str:
    """The form names are compared in: upper case, one space between words, straight apostrophes."""
    return " ".join(text.replace("’", "'").upper().split())


def _known_from_line(line: str) -> KnownActor:
    """A line of ``petrarch-actors.tsv``: names, key, label, kind, codes (``;``-separated, see
    :meth:`DatedCode.from_text`), origin."""
    _names, key, label, kind, codes, origin = line.split("\t")
    if kind not in _KNOWN_KINDS:
        raise ValueError(f"kind must be one of {', '.join(sorted(_KNOWN_KINDS))}, not {kind!r}")
    return KnownActor(key, label, kind, tuple(DatedCode.from_text(c) for c in codes.split(";")), origin)


def _entry_from_row(row: dict[str, object], file_type: str | None, source: str = "") -> GazetteerEntry:
    codes = row.get("codes") or {}
    if not isinstance(codes, dict):
        raise TypeError("codes must be an object")
    entry_type = str(row.get("type") or file_type or "")
    if not entry_type:
        raise KeyError("type")

    def strings(name: str) -> tuple[str, ...]:
        value = row.get(name) or ()
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise TypeError(f"{name} must be a list of strings")
        return tuple(str(v) for v in value)

    return GazetteerEntry(
        key=str(row["key"]),
        label=str(row["label"]),
        type=entry_type,
        codes=tuple(sorted((str(k), str(v)) for k, v in codes.items())),
        aliases=strings("aliases"),
        demonyms=strings("demonyms"),
        capitals=strings("capitals"),
        metonyms=strings("metonyms"),
        kind=str(row["kind"]) if row.get("kind") else None,
        country=str(row["country"]) if row.get("country") else None,
        source=source,
        former=str(row["former"]) if row.get("former") else None,
        since=date.fromisoformat(str(row["since"])) if row.get("since") else None,
    )


class GazetteerRuler(CarriesUserData):
    """Marks every gazetteer name in a Doc as an entity span (``doc.ents``) and concepts in
    ``doc.spans["concepts"]``. Runs before the NER, which keeps these spans and fills in the rest.

    The shipped gazetteer, plus a user's files given to ``initialize(extra_files=[...])``; they travel with a
    pipeline saved by ``nlp.to_disk`` (``newsgraph.extract.userdata``).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self.use_data({})

    def data_changed(self) -> None:
        nlp, gazetteer = self.nlp, self.gazetteer
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.concepts = PhraseMatcher(nlp.vocab, attr="LOWER")
        # One match id per form, so the label of a span follows from the match without a lookup.
        surfaces: dict[str, list[str]] = {}
        for surface, match in gazetteer.names.items():
            label = _LABEL_OF.get((match.entry.type, match.form), "LOC")
            surfaces.setdefault(label, []).append(surface)
            if surface.upper() != surface and len(surface) > 3:
                # Datelines and headlines write names in capitals ("TOKYO:").
                surfaces[label].append(surface.upper())
        for label, forms in surfaces.items():
            self.names.add(label, _patterns(nlp, sorted(set(forms))))
        self.concepts.add("CONCEPT", [nlp.make_doc(form) for form in sorted(gazetteer.concept_names)])
        #: gives caseless wire copy the case news writes, before the model reads it (``pipeline.make_doc``)
        self.recase: Recaser = recaser_for(nlp, gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.names(doc)]
        covered = {i for span in spans for i in range(span.start, span.end)}
        inside = inside_of_names(spans)
        spans = [span for span in spans if not inside_longer_name(span, covered) and span.start not in inside]
        doc.ents = filter_spans([*doc.ents, *spans])
        doc.spans["concepts"] = filter_spans(
            Span(doc, start, end, label="CONCEPT") for _, start, end in self.concepts(doc))
        return doc


def _patterns(nlp: Language, forms: list[str]) -> list[Doc]:
    """Pattern Docs for names, tokenized as they are inside a sentence: alone, "U.S." splits into "U.S" and
    "." but in running text it is one token, so a name ending in a period is also tokenized before a word."""
    patterns = [nlp.make_doc(form) for form in forms]
    for form in forms:
        if form.endswith("."):
            in_context = nlp.make_doc(form + " x")
            patterns.append(in_context[:-1].as_doc())
    return patterns


@Language.factory("newsgraph_gazetteer", assigns=["doc.ents", "doc.spans"])
def gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """spaCy factory: ``nlp.add_pipe("newsgraph_gazetteer", before="ner")``; a user's names go to
    ``nlp.get_pipe("newsgraph_gazetteer").initialize(extra_files=["my-names.jsonl"])``."""
    return GazetteerRuler(nlp, name)
