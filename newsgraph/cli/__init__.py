"""The command line: a thin typer layer over the library; it prints, the library never does.

One module per command (``newsgraph.cli.build``, ``newsgraph.cli.query``...), each registering itself on the
shared ``app`` (``newsgraph.cli._app``). Every user error ends in one line on standard error saying what to do,
and exit status 1. Commands that take longer than a second show progress on standard error unless ``--quiet``.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import Any

import typer

from newsgraph.cli import _app
from newsgraph.cli._app import err
from newsgraph.errors import NewsgraphError

__all__ = ["COMMAND_MODULES", "app", "load_commands", "main"]

#: The module of ``newsgraph.cli`` that registers each command, in the order --help lists them. A run imports
#: only the module of the command it runs: ``newsgraph query`` does not pay for what ``build`` or ``serve``
#: import (bench/startup.py).
COMMAND_MODULES = {"build": "build", "convert": "convert", "dates": "dates", "evaluate": "evaluate",
                   "explain": "explain", "export": "export", "push": "push", "query": "query", "queries": "query",
                   "remove": "remove", "serve": "serve", "viz": "viz"}


def load_commands(argv: list[str] | None = None) -> None:
    """Register the command ``argv`` runs, or every command when it names none it knows (--help, a typo: the
    answer lists them all)."""
    name = next((arg for arg in argv or () if not arg.startswith("-")), None)
    wanted = [COMMAND_MODULES[name]] if name in COMMAND_MODULES else list(dict.fromkeys(COMMAND_MODULES.values()))
    for module in wanted:
        import_module(f"newsgraph.cli.{module}")


def __getattr__(name: str) -> Any:
    """``newsgraph.cli.app``: the application with every command registered."""
    if name == "app":
        load_commands()
        return _app.app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# typer vendors click from 0.16 on; its exceptions are reached through typer's public ones.
_ClickException: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, turning every user error into one line and exit status 1."""
    debug = os.environ.get("NEWSGRAPH_DEBUG") == "1"
    app = _app.app
    load_commands(sys.argv[1:] if argv is None else argv)
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
