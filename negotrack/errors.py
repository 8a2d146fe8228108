"""Typed errors and the exit codes they map to.

The CLI turns these into messages and exit codes in one place (``cli/console.py``);
library code raises them and never exits.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    PARTIAL = 1  # some feeds or pages failed; the rest was stored
    USAGE = 2  # bad usage or bad configuration
    LOCKED = 75  # another ingest holds the store (EX_TEMPFAIL)


class NegotrackError(Exception):
    """Base class: an error with a message meant for the user."""

    exit_code: ExitCode = ExitCode.USAGE


class ConfigError(NegotrackError):
    """Bad configuration or bad usage: an unknown conflict, a bad --db, a bad option."""


class KnowledgeError(ConfigError):
    """A knowledge-base file is invalid. Names the file and, where known, the line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")


class FetchError(NegotrackError):
    """A URL could not be fetched; ``reason`` is short and fit for a summary line."""

    exit_code = ExitCode.PARTIAL

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        self.url = url
        self.reason = reason
        self.status = status
        super().__init__(f"{url}: {reason}")


class StoreError(NegotrackError):
    """The store cannot be opened or is not a negotrack store."""


class StoreLocked(NegotrackError):
    """Another ingest run holds the store's lock."""

    exit_code = ExitCode.LOCKED


class NotFound(ConfigError):
    """A round, feed or other named thing does not exist."""
