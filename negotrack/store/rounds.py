"""Round mentions and merged rounds in the store.

Each article's mentions are saved with the article (one transaction). Merging is per
conflict and pure (``rounds.merge``): the rounds of a conflict are rebuilt from all of its
mentions whenever new mentions arrived, so a re-ingest or a ``reextract`` gives the same
rounds with the same ids. ``merge_state`` remembers the newest mention merged per conflict,
so mentions saved by a run that was killed before merging are merged by the next one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, delete, func, insert, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from negotrack.errors import NotFound
from negotrack.rounds.merge import merge_mentions
from negotrack.rounds.model import (
    Claim,
    Delegation,
    Field,
    MentionKind,
    Round,
    RoundMention,
    Source,
    SourcedClaim,
    SourcedMention,
)
from negotrack.store.db import Store, chunks
from negotrack.store.models import (
    Article,
    MergeState,
    RoundClaimRow,
    RoundMentionRow,
    RoundRow,
    RoundSourceRow,
)


def _claims_json(claims: Iterable[Claim]) -> str:
    return json.dumps(
        [
            {"f": c.field.value, "v": c.value, "s": c.sentence, "c": c.confidence, "p": c.party}
            for c in claims
        ],
        ensure_ascii=False,
    )


def _claims_from_json(text: str) -> tuple[Claim, ...]:
    return tuple(
        Claim(Field(d["f"]), d["v"], d["s"], float(d["c"]), d["p"]) for d in json.loads(text)
    )


def save_mentions(session: Session, article_id: int, mentions: Iterable[RoundMention]) -> set[str]:
    """Store an article's mentions; returns the conflicts they touch."""
    conflicts = set()
    for mention in mentions:
        session.add(
            RoundMentionRow(
                article_id=article_id,
                conflict=mention.conflict,
                kind=mention.kind.value,
                claims=_claims_json(mention.claims),
            )
        )
        conflicts.add(mention.conflict)
    return conflicts


def _load_mentions(session: Session, conflict: str) -> list[SourcedMention]:
    rows = session.execute(
        sa_select(
            col(RoundMentionRow.article_id),
            col(RoundMentionRow.kind),
            col(RoundMentionRow.claims),
            col(Article.url),
            col(Article.title),
            col(Article.outlet),
            col(Article.published_at),
        )
        .join(Article, col(Article.id) == col(RoundMentionRow.article_id))
        .where(col(RoundMentionRow.conflict) == conflict)
        .order_by(col(RoundMentionRow.id))
    ).all()
    out = []
    # plain columns, not ORM objects: a conflict can have tens of thousands of mentions
    for article_id, kind, claims, url, title, outlet, published in rows:
        mention = RoundMention(conflict, MentionKind(kind), _claims_from_json(claims))
        out.append(SourcedMention(mention, Source(article_id, url, title, outlet, published)))
    return out


_CLAIM_COLUMNS = ("article_id", "field", "value", "party", "sentence", "confidence")


