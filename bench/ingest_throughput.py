"""Benchmark 1: how fast a whole ingest runs, against the simplest loop that does less.

A local server (its own process) serves a feed of N synthetic article pages, first with every
answer delayed 100 ms (a slow, distant site), then instantly (the CPU is all that counts).
In each setting, in the same run and alternating:

- the baseline: one after another, download each page with httpx and run
  ``trafilatura.bare_extraction`` on it; nothing else;
- negotrack: ``ingest()`` into a fresh store: feed, relevance, download, extraction with
  metadata, round extraction, dedup, writes, merging the rounds.

Targets (ratios negotrack / baseline, median of the paired runs): <= 0.5 with 100 ms
answers, <= 1.2 with instant ones. Also printed: negotrack with extraction kept in threads
(``processes=0``), to show what the worker processes buy.

Run: ``uv run python bench/ingest_throughput.py [--pages N] [--repeats R]``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import report
from _server import running

if TYPE_CHECKING:
    from negotrack.knowledge import KnowledgeBase

# Heavy imports stay inside the functions: negotrack's worker processes import this main
# script again (multiprocessing's rule), and the negotrack command's own main module is light.

_LINK = re.compile(r"<link>([^<]+/news/[^<]+)</link>")


def baseline(feed_url: str) -> float:
    import httpx
    import trafilatura

    started = time.perf_counter()
    with httpx.Client() as client:
        links = _LINK.findall(client.get(feed_url).text)
        for link in links:
            trafilatura.bare_extraction(client.get(link).text)
    return time.perf_counter() - started


def negotrack_ingest(feed_url: str, kb: KnowledgeBase, pages: int, processes: int | None) -> float:
    from negotrack.ingest import ingest
    from negotrack.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        try:
            started = time.perf_counter()
            summary = ingest(store, kb, feeds=[feed_url], processes=processes)
            seconds = time.perf_counter() - started
        finally:
            store.close()
    if summary.new_articles != pages or summary.pages_failed:
        raise SystemExit(f"the ingest went wrong: {summary.line()} {summary.errors[:3]}")
    return seconds


def setting(name: str, delay: float, pages: int, repeats: int, target: float) -> bool:
    from negotrack.knowledge import load_knowledge

    kb = load_knowledge()
    with running(pages, delay) as base:
        feed = base + "/feed.xml"
        negotrack_ingest(feed, kb, pages, 0)  # warm-up: imports, page cache, server threads
        base_s: list[float] = []
        ours_s: list[float] = []
        threads_s: list[float] = []
        for _ in range(repeats):
            base_s.append(baseline(feed))
            ours_s.append(negotrack_ingest(feed, kb, pages, None))
            threads_s.append(negotrack_ingest(feed, kb, pages, 0))
    ratios = [o / b for o, b in zip(ours_s, base_s, strict=True)]
    thread_ratios = [t / b for t, b in zip(threads_s, base_s, strict=True)]
    b, o, t = (statistics.median(x) for x in (base_s, ours_s, threads_s))
    print(
        f"[{name}] {pages} pages: baseline {b:.2f}s ({pages / b:.0f}/s), "
        f"negotrack {o:.2f}s ({pages / o:.0f}/s), threads only {t:.2f}s ({pages / t:.0f}/s)"
    )
    report(f"{name}: negotrack ingest / baseline", statistics.median(ratios), target)
    print(
        f"{name}: threads only / baseline (for comparison): {statistics.median(thread_ratios):.2f}x"
    )
    return statistics.median(ratios) <= target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    ok = setting("100 ms answers", 0.1, args.pages, args.repeats, 0.5)
    ok = setting("instant answers", 0.0, args.pages, args.repeats, 1.2) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
