"""Hostile feeds and misbehaving servers, each on loopback next to a good feed.

Every case checks four things: the run ends in bounded time (and, where it matters,
bounded memory), the failure is named in the run summary, the feed's state (what
`negotrack feeds list` shows) says what happened, and the good feed is stored anyway.
"""

from __future__ import annotations

import dataclasses
import email.utils
import itertools
import struct
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from negotrack.errors import ExitCode, FetchError
from negotrack.feed_parser import parse_feed
from negotrack.fetch import Fetcher, FetchPolicy
from negotrack.store.db import Store
from tests.robustness.conftest import (
    GOOD_PAGE,
    QUICK,
    articles,
    assert_good_feed_stored,
    feed_state,
    item,
    items_of,
    rss,
    run,
    serve_good_feed,
)
from tests.server import Reply, TestServer

RSS = "application/rss+xml"


def joined(errors: list[str]) -> str:
    return "\n".join(errors)


# -- XML entities ---------------------------------------------------------------------


def billion_laughs() -> bytes:
    levels = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [' + "".join(levels) + "]>"
        '<rss version="2.0"><channel><title>&l9;</title>'
        "<item><title>Peace talks &l9;</title><link>http://example.org/a</link></item>"
        "</channel></rss>"
    ).encode()


def quadratic_blowup() -> bytes:
    # one 50 KB entity used 20,000 times: 1 GB once expanded, with no nesting at all
    return (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "'
        + b"A" * 50_000
        + b'">]><rss version="2.0"><channel><title>q</title><item><title>Talks '
        + b"&a;" * 20_000
        + b"</title><link>http://example.org/q</link></item></channel></rss>"
    )


@pytest.mark.parametrize("document", [billion_laughs, quadratic_blowup])
def test_entity_bombs_are_not_expanded(document: object) -> None:
    assert callable(document)
    tracemalloc.start()
    started = time.monotonic()
    parsed = parse_feed(document(), "http://127.0.0.1/bomb.xml", {"content-type": RSS})
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 10
    assert peak < 64 << 20, f"{peak >> 20} MiB to parse a {len(document())} byte feed"
    assert parsed.bozo and parsed.problem
    for entry in parsed.items:
        assert len(entry.title or "") <= 2000
        assert "lollollol" not in (entry.title or "") and "AAAAAAAAAA" not in (entry.title or "")


def test_entity_bombs_in_a_run(server: TestServer, store: Store) -> None:
    good = serve_good_feed(server)
    server.serve("/lol.xml", billion_laughs(), RSS)
    server.serve("/quad.xml", quadratic_blowup(), RSS)
    started = time.monotonic()
    summary = run(store, server.url("/lol.xml"), server.url("/quad.xml"), good)
    assert time.monotonic() - started < 30
    assert_good_feed_stored(store, server)
    for path in ("/lol.xml", "/quad.xml"):
        state = feed_state(store, server.url(path))
        # recovered (bozo) or refused, the state says the feed is ill-formed
        assert state.bozo or state.consecutive_failures == 1
        assert state.last_error and "ill-formed" in state.last_error, state.last_error
    for it in items_of(store, server.url("/lol.xml")) + items_of(store, server.url("/quad.xml")):
        assert len(it.title or "") <= 2000 and "lollollol" not in (it.title or "")
    assert summary.feeds_checked == 3


def test_external_entities_are_never_resolved(
    server: TestServer, store: Store, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    entity_url = server.url("/entity")
    server.serve("/entity", "REMOTE-ENTITY-CONTENT", "text/plain")
    server.serve("/dtd", '<!ENTITY r "REMOTE-DTD-CONTENT">', "application/xml-dtd")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY f SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY h SYSTEM "{entity_url}"><!ENTITY % d SYSTEM "{server.url("/dtd")}"> %d;]>'
        '<rss version="2.0"><channel><title>x &f;</title>'
        "<item><title>Ceasefire talks &f; &h; &r;</title>"
        "<link>http://example.org/xxe</link><description>&f;&h;</description></item>"
        "</channel></rss>"
    )
    server.serve("/xxe.xml", xxe, RSS)
    good = serve_good_feed(server)
    run(store, server.url("/xxe.xml"), good, fetch_all=False)
    assert server.hits("/entity") == [] and server.hits("/dtd") == []
    assert_good_feed_stored(store, server)
    stored = items_of(store, server.url("/xxe.xml"))
    everything = repr([(i.title, i.reason, i.link) for i in stored])
    everything += repr(feed_state(store, server.url("/xxe.xml")).model_dump())
    for leaked in ("TOP-SECRET", "REMOTE-ENTITY", "REMOTE-DTD"):
        assert leaked not in everything


