"""Scoring a store against an expected graph, as QUALITY.md §1 describes for the seed corpus.

The expected graph (``gold``) is a JSON file with ``entities`` (each with ``key``, ``type``, ``names``,
optionally ``optional``), ``events`` (``types``, ``actor``, ``recipient``, ``dates``, ``required``),
``relations`` (``subject``, ``relation``, ``object``, ``required``) and ``absent`` (entity labels that must not
appear, and rules). The store is read only through the library queries ``events``, ``entities`` and
``relations``, as a user would.

- Entity mapping: an output entity stands for gold entity K when its label or an alternative label equals one of
  K's names (case-insensitive, white space collapsed); two output entities standing for one K are a duplicate.
- Event recall: share of required gold events matched by an output event with a category in ``types``, an actor
  standing for one of ``actor`` and a recipient standing for one of ``recipient`` (``null`` there: an event
  with no recipient also matches).
- Event date accuracy: among matched required events, the share whose matching events are all dated with one
  of ``dates`` (``null``: unresolved is also right).
- Event precision: share of output events, unique by category, actor, recipient and date, that match any gold
  event (required or not) including its date.
- Relation recall: share of required gold relations with an output relation of that meaning between entities
  standing for the subject and (one of) the object(s).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.graph.store import GraphStore
from newsgraph.queries.runner import library, run_query

__all__ = ["RELATION_MEANINGS", "SeedScore", "score_store"]

#: Which output relations carry the meaning a gold relation names, by a keyword of its description.
RELATION_MEANINGS: dict[str, frozenset[str]] = {
    "head of government": frozenset({"headOfGovernmentOf"}),
    "head of state": frozenset({"headOfStateOf"}),
    "ambassador": frozenset({"ambassadorOf", "ambassadorTo"}),
    "territory claimed": frozenset({"territoryClaimedBy"}),
    "controlled by": frozenset({"controlledBy"}),
    "located near": frozenset({"locatedNear", "locatedIn"}),
    "part of": frozenset({"partOf", "locatedIn"}),
    "member of": frozenset({"memberOf"}),
}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class SeedScore:
    """The QUALITY.md §1 figures, and what lies behind each, for reading failures."""

    entity_recall: float = 0.0
    duplicates: list[str] = field(default_factory=list)
    missing_entities: list[str] = field(default_factory=list)
    event_recall: float = 0.0
    missing_events: list[str] = field(default_factory=list)
    date_accuracy: float = 0.0
    wrong_dates: list[str] = field(default_factory=list)
    event_precision: float = 0.0
    unmatched_events: list[str] = field(default_factory=list)
    relation_recall: float = 0.0
    missing_relations: list[str] = field(default_factory=list)
    absent_labels_found: list[str] = field(default_factory=list)
    wrong_types: list[str] = field(default_factory=list)
    late_dates: list[str] = field(default_factory=list)
    output_events: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def meets_targets(self) -> bool:
        """The targets of QUALITY.md §1."""
        return (self.entity_recall == 1.0 and not self.duplicates and self.event_recall >= 0.9
                and self.date_accuracy == 1.0 and self.event_precision >= 0.8 and self.relation_recall >= 0.8
                and not self.absent_labels_found and not self.wrong_types and not self.late_dates)


def _rows(store: GraphStore, name: str) -> list[dict[str, str]]:
    result = run_query(store, library()[name])
    return [{k: str(v) for k, v in row.items()} for row in result.as_dicts()]


def score_store(store: GraphStore, gold_path: str | Path, latest_date: str | None = None) -> SeedScore:
    """Score the graph in ``store`` against the expected graph at ``gold_path``.

    Args:
        store: a store built from the articles the gold describes.
        gold_path: the expected graph (JSON).
        latest_date: no event may be dated after this day (YYYY-MM-DD), e.g. the newest publication date.
    """
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    score = SeedScore()
    gold_entities = {e["key"]: e for e in gold["entities"]}
    names = {key: {_norm(n) for n in e["names"]} for key, e in gold_entities.items()}

    # -- entities --------------------------------------------------------------------------------------------
    labels: dict[str, set[str]] = defaultdict(set)
    types: dict[str, str] = {}
    for row in _rows(store, "entities"):
        labels[row["entity"]].add(_norm(row["label"]))
        if "altLabel" in row:
            labels[row["entity"]].add(_norm(row["altLabel"]))
        types[row["entity"]] = row["type"]
    stands_for: dict[str, set[str]] = defaultdict(set)  # output IRI -> gold keys
    for iri, forms in labels.items():
        for key, gold_names in names.items():
            if forms & gold_names:
                stands_for[iri].add(key)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for iri, keys in stands_for.items():
        for key in keys:
            by_gold[key].append(iri)
    required = [k for k, e in gold_entities.items() if not e.get("optional")]
    found = [k for k in required if by_gold.get(k)]
    score.entity_recall = len(found) / len(required) if required else 1.0
    score.missing_entities = sorted(set(required) - set(found))
    score.duplicates = sorted(f"{key}: {', '.join(sorted(iris))}" for key, iris in by_gold.items() if len(iris) > 1)
    all_labels = {_norm(label) for forms in labels.values() for label in forms}
    score.absent_labels_found = [label for label in gold.get("absent", {}).get("entity_labels", [])
                                 if _norm(label) in all_labels]
    for key, entity in gold_entities.items():
        for iri in by_gold.get(key, []):
            if types.get(iri) != entity["type"]:
                score.wrong_types.append(f"{key} is {types.get(iri)}, expected {entity['type']} ({iri})")

    # -- events ----------------------------------------------------------------------------------------------
    events = _rows(store, "events")
    unique: dict[tuple[str, str, str, str], dict[str, str]] = {}
    for row in events:
        unique.setdefault((row["category"], row.get("actor", ""), row.get("recipient", ""), row.get("date", "")), row)
    score.output_events = len(unique)

    def matches(row: dict[str, str], event: dict[str, Any]) -> bool:
        if row["category"] not in event["types"]:
            return False
        if not stands_for.get(row.get("actor", ""), set()) & set(event["actor"]):
            return False
        recipient = row.get("recipient")
        if recipient is None:
            return None in event["recipient"]
        return bool(stands_for.get(recipient, set()) & {r for r in event["recipient"] if r})

    def date_ok(row: dict[str, str], event: dict[str, Any]) -> bool:
        date = row.get("date")
        return (None in event["dates"]) if date is None else date in event["dates"]

    required_events = [e for e in gold["events"] if e.get("required")]
    matched = 0
    dated_right = 0
    for event in required_events:
        hits = [row for row in unique.values() if matches(row, event)]
        if not hits:
            kinds = "/".join(event["types"])
            score.missing_events.append(f"{event['id']} {kinds} {event['actor']}→{event['recipient']}")
            continue
        matched += 1
        if all(date_ok(row, event) for row in hits):
            dated_right += 1
        else:
            wrong = sorted({row.get("date", "unresolved") for row in hits if not date_ok(row, event)})
            score.wrong_dates.append(f"{event['id']}: {', '.join(wrong)} not in {event['dates']}")
    score.event_recall = matched / len(required_events) if required_events else 1.0
    score.date_accuracy = dated_right / matched if matched else 0.0
    good = 0
    for key, row in unique.items():
        if any(matches(row, event) and date_ok(row, event) for event in gold["events"]):
            good += 1
        else:
            score.unmatched_events.append(" ".join(part or "-" for part in key))
    score.event_precision = good / len(unique) if unique else 0.0
    if latest_date is not None:
        score.late_dates = sorted({row["date"] for row in events
                                   if row.get("date") and re.match(r"\d{4}", row["date"])
                                   and row["date"][:len(latest_date)] > latest_date[:len(row["date"])]})

    # -- relations -------------------------------------------------------------------------------------------
    relations = _rows(store, "relations")
    required_relations = [r for r in gold.get("relations", []) if r.get("required")]
    found_relations = 0
    for relation in required_relations:
        meaning = next((preds for word, preds in RELATION_MEANINGS.items() if word in relation["relation"]), None)
        objects = relation["object"] if isinstance(relation["object"], list) else [relation["object"]]
        hit = meaning is not None and any(
            row["relation"] in meaning and relation["subject"] in stands_for.get(row["subject"], set())
            and stands_for.get(row["object"], set()) & set(objects)
            for row in relations)
        if hit:
            found_relations += 1
        else:
            score.missing_relations.append(f"{relation['id']} {relation['subject']} {relation['relation']} {objects}")
    score.relation_recall = found_relations / len(required_relations) if required_relations else 1.0
    return score
