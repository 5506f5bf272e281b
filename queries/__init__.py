"""The SPARQL library (``*.rq`` files beside this module) and the runner that binds their parameters."""

from __future__ import annotations

from importlib import resources

__all__ = ["LIBRARY_NAMES"]

#: The library queries' names: the ``.rq`` files here (read without importing the runner or rdflib).
LIBRARY_NAMES: tuple[str, ...] = tuple(sorted(entry.name.removesuffix(".rq") for entry in resources.files(__name__)
                                              .iterdir() if entry.name.endswith(".rq")))