# -- bodies that are too big, too slow, or never end ----------------------------------


def gzip_bomb(size_mib: int) -> bytes:
    """A valid gzip stream of ``size_mib`` MiB of zeros, about 1 KiB per MiB.

    With a full flush the compressor forgets its history, so every MiB of zeros
    compresses to the same bytes: the bomb is built by repetition, not by compressing.
    """
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    mib = bytes(1 << 20)
    head = comp.compress(mib) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(mib) + comp.flush(zlib.Z_FULL_FLUSH)
    end = comp.flush()[:-8]  # the trailer is rewritten for the full length
    crc = zlib.crc32(mib)
    # the CRC of n MiB of zeros, by doubling would need crc32_combine: a loop is quick enough
    for _ in range(size_mib - 1):
        crc = zlib.crc32(mib, crc)
    trailer = struct.pack("<II", crc, (size_mib << 20) & 0xFFFFFFFF)
    return head + block * (size_mib - 1) + end + trailer


@pytest.fixture(scope="module")
def bomb() -> bytes:
    data = gzip_bomb(2048)  # 2 GiB once inflated
    assert len(data) < 3 << 20
    return data


def test_gzip_bomb_stops_at_the_cap_in_little_memory(server: TestServer, bomb: bytes) -> None:
    assert zlib.decompressobj(31).decompress(bomb[:100_000], 1 << 20) == bytes(1 << 20)
    server.route("/bomb.xml", Reply(200, bomb, {"Content-Type": RSS, "Content-Encoding": "gzip"}))
    with Fetcher(QUICK) as fetcher:
        tracemalloc.start()
        started = time.monotonic()
        with pytest.raises(FetchError, match="too large"):
            fetcher.get(server.url("/bomb.xml"), max_bytes=QUICK.max_feed_bytes)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert elapsed < 3
    # the cap is 1 MiB: a few MiB of working memory, not the hundreds httpx would inflate
    assert peak < 8 << 20, f"peak {peak >> 20} MiB"


def test_gzip_bomb_feed_and_page_in_a_run(server: TestServer, store: Store, bomb: bytes) -> None:
    gz = {"Content-Encoding": "gzip"}
    server.route("/bomb.xml", Reply(200, bomb, {"Content-Type": RSS, **gz}))
    server.route("/bomb.html", Reply(200, bomb, {"Content-Type": "text/html", **gz}))
    server.serve("/links.xml", rss([item("Peace talks, zipped", server.url("/bomb.html"))]), RSS)
    good = serve_good_feed(server)
    summary = run(store, server.url("/bomb.xml"), server.url("/links.xml"), good)
    assert summary.exit_code == ExitCode.PARTIAL
    assert summary.feeds_failed == 1 and summary.pages_failed == 1
    assert joined(summary.errors).count("too large") == 2
    state = feed_state(store, server.url("/bomb.xml"))
    assert state.last_status == "200" and "too large" in (state.last_error or "")
    [page] = items_of(store, server.url("/links.xml"))
    assert page.status == "failed" and "too large" in (page.reason or "")
    assert_good_feed_stored(store, server)


def test_compressed_bodies_still_decode(server: TestServer, store: Store) -> None:
    """The bounded inflater reads what httpx read: gzip, zlib deflate, raw deflate."""
    page = (server.base and b"") or b""
    html = b"<html><body><p>" + b"Peace talks resumed in Geneva. " * 200 + b"</p></body></html>"
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    encodings = {
        "gzip": zlib.compressobj(6, zlib.DEFLATED, 31),
        "deflate": zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS),
    }
    bodies = {name: c.compress(html) + c.flush() for name, c in encodings.items()}
    bodies["raw"] = raw.compress(html) + raw.flush()
    with Fetcher(QUICK) as fetcher:
        for name, body in bodies.items():
            coding = "deflate" if name == "raw" else name
            server.route(f"/{name}", Reply(200, body, {"Content-Encoding": coding}))
            resp = fetcher.get(server.url(f"/{name}"), max_bytes=1 << 20)
            assert resp.content == html + page, name
        server.route("/br", Reply(200, b"xyz", {"Content-Encoding": "br"}))
        with pytest.raises(FetchError, match="could not be decoded"):
            fetcher.get(server.url("/br"), max_bytes=1 << 20)


