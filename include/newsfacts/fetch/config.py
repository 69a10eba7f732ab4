"""Fetch limits. Defaults are production values; each can be overridden through
``Settings.extra`` (keys below, strings) or per source (``timeout``, ``max_bytes``,
``rate_limit``, ``user_agent``), and tests pass a ``FetchConfig`` directly.

| Settings.extra key          | default | meaning                                              |
|-----------------------------|---------|------------------------------------------------------|
| fetch_connect_timeout       | 10      | seconds to open a TCP/TLS connection                 |
| fetch_read_timeout          | 20      | seconds of silence allowed while reading             |
| fetch_total_timeout         | 60      | seconds per request, headers and body included       |
| fetch_max_bytes             | 10485760| byte cap per response, on the wire and decompressed  |
| fetch_max_redirects         | 5       | redirect hops per request                            |
| fetch_retries               | 2       | extra attempts after 429/5xx/connection failures     |
| fetch_backoff               | 2.0     | first backoff in seconds (doubles each retry)        |
| fetch_max_retry_after       | 120     | longest Retry-After honoured; longer -> error        |
| fetch_workers               | 8       | hosts fetched in parallel (one connection per host)  |
| fetch_max_attempts          | 5       | runs that retry a failing article before giving up   |
| fetch_robots_ttl            | 86400   | seconds a robots.txt stays cached                    |
| fetch_state_dir             | $NEWSFACTS_HOME/fetch-state | FetchState folder            |
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace

Resolver = Callable[[str, int], Iterable[str]]


@dataclass(frozen=True)
class FetchConfig:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 2.0
    max_retry_after: float = 120.0
    workers: int = 8
    max_attempts: int = 5
    robots_ttl: float = 86400.0
    max_feed_items: int = 20000
    max_sitemaps: int = 50  # child sitemaps read per sitemap index
    max_folder_files: int = 100000
    # Test hooks, never set in production: a resolver (host, port) -> IP strings used instead
    # of the system resolver, and addresses treated as public although they are not.
    resolver: Resolver | None = field(default=None, compare=False, repr=False)
    public_addresses: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings) -> FetchConfig:
        extra = dict(getattr(settings, "extra", None) or {})
        kwargs = {}
        for f in fields(cls):
            value = extra.get(f"fetch_{f.name}")
            if value is None or f.name in ("resolver", "public_addresses"):
                continue
            try:
                kwargs[f.name] = int(value) if f.type in ("int", int) else float(value)
            except (TypeError, ValueError):
                raise SystemExit(f"settings.extra fetch_{f.name}={value!r} is not a number") from None
        return cls(**kwargs)

    def with_(self, **kwargs) -> FetchConfig:
        return replace(self, **kwargs)


def resolve_config(settings, config: FetchConfig | None) -> FetchConfig:
    if config is not None:
        return config
    cfg = getattr(settings, "fetch_config", None)
    if isinstance(cfg, FetchConfig):
        return cfg
    return FetchConfig.from_settings(settings)
