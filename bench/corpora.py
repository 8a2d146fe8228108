"""The shared corpora, whole, through one ingest each, timed.

    uv run python bench/corpora.py [--corpora DIR] [--only feedparser|trafilatura|items]

- feedparser: all ~2,100 feed files on loopback (with the headers their comments name),
  ingested in one run;
- trafilatura: all ~1,000 real pages listed by one feed, ingested with fetch_all;
- items: one synthetic feed of 10,000 items, one of them relevant.

Prints, for each, the time, the run summary and what the store holds; exits 1 when a run
crashed or the store fails its integrity check.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlmodel import select  # noqa: E402

from negotrack.fetch import FetchPolicy  # noqa: E402
from negotrack.ingest import IngestSummary, ingest  # noqa: E402
from negotrack.knowledge import default_knowledge  # noqa: E402
from negotrack.store.db import Store, integrity_ok  # noqa: E402
from negotrack.store.models import Article, Feed, FeedItem, RoundRow  # noqa: E402
from tests.robustness.conftest import item, rss  # noqa: E402
from tests.robustness.corpora_lib import (  # noqa: E402
    feedparser_files,
    serve_feedparser,
    serve_trafilatura,
    trafilatura_pages,
)
from tests.server import Reply, TestServer  # noqa: E402

POLICY = FetchPolicy(connect_timeout=2, read_timeout=5, total_timeout=15)


def _timed(store: Store, feeds: list[str], fetch_all: bool) -> tuple[IngestSummary, float]:
    started = time.monotonic()
    summary = ingest(store, default_knowledge(), feeds=feeds, fetch_all=fetch_all, policy=POLICY)
    return summary, time.monotonic() - started


def _report(name: str, store: Store, summary: IngestSummary, seconds: float) -> bool:
    ok = integrity_ok(store)
    with store.session() as s:
        feed_status = Counter(f.last_status for f in s.exec(select(Feed)))
        item_status = Counter(i.status for i in s.exec(select(FeedItem)))
        extraction = Counter(a.extraction_status for a in s.exec(select(Article)))
        rounds = [(r.id, r.n_sources) for r in s.exec(select(RoundRow))]
    print(f"== {name}: {seconds:.1f}s, exit {int(summary.exit_code)}, integrity {ok}")
    print(f"   {summary.line()}")
    print(f"   feeds by status: {dict(feed_status)}")
    print(f"   items by status: {dict(item_status)}")
    print(f"   articles by extraction: {dict(extraction)}")
    print(f"   rounds: {len(rounds)} {rounds[:20]}")
    return ok


def feedparser_run(corpora: Path, store: Store) -> bool:
    server = TestServer()
    try:
        urls = serve_feedparser(server, feedparser_files(corpora, sample=False))
        summary, seconds = _timed(store, urls, fetch_all=False)
    finally:
        server.close()
    return _report(f"feedparser, {len(urls)} feeds in one run", store, summary, seconds)


def trafilatura_run(corpora: Path, store: Store) -> bool:
    server = TestServer()
    try:
        pages = trafilatura_pages(corpora)
        feed = serve_trafilatura(server, pages)
        summary, seconds = _timed(store, [feed], fetch_all=True)
    finally:
        server.close()
    return _report(f"trafilatura, {len(pages)} pages, fetch_all", store, summary, seconds)


def items_run(store: Store) -> bool:
    server = TestServer()
    try:
        entries = [
            item(f"Local football result number {n}", server.url(f"/sport/{n}"), guid=f"g{n}")
            for n in range(10_000)
        ]
        server.route("/big.xml", _reply(rss(entries)))
        summary, seconds = _timed(store, [server.url("/big.xml")], fetch_all=False)
        again, seconds_again = _timed(store, [server.url("/big.xml")], fetch_all=False)
    finally:
        server.close()
    ok = _report("10,000 items, first run", store, summary, seconds)
    return _report("10,000 items, second run", store, again, seconds_again) and ok


def _reply(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "application/rss+xml"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--only", choices=("feedparser", "trafilatura", "items"))
    args = parser.parse_args()
    runs = {
        "feedparser": lambda store: feedparser_run(args.corpora, store),
        "trafilatura": lambda store: trafilatura_run(args.corpora, store),
        "items": items_run,
    }
    if not args.corpora.is_dir() and args.only != "items":
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 2
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, go in runs.items():
            if args.only and name != args.only:
                continue
            store = Store(f"sqlite:///{tmp}/{name}.db")
            try:
                ok = go(store) and ok
            finally:
                store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
