"""The dictionaries' actors in the gazetteer and the linker: a person named in an article gets the role the
PETRARCH-2 dictionaries give for the article's date; the project's own entries win where both know a name.

The linker runs on hand-built Docs whose entity spans stand for what the NER found, so the statistical model is
not the point.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.errors import PipelineError
from newsgraph.extract.gazetteer import KNOWN_COLUMNS, Gazetteer
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.linking import EntityLinker

TABLE = "\n".join([
    "# a converted table: names, key, label, kind, codes, origin",
    "\t".join(KNOWN_COLUMNS),
    "GEORGE SHULTZ|GEORGE P. SHULTZ\tgeorge-shultz\tGeorge Shultz\tperson\t"
    "USAELI 1938-01-01 1982-07-16;USAGOV 1982-07-16 1989-01-20\tPhoenix.Countries.actors.txt:51302",
    "FEDERAL TRADE COMMISSION|FTC\tfederal-trade-commission\tFederal Trade Commission\tbody\tUSAGOVBUS\t"
    "Phoenix.Countries.actors.txt:50000",
    "NIMRUZ\tnimruz\tNimruz\tplace\tAFG\tPhoenix.Countries.actors.txt:45",
    "AFGANISTAN|AFGHANISTAN\tafganistan-afg\tAfganistan\tcountry\tAFG\tPhoenix.Countries.actors.txt:45",
    "JAPAN\tjapan-x\tJapan\tbody\tJPNGOV\tPhoenix.Countries.actors.txt:1",
    "FUMIO KISHIDA\tfumio-kishida\tFumio Kishida\tperson\tJPNGOV 2021-10-04 -\tPhoenix.Countries.actors.txt:2",
    "HEZBOLLAH|HEZBALLAH|PARTY OF GOD\thezbollah\tHezbollah\tbody\tLBNREB\tPhoenix.MilNonState.actors.txt:592",
]) + "\n"


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "my-actors.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gazetteer(table: Path) -> Gazetteer:
    return Gazetteer.load([table])


@pytest.fixture(scope="module")
def linker(table: Path) -> EntityLinker:
    linker = EntityLinker("linker")
    linker.initialize(extra_files=[str(table)])
    return linker


def test_a_known_actor_is_found_by_any_of_its_names_in_any_case(gazetteer: Gazetteer) -> None:
    for name in ("George Shultz", "GEORGE P. SHULTZ", "george  shultz"):
        actor = gazetteer.known_actor(name)
        assert actor is not None and actor.key == "george-shultz"
    assert gazetteer.known_actor("George Bush Shultz") is None


def test_the_project_own_names_are_never_looked_up_in_the_dictionaries(gazetteer: Gazetteer) -> None:
    # "Japan" is the project's country: the dictionary's body of that name is not reachable by it
    assert gazetteer.lookup("Japan") is not None and gazetteer.known_actor("Japan") is None
    # a person the project knows keeps its entry and takes the dictionary's dated roles
    assert gazetteer.known_actor("Fumio Kishida") is None
    assert [c.code for c in gazetteer.dated_codes["fumio-kishida"]] == ["JPNGOV"]


def test_a_body_the_project_knows_is_found_by_the_dictionaries_other_names_for_it(linker: EntityLinker) -> None:
    # the project's own Hezbollah keeps its entry; the dictionaries' other spellings of it link there
    words, ents = ["Hezballah", "guerrillas", "attacked", "."], ["B-ORG", "O", "O", "O"]
    entities = linked(linker, words, ents, date(1987, 3, 2))
    assert list(entities) == ["hezbollah"] and entities["hezbollah"].codes == (("cameo", "LBNREB"),)


def test_a_bad_table_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("\t".join(KNOWN_COLUMNS) + "\nGEORGE SHULTZ\tgeorge-shultz\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"bad.tsv:2: not a valid line of the actor table"):
        Gazetteer.load([path])


def linked(linker: EntityLinker, words: list[str], ents: list[str], published: date | None) -> dict[str, Any]:
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    doc._.published = published
    return linker(doc)._.entities


SENTENCE = ["George", "Shultz", "met", "FTC", "officials", "in", "Nimruz", "."]
ENTS = ["B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "B-GPE", "O"]


def test_a_person_is_linked_to_the_role_the_dictionaries_give_for_the_articles_date(linker: EntityLinker) -> None:
    in_1987 = linked(linker, SENTENCE, ENTS, date(1987, 3, 2))["george-shultz"]
    in_1980 = linked(linker, SENTENCE, ENTS, date(1980, 5, 1))["george-shultz"]
    assert (in_1987.type, in_1987.codes, in_1987.sector) == ("Person", (("cameo", "USAGOV"),), "government")
    assert in_1980.codes == (("cameo", "USAELI"),)
    assert in_1987.origin == "PETRARCH-2 Phoenix.Countries.actors.txt:51302"
    # undated, the country all his roles share
    assert linked(linker, SENTENCE, ENTS, None)["george-shultz"].codes == (("cameo", "USA"),)


def test_a_body_keeps_the_name_the_text_gives_it_with_the_dictionarys_code(linker: EntityLinker) -> None:
    ftc = linked(linker, SENTENCE, ENTS, date(1987, 3, 2))["ftc"]
    assert (ftc.label, ftc.type, ftc.codes) == ("FTC", "Organization", (("cameo", "USAGOVBUS"),))


def test_a_place_takes_its_countrys_code_and_another_name_links_to_the_country(linker: EntityLinker) -> None:
    entities = linked(linker, SENTENCE, ENTS, date(1987, 3, 2))
    assert (entities["nimruz"].type, entities["nimruz"].codes) == ("Place", (("cameo", "AFG"),))
    other = linked(linker, ["Afganistan", "protested", "."], ["B-GPE", "O", "O"], None)
    assert list(other) == ["afghanistan"]


def test_the_ner_must_call_a_dictionary_name_a_name(linker: EntityLinker) -> None:
    assert linked(linker, SENTENCE, ["O"] * len(SENTENCE), date(1987, 3, 2)) == {}
    # a place name the NER calls a person is not the place
    person = linked(linker, ["Nimruz", "said", "."], ["B-PERSON", "O", "O"], None)["nimruz"]
    assert (person.type, person.codes) == ("Person", ())


def test_the_project_own_lexicon_words_win_over_converted_ones() -> None:
    lexicon = Lexicon.default()
    # "negotiate" is the project's; "negotiate with" comes from the CAMEO patterns under NEGOTIATE
    assert [e.cameo for e in lexicon.verb_entries("negotiate") if e.words == "negotiate"] == [None]
    with_ = [e for e in lexicon.verb_entries("negotiate") if e.words == "negotiate with"]
    assert with_ and with_[0].cameo and "from PETRARCH-2 CAMEO.2.0.txt:" in with_[0].source
    # every word on a head the project gives a frame stays the project's: "agree" is an intent verb, and the
    # CAMEO patterns under AGREE ("agree to", "agree on") would be tried before it
    for head in ("agree", "urge"):
        assert all(e.cameo is None for e in lexicon.verb_entries(head)), head
    # ... except that under a verb of saying a CAMEO pattern naming its object is that event ("said sorry")
    say = {(e.category, e.objects) for e in lexicon.verb_entries("say") if e.cameo is not None}
    assert ("CONCEDE", frozenset({"sorry"})) in say and all(objects for _, objects in say)
    assert [e.frame for e in lexicon.verb_entries("say") if e.cameo is None] == ["report"]
    # the project's reading of a word wins: resigning takes effect (CAMEO 0831, RETREAT), where CAMEO files
    # "resign" under 083 (CONCEDE); its CAMEO patterns still add objects ("resigned from the party")
    resign = [(e.category, e.cameo) for e in lexicon.verb_entries("resign") if e.words == "resign" and not e.objects]
    assert resign == [("RETREAT", None)]


def test_the_phoenix_agent_nouns_are_a_table_of_their_own() -> None:
    gazetteer = Gazetteer.default()
    # the coder's group words are the project's: an economist is no acting group...
    assert gazetteer.sector("economist") is None
    # ...but the wider table knows what kind of person the word names
    economist = gazetteer.agent("economist")
    assert economist is not None and (economist.sector, economist.cameo) == ("education", "EDU")
    assert gazetteer.agent("foreign minister").sector == "government"  # type: ignore[union-attr]
    assert gazetteer.agent("troop") == gazetteer.sector("troop")  # the project's word first
