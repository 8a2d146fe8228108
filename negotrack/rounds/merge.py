"""Merge what many articles say about rounds into one record per round.

Placing a mention is done in passes, most reliable evidence first, so that weaker mentions
can lean on the rounds the stronger ones established:

1. reports and back-references that give both a city and a start date found the rounds
   (one round per city and run of dates no more than two days apart);
2. announcements with a city and date join the round they announced, even when the date
   moved by up to a week, and otherwise become scheduled rounds;
3. mentions with a date but no city join the round held on (about) that date;
4. mentions with a city but no date join the round in that city nearest the article's
   publication (before it for reports and back-references, after it for announcements);
5. mentions with neither follow the round their own article reports.

Everything is sorted up front by a canonical key, so any permutation of the same mentions
gives identical rounds.

The work is split so that a store can merge incrementally and still get exactly the rounds
of a full merge: ``place`` needs only a few facts per mention (``Placement``, kept with the
stored mention) and decides every round's members; ``draft`` turns one round's members into
its values, a pure function of those members, so a store can keep the draft of a round
whose members did not change; ``number`` gives ids and sequence numbers from a handful of
values per round.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from negotrack.rounds.dates import find_dates
from negotrack.rounds.model import (
    DATELINE,
    IMPLIED,
    STATUSES,
    Claim,
    Delegation,
    Field,
    MentionKind,
    Round,
    Source,
    SourcedClaim,
    SourcedMention,
)

# Two outlets rarely agree to the day on when a round started (time zones, multi-day talks,
# "talks opened on Tuesday" vs the first plenary), so dates this close are the same round.
SAME_ROUND_DAYS = timedelta(days=2)
# How far an announced round may have moved and still be recognised in the later report.
MOVED_ROUND_DAYS = timedelta(days=7)
# A report without a date is about the round going on around its publication; a dated round
# at that city older than this is a different, earlier round.
REPORT_REACH = timedelta(days=14)
# An undated announcement ("the next round will be in Muscat") points to an upcoming round.
ANNOUNCEMENT_REACH = timedelta(days=30)

# A report describes the meeting; an announcement predicts it; a back-reference recalls it in
# passing. Their claims weigh accordingly when sources disagree.
KIND_WEIGHT = {
    MentionKind.REPORT: 1.0,
    MentionKind.ANNOUNCEMENT: 0.6,
    MentionKind.BACK_REFERENCE: 0.3,
}
# Days of a round dated less confidently than this (a bare "this week") do not stretch it.
_FIRM_DAY = 0.5
# A round longer than this is a process, not one round: later days belong to another one.
MAX_ROUND_LENGTH = timedelta(days=14)
# A round its sources say opened on one day and ended on another may run for weeks (the
# mediated Doha and Jeddah rounds did): the last day a source gives it, up to this far.
LONGEST_SPAN = timedelta(days=28)
_KIND_RANK = {MentionKind.REPORT: 0, MentionKind.ANNOUNCEMENT: 1, MentionKind.BACK_REFERENCE: 2}
# Statuses only move forward, except that a cancellation can come at any point.
_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}

_ClaimKey = tuple[str, str, str, str, float]
# (publication, url, article id, kind rank, digest of the claims): a total order on mentions
# that depends on nothing but their content.
MentionKey = tuple[tuple[int, float], str, int, int, str]


def _when(published: datetime | None) -> float | None:
    """Seconds since the epoch; naive datetimes are taken as UTC so all compare."""
    if published is None:
        return None
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published.timestamp()


def _timestamp(source: Source) -> float | None:
    return _when(source.published)


def _source_key(source: Source) -> tuple[tuple[int, float], str, int]:
    """Sort key for sources: by publication (unknown last), then url."""
    ts = _timestamp(source)
    return ((1, 0.0) if ts is None else (0, ts), source.url, source.article_id)


def _claim_key(claim: Claim) -> _ClaimKey:
    return (claim.field.value, claim.party or "", claim.value, claim.sentence, -claim.confidence)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _best(claims: Iterable[Claim], fld: Field) -> str | None:
    """The most confident value of a field in one mention (ties: smallest value)."""
    best = min(
        (c for c in claims if c.field == fld),
        key=lambda c: (-c.confidence, c.value),
        default=None,
    )
    return best.value if best else None


def claims_key(claims: Iterable[Claim]) -> str:
    """A digest of a mention's claims, independent of their order: the last tie-break."""
    canonical = json.dumps(sorted(_claim_key(c) for c in claims), ensure_ascii=False)
    return hashlib.sha1(canonical.encode(), usedforsecurity=False).hexdigest()


