"""`newsgraph explain`: the events a sentence gives, and the lexicon entry and reading behind each."""

from __future__ import annotations

from typing import Annotated

import typer

from newsgraph.cli._app import GazetteerOption, LexiconOption, app, out, parse_date


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="A sentence (quote it).")],
    published: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD",
                                                  help="Publication date, to resolve its dates.")] = None,
    lexicon: LexiconOption = None,
    gazetteer: GazetteerOption = None,
) -> None:
    """Show the events newsgraph codes in a sentence and why: trigger, lexicon entry, actor, recipient, mode, date.

    Example: newsgraph explain "Japan imposed sanctions on Russia in 2014." --published 2022-02-05
    """
    from newsgraph.extract.events import explain as explain_sentence
    from newsgraph.extract.events import format_explanation
    from newsgraph.extract.pipeline import PipelineOptions, load_pipeline

    anchor = parse_date(published, "--published")
    nlp = load_pipeline(PipelineOptions(gazetteer_files=tuple(str(p) for p in gazetteer or ()),
                                        lexicon_files=tuple(str(p) for p in lexicon or ())))
    for line in format_explanation(explain_sentence(nlp, sentence, published=anchor)):
        out.print(line, markup=False, highlight=False)
