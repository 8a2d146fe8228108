"""The CPU-bound half of an ingest or a reextract, on every core.

Reading a page (trafilatura) and reading the rounds out of its text (``rounds.extract``) are
pure Python and hold the GIL, so threads run them one at a time. An ``Extraction`` runs them
in the caller's threads for small jobs and in a pool of worker processes for large ones,
where starting the workers (about a second: each imports trafilatura) is repaid many times.
Both paths call the same pure functions, so the results are the same; only the time differs.
The workers are started by a background thread while the first downloads are under way;
pages wait for them rather than being read in threads meanwhile, as CPU-bound threads would
starve the start-up of the GIL (measured: seconds instead of half a second). If the workers
cannot start, or die, the threads extract everything left.

Workers never touch the store: they receive bytes or text and return extracted values, and
the caller's thread stays the only writer. They are started with ``forkserver`` where the
platform has it (a fork of a clean server process that has already imported the extraction
modules, never a fork of a process holding threads and open sockets), else ``spawn``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from negotrack.article_extractor import ExtractedArticle
    from negotrack.knowledge import KnowledgeBase
    from negotrack.rounds.model import RoundMention

# Below this many items a job stays in threads. Starting two workers cost about a second
# (quiet 2-core machine), and a page about 45 ms of extraction, so the second core pays for
# the start-up from about 40 pages on; not tuned finer than that.
PROCESS_THRESHOLD = 48

# Modules the forkserver imports once, so that each forked worker starts with them loaded.
# (Each worker still imports the caller's main script anew, as multiprocessing does for every
# spawned child: for the `negotrack` command that is the light CLI module, whose commands
# import what they need only when run.)
_PRELOAD = ["negotrack.article_extractor", "negotrack.rounds.extract", "negotrack.knowledge"]


@dataclass(frozen=True)
class PageExtraction:
    article: ExtractedArticle
    mentions: tuple[RoundMention, ...]


@dataclass(frozen=True)
class TextJob:
    """One stored article to read the rounds from again (reextract)."""

    article_id: int
    text: str
    title: str | None
    published: datetime | None  # aware UTC, or None


def extract_page(
    content: bytes,
    url: str,
    content_type: str,
    item_title: str | None,
    item_published: datetime | None,
    kb: KnowledgeBase,
) -> PageExtraction:
    """A downloaded page -> its article and the rounds it mentions (pure)."""
    from negotrack.article_extractor import extract_article
    from negotrack.rounds.extract import extract_mentions

    article = extract_article(content, url, content_type)
    mentions: tuple[RoundMention, ...] = ()
    if article.text:
        # the feed's date and title win over the page's: they are what the outlet announced
        published = item_published or article.published
        title = item_title or article.title
        mentions = tuple(extract_mentions(article.text, title, published, kb))
    return PageExtraction(article, mentions)


def extract_texts(
    jobs: Sequence[TextJob], kb: KnowledgeBase
) -> list[tuple[int, tuple[RoundMention, ...]]]:
    """Stored texts -> (article id, mentions), in order (pure)."""
    from negotrack.rounds.extract import extract_mentions

    return [(j.article_id, tuple(extract_mentions(j.text, j.title, j.published, kb))) for j in jobs]


# -- inside a worker process ------------------------------------------------------------

_worker_kb: KnowledgeBase | None = None


def _init_worker(kb: KnowledgeBase) -> None:
    # The knowledge base crosses over once per worker, not once per page.
    global _worker_kb
    _worker_kb = kb


def _worker_ready() -> bool:
    return _worker_kb is not None


def _worker_page(
    content: bytes,
    url: str,
    content_type: str,
    item_title: str | None,
    item_published: datetime | None,
) -> PageExtraction:
    assert _worker_kb is not None
    return extract_page(content, url, content_type, item_title, item_published, _worker_kb)


def _worker_texts(jobs: Sequence[TextJob]) -> list[tuple[int, tuple[RoundMention, ...]]]:
    assert _worker_kb is not None
    return extract_texts(jobs, _worker_kb)


# -- in the calling process -------------------------------------------------------------


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class Extraction:
    """Where extraction runs: ``fallback`` (the caller's thread pool) or worker processes.

    ``processes``: None decides by size (workers once ``want_processes`` is told of at least
    ``PROCESS_THRESHOLD`` items, and only with more than one core); 0 never starts workers;
    a positive number starts that many as soon as there is work.
    """

    def __init__(self, kb: KnowledgeBase, fallback: Executor, processes: int | None) -> None:
        self.kb = kb
        self.fallback = fallback
        self.processes = processes
        # set by the starter thread once every worker answered; read by the caller's thread
        self._pool: ProcessPoolExecutor | None = None
        self._starter: threading.Thread | None = None
        self._closing = threading.Event()

    @property
    def in_processes(self) -> bool:
        return self._pool is not None

    def want_processes(self, items: int) -> None:
        """The job has (at least) ``items`` items: start workers if that makes it faster."""
        if self._starter is not None or self.processes == 0:
            return
        if self.processes is None:
            cores = usable_cores()
            if cores < 2 or items < PROCESS_THRESHOLD:
                return
            count = cores
        else:
            count = self.processes
        self._starter = threading.Thread(
            target=self._start, args=(count,), name="negotrack-workers", daemon=True
        )
        self._starter.start()

    def wait_for_workers(self) -> bool:
        """Block until the workers are up (or failed to start); True when they are."""
        if self._starter is not None:
            self._starter.join()
        return self._pool is not None

    def _start(self, count: int) -> None:
        # Starting a worker blocks until the forkserver has imported the extraction
        # modules: that wait happens here, not on the caller's thread.
        pool = ProcessPoolExecutor(
            max_workers=count,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.kb,),
        )
        try:
            ready = [pool.submit(_worker_ready) for _ in range(count)]
            for future in ready:
                future.result()
        except (BrokenProcessPool, OSError):  # no workers here: the threads carry on
            pool.shutdown(wait=False, cancel_futures=True)
            return
        if self._closing.is_set():
            pool.shutdown(wait=True)
            return
        self._pool = pool

    def lost_workers(self) -> None:
        """A worker died (killed, out of memory): everything left is extracted in threads."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def page(
        self,
        content: bytes,
        url: str,
        content_type: str,
        item_title: str | None,
        item_published: datetime | None,
    ) -> Future[PageExtraction]:
        self.wait_for_workers()
        pool = self._pool
        if pool is not None:
            try:
                return pool.submit(
                    _worker_page, content, url, content_type, item_title, item_published
                )
            except (BrokenProcessPool, RuntimeError):
                self.lost_workers()
        return self.fallback.submit(
            extract_page, content, url, content_type, item_title, item_published, self.kb
        )

    def texts(self, jobs: Sequence[TextJob]) -> Future[list[tuple[int, tuple[RoundMention, ...]]]]:
        self.wait_for_workers()
        pool = self._pool
        if pool is not None:
            try:
                return pool.submit(_worker_texts, jobs)
            except (BrokenProcessPool, RuntimeError):
                self.lost_workers()
        return self.fallback.submit(extract_texts, jobs, self.kb)

    def close(self) -> None:
        self._closing.set()
        if self._starter is not None:
            self._starter.join()
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
