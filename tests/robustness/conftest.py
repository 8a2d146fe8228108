"""Helpers shared by the robustness tests: a quick fetch policy, feed builders, a good feed."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

import pytest
from sqlmodel import col, select

from negotrack.fetch import FetchPolicy
from negotrack.ingest import IngestSummary, ingest
from negotrack.knowledge import default_knowledge
from negotrack.store.db import Store
from negotrack.store.models import Article, Feed, FeedItem
from tests.conftest import fixture_text
from tests.server import TestServer

# Small limits so that every misbehaving server is given up on within a few seconds.
QUICK = FetchPolicy(
    connect_timeout=2,
    read_timeout=1.5,
    total_timeout=3,
    max_feed_bytes=1 << 20,
    max_page_bytes=512 * 1024,
)
GOOD_PAGE = "/europe/geneva-talks"
CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def rss(items: Iterable[str], title: str = "Robustness") -> bytes:
    """An RSS 2.0 document around ready-made <item> elements."""
    body = "".join(items)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title>{body}</channel></rss>"
    ).encode()


def item(title: str | None, link: str | None, guid: str | None = None, summary: str = "") -> str:
    parts = []
    if title is not None:
        parts.append(f"<title>{escape(title)}</title>")
    if link is not None:
        parts.append(f"<link>{escape(link)}</link>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{escape(guid)}</guid>')
    if summary:
        parts.append(f"<description>{escape(summary)}</description>")
    return "<item>" + "".join(parts) + "</item>"


def serve_good_feed(server: TestServer) -> str:
    """A well-behaved feed with one relevant article: it must be stored whatever else fails."""
    server.serve("/good.xml", fixture_text("feeds/atom.xml", server.base), "application/atom+xml")
    server.serve(GOOD_PAGE, fixture_text("pages/geneva-talks.html", server.base))
    return server.url("/good.xml")


def run(store: Store, *feeds: str, **kw: object) -> IngestSummary:
    kw.setdefault("policy", QUICK)
    return ingest(store, default_knowledge(), feeds=feeds, **kw)  # type: ignore[arg-type]


def feed_state(store: Store, url: str) -> Feed:
    with store.session() as s:
        return s.exec(select(Feed).where(Feed.url == url)).one()


def items_of(store: Store, url: str) -> list[FeedItem]:
    with store.session() as s:
        feed = s.exec(select(Feed).where(Feed.url == url)).one()
        return list(
            s.exec(select(FeedItem).where(FeedItem.feed_id == feed.id).order_by(col(FeedItem.id)))
        )


def articles(store: Store) -> dict[str, Article]:
    with store.session() as s:
        return {a.url: a for a in s.exec(select(Article))}


def assert_good_feed_stored(store: Store, server: TestServer) -> None:
    stored = articles(store)
    assert server.url(GOOD_PAGE) in stored, "the good feed's article was not stored"
    assert feed_state(store, server.url("/good.xml")).last_status == "200"


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip(f"no corpora at {CORPORA}")
    return CORPORA