@dataclass(frozen=True, slots=True)
class Placement:
    """What placing a mention among the rounds needs: a few facts, kept with the mention.

    ``ref`` is the caller's handle on the mention (the store uses the mention's row id);
    ``city`` and ``start_date`` are the mention's best city and its firm start date;
    ``city_weak`` tells a city read from the dateline alone (``weak_city``).
    """

    ref: int
    conflict: str
    kind: MentionKind
    article_id: int
    url: str
    published: datetime | None
    city: str | None
    start_date: date | None
    claims_key: str
    city_weak: bool = False
    end_date: date | None = None


def weak_city(claims: Sequence[Claim]) -> bool:
    """Whether the mention's city comes only from where the story was filed (a dateline),
    not from a sentence that places the talks."""
    top = max((c.confidence for c in claims if c.field is Field.CITY), default=None)
    return top is not None and top <= DATELINE


class PlacementFacts(NamedTuple):
    """What a ``Placement`` carries of a mention's claims (see ``placement_facts``)."""

    city: str | None
    start_date: date | None
    end_date: date | None
    claims_key: str
    city_weak: bool


def placement_facts(claims: Sequence[Claim]) -> PlacementFacts:
    """The city, firm start and end dates, claims digest and city weakness a ``Placement``
    carries for these claims. An end is kept only within a round's longest run of the
    start: beyond it the mention dates two rounds, and its start alone places it."""
    # "Last month" places no round: such a mention goes by its city, if it has one.
    firm = [c for c in claims if c.confidence >= _FIRM_DAY]
    start = _best(firm, Field.START_DATE)
    ended = _best(firm, Field.END_DATE)
    if start is None and ended in {c.value for c in claims if c.field is Field.START_DATE}:
        # "The round ended in Rome on Friday": the day is firm as the last one and only
        # doubtful as the first, which still places the round at that day.
        start = ended
    first, last = _parse_date(start), _parse_date(ended)
    if first is None or last is None or not first < last <= first + LONGEST_SPAN:
        last = None
    return PlacementFacts(
        _best(claims, Field.CITY), first, last, claims_key(claims), weak_city(claims)
    )


def placement(ref: int, item: SourcedMention) -> Placement:
    mention, source = item.mention, item.source
    facts = placement_facts(mention.claims)
    return Placement(
        city_weak=facts.city_weak,
        ref=ref,
        conflict=mention.conflict,
        kind=mention.kind,
        article_id=source.article_id,
        url=source.url,
        published=source.published,
        city=facts.city,
        start_date=facts.start_date,
        end_date=facts.end_date,
        claims_key=facts.claims_key,
    )


def mention_key(
    kind: MentionKind, published: datetime | None, url: str, article_id: int, claims: str
) -> MentionKey:
    ts = _when(published)
    return ((1, 0.0) if ts is None else (0, ts), url, article_id, _KIND_RANK[kind], claims)


@dataclass(slots=True)
class _Placed:
    """A mention with the facts placing it needs, computed once."""

    ref: int
    kind: MentionKind
    key: MentionKey
    city: str | None
    day: date | None
    published: date | None
    article: tuple[int, str]
    city_weak: bool = False
    last: date | None = None  # the round's last day, where the mention tells it


def _placed(p: Placement) -> _Placed:
    return _Placed(
        ref=p.ref,
        kind=p.kind,
        key=mention_key(p.kind, p.published, p.url, p.article_id, p.claims_key),
        city=p.city,
        day=p.start_date,
        published=p.published.date() if p.published else None,
        article=(p.article_id, p.url),
        city_weak=p.city_weak,
        last=p.end_date,
    )


@dataclass(slots=True, eq=False)
class _Cluster:
    """The mentions placed in one round so far; ``day`` is the date it was placed by."""

    conflict: str
    city: str | None
    day: date | None
    members: list[_Placed] = field(default_factory=list)


