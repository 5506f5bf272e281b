"""The pipeline as spaCy sees it (components found by name through the package's entry points), and long
articles read in parts and joined."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import SEEDS, need
from scale_corpora import REUTERS, reuters_module
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract import pipeline
from newsgraph.extract.pipeline import article_parts, extract_facts, load_pipeline
from newsgraph.ingest import read_articles
from newsgraph.records import Document


def test_every_component_is_a_spacy_entry_point() -> None:
    """spacy.load finds each of the pipeline's components by name in a process that never imported newsgraph."""
    from importlib.metadata import distribution

    from newsgraph.extract.pipeline import COMPONENTS

    points = {ep.name: ep for ep in distribution("newsgraph").entry_points if ep.group == "spacy_factories"}
    assert set(points) == {c.factory for c in COMPONENTS}
    for component in COMPONENTS:
        assert points[component.factory].module == component.module
        points[component.factory].load()
        assert Language.get_factory_meta(component.factory) is not None


def test_the_components_declare_what_they_read() -> None:
    """Every attribute a newsgraph component reads is assigned earlier in the pipeline, except two: the
    publication date, which the caller sets (``make_doc``), and ``token.pos``, which the English model's
    attribute ruler sets without declaring it."""
    import spacy

    from newsgraph.extract.pipeline import COMPONENTS, load_model

    nlp = spacy.blank("en", vocab=load_model().vocab)
    for name in load_model().pipe_names:
        nlp.add_pipe(name, source=load_model())
    for component in COMPONENTS:
        nlp.add_pipe(component.factory, **{k: (True if v == "true" else v) for k, v in component.placement.items()})
    problems = nlp.analyze_pipes()["problems"]
    for component in COMPONENTS:
        assert set(problems[component.factory]) <= {"doc._.published", "token.pos"}, component.factory
    assert "doc._.timexes" in Language.get_factory_meta("newsgraph_events").requires


USER_LEXICON = '{"verb": "airlift", "category": "AID"}\n'
USER_GAZETTEER = ('{"key": "freedonia", "label": "Freedonia", "type": "Country", "aliases": ["Republic of Freedonia"], '
                  '"demonyms": ["Freedonian"], "capitals": ["Fredville"], "metonyms": []}\n')
USER_SENTENCE = "Freedonia airlifted food to Sudan on Monday."

#: Run in a new process: load the saved pipeline with spacy.load alone and print the events of each text.
_LOAD_AND_CODE = """
import json, sys
from datetime import date
import spacy

nlp = spacy.load(sys.argv[1])
out = []
for text, published in json.load(open(sys.argv[2])):
    doc = nlp.make_doc(text)
    doc._.published = date.fromisoformat(published) if published else None
    out.append([[e.category, e.actor, e.recipient, e.mode and e.mode.value, e.date and e.date.value, e.rule]
                for e in nlp(doc)._.events])
print(json.dumps(out))
"""


