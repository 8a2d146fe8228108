"""Print how well extraction and merging recover the labelled rounds of ``tests/eval``.

Run from the checkout: ``uv run python bench/accuracy.py``. Only the bundled knowledge base is
used (never the user's extension files), so the numbers are reproducible.
"""

from __future__ import annotations

from pathlib import Path

from negotrack.evaluation import evaluate, load_eval_set
from negotrack.knowledge.loader import load_knowledge

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"


def main() -> None:
    report = evaluate(load_eval_set(EVAL_DIR), load_knowledge())
    print(report.render())


if __name__ == "__main__":
    main()
