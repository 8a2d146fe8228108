"""`negotrack backup`: a consistent copy of a live store, never over an existing file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from negotrack.store.db import Store, backup, integrity_ok
from negotrack.store.migrations import CURRENT_VERSION
from tests.conftest import run_cli
from tests.server import TestServer
from tests.store.conftest import GatedFeed, sqlite_count
from tests.test_cli import serve_feed

PAGES = 20


def check_backup(path: Path) -> int:
    """A backup is a sound, openable store whose rows agree; returns its article count."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        # an article, its link and its feed item are one transaction: all or none are copied
        stored_items = conn.execute(
            "SELECT count(*) FROM feed_item WHERE status = 'stored'"
        ).fetchone()[0]
        linked = conn.execute("SELECT count(DISTINCT article_id) FROM article_link").fetchone()[0]
        assert stored_items == linked == articles
    finally:
        conn.close()
    store = Store(f"sqlite:///{path}")
    try:
        assert store.schema_version() == CURRENT_VERSION and not store.created
        assert integrity_ok(store)
    finally:
        store.close()
    return int(articles)


def steady_count(path: Path, still_for: float = 1.0) -> int:
    """The article count once it has not changed for ``still_for`` seconds."""
    last, since = sqlite_count(path, "article"), time.monotonic()
    while time.monotonic() - since < still_for:
        time.sleep(0.1)
        now = sqlite_count(path, "article")
        if now != last:
            last, since = now, time.monotonic()
    assert last is not None
    return last


def test_backup_while_an_ingest_writes(server: TestServer, db_path: Path, tmp_path: Path) -> None:
    feed = GatedFeed(server, PAGES)
    cmd = [sys.executable, "-m", "negotrack", "--db", str(db_path), "ingest", "--feed", feed.url]
    ingest = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    counts: list[int] = []
    store = Store(f"sqlite:///{db_path}")
    try:
        # backups of a running ingest, taken between its commits: exactly what it stored
        for stage in (1, 3, 5):
            feed.advance_to(server, db_path, stage)
            steady = steady_count(db_path)
            target = tmp_path / f"stage-{stage}.db"
            backup(store, target)
            assert check_backup(target) == steady == sqlite_count(db_path, "article")
            counts.append(steady)
        assert ingest.poll() is None
        # then while pages pour in and articles are committed, again and again
        feed.trickle(0.05)
        while ingest.poll() is None and len(counts) < 200:
            target = tmp_path / f"racing-{len(counts)}.db"
            backup(store, target)
            assert not target.with_name(target.name + ".part").exists()
            counts.append(check_backup(target))
    finally:
        store.close()
        feed.open()
        out, err = ingest.communicate(timeout=120)
    assert ingest.returncode == 0, out + err
    assert counts == sorted(counts)
    assert 1 <= counts[0] < PAGES
    assert sqlite_count(db_path, "article") == PAGES


def test_backup_command(server: TestServer, db_path: Path, tmp_path: Path) -> None:
    url = serve_feed(server, ["Peace talks resume in Geneva", "Talks on prisoners in Doha"])
    assert run_cli("--db", str(db_path), "ingest", "--feed", url).returncode == 0
    target = tmp_path / "copy.db"
    result = run_cli("--db", str(db_path), "backup", str(target))
    assert result.returncode == 0, result.stderr
    assert f"backed up to {target}" in result.stderr + result.stdout
    assert check_backup(target) == 2


def test_backup_refuses_an_existing_file(db_path: Path, tmp_path: Path) -> None:
    Store(f"sqlite:///{db_path}").close()
    target = tmp_path / "precious.db"
    target.write_bytes(b"not to be overwritten")
    result = run_cli("--db", str(db_path), "backup", str(target))
    assert result.returncode == 2
    assert "exists" in result.stderr
    assert target.read_bytes() == b"not to be overwritten"


def test_backup_into_a_missing_folder_fails_cleanly(db_path: Path, tmp_path: Path) -> None:
    Store(f"sqlite:///{db_path}").close()
    target = tmp_path / "no" / "such" / "dir" / "copy.db"
    result = run_cli("--db", str(db_path), "backup", str(target))
    assert result.returncode == 2
    assert "backup to" in result.stderr and "Traceback" not in result.stderr
    assert not target.exists()
