"""Articles, the links that lead to them, and the record of every feed item seen."""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from negotrack.store.db import Store, chunks
from negotrack.store.models import Article, ArticleLink, Feed, FeedItem


def settled_keys(session: Session, feed_id: int, keys: Sequence[str]) -> set[str]:
    """The keys this feed listed before that need nothing more (failed ones are retried).

    Looked up in batches, so a feed of 10,000 known items costs 20 queries, not 10,000.
    """
    settled: set[str] = set()
    for chunk in chunks(keys):
        settled.update(
            session.exec(
                select(FeedItem.item_key).where(
                    FeedItem.feed_id == feed_id,
                    col(FeedItem.item_key).in_(chunk),
                    FeedItem.status != "failed",
                )
            )
        )
    return settled


def article_for(session: Session, *, url: str | None = None, guid: str | None = None) -> int | None:
    """The article a URL or GUID already leads to."""
    if url:
        found = session.exec(select(ArticleLink.article_id).where(ArticleLink.url == url)).first()
        if found is not None:
            return found
    if guid:
        found = session.exec(select(ArticleLink.article_id).where(ArticleLink.guid == guid)).first()
        if found is not None:
            return found
    return None


def article_by_hash(session: Session, digest: str) -> int | None:
    return session.exec(select(Article.id).where(Article.content_hash == digest)).first()


def add_link(
    session: Session,
    article_id: int,
    url: str,
    guid: str | None,
    feed_id: int | None,
    now: datetime,
) -> None:
    """Record that ``url`` leads to the article (no-op when it is already known)."""
    if session.exec(select(ArticleLink.id).where(ArticleLink.url == url)).first() is None:
        session.add(
            ArticleLink(article_id=article_id, url=url, guid=guid, feed_id=feed_id, first_seen=now)
        )


def record_item(
    session: Session,
    feed_id: int,
    key: str,
    *,
    link: str | None,
    title: str | None,
    status: str,
    reason: str | None,
    now: datetime,
    article_id: int | None = None,
) -> None:
    item = session.exec(
        select(FeedItem).where(FeedItem.feed_id == feed_id, FeedItem.item_key == key)
    ).first()
    if item is None:
        item = FeedItem(feed_id=feed_id, item_key=key, first_seen=now, last_seen=now, status=status)
    item.link, item.title, item.status, item.reason = link, title, status, reason
    item.article_id = article_id
    item.last_seen = now
    session.add(item)


def compress(html: bytes) -> bytes:
    return zlib.compress(html, 6)


def decompress(blob: bytes) -> bytes:
    return zlib.decompress(blob)


@dataclass(frozen=True)
class ArticleRow:
    id: int
    url: str
    title: str | None
    outlet: str | None
    published: datetime | None
    fetched: datetime
    feed: str | None


def iter_articles(store: Store, batch: int = 1000) -> Iterator[ArticleRow]:
    """Every article, oldest first, streamed in batches (never the whole table in memory)."""
    last_id = 0
    with store.session() as session:
        while True:
            rows = session.execute(
                sa_select(
                    col(Article.id),
                    col(Article.url),
                    col(Article.title),
                    col(Article.outlet),
                    col(Article.published_at),
                    col(Article.fetched_at),
                    col(Feed.url),
                )
                .outerjoin(Feed, col(Feed.id) == col(Article.feed_id))
                .where(col(Article.id) > last_id)
                .order_by(col(Article.id))
                .limit(batch)
            ).all()
            if not rows:
                return
            for row in rows:
                yield ArticleRow(*row)
            last_id = rows[-1][0]
            session.expunge_all()
