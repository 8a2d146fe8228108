"""The ingest pipeline against a real HTTP server on loopback."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from negotrack.errors import ExitCode, StoreLocked
from negotrack.fetch import FetchPolicy
from negotrack.ingest import IngestSummary, ingest
from negotrack.knowledge import default_knowledge
from negotrack.store.db import Store, integrity_ok
from negotrack.store.lock import ingest_lock
from negotrack.store.models import Article, ArticleLink, Feed, FeedItem, IngestRun
from tests.conftest import fixture_bytes, fixture_text
from tests.server import Reply, Request, TestServer

FAST = FetchPolicy(connect_timeout=2, read_timeout=1.5, total_timeout=4, max_page_bytes=200_000)


def serve_news(server: TestServer) -> None:
    base = server.base
    server.serve(
        "/rss2.xml",
        fixture_text("feeds/rss2.xml", base),
        "application/rss+xml",
        ETag='"v1"',
        **{"Last-Modified": "Thu, 05 Feb 2026 18:10:00 GMT"},
    )
    server.serve("/atom.xml", fixture_text("feeds/atom.xml", base), "application/atom+xml")
    server.serve("/rss1.xml", fixture_text("feeds/rss1.xml", base), "application/rdf+xml")
    server.serve("/world/abu-dhabi-talks", fixture_text("pages/abu-dhabi-talks.html", base))
    server.serve("/europe/geneva-talks", fixture_text("pages/geneva-talks.html", base))
    server.serve("/fr/pourparlers", fixture_bytes("pages/latin1.html", base), "text/html")
    server.serve("/sport/football", fixture_text("pages/football.html", base))


def conditional(server: TestServer) -> None:
    """Answer 304 when the validators we handed out come back verbatim."""
    body = fixture_text("feeds/rss2.xml", server.base).encode()

    def route(req: Request) -> Reply:
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(200, body, {"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    server.route("/rss2.xml", route)


def run(store: Store, *feeds: str, **kw: object) -> IngestSummary:
    return ingest(store, default_knowledge(), feeds=feeds, policy=FAST, **kw)  # type: ignore[arg-type]


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_stores_each_article_once_and_skips_irrelevant(server: TestServer, store: Store) -> None:
    serve_news(server)
    summary = run(store, server.url("/rss2.xml"), server.url("/atom.xml"), server.url("/rss1.xml"))
    assert summary.exit_code == ExitCode.OK, summary.errors
    assert summary.feeds_checked == 3
    assert summary.new_articles == 3
    assert summary.skipped == 1  # the football match
    assert server.hits("/sport/football") == []
    with store.session() as s:
        skipped = s.exec(select(FeedItem).where(FeedItem.status == "skipped")).one()
        assert skipped.reason and "football" not in skipped.reason
        arts = {a.url: a for a in s.exec(select(Article))}
    abu = arts[server.url("/world/abu-dhabi-talks")]
    assert abu.outlet == "Gulf Ledger"
    assert abu.title == "Second day of Abu Dhabi talks ends without deal"
    assert abu.guid == "gulf-ledger-1001"
    assert abu.published_at is not None and abu.published_at.isoformat().startswith(
        "2026-02-05T18:10"
    )
    assert abu.text and "157 captives" in abu.text
    assert "Related stories" not in abu.text and "Oil prices" not in abu.text
    assert abu.language == "en" and abu.content_hash and abu.html_z
    assert abu.canonical_url == server.url("/world/abu-dhabi-talks") or abu.canonical_url is None
    # the non-UTF-8 page decoded right
    fr = arts[server.url("/fr/pourparlers")]
    assert fr.text and "Genève" in fr.text and "délégations" in fr.text


def test_second_run_is_conditional_and_changes_nothing(server: TestServer, store: Store) -> None:
    serve_news(server)
    conditional(server)
    first = run(store, server.url("/rss2.xml"))
    assert first.new_articles == 1
    pages_before = len(server.hits("/world/abu-dhabi-talks"))
    second = run(store, server.url("/rss2.xml"))
    assert second.feeds_not_modified == 1 and second.new_articles == 0
    assert second.exit_code == ExitCode.OK
    last = server.hits("/rss2.xml")[-1]
    assert last.headers.get("if-none-match") == '"v1"'  # verbatim, quotes and all
    assert len(server.hits("/world/abu-dhabi-talks")) == pages_before
    assert count(store, Article) == 1


def test_known_items_are_not_downloaded_again(server: TestServer, store: Store) -> None:
    serve_news(server)  # no validators on atom.xml: the feed is downloaded each time
    run(store, server.url("/atom.xml"))
    run(store, server.url("/atom.xml"))
    assert len(server.hits("/europe/geneva-talks")) == 1
    assert count(store, Article) == 1


def test_dedup_across_feeds_by_link_guid_and_text(server: TestServer, store: Store) -> None:
    serve_news(server)
    base = server.base
    # a second outlet syndicates the Geneva story under another URL, same text
    server.serve("/copy/geneva", fixture_text("pages/geneva-talks.html", base))
    server.serve(
        "/syndicated.xml",
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Syndicate</title>
<item><title>Geneva talks go into a second day</title><link>{base}/copy/geneva</link><guid>syn-1</guid></item>
<item><title>Second day of Abu Dhabi talks ends</title><link>{base}/other/abu</link><guid isPermaLink="false">gulf-ledger-1001</guid></item>
</channel></rss>""",
        "application/rss+xml",
    )
    run(store, server.url("/atom.xml"), server.url("/rss2.xml"))
    summary = run(store, server.url("/syndicated.xml"))
    assert summary.new_articles == 0
    assert summary.duplicates == 2
    assert server.hits("/other/abu") == []  # known GUID: never downloaded
    assert count(store, Article) == 2
    with store.session() as s:
        geneva = s.exec(select(Article).where(col(Article.url).contains("geneva"))).one()
        links = s.exec(select(ArticleLink.url).where(ArticleLink.article_id == geneva.id)).all()
    assert server.url("/copy/geneva") in links and server.url("/europe/geneva-talks") in links


