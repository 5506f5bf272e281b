"""`newsgraph evaluate ...`: scores against the reference data of QUALITY.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsgraph.cli._app import LexiconOption, evaluate_app, fail, out

if TYPE_CHECKING:
    from newsgraph.evaluation.sentences import EventScore


@evaluate_app.command("tempeval")
def evaluate_tempeval(
    folder: Annotated[Path, typer.Argument(
        help="A folder of TimeML .tml files (searched recursively).", metavar="TIMEML_DIR")],
) -> None:
    """Score the temporal tagger on TimeML documents (QUALITY.md §2).

    Example: newsgraph evaluate tempeval ../shared/data/tempeval3-dev
    """
    from newsgraph.evaluation.tempeval import score_tempeval
    from newsgraph.extract.pipeline import load_model

    if not folder.is_dir():
        fail(f"{folder} is not a folder; give the folder of .tml files")
    score = score_tempeval(folder, load_model())
    out.print_json(json.dumps(score.as_dict()))


@evaluate_app.command("seeds")
def evaluate_seeds(
    store: Annotated[Path, typer.Option("--store", help="A store built from the articles the gold describes.",
                                        metavar="DIR")],
    gold: Annotated[Path, typer.Option(help="The expected graph (JSON), e.g. ../shared/gold/seeds.json.",
                                       metavar="FILE")],
    latest: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD",
                                               help="No event may be dated after this day.")] = None,
) -> None:
    """Score a store against an expected graph (QUALITY.md §1): entities, events, dates, relations.

    Example: newsgraph evaluate seeds --store seeds.store --gold ../shared/gold/seeds.json --latest 2022-02-05
    """
    from newsgraph.evaluation.seeds import score_store
    from newsgraph.graph.store import open_store

    if not gold.is_file():
        fail(f"{gold} does not exist; give the expected graph's JSON file")
    with open_store(store, read_only=True) as graph_store:
        score = score_store(graph_store, gold, latest_date=latest)
    out.print_json(json.dumps(score.as_dict()))
    if not score.meets_targets():
        raise typer.Exit(1)


DumpOption = Annotated[Path | None, typer.Option(
    "--dump", help="Write every sentence with a miss or a false positive to this JSON file, for error analysis.",
    metavar="FILE")]


def _print_event_score(score: EventScore[Any], dump: Path | None) -> None:
    if dump is not None:
        try:
            dump.write_text(json.dumps(score.dump(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as e:
            fail(f"cannot write {dump}: {e}; give a writable path to --dump")
    out.print_json(json.dumps(score.as_dict()))


@evaluate_app.command("petrarch")
def evaluate_petrarch(
    path: Annotated[Path, typer.Argument(
        help="PETRARCH-2 validation records (PETR2_GSR_validation.xml).", metavar="FILE")],
    lexicon: LexiconOption = None,
    dump: DumpOption = None,
) -> None:
    """Score the event coder on PETRARCH-2 validation sentences (QUALITY.md §3), overall and per category.

    Example: newsgraph evaluate petrarch ../shared/data/petrarch2-validation/PETR2_GSR_validation.xml
    """
    from newsgraph.evaluation.petrarch import score_petrarch
    from newsgraph.extract.pipeline import PipelineOptions, load_pipeline

    if not path.is_file():
        fail(f"{path} is not a file; give the PETRARCH-2 validation XML file")
    nlp = load_pipeline(PipelineOptions(lexicon_files=tuple(str(p) for p in lexicon or ())))
    _print_event_score(score_petrarch(path, nlp), dump)


@evaluate_app.command("reuters")
def evaluate_reuters(
    path: Annotated[Path, typer.Argument(
        help="reuters-plover records (reuters-plover.jsonl).", metavar="FILE")],
    lexicon: LexiconOption = None,
    dump: DumpOption = None,
) -> None:
    """Score the event coder on hand-coded Reuters sentences (QUALITY.md §3b), overall and per category.

    Example: newsgraph evaluate reuters ../shared/data/reuters-plover/reuters-plover.jsonl --dump misses.json
    """
    from newsgraph.evaluation.reuters import score_reuters
    from newsgraph.extract.pipeline import PipelineOptions, load_pipeline

    if not path.is_file():
        fail(f"{path} is not a file; give the reuters-plover JSON Lines file")
    nlp = load_pipeline(PipelineOptions(lexicon_files=tuple(str(p) for p in lexicon or ())))
    _print_event_score(score_reuters(path, nlp), dump)
