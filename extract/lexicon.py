"""The event lexicon: which words name which PLOVER events, kept as data (``extract/data/lexicon``).

The event coder (``newsgraph.extract.events``) looks up every verb and noun of a sentence here. An entry says
which words trigger an event (a verb, a phrasal verb, a light verb with its object, a noun), its PLOVER category,
and how the word treats the clause it governs (its *frame*): a verb of saying passes the events it reports on
with their source; an intent verb turns the event it governs into a threat, an agreement or a concession; a
request or refusal keeps the event it governs from counting as a fact; a support verb ("hold", "launch",
"impose") takes its category from an event noun it governs. The format is in ``data/lexicon/README.md``; a
user adds entries with a file of their own (``newsgraph build --lexicon FILE``).

Example:
    >>> lex = Lexicon.default()
    >>> [e.category for e in lex.verb_entries("urge")]
    ['REQUEST']
    >>> lex.verb_entries("say")[0].frame
    'report'
    >>> sorted({e.category for e in lex.noun_entries("annexation")})
    ['ASSAULT']
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsgraph.errors import PipelineError
from newsgraph.extract.gazetteer import SECTOR_NAMES
from newsgraph.records import PLOVER_CATEGORIES

__all__ = [
    "CONVERTED_PREFIX",
    "FRAMES",
    "Lexicon",
    "LexiconEntry",
    "merge_converted",
]

#: How a word treats the clause or noun phrase it governs.
FRAMES: dict[str, str] = {
    "report": "a verb of saying: not an event itself; the events it reports keep its subject as attribution",
    "intent": "want, plan, pledge: an event it governs becomes a threat, an agreement or a concession",
    "request": "urge, ask, demand: a request; the event requested is not a fact",
    "block": "refuse, deny, consider, prevent, warn: the event it governs is not a fact",
    "support": "hold, launch, impose: the category comes from the event noun it governs",
    "converse": "receive, face: the subject is the recipient; the actor comes 'from' or 'by' someone",
}

_FIELDS = frozenset(
    ("verb", "noun", "category", "object", "modifier", "frame", "preps", "intransitive", "doer", "recipient", "note",
     "cameo", "origin"))
#: Frames under which converted verb + object patterns are still tried (``merge_converted``): a verb of saying
#: with an event noun is that event ("reiterated its commitment"); a support verb reads its noun itself.
_OPEN_FRAMES = frozenset(("report",))
_OBJECT_TYPES = frozenset(("@Person", "@Country", "@Organization", "@Place", "@Group"))
_CATEGORIES = frozenset(PLOVER_CATEGORIES)
#: Lexicon files converted from PETRARCH-2's dictionaries (``newsgraph convert petrarch``); every other
#: ``*.jsonl`` in the folder is the project's own.
CONVERTED_PREFIX = "petrarch-"


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon line: the words that trigger an event and what the event is.

    Attributes:
        kind: ``verb`` or ``noun``.
        words: the words as written in the file ("crack down", "hold", "military presence").
        head: the lemma the entry is looked up by ("crack", "hold", "presence").
        particles: words that must stand beside a verb as its particle or preposition ("down" in "crack
            down", "on" in "call on").
        category: the PLOVER category, or None for a word that only has a frame ("say", "hold", "want").
        objects: for a light verb, the lemmas (or ``@Type`` entity types) its object must have; a phrase
            ("humanitarian aid") is also in ``object_phrases`` as its head and the words that must modify it.
        modifiers: for a noun, words one of which must modify it ("military" for "presence").
        frame: how the word treats what it governs (see ``FRAMES``), or None.
        preps: prepositions that introduce the recipient besides the usual ones ("for" in "arrest warrant
            for").
        intransitive: the entry applies only when the verb has no direct object ("rally", "withdraw").
        doers: the sectors (``gazetteer.SECTOR_NAMES``) one of which the verb's subject must have: troops that
            "entered" a country invaded it, and "raided" is an assault by soldiers but a search by police.
        recipient_required: drop the event when no recipient is found.
        source: ``file:line`` the entry was read from, for ``newsgraph explain``; for an entry converted from
            PETRARCH-2 also the dictionary line it came from and its CAMEO code.
        cameo: the CAMEO event code of a converted entry.
        object_phrases: the objects of several words, as (head, modifiers): ("aid", {"humanitarian"}).
    """

    kind: str
    words: str
    head: str
    category: str | None
    source: str
    particles: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    frame: str | None = None
    preps: frozenset[str] = frozenset()
    intransitive: bool = False
    doers: frozenset[str] = frozenset()
    recipient_required: bool = False
    note: str | None = None
    cameo: str | None = None
    object_phrases: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def specificity(self) -> int:
        """More specific entries are tried first: particles and objects narrow an entry down."""
        return 2 * bool(self.objects) + 2 * bool(self.modifiers) + 2 * bool(self.doers) + len(self.particles) + \
            self.intransitive

    @property
    def label(self) -> str:
        """A short name for the entry, used as ``Event.rule``: ``verb:urge``, ``verb:impose+sanction``."""
        text = f"{self.kind}:{self.words}"
        if self.objects:
            text += "+" + "|".join(sorted(self.objects))
        if self.modifiers:
            text = f"{self.kind}:{'|'.join(sorted(self.modifiers))} {self.words}"
        return text

    def as_dict(self) -> dict[str, object]:
        """The entry as a JSON-able dict in the file format (for ``newsgraph explain``)."""
        row: dict[str, object] = {self.kind: self.words}
        if self.category:
            row["category"] = self.category
        if self.objects:
            row["object"] = sorted(self.objects)
        if self.modifiers:
            row["modifier"] = sorted(self.modifiers)
        if self.frame:
            row["frame"] = self.frame
        if self.preps:
            row["preps"] = sorted(self.preps)
        if self.intransitive:
            row["intransitive"] = True
        if self.doers:
            row["doer"] = sorted(self.doers)
        if self.recipient_required:
            row["recipient"] = "required"
        if self.cameo:
            row["cameo"] = self.cameo
        return row


