"""Feed bytes in, feed items out. feedparser is only ever given bytes: it never fetches
(it has no timeout), and its sanitiser cleans the HTML of titles and summaries."""

from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

# feedparser resolves relative links against the document's base; we give it the feed's
# URL through the Content-Location header it honours.
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_MAX_TEXT = 2000  # titles and summaries longer than this are truncated


@dataclass(frozen=True)
class FeedItem:
    key: str  # GUID, else link, else title: what identifies the item within its feed
    guid: str | None
    link: str | None
    title: str | None
    summary: str | None
    published: datetime | None  # aware, UTC


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    items: list[FeedItem]
    bozo: bool  # ill-formed: feedparser recovered what it could
    problem: str | None  # why it is ill-formed, for the feed's state


def plain_text(value: str | None) -> str | None:
    """Markup and entities out, whitespace collapsed: what we store and match on."""
    if not value:
        return None
    text = _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", value))).strip()
    return text[:_MAX_TEXT] or None


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def parse_feed(content: bytes, url: str, headers: dict[str, str] | None = None) -> ParsedFeed:
    """Parse a feed document. Never raises on bad input: bozo carries the problem."""
    # feedparser resolves relative links (xml:base too) against Content-Location, but it
    # mangles file: URLs (file:///a/b -> file://a/b): local feeds are joined by urljoin below.
    local = url.lower().startswith("file:")
    response_headers = {} if local else {"content-location": url}
    if headers and headers.get("content-type"):
        response_headers["content-type"] = headers["content-type"]
    try:
        parsed = feedparser.parse(content, response_headers=response_headers)
    except Exception as exc:  # feedparser is meant not to raise; a bug there mustn't stop a run
        return ParsedFeed(None, [], True, f"parser failure: {type(exc).__name__}")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        guid = (entry.get("id") or "").strip() or None
        link = (entry.get("link") or "").strip() or None
        if link:
            link = urljoin(url, link)
        title = plain_text(entry.get("title"))
        key = guid or link or title
        if key is None:
            continue
        summary = plain_text(entry.get("summary"))
        items.append(FeedItem(key[:2000], guid, link, title, summary, _when(entry)))
    problem = None
    if parsed.get("bozo"):
        cause = parsed.get("bozo_exception")
        problem = (
            f"ill-formed feed: {type(cause).__name__}: {cause}"[:500]
            if cause
            else "ill-formed feed"
        )
    if not items and not parsed.get("version"):
        problem = problem or "not a feed (no RSS or Atom found)"
    return ParsedFeed(
        plain_text(parsed.feed.get("title")), items, bool(parsed.get("bozo")), problem
    )
