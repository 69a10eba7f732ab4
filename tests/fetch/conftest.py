"""Fixtures for the fetch tests (the server itself lives in fetchkit.py)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # fetchkit.py beside this file

from fetchkit import (
    ATTEMPTED,
    FAST,
    Reply,
    Site,
    _guarded_create_connection,
    _guarded_getaddrinfo,
    gzip_bomb,
    gzip_bytes,
    redirect,
    rss,
    slow_loris,
    streaming,
)

from newsfacts.archive import Archive
from newsfacts.fetch import FetchConfig, FetchState


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    ATTEMPTED.clear()
    monkeypatch.setattr(socket, "create_connection", _guarded_create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    yield


@pytest.fixture
def make_site():
    sites: list[Site] = []

    def _make(host: str = "127.0.0.1") -> Site:
        s = Site(host)
        sites.append(s)
        return s

    yield _make
    for s in sites:
        s.close()


@pytest.fixture
def site(make_site) -> Site:
    return make_site()


@pytest.fixture
def config() -> FetchConfig:
    return FAST


@pytest.fixture
def state(tmp_path) -> FetchState:
    return FetchState(tmp_path / "state")


@pytest.fixture
def archive(tmp_path) -> Archive:
    return Archive(tmp_path / "archive")


@pytest.fixture
def settings(tmp_path):
    from newsfacts.settings import Settings

    return Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home")})


@pytest.fixture
def run(state, archive, settings, config):
    """discover + fetch for sources; returns (candidates, feed records, page records,
    records by url)."""
    from newsfacts.fetch import discover, fetch_candidates

    def _run(sources, cfg: FetchConfig | None = None, **kw):
        cfg = cfg or config
        cands, feed_recs = discover(sources, state=state, settings=settings, config=cfg, **kw)
        page_recs = fetch_candidates(cands, sources=sources, archive=archive, state=state,
                                     settings=settings, config=cfg)
        by_url = {r.url: r for r in feed_recs + page_recs}
        return cands, feed_recs, page_recs, by_url

    return _run


@pytest.fixture
def source():
    """source(name, kind, **fields) -> Source with rate_limit 0 unless given."""
    from newsfacts.sources import Source

    def _source(name: str = "t", kind: str = "urls", **kw) -> Source:
        kw.setdefault("rate_limit", 0.0)
        if "urls" in kw:
            kw["urls"] = tuple(kw["urls"])
        return Source(name=name, kind=kind, **kw)

    return _source


@pytest.fixture
def rss_bytes():
    return rss


@pytest.fixture
def hostile():
    """The hostile handlers, as a namespace."""
    import types

    return types.SimpleNamespace(gzip_bomb=gzip_bomb, streaming=streaming, slow_loris=slow_loris,
                                 redirect=redirect, gzip_bytes=gzip_bytes, Reply=Reply)
