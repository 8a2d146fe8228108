"""Rebuilding a conflict writes only what changed, and ends exactly where a full rewrite would."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func
from sqlmodel import col, select

from negotrack import __version__, paths
from negotrack.ingest import ingest
from negotrack.knowledge import load_knowledge
from negotrack.rounds.merge import merge_mentions
from negotrack.rounds.model import Claim, Field, MentionKind, RoundMention, Source, SourcedMention
from negotrack.store import queries
from negotrack.store import rounds as store_rounds
from negotrack.store.db import Store
from negotrack.store.models import Article, RoundClaimRow, RoundMentionRow, RoundRow, RoundSourceRow


def _snapshot(store: Store) -> list[object]:
    """Every round with its claims (in evidence order) and sources, as `round ID` shows them."""
    return [queries.get_round(store, rid) for rid in queries.iter_round_ids(store)]


def _wipe_rounds(store: Store) -> None:
    with store.session() as session:
        session.exec(delete(RoundClaimRow))
        session.exec(delete(RoundSourceRow))
        session.exec(delete(RoundRow))
        session.commit()


def test_rewrite_matches_a_full_rebuild(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        ingest(store, load_knowledge(), feeds=[str(paths.demo_feed_file())], processes=0)
        conflicts = sorted({r.conflict for r in queries.query_rounds(store, queries.RoundFilter())})
        assert "ukraine" in conflicts
        after_ingest = _snapshot(store)

        # nothing changed: nothing is rewritten, claim rows keep their ids
        with store.session() as session:
            claim_ids = list(session.exec(select(RoundClaimRow.id).order_by(col(RoundClaimRow.id))))
        store_rounds.rebuild(store, conflicts)
        with store.session() as session:
            assert (
                list(session.exec(select(RoundClaimRow.id).order_by(col(RoundClaimRow.id))))
                == claim_ids
            )
        assert _snapshot(store) == after_ingest

        # one article's mentions go: the incremental rewrite equals a rewrite from nothing
        with store.session() as session:
            victim = session.exec(
                select(RoundMentionRow.article_id).where(RoundMentionRow.conflict == "ukraine")
            ).first()
            session.exec(delete(RoundMentionRow).where(col(RoundMentionRow.article_id) == victim))
            session.commit()
        store_rounds.rebuild(store, conflicts)
        incremental = _snapshot(store)
        assert incremental != after_ingest
        _wipe_rounds(store)
        store_rounds.rebuild(store, conflicts)
        assert _snapshot(store) == incremental
        with store.session() as session:
            assert session.exec(select(func.count()).select_from(RoundRow)).one() == len(
                incremental
            )
    finally:
        store.close()


def test_new_merge_rules_draft_every_round_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A store merged by older rules: its rounds' member digests no longer match, so the next
    # rebuild drafts each round again (new claim rows), though no mention changed.
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    try:
        ingest(store, load_knowledge(), feeds=[str(paths.demo_feed_file())], processes=0)
        conflicts = sorted({r.conflict for r in queries.query_rounds(store, queries.RoundFilter())})
        before = _snapshot(store)
        with store.session() as session:
            claim_ids = set(session.exec(select(RoundClaimRow.id)))
        monkeypatch.setattr(store_rounds, "_merge_rules", lambda: "rules of a later checkout")
        store_rounds.rebuild(store, conflicts)
        with store.session() as session:
            assert not set(session.exec(select(RoundClaimRow.id))) & claim_ids
        assert _snapshot(store) == before  # the same rules' output, written anew
    finally:
        store.close()


def test_the_merge_rules_digest_follows_the_merge_module_s_source() -> None:
    rules = store_rounds._merge_rules()
    assert rules.startswith(f"{__version__}:") and len(rules) > len(__version__) + 20


CITIES = ("Geneva", "Abu Dhabi", "Istanbul")


def _random_mention(rng: random.Random) -> RoundMention:
    """A mention with a random kind, and a city (firm or the dateline's) and a start date
    (sometimes with an end) each present or not.

    Dates fall in two weeks so that rounds collide: same day and city (ids with suffixes),
    earlier rounds arriving late (sequence numbers shift), undated mentions joining rounds.
    """
    claims = []
    if rng.random() < 0.8:
        city = rng.choice(CITIES)
        # a city a sentence names, or one the dateline alone gives (which may give way)
        claims.append(Claim(Field.CITY, city, f"They met in {city}.", rng.choice((0.9, 0.5))))
    if rng.random() < 0.8:
        day = date(2026, 2, 1) + timedelta(days=rng.randrange(14))
        claims.append(Claim(Field.START_DATE, day.isoformat(), "On that day.", 0.9))
        if rng.random() < 0.2:
            # the days it ran, which take in mentions dated within them
            last = day + timedelta(days=rng.randrange(1, 6))
            claims.append(Claim(Field.END_DATE, last.isoformat(), "Until then.", 0.9))
    if rng.random() < 0.2:
        claims.append(Claim(Field.STATUS, "cancelled", "It was called off.", 0.8))
    party = rng.choice(("Ukraine", "Russia"))
    claims.append(Claim(Field.HEAD, rng.choice(("A. One", "B. Two")), "Led by.", 0.7, party))
    kind = rng.choice(list(MentionKind))
    return RoundMention("ukraine", kind, tuple(claims))


@pytest.mark.parametrize("seed", range(6))
def test_merging_batch_by_batch_gives_the_rounds_of_one_merge(tmp_path: Path, seed: int) -> None:
    """Kept, renumbered, re-identified and new rounds end as a merge from scratch would."""
    rng = random.Random(seed)
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    everything: list[SourcedMention] = []
    try:
        for batch in range(6):
            with store.session() as session:
                for n in range(rng.randrange(1, 8)):
                    published = datetime(2026, 2, 1) + timedelta(days=rng.randrange(20))
                    article = Article(
                        url=f"https://news.test/{batch}/{n}",
                        title=f"Story {batch}.{n}",
                        outlet="News",
                        published_at=published,
                        fetched_at=published,
                    )
                    session.add(article)
                    session.flush()
                    assert article.id is not None
                    mentions = [_random_mention(rng) for _ in range(rng.randrange(1, 3))]
                    store_rounds.save_mentions(session, article.id, mentions)
                    source = Source(article.id, article.url, article.title, "News", published)
                    everything += [SourcedMention(m, source) for m in mentions]
                session.commit()
            store_rounds.rebuild(store, ["ukraine"])
            by_id = sorted(merge_mentions(everything), key=lambda r: r.id)
            assert sorted(_snapshot(store), key=lambda r: r.id) == by_id
        incremental = _snapshot(store)
        _wipe_rounds(store)
        store_rounds.rebuild(store, ["ukraine"])
        assert _snapshot(store) == incremental
    finally:
        store.close()
