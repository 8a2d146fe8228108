"""Helpers for the store tests: old stores from frozen DDL, PostgreSQL databases, snapshots."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.engine import Engine

from tests.conftest import FIXTURES, fixture_text
from tests.server import Reply, Request, TestServer

STORE_V1 = FIXTURES / "store_v1"
PG_ENV = "NEGOTRACK_TEST_PG"


def sql_statements(path: Path) -> list[str]:
    """The statements of a fixture SQL file (comment lines dropped, split at ``;`` + EOL)."""
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("--")
    ]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().rstrip(";")]


def build_v1_store(url: str) -> None:
    """A version-1 store at ``url``: the frozen DDL of its dialect, then the sample rows."""
    engine = create_engine(url)
    try:
        dialect = engine.dialect.name
        with engine.begin() as conn:
            for statement in sql_statements(STORE_V1 / f"{dialect}.sql"):
                conn.exec_driver_sql(statement.rstrip(";"))
            for statement in sql_statements(STORE_V1 / "rows.sql"):
                conn.exec_driver_sql(statement.rstrip(";"))
            if dialect == "postgresql":
                # the rows carry explicit ids: move each id sequence past them
                for table in inspect(conn).get_table_names():
                    if "id" not in {c["name"] for c in inspect(conn).get_columns(table)}:
                        continue
                    sequence = conn.execute(
                        text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}
                    ).scalar()
                    if sequence:
                        conn.execute(
                            text(f'SELECT setval(:s, (SELECT max(id) FROM "{table}"))'),
                            {"s": sequence},
                        )
    finally:
        engine.dispose()


def snapshot(
    url: str, *, leave_out: frozenset[str] = frozenset()
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as stored (no ORM conversion), in a stable order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out: dict[str, list[tuple[Any, ...]]] = {}
            for table in sorted(inspect(conn).get_table_names()):
                columns = [
                    c["name"]
                    for c in inspect(conn).get_columns(table)
                    if f"{table}.{c['name']}" not in leave_out
                ]
                listed = ", ".join(f'"{c}"' for c in columns)
                rows = conn.exec_driver_sql(f'SELECT {listed} FROM "{table}"').all()
                out[table] = sorted((tuple(r) for r in rows), key=repr)
            return out
    finally:
        engine.dispose()


def sqlite_count(path: Path, table: str) -> int | None:
    """Rows in a table, read by a separate read-only connection (None: not readable yet)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def wait_for_rows(path: Path, table: str, at_least: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sqlite_count(path, table)
        if found is not None and found >= at_least:
            return found
        time.sleep(0.05)
    raise AssertionError(f"{table} never reached {at_least} rows in {timeout}s")


# -- PostgreSQL ---------------------------------------------------------------------------


def _admin_engine() -> Engine:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set (a SQLAlchemy URL of a PostgreSQL server to use)")
    return create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture
def pg_databases() -> Iterator[Callable[[], str]]:
    """Makes fresh, empty PostgreSQL databases (URLs) for one test; all dropped afterwards."""
    admin = _admin_engine()
    made: list[str] = []

    def make() -> str:
        name = f"negotrack_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        made.append(name)
        return make_url(str(admin.url)).set(database=name).render_as_string(hide_password=False)

    try:
        yield make
    finally:
        with admin.connect() as conn:
            for name in made:
                # WITH (FORCE): a killed ingest's backend may still be on its way out
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def pg_url(pg_databases: Callable[[], str]) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_databases()


class GatedFeed:
    """A feed of talks articles whose pages are answered only when the test lets them through.

    Each page request waits for one permit of ``release``, so the test decides how many
    articles an ingest can have stored at any moment, however slow the machine.
    """

    def __init__(self, server: TestServer, pages: int) -> None:
        self.pages = pages
        self._gate = threading.Semaphore(0)
        base = server.base
        items = []
        for n in range(pages):
            body = fixture_text("pages/geneva-talks.html", base).replace("second day", f"day {n}")
            server.route(f"/g/{n}", self._gated(body.encode()))
            items.append(
                f"<item><title>Peace talks in Geneva, report {n}</title>"
                f"<link>{base}/g/{n}</link><guid>gated-{n}</guid></item>"
            )
        server.serve(
            "/gated.xml",
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Gated</title>'
            + "".join(items)
            + "</channel></rss>",
            "application/rss+xml",
        )
        self.url = server.url("/gated.xml")

    def _gated(self, body: bytes) -> Callable[[Request], Reply]:
        def route(_request: Request) -> Reply:
            # a test that forgets to open the gate still ends
            self._gate.acquire(timeout=60)
            return Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})

        return route

    def release(self, count: int) -> None:
        for _ in range(count):
            self._gate.release()

    def open(self) -> None:
        """Let every page through, now and later."""
        self.release(self.pages * 2)
