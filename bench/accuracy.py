"""Print how well extraction and merging recover the labelled rounds of the evaluation sets.

Run from the checkout: ``uv run python bench/accuracy.py [DIR ...]``; without arguments,
``tests/eval`` and every ``tests/eval_holdout*`` set. Only the bundled knowledge base is used
(never the user's extension files), so the numbers are reproducible.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from negotrack.evaluation import evaluate, load_eval_set
from negotrack.knowledge.loader import load_knowledge

TESTS_DIR = Path(__file__).resolve().parent.parent / "tests"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        metavar="DIR",
        help="evaluation sets (a directory with articles/ and rounds.toml); default: all",
    )
    args = parser.parse_args()
    dirs: list[Path] = args.dirs or [
        TESTS_DIR / "eval",
        *sorted(TESTS_DIR.glob("eval_holdout*")),
    ]
    kb = load_knowledge()
    for directory in dirs:
        print(f"== {directory.name}")
        print(evaluate(load_eval_set(directory), kb).render())
        print()


if __name__ == "__main__":
    main()
