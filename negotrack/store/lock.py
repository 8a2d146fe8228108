"""One ingest at a time per store.

SQLite: an exclusive ``flock`` on ``<store>.lock`` beside the database file. The kernel
drops it when the process dies, so a killed ingest never leaves a stale lock behind.
PostgreSQL: a session-level advisory lock held on a dedicated connection, dropped by the
server when that connection ends. Both are dialect-specific by nature: this module is the
marked place for them.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from negotrack.errors import StoreError, StoreLocked
from negotrack.store.db import Store

# An arbitrary constant naming negotrack's ingest lock among PostgreSQL advisory locks.
_PG_LOCK_KEY = 0x6E65676F  # "nego"
_POLL_SECONDS = 0.2


@contextmanager
def ingest_lock(store: Store, *, wait: bool = False) -> Iterator[None]:
    """Hold the store's ingest lock; raise StoreLocked at once if taken (unless ``wait``)."""
    if store.is_sqlite:
        with _file_lock(store, wait=wait):
            yield
    elif store.engine.dialect.name == "postgresql":
        with _pg_lock(store, wait=wait):
            yield
    else:
        raise StoreError(f"no ingest lock for the {store.engine.dialect.name} dialect")


def _busy_message(store: Store) -> str:
    return (
        f"another negotrack ingest is running on {store.display_url}; try again later or use --wait"
    )


@contextmanager
def _file_lock(store: Store, *, wait: bool) -> Iterator[None]:
    path = store.sqlite_path
    if path is None:  # an in-memory database belongs to one process
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        flags = fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(fd, flags)
        except BlockingIOError as exc:
            raise StoreLocked(_busy_message(store)) from exc
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _pg_lock(store: Store, *, wait: bool) -> Iterator[None]:
    with store.engine.connect() as conn:
        while True:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            # The lock belongs to the session, not the transaction: end the transaction so
            # the connection does not sit "idle in transaction" (which servers may time out)
            # for the whole ingest.
            held = bool(got.scalar())
            conn.commit()
            if held:
                break
            if not wait:
                raise StoreLocked(_busy_message(store))
            time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
