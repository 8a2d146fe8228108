"""Shared fixtures: a real HTTP server on loopback, stores in tmp_path, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from negotrack.knowledge import KnowledgeBase, load_knowledge
from negotrack.store.db import Store
from tests.server import TestServer

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base (frozen, so one load serves every test)."""
    return load_knowledge()


@pytest.fixture
def server() -> Iterator[TestServer]:
    srv = TestServer()
    yield srv
    srv.close()


def fixture_text(relative: str, base: str = "") -> str:
    return (FIXTURES / relative).read_text(encoding="utf-8").replace("{base}", base)


def fixture_bytes(relative: str, base: str = "") -> bytes:
    return (FIXTURES / relative).read_bytes().replace(b"{base}", base.encode())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{db_path}")
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's store or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("NEGOTRACK_DB", raising=False)


@pytest.fixture
def cli() -> CliRunner:
    return CliRunner()


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """negotrack in a process of its own, as cron would run it (no TTY)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "negotrack", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
