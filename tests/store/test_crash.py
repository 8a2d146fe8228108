"""An ingest killed with SIGKILL loses nothing it committed; the next run does the rest."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli
from tests.server import TestServer
from tests.store.conftest import GatedFeed, wait_for_rows

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
        feed.release(3)  # three pages answer; the others hang until the process is gone
        wait_for_rows(db_path, "article", 3)
        seen_alive = committed_articles(db_path)  # committed while the ingest still runs
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(seen_alive) == 3
    feed.open()

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
    assert after_kill == seen_alive  # every committed article, unchanged

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