def endless(chunk: bytes, pause: float = 0.0) -> Iterator[bytes]:
    yield b'<?xml version="1.0"?><rss version="2.0"><channel><title>endless</title>'
    for _ in itertools.count():
        if pause:
            time.sleep(pause)
        yield chunk


def test_body_that_never_ends(server: TestServer, store: Store) -> None:
    server.route("/endless.xml", lambda _r: Reply(200, endless(b"<!-- x -->" * 400)))
    server.route("/endless.html", lambda _r: Reply(200, endless(b"<p>talks</p>" * 400)))
    server.serve("/links.xml", rss([item("Ceasefire talks", server.url("/endless.html"))]), RSS)
    good = serve_good_feed(server)
    started = time.monotonic()
    summary = run(store, server.url("/endless.xml"), server.url("/links.xml"), good)
    assert time.monotonic() - started < QUICK.total_timeout + 5
    assert summary.feeds_failed == 1 and summary.pages_failed == 1
    assert joined(summary.errors).count("too large") == 2, summary.errors
    assert "too large" in (feed_state(store, server.url("/endless.xml")).last_error or "")
    assert_good_feed_stored(store, server)


def test_server_dripping_a_byte_a_second(server: TestServer, store: Store) -> None:
    def drip() -> Iterator[bytes]:
        for byte in b'<rss version="2.0"><channel><title>slow</title></channel></rss>':
            yield bytes([byte])
            time.sleep(0.5)  # each read succeeds well within the 1.5 s read timeout

    server.route("/drip.xml", lambda _r: Reply(200, drip(), {"Content-Type": RSS}))
    good = serve_good_feed(server)
    started = time.monotonic()
    summary = run(store, server.url("/drip.xml"), good)
    elapsed = time.monotonic() - started
    assert elapsed < QUICK.total_timeout + 2.5, elapsed
    assert summary.feeds_failed == 1
    assert "too slow (over 3s)" in joined(summary.errors)
    state = feed_state(store, server.url("/drip.xml"))
    assert state.last_status == "error" and state.last_error == "too slow (over 3s)"
    assert_good_feed_stored(store, server)


def test_server_dripping_its_headers(store: Store, server: TestServer) -> None:
    """The status line and headers a byte at a time: the deadline covers them too."""
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nX-Pad: ":
                    if stop.is_set():
                        break
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break
                    time.sleep(0.3)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/headers.xml"
    good = serve_good_feed(server)
    try:
        started = time.monotonic()
        summary = run(store, url, good)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        thread.join()
        listener.close()
    assert elapsed < QUICK.total_timeout + 2, elapsed
    assert "too slow" in joined(summary.errors)
    assert feed_state(store, url).last_error == "too slow (over 3s)"
    assert_good_feed_stored(store, server)


def test_wrong_content_length(server: TestServer, store: Store) -> None:
    body = rss([item("Ceasefire talks open in Geneva", server.url("/europe/geneva-talks"))])
    # says less than it sends: the body is cut at the declared length
    server.route("/short.xml", Reply(200, body, {"Content-Type": RSS}, content_length=60))
    # says more than it sends, then closes: a broken response
    server.route("/long.xml", Reply(200, body, {"Content-Type": RSS}, content_length=len(body) * 3))
    good = serve_good_feed(server)
    started = time.monotonic()
    summary = run(store, server.url("/short.xml"), server.url("/long.xml"), good)
    assert time.monotonic() - started < 10
    errors = joined(summary.errors)
    long_state = feed_state(store, server.url("/long.xml"))
    assert long_state.consecutive_failures == 1
    assert "broken response" in (long_state.last_error or "")
    assert f"{server.url('/long.xml')}: broken response" in errors
    short_state = feed_state(store, server.url("/short.xml"))
    # 60 bytes of XML hold no item: the feed is refused as ill-formed, not half-read
    assert short_state.consecutive_failures == 1 and short_state.last_status == "unparseable"
    assert server.url("/short.xml") in errors
    assert_good_feed_stored(store, server)


