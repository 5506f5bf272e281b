"""Score the temporal tagger on TimeML documents as QUALITY.md §2 says (TempEval-3's relaxed timex metrics).

For each ``.tml`` file under a folder:

- the document creation time is the ``value`` of the ``<TIMEX3>`` inside ``<DCT>``; its date part is the
  published date the tagger resolves relative expressions against;
- the text is the content of the ``<TEXT>`` element with every tag stripped and XML entities decoded; the gold
  time expressions are the ``<TIMEX3>`` elements in it, with character offsets into that text;
- the tagger runs through :func:`newsgraph.extract.temporal.tag_text` on that text.

**What is scored**: only the time expressions in ``<TEXT>``, as TempEval-3 scores them. The DCT's own TIMEX3
is metadata, not text: it is neither tagged nor counted (neither as gold nor as a system answer), and the
other parts of the file (title, ``EXTRAINFO``) are not tagged.

**Matching**: a found expression *matches* a gold one when their character spans overlap (relaxed match).
Matching is one to one: each found expression is paired with at most one gold expression and the other way
round, the pairs chosen greedily by the largest overlap, so one long found span that covers two gold
expressions counts once. Then

- span precision = matched found / all found, span recall = matched gold / all gold;
- value precision = matched pairs with the same ``value`` / all found, value recall = the same / all gold;
- F1 is their harmonic mean. Figures are micro-averaged over all documents, overall and per sub-folder.

Example:
    >>> score = score_tempeval("../shared/data/tempeval3-dev", nlp)  # doctest: +SKIP
    >>> round(score.overall.value_f1, 3)  # doctest: +SKIP
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language

from newsgraph.errors import NewsgraphError
from newsgraph.records import TimeExpression

__all__ = [
    "Counts",
    "GoldDocument",
    "TempevalScore",
    "match_expressions",
    "read_timeml",
    "score_documents",
    "score_tempeval",
]


class TimeMLError(NewsgraphError):
    """A TimeML file cannot be read: not XML, or without a ``<TEXT>`` element."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One TimeML document: its text (tags stripped), creation time and gold time expressions."""

    path: Path
    text: str
    dct: date | None
    gold: tuple[TimeExpression, ...]


@dataclass(slots=True)
class Counts:
    """Counts behind the relaxed span and value scores of a set of documents."""

    found: int = 0
    gold: int = 0
    span_matches: int = 0
    value_matches: int = 0
    documents: int = 0

    def add(self, other: Counts) -> None:
        self.found += other.found
        self.gold += other.gold
        self.span_matches += other.span_matches
        self.value_matches += other.value_matches
        self.documents += other.documents

    @property
    def span_precision(self) -> float:
        return _ratio(self.span_matches, self.found)

    @property
    def span_recall(self) -> float:
        return _ratio(self.span_matches, self.gold)

    @property
    def span_f1(self) -> float:
        return _f1(self.span_precision, self.span_recall)

    @property
    def value_precision(self) -> float:
        return _ratio(self.value_matches, self.found)

    @property
    def value_recall(self) -> float:
        return _ratio(self.value_matches, self.gold)

    @property
    def value_f1(self) -> float:
        return _f1(self.value_precision, self.value_recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "documents": self.documents, "gold": self.gold, "found": self.found,
            "span_precision": self.span_precision, "span_recall": self.span_recall, "span_f1": self.span_f1,
            "value_precision": self.value_precision, "value_recall": self.value_recall,
            "value_f1": self.value_f1,
        }


