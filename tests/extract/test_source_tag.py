"""A lead tagged with its source at the end, as wire copy writes it: the parser may read the verb's object as
the subject of the source's "said" ("imposed sanctions on X, the Treasury's office said"). No statistical model
runs here (``tests/extract/parses.py``).
"""

from __future__ import annotations

from newsgraph.extract.events.syntax import _object_taken_for_source
from tests.extract.parses import coder, parse, rows_of, triples

#: "The United States imposed sanctions on Zarif , the Treasury office said ." as the parser makes it: "said" a
#: clause of "imposed", "sanctions" its subject, "office" an apposition of "Zarif".
LEAD = ("The/2/det/DT United/2/compound/NNP States/3/nsubj/NNP imposed/3/ROOT/VBD/impose "
        "sanctions/11/nsubj/NNS/sanction on/4/prep/IN Zarif/5/pobj/NNP ,/6/punct/, the/10/det/DT "
        "Treasury/10/compound/NNP office/6/appos/NN said/3/ccomp/VBD/say ./3/punct/.")
ENTITIES = [(1, 3, "united-states", "Country"), (6, 7, "mohammad-javad-zarif", "Person"),
            (9, 10, "us-treasury", "Organization")]


def test_the_object_read_as_the_sources_subject_is_the_verbs_object_and_the_source_is_after_the_comma() -> None:
    coded = coder().code(parse(rows_of(LEAD), ENTITIES))
    assert ("SANCTION", "united-states", "mohammad-javad-zarif") in triples([e for e, _ in coded])
    assert all(e.attribution != "sanctions" for e, _ in coded)


def test_a_subject_after_a_comma_is_the_sources_own() -> None:
    # "Iran attacked , officials said ." with "said" a clause of "attacked": the officials are not attacked
    doc = parse(rows_of("Iran/1/nsubj/NNP attacked/1/ROOT/VBD/attack ,/1/punct/, officials/4/nsubj/NNS/official "
                        "said/1/ccomp/VBD/say ./1/punct/."), [(0, 1, "iran", "Country")])
    assert _object_taken_for_source(doc[1]) == []
