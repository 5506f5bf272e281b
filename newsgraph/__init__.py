"""newsgraph: a dated RDF knowledge graph of who did what to whom, and when, built from news articles.

The stages live in sub-packages: ``newsgraph.extract`` (spaCy components that read articles into typed
records), ``newsgraph.graph`` (RDF model, store, export, networkx view, drawing) and ``newsgraph.queries``
(the SPARQL library and its runner). ``newsgraph.build`` runs them end to end; ``newsgraph.cli`` is the
command line over it.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
