"""Build: articles in, one named graph per article out, end to end.

``build`` reads the inputs (``newsgraph.ingest``), skips articles the store already holds, runs the extraction
pipeline over the rest (``newsgraph.extract``), turns each article's facts into its named graph
(``newsgraph.graph.model``) and writes it to the store, replacing what an earlier reading of the same article
left there. It never prints: problems and progress go to the callbacks the caller gives.

Articles without a publication date are read last: by then every dated article of the run is in the store, and
an undated article that tells the same story as one of them (``newsgraph.similarity``) takes its date, marked
inferred. Otherwise its relative dates stay unresolved; nothing is ever resolved against the day the program
runs.

Scale:

- Extraction runs in this process, on ``workers`` processes, or as tasks on a Dask cluster
  (``newsgraph.extract.parallel``). Workers send back each article's graph as N-Quads; this process is the
  one writer to the store.
- Articles stream through: a bounded number of batches is in flight, and nothing holds a list of all
  articles, facts or quads (undated articles wait in a temporary file, not in memory).
- Whether an article is already in the store is looked up by its content hash, one index lookup per article,
  so adding articles to a large store costs time for the new articles only.
- A store that may be written from another thread (``GraphStore.threadsafe``: Oxigraph) is written by one
  writer thread, a batch at a time, while this thread extracts the next batch: Oxigraph does its writing
  without holding Python's lock, so on a machine of two cores or more the store's writes cost the build little
  wall time. Batches are written in the order they were read, one at a time, each in its own transaction, as
  without the thread.

Example:
    >>> report = build(["../shared/seeds"], BuildOptions(store=Path("seeds.store"),
    ...                manifest=Path("../shared/seeds/manifest.jsonl")))   # doctest: +SKIP
    >>> report.added                                                     # doctest: +SKIP
    3
"""

from __future__ import annotations

import dataclasses
import pickle
import tempfile
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from rdflib import RDF, Literal
from rdflib.namespace import PROV, XSD
from spacy.language import Language

from newsgraph import __version__
from newsgraph.errors import NewsgraphError
from newsgraph.extract.pipeline import PipelineOptions, extract_facts, load_pipeline
from newsgraph.graph.iris import article_iri
from newsgraph.graph.model import Quad, article_quads
from newsgraph.graph.namespace import ID, NG, SCHEMA
from newsgraph.graph.store import GraphStore, open_store, to_nquads
from newsgraph.ingest import read_articles
from newsgraph.records import ENTITY_TYPES, ArticleFacts, Document
from newsgraph.similarity import SAME_STORY, similarity, text_sketch

__all__ = [
    "PROVENANCE_GRAPH",
    "ArticleGraph",
    "BuildOptions",
    "BuildReport",
    "article_graph",
    "build",
    "extract_graphs",
    "remove_articles",
    "write_facts",
]

#: The named graph that records the runs that read the articles (PROV-O); kept apart from the article graphs
#: so that the article graphs hold only what the articles say, the same on every build.
PROVENANCE_GRAPH = ID["graph/provenance"]

#: Articles written per store transaction.
WRITE_BATCH = 64

ProgressCallback = Callable[[int, str], None]
ProblemCallback = Callable[[str], None]

