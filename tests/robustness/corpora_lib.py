"""Serving the shared test corpora on loopback: used by test_corpora.py and bench/corpora.py.

feedparser's feeds are served with the HTTP headers their leading comment names (the
``Header:`` lines), since several only mean something with them; trafilatura's pages are
listed by one feed of our own so that a single ingest reads them all.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from tests.server import Reply, TestServer

_HEADER = re.compile(r"^Header:\s*([\w-]+):\s*(.*?)\s*$", re.M)


def feedparser_files(root: Path, *, sample: bool) -> list[Path]:
    """Every feed file, or a fixed sample: each 10th, plus all ill-formed and encoding ones."""
    files = sorted(
        p for p in (root / "feedparser").rglob("*") if p.is_file() and p.suffix in (".xml", ".json")
    )
    if not sample:
        return files
    keep = ("illformed", "encoding")
    return [
        p
        for n, p in enumerate(files)
        if n % 10 == 0 or p.relative_to(root / "feedparser").parts[0] in keep
    ]


def declared_headers(data: bytes) -> dict[str, str]:
    """The ``Header: Name: value`` lines of a feedparser test file's leading comment."""
    # UTF-16/32 files: dropping NULs leaves the ASCII of the comment readable
    head = data[:4096].replace(b"\x00", b"").decode("latin-1")
    return {name: value for name, value in _HEADER.findall(head)}


def serve_feedparser(server: TestServer, files: list[Path]) -> list[str]:
    """Serve each file at /fp/N.xml; returns their URLs in order."""
    urls = []
    for n, path in enumerate(files):
        data = path.read_bytes()
        headers = declared_headers(data)
        if not any(k.lower() == "content-type" for k in headers):
            headers["Content-Type"] = "application/xml"
        route = f"/fp/{n}{path.suffix}"
        server.route(route, Reply(200, data, headers))
        urls.append(server.url(route))
    return urls


def trafilatura_pages(root: Path, *, every: int = 1) -> list[Path]:
    base = root / "trafilatura"
    pages = sorted(
        p
        for folder in ("cache", "eval")
        for p in (base / folder).iterdir()
        if p.is_file() and (p.suffix == ".html" or "." in p.name)
    )
    return pages[::every]


def serve_trafilatura(server: TestServer, pages: list[Path]) -> str:
    """Serve the pages at /page/N and one RSS feed listing them all; returns the feed URL."""
    items = []
    for n, path in enumerate(pages):
        # no charset in the header: the page's own declaration (or detection) must do
        server.route(f"/page/{n}", Reply(200, path.read_bytes(), {"Content-Type": "text/html"}))
        items.append(
            f"<item><title>{escape(path.stem)}</title><link>{server.url(f'/page/{n}')}</link>"
            f"<guid>page-{n}</guid></item>"
        )
    feed = '<rss version="2.0"><channel><title>corpus</title>' + "".join(items)
    server.route(
        "/pages.xml",
        Reply(200, (feed + "</channel></rss>").encode(), {"Content-Type": "application/rss+xml"}),
    )
    return server.url("/pages.xml")
