"""Poisonous titles: stored safely, and shown as plain text by every command."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from negotrack.store.db import Store
from negotrack.store.models import Article, FeedItem, RoundRow
from tests.conftest import fixture_text, run_cli
from tests.robustness.conftest import rss, run
from tests.server import TestServer

ESCAPE = "\x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \x9b2J"
MARKUP = "[bold red]x[/] [link=http://evil.example]click[/link]"
BIDI = "abc\u202edcba\u2066iso\u2069"
HUGE = "Geneva talks " + "Z" * 100_000


def poison_feed(base: str) -> bytes:
    # NUL cannot be written in XML even as &#0;: the loose parser passes it through raw
    titles = {
        "/p/escape": f"Geneva talks {ESCAPE}",
        "/p/markup": f"Geneva talks {MARKUP}",
        "/p/bidi": f"Geneva talks {BIDI}",
        "/p/nul": "Geneva talks \x00 NUL",
        "/p/huge": HUGE,
    }
    items = "".join(
        f"<item><title><![CDATA[{title}]]></title><link>{base}{path}</link></item>"
        for path, title in titles.items()
    )
    return rss([items], title=f"Feed {ESCAPE} {MARKUP}")


def test_poisonous_titles_are_stored_and_shown_as_text(
    server: TestServer, store: Store, db_path: Path, tmp_path: Path
) -> None:
    page = fixture_text("pages/geneva-talks.html", server.base)
    for n, path in enumerate(("/p/escape", "/p/markup", "/p/bidi", "/p/nul", "/p/huge")):
        # distinct texts, so that each page is an article of its own
        server.serve(path, page.replace("six-hour", f"{n + 2}-hour"))
    server.serve("/poison.xml", poison_feed(server.base), "application/rss+xml")
    summary = run(store, server.url("/poison.xml"), fetch_all=True)
    assert summary.new_articles == 5, summary.errors
    with store.session() as s:
        titles = [a.title or "" for a in s.exec(select(Article))]
        item_titles = [i.title or "" for i in s.exec(select(FeedItem))]
        round_ids = [r.id for r in s.exec(select(RoundRow))]
    for title in titles + item_titles:
        assert "\x00" not in title and "\x1b" not in title and "\x9b" not in title
        assert len(title) <= 2000
    assert any(MARKUP in t for t in titles)  # markup is data: stored as written
    assert round_ids, "the Geneva page should make a round"

    db = ["--db", str(db_path)]
    outputs = {
        "rounds": run_cli(*db, "rounds"),
        "round": run_cli(*db, "round", round_ids[0]),
        "feeds": run_cli(*db, "feeds", "list", "--all"),
        "json": run_cli(*db, "export", "articles", "--format", "json"),
    }
    for name, done in outputs.items():
        assert done.returncode == 0, (name, done.stderr)
        shown = done.stdout + done.stderr
        # bidi controls are kept in exported data (legitimate in RTL text), never on screen
        forbidden = ("\x1b", "\x00", "\x9b") + (() if name == "json" else ("\u202e", "\u2066"))
        for bad in forbidden:
            assert bad not in shown, (name, repr(bad))
    # Rich did not read the markup: it is printed as the characters it is
    assert "[bold red]x[/]" in outputs["round"].stdout
    assert "[bold red]x[/]" in outputs["feeds"].stdout
    exported = json.loads(outputs["json"].stdout)
    assert {a["title"] for a in exported} >= {f"Geneva talks {MARKUP}"}
    assert all(len(a["title"]) <= 2000 for a in exported)
