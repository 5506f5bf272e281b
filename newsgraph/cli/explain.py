"""`newsgraph explain`: the events a sentence gives, and the lexicon entry and reading behind each."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer

from newsgraph.cli._app import GazetteerOption, LexiconOption, app, out, parse_date


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="A sentence (quote it).", metavar="SENTENCE")],
    published: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD",
                                                  help="Publication date, to resolve its dates.")] = None,
    lexicon: LexiconOption = None,
    gazetteer: GazetteerOption = None,
    dropped: Annotated[bool, typer.Option("--dropped", help="Also list the words the lexicon names that gave "
                                          "no event, and the step that dropped each.")] = False,
) -> None:
    """Show the events newsgraph codes in a sentence and why: trigger, lexicon entry, actor, recipient, mode, date,
    and the entities they involve with their codes and where each came from (gazetteer line or PETRARCH-2 entry).

    Example: newsgraph explain "Japan imposed sanctions on Russia in 2014." --published 2022-02-05

    With --dropped, also the words that named an event but gave none, and why ("no actor", "needs a recipient").
    """
    from newsgraph.extract.casing import model_doc
    from newsgraph.extract.events import explain as explain_sentence
    from newsgraph.extract.events import format_explanation
    from newsgraph.extract.pipeline import PipelineOptions, load_pipeline
    from newsgraph.ingest.furniture import remove_furniture

    anchor = parse_date(published, "--published")
    sentence = remove_furniture(sentence)  # read as a built article reads it (tickers, typed apostrophes)
    nlp = load_pipeline(PipelineOptions(gazetteer_files=tuple(str(p) for p in gazetteer or ()),
                                        lexicon_files=tuple(str(p) for p in lexicon or ())))
    explanations = explain_sentence(nlp, sentence, published=anchor)
    lines = format_explanation(explanations)
    if dropped:
        from newsgraph.extract.events import explain_dropped, format_dropped

        lines.extend(format_dropped(explain_dropped(nlp, sentence, published=anchor)))
    if explanations:
        doc = model_doc(nlp, sentence)
        doc._.published = anchor
        lines.extend(entity_lines(nlp(doc)._.entities or {}, anchor))
    for line in lines:
        out.print(line, markup=False, highlight=False)


def entity_lines(entities: dict[str, Any], day: date | None) -> list[str]:
    """One line per entity of the sentence: key, type, codes (a person's for ``day``) and where they came from."""
    lines = ["entities:"]
    for info in entities.values():
        codes = ", ".join(f"{scheme} {code}" for scheme, code in info.codes) or "no code"
        when = f" on {day.isoformat()}" if day is not None and info.origin and "PETRARCH-2" in info.origin \
            and info.type == "Person" else ""
        source = f"  ({info.origin})" if info.origin else ""
        lines.append(f"   {info.key}  {info.type}  {codes}{when}{source}")
    return lines
