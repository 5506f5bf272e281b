"""The RDF model: what a user finds in an article's named graph."""

from __future__ import annotations

from rdflib import XSD, Dataset, Literal

from newsgraph.graph.iris import article_iri, entity_iri
from newsgraph.graph.model import article_quads, event_node
from newsgraph.graph.namespace import NG, SEM
from newsgraph.records import EventDate, Precision

from factories import facts


def _dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.addN((s, p, o, ds.graph(g)) for s, p, o, g in article_quads(facts()))
    return ds


def test_every_quad_is_in_the_article_graph() -> None:
    assert {g for *_, g in article_quads(facts())} == {article_iri("a.txt")}


def test_dates_keep_their_precision_and_bounds() -> None:
    ds = _dataset()
    sanction = event_node(facts().events[0])
    assert ds.value(sanction, NG.date) == Literal("2014", datatype=XSD.gYear)
    assert ds.value(sanction, SEM.hasEarliestBeginTimeStamp) == Literal("2014-01-01", datatype=XSD.date)
    assert ds.value(sanction, NG.latest) == Literal("2014-12-31", datatype=XSD.date)
    assert ds.value(ds.value(sanction, NG.mention), NG.dateKind) == NG.occurred


def test_a_reported_date_is_an_upper_bound_only() -> None:
    ds = _dataset()
    request = event_node(facts().events[1])
    assert ds.value(ds.value(request, NG.mention), NG.dateKind) == NG.reported
    assert ds.value(request, NG.latest) == Literal("2022-02-05", datatype=XSD.date)
    assert ds.value(request, NG.earliest) is None


def test_a_month_date_is_a_gyearmonth() -> None:
    month = EventDate.from_value("2022-01")
    assert month is not None and month.precision is Precision.MONTH
    assert (month.earliest.isoformat(), month.latest.isoformat()) == ("2022-01-01", "2022-01-31")  # type: ignore[union-attr]


def test_plain_facts_get_a_direct_edge_and_modes_do_not() -> None:
    ds = _dataset()
    japan, russia, us = entity_iri("japan"), entity_iri("russia"), entity_iri("united-states")
    assert (japan, NG.sanction, russia) in ds
    assert (us, NG.request, japan) in ds
    assert (russia, NG.assault, japan) not in ds, "a hypothetical attack is never a plain fact"
    assert ds.value(event_node(facts().events[2]), NG.mode) == NG.hypothetical


def test_the_same_fact_in_two_articles_is_one_event_with_two_mentions() -> None:
    ds = Dataset(default_union=True)
    for doc_id in ("a.txt", "b.txt"):
        ds.addN((s, p, o, ds.graph(g)) for s, p, o, g in article_quads(facts(doc_id)))
    sanction = event_node(facts().events[0])
    assert len(set(ds.objects(sanction, NG.mention))) == 2


def test_mentions_keep_offsets_sentence_and_attribution() -> None:
    ds = _dataset()
    request = event_node(facts().events[1])
    mention = ds.value(request, NG.mention)
    assert (ds.value(mention, NG.start), ds.value(mention, NG.end)) == (Literal(62), Literal(67))
    assert str(ds.value(mention, NG.sentence)).startswith("Japan imposed")
    assert str(ds.value(mention, NG.attributedTo)) == "diplomatic sources"


def test_iris_are_stable_across_runs() -> None:
    assert article_quads(facts()) == article_quads(facts())
