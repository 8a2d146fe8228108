"""An ingest killed with SIGKILL loses nothing it committed; the next run does the rest."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli
from tests.server import TestServer
from tests.store.conftest import GatedFeed

PAGES = 30


def committed_articles(path: Path) -> dict[str, tuple[int, str | None]]:
    """url -> (id, text) of every article, through a fresh connection."""
    conn = sqlite3.connect(path)
    try:
        return {
            url: (aid, txt) for aid, url, txt in conn.execute("SELECT id, url, text FROM article")
        }
    finally:
        conn.close()


def test_sigkill_mid_ingest_loses_nothing_committed(server: TestServer, db_path: Path) -> None:
    feed = GatedFeed(server, PAGES)
    url = feed.url
    cmd = [sys.executable, "-m", "negotrack", "--db", str(db_path), "ingest", "--feed", url]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        feed.advance_to(server, db_path, 3)  # the other pages hang: the ingest is mid-way
        seen_alive = committed_articles(db_path)  # committed while the ingest still runs
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        feed.open()
    assert proc.returncode == -signal.SIGKILL
    assert 3 <= len(seen_alive) < PAGES

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # each article is whole: text, its link and its feed item came in one transaction
        incomplete = conn.execute(
            """SELECT a.url FROM article a
               WHERE a.text IS NULL
                  OR NOT EXISTS (SELECT 1 FROM article_link l
                                 WHERE l.article_id = a.id AND l.url = a.url)
                  OR NOT EXISTS (SELECT 1 FROM feed_item i
                                 WHERE i.article_id = a.id AND i.status = 'stored')"""
        ).fetchall()
        assert incomplete == []
    finally:
        conn.close()
    after_kill = committed_articles(db_path)
    for link, row in seen_alive.items():
        assert after_kill[link] == row  # every article committed before the kill, unchanged
    assert len(after_kill) < PAGES

    # The lock died with the process: the next run is not refused (75) and finishes the job.
    second = run_cli("--db", str(db_path), "ingest", "--feed", url)
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"{PAGES - len(after_kill)} new" in second.stdout
    final = committed_articles(db_path)
    assert len(final) == PAGES
    assert {u.rsplit("/", 1)[-1] for u in final} == {str(n) for n in range(PAGES)}
    for link, row in after_kill.items():
        assert final[link] == row  # the first run's articles were not stored again

    conn = sqlite3.connect(db_path)
    try:
        items = conn.execute("SELECT status, count(*) FROM feed_item GROUP BY status").fetchall()
        assert items == [("stored", PAGES)]
        # mentions saved by the killed run were merged by the second one
        unmerged = conn.execute(
            """SELECT m.conflict FROM round_mention m
               LEFT JOIN merge_state s ON s.conflict = m.conflict
               GROUP BY m.conflict
               HAVING max(m.id) > coalesce(max(s.merged_upto), 0)"""
        ).fetchall()
        assert unmerged == []
    finally:
        conn.close()
