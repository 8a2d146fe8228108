"""Property tests: parsers never raise on any bytes; CSV export never starts a formula."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotrack.article_extractor import extract_article
from negotrack.export import FORMULA_START, defuse, write_csv
from negotrack.feed_parser import parse_feed

QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look like feeds and pages often enough to reach past the first checks.
_FEEDISH = st.sampled_from(
    [
        b'<?xml version="1.0"?>',
        b'<rss version="2.0"><channel>',
        b"<item><title>",
        b"</title><link>http://x/",
        b"</link></item>",
        b"<!DOCTYPE rss [<!ENTITY a '&b;'>]>",
        b"&a;",
        b"<![CDATA[",
        b"]]>",
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
        b"\xff\xfe",
        b"\x00",
        b"<html><head><meta charset=",
        b"windows-1251>",
        b"<body><article><p>",
        b"Peace talks in Geneva. ",
    ]
)
_DOCUMENT = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(_FEEDISH, st.binary(max_size=20)), max_size=40).map(b"".join),
)


@QUICK
@given(_DOCUMENT, st.sampled_from(["", "application/rss+xml; charset=utf-16", "text/xml"]))
def test_parse_feed_never_raises(content: bytes, content_type: str) -> None:
    parsed = parse_feed(content, "http://127.0.0.1/feed.xml", {"content-type": content_type})
    for entry in parsed.items:
        assert entry.key and len(entry.key) <= 2000
        assert entry.title is None or "\x00" not in entry.title


@QUICK
@given(_DOCUMENT, st.sampled_from(["", "text/html", "text/html; charset=bogus", "image/png"]))
def test_extract_article_never_raises(content: bytes, content_type: str) -> None:
    article = extract_article(content, "http://127.0.0.1/page", content_type)
    assert article.status in ("ok", "empty", "not_html")
    assert (article.text is not None) == (article.status == "ok")
    assert article.text is None or "\x00" not in article.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=8))
def test_csv_round_trips_text_and_never_starts_a_formula(rows: list[list[str]]) -> None:
    out = io.StringIO(newline="")
    records = [{"a": a, "b": b} for a, b in rows]
    assert write_csv(out, ("a", "b"), records) == len(rows)
    text = out.getvalue()
    assert text.startswith("\ufeff")
    read = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert read[0] == ["a", "b"]
    assert len(read) == len(rows) + 1
    for (a, b), cells in zip(rows, read[1:], strict=True):
        for original, cell in zip((a, b), cells, strict=True):
            assert not cell.startswith(FORMULA_START)
            # the cell is the text, with the one quote defuse adds when it is needed
            assert cell == defuse(original)
            assert cell.removeprefix("'") == original or cell == original