class _DayIndex:
    """Dated clusters sorted by day, for nearest-date look-ups without scanning them all."""

    def __init__(self) -> None:
        self.days: list[date] = []
        self.clusters: list[_Cluster] = []

    def add(self, cluster: _Cluster) -> None:
        assert cluster.day is not None
        # bisect_right keeps clusters of one day in insertion order, which is canonical.
        at = bisect.bisect_right(self.days, cluster.day)
        self.days.insert(at, cluster.day)
        self.clusters.insert(at, cluster)

    def nearest(self, day: date, reach: timedelta) -> list[_Cluster]:
        """Clusters within ``reach`` of ``day``, nearest first (ties: the earlier one)."""
        lo = bisect.bisect_left(self.days, day - reach)
        hi = bisect.bisect_right(self.days, day + reach)
        found = list(zip(self.days[lo:hi], range(lo, hi), strict=True))
        found.sort(key=lambda pair: (abs(pair[0] - day), pair[0], pair[1]))
        return [self.clusters[i] for _, i in found]

    def latest_until(self, day: date | None) -> _Cluster | None:
        """The latest cluster not after ``day`` (any, when ``day`` is unknown)."""
        at = len(self.days) if day is None else bisect.bisect_right(self.days, day)
        return self.clusters[at - 1] if at else None

    def earliest_from(self, day: date) -> _Cluster | None:
        at = bisect.bisect_left(self.days, day)
        return self.clusters[at] if at < len(self.clusters) else None


def _told_apart(p: _Placed, cluster: _Cluster) -> bool:
    """Whether the article of ``p`` reports one of the two and recalls the other on another
    day: "the meeting followed talks in the same city on Sunday" sets them apart."""
    pair = (MentionKind.REPORT, MentionKind.BACK_REFERENCE)
    return p.kind in pair and any(
        m.article == p.article
        and m.kind in pair
        # An article reports two rounds only where sides took turns at the table on
        # different days ("the Ukrainians went first, on Sunday; Monday was Moscow's turn").
        and (m.kind != p.kind or p.kind is MentionKind.REPORT)
        and m.day != p.day
        for m in cluster.members
    )


def _not_told_apart(p: _Placed, near: list[_Cluster]) -> list[_Cluster]:
    """The rounds of ``near`` that the article of ``p`` does not itself set apart from it.

    A day without a city leans on the round held about then, unless its own article dates
    that round later: "the envoys flew to Moscow after a meeting on Sunday in Florida"
    reports the Moscow round on Tuesday, and nothing of a round happens before it starts,
    so Sunday's meeting is another one. A later day may be a day of the round (its own
    article telling how the talks went on the third day), and still joins it.
    """
    pair = (MentionKind.REPORT, MentionKind.BACK_REFERENCE)

    def apart(cluster: _Cluster) -> bool:
        return any(
            m.article == p.article
            and m.kind in pair
            and m.day is not None
            and p.day is not None
            and m.day > p.day
            for m in cluster.members
        )

    return [c for c in near if not apart(c)]


def _group_by_day(mentions: Sequence[_Placed], conflict: str, city: str | None) -> list[_Cluster]:
    """Cut mentions sorted by day into runs whose days lie within SAME_ROUND_DAYS of the
    first, or within the days a member says the round ran ("talks from 9 to 23 December"
    takes in the report dated by the close on the 23rd)."""
    clusters: list[_Cluster] = []
    until: date | None = None  # the last day a member of the last cluster says it ran
    for p in mentions:
        assert p.day is not None
        if (
            clusters
            and clusters[-1].day is not None
            and (
                p.day - clusters[-1].day <= SAME_ROUND_DAYS
                or (until is not None and p.day <= until)
            )
            and not _told_apart(p, clusters[-1])
        ):
            clusters[-1].members.append(p)
        else:
            clusters.append(_Cluster(conflict, city, p.day, [p]))
            until = None
        if p.last is not None:
            until = max(until or p.last, p.last)
    return clusters