# An article to extract, with the id of the article its publication date was inferred from (or None).
_Work = tuple[Document, str | None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build: where the store is, the manifest, the pipeline, and where extraction runs.

    ``workers`` is the number of extraction processes (1: this process), or with ``dask`` the number of
    workers of a local cluster. ``dask`` is a scheduler address (``tcp://host:8786``) or ``"local"``.
    ``batch_size`` is the number of articles per ``nlp.pipe`` batch and per task sent to a worker.
    """

    store: Path | None
    backend: str = "oxigraph"
    manifest: Path | None = None
    pipeline: PipelineOptions = field(default_factory=PipelineOptions)
    workers: int = 1
    batch_size: int = 32
    dask: str | None = None


@dataclass(slots=True)
class BuildReport:
    """What a build did, for the summary line and for tests."""

    read: int = 0
    added: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    inferred: dict[str, str] = field(default_factory=dict)
    entities: int = 0
    events: int = 0
    relations: int = 0
    words: int = 0
    seconds: float = 0.0
    #: What the whole graph holds after the build, each node once however many articles report it
    #: (``entities``, ``events`` and ``relations`` above count the mentions read in this build's articles).
    graph_entities: int = 0
    graph_events: int = 0
    graph_relations: int = 0
    #: Articles of a store written before the merged graph, moved to the merged layout on opening it.
    upgraded: int = 0


@dataclass(frozen=True, slots=True)
class ArticleGraph:
    """One article's named graph as N-Quads, and what it holds: what an extraction worker sends back."""

    id: str
    content_hash: str
    nquads: bytes
    entities: int
    events: int
    relations: int
    words: int


def build(paths: Sequence[str | Path], options: BuildOptions, *,
          on_progress: ProgressCallback | None = None, on_problem: ProblemCallback | None = None,
          nlp: Language | None = None) -> BuildReport:
    """Read the articles at ``paths`` into the store at ``options.store``.

    Args:
        paths: files and folders (.txt, .html, .jsonl).
        options: the store, manifest, pipeline and parallelism.
        on_progress: called with (articles done, article id) after each article is written.
        on_problem: called with a one-line message for each input that was skipped.
        nlp: an already loaded pipeline (tests and benchmarks reuse one); with workers or Dask it is sent to
            each worker once.

    Raises:
        NewsgraphError: the store, the pipeline or the Dask cluster cannot be opened. Bad inputs never raise.
    """
    started = time.perf_counter()
    report = BuildReport()

    def problem(message: str) -> None:
        report.problems.append(message)
        if on_problem is not None:
            on_problem(message)

    # Workers first: a pool of forked processes must start before this process opens the store.
    with _extractor(options, nlp) as extract, open_store(options.store, options.backend, upgrade=True) as store, \
            tempfile.TemporaryFile() as spill, ExitStack() as stack:
        report.upgraded = store.upgraded
        # Articles read but not yet in the store (in flight, or undated and waiting): content hash → id.
        pending: dict[str, str] = {}
        writer = _Writer(store, report, on_progress, pending)
        stack.callback(writer.close)  # a write in flight ends before the store is closed, whatever happens
        undated = 0

        def dated() -> Iterator[_Work]:
            nonlocal undated
            for item in read_articles(paths, options.manifest):
                if isinstance(item, NewsgraphError):
                    problem(str(item))
                    continue
                report.read += 1
                first = pending.get(item.content_hash)
                if first is None:
                    holders = store.articles_with_hash(item.content_hash)
                    if item.id in holders:
                        report.unchanged += 1
                        continue
                    first = holders[0] if holders else None
                if first is not None:
                    report.skipped.append(f"{item.id}: the same article as {first}; skipped")
                    problem(report.skipped[-1])
                    continue
                pending[item.content_hash] = item.id
                if item.published is None:
                    pickle.dump(item, spill, protocol=pickle.HIGHEST_PROTOCOL)
                    undated += 1
                    continue
                yield item, None

        writer.write_all(extract(dated()))
        if undated:
            spill.seek(0)
            dater = _DateInference(store)
            writer.write_all(extract(dater.infer(document, report) for document in _unspill(spill, undated)))
        writer.finish()
        _count_graph(store, report)
    report.seconds = time.perf_counter() - started
    return report


def _count_graph(store: GraphStore, report: BuildReport) -> None:
    """How many entities, events and relations the merged graph holds (from the type index: no scan)."""
    entity_types = [NG[name] for name in ENTITY_TYPES]
    counts = store.count_typed([*entity_types, NG.Event, NG.Relation])
    report.graph_entities = sum(counts[t] for t in entity_types)
    report.graph_events = counts[NG.Event]
    report.graph_relations = counts[NG.Relation]


def _unspill(spill: IO[bytes], count: int) -> Iterator[Document]:
    for _ in range(count):
        yield pickle.load(spill)


class _DateInference:
    """Publication dates for undated articles, from dated articles in the store that tell the same story."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._candidates: list[tuple[str, str, date]] | None = None

    def candidates(self) -> list[tuple[str, str, date]]:
        # Read once per build, after every dated article of the run is written (inferred dates never count).
        if self._candidates is None:
            rows = self.store.select("""
                SELECT ?id ?sketch ?published WHERE {
                  ?article ng:sourceId ?id ; schema:datePublished ?published .
                  GRAPH ?article { ?article ng:textSketch ?sketch }
                }""")
            self._candidates = [(str(row[0]), str(row[1]), row[2].toPython()) for row in rows]
        return self._candidates

    def infer(self, document: Document, report: BuildReport) -> _Work:
        """The document with a publication date taken from a dated article telling the same story, if any."""
        sketch = text_sketch(document.text)
        if sketch is None:
            return document, None
        best: tuple[float, str, date] | None = None
        for other_id, other_sketch, published in self.candidates():
            score = similarity(sketch, other_sketch)
            if score >= SAME_STORY and isinstance(published, date) and (best is None or score > best[0]):
                best = (score, other_id, published)
        if best is None:
            return document, None
        report.inferred[document.id] = best[1]
        return dataclasses.replace(document, published=best[2], published_source="inferred"), best[1]


Extractor = Callable[[Iterable[_Work]], Iterator[ArticleGraph]]


@contextmanager
def _extractor(options: BuildOptions, nlp: Language | None) -> Iterator[Extractor]:
    """Where extraction runs: this process, a pool of processes, or a Dask cluster."""
    if options.dask is not None:
        from newsgraph.extract.parallel import dask_client, map_batches

        with dask_client(options.dask, options.workers) as client:
            source: Any = client.scatter(nlp, broadcast=True) if nlp is not None else options.pipeline
            slots = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or 1
            executor = client.get_executor(pure=False)
            yield lambda work: map_batches(executor, extract_graphs, source, work,
                                           batch_size=options.batch_size, workers=slots)
        return
    if options.workers > 1:
        from newsgraph.extract.parallel import map_batches, process_pool

        with process_pool(options.workers, nlp if nlp is not None else options.pipeline) as (pool, source):
            yield lambda work: map_batches(pool, extract_graphs, source, work, batch_size=options.batch_size,
                                           workers=options.workers)
        return
    loaded: list[Language] = [nlp] if nlp is not None else []

    def in_process(work: Iterable[_Work]) -> Iterator[ArticleGraph]:
        if not loaded:
            loaded.append(load_pipeline(options.pipeline))
        return _graphs(loaded[0], work, options.batch_size)

    yield in_process


def _graphs(nlp: Language, work: Iterable[_Work], batch_size: int) -> Iterator[ArticleGraph]:
    inferred_from: deque[str | None] = deque()

    def documents() -> Iterator[Document]:
        for document, source in work:
            inferred_from.append(source)
            yield document

    for facts in extract_facts(nlp, documents(), batch_size=batch_size):
        yield article_graph(facts, inferred_from.popleft())


def extract_graphs(source: Any, work: list[_Work], batch_size: int = 32) -> list[ArticleGraph]:
    """Extract a batch of articles into their graphs: the task a worker process or a Dask worker runs.

    ``source`` names the pipeline (``newsgraph.extract.parallel.PipelineSource``); the worker loads it once.
    """
    from newsgraph.extract.parallel import extraction_lock, worker_pipeline

    nlp = worker_pipeline(source)
    with extraction_lock:
        return list(_graphs(nlp, work, batch_size))


def article_graph(facts: ArticleFacts, inferred_from: str | None = None) -> ArticleGraph:
    """An article's facts as its named graph in N-Quads, with its counts."""
    return ArticleGraph(
        id=facts.document.id, content_hash=facts.document.content_hash,
        nquads=to_nquads(write_facts(facts, inferred_from)), entities=len(facts.entities),
        events=len(facts.events), relations=len(facts.relations), words=facts.word_count)


class _Writer:
    """Writes article graphs in batches, one store transaction each, with the run's provenance (PROV-O).

    Where the store allows it (``GraphStore.threadsafe``), each batch is written by a thread of its own while
    the caller reads and extracts the next one; at most one batch is being written at a time, so batches reach
    the store in order and memory holds at most two. The report, the ``pending`` hashes and the progress
    callback are updated in the caller's thread once a batch is in the store."""

    def __init__(self, store: GraphStore, report: BuildReport, on_progress: ProgressCallback | None,
                 pending: dict[str, str]) -> None:
        self.store = store
        self.report = report
        self.on_progress = on_progress
        self.pending = pending
        self.run = ID[f"run/{uuid.uuid4()}"]
        self.started = _now()
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="newsgraph-writer") if store.threadsafe else None
        self._in_flight: tuple[Future[None], list[ArticleGraph]] | None = None

    def write_all(self, graphs: Iterable[ArticleGraph]) -> None:
        """Write every graph; returns when all are in the store."""
        batch: list[ArticleGraph] = []
        for item in graphs:
            batch.append(item)
            if len(batch) >= WRITE_BATCH:
                self._submit(batch)
                batch = []
        if batch:
            self._submit(batch)
        self._wait()

    def _submit(self, batch: list[ArticleGraph]) -> None:
        self._wait()
        if self._thread is None:
            self._write(batch)
            self._written(batch)
        else:
            self._in_flight = (self._thread.submit(self._write, batch), batch)

    def _wait(self) -> None:
        """Wait for the batch being written, if any; its error, if it failed, is raised here."""
        if self._in_flight is None:
            return
        future, batch = self._in_flight
        self._in_flight = None
        future.result()
        self._written(batch)

    def close(self) -> None:
        """Let a write in flight end (its error is left to the exception already on its way), then stop the
        thread."""
        if self._in_flight is not None:
            self._in_flight[0].exception()
            self._in_flight = None
        if self._thread is not None:
            self._thread.shutdown(wait=True)

    def _write(self, batch: list[ArticleGraph]) -> None:
        written = _now()
        provenance: list[Quad] = []
        for item in batch:
            graph = article_iri(item.id)
            provenance.append((graph, PROV.wasGeneratedBy, self.run, PROVENANCE_GRAPH))
            provenance.append((graph, PROV.generatedAtTime, Literal(written, datatype=XSD.dateTime),
                               PROVENANCE_GRAPH))
        # One transaction: the articles' graphs, the merged graph, and what an earlier run said about these
        # graphs replaced by what this one says.
        self.store.write_articles(batch, also_insert=provenance,
                                  also_clear=[(article_iri(item.id), PROVENANCE_GRAPH) for item in batch])

    def _written(self, batch: list[ArticleGraph]) -> None:
        for item in batch:
            self.pending.pop(item.content_hash, None)
            self.report.added += 1
            self.report.entities += item.entities
            self.report.events += item.events
            self.report.relations += item.relations
            self.report.words += item.words
            if self.on_progress is not None:
                self.on_progress(self.report.added, item.id)

    def finish(self) -> None:
        """Record the run itself: when it started and ended, and which software it was."""
        if not self.report.added:
            return
        g = PROVENANCE_GRAPH
        software = ID[f"software/newsgraph/{__version__}"]
        self.store.add_quads([
            (self.run, RDF.type, PROV.Activity, g),
            (self.run, PROV.startedAtTime, Literal(self.started, datatype=XSD.dateTime), g),
            (self.run, PROV.endedAtTime, Literal(_now(), datatype=XSD.dateTime), g),
            (self.run, PROV.wasAssociatedWith, software, g),
            (software, RDF.type, PROV.SoftwareAgent, g),
            (software, SCHEMA.softwareVersion, Literal(__version__), g),
        ])
        self.store.flush()


@dataclass(frozen=True, slots=True)
class RemoveReport:
    """What ``remove_articles`` did: the ids removed, those the store did not hold, and how many triples left
    the merged graph."""

    removed: list[str]
    missing: list[str]
    triples: int


def remove_articles(store: GraphStore, ids: Sequence[str]) -> RemoveReport:
    """Remove articles by id, with what an earlier run recorded of them; ids the store does not hold are
    reported, and nothing is removed when any is missing."""
    missing = [i for i in ids if not store.holds(i)]
    if missing:
        return RemoveReport([], missing, 0)
    written = store.remove_articles(ids, also_clear=[(article_iri(i), PROVENANCE_GRAPH) for i in ids])
    store.flush()
    return RemoveReport(list(ids), [], written.removed)


def write_facts(facts: ArticleFacts, inferred_from: str | None = None) -> list[Quad]:
    """The article's quads, with its content sketch and where an inferred date came from."""
    quads = article_quads(facts)
    graph = article_iri(facts.document.id)
    sketch = text_sketch(facts.document.text)
    if sketch is not None:
        quads.append((graph, NG.textSketch, Literal(sketch), graph))
    if inferred_from is not None:
        quads.append((graph, NG.inferredFrom, article_iri(inferred_from), graph))
    return quads


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
