"""The text the model reads: wire copy whose letter case carries no information, recased before the model.

The statistical tagger and NER lean on capitals: a capitalised word inside a sentence is read as (part of) a name,
a lower-case one never is. Two shapes of wire copy break that, and both are cheap to see in the string itself:

- **a capital after an initialism's period.** Wire copy of the 1980s was set in capitals and recased by a
  program that took every period for a sentence's end: "U.S. Officials said", "recent U.S. Complaints about
  Japan", "the huge U.S. Budget deficit". The model then reads "U.S. Complaints" as one organisation and the
  complaint, or the officials, are never seen. Such a word is lowered when it is a common English word (the
  model's own lemma tables know it), no stop word (after "U.S." a real sentence may start: "... in the U.S. It
  said"), not itself a known name ("U.S. Congress"), and the name does not go on ("U.S. Agriculture
  Department", "U.S. Department of Transportation" keep their capitals).
- **copy all in capitals or all in lower case** (teleprinter copy, some archives and feeds): "THE SOVIET UNION
  ACCUSED ...", "venezuela has shown solidarity with brazil's decision". A run of four words or more in capitals,
  or a text with no capital inside its sentences that writes a country or its people in lower case, is given
  the case news writes: the names the gazetteer and the converted dictionaries know get their written form
  ("Venezuela", "Brazil's", "Soviet Union", "TASS"), a sentence starts with a capital, and in capitals a word
  that is no English word, or a known surname after a title, stays a name ("AZPURUA", "PRESIDENT NIXON").

The recased text has exactly the article's length, character for character, so every offset into it is an
offset into the article; the Doc remembers the article's own text (``attributes.remember_text``) and mentions
quote it, never the recased one. Texts of neither shape cost a few regular-expression
scans that look for a literal first (about 0.05% of the model's own time on the Reuters stories).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING

from newsgraph.extract.attributes import remember_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsgraph.extract.gazetteer import Gazetteer

__all__ = ["EnglishWords", "Recaser", "model_doc", "recaser_for"]

#: An initialism written with periods ("U.S.", "U.K.", "U.N.") and the capitalised word after it, with the
#: next two words (to see whether a name goes on).
#: Found by its last letter, so that the engine scans for a period (a literal) rather than trying every place.
_INITIALISM_END = re.compile(r"\.[A-Z]\. [A-Z][a-z]")
_AFTER_INITIALISM = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){2,}) ([A-Z][a-z]+)\b(?![.'’-]?\w)(?:([^\w\s]*) *(\S+)? *(\S+)?)?")
#: Names that keep their capital in any copy: months and days ("U.S. January orders").
_CALENDAR = frozenset(n.lower() for n in (*calendar.month_name, *calendar.day_name) if n)

#: Words that join the words of one name ("Department of Transportation", "Food and Drug Administration").
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "on"})

#: Four words or more with no lower-case letter (a line, a sentence or a story in capitals); one word at least
#: has two capital letters.
_CAPITALS_RUN = re.compile(
    r"\b(?=[A-Z0-9])(?=[^a-z\n]{0,80}?[A-Z]{2})(?:\b[A-Z0-9][A-Z0-9.,'’&/%$-]*[\s\"“”()-]+){3,}[A-Z0-9][A-Z0-9.'’&/%$-]*\b\.?")
#: What a run of capitals starts with (looked for first: a scan for two capitals is cheap).
_CAPITALS = re.compile(r"[A-Z][A-Z][^a-z]{12}")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}")
_LOWER_WORD = re.compile(r"[a-z]+")
#: A capital that starts a sentence (at the line's start or after a sentence's end, quotes and brackets aside);
#: the period of an initialism or of a one-letter abbreviation ends no sentence ("u.s. officials").
_SENTENCE_START = re.compile(r"(?:^|(?<!\.[A-Za-z])(?<!\b[A-Za-z])[.!?][\"'”’)]*\s+)[\"'“‘(]*([A-Za-z])")
#: A capital inside a sentence: after a word, a comma or a colon.
_INNER_CAPITAL = re.compile(r"[a-z0-9,;:]\s+[\"“‘(]?[A-Z]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*[A-Za-z]|[A-Za-z]")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)

#: What may stand between two words of one name ("saudi arabia", "u.s. congress").
_NAME_GAPS = frozenset({" ", ". "})
#: The most words of a name looked up at once ("united arab emirates").
_LONGEST_NAME = 4
#: A run of text needs this many words to be taken for caseless copy.
_RUN_WORDS = 4


def model_doc(nlp: Language, text: str) -> Doc:
    """A Doc of ``text`` as the model should read it (recased by the pipeline's gazetteer component, when it has
    one), that remembers ``text`` itself: offsets are the same, and mentions quote the article."""
    recase: Callable[[str], str] | None = None
    if "newsgraph_gazetteer" in nlp.pipe_names:
        recase = getattr(nlp.get_pipe("newsgraph_gazetteer"), "recase", None)
    doc = nlp.make_doc(recase(text) if recase is not None else text)
    remember_text(doc, text)
    return doc


class Recaser:
    """Gives wire copy the case news writes (module docstring). Built once per pipeline, at load.

    Args:
        written: the written form of a known name given in lower case ("venezuela" → "Venezuela", "u.s" →
            "U.S", "saudi arabia" → "Saudi Arabia"), or None.
        countries: lower-case names and peoples of countries: written in lower case, they show that a
            line's case says nothing.
        is_english: whether a lower-case word (any inflection) is a common English word.
        stop_words: lower-case function words.
        is_name: whether a form as written is a known name ("Congress", "U.S. Congress").
        title_words: lower-case words that end a title ("president", "minister").
        surnames: lower-case last names of known people: after a title a surname that is also an English word
            is the person ("PRESIDENT NIXON" is "President Nixon", "RICE IMPORTS" stay rice).
    """

    def __init__(self, written: Callable[[str], str | None], countries: Collection[str],
                 is_english: Callable[[str], bool], stop_words: Collection[str],
                 is_name: Callable[[str], bool], title_words: Collection[str] = (),
                 surnames: Collection[str] = ()) -> None:
        self.title_words = title_words
        self.surnames = surnames
        self.written = written
        self.countries = frozenset(countries)
        self.is_english = is_english
        self.stop_words = stop_words
        self.is_name = is_name

    def __call__(self, text: str) -> str:
        """``text`` as the model should read it: the same length, other letters' case at most."""
        chars: list[str] | None = None
        for end in _INITIALISM_END.finditer(text):
            match = _AFTER_INITIALISM.match(text, text.rfind(" ", 0, end.start()) + 1)
            if match is not None and self._artifact(match):
                chars = chars or list(text)
                chars[match.start(2)] = text[match.start(2)].lower()
        if _CAPITALS.search(text):
            for run in _CAPITALS_RUN.finditer(text):
                if len(_CAPITALS_WORD.findall(run.group())) >= _RUN_WORDS - 1:
                    chars = chars or list(text)
                    self._recase_line(chars, run.start(), run.group().lower(), capitals=True)
        if not _INNER_CAPITAL.search(text) and not self.countries.isdisjoint(_LOWER_WORD.findall(text)) \
                and len(_WORD.findall(text)) >= _RUN_WORDS:
            chars = chars or list(text)
            self._recase_line(chars, 0, "".join(chars), capitals=False)
        return text if chars is None else "".join(chars)

    def _artifact(self, match: re.Match[str]) -> bool:
        initialism, word, punct, following, after = match.groups()
        lower = word.lower()
        if lower in self.stop_words or lower in _CALENDAR or not self.is_english(lower):
            return False
        if not self.is_name(initialism):
            return False  # a person's initials ("E.F. Hutton")
        if self.is_name(word) or self.is_name(f"{initialism} {word}"):
            return False
        if punct or not following:
            return True
        if following[:1].isupper():
            return False  # "U.S. Agriculture Department": the name goes on
        return not (following in _NAME_JOINERS and after is not None and after[:1].isupper())

    def _recase_line(self, chars: list[str], offset: int, line: str, *, capitals: bool) -> None:
        """Write ``line`` (lower case but for what a lower-case line already capitalises) into ``chars`` at
        ``offset`` with known names in their written form, sentences starting with a capital and, in a
        capitals line, words that are no English words as names."""
        words = list(_WORD.finditer(line))
        out = list(line)
        i = 0
        while i < len(words):
            length, written = self._name_at(line, words, i)
            if written is not None:
                start = words[i].start()
                _put(out, start, written)
                i += length
                continue
            word = words[i].group()
            lower = _POSSESSIVE.sub("", word).lower()
            after_title = i > 0 and words[i - 1].group().lower() in self.title_words
            if capitals and lower.isalpha() and lower not in self.stop_words and (
                    not self.is_english(lower) or (after_title and lower in self.surnames)):
                _put(out, words[i].start(), word[0].upper() + word[1:])
            i += 1
        for sentence in _SENTENCE_START.finditer(line):
            out[sentence.start(1)] = out[sentence.start(1)].upper()
        for k, char in enumerate(out):
            if len(char) == 1:
                chars[offset + k] = char

    def _name_at(self, line: str, words: list[re.Match[str]], i: int) -> tuple[int, str | None]:
        """The longest known name that starts at word ``i``: how many words it takes and its written form."""
        for length in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
            if any(line[words[k].end():words[k + 1].start()] not in _NAME_GAPS for k in range(i, i + length - 1)):
                continue
            phrase = line[words[i].start():words[i + length - 1].end()]
            bare = _POSSESSIVE.sub("", phrase)
            written = self.written(bare.lower()) if bare.lower() not in self.stop_words else None
            if written is not None:
                return length, written + phrase[len(bare):]
        return 1, None


