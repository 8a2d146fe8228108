"""Extraction in worker processes gives what extraction in threads gives, and survives losing them."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from negotrack import paths
from negotrack.export import round_record
from negotrack.ingest import ingest
from negotrack.knowledge import KnowledgeBase
from negotrack.parallel import Extraction, extract_page
from negotrack.reextract import reextract
from negotrack.store.db import Store
from negotrack.store.queries import RoundFilter, query_rounds

DEMO_PAGES = paths.seeds_dir() / "demo" / "pages"


def _rounds(store: Store) -> list[str]:
    return [json.dumps(round_record(r), sort_keys=True) for r in query_rounds(store, RoundFilter())]


def test_processes_and_threads_store_the_same_rounds(tmp_path: Path, kb: KnowledgeBase) -> None:
    feed = str(paths.demo_feed_file())
    found = []
    for processes in (0, 2):
        store = Store(f"sqlite:///{tmp_path / f'p{processes}.db'}")
        try:
            summary = ingest(store, kb, feeds=[feed], processes=processes)
            assert summary.pages_failed == 0 and summary.new_articles > 0
            found.append(_rounds(store))
        finally:
            store.close()
    threads, processes_ = found
    assert threads, "the demo feed yields rounds"
    assert processes_ == threads


def test_a_page_read_in_a_worker_equals_the_same_page_read_here(kb: KnowledgeBase) -> None:
    page = DEMO_PAGES / "geneva-talks-day-one.html"
    content = page.read_bytes()
    here = extract_page(content, page.as_uri(), "text/html", None, None, kb)
    with ThreadPoolExecutor(1) as threads:
        extraction = Extraction(kb, threads, processes=1)
        try:
            extraction.want_processes(1)
            assert extraction.wait_for_workers()
            there = extraction.page(content, page.as_uri(), "text/html", None, None).result()
        finally:
            extraction.close()
    assert here.mentions, "the page reports a round"
    assert there == here


def test_lost_workers_hand_the_work_back_to_threads(kb: KnowledgeBase) -> None:
    page = DEMO_PAGES / "us-iran-talks-muscat.html"
    content = page.read_bytes()
    with ThreadPoolExecutor(1) as threads:
        extraction = Extraction(kb, threads, processes=1)
        try:
            extraction.want_processes(1)
            assert extraction.in_processes or extraction.wait_for_workers()
            extraction.lost_workers()
            assert not extraction.in_processes
            result = extraction.page(content, page.as_uri(), "text/html", None, None).result()
        finally:
            extraction.close()
    assert result.article.status == "ok"
    assert {m.conflict for m in result.mentions} == {"iran"}


def test_small_runs_never_start_workers(kb: KnowledgeBase) -> None:
    with ThreadPoolExecutor(1) as threads:
        never = Extraction(kb, threads, processes=0)
        never.want_processes(10_000)
        auto = Extraction(kb, threads, processes=None)
        auto.want_processes(3)  # far below the threshold: start-up would cost more
        assert not never.wait_for_workers()
        assert not auto.wait_for_workers()


def test_reextract_in_processes_rebuilds_the_same_rounds(tmp_path: Path, kb: KnowledgeBase) -> None:
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest(store, kb, feeds=[str(paths.demo_feed_file())], processes=0)
        before = _rounds(store)
        in_threads = reextract(store, kb, processes=0, batch=3)
        assert _rounds(store) == before
        in_workers = reextract(store, kb, processes=2, batch=3)
        assert _rounds(store) == before
    finally:
        store.close()
    assert before
    assert in_workers == in_threads
    assert in_threads.articles > 3  # more than one batch went through the pipeline
