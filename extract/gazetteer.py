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
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.errors import PipelineError
from newsgraph.extract.userdata import CarriesUserData

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "NameMatch",
    "Sector",
    "Title",
    "gazetteer_ruler",
]

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
    """One known entity: its stable key, preferred label, type, codes and surface forms."""

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


@dataclass
class Gazetteer:
    """Everything newsgraph knows about names before reading: entries, titles, sector words and concepts."""

    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    names: dict[str, NameMatch] = field(default_factory=dict)
    concept_names: dict[str, GazetteerEntry] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)

    @staticmethod
    @cache
    def default() -> Gazetteer:
        """The gazetteer shipped with newsgraph (loaded once per process)."""
        return Gazetteer.load()

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> Gazetteer:
        """Load the shipped data and then ``extra_files`` (a user's entries win over shipped ones)."""
        gaz = cls()
        folder = resources.files("newsgraph.extract.data").joinpath("gazetteer")
        for name in (*_ENTITY_FILES, "titles.jsonl", "sectors.jsonl"):
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
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if name == "titles.jsonl" or "title" in row:
                    title = Title(row["title"].lower(), row["relation"], row.get("sector"))
                    self.titles[title.title] = title
                elif name == "sectors.jsonl" or "word" in row:
                    sector = Sector(row["word"].lower(), row["sector"], row.get("cameo"))
                    self.sectors[sector.word] = sector
                else:
                    self.add_entry(_entry_from_row(row, _ENTITY_FILES.get(name)))
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise PipelineError(f"{where}:{number}: not a valid gazetteer line ({e}); "
                                    "see extract/data/gazetteer/README.md for the format") from e

    def add_entry(self, entry: GazetteerEntry) -> None:
        self.entries[entry.key] = entry
        if entry.type == "Concept":
            for form in (entry.label, *entry.aliases):
                self.concept_names[form.lower()] = entry
            return
        self.names[entry.label] = NameMatch(entry, "name")
        for field_name, form in _FORM_FIELDS:
            for surface in getattr(entry, field_name):
                self.names[surface] = NameMatch(entry, form)

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
        return self.sectors.get(lemma.lower())


def _candidates(text: str) -> Iterable[str]:
    yield text
    for article in ("the ", "The ", "THE "):
        if text.startswith(article):
            yield text[len(article):]
    if text.isupper() and len(text) > 3:
        yield text.title()


def _entry_from_row(row: dict[str, object], file_type: str | None) -> GazetteerEntry:
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

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.names(doc)]
        covered = {i for span in spans for i in range(span.start, span.end)}
        spans = [span for span in spans if not _inside_longer_name(span, covered)]
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


def _inside_longer_name(span: Span, covered: set[int]) -> bool:
    """True when a one-word match is part of a longer proper name ("Chad Smith", "Jordan Peterson"):
    then the NER decides. A title or another known name beside it does not count ("U.S. President")."""
    if len(span) > 1 or span.label_ == "NORP":
        return False
    doc = span.doc
    for i in (span.start - 1, span.end):
        if 0 <= i < len(doc):
            token = doc[i]
            if (token.pos_ == "PROPN" and token.is_title and not token.is_sent_start
                    and token.lower_ not in _TITLE_WORDS and i not in covered):
                return True
    return False


# Words that start or make up titles; a capitalized title next to a name does not make a longer name.
_TITLE_WORDS = frozenset([
    "president", "prime", "premier", "minister", "chancellor", "king", "queen", "ambassador", "envoy",
    "secretary", "general", "foreign", "defense", "defence", "senator", "governor", "mayor", "chief",
    "leader", "commander", "spokesman", "spokeswoman", "official", "deputy", "vice", "state", "navy", "army",
    "air", "force", "ministry", "embassy", "government", "parliament", "police"
])



@Language.factory("newsgraph_gazetteer", assigns=["doc.ents", "doc.spans"])
def gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """spaCy factory: ``nlp.add_pipe("newsgraph_gazetteer", before="ner")``; a user's names go to
    ``nlp.get_pipe("newsgraph_gazetteer").initialize(extra_files=["my-names.jsonl"])``."""
    return GazetteerRuler(nlp, name)
