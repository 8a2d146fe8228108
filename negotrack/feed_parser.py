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
# C0 and C1 controls (NUL included: PostgreSQL refuses it in text); whitespace is collapsed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MAX_TEXT = 2000  # titles and summaries longer than this are truncated

# The prolog ends where the root element starts; a DOCTYPE, if any, lies before it.
_ROOT = re.compile(rb"<[A-Za-z_]")
_DOCTYPE_NAME = re.compile(rb"<!DOCTYPE\s+([A-Za-z_][\w:.-]*)")
_ENTITY = re.compile(rb"""<!ENTITY\s+(\w+)\s+(["'])(.*?)\2\s*>""", re.S)
# An entity worth keeping: one character reference, or a short literal with no references,
# so that expansion is never more than what "&amp;" itself costs.
_SAFE_VALUE = re.compile(rb"&#\w{1,8};|[^&%<\"']{0,64}")
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


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
    """Markup, entities and control characters out, whitespace collapsed: what we store."""
    if not value:
        return None
    # cut early: a 100 KB title is not worth unescaping whole
    text = html.unescape(_TAGS.sub(" ", value[: _MAX_TEXT * 8]))
    text = _SPACE.sub(" ", _CONTROL.sub("", text)).strip()
    return text[:_MAX_TEXT] or None


def _defuse_prolog(content: bytes) -> bytes:
    """Rewrite the DOCTYPE so that no entity can expand into more than a few characters.

    feedparser drops risky entity declarations only when each stands on a line of its
    own: a DOCTYPE written on one line reaches expat intact, and a billion-laughs feed
    then burns seconds to minutes of CPU before expat's amplification limit stops it.
    External entities go too (feedparser never resolves them; now nothing even names
    them). Only ASCII-compatible encodings are rewritten here; see ``_defuse``.
    """
    root = _ROOT.search(content)
    end = root.start() if root else len(content)
    start = content.find(b"<!DOCTYPE", 0, end)
    if start < 0:
        return content
    name = _DOCTYPE_NAME.match(content, start)
    safe = [
        b'<!ENTITY %s "%s">' % (m.group(1), m.group(3))
        for m in _ENTITY.finditer(content, start, end)
        if _SAFE_VALUE.fullmatch(m.group(3))
    ]
    doctype = b"\n<!DOCTYPE " + (name.group(1) if name else b"rss")
    if safe:
        doctype += b" [\n" + b"\n".join(safe) + b"\n]"
    return content[:start] + doctype + b">\n" + content[end:]


def _defuse(content: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """``_defuse_prolog`` for every encoding: UTF-16/32 documents are read as text first."""
    if not content.startswith(_WIDE_BOMS) and b"\x00" not in content[:4]:
        return _defuse_prolog(content), headers
    for codec in ("utf-16", "utf-32", "utf-16-be", "utf-16-le", "utf-32-be", "utf-32-le"):
        try:
            text = content.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text.lstrip("\ufeff").startswith("<"):
            continue
        utf8 = text.lstrip("\ufeff").encode("utf-8")
        defused = _defuse_prolog(utf8)
        if defused == utf8:
            return content, headers  # nothing to defuse: feedparser reads the original
        # the document is handed over as UTF-8, so its declared encoding must go
        defused = re.sub(rb"^(<\?xml[^>]*?)\sencoding=[\"'][^\"']*[\"']", rb"\1", defused)
        plain = {k: v for k, v in headers.items() if k != "content-type"}
        return defused, plain
    return content, headers


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
        content, response_headers = _defuse(content, response_headers)
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
