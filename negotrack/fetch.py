"""The one HTTP client: every byte negotrack downloads comes through here.

Timeouts (connect, per read, and a total deadline that a server dripping one byte a
second cannot stretch, be it in the headers or the body), a size cap counted on the
decoded body and enforced while decompressing (so a gzip bomb stops at the cap without
ever being inflated in memory), at most five redirects and only to http(s), a User-Agent
naming negotrack, conditional GET, a per-host limit on concurrent requests, and the
caching and back-off hints of a response (Cache-Control max-age, Retry-After) handed back
to the caller.
"""

from __future__ import annotations

import email.utils
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpcore
import httpx

from negotrack import __version__
from negotrack.errors import FetchError

USER_AGENT = (
    f"negotrack/{__version__} (peace-talks news tracker; +https://github.com/negotrack/negotrack)"
)
FETCHABLE_SCHEMES = ("http", "https")
_INFLATE_STEP = 64 * 1024  # most bytes one decompression step may produce
# httpcore's type of a socket option (setsockopt's argument forms)
_SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # the whole response, however slowly it trickles in
    max_feed_bytes: int = 10 * 1024 * 1024
    max_page_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 4  # concurrent requests to one host
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for "not modified"
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def max_age(self) -> float | None:
        """Seconds the response may be reused, from Cache-Control (None when absent)."""
        return cache_max_age(self.headers.get("cache-control", ""))


def is_fetchable(url: str) -> bool:
    return urlsplit(url).scheme.lower() in FETCHABLE_SCHEMES


def cache_max_age(cache_control: str) -> float | None:
    for directive in cache_control.lower().split(","):
        name, _, value = directive.strip().partition("=")
        if name in ("no-cache", "no-store"):
            return None
        if name == "max-age":
            try:
                return max(0.0, float(value.strip('"')))
            except ValueError:
                return None
    return None


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from ``now``: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now.astimezone(UTC)).total_seconds())


class RetryLater(FetchError):
    """429 or 503: the server asked us to come back later (``retry_after`` seconds)."""

    def __init__(self, url: str, status: int, retry_after: float | None) -> None:
        wait = f", retry after {retry_after:.0f}s" if retry_after is not None else ""
        super().__init__(url, f"HTTP {status}{wait}", status)
        self.retry_after = retry_after


# The deadline of the request running on this thread (time.monotonic()), read by every
# socket operation: httpx's own timeouts apply to each read, so a server sending one
# header byte a second would otherwise never time out.
_deadline = threading.local()


class _DeadlineExceeded(httpcore.ReadTimeout):
    """The total deadline passed while waiting on the socket."""


