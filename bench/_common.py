"""What the benchmark scripts share: timing whole processes, medians, and the report lines.

Every figure a benchmark judges is a ratio of two timings taken in the same run, so that a
slow or busy machine slows both sides alike; each timing is the median of several.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"  # git-ignored: generated stores and caches
BIN_DIR = Path(sys.executable).parent


def negotrack_argv(*args: str) -> list[str]:
    """The installed `negotrack` script of this environment, as a user would run it."""
    return [str(BIN_DIR / "negotrack"), *args]


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    max_rss_mb: float
    returncode: int


def run_process(
    argv: Sequence[str], env: dict[str, str] | None = None, stdout: int | None = None
) -> ProcessRun:
    """Run a child to completion: wall time and its own peak RSS (from wait4, not a sum)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL if stdout is None else stdout,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux
    return ProcessRun(seconds, usage.ru_maxrss / 1024, proc.returncode)


def median_ratio(
    measure: Callable[[], float], reference: Callable[[], float], repeats: int
) -> tuple[float, float, float]:
    """Median seconds of ``measure``, of ``reference``, and the median of their paired ratios.

    The two alternate so that a burst of load on the machine falls on both.
    """
    ours: list[float] = []
    refs: list[float] = []
    for _ in range(repeats):
        refs.append(reference())
        ours.append(measure())
    ratios = [o / r for o, r in zip(ours, refs, strict=True)]
    return statistics.median(ours), statistics.median(refs), statistics.median(ratios)


def verdict(value: float, target: float, *, at_most: bool = True) -> str:
    ok = value <= target if at_most else value >= target
    return "ok" if ok else "MISSED"


def report(
    name: str, value: float, target: float, unit: str = "x", *, at_most: bool = True
) -> bool:
    """One line: the figure, the target next to it, and whether it is met."""
    sign = "<=" if at_most else ">="
    print(
        f"{name:<58} {value:8.2f}{unit}   target {sign} {target:g}{unit}   "
        f"{verdict(value, target, at_most=at_most)}",
        flush=True,
    )
    return value <= target if at_most else value >= target
