"""The one HTTP client: every byte negotrack downloads comes through here.

Timeouts (connect, per read, and a total deadline that a server dripping one byte a
second cannot stretch), a size cap counted on the decoded body (so a gzip bomb stops at
the cap), at most five redirects and only to http(s), a User-Agent naming negotrack,
conditional GET, a per-host limit on concurrent requests, and the caching and back-off
hints of a response (Cache-Control max-age, Retry-After) handed back to the caller.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx

from negotrack import __version__
from negotrack.errors import FetchError

USER_AGENT = (
    f"negotrack/{__version__} (peace-talks news tracker; +https://github.com/negotrack/negotrack)"
)
FETCHABLE_SCHEMES = ("http", "https")


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
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
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
        deadline = time.monotonic() + self.policy.total_timeout
        try:
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
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(
                        url, f"response too large ({declared} bytes > {max_bytes})", 200
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(url, f"response too large (over {max_bytes} bytes)", 200)
                    if time.monotonic() > deadline:
                        raise FetchError(
                            url, f"too slow (over {self.policy.total_timeout:.0f}s)", 200
                        )
                    chunks.append(chunk)
                return Response(final_url, 200, dict(resp.headers), b"".join(chunks))
        except FetchError:
            raise
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, f"too many redirects (over {self.policy.max_redirects})") from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(url, "redirected to a URL that is not http(s)") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__})") from exc
        except httpx.DecodingError as exc:
            raise FetchError(url, "the body could not be decoded (bad compression)") from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchError(url, f"broken response: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
        except OSError as exc:  # pragma: no cover - sockets failing below httpx
            raise FetchError(url, f"network error: {exc}") from exc


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
