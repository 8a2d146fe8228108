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
    """A feed of talks articles whose pages are answered only as fast as the test allows.

    Each page request waits for a permit. ``trickle`` plays a slow server (one page every so
    often), ``pause`` holds every page still in flight, ``open`` lets everything through. So
    the test, not the machine's speed, decides how far an ingest can get.
    """

    def __init__(self, server: TestServer, pages: int) -> None:
        self.pages = pages
        self._gate = threading.Semaphore(0)
        self._flowing = threading.Event()
        self._opened = threading.Event()
        self._thread: threading.Thread | None = None
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
            self._gate.acquire(timeout=60)  # a test that forgets to open the gate still ends
            return Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})

        return route

    def pages_requested(self, server: TestServer) -> int:
        return sum(1 for r in server.requests if r.path.startswith("/g/"))

    def advance_to(
        self, server: TestServer, db: Path | Callable[[], int | None], articles: int
    ) -> int:
        """Let pages through one at a time until ``articles`` are stored; returns the count.

        ``db`` is a SQLite file or a function counting the stored articles. After each page
        it waits for the ingest to move (a new request or a new article), so the ingest never
        gets more than it needs, however slow or fast the machine.
        """

        def stored() -> int:
            found = db() if callable(db) else sqlite_count(db, "article")
            return found or 0

        deadline = time.monotonic() + 90
        while (count := stored()) < articles:
            moved = self.pages_requested(server) + count
            self.release(1)
            while self.pages_requested(server) + stored() == moved:
                assert time.monotonic() < deadline, "the ingest stopped moving"
                time.sleep(0.02)
        return count

    def release(self, count: int) -> None:
        for _ in range(count):
            self._gate.release()

    def trickle(self, every: float) -> None:
        """Let one page through every ``every`` seconds until paused or opened."""
        self._flowing.set()
        if self._thread is None:
            self._thread = threading.Thread(target=self._release_slowly, args=(every,))
            self._thread.daemon = True
            self._thread.start()

    def _release_slowly(self, every: float) -> None:
        while not self._opened.wait(every):
            if self._flowing.is_set():
                self._gate.release()

    def pause(self) -> None:
        self._flowing.clear()

    def open(self) -> None:
        """Let every page through, now and later."""
        self._opened.set()
        for _ in range(self.pages * 2):
            self._gate.release()
