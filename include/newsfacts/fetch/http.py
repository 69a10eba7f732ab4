"""One safe HTTP GET: guarded connect, capped streaming body, manual redirects, retries.

``HttpFetcher.get`` never raises for a bad URL or a bad server: it returns an ``HttpResult``
with ``error`` set. Limits (see config.py): connect/read/total time-outs, a byte cap applied
to the bytes on the wire and again to the decompressed bytes (decompression is done here,
incrementally, with a bounded output size, so a gzip bomb stops at the cap), at most N
redirects (never to anything but http/https), retries with exponential backoff on
429/5xx and connection failures, honouring Retry-After.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsfacts.fetch.config import FetchConfig
from newsfacts.fetch.guard import BlockedAddress, GuardedBackend, Policy, use_policy
from newsfacts.fetch.urls import host_key

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_STATUSES = frozenset({400, 401, 403, 404, 405, 406, 410, 414, 451, 501})


class TooLarge(Exception):
    pass


@dataclass
class HttpResult:
    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    elapsed_ms: int = 0
    wire_bytes: int = 0
    attempts: int = 0
    blocked: bool = False
    permanent: bool = False  # retrying later will not help
    skipped: bool = False  # stopped by policy (robots.txt of a redirect target), not an error

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300


class _Decoder:
    """Incremental Content-Encoding decoder with a hard output cap."""

    def __init__(self, encoding: str, limit: int):
        self.limit = limit
        self.out = bytearray()
        enc = (encoding or "identity").strip().lower()
        self._raw_deflate_tried = False
        if enc in ("", "identity", "none"):
            self._d = None
        elif enc in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._d = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise ValueError(f"unsupported content-encoding {encoding!r}")
        self._enc = enc

    def _append(self, data: bytes) -> None:
        if len(self.out) + len(data) > self.limit:
            raise TooLarge()
        self.out += data

    def feed(self, chunk: bytes) -> None:
        if self._d is None:
            self._append(chunk)
            return
        data = chunk
        while data:
            room = self.limit - len(self.out) + 1
            try:
                piece = self._d.decompress(data, room)
            except zlib.error:
                if self._enc == "deflate" and not self._raw_deflate_tried and not self.out:
                    # some servers send raw deflate without the zlib header
                    self._raw_deflate_tried = True
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            self._append(piece)
            data = self._d.unconsumed_tail
            if self._d.eof:
                break

    def finish(self) -> bytes:
        if self._d is not None:
            self._append(self._d.flush(self.limit - len(self.out) + 1))
        return bytes(self.out)


GZIP_MAGIC = b"\x1f\x8b"


def gunzip_by_content(data: bytes, limit: int, max_layers: int = 2) -> tuple[bytes, bool]:
    """Gunzip ``data`` when its bytes start with the gzip magic, whatever the URL or the
    content type say (a ``.gz`` URL whose body the HTTP client already decoded, or a
    mislabelled file, is plain XML and stays as it is). Concatenated gzip members are read
    in turn; a gzip inside a gzip is opened up to ``max_layers`` deep. Returns (bytes,
    complete): complete is False when a compressed stream ends early (truncated).
    Raises TooLarge beyond ``limit`` output bytes (a decompression bomb stops there) and
    zlib.error for data that is not valid gzip."""
    complete = True
    for _ in range(max_layers):
        if not data.startswith(GZIP_MAGIC):
            break
        out = bytearray()
        rest = data
        while rest.startswith(GZIP_MAGIC):
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = rest
            while chunk:
                piece = d.decompress(chunk, limit - len(out) + 1)
                if len(out) + len(piece) > limit:
                    raise TooLarge()
                out += piece
                chunk = d.unconsumed_tail
                if d.eof:
                    break
            if not d.eof:
                tail = d.flush(limit - len(out) + 1)
                if len(out) + len(tail) > limit:
                    raise TooLarge()
                out += tail
                complete = False
                break
            rest = d.unused_data
        data = bytes(out)
    return data, complete


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    return max(0.0, dt.timestamp() - (now if now is not None else time.time()))


def _describe(exc: BaseException) -> tuple[str, bool]:
    """(message, blocked) for an exception raised while talking HTTP."""
    e: BaseException | None = exc
    while e is not None:
        if isinstance(e, BlockedAddress):
            return f"blocked: {e}", True
        e = e.__cause__ or e.__context__
    msg = str(exc) or type(exc).__name__
    if msg.startswith("refused "):
        return f"blocked: {msg}", True
    if isinstance(exc, httpx.ConnectTimeout):
        return f"connect time-out: {msg}", False
    if isinstance(exc, (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout)):
        return ("total time-out exceeded" if "total time-out" in msg else f"read time-out: {msg}"), False
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed: {msg}", False
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.LocalProtocolError)):
        return f"protocol error: {msg}", False
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return f"invalid URL: {msg}", False
    if isinstance(exc, httpx.HTTPError):
        return f"{type(exc).__name__}: {msg}", False
    return f"{type(exc).__name__}: {msg}", False


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, resolver=None, limits: httpx.Limits | None = None):
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=40)
        super().__init__(trust_env=False, limits=limits)
        ssl_context = self._pool._ssl_context
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=GuardedBackend(resolver),
        )


class HttpFetcher:
    """Thread-safe. One connection pool per policy (public-only / allow_private), so a
    connection opened for an allow_private source is never reused by another source."""

    def __init__(self, config: FetchConfig, user_agent: str, sleep=time.sleep):
        self.config = config
        self.user_agent = user_agent
        self._sleep = sleep
        self._lock = threading.Lock()
        self._clients: dict[bool, httpx.Client] = {}

    def _client(self, allow_private: bool) -> httpx.Client:
        with self._lock:
            client = self._clients.get(allow_private)
            if client is None:
                cfg = self.config
                client = httpx.Client(
                    transport=_GuardedTransport(cfg.resolver),
                    timeout=httpx.Timeout(connect=cfg.connect_timeout, read=cfg.read_timeout,
                                          write=cfg.read_timeout, pool=cfg.total_timeout),
                    follow_redirects=False,
                    trust_env=False,
                )
                self._clients[allow_private] = client
            return client

    def close(self) -> None:
        with self._lock:
            for c in self._clients.values():
                c.close()
            self._clients.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get(self, url: str, *, allow_private: bool = False, user_agent: str | None = None,
            max_bytes: int | None = None, timeout: float | None = None,
            headers: dict[str, str] | None = None, retries: int | None = None,
            accept: str = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
            hop_check=None, private_hosts: frozenset[str] | None = None) -> HttpResult:
        """GET ``url``. ``hop_check(next_url) -> reason | None`` is asked before following
        each redirect (robots.txt of the target); a reason stops the request."""
        cfg = self.config
        retries = cfg.retries if retries is None else retries
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            res = self._get_once(url, allow_private=allow_private,
                                 user_agent=user_agent or self.user_agent,
                                 max_bytes=max_bytes or cfg.max_bytes,
                                 timeout=timeout or cfg.total_timeout,
                                 headers=headers, accept=accept, hop_check=hop_check,
                                 private_hosts=private_hosts)
            res.attempts = attempt
            retryable = (res.status in RETRY_STATUSES) or (
                res.status is None and not res.blocked and res.error is not None
                and res.error.startswith(("connection failed", "connect time-out")))
            if not retryable or attempt > retries:
                break
            wait = None
            if res.status in (429, 503):
                wait = parse_retry_after(res.headers.get("retry-after"))
            if wait is None:
                wait = cfg.backoff * (2 ** (attempt - 1)) * (1 + random.random() * 0.25)
            if wait > cfg.max_retry_after:
                res.error = (f"{res.error}; Retry-After {wait:.0f} s exceeds the "
                             f"{cfg.max_retry_after:.0f} s limit")
                break
            self._sleep(wait)
        res.elapsed_ms = int((time.monotonic() - started) * 1000)
        if res.status is not None and res.error is None and not (200 <= res.status < 300) \
                and res.status != 304:
            res.error = f"HTTP {res.status}"
        if res.status in PERMANENT_STATUSES or res.blocked:
            res.permanent = True
        return res

    def _get_once(self, url: str, *, allow_private: bool, user_agent: str, max_bytes: int,
                  timeout: float, headers: dict[str, str] | None, accept: str,
                  hop_check=None, private_hosts: frozenset[str] | None = None) -> HttpResult:
        cfg = self.config
        res = HttpResult(url=url, final_url=url)
        deadline = time.monotonic() + timeout
        # hosts that may be private: any on the first hop (the source's own URL) unless the
        # caller narrows it, only the starting host on redirects
        redirect_hosts = private_hosts if private_hosts is not None else frozenset({host_key(url)})
        current = url
        visited: set[str] = set()
        req_headers = {
            "User-Agent": user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
            **(headers or {}),
        }
        client = self._client(allow_private)
        for hop in range(cfg.max_redirects + 1):
            res.final_url = current
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https"):
                what = "redirect to unsupported" if hop else "unsupported"
                res.error = f"refused: {what} URL scheme {scheme or '(none)'}://"
                res.blocked = True
                return res
            visited.add(current)
            policy = Policy(
                allow_private=allow_private,
                # the first hop may be private (the source allows it); a redirect may enter
                # private address space only on the host the request started from
                private_hosts=private_hosts if hop == 0 else redirect_hosts,
                public_addresses=cfg.public_addresses,
                deadline=deadline,
            )
            try:
                with use_policy(policy):
                    request = client.build_request("GET", current, headers=req_headers)
                    response = client.send(request, stream=True)
                    try:
                        res.status = response.status_code
                        res.headers = {k.lower(): v for k, v in response.headers.items()}
                        location = response.headers.get("location")
                        if response.status_code in REDIRECT_STATUSES and location:
                            nxt = urljoin(current, location.strip())
                            if nxt in visited:
                                res.error = f"redirect loop at {nxt}"
                                return res
                            if hop_check is not None:
                                reason = hop_check(nxt)
                                if reason:
                                    res.final_url = nxt
                                    res.error = reason
                                    res.skipped = True
                                    return res
                            current = nxt
                            continue
                        if 200 <= response.status_code < 300:
                            res.body = self._read_body(response, res, max_bytes)
                        else:
                            # read a little of an error body so the connection can be reused
                            self._drain(response, 64 * 1024)
                        return res
                    finally:
                        response.close()
            except TooLarge:
                res.error = f"too large: more than {max_bytes} bytes"
                res.body = None
                res.permanent = True
                return res
            except (httpx.HTTPError, httpcore.ConnectError) as exc:
                res.error, res.blocked = _describe(exc)
                res.body = None
                return res
            except zlib.error as exc:
                res.error = f"corrupt compressed body: {exc}"
                res.body = None
                return res
            except ValueError as exc:  # unsupported content-encoding, bad URL...
                res.error = f"{exc}"
                res.body = None
                return res
            except Exception as exc:  # never take the pipeline down for one URL
                res.error = f"{type(exc).__name__}: {exc}"
                res.body = None
                return res
        res.error = f"too many redirects (more than {cfg.max_redirects})"
        return res

    @staticmethod
    def _drain(response: httpx.Response, limit: int) -> None:
        n = 0
        try:
            for chunk in response.iter_raw(16384):
                n += len(chunk)
                if n >= limit:
                    break
        except httpx.HTTPError:
            pass

    @staticmethod
    def _read_body(response: httpx.Response, res: HttpResult, max_bytes: int) -> bytes:
        length = response.headers.get("content-length")
        if length and length.strip().isdigit() and int(length) > max_bytes:
            raise TooLarge()
        decoder = _Decoder(response.headers.get("content-encoding", ""), max_bytes)
        wire = 0
        for chunk in response.iter_raw(65536):
            wire += len(chunk)
            res.wire_bytes = wire
            if wire > max_bytes:
                raise TooLarge()
            decoder.feed(chunk)
        return decoder.finish()
