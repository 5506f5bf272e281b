"""newsgraph's exceptions: one base class, a named subclass per kind of problem.

Every message is one line that names the thing at fault and says what to do about it; the CLI prints it as it
is and exits with status 1. Library code raises these and never prints.
"""

from __future__ import annotations

__all__ = [
    "BadArticleError",
    "BadManifestError",
    "BadQueryError",
    "DrawingError",
    "ExportError",
    "NewsgraphError",
    "PipelineError",
    "PushError",
    "RefusedQueryError",
    "ServeError",
    "StoreError",
    "UnknownNameError",
]


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose; ``str(e)`` is a one-line message for users."""


class BadArticleError(NewsgraphError):
    """An input article cannot be read: missing, empty, binary, not UTF-8, or a malformed corpus line."""

    def __init__(self, where: str, problem: str, remedy: str) -> None:
        self.where = where
        self.problem = problem
        self.remedy = remedy
        super().__init__(f"{where}: {problem}; {remedy}")


class BadManifestError(NewsgraphError):
    """A manifest line is not valid JSON or names a field wrongly."""


class StoreError(NewsgraphError):
    """The store cannot be opened, written or read."""


class BadQueryError(NewsgraphError):
    """A SPARQL query is unknown, malformed, or given a parameter it cannot take."""


class RefusedQueryError(BadQueryError):
    """A query the read-only endpoint will not run: an update, LOAD, or SERVICE (a call to another endpoint)."""


class ExportError(NewsgraphError):
    """The graph cannot be written in the asked format or to the asked place."""


class DrawingError(ExportError):
    """A drawing cannot be made: matplotlib missing, nothing to draw, or a file that cannot be written."""


class PushError(NewsgraphError):
    """The graph cannot be sent: the endpoint is down, refuses, or is not a Graph Store Protocol address."""


class ServeError(NewsgraphError):
    """The endpoint cannot start: the port is taken, the host cannot be listened on, the store cannot be read."""


class PipelineError(NewsgraphError):
    """The spaCy pipeline cannot be built: a missing model, a bad lexicon or gazetteer file."""


class UnknownNameError(NewsgraphError):
    """A name (format, store, query, category) that is not in its registry; the message lists the known ones."""

    def __init__(self, kind: str, name: str, known: list[str] | tuple[str, ...]) -> None:
        self.kind = kind
        self.name = name
        self.known = sorted(known)
        super().__init__(f"unknown {kind} {name!r}; use one of: {', '.join(self.known)}")