@dataclass
class Lexicon:
    """Verb and noun entries by head word, most specific first."""

    verbs: dict[str, list[LexiconEntry]] = field(default_factory=dict)
    nouns: dict[str, list[LexiconEntry]] = field(default_factory=dict)

    @staticmethod
    @cache
    def default() -> Lexicon:
        """The lexicon shipped with newsgraph (loaded once per process)."""
        return Lexicon.load()

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> Lexicon:
        """The shipped lexicon, then ``extra_files``: a user's entry replaces a shipped one with the same
        words, object and modifier (so a user can also recode a word), and otherwise adds to it.

        The shipped lexicon is the project's own files merged with the entries converted from PETRARCH-2
        (``petrarch-*.jsonl``) by :func:`merge_converted`."""
        own = cls()
        converted: list[tuple[str, str]] = []
        folder = resources.files("newsgraph.extract.data").joinpath("lexicon")
        if folder.is_dir():
            for resource in sorted(folder.iterdir(), key=lambda r: r.name):
                if resource.name.endswith(".jsonl"):
                    text = resource.read_text(encoding="utf-8")
                    if resource.name.startswith(CONVERTED_PREFIX):
                        converted.append((text, resource.name))
                    else:
                        own.add_lines(text, resource.name)
        lexicon = merge_converted(own, converted)
        for path in extra_files:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise PipelineError(f"cannot read lexicon file {path}: {e}; check the path") from e
            lexicon.add_lines(text, str(path))
        return lexicon

    @classmethod
    def load_texts(cls, files: Sequence[tuple[str, str]]) -> Lexicon:
        """The shipped lexicon, then a user's files given as ``(name, text)`` (as a saved pipeline carries them)."""
        lexicon = cls.load()
        for name, text in files:
            lexicon.add_lines(text, name)
        return lexicon

    def add_lines(self, text: str, where: str, *,
                  select: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None) -> None:
        """Add every entry of a JSON Lines text; ``where`` names it in error messages. ``select``, where given,
        sees each parsed line and returns the line to add (the same, or narrowed) or None to leave it out."""
        name = Path(where).name
        touched: set[tuple[str, str]] = set()
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                row = json.loads(line)
                if select is not None and isinstance(row, dict):
                    row = select(row)
                    if row is None:
                        continue
                entry = entry_from_row(row, f"{name}:{number}")
            except (ValueError, TypeError, KeyError) as e:
                raise PipelineError(f"{where}:{number}: not a valid lexicon line ({e}); "
                                    "see extract/data/lexicon/README.md for the format") from e
            self.add(entry, sort=False)
            touched.add((entry.kind, entry.head))
        for kind, head in touched:
            (self.verbs if kind == "verb" else self.nouns)[head].sort(key=_less_specific)

    def add(self, entry: LexiconEntry, *, sort: bool = True) -> None:
        """Add an entry, replacing one with the same words, object, modifier, transitivity and doers; with
        ``sort``, keep the head's entries most specific first (a stable sort: equals stay in the order added)."""
        table = self.verbs if entry.kind == "verb" else self.nouns
        entries = table.setdefault(entry.head, [])
        same = (entry.words, entry.objects, entry.modifiers, entry.intransitive, entry.doers)
        entries[:] = [e for e in entries if (e.words, e.objects, e.modifiers, e.intransitive, e.doers) != same]
        entries.append(entry)
        if sort:
            entries.sort(key=_less_specific)

    def verb_entries(self, lemma: str) -> list[LexiconEntry]:
        return self.verbs.get(lemma, [])

    def noun_entries(self, *forms: str) -> list[LexiconEntry]:
        """Entries for the first of ``forms`` (lower-case text, lemma...) that has any."""
        for form in forms:
            entries = self.nouns.get(form)
            if entries:
                return entries
        return []

    def entries(self) -> Iterable[LexiconEntry]:
        for table in (self.verbs, self.nouns):
            for entries in table.values():
                yield from entries

    def categories(self) -> set[str]:
        return {e.category for e in self.entries() if e.category}