def _place_conflict(conflict: str, items: list[_Placed]) -> list[_Cluster]:
    """Place the mentions of one conflict (in canonical order) into clusters, pass by pass."""
    clusters: list[_Cluster] = []
    by_city: dict[str, _DayIndex] = defaultdict(_DayIndex)
    all_dated = _DayIndex()

    def found(new: Iterable[_Cluster]) -> None:
        for cluster in new:
            clusters.append(cluster)
            if cluster.day is not None:
                all_dated.add(cluster)
                if cluster.city is not None:
                    by_city[cluster.city].add(cluster)

    def by_city_and_day(p: _Placed) -> tuple[str, date, MentionKey]:
        assert p.city is not None and p.day is not None
        return (p.city, p.day, p.key)

    # 1. Dated reports and back-references at a known city found the rounds. A city known
    # only from the dateline ("TEHRAN - Iran will send its minister to Oman for talks on
    # Saturday") gives way to a round that sentences place elsewhere about that day, if
    # none is placed at the dateline's city then.
    placed = sorted(
        (p for p in items if p.city and p.day and p.kind != MentionKind.ANNOUNCEMENT),
        key=by_city_and_day,
    )
    elsewhere = _weak_cities_elsewhere(placed, conflict)  # first member -> mentions
    joining = {id(p) for group in elsewhere.values() for p in group}
    group_by_city: dict[str, list[_Placed]] = defaultdict(list)
    for p in placed:
        assert p.city is not None
        if id(p) not in joining:
            group_by_city[p.city].append(p)
    for city, group in group_by_city.items():
        new = _group_by_day(group, conflict, city)
        for cluster in new:
            for member in list(cluster.members):
                cluster.members.extend(elsewhere.get(id(member), []))
        found(new)

    # 2. Dated announcements join the round they announced, else become scheduled rounds.
    announced = sorted(
        (p for p in items if p.city and p.day and p.kind == MentionKind.ANNOUNCEMENT),
        key=by_city_and_day,
    )
    unmatched: dict[str, list[_Placed]] = defaultdict(list)
    for p in announced:
        assert p.city is not None and p.day is not None
        target = _announced_round(p, by_city[p.city]) if p.city in by_city else None
        if target is not None:
            target.members.append(p)
        else:
            unmatched[p.city].append(p)
    for city, group in unmatched.items():
        found(_group_by_day(group, conflict, city))

    # 3. A date without a city: the round held on about that date. Reports may found a
    # round of unknown place, and announcements a scheduled one ("the sides will meet again
    # on 3 May") when no round, not even one moved by a few days, took place. A
    # back-reference a few days into a round may recall a day of it ("the declaration they
    # signed on 11 May") or a round of its own, so it places nothing; one far from any
    # ("the commissions agreed on 19 April 2024") recalls a round of its own.
    dated_only = [p for p in items if p.day and not p.city]
    orphans: list[_Placed] = []
    for p in dated_only:
        if p.kind != MentionKind.REPORT:
            continue
        assert p.day is not None
        near = _not_told_apart(p, all_dated.nearest(p.day, SAME_ROUND_DAYS))
        if near:
            near[0].members.append(p)
        else:
            orphans.append(p)
    orphans.sort(key=lambda p: (p.day, p.key))
    found(_group_by_day(orphans, conflict, None))
    scheduled: list[_Placed] = []
    recalled: list[_Placed] = []
    for p in dated_only:
        if p.kind != MentionKind.REPORT:
            assert p.day is not None
            near = _not_told_apart(p, all_dated.nearest(p.day, SAME_ROUND_DAYS))
            if near:
                near[0].members.append(p)
            elif p.kind == MentionKind.BACK_REFERENCE:
                before = all_dated.latest_until(p.day)
                if (
                    before is not None
                    and before.day is not None
                    and p.day - before.day <= MAX_ROUND_LENGTH
                ):
                    continue
                recalled.append(p)
            elif p.kind == MentionKind.ANNOUNCEMENT:
                target = _announced_round(p, all_dated)
                if target is not None:
                    target.members.append(p)
                else:
                    scheduled.append(p)
    scheduled.sort(key=lambda p: (p.day, p.key))
    found(_group_by_day(scheduled, conflict, None))
    recalled.sort(key=lambda p: (p.day, p.key))
    found(_group_by_day(recalled, conflict, None))

    # 4. A city without a date: the round at that city nearest the article, else the one
    # undated round kept for that city.
    undated: dict[str, _Cluster] = {}
    reported: dict[tuple[int, str], set[int]] = defaultdict(set)
    for cluster in clusters:
        for member in cluster.members:
            if member.kind == MentionKind.REPORT:
                reported[member.article].add(id(cluster))
    for p in items:
        if p.city is None or p.day is not None:
            continue
        own = reported.get(p.article, set()) if p.kind == MentionKind.BACK_REFERENCE else set()
        target = _city_round(p, by_city[p.city], own) if p.city in by_city else None
        if target is None:
            target = undated.get(p.city)
            if target is None:
                target = undated[p.city] = _Cluster(conflict, p.city, None)
                found([target])
        target.members.append(p)

    # 5. Neither: the round the same article places its other mentions in.
    by_article: dict[tuple[int, str], list[tuple[MentionKind, _Cluster]]] = defaultdict(list)
    for cluster in clusters:
        for p in cluster.members:
            by_article[p.article].append((p.kind, cluster))
    for p in items:
        if p.city is None and p.day is None:
            target = _same_article_round(p, by_article.get(p.article, []))
            if target is not None:
                target.members.append(p)
    return clusters


