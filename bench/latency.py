"""Benchmark 2: how long a command takes to answer, as whole processes.

A command that prints little should cost about what loading its framework costs:

- ``negotrack --help``                   <= 1.5x ``python -c "import typer"``
- ``negotrack rounds --conflict ukraine`` <= 1.3x ``python -c "import typer, sqlmodel"``
- ``negotrack round ID``                  <= 1.3x ``python -c "import typer, sqlmodel"``

The store is a small one made from the demo feed (bench/scale.py runs the same commands on a
store of a million articles). Each figure is the median of paired runs, alternating with the
reference. To see where the time goes: ``python -X importtime -m negotrack rounds ...``.

Python's bytecode caches matter here: where ``PYTHONDONTWRITEBYTECODE`` is set (as on the
build machines), every process compiles all it imports, which dominates both sides and
flatters the ratios. ``--bytecode-cache`` unsets it for the children and warms the caches
first, as an installed tool usually runs.

Run: ``uv run python bench/latency.py [--repeats R] [--bytecode-cache]``.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_ratio, negotrack_argv, report, run_process

PYTHON = sys.executable
TYPER = [PYTHON, "-c", "import typer"]
TYPER_SQLMODEL = [PYTHON, "-c", "import typer, sqlmodel"]


def command_ratios(
    db: str, round_id: str, repeats: int, label: str = "", *, bytecode_cache: bool = False
) -> bool:
    """The three latency figures against a store; True when all meet their targets."""
    env = {**os.environ, "NEGOTRACK_DB": db}
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        label += "cached bytecode: "

    def timed(argv: list[str], *, check: bool = False) -> float:
        run = run_process(argv, env)
        if check and run.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} exited {run.returncode}")
        return run.seconds

    cases = [
        ("negotrack --help / import typer", ["--help"], TYPER, 1.5),
        (
            "negotrack rounds --conflict ukraine / import typer, sqlmodel",
            ["rounds", "--conflict", "ukraine"],
            TYPER_SQLMODEL,
            1.3,
        ),
        ("negotrack round ID / import typer, sqlmodel", ["round", round_id], TYPER_SQLMODEL, 1.3),
    ]
    ok = True
    for name, args, ref, target in cases:
        if bytecode_cache:  # the first runs write the caches
            timed(negotrack_argv(*args), check=True)
            timed(ref)
        ours, base, ratio = median_ratio(
            functools.partial(timed, negotrack_argv(*args), check=True),
            functools.partial(timed, ref),
            repeats,
        )
        print(f"  {label}{' '.join(args)}: {ours * 1000:.0f} ms, reference {base * 1000:.0f} ms")
        ok = report(f"{label}{name}", ratio, target) and ok
    return ok


def demo_store(tmp: Path) -> tuple[str, str]:
    """A store holding the demo feed's articles and rounds; returns (path, a round id)."""
    from negotrack import paths
    from negotrack.ingest import ingest
    from negotrack.knowledge import load_knowledge
    from negotrack.store.db import Store
    from negotrack.store.queries import RoundFilter, query_rounds

    path = tmp / "latency.db"
    store = Store(f"sqlite:///{path}")
    try:
        ingest(store, load_knowledge(), feeds=[str(paths.demo_feed_file())], processes=0)
        found = query_rounds(store, RoundFilter(conflict="ukraine"), with_sources=False)
    finally:
        store.close()
    if not found:
        raise SystemExit("the demo feed gave no ukraine round")
    return str(path), found[0].id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument(
        "--bytecode-cache",
        action="store_true",
        help="let the children write and use .pyc files even if PYTHONDONTWRITEBYTECODE is set",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, round_id = demo_store(Path(tmp))
        ok = command_ratios(db, round_id, args.repeats, bytecode_cache=args.bytecode_cache)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
