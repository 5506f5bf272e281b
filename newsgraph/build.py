"""Build: articles in, one named graph per article out, end to end.

``build`` reads the inputs (``newsgraph.ingest``), skips articles the store already holds, runs the extraction
pipeline over the rest (``newsgraph.extract``), turns each article's facts into its named graph
(``newsgraph.graph.model``) and writes it to the store, replacing what an earlier reading of the same article
left there. It never prints: problems and progress go to the callbacks the caller gives.

Articles without a publication date are read last: by then every dated article of the run is in the store, and
an undated article that tells the same story as one of them (``newsgraph.similarity``) takes its date, marked
inferred. Otherwise its relative dates stay unresolved; nothing is ever resolved against the day the program
runs.

Example:
    >>> report = build(["../shared/seeds"], BuildOptions(store=Path("seeds.store"),
    ...                manifest=Path("../shared/seeds/manifest.jsonl")))   # doctest: +SKIP
    >>> report.added                                                     # doctest: +SKIP
    3
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, XSD
from spacy.language import Language

from newsgraph import __version__
from newsgraph.errors import NewsgraphError
from newsgraph.extract.pipeline import PipelineOptions, extract_facts, load_pipeline
from newsgraph.graph.iris import article_iri
from newsgraph.graph.model import Quad, article_quads
from newsgraph.graph.namespace import ID, NG, SCHEMA
from newsgraph.graph.store import GraphStore, open_store
from newsgraph.ingest import read_articles
from newsgraph.records import ArticleFacts, Document
from newsgraph.similarity import SAME_STORY, similarity, text_sketch

__all__ = ["PROVENANCE_GRAPH", "BuildOptions", "BuildReport", "build", "write_facts"]

#: The named graph that records the runs that read the articles (PROV-O); kept apart from the article graphs
#: so that the article graphs hold only what the articles say, the same on every build.
PROVENANCE_GRAPH = ID["graph/provenance"]

#: Articles extracted and written per store transaction.
WRITE_BATCH = 64

ProgressCallback = Callable[[int, str], None]
ProblemCallback = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build: where the store is, the manifest, the pipeline, and how many processes."""

    store: Path | None
    backend: str = "oxigraph"
    manifest: Path | None = None
    pipeline: PipelineOptions = field(default_factory=PipelineOptions)
    workers: int = 1
    batch_size: int = 32


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


def build(paths: Sequence[str | Path], options: BuildOptions, *,
          on_progress: ProgressCallback | None = None, on_problem: ProblemCallback | None = None,
          nlp: Language | None = None) -> BuildReport:
    """Read the articles at ``paths`` into the store at ``options.store``.

    Args:
        paths: files and folders (.txt, .html, .jsonl).
        options: the store, manifest, pipeline and parallelism.
        on_progress: called with (articles done, article id) after each article is written.
        on_problem: called with a one-line message for each input that was skipped.
        nlp: an already loaded pipeline (tests and benchmarks reuse one).

    Raises:
        NewsgraphError: the store or the pipeline cannot be opened. Bad inputs never raise.
    """
    started = time.perf_counter()
    report = BuildReport()

    def problem(message: str) -> None:
        report.problems.append(message)
        if on_problem is not None:
            on_problem(message)

    with open_store(options.store, options.backend) as store:
        nlp = nlp if nlp is not None else load_pipeline(options.pipeline)
        writer = _Writer(store, report, on_progress)
        known = store.content_hashes()
        undated: list[Document] = []

        def dated() -> Iterator[Document]:
            seen: dict[str, str] = {}
            for item in read_articles(paths, options.manifest):
                if isinstance(item, NewsgraphError):
                    problem(str(item))
                    continue
                report.read += 1
                first = seen.get(item.content_hash) or known.get(item.content_hash)
                if first == item.id and item.content_hash not in seen:
                    report.unchanged += 1
                    seen[item.content_hash] = item.id
                    continue
                if first is not None:
                    report.skipped.append(f"{item.id}: the same article as {first}; skipped")
                    problem(report.skipped[-1])
                    continue
                seen[item.content_hash] = item.id
                if item.published is None:
                    undated.append(item)
                    continue
                yield item

        writer.write_all(extract_facts(nlp, dated(), batch_size=options.batch_size, n_process=options.workers))
        if undated:
            with_dates = [_infer_date(document, store, report) for document in undated]
            writer.write_all(extract_facts(nlp, with_dates, batch_size=options.batch_size,
                                           n_process=min(options.workers, len(with_dates))))
        writer.finish()
    report.seconds = time.perf_counter() - started
    return report