def _weak_cities_elsewhere(placed: Sequence[_Placed], conflict: str) -> dict[int, list[_Placed]]:
    """The mentions placed by a dateline's city alone that a round sentences place at another
    city takes, about their day: keyed by that round's first member (of the rounds the
    other mentions make), so that the round formed around it takes them in."""
    weak = [p for p in placed if p.city_weak]
    if not weak:
        return {}
    firm_by_city: dict[str, list[_Placed]] = defaultdict(list)
    for p in placed:
        assert p.city is not None
        if not p.city_weak:
            firm_by_city[p.city].append(p)
    sited = _DayIndex()
    for city, group in firm_by_city.items():
        for cluster in _group_by_day(group, conflict, city):
            sited.add(cluster)
    elsewhere: dict[int, list[_Placed]] = defaultdict(list)
    for p in weak:
        assert p.day is not None
        near = [
            c
            for c in _not_told_apart(p, sited.nearest(p.day, SAME_ROUND_DAYS))
            if not _told_apart(p, c)
        ]
        if near and not any(c.city == p.city for c in near):
            elsewhere[id(near[0].members[0])].append(p)
    return elsewhere


def _announced_round(p: _Placed, index: _DayIndex) -> _Cluster | None:
    """The reported round a dated announcement refers to, if it took place."""
    assert p.day is not None
    near = index.nearest(p.day, MOVED_ROUND_DAYS)
    for cluster in near:
        assert cluster.day is not None
        if abs(cluster.day - p.day) <= SAME_ROUND_DAYS:
            return cluster
        # A moved round still takes place after the day it was announced; a round held by
        # then is an earlier one, not this one.
        if p.published is None or cluster.day > p.published:
            return cluster
    return None


def _city_round(p: _Placed, index: _DayIndex, own: set[int]) -> _Cluster | None:
    """The dated round at the mention's city that an undated mention refers to.

    ``own``: the rounds (by id) the mention's article reports. "Followed a first round in
    the Emirati capital last month" recalls an earlier round there, never the one reported.
    """
    if p.kind == MentionKind.ANNOUNCEMENT:
        if p.published is None:
            return index.latest_until(None)
        upcoming = index.earliest_from(p.published)
        if upcoming is not None and upcoming.day is not None:
            return upcoming if upcoming.day - p.published <= ANNOUNCEMENT_REACH else None
        return None
    previous = latest = index.latest_until(p.published)
    while previous is not None and id(previous) in own:
        previous = index.latest_until(previous.day - timedelta(days=1) if previous.day else None)
    # With no earlier round known there, the recalled one may be a day of the round reported.
    previous = previous or latest
    reported_on = p.published if p.kind == MentionKind.REPORT else None
    if (
        previous is not None
        and previous.day is not None
        and (reported_on is None or reported_on - previous.day <= REPORT_REACH)
    ):
        return previous
    if reported_on is not None:
        # No round there within the report's reach before it: the round going on around it
        # is one that opens within a day or two (a preview filed the evening before,
        # "Medinsky to head the team at the Geneva round").
        upcoming = index.earliest_from(reported_on)
        if (
            upcoming is not None
            and upcoming.day is not None
            and upcoming.day - reported_on <= SAME_ROUND_DAYS
        ):
            return upcoming
    return None


def _same_article_round(p: _Placed, placed: list[tuple[MentionKind, _Cluster]]) -> _Cluster | None:
    """The round of a same-article mention of the same kind, else the round it reports.

    Announcements only follow announcements: their "scheduled" must not land on a round the
    article reports as held.
    """
    same = [c for kind, c in placed if kind == p.kind]
    if not same and p.kind != MentionKind.ANNOUNCEMENT:
        same = [c for kind, c in placed if kind == MentionKind.REPORT]
    if not same:
        return None
    return min(same, key=lambda c: (c.day is None, c.day or date.min, c.city or ""))


@dataclass(frozen=True, slots=True)
class _Entry:
    """One claim as merge votes on it: with the kind and source of its mention."""

    claim: Claim
    kind: MentionKind
    source: Source


def _vote(entries: Sequence[_Entry]) -> tuple[str | None, bool]:
    """The best-supported value and whether another value has support too.

    Support is the sum of confidences weighted by mention kind; ties go to the higher single
    confidence, then to the earlier-published source, then to the smaller value.
    """
    score: dict[str, float] = defaultdict(float)
    top: dict[str, float] = defaultdict(float)
    first: dict[str, float] = {}
    for e in entries:
        value = e.claim.value
        score[value] += e.claim.confidence * KIND_WEIGHT[e.kind]
        top[value] = max(top[value], e.claim.confidence)
        ts = _timestamp(e.source)
        seen = math.inf if ts is None else ts
        first[value] = min(first.get(value, math.inf), seen)
    if not score:
        return None, False
    winner = min(score, key=lambda v: (-score[v], -top[v], first[v], v))
    supported = sum(1 for v in score if score[v] > 0)
    return winner, supported > 1


