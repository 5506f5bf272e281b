"""The pipeline as spaCy sees it: components found by name through the package's entry points."""

from __future__ import annotations


def test_every_component_is_a_spacy_entry_point() -> None:
    """spacy.load finds each of the pipeline's components by name in a process that never imported newsgraph."""
    from importlib.metadata import distribution

    from spacy.language import Language

    from newsgraph.extract.pipeline import COMPONENTS

    points = {ep.name: ep for ep in distribution("newsgraph").entry_points if ep.group == "spacy_factories"}
    assert set(points) == {c.factory for c in COMPONENTS}
    for component in COMPONENTS:
        assert points[component.factory].module == component.module
        points[component.factory].load()
        assert Language.get_factory_meta(component.factory) is not None
