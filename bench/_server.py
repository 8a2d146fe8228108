"""A threaded HTTP server for the benchmarks, in a process of its own.

It serves ``/feed.xml`` and the synthetic pages of ``_pages``, each answer after ``delay``
seconds, with keep-alive. With ``feeds`` > 1 there are that many feeds of ``count`` pages
each, ``/feed-0.xml`` (also ``/feed.xml``), ``/feed-1.xml``..., no page in two of them.
Running it in its own process keeps its work off the GIL of the process being measured
(both the baseline and negotrack face the same server).

Run as ``python bench/_server.py COUNT DELAY [SEED [FEEDS]]``; it prints its base URL on one line
and serves until stdin closes.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _pages import make_feed, make_pages


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.server.routes.get(self.path)
        if self.server.delay:
            time.sleep(self.server.delay)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, bytes]
    delay: float


def serve(count: int, delay: float, seed: int, feeds: int) -> None:
    server = _Server(("127.0.0.1", 0), _Handler)
    host, port = server.server_address[:2]
    base = f"http://{host!s}:{port}"
    pages = make_pages(count * feeds, seed)
    server.routes = {p.path: p.html for p in pages}
    for k in range(feeds):
        server.routes[f"/feed-{k}.xml"] = make_feed(base, pages[k * count : (k + 1) * count])
    server.routes["/feed.xml"] = server.routes["/feed-0.xml"]
    server.delay = delay
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(base, flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    server.shutdown()


@contextmanager
def running(count: int, delay: float, seed: int = 7, feeds: int = 1) -> Iterator[str]:
    """Start the server process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, __file__, str(count), str(delay), str(seed), str(feeds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=10)


if __name__ == "__main__":
    serve(
        int(sys.argv[1]),
        float(sys.argv[2]),
        int(sys.argv[3]) if len(sys.argv) > 3 else 7,
        int(sys.argv[4]) if len(sys.argv) > 4 else 1,
    )
