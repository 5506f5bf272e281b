"""The support index: what each stored article contributes to the merged graph, kept beside the store.

The merged graph holds each triple once, so it cannot say which articles support a triple. This index can:
one graph per stored *version* of an article (its id and content hash) with the triples that version gives the
merged graph, and the claims of its mentions (``newsgraph.graph.disagreement.Claim``) under keys that find the
mentions of the same participants published within a few days. With it, removing or replacing an article
removes a triple from the merged graph exactly when no other article supports it, and a new article is
compared only with the mentions that may report the same events: both cost time for the changed articles only.

It is an Oxigraph store of its own (``DIR/support`` beside the store's files, or in memory) and never part of
what users query, export or push. It is written before the store, and the versions a write replaced are
dropped after it (``retire``; ``clean`` drops them all at once when the store is flushed). Every write is
recorded as a pending batch until then, so a build killed at any point leaves at worst versions the store does
not hold, which ``recover`` drops the next time the store is opened.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox

from newsgraph.graph.disagreement import Claim, window_days
from newsgraph.graph.layout import ARTICLE_PREFIX, ArticleParts, text
from newsgraph.graph.namespace import ID

__all__ = ["SupportIndex", "article_of_version"]

_PRIVATE = "urn:newsgraph:support#"
_CLAIM = ox.NamedNode(_PRIVATE + "claim")  # mention → its Claim as JSON
_WINDOW = ox.NamedNode(_PRIVATE + "window")  # mention → "participant IRI|publication day"
_ADDS = ox.NamedNode(_PRIVATE + "adds")  # pending batch → a version graph it writes
_REMOVES = ox.NamedNode(_PRIVATE + "removes")  # pending batch → a version graph it replaces
_OF = ox.NamedNode(_PRIVATE + "of")  # version graph → its article, in the version graph (so it is never empty)
_PRIVATE_PREDICATES = frozenset({_CLAIM, _WINDOW, _OF})
# Present while a store of the earlier layout is being moved to this one.
_UPGRADING = ox.Quad(ox.NamedNode(_PRIVATE + "store"), ox.NamedNode(_PRIVATE + "upgrading"), ox.Literal("true"),
                     ox.DefaultGraph())
_VERSIONS = str(ID) + "support/"
_DEFAULT = ox.DefaultGraph()


def article_of_version(version: ox.NamedNode) -> ox.NamedNode:
    """The article a version graph (``SupportIndex.version``) is a version of."""
    quoted_id = version.value[len(_VERSIONS):].rsplit("/", 1)[0]
    return ox.NamedNode(ARTICLE_PREFIX + quoted_id)


def _window_key(participant: str, day: str) -> ox.Literal:
    return ox.Literal(f"{participant}|{day}")


class SupportIndex:
    """Version graphs, claims and pending batches in an Oxigraph store of their own."""

    def __init__(self, location: Path | None, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        if location is None:
            self.store = ox.Store()
        elif read_only:
            # A store read by commands that only read: the index is never used, only opened to check it is there.
            self.store = ox.Store.read_only(str(location)) if location.exists() else ox.Store()
        else:
            self.store = ox.Store(str(location))
        #: Versions replaced by writes the store holds, not yet dropped (they no longer count), and the batches
        #: that wrote them.
        self.retired: set[ox.NamedNode] = set()
        self.done: list[ox.NamedNode] = []

    @staticmethod
    def version(article_id: str, content_hash: str) -> ox.NamedNode:
        """The graph of one version of an article."""
        return ox.NamedNode(f"{_VERSIONS}{quote(article_id, safe='')}/{quote(content_hash, safe='')}")

    # -- writing ----------------------------------------------------------------------------------------------
    def begin(self, added: Iterable[ArticleParts], removed: Iterable[ox.NamedNode]) -> ox.NamedNode:
        """Write the new versions and a pending batch naming them and the versions they replace (one
        transaction); returns the batch, to give to ``retire`` once the store holds the new versions."""
        added = list(added)
        if any(self.version(parts.id, parts.content_hash) in self.retired for parts in added):
            self.clean()  # a version written again after it was replaced: drop the old copy first
        batch = ox.NamedNode(f"{_PRIVATE}batch/{uuid.uuid4()}")
        marker = [ox.Quad(batch, _REMOVES, graph, _DEFAULT) for graph in removed]
        chunks = []
        for parts in added:
            graph = self.version(parts.id, parts.content_hash)
            marker.append(ox.Quad(batch, _ADDS, graph, _DEFAULT))
            private = [ox.Triple(graph, _OF, parts.article)]
            for claim in parts.claims:
                mention = ox.NamedNode(claim.mention)
                private.append(ox.Triple(mention, _CLAIM, ox.Literal(claim.to_json())))
                if claim.published is not None:
                    private.extend(ox.Triple(mention, _WINDOW, _window_key(p, claim.published))
                                   for p in claim.participants)
            # Serialized by Oxigraph as N-Triples, each line then given the version's graph: N-Quads.
            lines = ox.serialize([*parts.shared, *private], format=ox.RdfFormat.N_TRIPLES) or b""
            chunks.append(lines.replace(b" .\n", f" {graph} .\n".encode()))
        chunks.append(ox.serialize(marker, format=ox.RdfFormat.N_QUADS) or b"")
        self.store.load(b"".join(chunks), ox.RdfFormat.N_QUADS)
        return batch

    def retire(self, batch: ox.NamedNode, removed: Iterable[ox.NamedNode]) -> None:
        """The store holds the batch: the versions it replaced no longer count. They are dropped, with the
        batch, by ``clean`` (one transaction for a whole build), or by ``recover`` after a kill."""
        self.retired.update(removed)
        self.done.append(batch)

    def clean(self) -> None:
        """Drop the retired versions and the finished batches."""
        if self.done or self.retired:
            self.finish(self.done, self.retired)
        self.done, self.retired = [], set()

    def finish(self, batches: Iterable[ox.NamedNode], removed: Iterable[ox.NamedNode]) -> None:
        """Drop ``removed`` versions and the records of ``batches``, in one transaction."""
        operations = [f"DROP SILENT GRAPH {graph}" for graph in removed]
        operations.extend(f"DELETE WHERE {{ {batch} ?p ?o }}" for batch in batches)
        if operations:
            self.store.update(" ;\n".join(operations))

    def recover(self, is_current: Callable[[ox.NamedNode], bool]) -> int:
        """Finish the batches a killed build left pending: drop every version they name that the store does not
        hold. Returns how many versions were dropped."""
        batches: set[Any] = {q.subject for q in self.store.quads_for_pattern(None, _ADDS, None, _DEFAULT)}
        batches |= {q.subject for q in self.store.quads_for_pattern(None, _REMOVES, None, _DEFAULT)}
        dropped = 0
        for batch in batches:
            named = {q.object for q in self.store.quads_for_pattern(batch, None, None, _DEFAULT)}
            stale = [g for g in named if isinstance(g, ox.NamedNode) and not is_current(g)]
            self.finish([batch], stale)
            dropped += len(stale)
        return dropped

    def upgrading(self, started: bool | None = None) -> bool:
        """Whether an upgrade of the store to the merged layout is under way; ``started`` records that one
        begins (True) or has ended (False)."""
        if started is True:
            self.store.add(_UPGRADING)
        elif started is False:
            self.store.remove(_UPGRADING)
        return _UPGRADING in self.store

    def flush(self) -> None:
        if self.read_only:
            return
        self.clean()
        if self.location is not None:
            self.store.flush()

    def close(self) -> None:
        """Flush and let go of the store (Oxigraph releases its lock when the last reference goes)."""
        self.flush()
        del self.store

    # -- reading ----------------------------------------------------------------------------------------------
    def holds(self, version: ox.NamedNode) -> bool:
        return version not in self.retired and self.store.contains_named_graph(version)

    def is_empty(self) -> bool:
        return next(iter(self.store.named_graphs()), None) is None

    def shared(self, version: ox.NamedNode) -> set[ox.Triple]:
        """The triples one version gives the merged graph."""
        return {ox.Triple(q.subject, q.predicate, q.object)
                for q in self.store.quads_for_pattern(None, None, None, version)
                if q.predicate not in _PRIVATE_PREDICATES}

    def claims(self, version: ox.NamedNode) -> list[Claim]:
        return [Claim.from_json(text(q.object)) for q in self.store.quads_for_pattern(None, _CLAIM, None, version)]

    def supported(self, triple: ox.Triple, excluding: set[ox.NamedNode]) -> bool:
        """Whether a version other than those ``excluding`` (and the retired ones) gives the merged graph this
        triple."""
        return any(q.graph_name not in excluding and q.graph_name not in self.retired
                   for q in self.store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
                   if isinstance(q.graph_name, ox.NamedNode))

    def values(self, subject: Any, predicate: ox.NamedNode, excluding: set[ox.NamedNode]) -> Counter[Any]:
        """How many versions (other than ``excluding``) give each value of ``subject predicate``."""
        return Counter(q.object for q in self.store.quads_for_pattern(subject, predicate, None, None)
                       if isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in excluding
                       and q.graph_name not in self.retired)

    def claims_near(self, claim: Claim, memo: dict[Any, Any] | None = None) -> Iterator[tuple[ox.NamedNode, Claim]]:
        """Claims of other mentions that name one of this claim's participants and were published within the
        window, with their version graphs.

        ``memo``, a dict the caller keeps while the index does not change (one write), holds what was read for
        earlier claims: an article's claims share its publication day and mostly its participants."""
        if claim.published is None:
            return
        memo = {} if memo is None else memo
        seen: set[tuple[Any, Any]] = set()
        for participant in claim.participants:
            for day in window_days(claim.published):
                window = _window_key(participant, day)
                mentions = memo.get(window)
                if mentions is None:
                    mentions = memo[window] = [(q.subject, q.graph_name) for q in
                                               self.store.quads_for_pattern(None, _WINDOW, window, None)]
                for key in mentions:
                    if key in seen or key[1] in self.retired:
                        continue
                    seen.add(key)
                    claims = memo.get(key)
                    if claims is None:
                        claims = memo[key] = [Claim.from_json(text(found.object))
                                              for found in self.store.quads_for_pattern(key[0], _CLAIM, None, key[1])]
                    for other in claims:
                        yield key[1], other

    def reports(self, version: ox.NamedNode, fact: str) -> bool:
        """Whether this version reports ``fact`` (one of its claims is about it)."""
        return any(claim.fact == fact for claim in self.claims(version))
