"""The store's tables.

Feeds, the items they list, the articles behind them and the ingest-run log; next to
them the rounds: what each article says (``round_mention``), the merged rounds and the
claims behind every value. Lists inside a round are JSON text so that a round is one row
to read; everything a query filters on is a real, indexed column. Times are naive UTC
(``NaiveDatetime``): SQLite has no time zones, and the same values go to PostgreSQL.
"""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))


class Feed(SQLModel, table=True):
    __tablename__ = "feed"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    title: str | None = Field(default=None, sa_column=Column(Text))
    # True when added with `feeds add` (or from seeds/feeds.toml): polled by plain `ingest`.
    # Feeds given with `ingest --feed` are recorded too, so their state carries over.
    subscribed: bool = False
    etag: str | None = Field(default=None, sa_column=Column(Text))
    last_modified: str | None = Field(default=None, sa_column=Column(Text))
    added_at: NaiveDatetime
    last_checked: NaiveDatetime | None = None
    last_status: str | None = Field(default=None, max_length=64)
    consecutive_failures: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    # Not polled before this time: Cache-Control max-age, Retry-After or failure backoff.
    next_check_after: NaiveDatetime | None = None
    bozo: bool = False  # the last parse found the feed ill-formed (still used if it had items)


class Article(SQLModel, table=True):
    __tablename__ = "article"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    canonical_url: str | None = Field(default=None, sa_column=Column(Text, index=True))
    guid: str | None = Field(default=None, sa_column=Column(Text))
    feed_id: int | None = Field(default=None, foreign_key="feed.id", index=True)
    title: str | None = Field(default=None, sa_column=Column(Text))
    outlet: str | None = Field(default=None, sa_column=Column(Text))
    published_at: NaiveDatetime | None = Field(default=None, index=True)
    fetched_at: NaiveDatetime
    text: str | None = Field(default=None, sa_column=Column(Text))
    content_hash: str | None = Field(default=None, max_length=64, index=True)
    language: str | None = Field(default=None, max_length=16)
    # The page as downloaded (zlib), so articles can be re-extracted as extraction improves.
    html_z: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    # "ok", "empty" (no main text found), "not_html" (image, PDF...)
    extraction_status: str = Field(default="ok", max_length=16)


class ArticleLink(SQLModel, table=True):
    """Every URL and GUID that led to an article: syndicated copies share one article."""

    __tablename__ = "article_link"
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    url: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    guid: str | None = Field(default=None, sa_column=Column(Text, index=True))
    feed_id: int | None = Field(default=None, foreign_key="feed.id")
    first_seen: NaiveDatetime


class FeedItem(SQLModel, table=True):
    """Each item a feed listed, with what was done with it and why."""

    __tablename__ = "feed_item"
    __table_args__ = (UniqueConstraint("feed_id", "item_key"),)
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id")
    item_key: str = Field(sa_column=Column(Text, nullable=False))  # GUID, else link, else title
    link: str | None = Field(default=None, sa_column=Column(Text))
    title: str | None = Field(default=None, sa_column=Column(Text))
    # "stored" | "duplicate" | "skipped" | "failed" (failed items are tried again)
    status: str = Field(max_length=16)
    reason: str | None = Field(default=None, sa_column=Column(Text))
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    first_seen: NaiveDatetime
    last_seen: NaiveDatetime


class IngestRun(SQLModel, table=True):
    __tablename__ = "ingest_run"
    id: int | None = Field(default=None, primary_key=True)
    started_at: NaiveDatetime
    finished_at: NaiveDatetime | None = None
    feeds_checked: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    feeds_deferred: int = 0
    new_articles: int = 0
    duplicates: int = 0
    skipped: int = 0
    pages_failed: int = 0
    errors: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list
    exit_code: int | None = None


class RoundMentionRow(SQLModel, table=True):
    """What one article says about one round (``rounds.model.RoundMention``)."""

    __tablename__ = "round_mention"
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    conflict: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=16)
    claims: str = Field(sa_column=Column(Text, nullable=False))  # JSON list of claims
    # What placing the mention among rounds needs (``rounds.merge.Placement``), kept in
    # columns so that a merge reads no claims but those of the rounds that changed.
    city: str | None = Field(default=None, max_length=128)
    start_date: date | None = None
    claims_key: str = Field(default="", max_length=64)
    # the city is the dateline's alone (``rounds.merge.weak_city``); the server default
    # matches the upgrade step's, so a new store and an upgraded one take the same rows
    city_weak: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    # the round's last day, where the mention tells one within a round's longest run
    end_date: date | None = None


class RoundRow(SQLModel, table=True):
    __tablename__ = "round"
    __table_args__ = (Index("ix_round_conflict_start", "conflict", "start_date"),)
    id: str = Field(primary_key=True, max_length=128)
    conflict: str = Field(max_length=64)
    sequence: int | None = None
    city: str | None = Field(default=None, max_length=128, index=True)
    country: str | None = Field(default=None, max_length=128)
    start_date: date | None = Field(default=None, index=True)
    end_date: date | None = None
    status: str | None = Field(default=None, max_length=16)
    outcome: str | None = Field(default=None, max_length=32)
    agreed_to_continue: bool | None = None
    formats: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    participants: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    mediators: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    delegations: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    topics: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    atmosphere: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    disputed: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    n_sources: int = 0
    # A digest of what the round was drafted from (see store.rounds.rebuild_conflict); a
    # later merge that gives the round the same members keeps it as it is.
    members: str | None = Field(default=None, max_length=64)


class RoundSourceRow(SQLModel, table=True):
    __tablename__ = "round_source"
    round_id: str = Field(foreign_key="round.id", primary_key=True, max_length=128)
    article_id: int = Field(foreign_key="article.id", primary_key=True, index=True)


class RoundClaimRow(SQLModel, table=True):
    """One claim behind a round's value: the evidence shown by `round ID`."""

    __tablename__ = "round_claim"
    id: int | None = Field(default=None, primary_key=True)
    round_id: str = Field(foreign_key="round.id", index=True, max_length=128)
    article_id: int = Field(foreign_key="article.id", index=True)
    field: str = Field(max_length=32)
    value: str = Field(sa_column=Column(Text, nullable=False))
    party: str | None = Field(default=None, max_length=128)
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    confidence: float


class MergeState(SQLModel, table=True):
    """Per conflict: the newest mention merged into its rounds (see store.rounds)."""

    __tablename__ = "merge_state"
    conflict: str = Field(primary_key=True, max_length=64)
    merged_upto: int = 0
