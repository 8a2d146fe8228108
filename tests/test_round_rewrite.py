"""Rebuilding a conflict writes only what changed, and ends exactly where a full rewrite would."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func
from sqlmodel import col, select

from negotrack import paths
from negotrack.ingest import ingest
from negotrack.knowledge import load_knowledge
from negotrack.store import rounds as store_rounds
from negotrack.store.db import Store
from negotrack.store.models import RoundClaimRow, RoundMentionRow, RoundRow, RoundSourceRow


def _snapshot(store: Store) -> list[object]:
    """Every round with its claims (in evidence order) and sources, as `round ID` shows them."""
    return [store_rounds.get_round(store, rid) for rid in store_rounds.iter_round_ids(store)]


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
        conflicts = sorted(
            {r.conflict for r in store_rounds.query_rounds(store, store_rounds.RoundFilter())}
        )
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