@dataclass(frozen=True, slots=True)
class _Member:
    """A mention placed in a round, with its canonical key."""

    key: MentionKey
    item: SourcedMention

    @property
    def kind(self) -> MentionKind:
        return self.item.mention.kind


def _status(members: Sequence[_Member]) -> str | None:
    """Fold statuses in publication order: later news moves a round forward or cancels it."""

    def published(p: _Member) -> tuple[int, float, MentionKey]:
        ts = _timestamp(p.item.source)
        return (0, 0.0, p.key) if ts is None else (1, ts, p.key)

    status: str | None = None
    for p in sorted(members, key=published):
        said = _best(p.item.mention.claims, Field.STATUS)
        if said is None and p.kind == MentionKind.ANNOUNCEMENT:
            said = "scheduled"  # an announcement is about a round that has not happened
        if said is None or said not in _STATUS_RANK:
            continue
        forward = status is None or _STATUS_RANK[said] > _STATUS_RANK[status]
        # A cancellation overrides what came before; news of the round after a cancellation
        # means it took place after all.
        if forward or status == "cancelled":
            status = said
    return status


# How directly a kind of mention dates a round that sat: a report says when the meeting
# happened, and so does a recollection after the fact ("when they returned to Abu Dhabi on
# 4-5 February"), both overriding the day it was announced for; a moved date is not a
# disagreement. A round that never sat (called off, or still to come) has only the day it
# was announced for: a recollection's day is when it was called off.
_DATING_RANK = {MentionKind.REPORT: 0, MentionKind.BACK_REFERENCE: 1, MentionKind.ANNOUNCEMENT: 2}


def _sat(status: str | None) -> bool:
    """Whether a round with this status has sat (or is sitting)."""
    return status in ("ongoing", "concluded")


def _best_kind(entries: Sequence[_Entry], *, held: bool) -> list[_Entry]:
    """The day claims of the kind of mention that dates the round most directly."""
    if not entries:
        return []
    rank = _DATING_RANK if held else _KIND_RANK
    best = min(rank[e.kind] for e in entries)
    return [e for e in entries if rank[e.kind] == best]


def _days(entries: Iterable[_Entry], floor: float) -> list[date]:
    days = (_parse_date(e.claim.value) for e in entries if e.claim.confidence >= floor)
    return [d for d in days if d is not None]


def _span(
    starts: Sequence[_Entry], ends: Sequence[_Entry], status: str | None, voted: date | None
) -> tuple[date | None, date | None]:
    """First and last day of a round from every day its sources date it by.

    Outlets date a multi-day round by different days of it (the opening, a deal on day two,
    the close), and nothing of a round happens before it starts: the start is the earliest
    well-supported day, the end the latest day any source dates the round or its close by.
    A concluded round dated by single days only lasted that one day.
    """
    held = _sat(status)
    direct = _best_kind(starts, held=held)
    # "We agreed to meet again in London next week" (announced, a stretch of days) gives way
    # to the day a recollection tells after the fact ("sat down in London on Wednesday");
    # not to a day announced, which the round may have moved from.
    recalled = [e for e in starts if e.kind is MentionKind.BACK_REFERENCE]
    start = min(_days(direct, _FIRM_DAY) or _days(recalled, _FIRM_DAY), default=voted)
    if start is None:
        return None, None
    closing = _days(_best_kind(ends, held=held), 0.0)
    if status == "concluded":
        # dated by single days only, it lasted from the first to the last of them; by a
        # weakly dated day alone, that one day
        closing += _days(direct, _FIRM_DAY) or [start]
    closing = [d for d in closing if start <= d <= start + LONGEST_SPAN]
    if not closing and status in ("scheduled", "cancelled"):
        # A sitting announced for a day, with no other day told, is set for that one day.
        closing = [start]
    return start, max(closing, default=None)


_DAYS = (Field.START_DATE, Field.END_DATE)


def _joined_from_elsewhere(claims: Sequence[Claim], city: str | None) -> bool:
    """Whether a mention filed from another city joined the round by its day alone: its day
    placed it there, and may be the eve of the talks ("arrived in Egypt on Sunday"), so it
    dates nothing."""
    if city is None or not weak_city(claims):
        return False
    return city not in {c.value for c in claims if c.field is Field.CITY}