def _write_rounds(session: Session, conflict: str, rounds: Sequence[Round]) -> None:
    """Make the stored rounds of ``conflict`` exactly ``rounds``, writing only what changed.

    A conflict with thousands of rounds gains a few with each ingest: rewriting every round
    and claim cost seconds per conflict, comparing costs a read. The result is the same as
    deleting and inserting everything: a round whose claims or sources changed gets all of
    them anew, in merge order; an unchanged round keeps its rows.
    """
    rounds_t = RoundRow.__table__  # type: ignore[attr-defined]
    claims_t = RoundClaimRow.__table__  # type: ignore[attr-defined]
    sources_t = RoundSourceRow.__table__  # type: ignore[attr-defined]
    ids = sa_select(rounds_t.c.id).where(rounds_t.c.conflict == conflict)

    old_rows = {
        row["id"]: dict(row)
        for row in session.execute(sa_select(rounds_t).where(rounds_t.c.conflict == conflict))
        .mappings()
        .all()
    }
    old_claims: dict[str, list[tuple[object, ...]]] = {}
    for round_id, *values in session.execute(
        sa_select(rounds_t.c.id.label("rid"), *(claims_t.c[c] for c in _CLAIM_COLUMNS))
        .join(claims_t, claims_t.c.round_id == rounds_t.c.id)
        .where(rounds_t.c.conflict == conflict)
        .order_by(claims_t.c.id)
    ):
        old_claims.setdefault(round_id, []).append(tuple(values))
    old_sources: dict[str, list[int]] = {}
    for round_id, article_id in session.execute(
        sa_select(sources_t.c.round_id, sources_t.c.article_id)
        .where(sources_t.c.round_id.in_(ids))
        .order_by(sources_t.c.round_id, sources_t.c.article_id)
    ):
        old_sources.setdefault(round_id, []).append(article_id)

    new_rows = {r.id: _round_values(r) for r in rounds}
    new_claims = {
        r.id: [
            (
                sc.source.article_id,
                sc.claim.field.value,
                sc.claim.value,
                sc.claim.party,
                sc.claim.sentence,
                sc.claim.confidence,
            )
            for sc in r.claims
        ]
        for r in rounds
    }
    new_sources = {r.id: sorted({s.article_id for s in r.sources}) for r in rounds}

    gone = [rid for rid in old_rows if rid not in new_rows]
    renewed = [
        rid
        for rid in new_rows
        if old_claims.get(rid, []) != new_claims[rid]
        or old_sources.get(rid, []) != new_sources[rid]
    ]
    stale_children = [rid for rid in (*gone, *renewed) if rid in old_rows]
    for chunk in chunks(stale_children):
        session.execute(delete(claims_t).where(claims_t.c.round_id.in_(chunk)))
        session.execute(delete(sources_t).where(sources_t.c.round_id.in_(chunk)))
    for chunk in chunks(gone):
        session.execute(delete(rounds_t).where(rounds_t.c.id.in_(chunk)))

    added = [new_rows[rid] for rid in new_rows if rid not in old_rows]
    if added:
        session.execute(insert(rounds_t), added)
    changed = [
        {**values, "key": rid}
        for rid, values in new_rows.items()
        if rid in old_rows and old_rows[rid] != values
    ]
    if changed:
        session.execute(
            update(rounds_t).where(rounds_t.c.id == bindparam("key")),
            [{k: v for k, v in row.items() if k != "id"} for row in changed],
        )
    sources = [
        {"round_id": rid, "article_id": article_id}
        for rid in renewed
        for article_id in new_sources[rid]
    ]
    if sources:
        session.execute(insert(sources_t), sources)
    claims = [
        {"round_id": rid, **dict(zip(_CLAIM_COLUMNS, values, strict=True))}
        for rid in renewed
        for values in new_claims[rid]
    ]
    if claims:
        session.execute(insert(claims_t), claims)


def _round_values(r: Round) -> dict[str, object]:
    return {
        "id": r.id,
        "conflict": r.conflict,
        "sequence": r.sequence,
        "city": r.city,
        "country": r.country,
        "start_date": r.start_date,
        "end_date": r.end_date,
        "status": r.status,
        "outcome": r.outcome,
        "agreed_to_continue": r.agreed_to_continue,
        "formats": json.dumps(list(r.formats)),
        "participants": json.dumps(list(r.participants)),
        "mediators": json.dumps(list(r.mediators)),
        "delegations": json.dumps(
            [{"party": d.party, "head": d.head, "members": list(d.members)} for d in r.delegations],
            ensure_ascii=False,
        ),
        "topics": json.dumps(list(r.topics)),
        "atmosphere": json.dumps(list(r.atmosphere)),
        "disputed": json.dumps(list(r.disputed)),
        "n_sources": len(r.sources),
    }


def rebuild_conflict(session: Session, conflict: str) -> int:
    """Merge the mentions of one conflict into its rounds (in the caller's transaction)."""
    rounds = merge_mentions(_load_mentions(session, conflict))
    _write_rounds(session, conflict, rounds)
    newest = session.exec(
        select(func.max(RoundMentionRow.id)).where(RoundMentionRow.conflict == conflict)
    ).one()
    state = session.get(MergeState, conflict) or MergeState(conflict=conflict)
    state.merged_upto = newest or 0
    session.add(state)
    return len(rounds)


def rebuild(store: Store, conflicts: Iterable[str]) -> int:
    """Rebuild each conflict's rounds, one transaction each; returns how many rounds."""
    total = 0
    for conflict in sorted(set(conflicts)):
        with store.session() as session:
            total += rebuild_conflict(session, conflict)
            session.commit()
    return total


def merge_pending(store: Store) -> int:
    """Rebuild the rounds of every conflict with mentions not merged yet."""
    with store.session() as session:
        newest = session.exec(
            select(RoundMentionRow.conflict, func.max(RoundMentionRow.id)).group_by(
                RoundMentionRow.conflict
            )
        ).all()
        merged = {s.conflict: s.merged_upto for s in session.exec(select(MergeState))}
    stale = [c for c, top in newest if top is not None and top > merged.get(c, 0)]
    return rebuild(store, stale) if stale else 0


def clear_mentions(session: Session) -> None:
    """For reextract: every mention and round goes, articles stay."""
    session.exec(delete(RoundClaimRow))
    session.exec(delete(RoundSourceRow))
    session.exec(delete(RoundRow))
    session.exec(delete(RoundMentionRow))
    session.exec(delete(MergeState))


# -- queries --------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundFilter:
    conflict: str | None = None
    since: date | None = None
    until: date | None = None
    city: str | None = None


