"""The pipeline as spaCy sees it: components found by name through the package's entry points."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc


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
