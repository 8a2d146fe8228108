"""Page bytes in, an article record out, through trafilatura. It never fetches."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

from trafilatura import bare_extraction
from trafilatura.utils import decode_file

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_LANG = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ExtractedArticle:
    status: str  # "ok" | "empty" | "not_html"
    text: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None  # from the page's metadata (date precision)
    canonical_url: str | None = None
    language: str | None = None
    content_hash: str | None = None


def looks_like_html(content_type: str, content: bytes) -> bool:
    """Images, PDFs and other binaries are not handed to the HTML extractor."""
    if content_type and content_type not in _HTML_TYPES and "html" not in content_type:
        return False
    head = content[:1024].lstrip()
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04")):
        return False
    return b"\x00" not in head[:64]


def content_hash(text: str) -> str:
    """The same story under other URLs hashes alike: case, spacing and Unicode form aside."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = _CONTROL.sub("", value).strip()
    return value or None


def _page_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def extract_article(content: bytes, url: str, content_type: str = "") -> ExtractedArticle:
    """Main text and metadata of a news page. Never raises on bad pages."""
    if not looks_like_html(content_type, content):
        return ExtractedArticle(status="not_html")
    try:
        # decode_file tries the declared charset, then detection, then a lossy fallback
        html = decode_file(content).replace("\x00", "")
        doc = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura on a hostile page: recorded as "empty", the run goes on
        doc = None
    if doc is None:
        return ExtractedArticle(status="empty")
    text = clean_text(getattr(doc, "text", None))
    language = getattr(doc, "language", None)
    if not language:
        match = _LANG.search(content[:4096])
        language = match.group(1).decode("ascii").lower() if match else None
    canonical = getattr(doc, "url", None)
    return ExtractedArticle(
        status="ok" if text else "empty",
        text=text,
        title=clean_text(getattr(doc, "title", None)),
        outlet=clean_text(getattr(doc, "sitename", None)),
        published=_page_date(getattr(doc, "date", None)),
        canonical_url=canonical if canonical and canonical != url else None,
        language=language,
        content_hash=content_hash(text) if text else None,
    )
