"""The command line: a thin typer layer over the library; it prints, the library never does.

One module per command (``newsgraph.cli.build``, ``newsgraph.cli.query``...), each registering itself on the
shared ``app`` (``newsgraph.cli._app``). Every user error ends in one line on standard error saying what to do,
and exit status 1. Commands that take longer than a second show progress on standard error unless ``--quiet``.
"""

from __future__ import annotations

import os
import sys

import typer

from newsgraph.cli import (  # noqa: F401  (each module registers its commands)
    build,
    convert,
    dates,
    evaluate,
    explain,
    export,
    push,
    query,
    serve,
    viz,
)
from newsgraph.cli._app import app, err
from newsgraph.errors import NewsgraphError

__all__ = ["app", "main"]


# typer vendors click from 0.16 on; its exceptions are reached through typer's public ones.
_ClickException: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, turning every user error into one line and exit status 1."""
    debug = os.environ.get("NEWSGRAPH_DEBUG") == "1"
    try:
        # Without standalone mode a command's exit status comes back as the return value.
        status = app(args=argv, prog_name="newsgraph", standalone_mode=False)
    except NewsgraphError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        sys.exit(1)
    except typer.Exit as e:
        sys.exit(getattr(e, "exit_code", getattr(e, "code", 1)))
    except (typer.Abort, KeyboardInterrupt):
        err.print("interrupted", markup=False)
        sys.exit(130)
    except _ClickException as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # bare `newsgraph`: the help is the answer
            err.print(e.format_message() if hasattr(e, "format_message") else str(e), markup=False)
            sys.exit(0)
        context = getattr(e, "ctx", None)
        command = f" {context.command_path.removeprefix('newsgraph').strip()}" if context is not None else ""
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        err.print(f"error: {message} (see: newsgraph{command} --help)".replace("newsgraph  ", "newsgraph "),
                  markup=False, highlight=False)
        sys.exit(1)
    except Exception as e:  # a bug, not a user error: one line, details on request
        if debug:
            raise
        err.print(f"error: newsgraph failed unexpectedly ({type(e).__name__}: {e}); "
                  "rerun with NEWSGRAPH_DEBUG=1 for details and report it", markup=False, highlight=False)
        sys.exit(2)
    sys.exit(status if isinstance(status, int) else 0)
