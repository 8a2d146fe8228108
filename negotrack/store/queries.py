"""Reading the merged rounds: the queries behind `rounds`, `round ID`, `summary`, `export`.

These are SQLAlchemy Core statements over light table descriptions (``table()`` and
``column()``), not the SQLModel classes of ``store.models``: building those classes (the
ORM mapping and pydantic's field collection) costs more than a short command's query and
table together (bench/latency.py). ``models`` stays the definition of the schema; the
tables here name only the columns read, with the types that convert their values, and
tests/store/test_queries.py checks them against ``models``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    Row,
    Select,
    String,
    column,
    func,
    select,
    table,
)

from negotrack.errors import NotFound
from negotrack.rounds.model import Claim, Delegation, Field, Round, Source, SourcedClaim
from negotrack.store.db import Store

ROUND = table(
    "round",
    column("id", String),
    column("conflict", String),
    column("sequence", Integer),
    column("city", String),
    column("country", String),
    column("start_date", Date),
    column("end_date", Date),
    column("status", String),
    column("outcome", String),
    column("agreed_to_continue", Boolean),
    column("formats", String),
    column("participants", String),
    column("mediators", String),
    column("delegations", String),
    column("topics", String),
    column("atmosphere", String),
    column("disputed", String),
)
ROUND_SOURCE = table("round_source", column("round_id", String), column("article_id", Integer))
ROUND_CLAIM = table(
    "round_claim",
    column("id", Integer),
    column("round_id", String),
    column("article_id", Integer),
    column("field", String),
    column("value", String),
    column("party", String),
    column("sentence", String),
    column("confidence", Float),
)
ARTICLE = table(
    "article",
    column("id", Integer),
    column("url", String),
    column("title", String),
    column("outlet", String),
    column("published_at", DateTime),
)


@dataclass(frozen=True)
class RoundFilter:
    conflict: str | None = None
    since: date | None = None
    until: date | None = None
    city: str | None = None


def _filtered(query: Select[Any], flt: RoundFilter) -> Select[Any]:
    r = ROUND.c
    if flt.conflict:
        query = query.where(r.conflict == flt.conflict)
    if flt.since:
        query = query.where(r.start_date >= flt.since)
    if flt.until:
        query = query.where(r.start_date <= flt.until)
    if flt.city:
        query = query.where(func.lower(r.city) == flt.city.strip().lower())
    return query


def _to_round(row: Row[Any], sources: Sequence[Source], claims: Sequence[SourcedClaim]) -> Round:
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


def _sources(conn: Connection, round_ids: Sequence[str]) -> dict[str, list[Source]]:
    out: dict[str, list[Source]] = {rid: [] for rid in round_ids}
    if not round_ids:
        return out
    a, rs = ARTICLE.c, ROUND_SOURCE.c
    rows = conn.execute(
        select(rs.round_id, a.id, a.url, a.title, a.outlet, a.published_at)
        .join_from(ROUND_SOURCE, ARTICLE, a.id == rs.article_id)
        .where(rs.round_id.in_(round_ids))
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
    r = ROUND.c
    query = _filtered(select(ROUND), flt).order_by(
        r.start_date.is_(None), r.start_date.desc(), r.id
    )
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
        sources = _sources(conn, [row.id for row in rows]) if with_sources else {}
    return [_to_round(row, sources.get(row.id, []), ()) for row in rows]


def count_rounds(store: Store, flt: RoundFilter) -> int:
    with store.engine.connect() as conn:
        count = conn.execute(_filtered(select(func.count()).select_from(ROUND), flt)).scalar()
    return int(count or 0)


def get_round(store: Store, round_id: str) -> Round:
    """One round with its sources and every claim behind it."""
    c = ROUND_CLAIM.c
    with store.engine.connect() as conn:
        row = conn.execute(select(ROUND).where(ROUND.c.id == round_id)).first()
        if row is None:
            raise NotFound(f"no round {round_id!r} (see `negotrack rounds`)")
        sources = _sources(conn, [row.id])[row.id]
        claim_rows = conn.execute(
            select(c.article_id, c.field, c.value, c.sentence, c.confidence, c.party)
            .where(c.round_id == round_id)
            .order_by(c.id)
        ).all()
    by_id = {s.article_id: s for s in sources}
    claims = [
        SourcedClaim(
            Claim(Field(field), value, sentence, confidence, party),
            by_id.get(article_id) or Source(article_id, "", None, None, None),
        )
        for article_id, field, value, sentence, confidence, party in claim_rows
    ]
    return _to_round(row, sources, claims)


def round_counts(store: Store) -> dict[str, int]:
    r = ROUND.c
    with store.engine.connect() as conn:
        rows = conn.execute(select(r.conflict, func.count()).group_by(r.conflict)).all()
    return {conflict: count for conflict, count in rows}


def iter_round_ids(store: Store) -> list[str]:
    r = ROUND.c
    with store.engine.connect() as conn:
        return list(conn.execute(select(r.id).order_by(r.conflict, r.start_date, r.id)).scalars())


def iter_rounds(store: Store, flt: RoundFilter, batch: int = 500) -> Iterator[Round]:
    """Every matching round in id order (conflict, then date), streamed in batches."""
    last = ""
    while True:
        with store.engine.connect() as conn:
            query = _filtered(select(ROUND), flt).where(ROUND.c.id > last)
            rows = conn.execute(query.order_by(ROUND.c.id).limit(batch)).all()
            if not rows:
                return
            sources = _sources(conn, [row.id for row in rows])
        for row in rows:
            yield _to_round(row, sources[row.id], ())
        last = rows[-1].id
