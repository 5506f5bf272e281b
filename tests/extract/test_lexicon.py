"""The event lexicon: shipped as data covering all of PLOVER, checked line by line, and extended by a user's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import PipelineError
from newsgraph.extract.lexicon import FRAMES, Lexicon
from newsgraph.extract.pipeline import PipelineOptions, load_pipeline
from newsgraph.records import PLOVER_CATEGORIES


def test_the_shipped_lexicon_covers_every_plover_category() -> None:
    assert Lexicon.default().categories() == set(PLOVER_CATEGORIES)


@pytest.mark.parametrize(("kind", "words", "category"), [
    ("verb", "urge", "REQUEST"),
    ("verb", "step up", None),            # a phrasal support verb: "stepped up its criticism"
    ("verb", "move in on", "ASSAULT"),
    ("verb", "crack down", "COERCE"),
    ("noun", "annexation", "ASSAULT"),
    ("noun", "talks", "CONSULT"),
    ("noun", "crackdown", "COERCE"),
    ("noun", "summit", "CONSULT"),
    ("noun", "sanction", "SANCTION"),
])
def test_verbs_phrasal_verbs_and_nominalizations(kind: str, words: str, category: str | None) -> None:
    lexicon = Lexicon.default()
    head = words.split()[0]
    entries = lexicon.verb_entries(head) if kind == "verb" else lexicon.noun_entries(head)
    assert any(e.words == words and e.category == category for e in entries), entries


@pytest.mark.parametrize(("verb", "noun", "category"), [
    ("impose", "sanction", "SANCTION"),   # "imposed sanctions": a light verb with its object
    ("hold", "talks", "CONSULT"),         # "held talks": a support verb takes the noun's category
    ("issue", "warning", "THREATEN"),
    ("raise", "concerns", "ACCUSE"),
    ("ban", "activity", "COERCE"),        # "banned all political activity": repression at home (PLOVER: bans)
    ("ban", "strike", "COERCE"),
    ("declare", "martial law", "COERCE"),  # "declared martial law", "declared a state of emergency"
])
def test_light_verb_phrases(verb: str, noun: str, category: str) -> None:
    lexicon = Lexicon.default()
    verb_entries = lexicon.verb_entries(verb)
    explicit = any(noun in e.objects and e.category == category for e in verb_entries)
    supported = any(e.frame == "support" for e in verb_entries) and any(
        e.category == category for e in lexicon.noun_entries(noun))
    assert explicit or supported


def test_every_frame_is_documented() -> None:
    readme = Path(__file__).resolve().parents[2] / "extract" / "data" / "lexicon" / "README.md"
    text = readme.read_text(encoding="utf-8")
    for frame in FRAMES:
        assert f"`{frame}`" in text


def write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "mine.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_user_file_adds_entries_and_replaces_same_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "// my additions", {"verb": "truck", "category": "AID"},
                 {"noun": "blockade", "category": "COERCE"})
    lexicon = Lexicon.load([path])
    assert [e.category for e in lexicon.verb_entries("truck")] == ["AID"]
    assert [e.category for e in lexicon.noun_entries("blockade")] == ["COERCE"]
    assert lexicon.verb_entries("truck")[0].source == "mine.jsonl:2"
    assert Lexicon.default().noun_entries("blockade")[0].category == "ASSAULT"


@pytest.mark.parametrize(("row", "message"), [
    ({"verb": "zap", "category": "ATTACK"}, "unknown category 'ATTACK'"),
    ({"verb": "zap", "noun": "zap", "category": "ASSAULT"}, "exactly one of 'verb' or 'noun'"),
    ({"verb": "zap"}, "give a 'category', a 'frame' or both"),
    ({"verb": "zap", "frame": "shout"}, "unknown frame 'shout'"),
    ({"verb": "zap", "category": "ASSAULT", "objekt": ["x"]}, "unknown field 'objekt'"),
    ({"verb": "zap", "category": "ASSAULT", "object": ["@Thing"]}, "unknown object type '@Thing'"),
    ("{not json", "not a valid lexicon line"),
])
def test_a_bad_line_names_its_file_and_line(tmp_path: Path, row: object, message: str) -> None:
    path = write(tmp_path, {"verb": "truck", "category": "AID"}, row)
    with pytest.raises(PipelineError) as caught:
        Lexicon.load([path])
    assert f"{path}:2:" in str(caught.value)
    assert message in str(caught.value)
    assert "extract/data/lexicon/README.md" in str(caught.value)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match="cannot read lexicon file"):
        Lexicon.load([tmp_path / "nowhere.jsonl"])


@pytest.mark.model
def test_a_user_lexicon_file_adds_a_verb_to_a_category(tmp_path: Path) -> None:
    sentence = "The United States trucked food to Sudan."
    assert list(load_pipeline()(sentence)._.events) == []
    path = write(tmp_path, {"verb": "truck", "category": "AID"})
    nlp = load_pipeline(PipelineOptions(lexicon_files=(str(path),)))
    events = list(nlp(sentence)._.events)
    assert [(e.category, e.actor, e.recipient, e.rule) for e in events] == [
        ("AID", "united-states", "sudan", "verb:truck")]
