"""The PLOVER category table is the one place a category's facts are written: every reader agrees with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph import plover, records
from newsgraph.errors import UnknownNameError
from newsgraph.evaluation import petrarch, reuters
from newsgraph.extract import events
from newsgraph.graph import namespace, viz
from newsgraph.graph.viz import asset_text
from newsgraph.plover import CAMEO_TO_PLOVER, CATEGORIES, Quad

ROOT = Path(__file__).resolve().parents[1]
PLOVER_MD = ROOT.parent / "shared" / "docs" / "PLOVER.md"


def test_the_table_follows_plover_md() -> None:
    if not PLOVER_MD.exists():
        pytest.skip(f"{PLOVER_MD} is not here: put the shared folder beside the project (../shared)")
    rows = re.findall(r"^\| ([A-Z]+) \| (\w+ \w+) \| [^|]+ \| (yes|no) \|$", PLOVER_MD.read_text(), re.M)
    assert len(rows) == 16
    assert [name for name, _, _ in rows] == list(CATEGORIES)
    for name, quad, needs in rows:
        assert CATEGORIES[name].quad is Quad(quad), name
        assert CATEGORIES[name].needs_recipient is (needs == "yes"), name


def test_cameo_roots_follow_plover_md() -> None:
    assert CAMEO_TO_PLOVER["01"] == ()
    assert CAMEO_TO_PLOVER["08"] == ("CONCEDE", "RETREAT")
    assert CAMEO_TO_PLOVER["02"] == CAMEO_TO_PLOVER["10"] == ("REQUEST",)
    assert CAMEO_TO_PLOVER["09"] == CAMEO_TO_PLOVER["11"] == ("ACCUSE",)
    assert CAMEO_TO_PLOVER["18"] == CAMEO_TO_PLOVER["19"] == CAMEO_TO_PLOVER["20"] == ("ASSAULT",)
    assert {name for names in CAMEO_TO_PLOVER.values() for name in names} == set(CATEGORIES)


def test_records_and_scorers_read_the_table() -> None:
    assert records.PLOVER_CATEGORIES == plover.PLOVER_CATEGORIES == tuple(CATEGORIES)
    assert petrarch.CAMEO_TO_PLOVER is CAMEO_TO_PLOVER
    assert reuters.PLOVER_CATEGORIES is plover.PLOVER_CATEGORIES


def test_the_rdf_vocabulary_declares_every_category_and_its_edge() -> None:
    for name, category in CATEGORIES.items():
        assert namespace.NG[name] == namespace.NG._NS[name]  # declared: NG fails on unknown names
        assert namespace.category_edge(name) == namespace.NG[category.edge]
    with pytest.raises(UnknownNameError, match="unknown PLOVER category 'FIGHT'"):
        namespace.category_edge("FIGHT")


def test_the_event_coder_reads_the_table() -> None:
    assert {name for name, c in CATEGORIES.items() if c.needs_recipient} == events.NEEDS_RECIPIENT
    assert "SUPPORT" not in events.NEEDS_RECIPIENT  # PLOVER.md: praise needs no one named


def test_drawings_colour_conflict_as_the_table_says() -> None:
    conflict = {name for name, c in CATEGORIES.items() if c.conflict}
    assert conflict == viz._CONFLICT
    # the pages draw with the colours the page data carries (viz.page_style), read from the table; the page
    # script keeps no copy of the categories
    style = viz.page_style()
    assert set(style["conflict"]) == conflict
    assert style["categories"] == {name: CATEGORIES[name].colour for name in conflict}
    script = asset_text("graph.js")
    assert not any(re.search(rf"\b{name}\b", script) for name in CATEGORIES)
    assert all(c.colour.startswith("#") and len(c.colour) == 7 for c in CATEGORIES.values())
