"""The shipped gazetteer data keeps the format of ``extract/data/gazetteer/README.md``.

These tests read the JSON Lines files as newsgraph ships them (``newsgraph.extract.data``) and check what a user
would otherwise meet as a wrong link: a line that does not parse, a key used twice (two entities would share an
IRI), a ``country`` that names no country, one name claimed by two entries (the loader keeps only the last one),
codes that are not codes, titles and sector words outside the allowed sets.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources

import pytest

from newsgraph.extract.gazetteer import SECTOR_NAMES, Gazetteer
from newsgraph.keys import slugify

ENTITY_FILES = ("countries.jsonl", "organizations.jsonl", "places.jsonl", "concepts.jsonl")
ALL_FILES = (*ENTITY_FILES, "titles.jsonl", "sectors.jsonl")

#: Required and optional fields of one line, by file.
REQUIRED: dict[str, frozenset[str]] = {
    "countries.jsonl": frozenset({"key", "label", "codes", "aliases", "demonyms", "capitals", "metonyms"}),
    "organizations.jsonl": frozenset({"key", "label", "codes", "aliases", "kind"}),
    "places.jsonl": frozenset({"key", "label", "aliases", "kind"}),
    "concepts.jsonl": frozenset({"key", "label", "aliases"}),
    "titles.jsonl": frozenset({"title", "relation", "sector"}),
    "sectors.jsonl": frozenset({"word", "sector", "cameo"}),
}
OPTIONAL: dict[str, frozenset[str]] = {
    "countries.jsonl": frozenset({"former", "since"}),
    "organizations.jsonl": frozenset({"country"}),
    "places.jsonl": frozenset({"country", "demonyms"}),
}
SORT_FIELD = {name: "key" for name in ENTITY_FILES} | {"titles.jsonl": "title", "sectors.jsonl": "word"}

ORGANIZATION_KINDS = frozenset(
    {"igo", "government", "military", "armed_group", "party", "media", "company", "ngo", "court", "legislature"})
PLACE_KINDS = frozenset({"region", "territory", "island", "sea", "city", "province"})
RELATIONS = frozenset({"headOfGovernmentOf", "headOfStateOf", "ambassadorOf", "officialOf", "militaryOfficerOf",
                       "leaderOf", "memberOf"})
#: Each sector and its Phoenix agent code (the gazetteer's one table of them).
SECTOR_CODES = {name: code for code, name in SECTOR_NAMES.items()}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")
#: A CAMEO actor code: three-letter groups, the first may be "---" (unknown country); TABARI allows 15 letters.
CAMEO = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3}){0,4}$")

#: Fields whose strings are names matched in the text (case-sensitively, as written).
FORM_FIELDS = ("label", "aliases", "demonyms", "capitals", "metonyms")

#: Names that two entries may both claim, each with the keys that share it and why. Keep it short: the loader
#: maps a name to one entry only, so a shared name needs the linker to choose from context. Every decision on an
#: ambiguous name so far gave the name to one entry (see the README), so the list is empty.
ALLOWED_SHARED: dict[str, frozenset[str]] = {}


def _read(name: str) -> str:
    return resources.files("newsgraph.extract.data").joinpath("gazetteer").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in _read(name).splitlines()]


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, object]]]:
    return {name: _rows(name) for name in ALL_FILES}


def _forms(row: dict[str, object]) -> list[str]:
    forms: list[str] = []
    for field in FORM_FIELDS:
        value = row.get(field, [])
        forms.extend([value] if isinstance(value, str) else value)  # type: ignore[arg-type]
    return forms


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_line_is_one_json_object(name: str) -> None:
    text = _read(name)
    assert text.endswith("\n"), f"{name} must end with a newline"
    for number, line in enumerate(text.splitlines(), start=1):
        assert line.strip(), f"{name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{name}:{number} is not a JSON object"


@pytest.mark.parametrize("name", ALL_FILES)
def test_fields_are_present_and_well_typed(name: str, data: dict) -> None:
    for row in data[name]:
        where = f"{name}: {row.get(SORT_FIELD[name])!r}"
        missing = REQUIRED[name] - row.keys()
        unknown = row.keys() - REQUIRED[name] - OPTIONAL.get(name, frozenset())
        assert not missing, f"{where} lacks {sorted(missing)}"
        assert not unknown, f"{where} has fields the README does not define: {sorted(unknown)}"
        for field, value in row.items():
            if field == "codes":
                assert isinstance(value, dict), f"{where}: codes must be an object"
                continue
            values = value if isinstance(value, list) else [value]
            assert isinstance(value, str | list), f"{where}: {field} must be a string or a list of strings"
            assert len(set(values)) == len(values), f"{where}: {field} repeats a value"
            for text in values:
                assert isinstance(text, str) and text, f"{where}: {field} holds an empty or non-string value"
                assert text == " ".join(text.split()), f"{where}: {field} {text!r} has stray whitespace"
                if name in ENTITY_FILES and name != "concepts.jsonl":
                    # The loader already tries a name without "the"; a lower-case "the" is no part of a name.
                    assert not text.startswith("the "), f"{where}: {field} {text!r} starts with 'the'"


@pytest.mark.parametrize("name", ALL_FILES)
def test_lines_are_sorted(name: str, data: dict) -> None:
    values = [row[SORT_FIELD[name]] for row in data[name]]
    assert values == sorted(values), f"{name} is not sorted by {SORT_FIELD[name]}"


def test_keys_are_unique_slugs_across_files(data: dict) -> None:
    seen: dict[str, str] = {}
    for name in ENTITY_FILES:
        for row in data[name]:
            key = row["key"]
            assert SLUG.match(key), f"{name}: key {key!r} is not a lower-case ASCII slug"
            assert key not in seen, f"key {key!r} is in both {seen.get(key)} and {name}"
            seen[key] = name


def test_country_fields_name_countries(data: dict) -> None:
    countries = {row["key"] for row in data["countries.jsonl"]}
    for name in ("organizations.jsonl", "places.jsonl"):
        for row in data[name]:
            if "country" in row:
                assert row["country"] in countries, f"{name}: {row['key']} names unknown country {row['country']!r}"


def test_kinds_are_from_the_readme(data: dict) -> None:
    for row in data["organizations.jsonl"]:
        assert row["kind"] in ORGANIZATION_KINDS, f"organization {row['key']}: kind {row['kind']!r}"
    for row in data["places.jsonl"]:
        assert row["kind"] in PLACE_KINDS, f"place {row['key']}: kind {row['kind']!r}"


def test_codes_look_like_codes(data: dict) -> None:
    iso3_seen: dict[str, str] = {}
    for row in data["countries.jsonl"]:
        codes = row["codes"]
        assert set(codes) <= {"iso3", "cameo"}, f"country {row['key']}: unknown code schemes {sorted(codes)}"
        assert ISO3.match(codes.get("iso3", "")), f"country {row['key']}: iso3 {codes.get('iso3')!r}"
        assert codes["iso3"] not in iso3_seen, f"iso3 {codes['iso3']} of {row['key']} and {iso3_seen[codes['iso3']]}"
        iso3_seen[codes["iso3"]] = row["key"]
        if "cameo" in codes:
            assert ISO3.match(codes["cameo"]), f"country {row['key']}: cameo {codes['cameo']!r} is not 3 letters"
    for row in data["organizations.jsonl"]:
        codes = row["codes"]
        assert set(codes) <= {"cameo"}, f"organization {row['key']}: unknown code schemes {sorted(codes)}"
        if "cameo" in codes:
            assert CAMEO.match(codes["cameo"]), f"organization {row['key']}: cameo {codes['cameo']!r}"


def test_no_name_is_claimed_by_two_entries(data: dict) -> None:
    """Countries, organizations and places share one name table in the loader; the upper-case forms it adds for
    datelines ("TOKYO:") share it too."""
    claims: dict[str, set[str]] = defaultdict(set)
    for name in ("countries.jsonl", "organizations.jsonl", "places.jsonl"):
        for row in data[name]:
            forms = _forms(row)
            repeated = {form for form in forms if forms.count(form) > 1}
            assert not repeated, f"{row['key']} lists {sorted(repeated)} twice"
            for form in forms:
                claims[form].add(row["key"])
                if form.upper() != form and len(form) > 3:
                    claims[form.upper()].add(row["key"])
    shared = {form: keys for form, keys in claims.items() if len(keys) > 1}
    unexpected = {form: sorted(keys) for form, keys in shared.items() if ALLOWED_SHARED.get(form) != keys}
    assert not unexpected, f"names claimed by two entries: {unexpected}"
    stale = sorted(form for form in ALLOWED_SHARED if form not in shared)
    assert not stale, f"ALLOWED_SHARED lists names no longer shared: {stale}"


def test_the_loader_resolves_every_name_to_its_own_entry(data: dict) -> None:
    gazetteer = Gazetteer.load()
    for name in ("countries.jsonl", "organizations.jsonl", "places.jsonl"):
        for row in data[name]:
            for form in _forms(row):
                match = gazetteer.lookup(form)
                assert match is not None and match.entry.key == row["key"], \
                    f"{form!r} of {row['key']} resolves to {match and match.entry.key}"


def test_capital_cities_do_not_take_an_entry_key(data: dict) -> None:
    """A capital named as a place ("in Tokyo") becomes a city node keyed by its first name's slug."""
    keys = {row["key"] for name in ENTITY_FILES for row in data[name]}
    for row in data["countries.jsonl"]:
        if row["capitals"]:
            assert slugify(row["capitals"][0]) not in keys, f"capital of {row['key']} takes an existing key"


