"""Consoles, the TTY policy, safe text, and the one place errors become exit codes.

Data goes to stdout, messages to stderr. Colour and progress only on a terminal (and
never with NO_COLOR). Anything scraped from the web is shown through ``safe``: control
characters and escape sequences removed, and always as Text, never parsed as markup.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text

from negotrack.errors import ExitCode, NegotrackError

stdout = Console(highlight=False, soft_wrap=True)
if not stdout.is_terminal and "COLUMNS" not in os.environ:
    # a pipe or a file has no width: wide enough that URLs and names are not folded
    stdout.width = 200
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

# CSI/OSC escape sequences first, then any other C0/C1 control character (not \n, \t).
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(value: object) -> str:
    """Text fit for a terminal: no escape sequences, no control or bidi-override characters."""
    if value is None:
        return ""
    return _CONTROLS.sub("", _ESCAPES.sub("", str(value)))


def safe(value: object, style: str = "") -> Text:
    """Scraped text as a Rich Text: shown literally, markup and all."""
    return Text(clean(value), style=style)


def interactive() -> bool:
    return stderr.is_terminal


def message(text: str) -> None:
    stderr.print(Text(text))


def fail(error: NegotrackError) -> NoReturn:
    stderr.print(Text(f"negotrack: {clean(error)}", style="red" if interactive() else ""))
    raise typer.Exit(int(error.exit_code))


@contextmanager
def errors_to_exit_codes() -> Iterator[None]:
    try:
        yield
    except NegotrackError as exc:
        fail(exc)
    except KeyboardInterrupt:
        stderr.print(Text("negotrack: interrupted"))
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `negotrack export ... | head`: the reader left; nothing more to say
        sys.stderr.close()
        raise typer.Exit(int(ExitCode.OK)) from None