def _filtered(flt: RoundFilter) -> SelectOfScalar[RoundRow]:
    query = select(RoundRow)
    if flt.conflict:
        query = query.where(RoundRow.conflict == flt.conflict)
    if flt.since:
        query = query.where(col(RoundRow.start_date) >= flt.since)
    if flt.until:
        query = query.where(col(RoundRow.start_date) <= flt.until)
    if flt.city:
        query = query.where(func.lower(RoundRow.city) == flt.city.strip().lower())
    return query


def _to_round(row: RoundRow, sources: Sequence[Source], claims: Sequence[SourcedClaim]) -> Round:
    return Round(
        id=row.id,
        conflict=row.conflict,
        sequence=row.sequence,
        city=row.city,
        country=row.country,
        start_date=row.start_date,
        end_date=row.end_date,
        status=row.status,
        formats=tuple(json.loads(row.formats)),
        participants=tuple(json.loads(row.participants)),
        mediators=tuple(json.loads(row.mediators)),
        delegations=tuple(
            Delegation(d["party"], d["head"], tuple(d["members"]))
            for d in json.loads(row.delegations)
        ),
        outcome=row.outcome,
        agreed_to_continue=row.agreed_to_continue,
        topics=tuple(json.loads(row.topics)),
        atmosphere=tuple(json.loads(row.atmosphere)),
        sources=tuple(sources),
        claims=tuple(claims),
        disputed=tuple(json.loads(row.disputed)),
    )


def _sources(session: Session, round_ids: Sequence[str]) -> dict[str, list[Source]]:
    out: dict[str, list[Source]] = {rid: [] for rid in round_ids}
    if not round_ids:
        return out
    rows = session.execute(
        sa_select(
            col(RoundSourceRow.round_id),
            col(Article.id),
            col(Article.url),
            col(Article.title),
            col(Article.outlet),
            col(Article.published_at),
        )
        .join(Article, col(Article.id) == col(RoundSourceRow.article_id))
        .where(col(RoundSourceRow.round_id).in_(round_ids))
    ).all()
    for rid, aid, url, title, outlet, published in rows:
        out[rid].append(Source(aid, url, title, outlet, published))
    for sources in out.values():
        sources.sort(key=lambda s: (s.published is None, s.published or date.min, s.url))
    return out


def query_rounds(
    store: Store, flt: RoundFilter, *, with_sources: bool = True, limit: int | None = None
) -> list[Round]:
    """Rounds matching the filter, newest first (undated last); at most ``limit``."""
    with store.session() as session:
        query = _filtered(flt).order_by(
            col(RoundRow.start_date).is_(None), col(RoundRow.start_date).desc(), col(RoundRow.id)
        )
        if limit is not None:
            query = query.limit(limit)
        rows = list(session.exec(query))
        sources = _sources(session, [r.id for r in rows]) if with_sources else {}
        return [_to_round(r, sources.get(r.id, []), ()) for r in rows]


def count_rounds(store: Store, flt: RoundFilter) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(_filtered(flt).subquery())).one()


def get_round(store: Store, round_id: str) -> Round:
    """One round with its sources and every claim behind it."""
    with store.session() as session:
        row = session.get(RoundRow, round_id)
        if row is None:
            raise NotFound(f"no round {round_id!r} (see `negotrack rounds`)")
        sources = _sources(session, [row.id])[row.id]
        by_id = {s.article_id: s for s in sources}
        claim_rows = session.exec(
            select(RoundClaimRow)
            .where(RoundClaimRow.round_id == round_id)
            .order_by(col(RoundClaimRow.id))
        ).all()
        claims = [
            SourcedClaim(
                Claim(Field(c.field), c.value, c.sentence, c.confidence, c.party),
                by_id.get(c.article_id) or Source(c.article_id, "", None, None, None),
            )
            for c in claim_rows
        ]
        return _to_round(row, sources, claims)


def round_counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        rows = session.exec(
            select(RoundRow.conflict, func.count()).group_by(RoundRow.conflict)
        ).all()
        return {conflict: count for conflict, count in rows}


def iter_round_ids(store: Store) -> list[str]:
    with store.session() as session:
        return list(
            session.exec(
                select(RoundRow.id).order_by(col(RoundRow.conflict), col(RoundRow.start_date))
            )
        )


def iter_rounds(store: Store, flt: RoundFilter, batch: int = 500) -> Iterator[Round]:
    """Every matching round in id order (conflict, then date), streamed in batches."""
    last = ""
    while True:
        with store.session() as session:
            query = _filtered(flt).where(col(RoundRow.id) > last)
            rows = list(session.exec(query.order_by(col(RoundRow.id)).limit(batch)))
            if not rows:
                return
            sources = _sources(session, [r.id for r in rows])
        for row in rows:
            yield _to_round(row, sources[row.id], ())
        last = rows[-1].id
