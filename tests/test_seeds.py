"""The two articles the project started from, served as news pages behind a feed.

They are read from ../shared/seeds at test time (never copied into the repository) and
wrapped in a page with a navigation bar, "Related" boxes and a list of other headlines,
as the outlets publish them. Skipped when ../shared/seeds is absent.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tests.conftest import SHARED, run_cli
from tests.server import TestServer

SEEDS = SHARED / "seeds"
# (file, outlet, published): both outlets published on the second day of the round
ARTICLES = [
    ("000_6fb147435889008f.txt", "TRT World", "Wed, 18 Feb 2026 12:00:00 GMT"),
    ("004_f5dd73d8016e6d72.txt", "Sofia Globe", "Wed, 18 Feb 2026 10:30:00 GMT"),
]


def as_news_page(text: str, outlet: str) -> tuple[str, str]:
    """The seed text as an outlet's page: headline, body paragraphs, boxes around them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = next(line for line in lines if len(line) > 40)
    body: list[str] = []
    related: list[str] = []
    tail: list[str] = []
    in_tail = False
    for line in lines:
        if line in ("Explore", "Tags") or line.startswith("Tags"):
            in_tail = True
            continue
        if in_tail:
            tail.append(line)
        elif line.startswith("Related"):
            related.append(line.removeprefix("Related"))
        elif line != title:
            body.append(line)
    esc = html.escape
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {esc(outlet)}</title>
<meta property="og:site_name" content="{esc(outlet)}"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{esc(title)}</h1>
{"".join(f"<p>{esc(p)}</p>" for p in body)}
</article>
<aside class="related"><h3>Related</h3><ul>{"".join(f"<li><a href='/r'>{esc(r)}</a></li>" for r in related)}</ul></aside>
</main>
<footer><h3>Explore</h3><ul>{"".join(f"<li><a href='/e'>{esc(t)}</a></li>" for t in tail)}</ul></footer>
</body></html>"""
    return title, page


@pytest.fixture
def seeded(server: TestServer) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    items = []
    for n, (name, outlet, published) in enumerate(ARTICLES):
        title, page = as_news_page((SEEDS / name).read_text(encoding="utf-8"), outlet)
        server.serve(f"/news/{n}", page)
        items.append(
            f"<item><title>{html.escape(title)}</title><link>{server.url(f'/news/{n}')}</link>"
            f"<guid>seed-{n}</guid><pubDate>{published}</pubDate></item>"
        )
    server.serve(
        "/seeds.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Seeds</title>'
        + "".join(items)
        + "</channel></rss>",
        "application/rss+xml",
    )
    return server.url("/seeds.xml")


def test_the_geneva_round_from_the_seed_articles(seeded: str, db_path: Path) -> None:
    ingest = run_cli("--db", str(db_path), "ingest", "--feed", seeded)
    assert ingest.returncode == 0, ingest.stderr
    assert "2 new" in ingest.stdout
    out = run_cli("--db", str(db_path), "export", "rounds", "--format", "json")
    rounds = [r for r in json.loads(out.stdout) if r["conflict"] == "ukraine"]
    geneva = [r for r in rounds if r["city"] == "Geneva"]
    assert len(geneva) == 1, rounds
    g = geneva[0]
    assert g["start_date"] == "2026-02-17"
    assert g["country"] == "Switzerland"
    assert len(g["sources"]) == 2
    assert g["participants"] == ["Russia", "Ukraine", "United States"]
    assert g["mediators"] == ["United States"]
    heads = {d["party"]: d["head"] for d in g["delegations"]}
    assert heads["United States"].endswith("Witkoff")
    assert heads["Ukraine"].endswith("Umerov")
    assert heads["Russia"].endswith("Medinsky")
    assert {"trilateral", "bilateral"} <= set(g["formats"])
    assert g["outcome"] == "no_breakthrough"
    assert g["agreed_to_continue"] is True
    assert {"territory", "security_guarantees"} <= set(g["topics"])
    assert "tense" in g["atmosphere"]
    earlier = [r for r in rounds if r["city"] == "Abu Dhabi"]
    assert earlier, "the back-reference to the Abu Dhabi rounds makes an earlier round"
    assert all((r["start_date"] or "0") < "2026-02-17" for r in earlier)

    # nothing from the navigation, related boxes or the list of other headlines
    articles = run_cli("--db", str(db_path), "export", "articles", "--format", "json")
    assert articles.returncode == 0
    detail = run_cli("--db", str(db_path), "round", g["id"])
    assert detail.returncode == 0, detail.stderr
    for noise in (
        "Galatasaray",
        "Juventus",
        "Somaliland",
        "Kenya airport",
        "Land concessions in focus",
    ):
        assert noise not in detail.stdout
    assert "TRT World" in detail.stdout and "Sofia Globe" in detail.stdout


def test_second_run_changes_nothing(seeded: str, db_path: Path) -> None:
    assert run_cli("--db", str(db_path), "ingest", "--feed", seeded).returncode == 0
    first = run_cli("--db", str(db_path), "export", "rounds", "--format", "json").stdout
    again = run_cli("--db", str(db_path), "ingest", "--feed", seeded)
    assert again.returncode == 0 and "0 new" in again.stdout
    assert run_cli("--db", str(db_path), "export", "rounds", "--format", "json").stdout == first
    reextract = run_cli("--db", str(db_path), "reextract")
    assert reextract.returncode == 0, reextract.stderr
    assert run_cli("--db", str(db_path), "export", "rounds", "--format", "json").stdout == first
