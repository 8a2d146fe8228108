"""Page bytes in, an article record out, through trafilatura. It never fetches."""

from __future__ import annotations

import codecs
import hashlib
import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

from trafilatura import bare_extraction
from trafilatura.utils import detect_encoding

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_LANG = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")
_BINARY = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # zip, docx, epub
    b"\x1f\x8b",  # gzip: trafilatura would inflate it with no size limit
    b"BZh",
    b"\xfd7zXZ",
    b"(\xb5/\xfd",  # zstd
    b"RIFF",  # webp, avi
    b"\x00\x00\x00",  # mp4, ico and other boxes
)
_PARAM_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# <meta charset=x> and <meta http-equiv=content-type content="...; charset=x">
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# Detectors cannot tell the Latin single-byte code pages apart on a short page; the web's
# default for undeclared pages is windows-1252, and windows-1250 for Central Europe.
_LATIN_FAMILY = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin-1", "iso8859-1", "iso8859-2"}
    | {"iso8859-3", "iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-15"}
    | {"iso8859-16", "mac-roman", "mac-latin2", "cp850", "cp437"}
)
_CENTRAL_EUROPE = frozenset({"pl", "cs", "sk", "hu", "sl", "hr", "bs", "ro", "sr"})


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
    """Images, PDFs, archives and other binaries are not handed to the HTML extractor."""
    content_type = content_type.split(";")[0].strip().lower()
    if content_type and content_type not in _HTML_TYPES and "html" not in content_type:
        return False
    head = content[:1024].lstrip()
    if head.startswith(_BINARY):
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark: NULs are expected
    return b"\x00" not in head[:64]


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.decode("ascii") if isinstance(name, bytes) else name).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_page(content: bytes, content_type: str = "") -> str:
    """The page as text, by the order browsers follow, and never an exception.

    A byte-order mark, then the charset of the HTTP header, then a <meta> declaration,
    then UTF-8; only an undeclared page that is not UTF-8 is left to detection.
    """
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8", errors="replace")
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", errors="replace")
    header = _PARAM_CHARSET.search(content_type)
    meta = _META_CHARSET.search(content[:4096])
    for declared in (header.group(1) if header else None, meta.group(1) if meta else None):
        codec = _codec(declared)
        if codec is None:
            continue
        # a page that claims UTF-16 in ASCII bytes is not UTF-16 (the HTML standard agrees)
        if codec.startswith("utf-16"):
            codec = "utf-8"
        try:
            return content.decode(codec)
        except UnicodeDecodeError:
            break  # a false declaration: fall through to UTF-8 and detection
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guesses = [c for c in map(_codec, detect_encoding(content)) if c]
    if not guesses or guesses[0] in _LATIN_FAMILY:
        lang = _LANG.search(content[:4096])
        central = lang is not None and lang.group(1)[:2].decode().lower() in _CENTRAL_EUROPE
        return content.decode("cp1250" if central else "cp1252", errors="replace")
    return content.decode(guesses[0], errors="replace")


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


# trafilatura shares compiled lxml XPath objects across calls, and those are not
# thread-safe: two extractions at once in one process crashed the interpreter (SIGSEGV).
# Threads take turns here; worker processes each have their own copy and run in parallel.
_TRAFILATURA = threading.Lock()


def extract_article(content: bytes, url: str, content_type: str = "") -> ExtractedArticle:
    """Main text and metadata of a news page. Never raises on bad pages."""
    if not looks_like_html(content_type, content):
        return ExtractedArticle(status="not_html")
    try:
        html = decode_page(content, content_type).replace("\x00", "")
        with _TRAFILATURA:
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
