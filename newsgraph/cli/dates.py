"""`newsgraph dates`: time expressions of a file, as TimeML TIMEX3."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from newsgraph.cli._app import app, choices, fail, out, parse_date

#: What the time expressions can be written as.
DatesFormat = choices("DatesFormat", ["json", "table"])


@app.command()
def dates(
    file: Annotated[Path, typer.Argument(help="A text file.", metavar="FILE")],
    published: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD", help="Publication date; relative dates are "
                                                       "resolved against it.")] = None,
    format: Annotated[DatesFormat, typer.Option(  # type: ignore[valid-type]
        "--format", "-f", case_sensitive=False, help="json (one object per expression) or table.")
    ] = "json",
) -> None:
    """Find every time expression in a file and normalize it to TimeML TIMEX3.

    Example: newsgraph dates article.txt --published 2022-02-05 --format json
    """
    from newsgraph.extract.pipeline import load_model
    from newsgraph.extract.temporal import tag_text

    anchor = parse_date(published, "--published")
    text = _read_text(file)
    timexes = tag_text(text, anchor, load_model())
    if str(getattr(format, "value", format)) == "json":
        sys.stdout.write(json.dumps([t.as_json() for t in timexes], indent=2, ensure_ascii=False) + "\n")
        return
    table = Table("start", "end", "text", "type", "value")
    for t in timexes:
        table.add_row(str(t.start), str(t.end), t.text, t.type, t.value)
    out.print(table)


def _read_text(file: Path) -> str:
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        fail(f"{file} does not exist; check the path")
    except IsADirectoryError:
        fail(f"{file} is a folder; give a text file")
    except OSError as e:
        fail(f"cannot read {file}: {e.strerror}; check the path and permissions")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        fail(f"{file} is not valid UTF-8 (byte {e.start}); convert it, e.g. iconv -f latin1 -t utf-8")
    return ""
