"""Consoles, the TTY policy, safe text, and the one place errors become exit codes.

Data goes to stdout (``out()``), messages to stderr (``err()``). Colour and progress only
on a terminal (and never with NO_COLOR). Anything scraped from the web is shown through
``safe``: control characters and escape sequences removed, and always as Text, never parsed
as markup.

Rich is imported on first use, not with this module: `negotrack --help` and commands that
print little must not pay for it (see bench/latency.py).
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

import typer

from negotrack.errors import ExitCode, NegotrackError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


@functools.cache
def out() -> Console:
    """The console for data (stdout)."""
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        # a pipe or a file has no width: wide enough that URLs and names are not folded
        console.width = 200
    return console


@functools.cache
def err() -> Console:
    """The console for messages, errors and progress (stderr)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


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
    from rich.text import Text

    return Text(clean(value), style=style)


def interactive() -> bool:
    return err().is_terminal


def message(text: str) -> None:
    from rich.text import Text

    err().print(Text(text))


def fail(error: NegotrackError) -> NoReturn:
    from rich.text import Text

    err().print(Text(f"negotrack: {clean(error)}", style="red" if interactive() else ""))
    raise typer.Exit(int(error.exit_code))


@contextmanager
def errors_to_exit_codes() -> Iterator[None]:
    try:
        yield
    except NegotrackError as exc:
        fail(exc)
    except KeyboardInterrupt:
        message("negotrack: interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `negotrack export ... | head`: the reader left; nothing more to say
        sys.stderr.close()
        raise typer.Exit(int(ExitCode.OK)) from None
