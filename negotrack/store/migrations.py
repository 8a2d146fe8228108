"""Schema versions and the steps between them.

The version lives in ``meta.schema_version``. A new store is created whole at the current
version; an older one is brought forward one step at a time inside the caller's
transaction, so a failed upgrade leaves the store as it was (``Store`` opens that
transaction and serialises it against other processes opening the same store).

To change the schema: change ``models`` (and ``queries``, if the read path reads the column;
a test compares the two), add the step that turns the previous version into the new one to
``UPGRADES``, and freeze the previous version's DDL under tests/fixtures so the upgrade is
tested from a real old store. Steps use SQL that SQLite and PostgreSQL both accept.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from negotrack.errors import StoreError

Step = Callable[[Connection], None]

FIRST_VERSION = 1


def _add_feed_bozo(conn: Connection) -> None:
    # Version 2 remembers whether a feed's last parse found it ill-formed, so that
    # `feeds list` can point at feeds that only half work. Existing feeds start as sound:
    # the next poll sets the real value.
    conn.execute(text("ALTER TABLE feed ADD COLUMN bozo BOOLEAN NOT NULL DEFAULT FALSE"))


def _add_merge_facts(conn: Connection) -> None:
    # Version 3 lets a merge work incrementally: each mention carries the facts that place
    # it (computed here from its claims for the mentions already stored), and each round
    # the digest of its members, unknown (NULL) for the existing rounds, so the next merge
    # of their conflict drafts them all once.
    from negotrack.store.rounds import backfill_placement_facts

    conn.execute(text("ALTER TABLE round_mention ADD COLUMN city VARCHAR(128)"))
    conn.execute(text("ALTER TABLE round_mention ADD COLUMN start_date DATE"))
    conn.execute(
        text("ALTER TABLE round_mention ADD COLUMN claims_key VARCHAR(64) NOT NULL DEFAULT ''")
    )
    conn.execute(text('ALTER TABLE "round" ADD COLUMN members VARCHAR(64)'))
    backfill_placement_facts(conn)


def _add_weak_city(conn: Connection) -> None:
    # Version 4 tells which mentions have their city from the dateline alone: such a
    # mention joins a round sentences place elsewhere on its day. Computed here from the
    # claims of the mentions already stored; forgetting what was merged makes the next
    # ingest place every conflict's mentions again with it.
    from negotrack.store.rounds import backfill_placement_facts

    conn.execute(
        text("ALTER TABLE round_mention ADD COLUMN city_weak BOOLEAN NOT NULL DEFAULT FALSE")
    )
    backfill_placement_facts(conn, columns=("city_weak",))
    conn.execute(text("DELETE FROM merge_state"))


def _add_end_date(conn: Connection) -> None:
    # Version 5 keeps the last day a mention gives its round ("talks from 9 to 23
    # December"): a report dated by the close then joins the round that opened two weeks
    # before. Computed from the stored claims; the next ingest places every mention again.
    from negotrack.store.rounds import backfill_placement_facts

    conn.execute(text("ALTER TABLE round_mention ADD COLUMN end_date DATE"))
    backfill_placement_facts(conn, columns=("end_date",))
    conn.execute(text("DELETE FROM merge_state"))


# version N -> the step that brings a version N-1 store to N
UPGRADES: dict[int, Step] = {
    2: _add_feed_bozo,
    3: _add_merge_facts,
    4: _add_weak_city,
    5: _add_end_date,
}
CURRENT_VERSION = max(UPGRADES, default=FIRST_VERSION)


_VERSION = text("SELECT value FROM meta WHERE key = 'schema_version'")


def stored_version(conn: Connection) -> str | None:
    """``meta.schema_version`` as stored, or None if there is none (or no ``meta`` table).

    One plain query: what opening a store at the current version needs. Reflecting the
    tables, as ``read_version`` does to tell a new database from a foreign one, costs a
    good part of a short command (bench/latency.py).
    """
    try:
        value = conn.execute(_VERSION).scalar()
    except DBAPIError:
        conn.rollback()  # PostgreSQL: the failed statement aborted the transaction
        return None
    return None if value is None else str(value)


def read_version(conn: Connection) -> int:
    """The store's schema version: 0 for an empty database.

    Raises StoreError for a database that holds tables but is not a negotrack store.
    """
    tables = sorted(inspect(conn).get_table_names())
    if not tables:
        return 0
    if "meta" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(f"this database is not a negotrack store (it holds: {shown})")
    value = conn.execute(_VERSION).scalar()
    if value is None or not value.isdigit():
        raise StoreError(f"this database is not a negotrack store (schema version {value!r})")
    return int(value)


def migrate(conn: Connection) -> int:
    """Bring the schema to CURRENT_VERSION; returns the version found before (0: created)."""
    # Here, not at the top: opening a store that is up to date needs neither (store.db).
    from sqlmodel import SQLModel

    from negotrack.store import models  # noqa: F401  (registers the tables)

    found = read_version(conn)
    if found > CURRENT_VERSION:
        raise StoreError(
            f"the store has schema version {found}, newer than this negotrack "
            f"(version {CURRENT_VERSION}); upgrade negotrack"
        )
    if found == 0:
        SQLModel.metadata.create_all(conn)
    else:
        for version in range(found + 1, CURRENT_VERSION + 1):
            UPGRADES[version](conn)
    if found != CURRENT_VERSION:
        meta = SQLModel.metadata.tables["meta"]
        conn.execute(meta.delete().where(meta.c.key == "schema_version"))
        conn.execute(meta.insert().values(key="schema_version", value=str(CURRENT_VERSION)))
    return found
