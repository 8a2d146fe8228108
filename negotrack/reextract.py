"""Read the rounds again out of every stored article, after the rules or knowledge changed.

Articles are not touched. The whole rebuild is one transaction: if it is interrupted, the
store keeps the rounds it had.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC

from sqlalchemy import func
from sqlmodel import Session, col, select

from negotrack.knowledge import KnowledgeBase
from negotrack.parallel import Extraction, TextJob
from negotrack.rounds.model import RoundMention
from negotrack.store import rounds as store_rounds
from negotrack.store.db import Store
from negotrack.store.lock import ingest_lock
from negotrack.store.models import Article

Found = list[tuple[int, tuple[RoundMention, ...]]]


@dataclass(frozen=True)
class ReextractSummary:
    articles: int
    mentions: int
    rounds: int


def _batches(session: Session, batch: int) -> Iterator[list[TextJob]]:
    """The stored texts in id order, a batch at a time (never the whole table in memory)."""
    last_id = 0
    while True:
        rows = session.exec(
            select(Article.id, Article.text, Article.title, Article.published_at)
            .where(col(Article.id) > last_id, col(Article.text).is_not(None))
            .order_by(col(Article.id))
            .limit(batch)
        ).all()
        if not rows:
            return
        yield [
            TextJob(a_id, text, title, published.replace(tzinfo=UTC) if published else None)
            for a_id, text, title, published in rows
            if a_id is not None and text is not None
        ]
        last_id = rows[-1][0] or last_id


def reextract(
    store: Store,
    kb: KnowledgeBase,
    *,
    wait_for_lock: bool = False,
    progress: Callable[[int], None] | None = None,
    batch: int = 500,
    processes: int | None = None,
) -> ReextractSummary:
    """Read every stored article's rounds again and rebuild all rounds.

    Extraction runs in worker processes for a large store (``processes`` as in
    ``negotrack.parallel.Extraction``) while this thread saves the previous batch: the next
    batch is always in flight, and the saving order is the articles' order.
    """
    with (
        ingest_lock(store, wait=wait_for_lock),
        store.session() as session,
        ThreadPoolExecutor(1, thread_name_prefix="negotrack-reextract") as threads,
    ):
        extraction = Extraction(kb, threads, processes)
        try:
            total = session.exec(
                select(func.count()).select_from(Article).where(col(Article.text).is_not(None))
            ).one()
            extraction.want_processes(total)
            store_rounds.clear_mentions(session)
            conflicts: set[str] = set()
            articles = mentions = 0
            # up to two batches in flight, cut in chunks so both workers share each batch
            chunk = max(1, batch // 4)
            in_flight: list[list[Future[Found]]] = []
            for jobs in _batches(session, batch):
                in_flight.append(
                    [extraction.texts(jobs[i : i + chunk]) for i in range(0, len(jobs), chunk)]
                )
                if len(in_flight) > 1:
                    done = _save(session, in_flight.pop(0), conflicts)
                    articles, mentions = articles + done[0], mentions + done[1]
                    if progress:
                        progress(articles)
            for futures in in_flight:
                done = _save(session, futures, conflicts)
                articles, mentions = articles + done[0], mentions + done[1]
                if progress:
                    progress(articles)
        finally:
            extraction.close()
        rounds = sum(store_rounds.rebuild_conflict(session, c) for c in sorted(conflicts))
        session.commit()
    return ReextractSummary(articles, mentions, rounds)


def _save(session: Session, futures: list[Future[Found]], conflicts: set[str]) -> tuple[int, int]:
    articles = mentions = 0
    for future in futures:
        for article_id, found in future.result():
            conflicts |= store_rounds.save_mentions(session, article_id, found)
            articles += 1
            mentions += len(found)
    session.flush()
    session.expunge_all()
    return articles, mentions
