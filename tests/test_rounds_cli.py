"""Reading rounds from the command line: the demo store, the JSON contract, hostile text."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from negotrack import paths
from tests.conftest import run_cli

CONTRACT = [
    "id",
    "conflict",
    "sequence",
    "city",
    "country",
    "start_date",
    "end_date",
    "status",
    "formats",
    "participants",
    "mediators",
    "delegations",
    "outcome",
    "agreed_to_continue",
    "topics",
    "atmosphere",
    "sources",
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run_cli("--db", str(db), "ingest", "--feed", str(paths.demo_feed_file()))
    assert result.returncode == 0, result.stderr
    return db


def test_demo_command_shows_the_geneva_round() -> None:
    result = run_cli("demo")
    assert result.returncode == 0, result.stderr
    assert "Geneva" in result.stdout and "ukraine-2026-02-17-geneva" in result.stdout
    assert "Medinsky" in result.stdout
    assert "your own store is not touched" in result.stderr
    assert not paths.default_store_path().exists()


def test_rounds_json_follows_the_contract(demo_db: Path) -> None:
    result = run_cli("--db", str(demo_db), "export", "rounds", "--format", "json")
    assert result.returncode == 0, result.stderr
    rounds = json.loads(result.stdout)
    assert rounds
    for r in rounds:
        assert list(r) == CONTRACT
        for key in ("formats", "participants", "mediators", "topics", "atmosphere"):
            assert r[key] == sorted(r[key])
        for d in r["delegations"]:
            assert list(d) == ["party", "head", "members"]
        for s in r["sources"]:
            assert list(s) == ["url", "title", "outlet", "published"]
    listed = json.loads(run_cli("--db", str(demo_db), "rounds", "--format", "json").stdout)
    assert sorted(r["id"] for r in listed) == sorted(r["id"] for r in rounds)
    dated = [r["start_date"] for r in listed if r["start_date"]]
    assert dated == sorted(dated, reverse=True)  # newest first
    assert [r["start_date"] for r in listed[len(dated) :]] == [None] * (len(listed) - len(dated))


def test_demo_rounds_carry_the_facts_of_the_demo_articles(demo_db: Path) -> None:
    out = run_cli("--db", str(demo_db), "rounds", "--conflict", "ukraine", "--format", "json")
    by_id = {r["id"]: r for r in json.loads(out.stdout)}
    assert set(by_id) == {
        "ukraine-2026-01-23-abu-dhabi",
        "ukraine-2026-02-04-abu-dhabi",
        "ukraine-2026-02-17-geneva",
    }
    for r in by_id.values():
        # the United States mediates; Russia and Ukraine are the sides, never go-betweens
        assert r["mediators"] == ["United States"], r["id"]
        assert r["participants"] == ["Russia", "Ukraine", "United States"], r["id"]
    geneva = by_id["ukraine-2026-02-17-geneva"]
    heads = {d["party"]: d["head"] for d in geneva["delegations"]}
    assert heads == {
        "Russia": "Vladimir Medinsky",
        "Ukraine": "Rustem Umerov",
        "United States": "Steve Witkoff",
    }
    assert (geneva["outcome"], geneva["agreed_to_continue"]) == ("no_breakthrough", True)
    assert [r["sequence"] for r in sorted(by_id.values(), key=lambda r: r["id"])] == [1, 2, 3]


def test_rounds_csv_has_heads_and_members(demo_db: Path) -> None:
    result = run_cli("--db", str(demo_db), "export", "rounds", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"), newline="")))
    geneva = next(r for r in rows if r["id"] == "ukraine-2026-02-17-geneva")
    assert "Russia: Vladimir Medinsky" in geneva["heads"]
    assert geneva["formats"] == "bilateral; trilateral"
    assert set(rows[0]) == set(CONTRACT) - {"delegations"} | {"heads", "members"}


def test_filters(demo_db: Path) -> None:
    def ids(*args: str) -> list[str]:
        out = run_cli("--db", str(demo_db), "rounds", "--format", "json", *args)
        assert out.returncode == 0, out.stderr
        return [r["id"] for r in json.loads(out.stdout)]

    assert ids("--conflict", "UKRAINE") == ids("--conflict", "ukraine")
    assert all(i.startswith("ukraine-") for i in ids("--conflict", "ukraine"))
    assert ids("--city", "geneva") == ["ukraine-2026-02-17-geneva"]
    assert "ukraine-2026-02-17-geneva" not in ids("--until", "2026-02-10")
    assert all(
        i >= "ukraine-2026-02" for i in ids("--conflict", "ukraine", "--since", "2026-02-01")
    )
    assert run_cli("--db", str(demo_db), "rounds", "--since", "yesterday").returncode == 2


def test_round_shows_evidence_and_sources(demo_db: Path) -> None:
    result = run_cli("--db", str(demo_db), "round", "ukraine-2026-02-17-geneva")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Evidence" in out and "Sources" in out
    assert "Geneva talks on Ukraine close with no breakthrough" in out  # a source's title
    assert "Medinsky" in out and "Switzerland" in out


def test_summary_and_conflicts(demo_db: Path) -> None:
    summary = run_cli("--db", str(demo_db), "summary", "--conflict", "ukraine")
    assert summary.returncode == 0, summary.stderr
    assert "Geneva" in summary.stdout and "ukraine-2026-02-17-geneva" in summary.stdout
    # names as the knowledge base says they read in a sentence
    assert "Mediated by the United States" in summary.stdout
    conflicts = run_cli("--db", str(demo_db), "conflicts")
    assert conflicts.returncode == 0
    for slug in ("ukraine", "iran", "gaza"):
        assert slug in conflicts.stdout


def test_hostile_titles_show_as_text(tmp_path: Path) -> None:
    """Escape sequences and Rich markup from a feed never reach the terminal as such."""
    demo = paths.demo_feed_file().parent
    shutil.copytree(demo, tmp_path / "demo")
    feed = tmp_path / "demo" / "feed.xml"
    hostile = "[bold red]Geneva[/] talks \x1b]8;;http://evil.test\x1b\\click\x1b]8;;\x1b\\ \x1b[2J"
    text = feed.read_text(encoding="utf-8")
    first_title = text.split("<item>", 1)[1].split("<title>", 1)[1].split("</title>", 1)[0]
    feed.write_text(
        text.replace(first_title, hostile.replace("\x1b", "&#27;"), 1), encoding="utf-8"
    )
    db = tmp_path / "h.db"
    assert run_cli("--db", str(db), "ingest", "--feed", str(feed)).returncode == 0
    rounds = json.loads(run_cli("--db", str(db), "export", "rounds", "--format", "json").stdout)
    rid = next(
        r["id"] for r in rounds if any("[bold red]" in (s["title"] or "") for s in r["sources"])
    )
    shown = run_cli("--db", str(db), "round", rid)
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout
    assert "[bold red]Geneva[/] talks" in shown.stdout  # markup shown literally


def test_limit(demo_db: Path) -> None:
    everything = json.loads(run_cli("--db", str(demo_db), "rounds", "--format", "json").stdout)
    assert len(everything) >= 2
    one = run_cli("--db", str(demo_db), "rounds", "--limit", "1")
    assert one.returncode == 0
    assert f"showing the newest 1 of {len(everything)} rounds" in one.stderr
    newest = json.loads(
        run_cli("--db", str(demo_db), "rounds", "--format", "json", "--limit", "1").stdout
    )
    assert newest == everything[:1]
