"""Feed registration and per-feed state: validators, failures and back-off."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from negotrack.errors import ConfigError, NotFound
from negotrack.store.db import Store, utcnow
from negotrack.store.models import Feed

BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_CAP = timedelta(hours=6)  # a failing feed is tried at least this often, forever
MAX_AGE_CAP = timedelta(hours=24)


def normalise_location(location: str) -> str:
    """A feed is an http(s) URL or a local file, stored as its absolute path."""
    location = location.strip()
    if not location:
        raise ConfigError("an empty feed location")
    if "://" in location:
        scheme = location.split("://", 1)[0].lower()
        if scheme not in ("http", "https", "file"):
            raise ConfigError(f"{location}: only http(s) URLs and local files are feeds")
        return location
    return str(Path(location).expanduser().resolve())


def is_local(location: str) -> bool:
    return "://" not in location or location.lower().startswith("file://")


def get_or_create(session: Session, url: str, *, subscribed: bool = False) -> Feed:
    feed = session.exec(select(Feed).where(Feed.url == url)).first()
    if feed is None:
        feed = Feed(url=url, subscribed=subscribed, added_at=utcnow())
        session.add(feed)
        session.flush()
    elif subscribed and not feed.subscribed:
        feed.subscribed = True
        session.add(feed)
    return feed


def add(store: Store, location: str, title: str | None = None) -> Feed:
    url = normalise_location(location)
    with store.session() as session:
        feed = get_or_create(session, url, subscribed=True)
        if title and not feed.title:
            feed.title = title
        session.commit()
        session.refresh(feed)
        return feed


def remove(store: Store, location: str) -> None:
    """Unsubscribe: the feed's state and its articles stay, it is just not polled."""
    url = location.strip() if "://" in location else normalise_location(location)
    with store.session() as session:
        feed = session.exec(select(Feed).where(Feed.url == url)).first()
        if feed is None or not feed.subscribed:
            raise NotFound(f"no subscribed feed {location!r} (see `negotrack feeds list`)")
        feed.subscribed = False
        session.add(feed)
        session.commit()


def list_feeds(store: Store, *, all_feeds: bool = True) -> list[Feed]:
    with store.session() as session:
        query = select(Feed).order_by(col(Feed.subscribed).desc(), col(Feed.url))
        if not all_feeds:
            query = query.where(col(Feed.subscribed).is_(True))
        return list(session.exec(query))


@dataclass(frozen=True)
class DefaultFeed:
    url: str
    title: str | None


def read_default_feeds(path: Path) -> list[DefaultFeed]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the default feed list: {exc}") from exc
    feeds = []
    for number, entry in enumerate(data.get("feed", []), 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise ConfigError(f"{path}: feed #{number} needs a url")
        title = entry.get("title")
        feeds.append(DefaultFeed(entry["url"], title if isinstance(title, str) else None))
    return feeds


def seed_defaults(store: Store, path: Path) -> int:
    """Subscribe a new store to the default feeds; returns how many were added."""
    defaults = read_default_feeds(path)
    with store.session() as session:
        for default in defaults:
            feed = get_or_create(session, default.url, subscribed=True)
            feed.title = feed.title or default.title
            session.add(feed)
        session.commit()
    return len(defaults)


def backoff_delay(failures: int, rng: random.Random) -> timedelta:
    """Capped exponential back-off with jitter: 5 min, 10, 20 ... 6 h, times 0.5-1.0."""
    step = BACKOFF_BASE * (1 << min(max(failures - 1, 0), 16))
    return min(step, BACKOFF_CAP) * rng.uniform(0.5, 1.0)


def record_success(
    feed: Feed,
    now: datetime,
    *,
    status: int,
    etag: str | None,
    last_modified: str | None,
    max_age: float | None,
    title: str | None = None,
    bozo: bool = False,
    problem: str | None = None,
) -> None:
    feed.last_checked = now
    feed.last_status = str(status)
    feed.consecutive_failures = 0
    feed.last_error = problem
    feed.bozo = bozo
    if status == 200:
        # A 200 without validators clears old ones: sending stale ones back is pointless.
        feed.etag = etag
        feed.last_modified = last_modified
    if title:
        feed.title = title
    feed.next_check_after = now + min(timedelta(seconds=max_age), MAX_AGE_CAP) if max_age else None


def record_failure(
    feed: Feed,
    now: datetime,
    *,
    status: str,
    error: str,
    retry_after: float | None,
    rng: random.Random,
) -> None:
    feed.last_checked = now
    feed.last_status = status
    feed.consecutive_failures += 1
    feed.last_error = error
    delay = backoff_delay(feed.consecutive_failures, rng)
    if retry_after is not None:
        delay = max(delay, min(timedelta(seconds=retry_after), MAX_AGE_CAP))
    feed.next_check_after = now + delay