@dataclass(frozen=True, slots=True)
class Plan:
    """One round as placing decides it: its conflict, city and members (mention refs).

    ``order`` is its first member's key, which breaks ties between rounds of one day and city.
    """

    conflict: str
    city: str | None
    refs: tuple[int, ...]
    order: MentionKey


def draft(plan: Plan, mentions: Mapping[int, SourcedMention]) -> Round:
    """The round a plan describes, before its id and sequence number (``number``).

    A pure function of the plan's city and conflict and of its members' mentions and sources.
    """
    members = sorted(
        (_Member(_member_key(mentions[ref]), mentions[ref]) for ref in plan.refs),
        key=lambda m: m.key,
    )
    entries: list[_Entry] = []
    for p in members:
        told = p.item.mention.claims
        if _joined_from_elsewhere(told, plan.city):
            told = tuple(c for c in told if c.field not in _DAYS)
        entries += (_Entry(c, p.kind, p.item.source) for c in told)
    by_field: dict[Field, list[_Entry]] = defaultdict(list)
    for e in entries:
        by_field[e.claim.field].append(e)

    disputed: set[str] = set()

    def single(fld: Field, *, best_kind: bool = False) -> str | None:
        # best_kind: vote among the claims of the most direct kind present only.
        entries = _best_kind(by_field[fld], held=held) if best_kind else by_field[fld]
        value, split = _vote(entries)
        if split:
            disputed.add(fld.value)
        return value

    def union(fld: Field) -> set[str]:
        stated = {e.claim.value for e in by_field[fld] if e.claim.confidence > IMPLIED}
        return stated or {e.claim.value for e in by_field[fld]}

    # The round keeps the city it was placed by; the vote only records any disagreement.
    voted_city = single(Field.CITY)
    city = plan.city if plan.city is not None else voted_city
    status = _status(members)
    held = _sat(status)
    voted_start = _parse_date(single(Field.START_DATE, best_kind=True))
    start, end = _span(by_field[Field.START_DATE], by_field[Field.END_DATE], status, voted_start)
    continued = single(Field.AGREED_TO_CONTINUE)
    single(Field.ORDINAL)  # rounds carry no ordinal, but sources numbering it apart is news

    delegations: list[Delegation] = []
    heads: dict[str, list[_Entry]] = defaultdict(list)
    members_of: dict[str, set[str]] = defaultdict(set)
    for e in by_field[Field.HEAD]:
        if e.claim.party is not None:
            heads[e.claim.party].append(e)
    for e in by_field[Field.MEMBER]:
        if e.claim.party is not None:
            members_of[e.claim.party].add(e.claim.value)
    for party in sorted(heads.keys() | members_of.keys()):
        head, split = _vote(heads.get(party, []))
        if split:
            disputed.add(f"head:{party}")
        others = tuple(sorted(members_of.get(party, set()) - {head}))
        delegations.append(Delegation(party=party, head=head, members=others))

    mediators = union(Field.MEDIATOR)
    # A go-between only implied (the host of talks it mediates wherever they sit in its
    # country) is not said to sit at the table.
    seated = {e.claim.value for e in by_field[Field.MEDIATOR] if e.claim.confidence > IMPLIED}
    participants = union(Field.PARTICIPANT) | seated | {d.party for d in delegations}
    sources = {p.item.source for p in members}
    claims = {SourcedClaim(e.claim, e.source) for e in entries}
    return Round(
        id="",
        conflict=plan.conflict,
        sequence=None,
        city=city,
        country=single(Field.COUNTRY),
        start_date=start,
        end_date=end,
        status=status,
        formats=tuple(sorted(union(Field.FORMAT))),
        participants=tuple(sorted(participants)),
        mediators=tuple(sorted(mediators)),
        delegations=tuple(delegations),
        outcome=single(Field.OUTCOME),
        agreed_to_continue={"true": True, "false": False}.get(continued or ""),
        topics=tuple(sorted(union(Field.TOPIC))),
        atmosphere=tuple(sorted(union(Field.ATMOSPHERE))),
        sources=tuple(sorted(sources, key=_source_key)),
        claims=tuple(sorted(claims, key=lambda sc: (_source_key(sc.source), _claim_key(sc.claim)))),
        disputed=tuple(sorted(disputed)),
    )