def _remaining(timeout: float | None) -> float | None:
    deadline: float | None = getattr(_deadline, "at", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise _DeadlineExceeded("the total deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait ends at the current request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _remaining(timeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Transport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose sockets honour the deadline.

    httpx offers no way to hand its pool a network backend, so the pool it builds is
    replaced by an equivalent one that has ours (no proxy: negotrack ignores the env).
    """

    def __init__(self, limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )


class _BodyTooLarge(Exception):
    pass


def _decompressor(coding: str) -> zlib._Decompress | None:
    """A zlib decompressor for a Content-Encoding value (None for identity)."""
    codings = [c.strip().lower() for c in coding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if len(codings) == 1 and codings[0] == "deflate":
        # "deflate" should be zlib-wrapped; some servers send a raw stream. 32 + MAX_WBITS
        # takes zlib or gzip headers; a raw stream is caught on the first chunk below.
        return zlib.decompressobj(32 + zlib.MAX_WBITS)
    raise ValueError(f"unsupported Content-Encoding {coding!r}")


def _inflate(raw: Iterable[bytes], coding: str, max_bytes: int) -> Iterator[bytes]:
    """Undo the Content-Encoding in steps of at most 64 KiB, stopping past ``max_bytes``.

    httpx would inflate each network chunk whole: a few KiB of a gzip bomb become tens of
    MiB before any cap is checked. Here memory stays within the cap plus one step.
    """
    z = _decompressor(coding)
    size = 0
    first = True
    for chunk in raw:
        if z is None:
            out = [chunk]
        else:
            out = []
            data = chunk
            while data:
                try:
                    piece = z.decompress(data, _INFLATE_STEP)
                except zlib.error:
                    if not (first and coding.strip().lower() == "deflate"):
                        raise
                    z = zlib.decompressobj(-zlib.MAX_WBITS)  # a raw deflate stream
                    piece = z.decompress(data, _INFLATE_STEP)
                first = False
                out.append(piece)
                size += len(piece)
                if size > max_bytes:
                    raise _BodyTooLarge
                data = z.unconsumed_tail
                if z.eof and z.unused_data[:2] == b"\x1f\x8b":
                    # another gzip member follows (concatenated gzip is valid)
                    data = z.unused_data
                    z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            yield from out
            continue
        size += len(chunk)
        if size > max_bytes:
            raise _BodyTooLarge
        yield from out
    if z is not None:
        tail = z.flush()
        if size + len(tail) > max_bytes:
            raise _BodyTooLarge
        yield tail


class Fetcher:
    """A thread-safe client shared by every worker of an ingest run."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        p = self.policy
        self._client = httpx.Client(
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            follow_redirects=True,
            max_redirects=p.max_redirects,
            headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=_Transport(httpx.Limits(max_connections=64, max_keepalive_connections=16)),
            # httpx speaks only http(s): a redirect to file:, ftp: or anything else fails
            # with UnsupportedProtocol instead of being followed. No proxy from the env.
            trust_env=False,
        )
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._hosts_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        host = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.policy.per_host)
            return slot

    def get(
        self,
        url: str,
        *,
        max_bytes: int,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> Response:
        """GET ``url``; raise FetchError (or RetryLater) for anything but 200 or 304."""
        if not is_fetchable(url):
            raise FetchError(url, "not an http(s) URL")
        headers: dict[str, str] = {}
        # Validators go back verbatim: servers compare them as opaque strings.
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        with self._host_slot(url):
            return self._get(url, headers, max_bytes)

    def _get(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        _deadline.at = time.monotonic() + self.policy.total_timeout
        try:
            return self._stream(url, headers, max_bytes)
        except FetchError:
            raise
        except _BodyTooLarge:
            raise FetchError(url, f"response too large (over {max_bytes} bytes)", 200) from None
        except (zlib.error, ValueError) as exc:
            raise FetchError(url, f"the body could not be decoded: {exc}", 200) from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, f"too many redirects (over {self.policy.max_redirects})") from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(url, "redirected to a URL that is not http(s)") from exc
        except httpx.TimeoutException as exc:
            if time.monotonic() >= _deadline.at:
                raise FetchError(url, f"too slow (over {self.policy.total_timeout:g}s)") from exc
            raise FetchError(url, f"timed out ({type(exc).__name__})") from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchError(url, f"broken response: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
        except OSError as exc:  # pragma: no cover - sockets failing below httpx
            raise FetchError(url, f"network error: {exc}") from exc
        finally:
            _deadline.at = None

    def _stream(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        with self._client.stream("GET", url, headers=headers) as resp:
            final_url = str(resp.url)
            if resp.status_code in (429, 503):
                now = datetime.now(UTC)
                raise RetryLater(
                    url,
                    resp.status_code,
                    parse_retry_after(resp.headers.get("retry-after"), now),
                )
            if resp.status_code == 304:
                return Response(final_url, 304, dict(resp.headers))
            if resp.status_code != 200:
                raise FetchError(url, f"HTTP {resp.status_code}", resp.status_code)
            declared = resp.headers.get("content-length", "")
            coding = resp.headers.get("content-encoding", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(url, f"response too large ({declared} bytes > {max_bytes})", 200)
            body = b"".join(_inflate(resp.iter_raw(), coding, max_bytes))
            return Response(final_url, 200, dict(resp.headers), body)


def file_url_path(url: str) -> Path | None:
    """The local path of a ``file:`` URL, or None for any other URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    return Path(url2pathname(parts.path))


def read_local(path: Path, *, max_bytes: int) -> Response:
    """A local feed or page, with the same size cap as a download.

    Only a feed the user named by its path may lead here: links in remote feeds never do.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FetchError(str(path), f"file too large ({size} bytes > {max_bytes})")
        content = path.read_bytes()
    except FileNotFoundError as exc:
        raise FetchError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise FetchError(str(path), "is a directory, not a file") from exc
    except OSError as exc:
        raise FetchError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return Response(path.resolve().as_uri(), 200, {}, content)
