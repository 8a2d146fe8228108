"""Real corpora (../shared/corpora) through the whole pipeline, in one run each.

A deterministic sample keeps CI quick; bench/corpora.py runs them whole and times them.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from negotrack.article_extractor import extract_article
from negotrack.errors import ExitCode
from negotrack.knowledge import default_knowledge
from negotrack.rounds.extract import extract_mentions
from negotrack.store.db import Store, integrity_ok
from negotrack.store.models import Article, Feed, FeedItem, RoundRow
from tests.robustness.conftest import run
from tests.robustness.corpora_lib import (
    feedparser_files,
    serve_feedparser,
    serve_trafilatura,
    trafilatura_pages,
)
from tests.server import TestServer

pytestmark = pytest.mark.corpus


def test_feedparser_corpus_in_one_run(corpora: Path, server: TestServer, store: Store) -> None:
    files = feedparser_files(corpora, sample=True)
    urls = serve_feedparser(server, files)
    started = time.monotonic()
    summary = run(store, *urls)
    elapsed = time.monotonic() - started
    assert summary.exit_code in (ExitCode.OK, ExitCode.PARTIAL)
    assert summary.feeds_checked == len(urls)
    assert elapsed < 60, f"{len(urls)} feeds took {elapsed:.0f}s"
    assert integrity_ok(store)
    with store.session() as s:
        feeds = {f.url: f for f in s.exec(select(Feed))}
        n_items = s.exec(select(func.count()).select_from(FeedItem)).one()
    assert len(feeds) == len(urls)
    # every feed's state says what happened: checked, with a status and, if bad, why
    for url in urls:
        state = feeds[url]
        assert state.last_checked is not None and state.last_status
        if state.last_status != "200":
            assert state.last_error, url
    # the ill-formed ones are known as such, and most of the well-formed ones gave items
    by_path = dict(zip(urls, files, strict=True))
    illformed = [u for u in urls if "illformed" in by_path[u].parts]
    assert any(feeds[u].bozo or feeds[u].last_error for u in illformed)
    # most files test channel fields and list no item; those with items gave them
    assert n_items >= 30
    assert sum(f.last_status == "200" for f in feeds.values()) >= len(urls) * 0.8
    # charsets announced only in the HTTP header were honoured
    latin = [u for u in urls if by_path[u].name == "http_i18n.xml"]
    for url in latin:
        assert feeds[url].last_status == "200"


def test_trafilatura_pages_fetch_all(corpora: Path, server: TestServer, store: Store) -> None:
    pages = trafilatura_pages(corpora, every=25)
    feed = serve_trafilatura(server, pages)
    started = time.monotonic()
    summary = run(store, feed, fetch_all=True, policy=None)
    elapsed = time.monotonic() - started
    assert summary.exit_code == ExitCode.OK, summary.errors[:5]
    assert elapsed < 60, f"{len(pages)} pages took {elapsed:.0f}s"
    assert integrity_ok(store)
    with store.session() as s:
        items = list(s.exec(select(FeedItem)))
        statuses = dict(
            s.exec(
                select(Article.extraction_status, func.count()).group_by(
                    col(Article.extraction_status)
                )
            ).all()
        )
        rounds = list(s.exec(select(RoundRow)))
    # every page recorded, each with what came of it
    assert len(items) == len(pages)
    assert all(i.status in ("stored", "duplicate") for i in items), [
        (i.link, i.status, i.reason) for i in items if i.status not in ("stored", "duplicate")
    ]
    assert statuses.get("ok", 0) >= len(pages) * 0.8, statuses
    # these are pages about anything but peace talks: almost no round may come out of them
    assert len(rounds) <= 2, [(r.id, r.n_sources) for r in rounds]


def test_trafilatura_pages_speak_of_no_round(corpora: Path) -> None:
    """Pages about anything but peace talks, read as ingest reads them: no round comes out.

    Each page is read twice: under its own title, and as if a feed had filed it under a
    conflict's headline, so that the sentences alone must tell that they are no round.
    """
    kb = default_knowledge()
    headlines = [f"{c.name}: latest news" for c in kb.conflicts]
    fallback = datetime(2025, 6, 1, tzinfo=UTC)
    pages = trafilatura_pages(corpora, every=2)
    found = []
    read = 0
    for n, path in enumerate(pages):
        article = extract_article(path.read_bytes(), f"http://corpus.test/{n}", "text/html")
        if not article.text:
            continue
        read += 1
        published = article.published or fallback
        for title in (article.title, headlines[n % len(headlines)]):
            for mention in extract_mentions(article.text, title, published, kb):
                found.append((path.name, title, mention.conflict, mention.claims[0].sentence))
    assert read >= len(pages) * 0.9
    # measured: none; a floor that may only go down
    assert found == []
