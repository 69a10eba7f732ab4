"""A real HTTP/1.1 server on loopback for the fetch tests, plus a guard that fails the test
if anything tries to open a TCP connection to a non-loopback address."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from newsfacts.fetch import FetchConfig

# --------------------------------------------------------------------------------------
# Safety net: no packet ever leaves loopback during these tests.
# --------------------------------------------------------------------------------------
_real_create_connection = socket.create_connection
ATTEMPTED: list[str] = []


_real_getaddrinfo = socket.getaddrinfo


def _guarded_getaddrinfo(host, *args, **kwargs):
    """No DNS queries leave the machine: only localhost and IP literals resolve."""
    name = host.decode() if isinstance(host, bytes) else str(host)
    try:
        ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        if name.lower().rstrip(".") not in ("localhost", "localhost.localdomain"):
            raise socket.gaierror(socket.EAI_NONAME, f"test DNS: {name} is not resolvable") from None
    return _real_getaddrinfo(host, *args, **kwargs)


def _guarded_create_connection(address, *args, **kwargs):
    host = address[0]
    ATTEMPTED.append(host)
    try:
        ip = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        raise AssertionError(f"test tried to connect to an unresolved name {host!r}") from None
    if not ip.is_loopback:
        raise AssertionError(f"test tried to connect to non-loopback address {host}")
    return _real_create_connection(address, *args, **kwargs)


# --------------------------------------------------------------------------------------
# Server
# --------------------------------------------------------------------------------------
@dataclass
class Hit:
    host: str
    path: str
    headers: dict
    start: float
    end: float = 0.0


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"


Handler = Callable[["_Req"], None]


class _Req(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        srv = self.server
        hit = Hit(host=srv.name, path=self.path, headers={k.lower(): v for k, v in self.headers.items()},
                  start=time.monotonic())
        with srv.lock:
            srv.active += 1
            srv.max_active = max(srv.max_active, srv.active)
            srv.hits.append(hit)
        try:
            route = srv.routes.get(self.path) or srv.routes.get(self.path.split("?")[0])
            if route is None:
                self.send_reply(Reply(404, b"not found", content_type="text/plain"))
            elif callable(route):
                route(self)
            else:
                self.send_reply(route)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
            self.close_connection = True
        finally:
            hit.end = time.monotonic()
            with srv.lock:
                srv.active -= 1

    def send_reply(self, r: Reply) -> None:
        self.send_response(r.status)
        if r.content_type:
            self.send_header("Content-Type", r.content_type)
        for k, v in r.headers.items():
            self.send_header(k, v)
        if "Content-Length" not in r.headers:
            self.send_header("Content-Length", str(len(r.body)))
        self.end_headers()
        self.wfile.write(r.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, addr, family):
        self.address_family = family
        super().__init__(addr, _Req)
        self.routes: dict[str, Reply | Handler] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        self.stop = threading.Event()
        self.name = addr[0]

    def handle_error(self, request, client_address):
        pass  # clients hanging up on hostile responses is the point of these tests


class Site:
    """One server on one loopback address. ``site.url(path)`` gives an absolute URL."""

    def __init__(self, host: str = "127.0.0.1"):
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.server = _Server((host, 0), family)
        self.host = host
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        h = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{h}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, reply: Reply | Handler | None = None, **kw) -> str:
        self.server.routes[path] = reply if reply is not None else Reply(**kw)
        return self.url(path)

    def page(self, path: str, text: str = "", **kw) -> str:
        body = kw.pop("body", None)
        if body is None:
            body = (f"<html><head><title>{path}</title></head><body><p>{text or path}</p>"
                    f"</body></html>").encode()
        return self.route(path, Reply(body=body, **kw))

    @property
    def hits(self) -> list[Hit]:
        return list(self.server.hits)

    def paths(self) -> list[str]:
        return [h.path for h in self.server.hits]

    def close(self):
        self.server.stop.set()
        self.server.shutdown()
        self.server.server_close()


# --------------------------------------------------------------------------------------
# Hostile handlers
# --------------------------------------------------------------------------------------
def gzip_bomb(uncompressed_mb: int = 200) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1024 * 1024)
    parts = [c.compress(chunk) for _ in range(uncompressed_mb)]
    parts.append(c.flush())
    return b"".join(parts)


def streaming(total: int | None, chunk: int = 65536, content_type: str = "text/html",
              delay: float = 0.0, chunked: bool = False) -> Handler:
    """Serve ``total`` bytes (None: forever) in chunks, optionally chunked encoding."""

    def handler(req: _Req) -> None:
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        if chunked or total is None:
            req.send_header("Transfer-Encoding", "chunked")
        else:
            req.send_header("Content-Length", str(total))
        req.end_headers()
        sent = 0
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>"
        deadline = time.monotonic() + 30
        while (total is None or sent < total) and not req.server.stop.is_set() \
                and time.monotonic() < deadline:
            data = block if total is None else block[: min(chunk, total - sent)]
            if chunked or total is None:
                req.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            else:
                req.wfile.write(data)
            sent += len(data)
            req.server.sent = getattr(req.server, "sent", 0) + len(data)
            if delay:
                time.sleep(delay)
        if chunked or total is None:
            req.wfile.write(b"0\r\n\r\n")

    return handler


def slow_loris(interval: float = 0.2, phase: str = "headers") -> Handler:
    """Trickle the response one byte at a time, never finishing within the test."""

    def handler(req: _Req) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
        body = b"<p>" + b"z" * 99990 + b"</p>"
        data = head + body if phase == "headers" else None
        if phase == "body":
            req.wfile.write(head)
            req.wfile.flush()
            data = body
        deadline = time.monotonic() + 20
        for i in range(len(data)):
            if req.server.stop.is_set() or time.monotonic() > deadline:
                return
            req.wfile.write(data[i:i + 1])
            req.wfile.flush()
            time.sleep(interval)

    return handler


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status=status, headers={"Location": location}, content_type="text/plain",
                 body=b"moved")


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


# --------------------------------------------------------------------------------------
# Common objects
# --------------------------------------------------------------------------------------
FAST = FetchConfig(
    connect_timeout=2.0, read_timeout=2.0, total_timeout=4.0, max_bytes=1024 * 1024,
    max_redirects=5, retries=1, backoff=0.05, max_retry_after=2.0, workers=4, max_attempts=3,
)


def rss(items: list[tuple[str, str]], title: str = "Test feed") -> bytes:
    """RSS 2.0 bytes from (link, title) pairs (escaped: the feed is well-formed XML)."""
    from xml.sax.saxutils import escape

    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
                   f"<pubDate>Mon, 23 Nov 2026 14:20:00 +0000</pubDate></item>"
                   for link, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>http://example.invalid/</link>"
            f"<description>d</description>{body}</channel></rss>").encode()


