"""discover() and fetch_candidates(): the two steps the DAG and the CLI call."""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newsfacts.archive import Archive
from newsfacts.fetch.config import FetchConfig, resolve_config
from newsfacts.fetch.encoding import decode_html
from newsfacts.fetch.feeds import FeedError, Parsed, parse_feed, parse_sitemap, parse_url_list
from newsfacts.fetch.guard import Policy, resolve_checked
from newsfacts.fetch.http import HttpFetcher, HttpResult, TooLarge, gunzip_by_content
from newsfacts.fetch.language import declared_in_html, page_language, skip_reason
from newsfacts.fetch.models import WARNING_PREFIX, Candidate, FetchRecord
from newsfacts.fetch.robots import RobotsCache
from newsfacts.fetch.state import FetchState
from newsfacts.fetch.urls import canonical_url, find_rel_canonical, host_key, url_problem
from newsfacts.fetch.xmlscan import sniff
from newsfacts.sources import Source

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
_EXT_TYPES = {".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
              ".txt": "text/plain", ".xml": "application/xml", ".rss": "application/rss+xml",
              ".atom": "application/atom+xml", ".gz": "application/gzip"}
FOLDER_SUFFIXES = (".html", ".htm", ".txt")
HOST_FAILURE_LIMIT = 3  # network failures in a row before a host is left for the next run
MAX_CRAWL_DELAY = 60.0  # longest robots.txt Crawl-delay honoured (seconds)
_NETWORK_ERRORS = ("connection failed", "connect time-out", "read time-out",
                   "total time-out", "protocol error")


def _user_agent(settings, source: Source | None = None) -> str:
    if source is not None and source.user_agent:
        return source.user_agent
    ua = getattr(settings, "user_agent", None)
    if ua:
        return ua
    from newsfacts import __version__

    return f"newsfacts/{__version__}"


class Throttle:
    """When each host was last asked for something, and a wait for its delay to pass.
    One process-wide instance (``HOSTS``) is shared by discover and fetch, so the page
    requests that follow a feed request on the same host keep the delay too. Across
    processes, ``group_by_host`` keeps each host in one task."""

    def __init__(self, sleep=time.sleep):
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._sleep = sleep

    def wait(self, host: str, delay: float) -> None:
        if not host or delay <= 0:
            return
        with self._lock:
            last = self._last.get(host)
        if last is not None:
            left = last + delay - time.monotonic()
            if left > 0:
                self._sleep(left)

    def done(self, host: str) -> None:
        if host:
            with self._lock:
                self._last[host] = time.monotonic()


HOSTS = Throttle()


