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
        help="evaluation sets (a directory with articles/ and expected.toml); default: all",
    )
    parser.add_argument(
        "--table",
        action="store_true",
        help="one column per set, scores only: to compare sets, or a run before and after",
    )
    args = parser.parse_args()
    dirs: list[Path] = args.dirs or [
        TESTS_DIR / "eval",
        # holdout2 before holdout10
        *sorted(TESTS_DIR.glob("eval_holdout*"), key=lambda p: (len(p.name), p.name)),
    ]
    kb = load_knowledge()
    reports = [(d.name, evaluate(load_eval_set(d), kb)) for d in dirs]
    if not args.table:
        for name, report in reports:
            print(f"== {name}\n{report.render()}\n")
        return
    names = [name.removeprefix("eval_") for name, _ in reports]
    columns = [{metric: cell for metric, cell, _ in report.rows()} for _, report in reports]
    metrics = [metric for metric, _, _ in reports[0][1].rows()]
    width = max(map(len, metrics))
    print(f"{'metric':<{width}}" + "".join(f"  {n:>9}" for n in names))
    for metric in metrics:
        cells = "".join(f"  {col.get(metric, ''):>9}" for col in columns)
        print(f"{metric:<{width}}{cells}")


if __name__ == "__main__":
    main()
