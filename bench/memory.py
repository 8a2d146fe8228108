"""Benchmark 5: the memory an ingest of 2,000 articles needs.

`negotrack ingest --feed URL` runs as a process of its own against a local server of 2,000
synthetic pages (instant answers). Its peak RSS comes from wait4 (exact); the peaks of its
extraction worker processes are sampled from /proc while it runs (Linux), and shown too.

Target: the ingest process's peak RSS < 300 MB.

Run: ``uv run python bench/memory.py [--pages N]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import negotrack_argv, report
from _server import running


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found.append(child)
                todo.append(child)
    return found


def _peak_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def ingest_peaks(feed: str, db: Path) -> tuple[float, float, int, str]:
    """(ingest process peak MB, largest helper peak MB, helpers seen, summary line)."""
    proc = subprocess.Popen(
        negotrack_argv("--db", str(db), "ingest", "--feed", feed),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    helpers: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for child in _descendants(proc.pid):
                helpers[child] = max(helpers.get(child, 0), _peak_kb(child))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    assert proc.stdout is not None
    line = proc.stdout.read().strip()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"the ingest exited {proc.returncode}: {line}")
    largest = max(helpers.values(), default=0)
    return usage.ru_maxrss / 1024, largest / 1024, len(helpers), line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with running(args.pages, 0.0) as base, tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        main_mb, helper_mb, helpers, line = ingest_peaks(base + "/feed.xml", Path(tmp) / "m.db")
        seconds = time.perf_counter() - started
    print(f"  {line}")
    print(f"  {args.pages} pages in {seconds:.1f}s")
    print(f"  {helpers} helper processes (forkserver, workers); largest peak {helper_mb:.0f} MB")
    ok = report(f"peak RSS of the ingest process ({args.pages} articles)", main_mb, 300, " MB")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