def _put(out: list[str], start: int, written: str) -> None:
    """Write ``written`` over ``out`` from ``start`` where it only changes case (the length stays)."""
    for k, char in enumerate(written):
        if start + k < len(out) and char.lower() == out[start + k].lower():
            out[start + k] = char


class EnglishWords:
    """Whether a lower-case word is an English word, from the model's own lemmatizer tables (WordNet's words by
    part of speech, irregular forms, suffix rules): "officials" → "official", "complaints" → "complaint".
    A class, not a closure, so that a pipeline that holds it pickles (worker processes)."""

    def __init__(self, index: Mapping[str, Collection[str]], exceptions: Mapping[str, Mapping[str, object]],
                 rules: Mapping[str, Collection[tuple[str, str]]]) -> None:
        self.words = frozenset(w for table in index.values() for w in table)
        self.irregular = frozenset(w for table in exceptions.values() for w in table)
        self.suffixes = tuple((old, new) for table in rules.values() for old, new in table if old)

    def __call__(self, word: str) -> bool:
        if word in self.words or word in self.irregular:
            return True
        return any(word.endswith(old) and word[:len(word) - len(old)] + new in self.words
                   for old, new in self.suffixes)


def _any_word(word: str) -> bool:
    """With no lemma tables, every word may be an English one (nothing is taken for a name)."""
    return True