def test_failing_feeds_do_not_stop_the_good_one(server: TestServer, store: Store) -> None:
    serve_news(server)
    server.route("/broken.xml", Reply(500, b"oops"))
    server.route("/slow.xml", Reply(200, b"<rss/>", delay=3.0))
    summary = run(
        store, server.url("/broken.xml"), server.url("/slow.xml"), server.url("/rss2.xml")
    )
    assert summary.exit_code == ExitCode.PARTIAL
    assert summary.feeds_failed == 2 and summary.new_articles == 1
    joined = "\n".join(summary.errors)
    assert "HTTP 500" in joined and "timed out" in joined
    with store.session() as s:
        broken = s.exec(select(Feed).where(col(Feed.url).endswith("/broken.xml"))).one()
    assert broken.consecutive_failures == 1 and broken.last_status == "500"
    assert broken.last_error == "HTTP 500" and broken.next_check_after is not None


def test_oversized_page_and_redirect_loop(server: TestServer, store: Store) -> None:
    base = server.base
    server.route("/huge", Reply(200, b"<html>" + b"x" * 300_000, {"Content-Type": "text/html"}))
    server.route("/loop-a", Reply(302, b"", {"Location": "/loop-b"}))
    server.route("/loop-b", Reply(302, b"", {"Location": "/loop-a"}))
    server.serve(
        "/f.xml",
        f"""<rss version="2.0"><channel><title>t</title>
<item><title>Talks on a ceasefire: huge page</title><link>{base}/huge</link></item>
<item><title>Talks on a ceasefire: loop</title><link>{base}/loop-a</link></item>
</channel></rss>""",
        "application/rss+xml",
    )
    summary = run(store, server.url("/f.xml"))
    assert summary.exit_code == ExitCode.PARTIAL and summary.pages_failed == 2
    joined = "\n".join(summary.errors)
    assert "too large" in joined and "too many redirects" in joined
    assert len(server.hits("/loop-a")) <= 3  # at most 5 redirects in all
    with store.session() as s:
        failed = s.exec(select(FeedItem).where(FeedItem.status == "failed")).all()
    assert len(failed) == 2


