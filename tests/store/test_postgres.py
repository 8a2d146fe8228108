"""The same store, ingest, lock, exports and queries on PostgreSQL.

Runs when NEGOTRACK_TEST_PG holds a SQLAlchemy URL of a server to use (for instance
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``); each test gets a database of
its own, dropped afterwards. Without it, every test here is skipped.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

import tests.test_ingest as ingest_tests
from negotrack.errors import StoreError
from negotrack.store.db import Store, backup
from negotrack.store.migrations import CURRENT_VERSION
from tests.conftest import fixture_text, run_cli
from tests.server import Reply, Request, TestServer
from tests.store.conftest import GatedFeed, build_v1_store
from tests.store.test_migrations import assert_upgrade_keeps_everything, schema_of
from tests.test_cli import serve_feed

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    store = Store(pg_url)
    yield store
    store.close()


def test_new_store_and_upgrade_from_version_1(pg_url: str) -> None:
    assert_upgrade_keeps_everything(pg_url)


def test_upgraded_store_has_the_schema_of_a_new_one(pg_databases: Callable[[], str]) -> None:
    old, new = pg_databases(), pg_databases()
    build_v1_store(old)
    Store(old).close()
    Store(new).close()
    assert schema_of(old) == schema_of(new)


def test_new_store_is_created_at_the_current_version(pg_store: Store) -> None:
    assert pg_store.created and pg_store.schema_version() == CURRENT_VERSION
    assert not pg_store.is_sqlite and pg_store.sqlite_path is None


def test_newer_and_foreign_databases_are_refused(pg_url: str) -> None:
    Store(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = '7' WHERE key = 'schema_version'"))
        conn.execute(text("CREATE TABLE stray (x int)"))
    with pytest.raises(StoreError, match="schema version 7, newer"):
        Store(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE meta"))
    engine.dispose()
    with pytest.raises(StoreError, match="not a negotrack store"):
        Store(pg_url)


# The ingest tests of tests/test_ingest.py, run unchanged against a PostgreSQL store.
SHARED_INGEST_TESTS: list[Callable[[TestServer, Store], None]] = [
    ingest_tests.test_stores_each_article_once_and_skips_irrelevant,
    ingest_tests.test_second_run_is_conditional_and_changes_nothing,
    ingest_tests.test_known_items_are_not_downloaded_again,
    ingest_tests.test_dedup_across_feeds_by_link_guid_and_text,
    ingest_tests.test_failing_feeds_do_not_stop_the_good_one,
    ingest_tests.test_overlapping_runs_are_refused,
    ingest_tests.test_interrupted_run_keeps_committed_articles,
    ingest_tests.test_wait_for_lock,
]


@pytest.mark.parametrize("case", SHARED_INGEST_TESTS, ids=lambda f: f.__name__[5:])
def test_ingest(
    case: Callable[[TestServer, Store], None], server: TestServer, pg_store: Store
) -> None:
    case(server, pg_store)


def cli_json(db: str, *args: str) -> Any:
    result = run_cli("--db", db, *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_exports_and_queries_match_sqlite(
    server: TestServer, pg_url: str, db_path: Path
) -> None:
    """The same feeds into a SQLite and a PostgreSQL store give the same answers."""
    ingest_tests.serve_news(server)
    feeds = [server.url(p) for p in ("/rss2.xml", "/atom.xml", "/rss1.xml")]
    feed_args = [arg for url in feeds for arg in ("--feed", url)]
    answers = {}
    for db in (str(db_path), pg_url):
        result = run_cli("--db", db, "ingest", *feed_args)
        assert result.returncode == 0, result.stderr
        assert "3 new" in result.stdout
        articles = cli_json(db, "export", "articles", "--format", "json")
        rounds = cli_json(db, "export", "rounds", "--format", "json")
        listed = cli_json(db, "rounds", "--format", "json")
        answers[db] = (
            sorted(
                (a["url"], a["title"], a["outlet"], a["published"], a["feed"]) for a in articles
            ),
            sorted(rounds, key=lambda r: r["id"]),
            [r["id"] for r in listed],
        )
        assert len(articles) == 3
    sqlite_answers, pg_answers = answers[str(db_path)], answers[pg_url]
    assert pg_answers == sqlite_answers
    rounds = pg_answers[1]
    assert rounds, "the fixture articles report rounds"
    one = rounds[0]["id"]
    shown = run_cli("--db", pg_url, "round", one)
    assert shown.returncode == 0 and one in shown.stdout
    conflict = rounds[0]["conflict"]
    filtered = cli_json(pg_url, "rounds", "--conflict", conflict, "--format", "json")
    assert {r["id"] for r in filtered} == {r["id"] for r in rounds if r["conflict"] == conflict}


def test_overlapping_cli_ingests_exit_75(server: TestServer, pg_url: str) -> None:
    url = serve_feed(server, [f"Peace talks, part {n}" for n in range(6)])
    # one page hangs until the second run is over: the first run surely holds the lock
    release = threading.Event()
    slow_body = fixture_text("pages/geneva-talks.html", server.base).encode()

    def hanging(_req: Request) -> Reply:
        release.wait(60)
        return Reply(200, slow_body, {"Content-Type": "text/html"})

    server.route("/a/0", hanging)
    Store(pg_url).close()  # created up front, so both runs race for the lock, not the schema
    cmd = [sys.executable, "-m", "negotrack", "--db", pg_url, "ingest", "--feed", url]
    first = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for_pg_rows(pg_url, "ingest_run", 1, first)
        second = run_cli("--db", pg_url, "ingest", "--feed", url)
    finally:
        release.set()
        _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 75
    assert "another negotrack ingest is running" in second.stderr
    urls = [a["url"] for a in cli_json(pg_url, "export", "articles", "--format", "json")]
    assert len(urls) == len(set(urls)) == 6


def pg_count(url: str, table: str) -> int | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
    except DBAPIError:  # the table may not exist yet
        return None
    finally:
        engine.dispose()


def wait_for_pg_rows(
    url: str, table: str, at_least: int, proc: subprocess.Popen[str], timeout: float = 60
) -> int:
    """Wait until the ingest process has written rows (``at_least`` 0: started its run)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the ingest ended early"
        found = pg_count(url, table)
        runs = pg_count(url, "ingest_run") or 0
        if found is not None and runs and found >= at_least:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{table} never reached {at_least} rows")


def test_killed_ingest_releases_the_lock_and_keeps_its_articles(
    server: TestServer, pg_url: str
) -> None:
    feed = GatedFeed(server, 20)
    Store(pg_url).close()
    cmd = [sys.executable, "-m", "negotrack", "--db", pg_url, "ingest", "--feed", feed.url]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        feed.advance_to(server, lambda: pg_count(pg_url, "article"), 3)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        feed.open()
    kept = pg_count(pg_url, "article")
    assert kept is not None and 3 <= kept < feed.pages
    # the server drops the advisory lock with the dead client's connection
    second = run_cli("--db", pg_url, "ingest", "--feed", feed.url)
    assert second.returncode == 0, second.stderr
    assert f"{feed.pages - kept} new" in second.stdout
    urls = [a["url"] for a in cli_json(pg_url, "export", "articles", "--format", "json")]
    assert len(urls) == len(set(urls)) == feed.pages


def test_backup_names_the_postgresql_tool(pg_store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="pg_dump"):
        backup(pg_store, tmp_path / "copy.db")
    result = run_cli("--db", pg_store.url, "backup", str(tmp_path / "copy.db"))
    assert result.returncode == 2 and "pg_dump" in result.stderr
    assert not (tmp_path / "copy.db").exists()