class _WrittenNames:
    """The written form of a known name given in lower case: the project's names as written, the converted
    dictionaries' names of two words or more title-cased (their one-word names are too often common words)."""

    def __init__(self, gazetteer: Gazetteer, stop_words: frozenset[str]) -> None:
        self.own: dict[str, str] = {}
        for surface in gazetteer.names:
            if surface.lower() != surface:  # a lower-case alias gives no case to restore
                form = surface.rstrip(".")
                self.own.setdefault(form.lower(), form)
        self.known = gazetteer.known
        self.stop_words = stop_words

    def __call__(self, lower: str) -> str | None:
        form = self.own.get(lower)
        if form is None and " " in lower and lower.upper() in self.known:
            form = " ".join(w if w in self.stop_words else w[:1].upper() + w[1:] for w in lower.split(" "))
        return form


class _KnownName:
    """Whether a form as written is a name the gazetteer or the converted dictionaries know."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, form: str) -> bool:
        return self.gazetteer.lookup(form) is not None or self.gazetteer.known_actor(form) is not None


def recaser_for(nlp: Language, gazetteer: Gazetteer) -> Recaser:
    """The recaser of a pipeline: the gazetteer's names, the model's lemma tables and stop words."""
    stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words or ())
    countries = frozenset(
        form.lower() for entry in gazetteer.entries.values() if entry.type == "Country"
        for form in (entry.label, *entry.aliases, *entry.demonyms)) - stop_words
    is_english: Callable[[str], bool] = _any_word
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
            is_english = EnglishWords(lookups.get_table("lemma_index"), lookups.get_table("lemma_exc"),
                                      lookups.get_table("lemma_rules"))
    title_words = frozenset(title.rsplit(" ", 1)[-1] for title in gazetteer.titles)
    surnames = frozenset(name.rsplit(" ", 1)[-1].lower() for name, line in gazetteer.known.items()
                         if " " in name and "\tperson\t" in line)
    surnames |= {e.label.rsplit(" ", 1)[-1].lower() for e in gazetteer.entries.values() if e.type == "Person"}
    return Recaser(_WrittenNames(gazetteer, stop_words), countries, is_english, stop_words, _KnownName(gazetteer),
                   title_words, surnames)
