"""A real HTTP server on 127.0.0.1 for the tests: routes are plain functions.

Each route gets the request (method, path, headers) and returns a Reply. Replies can
be slow, drip bytes, lie about their length or never end, so the tests can play the
misbehaving servers the fetcher must survive. Every request is recorded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Reply:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    content_length: int | None = None  # None: the real length (for bytes bodies)


Route = Callable[[Request], Reply]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = self.path
        req = Request("GET", path, {k.lower(): v for k, v in self.headers.items()})
        self.server.requests.append(req)
        route = self.server.routes.get(path.split("?", 1)[0])
        reply = route(req) if route else Reply(404, b"not found")
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if isinstance(reply.body, bytes):
                length = (
                    reply.content_length if reply.content_length is not None else len(reply.body)
                )
                self.send_header("Content-Length", str(length))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)
            else:
                if reply.content_length is not None:
                    self.send_header("Content-Length", str(reply.content_length))
                self.send_header("Connection", "close")
                self.end_headers()
                for chunk in reply.body:
                    if self.server.stopping.is_set():
                        break
                    self.wfile.write(chunk)
                    self.wfile.flush()
            self.close_connection = True
        except (BrokenPipeError, ConnectionResetError):
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    requests: list[Request]
    stopping: threading.Event


class TestServer:
    __test__ = False  # not a test class for pytest

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.routes = {}
        self._server.requests = []
        self._server.stopping = threading.Event()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def requests(self) -> list[Request]:
        return self._server.requests

    def route(self, path: str, route: Route | Reply) -> None:
        self._server.routes[path] = route if callable(route) else (lambda _r, reply=route: reply)

    def serve(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.route(path, Reply(200, data, {"Content-Type": content_type, **headers}))

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def close(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
