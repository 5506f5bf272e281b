"""Convert the PETRARCH-2 / Phoenix dictionaries into newsgraph's lexicon and gazetteer files.

``convert_petrarch(source, out)`` reads the dictionaries in ``source`` (the files of openeventdata/petrarch2's
``petrarch2/data/dictionaries``: ``CAMEO.2.0.txt``, ``Phoenix.*.actors.txt``, ``Phoenix.agents.txt``) and writes
``out/lexicon/petrarch-verbs.jsonl`` and ``out/gazetteer/petrarch-*.jsonl``. Run on the same dictionaries it
writes the same bytes, so the files newsgraph ships can be checked against their source
(``tests/convert/test_petrarch.py``). Every file begins with the MIT notice of the dictionaries.

What is taken and what is left out, and why, is said in the modules that decide it:
:mod:`newsgraph.convert.cameo_lexicon` (verb patterns) and :mod:`newsgraph.convert.phoenix_gazetteer` (actors
and agents). The command line: ``newsgraph convert petrarch ../shared/data/petrarch2 --out extract/data``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.convert.cameo_lexicon import LexiconPolicy, lexicon_rows
from newsgraph.convert.cameo_verbs import read_verb_dictionary
from newsgraph.convert.phoenix_actors import ActorRecord, read_actor_records, read_agents
from newsgraph.convert.phoenix_gazetteer import actor_rows, place_rows, sector_rows
from newsgraph.errors import NewsgraphError
from newsgraph.extract.gazetteer import KNOWN_COLUMNS

__all__ = [
    "NOTICE",
    "REQUIRED_FILES",
    "ConversionError",
    "ConversionReport",
    "convert_petrarch",
]

VERB_FILE = "CAMEO.2.0.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
#: The dictionary files a conversion reads.
REQUIRED_FILES: tuple[str, ...] = (VERB_FILE, *ACTOR_FILES, AGENT_FILE)

#: The licence notice every converted file carries (the dictionaries' LICENSE; the verb file's own notice
#: names the Open Event Data Alliance, 2015).
NOTICE: tuple[str, ...] = (
    "Converted by newsgraph (newsgraph convert petrarch) from the PETRARCH-2 / Phoenix dictionaries,",
    "openeventdata/petrarch2 at commit 676801cd, petrarch2/data/dictionaries/. Do not edit: change the converter",
    "and run it again. The dictionaries are under the MIT License:",
    "",
    "The MIT License (MIT)",
    "",
    "Copyright (c) 2014 Open Event Data",
    "Copyright (c) 2015 Open Event Data Alliance (CAMEO.2.0.txt)",
    "",
    "Permission is hereby granted, free of charge, to any person obtaining a copy of",
    "this software and associated documentation files (the \"Software\"), to deal in",
    "the Software without restriction, including without limitation the rights to",
    "use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of",
    "the Software, and to permit persons to whom the Software is furnished to do so,",
    "subject to the following conditions:",
    "",
    "The above copyright notice and this permission notice shall be included in all",
    "copies or substantial portions of the Software.",
    "",
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR",
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS",
    "FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR",
    "COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER",
    "IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN",
    "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
)


class ConversionError(NewsgraphError):
    """The dictionaries cannot be read or the converted files cannot be written."""


@dataclass(slots=True)
class ConversionReport:
    """What a conversion wrote: each file with its number of entries, and the source lines it could not read."""

    files: dict[str, int] = field(default_factory=dict)
    unread: dict[str, int] = field(default_factory=dict)


def convert_petrarch(source: str | Path, out: str | Path, *,
                     lexicon_policy: LexiconPolicy | None = None) -> ConversionReport:
    """Convert the dictionaries in ``source`` into the files under ``out`` (see the module docstring)."""
    source, out = Path(source), Path(out)
    report = ConversionReport()
    verbs = read_verb_dictionary(_read_lines(source / VERB_FILE))
    report.unread[VERB_FILE] = len(verbs.skipped)
    rows = lexicon_rows(verbs, lexicon_policy or LexiconPolicy(), VERB_FILE)
    _write(out / "lexicon" / "petrarch-verbs.jsonl", [row.as_dict() for row in rows], report, out)
    agents = read_agents(_read_lines(source / AGENT_FILE))
    records: list[tuple[str, ActorRecord]] = []
    for name in ACTOR_FILES:
        read = read_actor_records(_read_lines(source / name))
        records.extend((name, record) for record in read)
        report.unread[name] = sum(record.bad_dates for record in read)
    gazetteer = out / "gazetteer"
    table = sorted([*(row.as_columns() for row in place_rows(records)),
                    *(row.as_columns() for row in actor_rows(records, agents))], key=lambda columns: columns[1])
    _write_table(gazetteer / "petrarch-actors.tsv", KNOWN_COLUMNS, table, report, out)
    _write(gazetteer / "petrarch-sectors.jsonl", sector_rows(agents), report, out)
    return report


def _read_lines(path: Path) -> list[str]:
    try:
        # UTF-8; a few names hold a replacement character already, and a stray byte must not stop a run
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as e:
        raise ConversionError(f"cannot read {path}: {e}; give the folder of the PETRARCH-2 dictionaries") from e


def _write(path: Path, rows: Sequence[Mapping[str, object]], report: ConversionReport, out: Path) -> None:
    lines = [f"// {line}".rstrip() for line in NOTICE]
    lines.extend(json.dumps(row, ensure_ascii=False) for row in rows)
    _write_lines(path, lines, len(rows), report, out)


def _write_table(path: Path, columns: Sequence[str], rows: Sequence[Sequence[str]], report: ConversionReport,
                 out: Path) -> None:
    for row in rows:
        if any("\t" in cell or "\n" in cell for cell in row):
            raise ConversionError(f"a cell of {path.name} holds a tab or a line break: {row!r}")
    lines = [f"# {line}".rstrip() for line in NOTICE]
    lines.append("\t".join(columns))
    lines.extend("\t".join(row) for row in rows)
    _write_lines(path, lines, len(rows), report, out)


def _write_lines(path: Path, lines: Sequence[str], count: int, report: ConversionReport, out: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as e:
        raise ConversionError(f"cannot write {path}: {e}; check that the folder is writable") from e
    report.files[str(path.relative_to(out))] = count
