"""One ingest run: feeds -> items -> pages -> articles -> round mentions -> rounds.

Orchestration only. Downloads run in a bounded pool of worker threads (the fetcher adds a
per-host limit); extraction of each downloaded page then runs in those threads for a small
run, or in worker processes on every core for a large one (``negotrack.parallel``). Every
write happens here, on the calling thread, one article per transaction, so a crash or
Ctrl-C loses at most the article in flight and the next run carries on where this one
stopped.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from sqlmodel import Session

from negotrack.errors import ExitCode, FetchError
from negotrack.feed_parser import FeedItem, ParsedFeed, parse_feed
from negotrack.fetch import Fetcher, FetchPolicy, Response, RetryLater, file_url_path, read_local
from negotrack.knowledge import KnowledgeBase
from negotrack.parallel import Extraction, PageExtraction
from negotrack.relevance import judge_item
from negotrack.rounds.model import RoundMention
from negotrack.store import articles as store_articles
from negotrack.store import feeds as store_feeds
from negotrack.store import rounds as store_rounds
from negotrack.store.db import Store, utcnow
from negotrack.store.lock import ingest_lock
from negotrack.store.models import Article, Feed, IngestRun

if TYPE_CHECKING:  # trafilatura is imported where pages are read, not here
    from negotrack.article_extractor import ExtractedArticle

# Stored pages are committed in groups, not one by one: in a big store each commit rewrote
# the table and index pages it touched into the WAL, and committing every page cost more
# than storing it. A group is committed after this many pages or seconds, before a feed's
# items are looked up (so they see every page stored), and at the end of the run. A crash
# loses at most the group in flight, whose pages the next run fetches again; an interrupted
# run (Ctrl-C) commits the pages it had finished.
COMMIT_PAGES = 50
COMMIT_SECONDS = 1.0

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
EventKind = Literal["feeds", "feed", "pages", "page"]


@dataclass(frozen=True)
class IngestEvent:
    """Progress: ``feeds``/``pages`` announce how many are coming, ``feed``/``page`` one done."""

    kind: EventKind
    count: int = 0
    url: str = ""


Progress = Callable[[IngestEvent], None]


@dataclass
class IngestSummary:
    run_id: int
    feeds_checked: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    feeds_deferred: int = 0
    new_articles: int = 0
    duplicates: int = 0
    skipped: int = 0
    pages_failed: int = 0
    rounds: int = 0  # rounds of the conflicts this run touched, after merging
    errors: list[str] = field(default_factory=list)  # "URL: reason", one per failure
    seconds: float = 0.0

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.PARTIAL if self.feeds_failed or self.pages_failed else ExitCode.OK

    def line(self) -> str:
        """The one line cron mails: counts and time."""
        return (
            f"feeds: {self.feeds_checked} checked, {self.feeds_not_modified} not modified, "
            f"{self.feeds_failed} failed, {self.feeds_deferred} deferred; "
            f"articles: {self.new_articles} new, {self.duplicates} duplicate, "
            f"{self.skipped} skipped, {self.pages_failed} failed; "
            f"{self.seconds:.1f}s"
        )


@dataclass(frozen=True)
class _FeedJob:
    feed_id: int
    url: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class _FeedResult:
    job: _FeedJob
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    parsed: ParsedFeed | None = None
    max_age: float | None = None
    error: FetchError | None = None


@dataclass(frozen=True)
class _PageJob:
    feed_id: int
    item: FeedItem
    link: str
    local: bool  # the feed is a local file the user named: file links are allowed


@dataclass(frozen=True)
class _Fetched:
    job: _PageJob
    response: Response | None = None
    error: str | None = None


@dataclass(frozen=True)
class _PageResult:
    job: _PageJob
    final_url: str = ""
    html: bytes = b""
    article: ExtractedArticle | None = None
    mentions: tuple[RoundMention, ...] = ()
    error: str | None = None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _naive_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


class _Run:
    def __init__(
        self,
        store: Store,
        kb: KnowledgeBase,
        fetcher: Fetcher,
        *,
        fetch_all: bool,
        progress: Progress | None,
        workers: int,
        processes: int | None,
        rng: random.Random,
    ) -> None:
        self.store = store
        self.kb = kb
        self.fetcher = fetcher
        self.fetch_all = fetch_all
        self.progress = progress or (lambda _event: None)
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="negotrack")
        # Extraction threads of their own: downloads queued behind a slow host's per-host
        # limit must not hold back the pages already downloaded (and so their commits).
        self.extract_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="negotrack-x")
        self.extraction = Extraction(kb, self.extract_pool, processes)
        self.pages_queued = 0
        self.rng = rng
        self.pending: set[Future[Any]] = set()
        # extraction futures -> the page they read
        self.extracting: dict[Future[PageExtraction], _Fetched] = {}
        # links being downloaded in this run -> items of other feeds waiting for them
        self.in_flight: dict[str, list[tuple[int, FeedItem]]] = {}
        self.conflicts: set[str] = set()
        # the open group of stored pages: its session, what closes it, when it was opened
        self.group: tuple[Session, ExitStack, float] | None = None
        self.grouped = 0
        self.group_whole = True

    # -- workers (no store access here) -------------------------------------------------

    def _fetch_feed(self, job: _FeedJob) -> _FeedResult:
        policy = self.fetcher.policy
        try:
            path = file_url_path(job.url) if "://" in job.url else Path(job.url)
            if path is not None:
                resp = read_local(path, max_bytes=policy.max_feed_bytes)
            else:
                resp = self.fetcher.get(
                    job.url,
                    max_bytes=policy.max_feed_bytes,
                    etag=job.etag,
                    last_modified=job.last_modified,
                    accept=FEED_ACCEPT,
                )
        except FetchError as exc:
            return _FeedResult(job, error=exc)
        if resp.not_modified:
            return _FeedResult(job, 304, dict(resp.headers), max_age=resp.max_age())
        parsed = parse_feed(resp.content, resp.url, dict(resp.headers))
        return _FeedResult(job, 200, dict(resp.headers), parsed, resp.max_age())

    def _fetch_page(self, job: _PageJob) -> _Fetched:
        policy = self.fetcher.policy
        try:
            path = file_url_path(job.link)
            if path is not None:
                if not job.local:  # a remote feed never makes us read a local file
                    return _Fetched(job, error="a remote feed linked to a local file")
                resp = read_local(path, max_bytes=policy.max_page_bytes)
            else:
                resp = self.fetcher.get(
                    job.link, max_bytes=policy.max_page_bytes, accept="text/html, */*;q=0.5"
                )
        except FetchError as exc:
            return _Fetched(job, error=exc.reason)
        return _Fetched(job, resp)

    # -- the run ------------------------------------------------------------------------

    def run(self, feed_ids: Sequence[int], summary: IngestSummary) -> None:
        now = utcnow()
        jobs: list[_FeedJob] = []
        with self.store.session() as session:
            for feed_id in feed_ids:
                feed = session.get(Feed, feed_id)
                assert feed is not None
                if feed.next_check_after and feed.next_check_after > now:
                    summary.feeds_deferred += 1
                    continue
                assert feed.id is not None
                jobs.append(_FeedJob(feed.id, feed.url, feed.etag, feed.last_modified))
        self.progress(IngestEvent("feeds", len(jobs)))
        for job in jobs:
            self.pending.add(self.pool.submit(self._fetch_feed, job))
        try:
            while self.pending:
                timeout = None if self.group is None else COMMIT_SECONDS
                done, self.pending = wait(self.pending, timeout, return_when=FIRST_COMPLETED)
                if not done:  # nothing came for a while: don't keep stored pages waiting
                    self._commit_group()
                for future in done:
                    fetched = self.extracting.pop(future, None)
                    if fetched is not None:
                        page = self._read(fetched, future)
                        if page is not None:
                            self._page_done(page, summary)
                        continue
                    result = future.result()
                    if isinstance(result, _FeedResult):
                        self._feed_done(result, summary)
                    elif result.response is None:
                        self._page_done(_PageResult(result.job, error=result.error), summary)
                    else:
                        self._extract(result)
        finally:
            # A group is whole between pages: commit it, even when the run is interrupted;
            # one broken in the middle of a page is dropped, its pages fetched next time.
            if self.group_whole:
                self._commit_group()
            self._drop_group()
            self.extraction.close()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.extract_pool.shutdown(wait=True, cancel_futures=True)

    def _extract(self, fetched: _Fetched) -> None:
        resp, item = fetched.response, fetched.job.item
        assert resp is not None
        # the whole Content-Type: its charset parameter decides how the page is decoded
        content_type = resp.headers.get("content-type", "")
        future = self.extraction.page(
            resp.content, resp.url, content_type, item.title, _aware(item.published)
        )
        self.extracting[future] = fetched
        self.pending.add(future)

    def _read(self, fetched: _Fetched, future: Future[PageExtraction]) -> _PageResult | None:
        """The extracted page; None when its worker process died and it was sent again."""
        resp = fetched.response
        assert resp is not None
        try:
            found = future.result()
        except BrokenProcessPool:  # killed or out of memory: the threads take over
            self.extraction.lost_workers()
            self._extract(fetched)
            return None
        return _PageResult(fetched.job, resp.url, resp.content, found.article, found.mentions)

    def _group_session(self) -> Session:
        if self.group is None:
            stack = ExitStack()
            session = stack.enter_context(self.store.session())
            self.group = (session, stack, time.monotonic())
            self.grouped = 0
        return self.group[0]

    def _commit_group(self) -> None:
        if self.group is not None:
            self.group[0].commit()
            self._drop_group()

    def _drop_group(self) -> None:
        if self.group is not None:
            self.group[1].close()  # rolls back what was not committed
            self.group = None

    def _feed_done(self, result: _FeedResult, summary: IngestSummary) -> None:
        self._commit_group()  # the feed's items are looked up against every stored page
        job = result.job
        now = utcnow()
        summary.feeds_checked += 1
        new_jobs: list[_PageJob] = []
        with self.store.session() as session:
            feed = session.get(Feed, job.feed_id)
            assert feed is not None
            if result.error is not None:
                err = result.error
                summary.feeds_failed += 1
                summary.errors.append(f"{job.url}: {err.reason}")
                store_feeds.record_failure(
                    feed,
                    now,
                    status=str(err.status) if err.status else "error",
                    error=err.reason,
                    retry_after=err.retry_after if isinstance(err, RetryLater) else None,
                    rng=self.rng,
                )
            elif result.status == 304:
                summary.feeds_not_modified += 1
                store_feeds.record_success(
                    feed, now, status=304, etag=None, last_modified=None, max_age=result.max_age
                )
            else:
                parsed = result.parsed
                assert parsed is not None
                # an empty feed that parsed cleanly is fine; empty and broken is a failure
                if not parsed.items and parsed.problem:
                    problem = parsed.problem
                    summary.feeds_failed += 1
                    summary.errors.append(f"{job.url}: {problem}")
                    store_feeds.record_failure(
                        feed,
                        now,
                        status="unparseable",
                        error=problem,
                        retry_after=None,
                        rng=self.rng,
                    )
                else:
                    store_feeds.record_success(
                        feed,
                        now,
                        status=200,
                        etag=result.headers.get("etag"),
                        last_modified=result.headers.get("last-modified"),
                        max_age=result.max_age,
                        title=parsed.title,
                        bozo=parsed.bozo,
                        problem=parsed.problem,
                    )
                    local = store_feeds.is_local(job.url)
                    new_jobs = self._triage(session, job.feed_id, parsed.items, local, summary, now)
            session.add(feed)
            session.commit()
        self.progress(IngestEvent("feed", url=job.url))
        if new_jobs:
            self.progress(IngestEvent("pages", len(new_jobs)))
            self.pages_queued += len(new_jobs)
            self.extraction.want_processes(self.pages_queued)
        for page_job in new_jobs:
            self.pending.add(self.pool.submit(self._fetch_page, page_job))

    def _triage(
        self,
        session: Session,
        feed_id: int,
        items: list[FeedItem],
        local: bool,
        summary: IngestSummary,
        now: datetime,
    ) -> list[_PageJob]:
        """Decide for each item of a feed: known, duplicate, skipped, or to download."""
        jobs: list[_PageJob] = []
        seen_keys: set[str] = set()
        # No autoflush: each lookup would otherwise flush the row recorded for the item
        # before, one flush per item (most of the time of a 10,000-item feed). Each key is
        # recorded at most once here (seen_keys), so no lookup needs those pending rows.
        with session.no_autoflush:
            seen_keys |= store_articles.settled_keys(session, feed_id, [i.key for i in items])
            for item in items:
                if item.key in seen_keys:
                    continue  # settled in an earlier run, or listed twice in this feed
                seen_keys.add(item.key)
                link = item.link

                if not link:
                    summary.skipped += 1
                    _record(session, feed_id, item, "skipped", "the item has no link", now)
                    continue
                scheme = urlsplit(link).scheme.lower()
                if scheme not in ("http", "https") and not (local and scheme == "file"):
                    summary.skipped += 1
                    reason = f"not an http(s) link ({scheme or 'relative'}:)"
                    _record(session, feed_id, item, "skipped", reason, now)
                    continue
                existing = store_articles.article_for(session, url=link, guid=item.guid)
                if existing is not None:
                    summary.duplicates += 1
                    store_articles.add_link(session, existing, link, item.guid, feed_id, now)
                    session.flush()  # a later item with the same link must see this one
                    _record(session, feed_id, item, "duplicate", "already stored", now, existing)
                    continue
                if link in self.in_flight:
                    self.in_flight[link].append((feed_id, item))
                    continue
                if not self.fetch_all:
                    relevant, why = judge_item(item.title or "", item.summary or "", self.kb)
                    if not relevant:
                        summary.skipped += 1
                        _record(session, feed_id, item, "skipped", why, now)
                        continue
                self.in_flight[link] = []
                jobs.append(_PageJob(feed_id, item, link, local))
        return jobs

    def _page_done(self, result: _PageResult, summary: IngestSummary) -> None:
        job = result.job
        item = job.item
        now = utcnow()
        waiting = self.in_flight.pop(job.link, [])
        session = self._group_session()
        self.group_whole = False
        article_id: int | None = None
        if result.error is not None or result.article is None:
            failure = result.error or "no article"
            summary.pages_failed += 1
            summary.errors.append(f"{job.link}: {failure}")
            store_articles.record_item(
                session,
                job.feed_id,
                item.key,
                link=job.link,
                title=item.title,
                status="failed",
                reason=failure,
                now=now,
            )
        else:
            article_id, status, reason = self._store_article(session, result, now)
            if status == "duplicate":
                summary.duplicates += 1
            else:
                summary.new_articles += 1
            store_articles.record_item(
                session,
                job.feed_id,
                item.key,
                link=job.link,
                title=item.title,
                status=status,
                reason=reason,
                now=now,
                article_id=article_id,
            )
        for feed_id, other in waiting:
            if article_id is not None:
                summary.duplicates += 1
                store_articles.add_link(session, article_id, job.link, other.guid, feed_id, now)
            store_articles.record_item(
                session,
                feed_id,
                other.key,
                link=other.link,
                title=other.title,
                status="duplicate" if article_id is not None else "failed",
                reason="listed by another feed in this run",
                now=now,
                article_id=article_id,
            )
        self.group_whole = True
        self.grouped += 1
        assert self.group is not None
        if self.grouped >= COMMIT_PAGES or time.monotonic() - self.group[2] >= COMMIT_SECONDS:
            self._commit_group()
        self.progress(IngestEvent("page", url=job.link))

    def _store_article(
        self, session: Session, result: _PageResult, now: datetime
    ) -> tuple[int, str, str | None]:
        job, extracted = result.job, result.article
        assert extracted is not None
        item = job.item
        urls = [u for u in (result.final_url, extracted.canonical_url) if u and u != job.link]
        # the page redirected, or names a canonical URL, that we already hold
        for url in urls:
            existing = store_articles.article_for(session, url=url)
            if existing is not None:
                store_articles.add_link(session, existing, job.link, item.guid, job.feed_id, now)
                return existing, "duplicate", f"same page as {url}"
        if extracted.content_hash:
            existing = store_articles.article_by_hash(session, extracted.content_hash)
            if existing is not None:  # a syndicated copy: same text, other URL
                store_articles.add_link(session, existing, job.link, item.guid, job.feed_id, now)
                return existing, "duplicate", "same text as a stored article"
        published = _naive_utc(_aware(item.published) or extracted.published)
        article = Article(
            url=job.link,
            canonical_url=extracted.canonical_url,
            guid=item.guid,
            feed_id=job.feed_id,
            title=item.title or extracted.title,
            outlet=extracted.outlet,
            published_at=published,
            fetched_at=now,
            text=extracted.text,
            content_hash=extracted.content_hash,
            language=extracted.language,
            html_z=store_articles.compress(result.html),
            extraction_status=extracted.status,
        )
        session.add(article)
        session.flush()
        assert article.id is not None
        store_articles.add_link(session, article.id, job.link, item.guid, job.feed_id, now)
        for url in urls:
            store_articles.add_link(session, article.id, url, None, job.feed_id, now)
        self.conflicts.update(store_rounds.save_mentions(session, article.id, result.mentions))
        reason = None if extracted.status == "ok" else f"extraction: {extracted.status}"
        return article.id, "stored", reason


def _record(
    session: Session,
    feed_id: int,
    item: FeedItem,
    status: str,
    reason: str,
    now: datetime,
    article_id: int | None = None,
) -> None:
    store_articles.record_item(
        session,
        feed_id,
        item.key,
        link=item.link,
        title=item.title,
        status=status,
        reason=reason,
        now=now,
        article_id=article_id,
    )


def register_feeds(store: Store, locations: Sequence[str]) -> list[int]:
    """Feeds named on the command line are recorded like subscribed ones."""
    with store.session() as session:
        ids = []
        for location in locations:
            feed = store_feeds.get_or_create(session, store_feeds.normalise_location(location))
            assert feed.id is not None
            ids.append(feed.id)
        session.commit()
    return list(dict.fromkeys(ids))


def subscribed_feed_ids(store: Store) -> list[int]:
    return [f.id for f in store_feeds.list_feeds(store, all_feeds=False) if f.id is not None]


def ingest(
    store: Store,
    kb: KnowledgeBase,
    *,
    feeds: Sequence[str] = (),
    fetch_all: bool = False,
    wait_for_lock: bool = False,
    policy: FetchPolicy | None = None,
    progress: Progress | None = None,
    workers: int = 8,
    processes: int | None = None,
    rng: random.Random | None = None,
) -> IngestSummary:
    """Poll the given feeds (else the subscribed ones) and store what is new.

    ``processes``: worker processes for extraction; None lets the size of the run decide,
    0 keeps everything in threads (see ``negotrack.parallel.Extraction``).
    Raises StoreLocked when another ingest holds the store (unless ``wait_for_lock``).
    """
    with ingest_lock(store, wait=wait_for_lock):
        started = time.monotonic()
        feed_ids = register_feeds(store, feeds) if feeds else subscribed_feed_ids(store)
        with store.session() as session:
            run_row = IngestRun(started_at=utcnow())
            session.add(run_row)
            session.commit()
            assert run_row.id is not None
        summary = IngestSummary(run_id=run_row.id)
        # rounds left unmerged by an interrupted run are merged first
        store_rounds.merge_pending(store)
        with Fetcher(policy) as fetcher:
            run = _Run(
                store,
                kb,
                fetcher,
                fetch_all=fetch_all,
                progress=progress,
                workers=workers,
                processes=processes,
                rng=rng or random.Random(),
            )
            try:
                run.run(feed_ids, summary)
            finally:
                summary.rounds = store_rounds.merge_pending(store)
                summary.seconds = time.monotonic() - started
                with store.session() as session:
                    row = session.get(IngestRun, run_row.id)
                    assert row is not None
                    row.finished_at = utcnow()
                    for name in (
                        "feeds_checked",
                        "feeds_not_modified",
                        "feeds_failed",
                        "feeds_deferred",
                        "new_articles",
                        "duplicates",
                        "skipped",
                        "pages_failed",
                    ):
                        setattr(row, name, getattr(summary, name))
                    row.errors = json.dumps(summary.errors[:1000])
                    row.exit_code = int(summary.exit_code)
                    session.add(row)
                    session.commit()
        return summary