def _less_specific(entry: LexiconEntry) -> int:
    return -entry.specificity


def merge_converted(own: Lexicon, converted: Sequence[tuple[str, str]]) -> Lexicon:
    """The merge policy between the project's own entries and the ones converted from PETRARCH-2, in one place:
    ``own`` with the entries of the converted files (``(text, file name)``) added to it.

    - A word the project does not define (``"resign"``, ``"withdraw from"``, ``"write off"``) takes every
      converted entry.
    - A word the project defines (a verb with its particles, "open", "withhold", or a support verb: "hold",
      "launch") keeps the project's reading of the word alone, and of the word over the project's own event
      nouns, which its rules read (a support verb takes the noun's category, "held talks"; ending, halting
      and preventing verbs compose with it: "ended the curfew" is a retreat, "ended talks" no sanction); the
      converted verb + object patterns add the other objects ("took hostages", "opened an embassy",
      "slapped a fine"). Without these the converted file added nothing for the project's ~500 words, which
      are the verbs news uses most: more than half its entries were never read.
    - Under a verb of saying ("reiterate", "declare"), a CAMEO pattern that names its object says what the verb
      with that object is ("reiterated its commitment" AGREE, "declared a ceasefire" CONCEDE) and is tried
      before the frame, which still reads every other clause and object.
    - A head with any other frame (intent, requests, refusals, converse: "agree", "demand", "reject",
      "receive") keeps exactly the project's entries: a converted pattern is more specific and would be tried
      first, taking the verb away from its frame ("agreed to the plan" must reach the intent verb "agree",
      "demanded the withdrawal of troops" must keep the withdrawal from counting as a fact).
    """
    own_words: dict[tuple[str, str], set[str]] = {}
    for kind, table in (("verb", own.verbs), ("noun", own.nouns)):
        for entries in table.values():
            for entry in entries:
                own_words.setdefault((kind, entry.words), set()).update(entry.objects)
    # frames by the words that carry them: "put off" delays what it governs, "put" alone has no frame, so
    # CAMEO's "put on alert" and "put on trial" are read
    frames: dict[tuple[str, str], set[str]] = {}
    for kind, table in (("verb", own.verbs), ("noun", own.nouns)):
        for entries in table.values():
            for entry in entries:
                if entry.frame:
                    frames.setdefault((kind, entry.words), set()).add(entry.frame)
    event_nouns = frozenset(_singular(head) for head, entries in own.nouns.items()
                            if any(e.category or e.frame for e in entries))

    def select(row: dict[str, Any]) -> dict[str, Any] | None:
        words = _words_of(row)
        if words is None:
            return row  # not well formed: entry_from_row says why
        kind, text = words
        # the frame of the words, or of the verb alone: a converted "agree to" would come before "agree"
        framed = frames.get(words, set()) | frames.get((kind, text.split()[0]), set())
        objects = row.get("object")
        if framed and framed <= _OPEN_FRAMES and isinstance(objects, list) and objects:
            # under a verb of saying, a CAMEO pattern that names its object says what the verb with that
            # object is ("reiterated its commitment" AGREE, "declared a ceasefire" CONCEDE) and is tried
            # before the frame, which still reads every other clause and object
            return row
        if framed - {"support"}:
            return None
        own_word = words in own_words
        if not own_word and not framed:
            return row
        if not isinstance(objects, list) or not objects:
            # the project's reading of its word alone stands; a phrasal verb new to it keeps its own
            # ("step down" beside the support verb "step up")
            return None if own_word else row
        taken = own_words.get(words, set())
        left = [o for o in objects if isinstance(o, str) and o not in taken
                and _singular(o.split()[-1]) not in event_nouns]
        if not left:
            return None
        return row if len(left) == len(objects) else {**row, "object": left}

    for text, where in converted:
        own.add_lines(text, where, select=select)
    return own


