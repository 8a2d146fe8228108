"""Schema versions: old stores are upgraded without loss, foreign or newer ones refused."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, inspect

from negotrack.errors import StoreError
from negotrack.rounds.merge import claims_key
from negotrack.rounds.model import Claim, Field
from negotrack.store import migrations
from negotrack.store.db import Store, integrity_ok
from negotrack.store.feeds import add, list_feeds
from negotrack.store.migrations import CURRENT_VERSION, UPGRADES
from negotrack.store.queries import get_round
from negotrack.store.rounds import rebuild
from tests.store.conftest import build_v1_store, snapshot

# columns added since version 1, filled by the upgrade steps
NEW_COLUMNS = frozenset(
    {
        "feed.bozo",
        "round_mention.city",
        "round_mention.start_date",
        "round_mention.claims_key",
        "round_mention.city_weak",
        "round_mention.end_date",
        "round.members",
    }
)


GENEVA_SENTENCE = "Negotiators from both sides met in Geneva on Tuesday for a new round of talks."


def schema_of(url: str) -> dict[str, tuple[frozenset[tuple[str, bool]], frozenset[str]]]:
    """Per table: its (column, nullable) pairs and its index names."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            insp = inspect(conn)
            return {
                t: (
                    frozenset((c["name"], bool(c["nullable"])) for c in insp.get_columns(t)),
                    frozenset(str(i["name"]) for i in insp.get_indexes(t)),
                )
                for t in insp.get_table_names()
            }
    finally:
        engine.dispose()


def columns(url: str, table: str) -> set[str]:
    return {name for name, _ in schema_of(url)[table][0]}


def assert_upgrade_keeps_everything(url: str) -> None:
    """Shared by the SQLite and PostgreSQL tests: upgrade a v1 store and check it."""
    build_v1_store(url)
    before = snapshot(url)
    assert "bozo" not in columns(url, "feed")

    store = Store(url)
    try:
        assert store.schema_version() == CURRENT_VERSION == 5
        assert not store.created  # an upgrade, not a new store: no default feeds are seeded
        after = snapshot(url, leave_out=NEW_COLUMNS)
        assert after.pop("meta") == [("schema_version", str(CURRENT_VERSION))]
        assert before.pop("meta") == [("schema_version", "1")]
        # what was merged is bookkeeping, not data: versions 4 and 5 forget it, so that the
        # next ingest places every mention again
        assert before.pop("merge_state") == [("ukraine", 1)]
        assert after.pop("merge_state") == []
        assert after == before
        assert len(after["article"]) == 3 and len(after["feed_item"]) == 4
        # the new column exists, existing feeds start as well-formed, and the ORM reads them
        feeds = {f.url: f for f in list_feeds(store)}
        assert set(feeds) == {"https://ledger.test/world.xml", "https://courier.test/rss"}
        assert [f.bozo for f in feeds.values()] == [False, False]
        assert feeds["https://courier.test/rss"].consecutive_failures == 2
        # the upgraded store takes new rows
        added = add(store, "https://third.test/feed.xml")
        assert added.id == 3 and added.bozo is False
        # and its evidence still reads
        r = get_round(store, "ukraine-2026-02-17-geneva")
        assert r.city == "Geneva" and [s.url for s in r.sources] == [
            "https://ledger.test/2026/02/geneva-round"
        ]
        assert [c.claim.sentence for c in r.claims] == [
            "Negotiators from both sides met in Geneva on Tuesday for a new round of talks."
        ]
        # version 3: the stored mention got the facts that place it, computed from its
        # claims; the stored round no digest of its members, so the next merge drafts it
        new = snapshot(url)
        assert [row[-5:] for row in new["round_mention"]] == [
            (
                "Geneva",
                None,
                claims_key([Claim(Field.CITY, "Geneva", GENEVA_SENTENCE, 0.9)]),
                # version 4: placed by a sentence, the city is not the dateline's alone
                False,
                # version 5: the claims give no last day
                None,
            )
        ]
        assert [row[-1] for row in new["round"]] == [None]
        # the next merge drafts it (the frozen round was made up with a date its one
        # mention does not give, so the merge gives it none) and records its digest
        assert rebuild(store, ["ukraine"]) == 1
        [(round_id, *_, digest)] = snapshot(url)["round"]
        assert round_id == "ukraine-undated-geneva" and digest is not None
        assert integrity_ok(store)
    finally:
        store.close()
    # opening again changes nothing
    again = Store(url)
    assert again.schema_version() == CURRENT_VERSION and not again.created
    again.close()


def test_upgrade_from_version_1_keeps_every_row(tmp_path: Path) -> None:
    assert_upgrade_keeps_everything(f"sqlite:///{tmp_path / 'v1.db'}")


def test_upgraded_store_has_the_schema_of_a_new_one(tmp_path: Path) -> None:
    old, new = f"sqlite:///{tmp_path / 'old.db'}", f"sqlite:///{tmp_path / 'new.db'}"
    build_v1_store(old)
    Store(old).close()
    fresh = Store(new)
    assert fresh.created
    fresh.close()
    assert schema_of(old) == schema_of(new)


def test_upgrade_steps_are_numbered_without_gaps() -> None:
    assert sorted(UPGRADES) == list(range(migrations.FIRST_VERSION + 1, CURRENT_VERSION + 1))


def test_failed_upgrade_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'v1.db'}"
    build_v1_store(url)
    before = snapshot(url)
    real_step = UPGRADES[2]

    def half_done(conn: Connection) -> None:
        real_step(conn)  # the column is added ...
        raise RuntimeError("disk on fire")  # ... and then the upgrade fails

    monkeypatch.setitem(UPGRADES, 2, half_done)
    with pytest.raises(RuntimeError, match="disk on fire"):
        Store(url)
    assert "bozo" not in columns(url, "feed")  # the DDL was rolled back too
    assert snapshot(url) == before  # version 1, every row as it was
    monkeypatch.setitem(UPGRADES, 2, real_step)
    store = Store(url)  # and a later, working upgrade still goes through
    assert store.schema_version() == CURRENT_VERSION
    store.close()


def test_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(StoreError, match=r"schema version 99, newer than this negotrack"):
        Store(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta").fetchall() == [("99",)]
    conn.close()


def test_foreign_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "someone-else.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.execute("INSERT INTO people VALUES ('Ada')")
    conn.close()
    with pytest.raises(StoreError, match=r"not a negotrack store \(it holds: people\)"):
        Store(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    assert tables == [("people",)]


def test_meta_without_a_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.close()
    with pytest.raises(StoreError, match="not a negotrack store"):
        Store(f"sqlite:///{path}")


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: bread, milk\n" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(f"sqlite:///{path}")


def test_processes_creating_one_store_at_once_do_not_collide(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    start = threading.Barrier(4)
    created: list[bool] = []
    errors: list[BaseException] = []

    def open_store() -> None:
        start.wait()
        try:
            store = Store(url)  # each with its own engine: as separate processes would
            created.append(store.created)
            store.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(created) == [False, False, False, True]  # exactly one created it
