"""Names of war news: a leader named by a name two people of one country held is the one in office on the
article's day, and a place the NER takes for a person is a place by the noun it stands beside.

The linker runs on hand-built Docs whose entity spans stand for what the NER found (no statistical model); the
people come from the shipped gazetteer (the project's ``people.jsonl`` and the converted PETRARCH-2 table).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.convert.phoenix_actors import read_actor_records, read_agents
from newsgraph.convert.phoenix_gazetteer import actor_rows
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.linking import EntityLinker


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    linker = EntityLinker("linker")
    linker.initialize()
    return linker


def linked(linker: EntityLinker, words: list[str], ents: list[str], published: date | None,
           heads: list[int] | None = None, deps: list[str] | None = None) -> dict[str, Any]:
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents, heads=heads, deps=deps)
    doc._.published = published
    return linker(doc)._.entities


# "President Bush ordered troops to Saudi Arabia ." with the NER's span on "Bush" (the title is skipped)
BUSH = ["President", "Bush", "ordered", "troops", "."]
BUSH_ENTS = ["O", "B-PERSON", "O", "O", "O"]


def test_a_leaders_name_is_the_one_in_office_on_the_articles_day(linker: EntityLinker) -> None:
    # the project's own "Bush" is George W. Bush; in 1990 the Bush in office is his father
    in_1990 = linked(linker, BUSH, BUSH_ENTS, date(1990, 8, 8))
    assert list(in_1990) == ["george-bush"] and in_1990["george-bush"].codes == (("cameo", "USAGOV"),)
    in_2003 = linked(linker, BUSH, BUSH_ENTS, date(2003, 3, 20))
    assert list(in_2003) == ["george-w-bush"] and in_2003["george-w-bush"].codes == (("cameo", "USAGOV"),)
    # the full name the project gives the son, likewise
    full = linked(linker, ["George", "Bush", "met", "Gorbachev", "."], ["B-PERSON", "I-PERSON", "O", "O", "O"],
                  date(1990, 8, 8))
    assert "george-bush" in full and "george-w-bush" not in full


def test_the_gazetteer_tells_who_held_a_shared_name_on_a_day() -> None:
    gazetteer = Gazetteer.default()
    assert gazetteer.holder_on("Bush", "george-w-bush", date(1991, 1, 17)).key == "george-bush"  # type: ignore[union-attr]
    assert gazetteer.holder_on("Bush", "george-w-bush", date(2003, 3, 20)) is None  # the son in office
    assert gazetteer.holder_on("Bush", "george-w-bush", None) is None


def test_a_place_the_ner_took_for_a_person_is_a_place_by_its_noun(linker: EntityLinker) -> None:
    # "The Siachen glacier lies high ." — the name modifies "glacier"
    glacier = linked(linker, ["The", "Siachen", "glacier", "lies", "high", "."],
                     ["O", "B-PERSON", "O", "O", "O", "O"], date(1989, 6, 17),
                     heads=[2, 2, 3, 3, 3, 3], deps=["det", "compound", "nsubj", "ROOT", "advmod", "punct"])
    assert glacier["siachen"].type == "Place"
    # "Troops shelled the town of Zepa ."
    town = linked(linker, ["Troops", "shelled", "the", "town", "of", "Zepa", "."],
                  ["O", "O", "O", "O", "O", "B-PERSON", "O"], date(1995, 7, 20),
                  heads=[1, 1, 3, 1, 3, 4, 1], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"])
    assert town["zepa"].type == "Place"
    # "Troops attacked Siachen , the world 's highest battlefield ."
    appos = linked(linker, ["Troops", "attacked", "Siachen", ",", "the", "highest", "battlefield", "."],
                   ["O", "O", "B-PERSON", "O", "O", "O", "O", "O"], date(1989, 6, 17),
                   heads=[1, 1, 1, 2, 6, 6, 2, 1],
                   deps=["nsubj", "ROOT", "dobj", "punct", "det", "amod", "appos", "punct"])
    assert appos["siachen"].type == "Place"
    # "Troops arrested Siachen ." — a name beside no place noun stays the person the NER saw
    person = linked(linker, ["Troops", "arrested", "Siachen", "."], ["O", "O", "B-PERSON", "O"], date(1989, 6, 17),
                    heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"])
    assert person["siachen"].type == "Person"


FATHER_AND_SON = """\
GEORGE_BUSH_  # CountryInfo.txt
+PRESIDENT_BUSH
+GEORGE_HERBERT_WALKER_BUSH
	[USAGOV 890120-930120]
	[USAELI]
GEORGE_W._BUSH_  # CountryInfo.txt
+PRESIDENT_GEORGE_BUSH_
	[USAGOV 010120-090120]
	[USAELI]
JAMES_WOLFENSOHN_
	[IGOUNODEVWBK 950601-050601]
JAMES_D._WOLFENSOHN_
	[IGOUNODEVWBK 950601-050601]
"""


def test_two_people_of_one_name_and_country_are_both_kept_and_one_person_twice_once() -> None:
    records = [("Phoenix.Countries.actors.txt", r) for r in read_actor_records(FATHER_AND_SON.splitlines())]
    rows = {row.key: row for row in actor_rows(records, read_agents([]))}
    # the father keeps "George Bush"; the son, whose dated roles differ, is kept under his fuller name
    assert [r.as_text() for r in rows["george-bush"].roles] == ["USAGOV 1989-01-20 1993-01-20", "USAELI"]
    assert [r.as_text() for r in rows["george-w-bush"].roles] == ["USAGOV 2001-01-20 2009-01-20", "USAELI"]
    assert rows["george-w-bush"].label == "George W. Bush"
    # one person written twice with the same roles is one row
    assert [key for key in rows if "wolfensohn" in key] == ["james-wolfensohn"]
