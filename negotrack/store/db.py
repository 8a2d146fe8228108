"""Engine, sessions and schema versioning.

All SQLite-specific SQL lives in this module and in ``store.lock``, each marked
``# SQLite only`` (and their PostgreSQL counterparts ``# PostgreSQL only``); everything
else goes through SQLModel/SQLAlchemy expressions so that a PostgreSQL URL works through
the same code paths.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from negotrack.errors import StoreError
from negotrack.store.migrations import CURRENT_VERSION, migrate, read_version, stored_version

if TYPE_CHECKING:
    from sqlmodel import Session

_T = TypeVar("_T")


def chunks(items: Sequence[_T], size: int = 500) -> Iterator[Sequence[_T]]:
    """Slices of ``items`` for IN (...) lookups: SQLite allows 32,766 parameters, older
    builds 999, so one statement never binds more than ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def utcnow() -> datetime:
    """Naive UTC: what the store holds (SQLite has no time zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    """An open store: an engine with the schema migrated to the current version."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _make_engine(url)
        try:
            found = self._bring_up_to_date()
        except BaseException:
            self.engine.dispose()
            raise
        self.created = found == 0

    def _bring_up_to_date(self) -> int:
        """Create or upgrade the schema; returns the version found (0: a new store)."""
        try:
            with self.engine.connect() as conn:
                if stored_version(conn) == str(CURRENT_VERSION):
                    return CURRENT_VERSION
            # Anything else (a new, old, newer or foreign database) goes to migrate(), which
            # tells them apart and is the only part of opening a store that loads the models.
            # one transaction, one process at a time; the version is read again under the
            # lock since another process may have just done the work
            with self.engine.begin() as conn:
                _lock_schema(conn)
                return migrate(conn)
        except DBAPIError as exc:
            raise StoreError(f"cannot open the store {self.display_url}: {exc.orig}") from exc

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database else None

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        # the ORM is imported by the commands that write, not by those that only read
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return read_version(conn)

    def close(self) -> None:
        self.engine.dispose()


def _make_engine(url: str) -> Engine:
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        database = url.split(":///", 1)[-1]
        if database and database != ":memory:":
            parent = Path(database).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's folder {parent}: {exc}") from exc
        # The ingest writes from one thread; readers come from others.
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use the store URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


# An arbitrary constant naming negotrack's schema lock among PostgreSQL advisory locks
# (the ingest lock in store.lock uses another).
_PG_SCHEMA_LOCK_KEY = 0x6E656773  # "negs"


def _lock_schema(conn: Connection) -> None:
    """Serialise schema changes: two processes opening a new store must not both create it."""
    if conn.dialect.name == "sqlite":
        # SQLite only: pysqlite runs DDL outside of any transaction unless one was begun
        # explicitly; IMMEDIATE also takes the write lock now, so the version read next
        # cannot go stale before the upgrade writes.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        # PostgreSQL only: DDL is transactional there; the lock ends with the transaction.
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SCHEMA_LOCK_KEY})


# How long a connection waits for another process's lock before giving up.
_BUSY_TIMEOUT_SECONDS = 30.0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLite only: WAL lets readers work during an ingest; foreign keys are off by default;
    # synchronous=NORMAL is durable in WAL mode except on power loss of the last commit.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={int(_BUSY_TIMEOUT_SECONDS * 1000)}")
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch a store to WAL, waiting out other processes doing the same.

    The mode is stored in the file, so only the first connection to a new store changes
    it; that change needs the file to itself, and SQLite reports "database is locked" at
    once, without its busy handler, when another connection opened the new file in the
    same instant. So the switch is retried here rather than failing the open.
    """
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    deadline = time.monotonic() + _BUSY_TIMEOUT_SECONDS
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def integrity_ok(store: Store) -> bool:
    """SQLite's integrity_check (other databases check themselves): True when sound."""
    if not store.is_sqlite:
        return True
    with store.engine.connect() as conn:
        # SQLite only
        result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    return result == "ok"


def open_store(url: str) -> Store:
    return Store(url)


__all__ = [
    "CURRENT_VERSION",
    "Store",
    "integrity_ok",
    "open_store",
    "utcnow",
]


def backup(store: Store, target: Path) -> None:
    """A consistent copy of a live SQLite store, safe while an ingest writes to it."""
    source = store.sqlite_path
    if source is None:
        raise StoreError(
            f"backup copies SQLite stores; for {store.engine.dialect.name} use its own tools "
            "(pg_dump for PostgreSQL)"
        )
    if target.exists():
        raise StoreError(f"{target} exists; give a new file name")
    import sqlite3

    # SQLite only: the online backup API copies pages under the database's own locking.
    tmp = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"backup to {target} failed: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
