"""The command line as cron and people use it: separate processes, no TTY."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from negotrack.store.db import Store, integrity_ok
from tests.conftest import fixture_text, run_cli
from tests.server import Reply, Request, TestServer


def serve_feed(server: TestServer, titles: list[str], delay: float = 0.0) -> str:
    base = server.base
    items = []
    for n, title in enumerate(titles):
        page = fixture_text("pages/geneva-talks.html", base).replace("second day", f"day {n}")
        server.route(
            f"/a/{n}", Reply(200, page.encode(), {"Content-Type": "text/html"}, delay=delay)
        )
        safe_title = title.replace("&", "&amp;").replace("<", "&lt;")
        items.append(
            f"<item><title>{safe_title}</title><link>{base}/a/{n}</link><guid>g{n}</guid></item>"
        )
    server.serve(
        "/feed.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        + "".join(items)
        + "</channel></rss>",
        "application/rss+xml",
        ETag='"e1"',
    )
    return server.url("/feed.xml")


def test_ingest_summary_line_and_exit_code(server: TestServer, db_path: Path) -> None:
    url = serve_feed(server, ["Peace talks resume in Geneva"])
    result = run_cli("--db", str(db_path), "ingest", "--feed", url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "1 checked" in lines[0] and "1 new" in lines[0]
    assert "\x1b[" not in result.stdout + result.stderr  # no colour without a TTY
    quiet = run_cli("--db", str(db_path), "ingest", "--feed", url, "--quiet")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_partial_failure_exit_1_names_the_feed(server: TestServer, db_path: Path) -> None:
    url = serve_feed(server, ["Ceasefire talks in Doha"])
    server.route("/dead.xml", Reply(500, b"down"))
    result = run_cli(
        "--db", str(db_path), "ingest", "--feed", server.url("/dead.xml"), "--feed", url, "--quiet"
    )
    assert result.returncode == 1
    assert "dead.xml" in result.stderr and "HTTP 500" in result.stderr
    listing = run_cli("--db", str(db_path), "feeds", "list", "--all")
    assert "HTTP 500" in listing.stdout and "500" in listing.stdout


def test_bad_usage_exits_2(db_path: Path, tmp_path: Path) -> None:
    assert run_cli("--db", str(db_path), "ingest", "--feed", "ftp://x/feed").returncode == 2
    assert run_cli("--db", str(db_path), "rounds", "--conflict", "atlantis").returncode == 2
    assert run_cli("--db", str(db_path), "round", "no-such-round").returncode == 2
    assert run_cli("--db", str(tmp_path), "rounds").returncode == 2  # a directory
    assert run_cli("--db", "nosuchdialect://x", "rounds").returncode == 2


def test_overlapping_ingests(server: TestServer, db_path: Path) -> None:
    url = serve_feed(server, [f"Peace talks, part {n}" for n in range(6)])
    release = threading.Event()
    page = fixture_text("pages/geneva-talks.html", server.base).encode()

    def held_page(_req: Request) -> Reply:
        release.wait(60)  # the first run holds the lock until the second has been refused
        return Reply(200, page, {"Content-Type": "text/html"})

    server.route("/a/0", held_page)
    cmd = [sys.executable, "-m", "negotrack", "--db", str(db_path), "ingest", "--feed", url]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not server.hits("/a/0"):  # the first run holds the lock while pages trickle in
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.05)
    second = run_cli("--db", str(db_path), "ingest", "--feed", url)
    release.set()
    _out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert second.returncode == 75
    assert "another negotrack ingest is running" in second.stderr
    store = Store(f"sqlite:///{db_path}")
    assert integrity_ok(store)
    export = run_cli("--db", str(db_path), "export", "articles", "--format", "json")
    urls = [a["url"] for a in json.loads(export.stdout)]
    assert len(urls) == len(set(urls)) == 6
    assert run_cli("--db", str(db_path), "ingest", "--feed", url).returncode == 0


def test_export_articles_csv_is_defused(server: TestServer, db_path: Path, tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://evil.test","peace talks")'
    url = serve_feed(server, [hostile, "+ceasefire talks", "@talks in Geneva", "-talks\tresume"])
    assert run_cli("--db", str(db_path), "ingest", "--feed", url).returncode == 0
    out = tmp_path / "a.csv"
    result = run_cli(
        "--db", str(db_path), "export", "articles", "--format", "csv", "--output", str(out)
    )
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r for r in rows[0]] == ["id", "url", "title", "outlet", "published", "fetched", "feed"]
    titles = sorted(r["title"] for r in rows)
    assert "'" + hostile in titles
    assert all(t.startswith("'") for t in titles)
    stdout_csv = run_cli("--db", str(db_path), "export", "articles")
    assert stdout_csv.stdout.startswith("\ufeffid,url,title")


def test_feeds_add_list_remove(db_path: Path) -> None:
    assert (
        run_cli("--db", str(db_path), "feeds", "add", "https://news.test/rss.xml").returncode == 0
    )
    listing = run_cli("--db", str(db_path), "feeds", "list")
    assert "news.test/rss.xml" in listing.stdout
    assert (
        run_cli("--db", str(db_path), "feeds", "remove", "https://news.test/rss.xml").returncode
        == 0
    )
    assert "news.test/rss.xml" not in run_cli("--db", str(db_path), "feeds", "list").stdout
    assert (
        run_cli("--db", str(db_path), "feeds", "remove", "https://news.test/rss.xml").returncode
        == 2
    )


def test_new_store_starts_with_default_feeds(db_path: Path) -> None:
    listing = run_cli("--db", str(db_path), "feeds", "list")
    assert listing.returncode == 0
    assert "https://" in listing.stdout


def test_store_location_from_environment(tmp_path: Path) -> None:
    target = tmp_path / "env.db"
    result = run_cli("feeds", "add", "https://news.test/x.xml", env={"NEGOTRACK_DB": str(target)})
    assert result.returncode == 0 and target.exists()
