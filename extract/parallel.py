"""Extraction on many processes or on a Dask cluster: batches of articles out, results back, in order.

Extraction is embarrassingly parallel by article. This module runs a function over batches of articles on

- a local pool of worker processes (:func:`process_pool`), forked where the platform can (the workers inherit
  the pipeline the parent loaded: one load, its memory pages shared) and spawned elsewhere (each worker
  loads its own). The pool starts its workers as it opens, so callers open it before any store: no process
  holding an open store is ever forked;
- a Dask ``distributed`` cluster (:func:`dask_client`), local or on other machines.

Each worker has the pipeline once and keeps it (:func:`worker_pipeline`): a task ships only its batch of
:class:`~newsgraph.records.Document` and the small, hashable :class:`PipelineOptions`, never a Doc or the
pipeline itself. :func:`map_batches` keeps a bounded number of batches in flight and yields results in input
order, so memory does not grow with the number of articles.

Example:
    >>> from newsgraph.records import Document
    >>> docs = [Document(id=str(i), text="Japan protested.", content_hash=str(i)) for i in range(3)]
    >>> with process_pool(2, PipelineOptions()) as pool:                       # doctest: +SKIP
    ...     facts = list(map_batches(pool, extract_batch, PipelineOptions(), docs, batch_size=2))
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeAlias, TypeVar

from spacy.language import Language

from newsgraph.errors import PipelineError
from newsgraph.extract.pipeline import PipelineOptions, extract_facts, load_pipeline
from newsgraph.processes import die_with_parent, ignore_interrupts
from newsgraph.records import ArticleFacts, Document

__all__ = [
    "PipelineSource",
    "Submitter",
    "dask_client",
    "extract_batch",
    "extraction_lock",
    "map_batches",
    "process_pool",
    "start_method",
    "worker_pipeline",
]

T = TypeVar("T")
R = TypeVar("R")

#: What a task names its pipeline by: options (each worker loads it once), the pipeline itself (Dask scatters
#: it to the workers once), or None for the one a local pool's workers received when they started.
PipelineSource: TypeAlias = PipelineOptions | Language | None

#: How long to try reaching a Dask scheduler before giving up.
DASK_CONNECT_SECONDS = 20

_PIPELINES: dict[PipelineOptions, Language] = {}
_STARTED_WITH: Language | None = None
#: Held while a pipeline runs: a Dask worker may run several tasks in threads, and one pipeline is not made to
#: be run by two threads at once.
extraction_lock = threading.RLock()


def worker_pipeline(source: PipelineSource) -> Language:
    """The pipeline in this process: loaded on the first task, then kept for every later one."""
    if isinstance(source, Language):
        return source
    if source is None:
        if _STARTED_WITH is None:
            raise PipelineError("this worker was started without a pipeline; this is a bug, please report it")
        return _STARTED_WITH
    with extraction_lock:
        nlp = _PIPELINES.get(source)
        if nlp is None:
            nlp = _PIPELINES[source] = load_pipeline(source)
        return nlp


def extract_batch(source: PipelineSource, documents: list[Document], batch_size: int = 32) -> list[ArticleFacts]:
    """Extract one batch of articles in a worker: the task behind :func:`map_batches` for records."""
    nlp = worker_pipeline(source)
    with extraction_lock:
        return list(extract_facts(nlp, documents, batch_size=batch_size))


class Submitter(Protocol):
    """What runs tasks: a ``concurrent.futures.Executor`` or a ``distributed.Client`` (both have ``submit``)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...


def map_batches(submitter: Submitter | Executor, task: Callable[[PipelineSource, list[T], int], list[R]],
                source: PipelineSource, items: Iterable[T], *, batch_size: int = 32,
                in_flight: int | None = None, workers: int = 2) -> Iterator[R]:
    """Run ``task(source, batch, batch_size)`` over batches of ``items`` and yield its results in input order.

    At most ``in_flight`` batches (default: twice ``workers``) are submitted and not yet consumed, and
    ``items`` is read only as batches are submitted: memory holds a bounded number of articles however many
    there are.
    """
    limit = in_flight if in_flight is not None else 2 * max(1, workers)
    pending: deque[Any] = deque()
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, batch_size)):
        pending.append(submitter.submit(task, source, batch, batch_size))
        while len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _start_worker(shipped: bytes | Language | None, parent: int) -> None:
    global _STARTED_WITH
    die_with_parent(parent)
    ignore_interrupts()
    if isinstance(shipped, bytes):
        _STARTED_WITH = pickle.loads(shipped)
    elif shipped is not None:  # forked: the parent's own pipeline object, inherited, never pickled
        _STARTED_WITH = shipped


def _started() -> None:
    """A task that does nothing: waiting for it means the workers have started."""


def start_method() -> str:
    """How worker processes start here: ``fork`` where the platform has it, else ``spawn``."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@contextmanager
def process_pool(workers: int, source: PipelineSource,
                 method: str | None = None) -> Iterator[tuple[Executor, PipelineSource]]:
    """A pool of ``workers`` processes, each holding the pipeline named by ``source``, started before it yields.

    With ``fork`` (``method`` defaults to :func:`start_method`) the pipeline is loaded here, once, and the
    workers inherit it; the tasks' source is then None. With ``spawn`` a loaded pipeline is pickled once and
    given to every worker as it starts (source None), and options are passed on for each worker to load the
    pipeline on its first task.
    """
    method = method or start_method()
    shipped: bytes | Language | None
    if method == "fork":
        shipped = source if isinstance(source, Language) else load_pipeline(source or PipelineOptions())
    else:
        shipped = pickle.dumps(source) if isinstance(source, Language) else None
    task_source: PipelineSource = None if shipped is not None else source
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(shipped, os.getpid()))
    try:
        # A forking pool starts every worker on its first task: make that happen now, before the caller opens
        # anything a child must not inherit.
        pool.submit(_started).result()
        yield pool, task_source
    except BaseException:
        # Ctrl-C, or an error in the caller: stop the workers now rather than wait for their batches.
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(5)


@contextmanager
def dask_client(address: str, workers: int = 2) -> Iterator[Any]:
    """A ``distributed.Client`` to the scheduler at ``address``, or to a new local cluster for ``"local"``.

    A local cluster has ``workers`` worker processes with one thread each. Workers of a remote cluster need
    newsgraph and its model installed, as on this machine.

    Raises:
        PipelineError: ``distributed`` is not installed, or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise PipelineError("--dask needs Dask's distributed package; install it with: "
                            "pip install 'newsgraph[dask]'") from e
    if address == "local":
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=f"{DASK_CONNECT_SECONDS}s")
    except (OSError, TimeoutError, ValueError) as e:
        raise PipelineError(f"cannot reach the Dask scheduler at {address} (tried for {DASK_CONNECT_SECONDS} s); "
                            "start one with `dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`, "
                            "or use --dask local") from e
    with client:
        yield client