@pytest.mark.model
def test_a_saved_pipeline_loads_in_a_new_process_with_the_users_files_and_codes_the_same_events(
        tmp_path: Path, seeds_dir: Path) -> None:
    from newsgraph.extract.pipeline import PipelineOptions, load_pipeline, make_doc
    from newsgraph.ingest import read_articles
    from newsgraph.records import Document

    lexicon, gazetteer = tmp_path / "my-words.jsonl", tmp_path / "my-names.jsonl"
    lexicon.write_text(USER_LEXICON, encoding="utf-8")
    gazetteer.write_text(USER_GAZETTEER, encoding="utf-8")
    nlp = load_pipeline(PipelineOptions(lexicon_files=(str(lexicon),), gazetteer_files=(str(gazetteer),)))
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    lexicon.unlink()  # the files travel inside the saved pipeline: their paths are not needed any more
    gazetteer.unlink()
    assert str(tmp_path) not in (saved / "config.cfg").read_text(encoding="utf-8")

    articles = [item for item in read_articles([seeds_dir], seeds_dir / "manifest.jsonl")
                if isinstance(item, Document)]
    texts = [(a.text, a.published.isoformat() if a.published else None) for a in articles]
    texts.append((USER_SENTENCE, "2022-02-07"))
    (tmp_path / "texts.json").write_text(json.dumps(texts), encoding="utf-8")

    def coded(doc: Doc) -> list[list[object]]:
        return [[e.category, e.actor, e.recipient, e.mode and e.mode.value, e.date and e.date.value, e.rule]
                for e in nlp(doc)._.events]

    here = [coded(make_doc(nlp, a)) for a in articles]
    sentence = nlp.make_doc(USER_SENTENCE)
    sentence._.published = date(2022, 2, 7)
    here.append(coded(sentence))
    loaded = subprocess.run([sys.executable, "-c", _LOAD_AND_CODE, str(saved), str(tmp_path / "texts.json")],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert loaded.returncode == 0, loaded.stderr[-3000:]
    there = json.loads(loaded.stdout)
    assert there == here
    assert sum(len(events) for events in there) >= 20
    assert ["AID", "freedonia", "sudan", None, "2022-02-07", "verb:airlift"] in there[-1]


def test_a_component_folder_not_written_by_it_is_an_error(tmp_path: Path) -> None:
    from newsgraph.errors import PipelineError
    from newsgraph.extract.relations import RelationReader

    with pytest.raises(PipelineError, match="was not saved by newsgraph_relations"):
        RelationReader("newsgraph_relations").from_disk(tmp_path)


# -- long articles: read in parts, joined, read whole -------------------------------------------------------------


def _cut(text: str, limit: int) -> list[str]:
    parts = article_parts(text, limit)
    assert [a for a, _ in parts[1:]] == [b for _, b in parts[:-1]], "parts must follow one another"
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(0 < b - a <= limit for a, b in parts)
    return [text[a:b] for a, b in parts]


def test_parts_hold_whole_paragraphs_where_they_fit() -> None:
    text = "Japan protested.\n\nRussia replied on Monday.\n\nTalks resumed."
    assert _cut(text, 50) == ["Japan protested.\n\nRussia replied on Monday.\n\n", "Talks resumed."]
    assert _cut(text, len(text)) == [text]


def test_a_paragraph_too_long_is_cut_after_a_sentence_then_a_space_then_anywhere() -> None:
    text = "Japan protested. Russia replied on Monday. Talks resumed in Tokyo."
    assert _cut(text, 30) == ["Japan protested. ", "Russia replied on Monday. ", "Talks resumed in Tokyo."]
    assert _cut("one two three four", 9) == ["one two ", "three ", "four"]
    assert _cut("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="module")
def seeds() -> list[Document]:
    return [d for d in read_articles([need(SEEDS)], SEEDS / "manifest.jsonl") if isinstance(d, Document)]


@pytest.mark.model
def test_an_article_read_in_parts_gives_the_facts_of_reading_it_whole(
        nlp: Language, seeds: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    """Names, dates and events resolved across the article survive the cuts: the article-wide components
    run once on the joined Doc (run on each part, "Kishida" alone would no longer be Fumio Kishida)."""
    whole = list(extract_facts(nlp, seeds))
    monkeypatch.setattr(pipeline, "PART_CHARS", 600)
    assert all(len(article_parts(d.text, 600)) >= 5 for d in seeds)
    in_parts = list(extract_facts(nlp, seeds))
    for one, other in zip(whole, in_parts, strict=True):
        assert one.events and other.events == one.events
        assert other.entities == one.entities
        assert other.relations == one.relations
        assert other.time_expressions == one.time_expressions


@pytest.mark.model
def test_an_article_longer_than_the_model_reads_is_read_whole(
        nlp: Language, seeds: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    seed = seeds[0]
    text = "\n\n".join([seed.text] * 4)
    monkeypatch.setattr(nlp, "max_length", len(seed.text) + 10)  # spaCy refuses a longer text (E088)
    facts = next(iter(extract_facts(nlp, [Document(id="long", text=text, content_hash="long",
                                                   published=seed.published)])))
    mentions = [event.mention for event in facts.events]
    assert len(mentions) >= 4 * len(next(iter(extract_facts(nlp, [seed]))).events) // 2
    assert max(m.start for m in mentions) > 3 * len(seed.text)  # the last copy was read too
    for m in mentions:
        assert text[m.start:m.end] == m.text and text[m.sentence_start:m.sentence_end] == m.sentence


def _news(length: int) -> str:
    """News text of ``length`` characters: Reuters stories one after another, a blank line between."""
    stories = [story.text for story in reuters_module().read_stories(need(REUTERS))]
    pieces: list[str] = []
    total = 0
    for story in itertools.cycle(stories):
        if total >= length:
            break
        pieces.append(story)
        total += len(story) + 2
    return "\n\n".join(pieces)[:length]


@pytest.mark.slow
@pytest.mark.model
def test_time_grows_with_the_length_of_an_article_not_its_square(nlp: Language) -> None:
    """CPU time (this process's own, so other load on the machine counts less) for an article ten times longer
    is at most 16 times as much; dating events by scanning every time expression made it 20 times at 200,000
    characters, and the whole pipeline 70 times for 25 times the length at a million. Each length is timed
    twice and the faster run kept: on a shared machine single runs gave 15.1 and 17.1 times, the faster of
    two 10.2."""
    short, long = _news(20_000), _news(200_000)

    def seconds(text: str) -> float:
        document = Document(id=str(len(text)), text=text, content_hash=str(len(text)))
        started = time.process_time()
        list(extract_facts(nlp, [document]))
        return time.process_time() - started

    seconds(short)  # warm up
    ratio = min(seconds(long) for _ in range(2)) / min(seconds(short) for _ in range(2))
    print(f"\n{ratio:.1f} times the CPU time for ten times the text")
    assert ratio < 16, f"{ratio:.1f} times the time for ten times the text"


@pytest.mark.model
def test_a_typed_dash_is_split_off_the_word_it_touches(nlp: Language) -> None:
    # wire copy types a dash as hyphens against a word: the name is Beijing, not a party called "Beijing--"
    doc = nlp("Washington said Moscow and Beijing-- which oppose sanctions-- would abstain.")
    assert [t.text for t in doc][4:7] == ["Beijing", "--", "which"]
    assert "china" in doc._.entities
    hyphenated = ["a", "well", "-", "known", "cease", "-", "fire"]
    assert [t.text for t in nlp.make_doc("a well-known cease-fire")] == hyphenated
