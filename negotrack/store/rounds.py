"""Round mentions and merged rounds in the store.

Each article's mentions are saved with the article (one transaction). Merging is per
conflict and pure (``rounds.merge``): the rounds of a conflict are rebuilt from all of its
mentions whenever new mentions arrived, so a re-ingest or a ``reextract`` gives the same
rounds with the same ids. ``merge_state`` remembers the newest mention merged per conflict,
so mentions saved by a run that was killed before merging are merged by the next one.
Reading the merged rounds is ``store.queries``.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, bindparam, delete, func, insert, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from negotrack import __version__
from negotrack.rounds import merge as merge_module
from negotrack.rounds.merge import (
    Placement,
    Plan,
    Slot,
    draft,
    number,
    place,
    placement_facts,
    stands,
)
from negotrack.rounds.model import (
    Claim,
    Field,
    MentionKind,
    Round,
    RoundMention,
    Source,
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
        facts = placement_facts(mention.claims)
        session.add(
            RoundMentionRow(
                article_id=article_id,
                conflict=mention.conflict,
                kind=mention.kind.value,
                claims=_claims_json(mention.claims),
                city=facts.city,
                start_date=facts.start_date,
                end_date=facts.end_date,
                claims_key=facts.claims_key,
                city_weak=facts.city_weak,
            )
        )
        conflicts.add(mention.conflict)
    return conflicts


def backfill_placement_facts(
    conn: Connection,
    columns: Sequence[str] = ("city", "start_date", "claims_key"),
    batch: int = 5000,
) -> None:
    """Compute placement columns of every stored mention from its claims: ``columns``, the
    ones the schema upgrade that calls it adds (3: city, start date, digest; 4: city_weak;
    5: end_date)."""
    mentions = RoundMentionRow.__table__  # type: ignore[attr-defined]
    last = 0
    while True:
        rows = conn.execute(
            sa_select(mentions.c.id, mentions.c.claims)
            .where(mentions.c.id > last)
            .order_by(mentions.c.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        values = []
        for mention_id, claims in rows:
            facts = placement_facts(_claims_from_json(claims))._asdict()
            values.append({"key": mention_id, **{c: facts[c] for c in columns}})
        conn.execute(
            update(mentions)
            .where(mentions.c.id == bindparam("key"))
            .values({c: bindparam(c) for c in columns}),
            values,
        )
        last = rows[-1][0]


def _load_placements(session: Session, conflict: str) -> list[Placement]:
    rows = session.execute(
        sa_select(
            col(RoundMentionRow.id),
            col(RoundMentionRow.kind),
            col(RoundMentionRow.article_id),
            col(RoundMentionRow.city),
            col(RoundMentionRow.start_date),
            col(RoundMentionRow.claims_key),
            col(RoundMentionRow.city_weak),
            col(RoundMentionRow.end_date),
            col(Article.url),
            col(Article.published_at),
        )
        .join(Article, col(Article.id) == col(RoundMentionRow.article_id))
        .where(col(RoundMentionRow.conflict) == conflict)
    ).all()
    return [
        Placement(
            ref=mention_id,
            conflict=conflict,
            kind=MentionKind(kind),
            article_id=article_id,
            url=url,
            published=published,
            city=city,
            start_date=start_date,
            claims_key=claims_key,
            city_weak=bool(city_weak),
            end_date=end_date,
        )
        for (
            mention_id,
            kind,
            article_id,
            city,
            start_date,
            claims_key,
            city_weak,
            end_date,
            url,
            published,
        ) in rows
    ]


def _load_mentions(session: Session, refs: Sequence[int]) -> dict[int, SourcedMention]:
    """The mentions with these row ids, with their sources."""
    out: dict[int, SourcedMention] = {}
    for chunk in chunks(sorted(refs)):
        rows = session.execute(
            sa_select(
                col(RoundMentionRow.id),
                col(RoundMentionRow.conflict),
                col(RoundMentionRow.article_id),
                col(RoundMentionRow.kind),
                col(RoundMentionRow.claims),
                col(Article.url),
                col(Article.title),
                col(Article.outlet),
                col(Article.published_at),
            )
            .join(Article, col(Article.id) == col(RoundMentionRow.article_id))
            .where(col(RoundMentionRow.id).in_(chunk))
        ).all()
        # plain columns, not ORM objects: a conflict can have tens of thousands of mentions
        for ref, conflict, article_id, kind, claims, url, title, outlet, published in rows:
            mention = RoundMention(conflict, MentionKind(kind), _claims_from_json(claims))
            source = Source(article_id, url, title, outlet, published)
            out[ref] = SourcedMention(mention, source)
    return out


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


@functools.cache
def _merge_rules() -> str:
    """The negotrack version and a digest of the merge module's source: what stands for the
    merge rules, so that any change to them (a release, or a checkout moving on between
    releases) drafts every round again."""
    try:
        source = Path(merge_module.__file__).read_bytes()
    except OSError:  # no source beside the bytecode: the version alone
        return __version__
    return f"{__version__}:{hashlib.sha1(source, usedforsecurity=False).hexdigest()}"


def _members_digest(plan: Plan) -> str:
    """What a round is drafted from: its plan's city and mentions, and the merge rules.

    Mention rows are never changed (an article read again gets new ones) and articles keep
    their url, title, outlet and date, so the same digest means the same draft, unless the
    merge rules changed (``_merge_rules``).
    """
    text = json.dumps([_merge_rules(), plan.conflict, plan.city, sorted(plan.refs)])
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


@dataclass(frozen=True, slots=True)
class _Stored:
    id: str
    sequence: int | None
    slot_values: tuple[date | None, str | None, str | None]  # start date, city, status


def rebuild_conflict(session: Session, conflict: str) -> int:
    """Merge the mentions of one conflict into its rounds (in the caller's transaction).

    Every mention is placed again (``rounds.merge.place``), so the rounds are exactly those
    of a merge from scratch; but a round whose members are those it was drafted from is
    kept as stored, and only the claims of new or changed rounds are read. An ingest into a
    conflict of thousands of rounds reads and writes a few of them.
    """
    rounds_t = RoundRow.__table__  # type: ignore[attr-defined]
    claims_t = RoundClaimRow.__table__  # type: ignore[attr-defined]
    sources_t = RoundSourceRow.__table__  # type: ignore[attr-defined]

    plans = place(_load_placements(session, conflict))
    digests = [_members_digest(plan) for plan in plans]
    stored: dict[str, _Stored] = {}
    stored_ids: list[str] = []
    for rid, members, sequence, start_date, city, status in session.execute(
        sa_select(
            rounds_t.c.id,
            rounds_t.c.members,
            rounds_t.c.sequence,
            rounds_t.c.start_date,
            rounds_t.c.city,
            rounds_t.c.status,
        ).where(rounds_t.c.conflict == conflict)
    ):
        stored_ids.append(rid)
        if members is not None:
            stored[members] = _Stored(rid, sequence, (start_date, city, status))

    drafts: dict[int, Round] = {}

    def draft_plans(indexes: Sequence[int]) -> set[int]:
        """Draft these plans; returns those whose rounds lack the evidence to stand."""
        mentions = _load_mentions(session, [ref for i in indexes for ref in plans[i].refs])
        for i in indexes:
            drafts[i] = draft(plans[i], mentions)
        return {i for i in indexes if not stands(drafts[i], (mentions[r] for r in plans[i].refs))}

    fall = draft_plans([i for i, d in enumerate(digests) if d not in stored])
    # A round without the evidence to stand (rounds.merge.stands) is not listed; a stored
    # round stood when it was drafted from the same members, and still does.
    standing = [i for i in range(len(plans)) if i not in fall]
    drafts = {at: drafts[i] for at, i in enumerate(standing) if i in drafts}
    plans = [plans[i] for i in standing]
    digests = [digests[i] for i in standing]
    slots = []
    for i, plan in enumerate(plans):
        if i in drafts:
            r = drafts[i]
            slots.append(Slot(plan.order, r.start_date, r.city, r.status))
        else:
            slots.append(Slot(plan.order, *stored[digests[i]].slot_values))
    numbered = number(conflict, slots)
    # A kept round whose id moved (a round of its day and city came before it) is written
    # anew under its new id.
    draft_plans(
        [
            i
            for i, (rid, _) in enumerate(numbered)
            if i not in drafts and stored[digests[i]].id != rid
        ]
    )
    kept = {stored[digests[i]].id for i in range(len(plans)) if i not in drafts}

    gone = [rid for rid in stored_ids if rid not in kept]
    for chunk in chunks(gone):
        session.execute(delete(claims_t).where(claims_t.c.round_id.in_(chunk)))
        session.execute(delete(sources_t).where(sources_t.c.round_id.in_(chunk)))
        session.execute(delete(rounds_t).where(rounds_t.c.id.in_(chunk)))

    renumbered = [
        {"key": rid, "sequence": seq}
        for i, (rid, seq) in enumerate(numbered)
        if i not in drafts and stored[digests[i]].sequence != seq
    ]
    if renumbered:
        session.execute(
            update(rounds_t).where(rounds_t.c.id == bindparam("key")),
            [{"sequence": row["sequence"], "key": row["key"]} for row in renumbered],
        )
    new = sorted(drafts)
    if new:
        session.execute(
            insert(rounds_t),
            [
                {
                    **_round_values(replace(drafts[i], id=numbered[i][0], sequence=numbered[i][1])),
                    "members": digests[i],
                }
                for i in new
            ],
        )
        sources = [
            {"round_id": numbered[i][0], "article_id": article_id}
            for i in new
            for article_id in sorted({s.article_id for s in drafts[i].sources})
        ]
        session.execute(insert(sources_t), sources)
        claims = [
            {
                "round_id": numbered[i][0],
                "article_id": sc.source.article_id,
                "field": sc.claim.field.value,
                "value": sc.claim.value,
                "party": sc.claim.party,
                "sentence": sc.claim.sentence,
                "confidence": sc.claim.confidence,
            }
            for i in new
            for sc in drafts[i].claims
        ]
        if claims:
            session.execute(insert(claims_t), claims)

    newest = session.exec(
        select(func.max(RoundMentionRow.id)).where(RoundMentionRow.conflict == conflict)
    ).one()
    state = session.get(MergeState, conflict) or MergeState(conflict=conflict)
    state.merged_upto = newest or 0
    session.add(state)
    return len(plans)


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