def test_titles_use_the_allowed_relations_and_sectors(data: dict) -> None:
    titles = [row["title"] for row in data["titles.jsonl"]]
    assert len(set(titles)) == len(titles), "a title is listed twice"
    for row in data["titles.jsonl"]:
        assert row["title"] == row["title"].lower(), f"title {row['title']!r} is not lower case"
        assert row["relation"] in RELATIONS, f"title {row['title']!r}: relation {row['relation']!r}"
        assert row["sector"] in SECTOR_CODES, f"title {row['title']!r}: sector {row['sector']!r}"


def test_sector_words_use_the_allowed_sectors_and_codes(data: dict) -> None:
    words = [row["word"] for row in data["sectors.jsonl"]]
    assert len(set(words)) == len(words), "a sector word is listed twice"
    for row in data["sectors.jsonl"]:
        assert row["word"] == row["word"].lower(), f"sector word {row['word']!r} is not lower case"
        assert row["sector"] in SECTOR_CODES, f"sector word {row['word']!r}: sector {row['sector']!r}"
        assert row["cameo"] == SECTOR_CODES[row["sector"]], f"sector word {row['word']!r}: cameo {row['cameo']!r}"


def test_concept_names_are_lower_case_and_unique(data: dict) -> None:
    owner: dict[str, str] = {}
    for row in data["concepts.jsonl"]:
        for form in row["aliases"]:
            assert form == form.lower(), f"concept {row['key']}: alias {form!r} is not lower case"
        for form in (row["label"].lower(), *row["aliases"]):
            assert form not in owner, f"{form!r} is a name of both {owner.get(form)} and {row['key']}"
            owner[form] = row["key"]