def test_remote_feed_cannot_make_us_read_local_files(
    server: TestServer, store: Store, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<html><body><p>Peace talks secret: do not read</p></body></html>")
    server.serve(
        "/evil.xml",
        f"""<rss version="2.0"><channel><title>evil</title>
<item><title>Peace talks in Geneva</title><link>file:///etc/passwd</link></item>
<item><title>Peace talks in Geneva again</title><link>{secret.as_uri()}</link></item>
</channel></rss>""",
        "application/rss+xml",
    )
    server.route("/redirect-to-file", Reply(302, b"", {"Location": "file:///etc/passwd"}))
    server.serve(
        "/evil2.xml",
        f"""<rss version="2.0"><channel><title>evil2</title>
<item><title>Ceasefire talks</title><link>{server.url("/redirect-to-file")}</link></item>
</channel></rss>""",
        "application/rss+xml",
    )
    summary = run(store, server.url("/evil.xml"), server.url("/evil2.xml"))
    assert count(store, Article) == 0
    with store.session() as s:
        items = s.exec(select(FeedItem)).all()
    local_links = [i for i in items if (i.link or "").startswith("file:")]
    assert len(local_links) == 2  # feedparser may respell file:///etc/passwd; both refused
    assert all("not an http(s) link" in (i.reason or "") for i in local_links)
    assert summary.pages_failed == 1  # the redirect to file: failed, nothing read


def test_local_feed_may_use_local_pages(tmp_path: Path, store: Store) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "geneva.html").write_text(fixture_text("pages/geneva-talks.html"))
    feed = tmp_path / "feed.xml"
    feed.write_text("""<rss version="2.0"><channel><title>local</title>
<item><title>Geneva talks go into a second day</title><link>pages/geneva.html</link>
<pubDate>Wed, 18 Feb 2026 07:45:00 GMT</pubDate></item></channel></rss>""")
    summary = run(store, str(feed))
    assert summary.new_articles == 1, summary.errors
    with store.session() as s:
        feed_row = s.exec(select(Feed)).one()
    assert feed_row.url == str(feed.resolve())


def test_overlapping_runs_are_refused(server: TestServer, store: Store) -> None:
    serve_news(server)
    with ingest_lock(store), pytest.raises(StoreLocked, match="another negotrack ingest"):
        run(store, server.url("/rss2.xml"))
    assert count(store, IngestRun) == 0  # refused before touching anything
    summary = run(store, server.url("/rss2.xml"))  # the lock is free again
    assert summary.new_articles == 1


def test_pages_are_fetched_concurrently(server: TestServer, store: Store) -> None:
    """Slow pages overlap (so a run costs about its slowest responses, not their sum),
    and no more than the per-host limit go to one host at once."""
    base = server.base
    lock = threading.Lock()
    active = 0
    peak = 0

    def slow_page(n: int) -> Callable[[Request], Reply]:
        body = fixture_bytes("pages/geneva-talks.html", base).replace(
            b"second day", f"day number {n}".encode()
        )

        def route(_req: Request) -> Reply:
            nonlocal active, peak
            with lock:
                active += 1
                peak = max(peak, active)
            time.sleep(0.3)
            with lock:
                active -= 1
            return Reply(200, body, {"Content-Type": "text/html"})

        return route

    items = []
    for n in range(8):
        server.route(f"/slow/{n}", slow_page(n))
        items.append(f"<item><title>Peace talks {n}</title><link>{base}/slow/{n}</link></item>")
    server.serve(
        "/many.xml",
        '<rss version="2.0"><channel><title>m</title>' + "".join(items) + "</channel></rss>",
        "application/rss+xml",
    )
    summary = run(store, server.url("/many.xml"))
    assert summary.new_articles == 8
    assert 2 <= peak <= FAST.per_host


def test_interrupted_run_keeps_committed_articles(server: TestServer, store: Store) -> None:
    """A run that dies mid-way keeps what it committed; the next run does the rest."""
    base = server.base
    items = []
    for n in range(6):
        page = fixture_bytes("pages/geneva-talks.html", base).replace(
            b"six-hour", f"{n}-hour".encode()
        )
        server.route(f"/p/{n}", Reply(200, page, {"Content-Type": "text/html"}))
        items.append(f"<item><title>Talks round {n}</title><link>{base}/p/{n}</link></item>")
    server.serve(
        "/six.xml",
        '<rss version="2.0"><channel><title>s</title>' + "".join(items) + "</channel></rss>",
        "application/rss+xml",
    )
    calls = 0

    def boom(event: object) -> None:
        nonlocal calls
        if getattr(event, "kind", "") == "page":
            calls += 1
            if calls == 3:
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(store, server.url("/six.xml"), progress=boom, workers=1)
    assert integrity_ok(store)
    kept = count(store, Article)
    assert 3 <= kept < 6
    summary = run(store, server.url("/six.xml"))
    assert summary.new_articles == 6 - kept
    assert count(store, Article) == 6


def test_wait_for_lock(server: TestServer, store: Store) -> None:
    serve_news(server)
    release = threading.Event()

    def hold() -> None:
        with ingest_lock(store):
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    time.sleep(0.2)
    threading.Timer(0.5, release.set).start()
    summary = run(store, server.url("/rss2.xml"), wait_for_lock=True)
    t.join()
    assert summary.new_articles == 1
