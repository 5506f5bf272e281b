"""`newsgraph convert ...`: turn public lexical resources into newsgraph's lexicon and gazetteer files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli._app import QuietOption, app, fail, out

convert_app = typer.Typer(help="Convert public dictionaries into newsgraph's lexicon and gazetteer files.",
                          no_args_is_help=True)
app.add_typer(convert_app, name="convert")


@convert_app.command("petrarch")
def convert_petrarch(
    source: Annotated[Path, typer.Argument(help="The folder of the PETRARCH-2 / Phoenix dictionaries.",
                                           metavar="DICTIONARIES")],
    output: Annotated[Path, typer.Option("--out", "-o", help="Where to write lexicon/ and gazetteer/ "
                                         "(extract/data regenerates the shipped files).", metavar="DIR")],
    quiet: QuietOption = False,
) -> None:
    """Convert the PETRARCH-2 verb and actor dictionaries into lexicon and gazetteer files.

    Example: newsgraph convert petrarch ../shared/data/petrarch2 --out extract/data
    """
    from newsgraph.convert.petrarch import REQUIRED_FILES, convert_petrarch

    missing = [name for name in REQUIRED_FILES if not (source / name).is_file()]
    if missing:
        fail(f"{source} lacks {', '.join(missing)}; give the folder of the PETRARCH-2 dictionaries "
             "(petrarch2/data/dictionaries in openeventdata/petrarch2)")
    report = convert_petrarch(source, output)
    if not quiet:
        for name, count in report.files.items():
            out.print(f"wrote {output / name} ({count} entries)", markup=False, highlight=False)
        for name, count in report.unread.items():
            if count:
                out.print(f"{name}: {count} lines or codes could not be read and were left out",
                          markup=False, highlight=False)
