"""Benchmark 4: the cost of reading rounds out of an article grows with its text, not the base.

``negotrack.rounds.extract.extract_mentions`` is timed on articles of 1, 2, 4 and 8 times a
base length (the synthetic articles of ``_pages`` joined), with the bundled knowledge base
and with one ten times larger (the bundled files plus synthetic places, actors and people
with made-up names, in a temporary data dir loaded with ``load_knowledge(data_dir)``).

Targets:
- linear in length: time per character at 8x / time per character at 1x <= 1.3;
- independent of the base's size: time with the 10x base / time with the bundled <= 1.3.

Run: ``uv run python bench/extraction_cost.py [--repeats R]``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import report

if TYPE_CHECKING:
    from negotrack.knowledge import KnowledgeBase

SYLLABLES = ("ka", "lo", "vi", "ter", "mun", "sha", "dro", "pel", "zan", "qui", "bor", "ne")


def _made_up(rng: random.Random, words: int) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 4))).title()
        for _ in range(words)
    )


def larger_base(data: Path, target: Path, factor: int, seed: int = 3) -> None:
    """The bundled files plus (factor - 1) times as many made-up places, actors and people."""
    from negotrack.knowledge import load_knowledge

    for path in data.glob("*.toml"):
        shutil.copy(path, target / path.name)
    kb = load_knowledge(data)
    rng = random.Random(seed)
    countries = [a.name for a in kb.actors if a.kind == "country"]
    used: set[str] = set()

    def fresh(words: int) -> str:
        while True:
            name = _made_up(rng, words)
            if name not in used:
                used.add(name)
                return name

    lines: list[str] = []
    for _ in range(len(kb.actors) * (factor - 1)):
        lines += ["[[actor]]", f'name = "{fresh(1)}"', 'kind = "group"', ""]
    for _ in range(len(kb.places) * (factor - 1)):
        country = rng.choice(countries)
        lines += ["[[place]]", f'name = "{fresh(1)}"', f'country = "{country}"', ""]
    for _ in range(len(kb.people) * (factor - 1)):
        lines += [
            "[[person]]",
            f'name = "{fresh(2)}"',
            f'affiliation = "{rng.choice(countries)}"',
            'role = "Envoy"',
            "",
        ]
    (target / "zz-synthetic.toml").write_text("\n".join(lines), encoding="utf-8")


def article_text(paragraphs: int) -> str:
    from _pages import make_pages

    from negotrack.article_extractor import extract_article

    texts: list[str] = []
    for page in make_pages(paragraphs, seed=11):
        text = extract_article(page.html, "https://bench.example" + page.path).text
        assert text
        texts.append(text)
    return "\n".join(texts)


def seconds_per_call(text: str, kb: KnowledgeBase, repeats: int) -> float:
    from negotrack.rounds.extract import extract_mentions

    when = datetime(2025, 6, 1, tzinfo=UTC)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        extract_mentions(text, "Talks resume", when, kb)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    from negotrack import paths
    from negotrack.knowledge import load_knowledge

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    kb = load_knowledge()
    with tempfile.TemporaryDirectory() as tmp:
        larger_base(paths.data_dir(), Path(tmp), 10)
        big = load_knowledge(Path(tmp))
    print(f"knowledge bases: {kb!r}; {big!r}")

    base = article_text(1)
    seconds_per_call(base, kb, 3)  # warm-up: first calls pay for caches and imports
    per_char = {}
    for factor in (1, 2, 4, 8):
        text = article_text(factor) if factor > 1 else base
        seconds = seconds_per_call(text, kb, args.repeats)
        per_char[factor] = seconds / len(text)
        print(f"  {len(text):6d} characters: {seconds * 1000:7.2f} ms")
    ok = report("time per character, 8x text / 1x text", per_char[8] / per_char[1], 1.3)

    text = article_text(4)
    small_s, big_s = [], []
    for _ in range(3):
        small_s.append(seconds_per_call(text, kb, args.repeats))
        big_s.append(seconds_per_call(text, big, args.repeats))
    small, large = statistics.median(small_s), statistics.median(big_s)
    print(
        f"  {len(text)} characters: bundled base {small * 1000:.2f} ms, 10x {large * 1000:.2f} ms"
    )
    ok = report("extraction time, 10x knowledge base / bundled", large / small, 1.3) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