# -- charsets ---------------------------------------------------------------------------


def test_feed_declared_utf8_but_latin1(server: TestServer, store: Store) -> None:
    body = rss([item("Pourparlers à Genève: les délégations", server.url("/fr/geneve"))])
    server.route(
        "/latin1.xml",
        Reply(200, body.decode().encode("latin-1"), {"Content-Type": f"{RSS}; charset=utf-8"}),
    )
    page = "<html><body><article><p>" + "Les pourparlers de paix à Genève ont repris. " * 20
    # no charset anywhere: not in the header, not in the page
    server.route(
        "/fr/geneve",
        Reply(200, (page + "</p></article></body></html>").encode("latin-1"), {}),
    )
    good = serve_good_feed(server)
    run(store, server.url("/latin1.xml"), good, fetch_all=True)
    [entry] = items_of(store, server.url("/latin1.xml"))
    assert entry.title == "Pourparlers à Genève: les délégations"
    state = feed_state(store, server.url("/latin1.xml"))
    assert state.last_status == "200" and state.bozo  # recovered, and the state says so
    stored = articles(store)[server.url("/fr/geneve")]
    assert stored.text and "à Genève" in stored.text
    assert_good_feed_stored(store, server)


# -- rate limits -----------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_retry_after_defers_the_feed(
    server: TestServer, store: Store, status: int, form: str
) -> None:
    wait = 7200
    value = (
        str(wait)
        if form == "seconds"
        else email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=wait), usegmt=True)
    )
    server.route("/busy.xml", Reply(status, b"busy", {"Retry-After": value}))
    good = serve_good_feed(server)
    before = datetime.now(UTC).replace(tzinfo=None)
    summary = run(store, server.url("/busy.xml"), good)
    assert summary.feeds_failed == 1
    assert f"HTTP {status}, retry after" in joined(summary.errors)
    state = feed_state(store, server.url("/busy.xml"))
    assert state.last_status == str(status)
    assert state.next_check_after is not None
    ahead = (state.next_check_after - before).total_seconds()
    assert wait - 60 <= ahead <= wait + 60, ahead
    assert_good_feed_stored(store, server)
    hits = len(server.hits("/busy.xml"))
    again = run(store, server.url("/busy.xml"))
    assert again.feeds_deferred == 1 and again.feeds_checked == 0
    assert len(server.hits("/busy.xml")) == hits  # deferred: not asked again


# -- redirects --------------------------------------------------------------------------


def test_redirect_to_another_host(server: TestServer, store: Store) -> None:
    port = server.base.rsplit(":", 1)[1]
    other = f"http://localhost:{port}"
    server.serve("/moved/geneva", fixture_page(server))
    server.route("/short/1", Reply(301, b"", {"Location": f"{other}/moved/geneva"}))
    server.serve("/real.xml", rss([item("Geneva talks resume", server.url("/short/1"))]), RSS)
    server.route("/feed-moved.xml", Reply(302, b"", {"Location": f"{other}/real.xml"}))
    summary = run(store, server.url("/feed-moved.xml"))
    assert summary.exit_code == ExitCode.OK, summary.errors
    assert summary.new_articles == 1
    from sqlmodel import select

    from negotrack.store.models import ArticleLink

    with store.session() as s:
        links = {link.url: link.article_id for link in s.exec(select(ArticleLink))}
    final = f"{other}/moved/geneva"
    assert final in links and links[final] == links[server.url("/short/1")]
    assert feed_state(store, server.url("/feed-moved.xml")).last_status == "200"


def fixture_page(server: TestServer) -> str:
    from tests.conftest import fixture_text

    return fixture_text("pages/geneva-talks.html", server.base)