def _infer_date(document: Document, store: GraphStore, report: BuildReport) -> Document:
    """The document with a publication date taken from a dated article telling the same story, if any."""
    sketch = text_sketch(document.text)
    if sketch is None:
        return document
    rows = store.select("""
        SELECT ?id ?sketch ?published WHERE {
          ?article ng:textSketch ?sketch ; ng:sourceId ?id ; schema:datePublished ?published .
        }""")
    best: tuple[float, str, date] | None = None
    for row in rows:
        other_id, other_sketch, published = str(row[0]), str(row[1]), row[2].toPython()
        score = similarity(sketch, other_sketch)
        if score >= SAME_STORY and isinstance(published, date) and (best is None or score > best[0]):
            best = (score, other_id, published)
    if best is None:
        return document
    report.inferred[document.id] = best[1]
    return dataclasses.replace(document, published=best[2], published_source="inferred")


class _Writer:
    """Writes article graphs in batches, one store transaction each, and records the run's provenance."""

    def __init__(self, store: GraphStore, report: BuildReport, on_progress: ProgressCallback | None) -> None:
        self.store = store
        self.report = report
        self.on_progress = on_progress
        self.run = ID[f"run/{uuid.uuid4()}"]
        self.started = _now()
        self.written: list[URIRef] = []

    def write_all(self, facts: Iterable[ArticleFacts]) -> None:
        batch: list[ArticleFacts] = []
        for item in facts:
            batch.append(item)
            if len(batch) >= WRITE_BATCH:
                self._write(batch)
                batch = []
        if batch:
            self._write(batch)

    def _write(self, batch: list[ArticleFacts]) -> None:
        quads: list[Quad] = []
        for facts in batch:
            graph = article_iri(facts.document.id)
            self.store.remove_graph(graph)
            quads.extend(write_facts(facts, self.report.inferred.get(facts.document.id)))
            self.written.append(graph)
        self.store.add_quads(quads)
        for facts in batch:
            self.report.added += 1
            self.report.entities += len(facts.entities)
            self.report.events += len(facts.events)
            self.report.relations += len(facts.relations)
            self.report.words += facts.word_count
            if self.on_progress is not None:
                self.on_progress(self.report.added, facts.document.id)

    def finish(self) -> None:
        """Record which run wrote which article graph, and when (PROV-O), in the provenance graph."""
        if not self.written:
            return
        ended = _now()
        g = PROVENANCE_GRAPH
        software = ID[f"software/newsgraph/{__version__}"]
        quads: list[Quad] = [
            (self.run, RDF.type, PROV.Activity, g),
            (self.run, PROV.startedAtTime, Literal(self.started, datatype=XSD.dateTime), g),
            (self.run, PROV.endedAtTime, Literal(ended, datatype=XSD.dateTime), g),
            (self.run, PROV.wasAssociatedWith, software, g),
            (software, RDF.type, PROV.SoftwareAgent, g),
            (software, SCHEMA.softwareVersion, Literal(__version__), g),
        ]
        for graph in self.written:
            self._forget_provenance(graph)
            quads.append((graph, PROV.wasGeneratedBy, self.run, g))
            quads.append((graph, PROV.generatedAtTime, Literal(ended, datatype=XSD.dateTime), g))
        self.store.add_quads(quads)
        self.store.flush()

    def _forget_provenance(self, graph: URIRef) -> None:
        rows = self.store.select(
            "SELECT ?p ?o WHERE { GRAPH ?prov { ?graph ?p ?o } }",
            {"graph": graph, "prov": PROVENANCE_GRAPH})
        old = [(graph, row[0], row[1], PROVENANCE_GRAPH) for row in rows]
        if old:
            self.store.remove_quads(old)


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