def _file_path(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


def read_local(url: str, max_bytes: int) -> tuple[bytes, str]:
    """(bytes, content type) of a file:// URL; raises OSError/TooLarge."""
    path = _file_path(url)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge()
    return data, _EXT_TYPES.get(path.suffix.lower(), "application/octet-stream")


# ---------------------------------------------------------------------------------------
# discover
# ---------------------------------------------------------------------------------------

@dataclass
class _Doc:
    """A discovery document as read: bytes (decompressed) or ``unchanged`` (HTTP 304, or
    the same content hash for a local file)."""

    url: str
    data: bytes | None = None
    content_type: str | None = None
    res: HttpResult | None = None
    nbytes: int = 0
    elapsed_ms: int = 0
    etag: str | None = None
    last_modified: str | None = None
    warning: str | None = None
    unchanged: bool = False
    complete: bool = True  # False: the compressed stream ended early


TRUNCATED_GZIP = "compressed stream ends early (truncated gzip)"


def _warnings(*parts: str | None) -> str | None:
    return "; ".join(p for p in parts if p) or None


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


class _Discovery:
    def __init__(self, state: FetchState, settings, cfg: FetchConfig, fetcher: HttpFetcher,
                 include_feed_success: bool):
        self.state = state
        self.settings = settings
        self.cfg = cfg
        self.fetcher = fetcher
        self.robots = RobotsCache(fetcher, state, cfg.robots_ttl)
        self.throttle = HOSTS
        self.records: list[FetchRecord] = []
        self.include_feed_success = include_feed_success
        # conditional-GET validators to store once the source's items are all taken
        self.commits: list[Callable[[], None]] = []
        # (source, URL) pairs that have their one outcome of this run
        self.recorded: set[tuple[str | None, str]] = set()
        self.requested: set[tuple[str, str]] = set()  # sitemaps asked for this run (once)
        self.now = datetime.now(UTC)

    # -- records ----------------------------------------------------------------------
    def add(self, rec: FetchRecord) -> None:
        """Keep ``rec`` unless its URL already has an outcome this run (for its source)."""
        key = (rec.source, rec.url)
        if key in self.recorded:
            return
        self.recorded.add(key)
        self.records.append(rec)

    def record(self, src: Source, url: str, outcome: str, error: str | None = None, *,
               doc: _Doc | None = None, res: HttpResult | None = None,
               warning: str | None = None) -> None:
        """The one outcome of a discovery document this run. A document read fine is
        recorded only with ``include_feed_success``; one read with a problem always is
        (outcome "fetched", error "warning: ...")."""
        if outcome == "fetched":
            if warning:
                error = WARNING_PREFIX + warning
            elif not self.include_feed_success:
                self.recorded.add((src.name, url))
                return
        rec = FetchRecord(url=url, source=src.name, outcome=outcome, error=error, kind="feed")
        if doc is not None:
            rec.bytes = doc.nbytes
            rec.content_type = doc.content_type
            rec.elapsed_ms = doc.elapsed_ms
            res = res or doc.res
        if res is not None:
            rec.final_url = res.final_url
            rec.http_status = res.status
            rec.content_type = res.content_type
            rec.elapsed_ms = res.elapsed_ms
            rec.attempts = res.attempts
        self.add(rec)

    def commit(self, doc: _Doc, **extra) -> Callable[[], None]:
        def store():
            self.state.set_feed_validators(doc.url, doc.etag, doc.last_modified, **extra)

        return store

    # -- reading ----------------------------------------------------------------------
    def _decompress(self, src: Source, url: str, data: bytes, max_bytes: int,
                    res: HttpResult | None = None) -> tuple[bytes | None, str | None]:
        """Gunzip by content (the gzip magic), whatever the URL says. (bytes, warning), or
        (None, None) when the document failed (its error is recorded)."""
        try:
            out, complete = gunzip_by_content(data, max_bytes)
        except TooLarge:
            self.record(src, url, "error", f"too large: more than {max_bytes} bytes after "
                        "decompression (a decompression bomb?)", res=res)
            return None, None
        except (zlib.error, ValueError) as exc:
            self.record(src, url, "error", f"corrupt gzip: {exc}", res=res)
            return None, None
        return out, None if complete else TRUNCATED_GZIP

    def read(self, src: Source, url: str, *, conditional: bool = True) -> _Doc | None:
        """Fetch a discovery document. None when it failed or was refused (that outcome
        is recorded here); otherwise a _Doc, ``unchanged`` or with its bytes, whose
        outcome the caller records once it has parsed it."""
        max_bytes = src.max_bytes or self.cfg.max_bytes
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            if not src.is_local:
                self.record(src, url, "error", "refused: a remote source cannot point at "
                            "local files")
                return None
            t0 = time.monotonic()
            try:
                raw, ctype = read_local(url, max_bytes)
            except TooLarge:
                self.record(src, url, "error", f"too large: more than {max_bytes} bytes")
                return None
            except (OSError, ValueError) as exc:
                self.record(src, url, "error", f"cannot read: {exc}")
                return None
            data, warning = self._decompress(src, url, raw, max_bytes)
            if data is None:
                return None
            # local files get the same "conditional GET": a content hash as the validator
            tag = f"sha256:{hashlib.sha256(data).hexdigest()}"
            doc = _Doc(url=url, content_type=ctype, nbytes=len(data), etag=tag,
                       elapsed_ms=int((time.monotonic() - t0) * 1000), warning=warning,
                       complete=warning is None)
            if conditional and self.state.feed_validators(url).get("etag") == tag:
                doc.unchanged = True
            else:
                doc.data = data
            return doc
        if scheme not in ("http", "https"):
            self.record(src, url, "error", f"refused: unsupported URL scheme {scheme}://")
            return None
        ua = _user_agent(self.settings, src)
        host = host_key(url)
        rules, used_network = self.robots.rules(url, allow_private=src.allow_private,
                                                user_agent=ua)
        if used_network:
            self.throttle.done(host)
        if not rules.allowed(url, ua):
            if rules.unreachable:
                msg = rules.error if rules.blocked else f"robots.txt unreachable ({rules.error})"
                self.record(src, url, "error", msg)
            else:
                self.record(src, url, "skipped", "disallowed by robots.txt")
            return None
        headers: dict[str, str] = {}
        validators = self.state.feed_validators(url) if conditional else {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        self.throttle.wait(host, max(src.rate_limit, rules.crawl_delay(ua) or 0))
        try:
            res = self.fetcher.get(url, allow_private=src.allow_private, user_agent=ua,
                                   max_bytes=max_bytes, timeout=src.timeout, headers=headers,
                                   accept=FEED_ACCEPT)
        finally:
            self.throttle.done(host)
        if res.status == 304:
            return _Doc(url=url, res=res, unchanged=True)
        if res.error or res.body is None:
            self.record(src, url, "error", res.error or "empty response", res=res)
            return None
        data, warning = self._decompress(src, url, res.body, max_bytes, res)
        if data is None:
            return None
        return _Doc(url=url, data=data, content_type=res.content_type, res=res,
                    nbytes=len(data), etag=res.headers.get("etag"),
                    last_modified=res.headers.get("last-modified"), warning=warning,
                    complete=warning is None)

    # -- sources ------------------------------------------------------------------------
    def items(self, src: Source) -> list[dict]:
        cfg = self.cfg
        if src.kind in ("rss", "atom"):
            doc = self.read(src, src.url)
            if doc is None:
                return []
            if doc.unchanged:
                self.record(src, src.url, "unchanged", doc=doc)
                return []
            try:
                parsed = parse_feed(doc.data, src.url, doc.content_type, cfg.max_feed_items)
            except FeedError as exc:
                self.record(src, src.url, "error", str(exc), doc=doc)
                return []
            self.record(src, src.url, "fetched", doc=doc,
                        warning=_warnings(doc.warning, parsed.warning))
            if doc.complete and parsed.complete:  # else the next run reads it whole again
                self.commits.append(self.commit(doc, kind="feed"))
            return parsed.items
        if src.kind == "sitemap":
            return self._sitemap(src, src.url, depth=0)
        if src.kind == "urls":
            items = [{"url": u} for u in src.urls]
            if src.url:
                doc = self.read(src, src.url, conditional=False)
                if doc is not None:
                    try:
                        parsed = parse_url_list(doc.data, src.url, doc.content_type)
                    except FeedError as exc:
                        self.record(src, src.url, "error", str(exc), doc=doc)
                    else:
                        self.record(src, src.url, "fetched", doc=doc, warning=doc.warning)
                        items += parsed.items
            return items
        if src.kind == "folder":
            root = Path(src.path or ".")
            if not root.is_dir():
                self.record(src, root.as_uri() if root.is_absolute() else str(root), "error",
                            f"folder not found: {root}")
                return []
            files = []
            for p in sorted(root.rglob("*")):
                if p.suffix.lower() in FOLDER_SUFFIXES and p.is_file() \
                        and not any(part.startswith(".") for part in p.relative_to(root).parts):
                    files.append({"url": p.resolve().as_uri(), "title": None})
                    if len(files) >= cfg.max_folder_files:
                        break
            return files
        self.record(src, src.url or "", "error", f"unknown source kind {src.kind!r}")
        return []

    def _too_old(self, src: Source, when: str | None) -> bool:
        """Older than the source's window (``max_age_days``)? Undated is never too old."""
        if src.max_age_days is None:
            return False
        dt = _when(when)
        return dt is not None and dt < self.now - timedelta(days=src.max_age_days)

    def _select(self, src: Source, children: list[dict]) -> tuple[list[dict], str | None]:
        """The child sitemaps to read: those inside the window, undated ones first (in
        the index's order), then the newest; at most ``max_sitemaps``."""
        inside = [c for c in children if not self._too_old(src, c.get("lastmod"))]

        def newest_first(c: dict):
            dt = _when(c.get("lastmod"))
            return (0, 0.0) if dt is None else (1, -dt.timestamp())

        inside.sort(key=newest_first)  # stable: undated children keep the index's order
        chosen = inside[: self.cfg.max_sitemaps]
        note = None
        if len(inside) > len(chosen):
            note = (f"sitemap index lists {len(inside)} sitemaps in the window; read "
                    f"{len(chosen)} (max_sitemaps), undated and newest first")
        return chosen, note

    def _child_other(self, doc: _Doc) -> Parsed | None:
        """A child of a sitemap index that is a text sitemap or an RSS/Atom feed (both are
        sitemaps to search engines): read it as such."""
        try:
            found, _detail = sniff(doc.data)
            if found == "urls":
                return parse_url_list(doc.data, doc.url, doc.content_type)
            if found == "feed":
                return parse_feed(doc.data, doc.url, doc.content_type, self.cfg.max_feed_items)
        except FeedError:
            return None
        return None

    def _sitemap(self, src: Source, url: str, depth: int) -> list[dict]:
        """A sitemap or sitemap index. Every child sitemap of an index is its own
        conditional request, every run: an index that did not change (304) brings back
        the children it listed, so a changed child is read although its index was not."""
        if (src.name, url) in self.requested:
            return []  # listed twice: one request, one outcome
        self.requested.add((src.name, url))
        known = self.state.feed_validators(url)
        # validators stored before kinds were (older runs) cannot bring children back
        doc = self.read(src, url, conditional=bool(known.get("kind")))
        if doc is None:
            return []
        if doc.unchanged:
            self.record(src, url, "unchanged", doc=doc)
            if known.get("kind") == "index" and depth == 0:
                chosen, _note = self._select(src, known.get("children") or [])
                return self._read_children(src, chosen, depth)
            return []
        try:
            parsed = parse_sitemap(doc.data, url, content_type=doc.content_type)
        except FeedError as exc:
            other = self._child_other(doc) if depth else None
            if other is None:
                self.record(src, url, "error", str(exc), doc=doc)
                return []
            parsed = other
        warning = _warnings(doc.warning, parsed.warning)
        if parsed.kind != "index":
            items = [i for i in parsed.items
                     if not self._too_old(src, i.get("lastmod") or i.get("published"))]
            self.record(src, url, "fetched", doc=doc, warning=warning)
            if doc.complete and parsed.complete:
                self.commits.append(self.commit(doc, kind=parsed.kind))
            return items
        if depth >= 1:
            self.record(src, url, "skipped", "nested sitemap index not followed", doc=doc)
            return []
        children = [{"url": i["url"], "lastmod": i.get("lastmod")} for i in parsed.items]
        chosen, note = self._select(src, children)
        self.record(src, url, "fetched", doc=doc, warning=_warnings(warning, note))
        if doc.complete and parsed.complete:
            self.commits.append(self.commit(doc, kind="index", children=children))
        return self._read_children(src, chosen, depth)

    def _read_children(self, src: Source, children: list[dict], depth: int) -> list[dict]:
        out: list[dict] = []
        for child in children:
            out += self._sitemap(src, child["url"], depth + 1)
        return out


def discover(sources: list[Source], *, state: FetchState, settings=None,
             config: FetchConfig | None = None, include_feed_success: bool = False
             ) -> tuple[list[Candidate], list[FetchRecord]]:
    """Read every enabled source; return (new candidates, records).

    Candidates are deduplicated by canonical URL, within the run and against ``state``
    (already fetched, duplicate or given up URLs are dropped silently); another spelling of
    a URL already taken this run gets a "duplicate" record. Candidates not yet fetched
    successfully stay *pending* in ``state`` and are offered again on the next run, even if
    the feed no longer lists them (or answers 304). ``max_articles`` caps candidates per
    source; the rest wait for the next run.

    Records (``kind="feed"``), one per URL: discovery documents that failed ("error"),
    were refused ("skipped": robots.txt) or did not change ("unchanged": HTTP 304), and
    those read with a problem ("fetched", error "warning: ..."); with
    ``include_feed_success`` also the ones read fine ("fetched", no archive key). Never
    raises for a bad source."""
    cfg = resolve_config(settings, config)
    candidates: list[Candidate] = []
    seen: dict[str, str] = {}  # canonical URL -> the URL taken for it this run
    with HttpFetcher(cfg, _user_agent(settings)) as fetcher:
        d = _Discovery(state, settings, cfg, fetcher, include_feed_success)
        for src in sources:
            if not src.enabled:
                continue
            try:
                items = d.items(src)
            except Exception as exc:  # a bug or a surprise in one source never stops the rest
                d.record(src, src.url or src.path or src.name, "error",
                         f"discovery failed: {type(exc).__name__}: {exc}")
                items = []
            taken = 0
            truncated = False
            commits, d.commits = d.commits, []
            pending = state.pending(src.name)
            fresh: list[Candidate] = []
            for item in items:
                url = item["url"]
                problem = url_problem(url)
                if problem:
                    d.add(FetchRecord(
                        url=url, source=src.name, title=item.get("title"), error=problem,
                        outcome="skipped" if problem.startswith("unsupported") else "error"))
                    continue
                scheme = urlsplit(url).scheme.lower()
                canon = canonical_url(url)
                local_ok = src.is_local or url in src.urls  # inline paths: the operator's
                if scheme == "file" and not local_ok:
                    d.add(FetchRecord(
                        url=url, source=src.name, outcome="error", title=item.get("title"),
                        error="refused: a remote source cannot point at local files"))
                    continue
                fresh.append(Candidate(
                    url=url, source=src.name, title=item.get("title"),
                    published=item.get("published"), summary=item.get("summary"),
                    canonical_url=canon, allow_private=src.allow_private, local=local_ok,
                    discovered_from=src.url or (Path(src.path).as_uri() if src.path else None),
                    language=item.get("language"),
                ))
            pending_canons = {c.canonical_url for c in pending}
            for c in pending + fresh:
                canon = c.canonical_url or canonical_url(c.url)
                c.canonical_url = canon
                if canon in seen:
                    # the same article under another spelling: say so, once per URL (the
                    # same spelling twice, or a pending candidate listed again, is not news)
                    if c.url != seen[canon] and canon not in pending_canons \
                            and not state.is_done(canon):
                        d.add(FetchRecord.for_candidate(c, outcome="duplicate"))
                    continue
                seen[canon] = c.url
                if state.is_done(canon):
                    state.remove_pending(c)
                    continue
                if src.max_articles is not None and taken >= src.max_articles:
                    # left for the next run: the feed is re-read in full then (its
                    # validators are not stored), so nothing needs to be kept meanwhile
                    truncated = True
                    continue
                state.add_pending(c)
                candidates.append(c)
                d.recorded.add((c.source, c.url))  # its outcome comes from fetch_candidates
                taken += 1
            if not truncated:
                for commit in commits:
                    with contextlib.suppress(OSError):
                        commit()
    return candidates, d.records


# ---------------------------------------------------------------------------------------
# fetch
# ---------------------------------------------------------------------------------------

def group_by_host(candidates: list[Candidate], n_groups: int) -> list[list[Candidate]]:
    """Split candidates into at most ``n_groups`` lists; every candidate of one host lands in
    the same list (so mapped tasks keep per-host politeness). Greedy: biggest host first
    into the currently smallest group. Deterministic. Empty groups are dropped."""
    n_groups = max(1, int(n_groups))
    by_host: OrderedDict[str, list[Candidate]] = OrderedDict()
    for c in candidates:
        by_host.setdefault(host_key(c.url) or "(local)", []).append(c)
    groups: list[list[Candidate]] = [[] for _ in range(n_groups)]
    for _host, items in sorted(by_host.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        target = min(range(n_groups), key=lambda i: (len(groups[i]), i))
        groups[target].extend(items)
    return [g for g in groups if g]


class _PageFetcher:
    def __init__(self, sources: dict[str, Source], archive: Archive, state: FetchState,
                 settings, cfg: FetchConfig, fetcher: HttpFetcher):
        self.sources = sources
        self.archive = archive
        self.state = state
        self.settings = settings
        self.cfg = cfg
        self.fetcher = fetcher
        self.robots = RobotsCache(fetcher, state, cfg.robots_ttl)

    def policy(self, c: Candidate) -> tuple[bool, bool, Source | None]:
        src = self.sources.get(c.source)
        if src is not None:
            return src.allow_private, src.is_local or c.url in src.urls, src
        return c.allow_private, c.local, None

    def run_host(self, host: str, items: list[tuple[int, Candidate]], out: list,
                 progress) -> None:
        """Fetch one host's candidates in order, one at a time, ``rate_limit`` apart. After
        ``HOST_FAILURE_LIMIT`` network failures in a row (time-outs, refused connections)
        the host's remaining URLs are left for the next run instead of each waiting out
        its own time-out."""
        failures = 0

        def wait(delay: float) -> None:
            HOSTS.wait(host, delay)

        for idx, c in items:
            permanent = counts = True
            if failures >= HOST_FAILURE_LIMIT:
                rec = FetchRecord.for_candidate(
                    c, outcome="error",
                    error=f"not attempted: host failed {failures} times in a row this run")
                counts = False
            else:
                try:
                    rec, permanent = self.fetch_one(c, wait)
                except Exception as exc:  # never raise for one URL
                    rec = FetchRecord.for_candidate(
                        c, outcome="error", error=f"internal error: {type(exc).__name__}: {exc}")
                    permanent = False
                if host_key(c.url):
                    HOSTS.done(host)
                if rec.outcome == "error" and rec.http_status is None and host_key(c.url) \
                        and (rec.error or "").startswith(_NETWORK_ERRORS):
                    failures += 1
                else:
                    failures = 0
            self._settle(c, rec, permanent=permanent, counts=counts)
            out[idx] = rec
            if progress is not None:
                with contextlib.suppress(Exception):
                    progress(rec)

    def _settle(self, c: Candidate, rec: FetchRecord, *, permanent: bool, counts: bool) -> None:
        """Update state: final outcomes stop retries; errors count attempts (a URL is given
        up after ``max_attempts`` runs, or at once when retrying cannot help)."""
        canon = c.canonical_url or canonical_url(c.url)
        try:
            if rec.new_article:  # first: the page stays offered until load commits it
                self.state.add_unloaded(rec.to_dict())
            if rec.outcome in ("fetched", "duplicate", "unchanged", "skipped"):
                self.state.record(canon, url=c.url, final=True, outcome=rec.outcome,
                                  sha256=rec.content_sha256, http_status=rec.http_status,
                                  error=rec.error, source=c.source, title=c.title,
                                  published=c.published, content_type=rec.content_type,
                                  language=rec.language, fetched_at=rec.fetched_at,
                                  page_canonical_url=rec.canonical_url)
                self.state.remove_pending(c)
            elif counts:
                entry = self.state.get(canon) or {}
                attempts = int(entry.get("attempts", 0)) + 1
                final = permanent or attempts >= self.cfg.max_attempts
                self.state.record(canon, url=c.url, final=final, outcome="error",
                                  attempts=attempts, http_status=rec.http_status,
                                  error=rec.error)
                if final:
                    self.state.remove_pending(c)
        except OSError:
            pass  # state is an optimisation; the record itself is what matters

    def fetch_one(self, c: Candidate, wait: Callable[[float], None]
                  ) -> tuple[FetchRecord, bool]:
        """(record, permanent): permanent errors are not retried on later runs."""
        allow_private, local, src = self.policy(c)
        max_bytes = (src.max_bytes if src and src.max_bytes else None) or self.cfg.max_bytes
        scheme = urlsplit(c.url).scheme.lower()
        canon = c.canonical_url or canonical_url(c.url)
        c.canonical_url = canon
        if scheme == "file":
            if not local:
                return FetchRecord.for_candidate(
                    c, outcome="error", error="refused: local file URL from a remote source"), True
            t0 = time.monotonic()
            try:
                data, ctype = read_local(c.url, max_bytes)
            except TooLarge:
                return FetchRecord.for_candidate(
                    c, outcome="error", error=f"too large: more than {max_bytes} bytes"), True
            except (OSError, ValueError) as exc:
                return FetchRecord.for_candidate(c, outcome="error",
                                                 error=f"cannot read: {exc}"), False
            rec = FetchRecord.for_candidate(c, final_url=c.url, content_type=ctype,
                                            elapsed_ms=int((time.monotonic() - t0) * 1000))
            return self._store(c, rec, data, ctype, c.url), False
        if scheme not in ("http", "https"):
            return FetchRecord.for_candidate(c, outcome="skipped",
                                             error=f"unsupported URL scheme {scheme}://"), True
        ua = _user_agent(self.settings, src)
        delay = src.rate_limit if src is not None else 1.0
        rules, used_network = self.robots.rules(c.url, allow_private=allow_private,
                                                user_agent=ua)
        if not rules.allowed(c.url, ua):
            if rules.blocked:  # the host itself is refused: report the guard's reason
                return FetchRecord.for_candidate(c, outcome="error", error=rules.error), True
            if rules.unreachable:
                why = (f"robots.txt unreachable ({rules.error})" if rules.status is not None
                       else f"{rules.error} (reading robots.txt)")
                return FetchRecord.for_candidate(c, outcome="error",
                                                 error=f"{why}: not fetched this run"), False
            return FetchRecord.for_candidate(c, outcome="skipped",
                                             error="disallowed by robots.txt"), True
        if used_network:
            HOSTS.done(host_key(c.url))  # robots.txt was a request to this host too
        wait(max(delay, min(rules.crawl_delay(ua) or 0.0, MAX_CRAWL_DELAY)))

        def hop_check(target: str) -> str | None:
            """robots.txt of the origin a redirect leads to."""
            parts = urlsplit(target)
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
                return None  # the fetcher refuses it with a clearer message
            # never ask a host for robots.txt that the hop itself may not reach: the
            # guard decides first (same policy as the redirect), the fetcher reports it
            hop_hosts = frozenset({host_key(c.url)})
            if host_key(target) not in hop_hosts:
                try:
                    resolve_checked(parts.hostname, parts.port or 80, Policy(
                        allow_private=allow_private, private_hosts=hop_hosts,
                        public_addresses=self.cfg.public_addresses), self.cfg.resolver)
                except Exception:
                    return None
            hop_rules, _ = self.robots.rules(target, allow_private=allow_private, user_agent=ua,
                                             private_hosts=hop_hosts)
            if hop_rules.allowed(target, ua) or hop_rules.blocked:
                return None  # blocked origins are refused by the guard on connect
            return f"redirect target disallowed by robots.txt: {target}"

        res = self.fetcher.get(c.url, allow_private=allow_private, user_agent=ua,
                               max_bytes=max_bytes, timeout=src.timeout if src else None,
                               hop_check=hop_check)
        rec = FetchRecord.for_candidate(c, final_url=res.final_url, http_status=res.status,
                                        content_type=res.content_type, elapsed_ms=res.elapsed_ms,
                                        attempts=res.attempts)
        if res.skipped:
            rec.outcome = "skipped"
            rec.error = res.error
            return rec, True
        if res.error or res.body is None:
            rec.outcome = "error"
            rec.error = res.error or "empty response"
            return rec, res.permanent
        ctype = (res.content_type or "").split(";")[0].strip().lower()
        if ctype and ctype not in PAGE_TYPES:
            rec.outcome = "skipped"
            rec.error = f"unsupported content type {ctype}"
            return rec, True
        if not _looks_like_text(res.body):
            rec.outcome = "skipped"
            rec.error = (f"unsupported content (binary data served as {ctype})" if ctype
                         else "unsupported content (no content type, not text)")
            return rec, True
        return self._store(c, rec, res.body, res.content_type, res.final_url,
                           content_language=res.headers.get("content-language")), False

    def _store(self, c: Candidate, rec: FetchRecord, data: bytes, content_type: str | None,
               final_url: str, content_language: str | None = None) -> FetchRecord:
        if not data.strip():
            rec.outcome = "error"
            rec.error = "empty page"
            return rec
        text, charset = decode_html(data, content_type)
        rec.charset = charset
        rec.bytes = len(data)
        sha = Archive.key_for(data)
        rec.content_sha256 = sha
        is_html = "html" in (content_type or "html")
        visible = visible_text(text)
        rec.language = page_language(visible, declared_in_html(text) if is_html else None,
                                     content_language, c.language)
        canon = c.canonical_url
        # other names of this page: where the redirects ended, and what it says it is
        aliases = []
        final_canon = canonical_url(final_url)
        if final_canon != canon:
            aliases.append(final_canon)
        rel = find_rel_canonical(text, final_url) if is_html else None
        if rel and rel != canon:
            rec.canonical_url = rel
            if rel not in aliases:
                aliases.append(rel)
        for alias in aliases:
            other = self.state.get(alias)
            if other and other.get("final") and other.get("sha256"):
                rec.outcome = "duplicate"
                rec.content_sha256 = other["sha256"]
                return rec
        key = rec.canonical_url or canon
        previous = self.state.get(canon)
        if previous and previous.get("sha256") == sha and previous.get("outcome") == "fetched":
            rec.outcome = "unchanged"
            return rec
        owner = self.state.content_owner(sha)
        if owner and owner != key:
            rec.outcome = "duplicate"
            return rec
        # the same article text in different markup (ads, tokens, comments): same article
        fp = text_fingerprint(visible)
        if fp:
            text_owner = self.state.content_owner(fp, kind="text")
            if text_owner and text_owner != key:
                rec.outcome = "duplicate"
                rec.content_sha256 = self.state.sha_for(text_owner) or sha
                return rec
        self.archive.put(data)  # before claiming: a claimed hash always has its blob
        if fp and not self.state.claim_content(fp, key, kind="text"):
            rec.outcome = "duplicate"
            return rec
        if not self.state.claim_content(sha, key):
            rec.outcome = "duplicate"
            return rec
        for alias in aliases:
            self.state.record(alias, url=final_url, final=True, outcome="fetched", sha256=sha,
                              http_status=rec.http_status)
        rec.outcome = "fetched"
        why = skip_reason(rec.language)
        if why:  # archived and loaded as an article, but the extractor does not read it
            rec.outcome = "skipped"
            rec.error = why
        return rec


_SCRIPT_RE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>")
MIN_FINGERPRINT_CHARS = 500


def visible_text(text: str) -> str:
    """A page's visible words: tags, scripts, styles and comments removed, spacing
    collapsed, entities decoded."""
    visible = _TAG_RE.sub(" ", _SCRIPT_RE.sub(" ", text))
    return " ".join(html.unescape(visible).split())


def text_fingerprint(visible: str) -> str | None:
    """sha256 of the page's visible words (``visible_text``, case folded), or None when
    there are too few words to tell two pages apart (JS shells, stubs)."""
    visible = visible.casefold()
    if len(visible) < MIN_FINGERPRINT_CHARS:
        return None
    return hashlib.sha256(visible.encode("utf-8", "surrogatepass")).hexdigest()


def _looks_like_text(data: bytes) -> bool:
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with BOM
    return b"\x00" not in head[:512]


def fetch_candidates(candidates: list[Candidate], *, sources: list[Source], archive: Archive,
                     state: FetchState, settings=None, progress=None,
                     config: FetchConfig | None = None) -> list[FetchRecord]:
    """Fetch every candidate; one record per candidate, in input order. Never raises for a
    bad URL. Hosts are fetched in parallel (``workers``), each host by one worker at a time
    with the source's ``rate_limit`` seconds between requests; robots.txt is honoured.
    New content is archived (raw bytes) and claimed in ``state``; content already stored
    under another URL is a "duplicate". ``progress(record)`` is called after each URL."""
    cfg = resolve_config(settings, config)
    if not candidates:
        return []
    src_map = {s.name: s for s in sources or []}
    cands = [c if isinstance(c, Candidate) else Candidate.from_dict(c) for c in candidates]
    by_host: OrderedDict[str, list[tuple[int, Candidate]]] = OrderedDict()
    for i, c in enumerate(cands):
        by_host.setdefault(host_key(c.url) or f"(local){i % 4}", []).append((i, c))
    out: list[FetchRecord | None] = [None] * len(cands)
    with HttpFetcher(cfg, _user_agent(settings)) as fetcher:
        pf = _PageFetcher(src_map, archive, state, settings, cfg, fetcher)
        workers = max(1, min(cfg.workers, len(by_host)))
        if workers == 1:
            for host, items in by_host.items():
                pf.run_host(host, items, out, progress)
        else:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as ex:
                futures = [ex.submit(pf.run_host, host, items, out, progress)
                           for host, items in by_host.items()]
                for f in futures:
                    f.result()
    return [r if r is not None else FetchRecord.for_candidate(c, outcome="error",
                                                              error="not attempted")
            for r, c in zip(out, cands, strict=True)]