def test_well_known_names_link_as_news_uses_them() -> None:
    gazetteer = Gazetteer.load()
    expected = {
        "U.S.": "united-states", "Washington": "united-states", "Kremlin": "russia", "Kyiv": "ukraine",
        "Kiev": "ukraine", "Japanese": "japan", "Group of Seven": "g7", "Kyodo": "kyodo-news",
        "Northern Territories": "kuril-islands", "Southern Kurils": "kuril-islands", "Crimea": "crimea",
        "Gaza": "gaza-strip", "Congress": "us-congress", "Georgia": "georgia", "Brussels": "belgium",
        # wire copy before 1993 names the European Community, not the Union
        "EC": "european-community", "EEC": "european-community", "Common Market": "european-community",
        # a region's adjective holds a country's, and is the region's, not the United States' ("a meeting of
        # Latin American debtors", "Central American presidents")
        "Latin American": "latin-america", "Central Americans": "central-america",
    }
    for form, key in expected.items():
        match = gazetteer.lookup(form)
        assert match is not None and match.entry.key == key, f"{form!r} links to {match and match.entry.key}"
    assert gazetteer.concept_names["punitive measures"].key == "sanctions"
    assert gazetteer.title("Prime Minister").relation == "headOfGovernmentOf"
    assert gazetteer.sector("troop").cameo == "MIL"
    # the Palestinian territories are Palestine's, as CAMEO codes them (PSE)
    assert {gazetteer.entries[key].country for key in ("west-bank", "gaza-strip")} == {"palestine"}
    # business words for firms and state bodies of no country's name
    assert gazetteer.sector("creditor").sector == "business" and gazetteer.sector("jury").sector == "judiciary"
