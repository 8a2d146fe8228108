"""Benchmark 3: a store of a million articles and 20,000 rounds.

The store is generated straight into the schema (executemany, no ingest) and cached as
``bench/results/scale.db`` (git-ignored; delete it to regenerate): 1,000,000 articles with
their links and feed items, and 60,000 round mentions (three articles per round) over the
ten conflicts of the knowledge base, merged into 20,000 rounds by negotrack's own rebuild.

On it, each against its target:

- the query plans of the dedup lookups (ArticleLink.url, ArticleLink.guid, FeedItem
  (feed_id, item_key), Article.content_hash) use an index: no table scan per article;
- ``rounds --conflict ukraine`` and ``round ID``: the latency targets of bench/latency.py;
- ``export rounds`` and ``export articles`` stream: the child's peak RSS < 200 MB;
- ingesting 200 new articles into (a copy of) it costs <= 1.2x the same into an empty store;
- ``reextract`` of a 10,000-article store runs at >= the articles/s of an instant-answer
  ingest (benchmark 1's CPU setting), measured in the same run.

Run: ``uv run python bench/scale.py [--repeats R] [--only plans,latency,export,ingest,reextract]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import RESULTS_DIR, negotrack_argv, report, run_process
from _pages import FILLER_SENTENCES, make_pages
from _server import running
from latency import command_ratios

if TYPE_CHECKING:
    from negotrack.knowledge import KnowledgeBase

ARTICLES = 1_000_000
ROUNDS = 20_000
SOURCES_PER_ROUND = 3
FEEDS = 10
SCALE_DB = RESULTS_DIR / "scale.db"
FIRST_DAY = date(2010, 1, 4)
FETCHED = "2026-01-01 00:00:00.000000"


def _claims(rng: random.Random, parties: list[str], city: str, country: str, day: date) -> str:
    said = f"Negotiators met in {city} on {day.isoformat()}."
    values = [
        ("city", city, 0.9),
        ("country", country, 0.9),
        ("start_date", day.isoformat(), 0.8),
        *(("participant", p, 0.9) for p in parties),
        ("outcome", rng.choice(["progress", "no_breakthrough"]), 0.6),
    ]
    # the claim JSON of store.rounds: field, value, sentence, confidence, party
    return json.dumps([{"f": f, "v": v, "s": said, "c": c, "p": None} for f, v, c in values])


def _article_rows(start: int, stop: int) -> Iterator[tuple[object, ...]]:
    for n in range(start, stop):
        text = FILLER_SENTENCES[n % len(FILLER_SENTENCES)] + f" (item {n})"
        published = (FIRST_DAY + timedelta(days=n % 5800)).isoformat() + " 12:00:00.000000"
        yield (
            n,
            f"https://news{n % FEEDS}.example/story/{n}",
            f"guid-{n}",
            n % FEEDS + 1,
            f"Story number {n}",
            f"Outlet {n % 40}",
            published,
            FETCHED,
            text,
            hashlib.sha256(text.encode()).hexdigest(),
            "en",
            "ok",
        )


def generate(path: Path, kb: KnowledgeBase) -> None:
    """Write the synthetic store to ``path`` (about a minute or two)."""
    from negotrack.store import rounds as store_rounds
    from negotrack.store.db import Store

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    Store(f"sqlite:///{tmp}").close()  # the schema at the current version
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.executemany(
        "INSERT INTO feed (id, url, subscribed, added_at, consecutive_failures, bozo)"
        " VALUES (?, ?, 1, ?, 0, 0)",
        [(k + 1, f"https://news{k}.example/rss", FETCHED) for k in range(FEEDS)],
    )
    step = 100_000
    for start in range(1, ARTICLES + 1, step):
        stop = min(start + step, ARTICLES + 1)
        conn.executemany(
            "INSERT INTO article (id, url, guid, feed_id, title, outlet, published_at,"
            " fetched_at, text, content_hash, language, extraction_status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _article_rows(start, stop),
        )
        conn.executemany(
            "INSERT INTO article_link (article_id, url, guid, feed_id, first_seen)"
            " VALUES (?, ?, ?, ?, ?)",
            ((r[0], r[1], r[2], r[3], FETCHED) for r in _article_rows(start, stop)),
        )
        conn.executemany(
            "INSERT INTO feed_item (feed_id, item_key, link, title, status, article_id,"
            " first_seen, last_seen) VALUES (?, ?, ?, ?, 'stored', ?, ?, ?)",
            ((r[3], r[2], r[1], r[4], r[0], FETCHED, FETCHED) for r in _article_rows(start, stop)),
        )
    rng = random.Random(5)
    conflicts = list(kb.conflicts)
    places = list(kb.places)
    mentions = []
    article = 1
    for k in range(ROUNDS):
        conflict = conflicts[k % len(conflicts)]
        day = FIRST_DAY + timedelta(days=3 * (k // len(conflicts)))
        place = places[rng.randrange(len(places))]
        claims = _claims(rng, list(conflict.parties), place.name, place.country, day)
        for _ in range(SOURCES_PER_ROUND):
            mentions.append((article, conflict.slug, "report", claims, ""))
            article += 1
    conn.executemany(
        # claims_key is filled in by backfill_placement_facts below, as a migration would
        "INSERT INTO round_mention (article_id, conflict, kind, claims, claims_key)"
        " VALUES (?, ?, ?, ?, ?)",
        mentions,
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    store = Store(f"sqlite:///{tmp}")
    try:
        with store.engine.begin() as sa_conn:
            store_rounds.backfill_placement_facts(
                sa_conn, columns=("city", "start_date", "claims_key", "city_weak", "end_date")
            )
        started = time.perf_counter()
        rounds = store_rounds.merge_pending(store)
        print(f"  merged {rounds} rounds from scratch in {time.perf_counter() - started:.1f}s")
    finally:
        store.close()
    tmp.replace(path)


DEDUP_QUERIES = {
    "ArticleLink.url": "SELECT article_id FROM article_link WHERE url = 'x'",
    "ArticleLink.guid": "SELECT article_id FROM article_link WHERE guid = 'x'",
    "FeedItem (feed_id, item_key)": "SELECT status FROM feed_item WHERE feed_id = 1"
    " AND item_key = 'x'",
    "Article.content_hash": "SELECT id FROM article WHERE content_hash = 'x'",
    "RoundRow by conflict": "SELECT id FROM round WHERE conflict = 'ukraine'"
    " ORDER BY start_date DESC",
    "RoundMention by conflict": "SELECT id FROM round_mention WHERE conflict = 'ukraine'",
}


def check_plans(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    ok = True
    try:
        for name, sql in DEDUP_QUERIES.items():
            plan = " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
            indexed = "USING" in plan and not plan.startswith("SCAN")
            ok = ok and indexed
            print(f"  plan {name:<30} {plan}   {'ok' if indexed else 'FULL SCAN'}")
    finally:
        conn.close()
    return ok


def export_rss(path: Path) -> bool:
    ok = True
    for what in ("rounds", "articles"):
        run = run_process(negotrack_argv("--db", str(path), "export", what, "--format", "csv"))
        if run.returncode != 0:
            raise SystemExit(f"export {what} exited {run.returncode}")
        print(f"  export {what}: {run.seconds:.1f}s")
        ok = report(f"export {what}: peak RSS", run.max_rss_mb, 200, " MB") and ok
    return ok


def _ingest_seconds(db: Path, feed: str, kb: KnowledgeBase) -> tuple[float, int]:
    from negotrack.ingest import ingest
    from negotrack.store.db import Store

    store = Store(f"sqlite:///{db}")
    try:
        started = time.perf_counter()
        summary = ingest(store, kb, feeds=[feed])
        seconds = time.perf_counter() - started
    finally:
        store.close()
    if summary.pages_failed or not summary.new_articles:
        raise SystemExit(f"the ingest went wrong: {summary.line()}")
    return seconds, summary.new_articles


def ingest_cost(path: Path, kb: KnowledgeBase, repeats: int) -> bool:
    """200 new articles into a copy of the big store, and into an empty one, alternating."""
    big_s: list[float] = []
    empty_s: list[float] = []
    with running(200, 0.0, feeds=repeats) as base, tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copy(path, copy)
        for k in range(repeats):
            feed = f"{base}/feed-{k}.xml"
            empty = Path(tmp) / f"empty-{k}.db"
            empty_s.append(_ingest_seconds(empty, feed, kb)[0])
            big_s.append(_ingest_seconds(copy, feed, kb)[0])
    ratios = [b / e for b, e in zip(big_s, empty_s, strict=True)]
    print(
        f"  200 articles: into the big store {statistics.median(big_s):.2f}s, "
        f"into an empty one {statistics.median(empty_s):.2f}s"
    )
    return report("ingest 200: big store / empty store", statistics.median(ratios), 1.2)


def reextract_rate(kb: KnowledgeBase) -> bool:
    """Articles/s of reextract over 10,000 stored texts against an instant-answer ingest."""
    from negotrack.reextract import reextract
    from negotrack.store.db import Store

    with running(200, 0.0) as base, tempfile.TemporaryDirectory() as tmp:
        seconds, count = _ingest_seconds(Path(tmp) / "ingest.db", base + "/feed.xml", kb)
        ingest_rate = count / seconds
        db = Path(tmp) / "texts.db"
        Store(f"sqlite:///{db}").close()
        conn = sqlite3.connect(db)
        conn.execute(
            "INSERT INTO feed (id, url, subscribed, added_at, consecutive_failures, bozo)"
            " VALUES (1, 'https://bench.example/rss', 1, ?, 0, 0)",
            (FETCHED,),
        )
        conn.executemany(
            "INSERT INTO article (url, feed_id, title, published_at, fetched_at, text,"
            " extraction_status) VALUES (?, 1, ?, ?, ?, ?, 'ok')",
            (
                (f"https://bench.example{p.path}", p.title, _naive(p.published), FETCHED, p.text)
                for p in make_pages(10_000, seed=13)
            ),
        )
        conn.commit()
        conn.close()
        store = Store(f"sqlite:///{db}")
        try:
            started = time.perf_counter()
            summary = reextract(store, kb)
            seconds = time.perf_counter() - started
        finally:
            store.close()
    rate = summary.articles / seconds
    print(
        f"  reextract: {summary.articles} articles, {summary.rounds} rounds in {seconds:.1f}s "
        f"({rate:.0f}/s); instant ingest {ingest_rate:.0f}/s"
    )
    return report(
        "reextract articles/s / ingest articles/s", rate / ingest_rate, 1.0, at_most=False
    )


def _naive(moment: datetime) -> str:
    return moment.replace(tzinfo=None).isoformat(" ", "microseconds")


def main() -> None:
    from negotrack.knowledge import load_knowledge
    from negotrack.store.queries import iter_round_ids
    from negotrack.store.rounds import rebuild

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--only",
        default="plans,latency,export,ingest,reextract",
        help="comma-separated parts to run (default: all)",
    )
    args = parser.parse_args()
    parts = set(args.only.split(","))
    kb = load_knowledge()
    if not SCALE_DB.exists():
        started = time.perf_counter()
        generate(SCALE_DB, kb)
        print(f"  generated {SCALE_DB} in {time.perf_counter() - started:.0f}s")
    from negotrack.store.db import Store

    store = Store(f"sqlite:///{SCALE_DB}")  # a cache from an older negotrack is upgraded
    try:
        # and its rounds drafted again if they must be, so that no timed run pays for it
        rebuild(store, [c.slug for c in kb.conflicts])
        round_id = iter_round_ids(store)[ROUNDS // 2]
    finally:
        store.close()
    ok = True
    if "plans" in parts:
        ok = check_plans(SCALE_DB) and ok
    if "latency" in parts:
        ok = command_ratios(str(SCALE_DB), round_id, max(args.repeats, 5), "scale: ") and ok
    if "export" in parts:
        ok = export_rss(SCALE_DB) and ok
    if "ingest" in parts:
        ok = ingest_cost(SCALE_DB, kb, args.repeats) and ok
    if "reextract" in parts:
        ok = reextract_rate(kb) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