@dataclass(slots=True)
class TempevalScore:
    """Relaxed span and value scores, overall and per sub-folder (``TimeBank``, ``AQUAINT``)."""

    overall: Counts = field(default_factory=Counts)
    by_folder: dict[str, Counts] = field(default_factory=dict)
    #: (document path, gold, found) for every expression not matched with the same value, for error analysis
    errors: list[tuple[str, TimeExpression | None, TimeExpression | None]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"overall": self.overall.as_dict(),
                "by_folder": {name: c.as_dict() for name, c in sorted(self.by_folder.items())}}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _dct_date(value: str) -> date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match is None:
        match = re.match(r"(\d{4})(\d{2})(\d{2})", value)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def read_timeml(path: str | Path) -> GoldDocument:
    """Read a ``.tml`` file: the ``<TEXT>`` content without tags, its DCT, and its gold TIMEX3s."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise TimeMLError(f"{path}: not a readable TimeML file ({e}); check that it is well-formed XML") from e
    dct_node = root.find("DCT/TIMEX3")
    dct = _dct_date(dct_node.get("value", "")) if dct_node is not None else None
    text_node = root.find("TEXT")
    if text_node is None:
        raise TimeMLError(f"{path}: no <TEXT> element; TimeML documents keep their text in <TEXT>")
    pieces: list[str] = []
    gold: list[TimeExpression] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3" and node is not text_node:
            gold.append(TimeExpression(start=start, end=length, text="".join(pieces)[start:length],
                                       type=node.get("type", ""), value=node.get("value", "")))

    walk(text_node)
    return GoldDocument(path=path, text="".join(pieces), dct=dct, gold=tuple(sorted(gold, key=lambda t: t.start)))


def match_expressions(
    gold: Iterable[TimeExpression], found: Iterable[TimeExpression]
) -> list[tuple[TimeExpression, TimeExpression]]:
    """Pair found with gold expressions one to one, by overlapping character spans, largest overlap first."""
    gold_list, found_list = list(gold), list(found)
    overlaps = []
    for i, g in enumerate(gold_list):
        for j, f in enumerate(found_list):
            overlap = min(g.end, f.end) - max(g.start, f.start)
            if overlap > 0:
                overlaps.append((overlap, i, j))
    overlaps.sort(key=lambda o: (-o[0], o[1], o[2]))
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, i, j in overlaps:
        if i in used_gold or j in used_found:
            continue
        used_gold.add(i)
        used_found.add(j)
        pairs.append((gold_list[i], found_list[j]))
    return pairs


Tagger = Callable[[str, date | None], list[TimeExpression]]


def score_documents(documents: Iterable[GoldDocument], tagger: Tagger, root: Path | None = None) -> TempevalScore:
    """Score ``tagger(text, dct)`` on gold documents; folders are named relative to ``root``."""
    score = TempevalScore()
    for doc in documents:
        found = tagger(doc.text, doc.dct)
        pairs = match_expressions(doc.gold, found)
        counts = Counts(found=len(found), gold=len(doc.gold), span_matches=len(pairs),
                        value_matches=sum(1 for g, f in pairs if g.value == f.value), documents=1)
        folder = doc.path.parent.relative_to(root).as_posix() if root is not None else doc.path.parent.name
        score.overall.add(counts)
        score.by_folder.setdefault(folder or ".", Counts()).add(counts)
        paired_gold = {id(g) for g, _ in pairs}
        paired_found = {id(f) for _, f in pairs}
        name = str(doc.path)
        score.errors.extend((name, g, f) for g, f in pairs if g.value != f.value)
        score.errors.extend((name, g, None) for g in doc.gold if id(g) not in paired_gold)
        score.errors.extend((name, None, f) for f in found if id(f) not in paired_found)
    return score


def score_tempeval(folder: str | Path, nlp: Language) -> TempevalScore:
    """Run the temporal tagger with ``nlp`` on every ``.tml`` file under ``folder`` and score it.

    Args:
        folder: a folder of TimeML files, searched recursively (``tempeval3-dev`` holds ``TimeBank`` and
            ``AQUAINT``).
        nlp: an English spaCy pipeline with a parser, such as ``en_core_web_sm``.

    Raises:
        TimeMLError: when the folder holds no ``.tml`` file or a file is not TimeML.
    """
    from newsgraph.extract.temporal import tag_text

    root = Path(folder)
    paths = sorted(root.rglob("*.tml"))
    if not paths:
        raise TimeMLError(f"{root}: no .tml files found; give a folder of TimeML documents such as tempeval3-dev")
    return score_documents((read_timeml(p) for p in paths), lambda text, dct: tag_text(text, dct, nlp), root)