def _member_key(item: SourcedMention) -> MentionKey:
    source = item.source
    return mention_key(
        item.mention.kind,
        source.published,
        source.url,
        source.article_id,
        claims_key(item.mention.claims),
    )


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Abu Dhabi" -> "abu-dhabi"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _base_id(conflict: str, start_date: date | None, city: str | None) -> str:
    parts = [
        slug(conflict) or "conflict",
        start_date.isoformat() if start_date else "undated",
    ]
    if city:
        parts.append(slug(city) or "city")
    return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Slot:
    """What numbering needs of a round: its plan's order and three of its values."""

    order: MentionKey
    start_date: date | None
    city: str | None
    status: str | None


def number(conflict: str, slots: Sequence[Slot]) -> list[tuple[str, int | None]]:
    """Ids and sequence numbers of one conflict's rounds, one pair per slot, in slot order.

    Ids are unique and stable: conflict, start date and city, with a suffix for a second
    round of the same day and city. Dated rounds that were not cancelled are numbered in
    date order.
    """

    def chronological(at: int) -> tuple[bool, date, str, MentionKey]:
        r = slots[at]
        return (r.start_date is None, r.start_date or date.min, r.city or "", r.order)

    numbered: list[tuple[str, int | None]] = [("", None)] * len(slots)
    taken: set[str] = set()
    last_suffix: dict[str, int] = {}  # so that many rounds of one base cost no rescans
    sequence = 0
    for at in sorted(range(len(slots)), key=chronological):
        r = slots[at]
        base = _base_id(conflict, r.start_date, r.city)
        n = last_suffix.get(base, 1)
        rid = base if n == 1 else f"{base}-{n}"
        while rid in taken:
            n += 1
            rid = f"{base}-{n}"
        taken.add(rid)
        last_suffix[base] = n
        seq = None
        if r.start_date is not None and r.status != "cancelled":
            sequence += 1
            seq = sequence
        numbered[at] = (rid, seq)
    return numbered


def place(placements: Iterable[Placement]) -> list[Plan]:
    """Decide the rounds of every conflict and which mentions each one merges."""
    per_conflict: dict[str, list[_Placed]] = defaultdict(list)
    for p in placements:
        per_conflict[p.conflict].append(_placed(p))
    plans: list[Plan] = []
    for conflict in sorted(per_conflict):
        items = sorted(per_conflict[conflict], key=lambda p: p.key)
        for cluster in _place_conflict(conflict, items):
            if cluster.members:
                members = sorted(cluster.members, key=lambda p: p.key)
                refs = tuple(p.ref for p in members)
                plans.append(Plan(conflict, cluster.city, refs, members[0].key))
    return plans


def _by_conflict(plans: Sequence[Plan]) -> Iterable[tuple[str, list[Plan]]]:
    groups: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans:
        groups[plan.conflict].append(plan)
    return sorted(groups.items())


def stands(r: Round, members: Iterable[SourcedMention]) -> bool:
    """Whether a drafted round has the evidence to be listed: a day, more than one article,
    a recollection of it, or at least a time its evidence tells ("in July", "next week").

    One article's mention that nothing places in time and that joins no round ("what
    became of the Jeddah talks", "the talks will move to Geneva") is most often a process or
    a plan named in passing, not a sitting one can tell apart. It stays stored, and the
    round appears once a day or a second article confirms it. A recollection ("two earlier
    rounds in Abu Dhabi") is kept: earlier rounds are what back-references tell.
    """
    if r.start_date is not None or len({s.article_id for s in r.sources}) > 1:
        return True
    told = list(members)
    if any(m.mention.kind is MentionKind.BACK_REFERENCE for m in told):
        return True
    published = next((m.source.published for m in told), None)
    return any(find_dates(sentence, published) for sentence in {c.claim.sentence for c in r.claims})


def merge_mentions(mentions: Iterable[SourcedMention]) -> list[Round]:
    """Merge mentions from any number of articles into rounds, sorted by conflict and date.

    The output depends only on the set of mentions, not on their order.
    """
    items = dict(enumerate(mentions))
    plans = place(placement(ref, item) for ref, item in items.items())
    rounds: list[Round] = []
    for conflict, group in _by_conflict(plans):
        drafted = [(plan, draft(plan, items)) for plan in group]
        kept = [(p, d) for p, d in drafted if stands(d, (items[ref] for ref in p.refs))]
        slots = [Slot(p.order, d.start_date, d.city, d.status) for p, d in kept]
        for (_, d), (rid, seq) in zip(kept, number(conflict, slots), strict=True):
            rounds.append(replace(d, id=rid, sequence=seq))
    rounds.sort(key=lambda r: (r.conflict, r.start_date is None, r.start_date or date.min, r.id))
    return rounds
