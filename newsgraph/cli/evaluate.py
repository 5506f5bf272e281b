"""`newsgraph evaluate ...`: scores against the reference data of QUALITY.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import evaluate_app, fail, out


@evaluate_app.command("tempeval")
def evaluate_tempeval(
    folder: Annotated[Path, typer.Argument(help="A folder of TimeML .tml files (searched recursively).")],
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
