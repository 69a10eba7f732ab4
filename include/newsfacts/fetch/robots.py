"""robots.txt, fetched once per origin and cached (in memory and in FetchState).

RFC 9309: 2xx -> obey the rules; 4xx -> no rules (allowed); 5xx or unreachable -> assume
complete disallow for this run (not persisted, so the next run asks again).
"""

from __future__ import annotations

import threading
import urllib.robotparser
from urllib.parse import urlsplit

from newsfacts.fetch.encoding import decode_html

ROBOTS_MAX_BYTES = 512 * 1024


def origin_of(url: str) -> str:
    p = urlsplit(url)
    port = p.port
    default = {"http": 80, "https": 443}.get(p.scheme.lower())
    host = (p.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, default) else f"{host}:{port}"
    return f"{p.scheme.lower()}://{netloc}"


class _Rules:
    def __init__(self, status: int | None, text: str | None, *, unreachable: bool = False,
                 error: str | None = None, blocked: bool = False):
        self.status = status
        self.unreachable = unreachable
        self.error = error  # why robots.txt could not be read
        self.blocked = blocked  # the origin itself is refused by the SSRF guard
        self.parser: urllib.robotparser.RobotFileParser | None = None
        if text is not None and status is not None and 200 <= status < 300:
            rp = urllib.robotparser.RobotFileParser()
            rp.parse(text.splitlines())
            self.parser = rp

    def allowed(self, url: str, user_agent: str) -> bool:
        if self.unreachable:
            return False
        if self.parser is None:
            return True
        try:
            return self.parser.can_fetch(user_agent, url)
        except Exception:  # a pathological robots.txt must not stop the run
            return True

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        try:
            d = self.parser.crawl_delay(user_agent)
        except Exception:
            return None
        return float(d) if d is not None else None


class RobotsCache:
    def __init__(self, fetcher, state=None, ttl: float = 86400.0):
        self.fetcher = fetcher
        self.state = state
        self.ttl = ttl
        self._mem: dict[str, _Rules] = {}
        self._lock = threading.Lock()

    def rules(self, url: str, *, allow_private: bool, user_agent: str,
              private_hosts: frozenset[str] | None = None) -> tuple[_Rules, bool]:
        """(rules for the URL's origin, whether a network request was made)."""
        origin = origin_of(url)
        key = f"{allow_private}|{origin}"
        with self._lock:
            cached = self._mem.get(key)
        if cached is not None:
            return cached, False
        if self.state is not None:
            stored = self.state.robots(origin, self.ttl)
            if stored is not None:
                rules = _Rules(stored.get("status"), stored.get("text"))
                with self._lock:
                    self._mem[key] = rules
                return rules, False
        res = self.fetcher.get(origin + "/robots.txt", allow_private=allow_private,
                               user_agent=user_agent, max_bytes=ROBOTS_MAX_BYTES,
                               retries=0, accept="text/plain,*/*;q=0.5",
                               private_hosts=private_hosts)
        if res.status is not None and 200 <= res.status < 300 and res.body is not None:
            text, _ = decode_html(res.body, res.content_type)
            rules = _Rules(res.status, text)
            persist = True
        elif res.status is not None and 400 <= res.status < 500:
            rules = _Rules(res.status, None)
            persist = True
        elif res.error and res.error.startswith("too large"):
            rules = _Rules(200, "")  # RFC 9309: parse what fits; we keep none -> allowed
            persist = False
        else:
            rules = _Rules(res.status, None, unreachable=True, blocked=res.blocked,
                           error=res.error or f"HTTP {res.status}")
            persist = False
        if persist and self.state is not None:
            self.state.set_robots(origin, rules.status, text if rules.parser else None)
        with self._lock:
            self._mem[key] = rules
        return rules, True
