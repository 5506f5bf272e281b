"""Writing articles into the store: their own graphs, the merged graph kept exact, support, disagreements.

``write`` takes new versions of articles (``newsgraph.graph.layout.ArticleParts``) and ids of articles to
remove, and changes the store in one transaction:

1. the support index (``newsgraph.graph.support``) first gets the new versions, as a pending batch;
2. the store, in one transaction: each article's own graph replaced; every triple the new versions give the
   merged graph added (a triple already there stays once); every triple the replaced versions gave removed
   unless another stored version still gives it; an entity's type and label recounted when the versions differ
   on them; ``ng:articleCount`` moved by the number of articles that started or stopped reporting each fact;
   the disagreements of the replaced versions removed and those of the new ones found and added, with
   ``ng:disputed true`` on every fact that is part of one;
3. the support index drops the replaced versions and the batch.

A kill at any point leaves the store with every article, old or new version, and its merged graph exact: the
store's transaction is all or nothing, and the index keeps the old versions until the store no longer needs
them (``SupportIndex.recover`` cleans up after a kill).

Every lookup here is an index lookup on a triple, a fact, or a participant and a day, so the time a write
takes depends on the articles written, not on the size of the store. The one exception is rare: when a new
article gives an entity another type or label than the merged graph has, the versions' votes are counted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib import XSD

from newsgraph.graph.disagreement import Claim, aspects, corresponds
from newsgraph.graph.layout import (
    ALT_LABEL,
    LABEL,
    ONE_VALUE,
    REPORTED_IN,
    TYPE,
    ArticleParts,
    article_node,
    is_one_value,
    text,
)
from newsgraph.graph.namespace import ID, NG
from newsgraph.graph.support import SupportIndex, article_of_version
from newsgraph.keys import digest

__all__ = ["Change", "MainGraph", "WriteReport", "current_version", "write"]

DEFAULT = ox.DefaultGraph()
_CONTENT_HASH = ox.NamedNode(str(NG.contentHash))
_ARTICLE_COUNT = ox.NamedNode(str(NG.articleCount))
_DISPUTED = ox.NamedNode(str(NG.disputed))
_DISAGREEMENT = ox.NamedNode(str(NG.Disagreement))
_ASPECT, _CLAIM, _FACT = (ox.NamedNode(str(NG[name])) for name in ("aspect", "claim", "fact"))
_TRUE = ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean)))
_INTEGER = ox.NamedNode(str(XSD.integer))
#: The property each aspect of a disagreement is named by.
_ASPECT_PROPERTY = {name: ox.NamedNode(str(NG[name])) for name in (
    "date", "mode", "category", "relation", "actor", "recipient", "subject", "object")}
# Ties between an entity's types go to the first here; between labels, to the one not all in capitals, then
# the longer, then the first in alphabetical order.
_TYPE_ORDER = [str(NG[t]) for t in ("Country", "Person", "Organization", "Group", "Place", "Concept")]


class MainGraph(Protocol):
    """What ``write`` needs of a store: quad lookups, and a change applied in one transaction."""

    def find(self, subject: Any, predicate: ox.NamedNode | None, obj: Any,
             graph: ox.NamedNode | ox.DefaultGraph | None) -> Iterable[ox.Quad]: ...

    def apply(self, change: Change) -> None: ...


@dataclass(slots=True)
class Change:
    """One transaction: graphs dropped, then triples deleted, then triples inserted, by graph (the merged graph
    is ``DEFAULT``)."""

    drop: list[ox.NamedNode] = field(default_factory=list)
    delete: dict[Any, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))
    insert: dict[Any, set[ox.Triple]] = field(default_factory=lambda: defaultdict(set))

    def remove(self, triple: ox.Triple, graph: Any = DEFAULT) -> None:
        self.insert[graph].discard(triple)
        self.delete[graph].add(triple)

    def add(self, triple: ox.Triple, graph: Any = DEFAULT) -> None:
        self.insert[graph].add(triple)


@dataclass(slots=True)
class WriteReport:
    """What one write did to the merged graph: triples added and removed (some may have been there or gone
    already), and the disagreements the new versions have with the others."""

    added: int = 0
    removed: int = 0
    disagreements: int = 0


def current_version(main: MainGraph, article: ox.NamedNode) -> str | None:
    """The content hash of the version of ``article`` the store holds, or None."""
    for quad in main.find(article, _CONTENT_HASH, None, DEFAULT):
        return text(quad.object)
    return None


def write(main: MainGraph, support: SupportIndex, added: Iterable[ArticleParts], removed_ids: Iterable[str] = (),
          *, also_insert: Iterable[ox.Quad] = (), also_clear: Iterable[tuple[ox.NamedNode, ox.NamedNode]] = ()
          ) -> WriteReport:
    """Write new versions of articles and remove others, keeping the merged graph exact (see the module).

    ``also_insert`` are more quads for the same transaction (the build's provenance), ``also_clear`` (subject,
    graph) pairs whose statements it removes first.
    """
    # The last version of an article wins; a version the store already holds is not written again.
    versions = {parts.id: parts for parts in added}
    removing = {article_id for article_id in removed_ids if article_id not in versions}
    replaced: list[ox.NamedNode] = []
    for article_id in [*versions, *removing]:
        old = current_version(main, article_node(article_id))
        if old is None:
            continue
        if article_id in versions and old == versions[article_id].content_hash and \
                support.holds(SupportIndex.version(article_id, old)):
            del versions[article_id]
            continue
        graph = SupportIndex.version(article_id, old)
        if support.holds(graph):
            replaced.append(graph)
    new = list(versions.values())
    batch = support.begin(new, replaced)
    change = Change(drop=[article_node(a) for a in [*versions, *removing]])
    merge = _Merge(main, support, new, set(replaced), change)
    report = merge.run()
    for subject, graph in also_clear:
        change.delete[graph].update(q.triple for q in main.find(subject, None, None, graph))
    for parts in new:
        change.insert[parts.article].update(parts.own)
    for quad in also_insert:
        change.insert[quad.graph_name].add(quad.triple)
    report.added = len(change.insert[DEFAULT] - change.delete[DEFAULT])
    report.removed = len(change.delete[DEFAULT] - change.insert[DEFAULT])
    main.apply(change)
    support.retire(batch, replaced)
    return report


class _Merge:
    """The merged graph's side of one write: what to delete and insert in the default graph."""

    def __init__(self, main: MainGraph, support: SupportIndex, new: list[ArticleParts],
                 replaced: set[ox.NamedNode], change: Change) -> None:
        self.main = main
        self.support = support
        self.new = new
        self.replaced = replaced
        self.change = change
        self.old_shared: dict[ox.NamedNode, set[ox.Triple]] = {g: support.shared(g) for g in replaced}
        # What only the replaced versions' articles gave, read from the merged graph itself.
        self.old_owned: set[ox.Triple] = set()
        for graph in replaced:
            article = article_of_version(graph)
            self.old_owned.update(q.triple for q in main.find(article, None, None, DEFAULT))
            self.old_owned.update(q.triple for q in main.find(None, REPORTED_IN, article, DEFAULT))
        self.report = WriteReport()

    def run(self) -> WriteReport:
        gone: set[ox.Triple] = set().union(*self.old_shared.values()) if self.old_shared else set()
        coming: set[ox.Triple] = set().union(*(parts.shared for parts in self.new)) if self.new else set()
        coming_owned: set[ox.Triple] = set().union(*(parts.owned for parts in self.new)) if self.new else set()
        labels = self._resolve_one_values()
        for triple in self.old_owned - coming_owned:
            self.change.remove(triple)
        for triple in coming_owned:
            self.change.add(triple)
        for triple in gone - coming:
            if is_one_value(triple.subject, triple.predicate):
                continue
            if not self.support.supported(triple, self.replaced):
                self.change.remove(triple)
        for triple in coming:
            if triple.predicate in ONE_VALUE and is_one_value(triple.subject, triple.predicate):
                continue
            if triple.predicate == ALT_LABEL and labels.get(triple.subject) == triple.object:
                continue  # the entity's label is not also one of its other names
            self.change.add(triple)
        self._count_articles()
        self._disagreements()
        return self.report

    # -- one type and one label per entity ---------------------------------------------------------------------
    def _resolve_one_values(self) -> dict[Any, Any]:
        """Decide the type and label of every entity the write touches; returns the labels decided."""
        delta: dict[tuple[Any, Any], Counter[Any]] = defaultdict(Counter)
        for triples in self.old_shared.values():
            for t in triples:
                if is_one_value(t.subject, t.predicate):
                    delta[(t.subject, t.predicate)][t.object] -= 1
        for parts in self.new:
            for t in parts.one_values:
                delta[(t.subject, t.predicate)][t.object] += 1
        labels: dict[Any, Any] = {}
        for (subject, predicate), changes in delta.items():
            held = [q.object for q in self.main.find(subject, predicate, None, DEFAULT)]
            winner = held[0] if len(held) == 1 else None
            if winner is not None and changes[winner] >= 0 and all(n <= 0 for v, n in changes.items() if v != winner):
                if predicate == LABEL:
                    labels[subject] = winner
                continue  # the value most versions gave still has the most
            # A value the merged graph does not hold yet is given by the new versions alone; otherwise count all.
            votes = Counter({v: n for v, n in changes.items() if n > 0}) if not held else \
                self.support.values(subject, predicate, self.replaced)
            chosen = _choose(predicate, votes)
            for value in held:
                if value != chosen:
                    self.change.remove(ox.Triple(subject, predicate, value))
            if chosen is None:
                continue
            self.change.add(ox.Triple(subject, predicate, chosen))
            if predicate == LABEL:
                labels[subject] = chosen
                # The names stay names: a label that lost is an altLabel (every version gives its label as
                # one), the label that won is not.
                self.change.remove(ox.Triple(subject, ALT_LABEL, chosen))
                for value in held:
                    name = ox.Triple(subject, ALT_LABEL, value)
                    if value != chosen and self.support.supported(name, self.replaced):
                        self.change.add(name)
        return labels

    # -- support ---------------------------------------------------------------------------------------------
    def _count_articles(self) -> None:
        """Move each fact's ``ng:articleCount`` by the articles that started or stopped reporting it."""
        delta: Counter[Any] = Counter()
        for t in self.old_owned:
            if t.predicate == REPORTED_IN:
                delta[t.subject] -= 1
        for parts in self.new:
            for t in parts.owned:
                if t.predicate == REPORTED_IN:
                    delta[t.subject] += 1
        for fact, moved in delta.items():
            if moved == 0:
                continue
            held = [q.object for q in self.main.find(fact, _ARTICLE_COUNT, None, DEFAULT)]
            count = sum(int(text(v)) for v in held[:1]) + moved
            for value in held:
                self.change.remove(ox.Triple(fact, _ARTICLE_COUNT, value))
            if count > 0:
                self.change.add(ox.Triple(fact, _ARTICLE_COUNT, ox.Literal(str(count), datatype=_INTEGER)))

    # -- disagreements ---------------------------------------------------------------------------------------
    def _disagreements(self) -> None:
        touched: set[Any] = set()
        dropped: set[Any] = set()
        for graph in self.replaced:
            for claim in self.support.claims(graph):
                for quad in self.main.find(None, _CLAIM, ox.NamedNode(claim.mention), DEFAULT):
                    dropped.add(quad.subject)
        for node in dropped:
            for quad in self.main.find(node, None, None, DEFAULT):
                self.change.remove(quad.triple)
                if quad.predicate == _FACT:
                    touched.add(quad.object)
        found = dict(self._found())
        facts_in_found: set[Any] = set()
        for triples in found.values():
            for triple in triples:
                self.change.add(triple)
                if triple.predicate == _FACT:
                    facts_in_found.add(triple.object)
        touched |= facts_in_found
        self.report.disagreements = len(found)
        for fact in touched:
            still = {q.subject for q in self.main.find(None, _FACT, fact, DEFAULT)} - dropped
            disputed = ox.Triple(fact, _DISPUTED, _TRUE)
            if still or fact in facts_in_found:
                self.change.add(disputed)
            else:
                self.change.remove(disputed)

    def _found(self) -> Iterator[tuple[ox.NamedNode, list[ox.Triple]]]:
        """The disagreements of the new versions with every other stored version (and each other)."""
        memo: dict[Any, Any] = {}  # the support index does not change until the write is applied
        for parts in self.new:
            graph = SupportIndex.version(parts.id, parts.content_hash)
            facts = parts.facts
            for claim in parts.claims:
                for other_graph, other in self.support.claims_near(claim, memo):
                    if other_graph == graph or other_graph in self.replaced or not corresponds(claim, other):
                        continue
                    found = aspects(claim, other)
                    # Each article also reporting the other's version is agreement, not disagreement.
                    if not found or other.fact in facts or \
                            self.support.reports(other_graph, claim.fact):
                        continue
                    for aspect in found:
                        yield _disagreement(aspect, claim, other)


def _disagreement(aspect: str, a: Claim, b: Claim) -> tuple[ox.NamedNode, list[ox.Triple]]:
    first, second = sorted((a, b), key=lambda c: c.mention)
    node = ox.NamedNode(f"{ID}disagreement/{digest('|'.join((aspect, first.mention, second.mention)))}")
    triples = [ox.Triple(node, TYPE, _DISAGREEMENT), ox.Triple(node, _ASPECT, _ASPECT_PROPERTY[aspect])]
    for claim in (first, second):
        triples.append(ox.Triple(node, _CLAIM, ox.NamedNode(claim.mention)))
        triples.append(ox.Triple(node, _FACT, ox.NamedNode(claim.fact)))
    return node, triples


def _choose(predicate: ox.NamedNode, votes: Counter[Any]) -> Any:
    """The value most versions give; ties broken so that the choice never depends on the order of writing."""
    if not votes:
        return None
    if predicate == TYPE:
        rank = {t: i for i, t in enumerate(_TYPE_ORDER)}
        return min(votes, key=lambda v: (-votes[v], rank.get(text(v), len(rank)), text(v)))
    return min(votes, key=lambda v: (-votes[v], text(v).isupper(), -len(text(v)), text(v)))
