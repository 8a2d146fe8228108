"""Helpers for the store tests: old stores from frozen DDL, PostgreSQL databases, snapshots."""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.engine import Engine

from tests.conftest import FIXTURES

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
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    admin = _admin_engine()
    name = f"negotrack_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = make_url(str(admin.url)).set(database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            # WITH (FORCE): a killed ingest's backend may still be on its way out
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