def _singular(word: str) -> str:
    """A plural as the converted patterns write it ("sanctions", "talks") and the lexicon's nouns, alike."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _words_of(row: object) -> tuple[str, str] | None:
    """(kind, words) of a parsed line, as ``entry_from_row`` will find them; None when it is not well formed."""
    if not isinstance(row, dict):
        return None
    for kind in ("verb", "noun"):
        words = row.get(kind)
        if isinstance(words, str) and words.split():
            parts = words.lower().split()
            return kind, " ".join(parts) if kind == "verb" else parts[-1]
    return None


def _strings(value: object, name: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{name} must be a string or a list of strings")
    return frozenset(v if v.startswith("@") else v.lower() for v in value)


def entry_from_row(row: object, source: str) -> LexiconEntry:
    """Check one parsed line and make it an entry; raises ``ValueError``/``TypeError`` saying what is wrong."""
    if not isinstance(row, dict):
        raise TypeError("a line must be a JSON object")
    unknown = set(row) - _FIELDS
    if unknown:
        raise ValueError(f"unknown field {sorted(unknown)[0]!r}; known fields: {', '.join(sorted(_FIELDS))}")
    if ("verb" in row) == ("noun" in row):
        raise ValueError("give exactly one of 'verb' or 'noun'")
    kind = "verb" if "verb" in row else "noun"
    words = row[kind]
    if not isinstance(words, str) or not words.strip():
        raise TypeError(f"{kind} must be a non-empty string")
    words = " ".join(words.lower().split())
    category = row.get("category")
    if category is not None and category not in _CATEGORIES:
        raise ValueError(f"unknown category {category!r}; use one of: {', '.join(PLOVER_CATEGORIES)}")
    frame = row.get("frame")
    if frame is not None and frame not in FRAMES:
        raise ValueError(f"unknown frame {frame!r}; use one of: {', '.join(FRAMES)}")
    if category is None and frame is None:
        raise ValueError("give a 'category', a 'frame' or both")
    objects = _strings(row.get("object"), "object")
    bad_types = {o for o in objects if o.startswith("@")} - _OBJECT_TYPES
    if bad_types:
        raise ValueError(f"unknown object type {sorted(bad_types)[0]!r}; use one of: "
                         f"{', '.join(sorted(_OBJECT_TYPES))}")
    modifiers = _strings(row.get("modifier"), "modifier")
    recipient = row.get("recipient")
    if recipient not in (None, "required", "optional"):
        raise ValueError("recipient must be 'required' or 'optional'")
    parts = words.split()
    if kind == "verb":
        head, particles = parts[0], tuple(parts[1:])
    else:
        # A multiword noun names its head last ("military presence"); its other words are modifiers.
        head, particles = parts[-1], ()
        modifiers = modifiers | frozenset(parts[:-1])
        words = parts[-1] if len(parts) > 1 else words
    if kind == "noun" and (objects or row.get("intransitive")):
        raise ValueError("'object' and 'intransitive' apply to verbs only")
    if kind == "verb" and modifiers:
        raise ValueError("'modifier' applies to nouns only")
    doers = _strings(row.get("doer"), "doer")
    if kind == "noun" and doers:
        raise ValueError("'doer' applies to verbs only")
    unknown_sectors = doers - frozenset(SECTOR_NAMES.values())
    if unknown_sectors:
        raise ValueError(f"unknown doer sector {sorted(unknown_sectors)[0]!r}; use one of: "
                         f"{', '.join(sorted(SECTOR_NAMES.values()))}")
    cameo = row.get("cameo")
    origin = row.get("origin")
    if cameo is not None and not isinstance(cameo, str):
        raise TypeError("cameo must be a string")
    if isinstance(origin, str):
        # a converted entry: where in PETRARCH-2's dictionary it came from, for ``newsgraph explain``
        source = f"{source} from PETRARCH-2 {origin}"
    return LexiconEntry(
        kind=kind,
        words=words,
        head=head,
        category=category,
        source=source,
        cameo=cameo,
        particles=particles,
        objects=objects,
        modifiers=modifiers,
        frame=frame,
        preps=_strings(row.get("preps"), "preps"),
        object_phrases=tuple(sorted((words[-1], frozenset(words[:-1])) for words in
                                    (o.split() for o in objects if " " in o and not o.startswith("@")))),
        intransitive=bool(row.get("intransitive")),
        doers=doers,
        recipient_required=recipient == "required",
        note=row.get("note") if isinstance(row.get("note"), str) else None,
    )
