"""Read the rounds again out of every stored article, after the rules or knowledge changed.

Articles are not touched. The whole rebuild is one transaction: if it is interrupted, the
store keeps the rounds it had.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC

from sqlmodel import col, select

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.store import rounds as store_rounds
from negotrack.store.db import Store
from negotrack.store.lock import ingest_lock
from negotrack.store.models import Article


@dataclass(frozen=True)
class ReextractSummary:
    articles: int
    mentions: int
    rounds: int


def reextract(
    store: Store,
    kb: KnowledgeBase,
    *,
    wait_for_lock: bool = False,
    progress: Callable[[int], None] | None = None,
    batch: int = 500,
) -> ReextractSummary:
    with ingest_lock(store, wait=wait_for_lock), store.session() as session:
        store_rounds.clear_mentions(session)
        conflicts: set[str] = set()
        articles = mentions = 0
        last_id = 0
        while True:
            rows = session.exec(
                select(Article.id, Article.text, Article.title, Article.published_at)
                .where(col(Article.id) > last_id, col(Article.text).is_not(None))
                .order_by(col(Article.id))
                .limit(batch)
            ).all()
            if not rows:
                break
            for article_id, text, title, published in rows:
                assert article_id is not None and text is not None
                when = published.replace(tzinfo=UTC) if published else None
                found = extract_mentions(text, title, when, kb)
                conflicts |= store_rounds.save_mentions(session, article_id, found)
                mentions += len(found)
            articles += len(rows)
            last_id = rows[-1][0] or last_id
            session.flush()
            session.expunge_all()
            if progress:
                progress(articles)
        total = sum(store_rounds.rebuild_conflict(session, c) for c in sorted(conflicts))
        session.commit()
    return ReextractSummary(articles, mentions, total)