def test_feed_redirect_loop(server: TestServer, store: Store) -> None:
    server.route("/a.xml", Reply(302, b"", {"Location": "/b.xml"}))
    server.route("/b.xml", Reply(302, b"", {"Location": "/a.xml"}))
    good = serve_good_feed(server)
    summary = run(store, server.url("/a.xml"), good)
    assert "too many redirects" in joined(summary.errors)
    assert len(server.hits("/a.xml")) + len(server.hits("/b.xml")) <= QUICK.max_redirects + 1
    assert "too many redirects" in (feed_state(store, server.url("/a.xml")).last_error or "")
    assert_good_feed_stored(store, server)


# -- odd items --------------------------------------------------------------------------


# the feed of 10,000 items is about 1.4 MB: over QUICK's cap, well under the default's
BIG_FEEDS = dataclasses.replace(QUICK, max_feed_bytes=FetchPolicy().max_feed_bytes)


def test_ten_thousand_items(server: TestServer, store: Store) -> None:
    """A feed of 10,000 items: one relevant, the rest skipped from the feed alone, and
    all of them settled for the next run (bench/corpora.py times it)."""
    n = 10_000
    entries = [
        item(f"Local football result number {k}", server.url(f"/sport/{k}"), guid=f"g{k}")
        for k in range(n)
    ]
    entries[1234] = item("Peace talks resume in Geneva", server.url(GOOD_PAGE), guid="g-talks")
    server.serve("/big.xml", rss(entries), RSS)
    server.serve(GOOD_PAGE, fixture_page(server))
    summary = run(store, server.url("/big.xml"), policy=BIG_FEEDS)
    assert summary.exit_code == ExitCode.OK, summary.errors
    assert summary.new_articles == 1 and summary.skipped == n - 1
    assert [r.path for r in server.requests] == ["/big.xml", GOOD_PAGE]
    again = run(store, server.url("/big.xml"), policy=BIG_FEEDS)
    assert again.skipped == 0 and again.new_articles == 0  # all settled last time


def test_items_without_link_or_title_and_duplicate_guids(server: TestServer, store: Store) -> None:
    page = fixture_page(server)
    server.serve("/p/untitled", page.replace("second day", "untitled day"))
    server.serve("/p/first", page)
    server.serve("/p/second", page.replace("second day", "other day"))
    entries = [
        item("Ceasefire talks, but no link", None, guid="no-link"),
        item(None, server.url("/p/untitled"), summary="Peace talks in Geneva go on."),
        item("Peace talks: first copy", server.url("/p/first"), guid="same"),
        item("Peace talks: second copy", server.url("/p/second"), guid="same"),
        "<item><description>Nothing to identify this one by</description></item>",
    ]
    server.serve("/odd.xml", rss(entries), RSS)
    summary = run(store, server.url("/odd.xml"))
    assert summary.exit_code == ExitCode.OK, summary.errors
    recorded = {i.item_key: i for i in items_of(store, server.url("/odd.xml"))}
    assert recorded["no-link"].status == "skipped"
    assert recorded["no-link"].reason == "the item has no link"
    untitled = recorded[server.url("/p/untitled")]
    assert untitled.status == "stored" and untitled.title is None
    stored = articles(store)
    assert stored[server.url("/p/untitled")].title  # the page's own title is used
    assert recorded["same"].status == "stored"  # the first of the two, once
    assert server.hits("/p/second") == []
    assert len(recorded) == 3


@pytest.mark.parametrize(
    ("path", "content_type", "body"),
    [
        ("/photo", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(2000)),
        ("/report", "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(2000)),
        ("/mislabelled", "text/html", b"%PDF-1.4\n" + bytes(2000)),
        ("/binary", "", bytes(range(256)) * 8),
    ],
)
def test_page_that_is_not_html(
    server: TestServer, store: Store, path: str, content_type: str, body: bytes
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server.route(path, Reply(200, body, headers))
    server.serve("/f.xml", rss([item("Peace talks: the document", server.url(path))]), RSS)
    summary = run(store, server.url("/f.xml"))
    assert summary.exit_code == ExitCode.OK, summary.errors
    assert summary.new_articles == 1
    stored = articles(store)[server.url(path)]
    assert stored.extraction_status == "not_html" and stored.text is None
    [entry] = items_of(store, server.url("/f.xml"))
    assert entry.status == "stored" and entry.reason == "extraction: not_html"
