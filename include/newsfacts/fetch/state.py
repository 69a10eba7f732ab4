"""What was fetched before, as small JSON files under one folder.

Not in DuckDB (only the loader writes the warehouse). Safe for several processes: every
write is a whole-file atomic replace, and claiming a content hash is an exclusive create,
so when two workers fetch the same article under two URLs exactly one of them wins.

Layout under ``root``:
  urls/<ab>/<id>.json      canonical URL -> sha256, status, outcome, attempts, final
  content/<ab>/<sha256>    exclusive claim: first canonical URL stored with these bytes
  text/<ab>/<sha256>       same for the visible-text fingerprint (same article, new markup)
  feeds/<ab>/<id>.json     feed/sitemap URL -> etag, last_modified (conditional GET), kind,
                           and a sitemap index's children
  pending/<source>/<id>.json  candidates discovered but not yet fetched successfully
  unloaded/<ab>/<sha256>.json pages archived for a run but not loaded into the warehouse yet
                           (the page list entry; removed once load has committed it)
  robots/<id>.json         robots.txt cache per scheme+host

A URL is *fetched* (never asked for again) once its entry is final; its page is *done* only
when load has committed it to the warehouse: fetch writes the page's ``unloaded`` entry
before the URL's final entry, and load removes it after its commit, so a run stopped
anywhere in between (killed, a failed gate, a busy warehouse) leaves the page offered again
to the next run (newsfacts.pipeline.plan_batches), from the archive, without refetching.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import threading
import time
from pathlib import Path

from newsfacts.atomic import atomic_write
from newsfacts.fetch.models import Candidate, utc_now_iso
from newsfacts.fetch.urls import url_id

_SAFE = re.compile(r"[^A-Za-z0-9_.\-]")
log = logging.getLogger("newsfacts.fetch")


def _write_json(path: Path, data: dict) -> None:
    atomic_write(path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def _read_json(path: Path) -> dict | None:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError):
        return None  # a torn/corrupt file counts as absent; it will be rewritten
    return data if isinstance(data, dict) else None


class FetchState:
    def __init__(self, root):
        self.root = Path(root).expanduser()
        self.root.mkdir(parents=True, exist_ok=True)

    # -- article URLs ---------------------------------------------------------------
    def _url_path(self, canonical: str) -> Path:
        i = url_id(canonical)
        return self.root / "urls" / i[:2] / f"{i}.json"

    def get(self, canonical: str) -> dict | None:
        return _read_json(self._url_path(canonical))

    def is_done(self, canonical: str) -> bool:
        """True when the URL needs no further fetching (stored, duplicate, or given up)."""
        entry = self.get(canonical)
        return bool(entry and entry.get("final"))

    def record(self, canonical: str, **fields) -> dict:
        entry = self.get(canonical) or {"canonical_url": canonical, "attempts": 0}
        entry.update(fields)
        entry["updated_at"] = utc_now_iso()
        _write_json(self._url_path(canonical), entry)
        return entry

    def iter_urls(self):
        """Every URL entry (dicts with canonical_url, url, outcome, sha256, final,
        updated_at...). Lets a pipeline find pages that were archived by a fetch task whose
        records never reached the loader (a killed task), and re-offer them."""
        base = self.root / "urls"
        if not base.is_dir():
            return
        for path in sorted(base.glob("*/*.json")):
            entry = _read_json(path)
            if entry:
                yield entry

    def stored_pages(self) -> list[dict]:
        """Every page the state says was stored (a final "fetched" entry, or "skipped" for
        its language, with a content hash), one per content hash, as a page descriptor
        (what fetch lists for plan). A URL that another page's redirect or rel=canonical
        names has an entry of its own with the same hash: the entry a fetch settled (it has
        a source) wins."""
        from newsfacts.fetch.models import LANGUAGE_SKIP_PREFIX

        pages: dict[str, dict] = {}
        for e in self.iter_urls():
            sha = e.get("sha256")
            if not (e.get("final") and sha) or not (
                    e.get("outcome") == "fetched" or (
                        e.get("outcome") == "skipped"
                        and str(e.get("error") or "").startswith(LANGUAGE_SKIP_PREFIX))):
                continue
            if sha in pages and (pages[sha].get("source") or not e.get("source")):
                continue
            pages[sha] = {
                "url": e.get("url") or e.get("canonical_url"),
                "canonical_url": e.get("page_canonical_url") or e.get("canonical_url"),
                "source": e.get("source"), "title": e.get("title"),
                "published": e.get("published"), "content_sha256": sha,
                "content_type": e.get("content_type"), "language": e.get("language"),
                "fetched_at": e.get("fetched_at") or e.get("updated_at"),
                "outcome": e.get("outcome"), "error": e.get("error"), "kind": "page"}
        return [pages[k] for k in sorted(pages)]

    # -- pages archived but not loaded yet -------------------------------------------------
    def _unloaded_path(self, sha: str) -> Path:
        return self.root / "unloaded" / sha[:2] / f"{_SAFE.sub('_', sha)}.json"

    def add_unloaded(self, page: dict) -> None:
        """A page archived for a run: offered to every run until load commits it."""
        _write_json(self._unloaded_path(page["content_sha256"]), page)

    def unloaded(self) -> list[dict]:
        """Pages archived but not loaded yet (oldest runs' included), by content hash."""
        base = self.root / "unloaded"
        if not base.is_dir():
            return []
        return [p for p in (_read_json(f) for f in sorted(base.glob("*/*.json"))) if p]

    def mark_loaded(self, shas) -> int:
        """Pages load has committed: they are done. Returns how many were waiting."""
        done = 0
        for sha in shas:
            if not sha:
                continue
            with contextlib.suppress(FileNotFoundError):
                self._unloaded_path(sha).unlink()
                done += 1
        return done

    @property
    def _reconciled_flag(self) -> Path:
        return self.root / "unloaded" / ".reconciled"

    def reconciled(self) -> bool:
        """Has this state been checked once against the warehouse (pages a version before
        the unloaded entries existed fetched and never loaded)?"""
        return self._reconciled_flag.exists()

    def set_reconciled(self) -> None:
        _write_json(self._reconciled_flag, {"at": utc_now_iso()})

    def sha_for(self, canonical: str) -> str | None:
        entry = self.get(canonical)
        return entry.get("sha256") if entry else None

    # -- content hashes ---------------------------------------------------------------
    def _content_path(self, sha: str, kind: str = "content") -> Path:
        return self.root / kind / sha[:2] / sha

    def content_owner(self, sha: str, kind: str = "content") -> str | None:
        """The canonical URL that claimed this hash ("content": raw bytes, "text": visible
        text fingerprint), or None."""
        try:
            return self._content_path(sha, kind).read_text(encoding="utf-8") or None
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            return None

    def claim_content(self, sha: str, canonical: str, kind: str = "content") -> bool:
        """Atomically claim ``sha`` for ``canonical``; False if someone else holds it."""
        path = self._content_path(sha, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{sha}.{os.getpid()}.{threading.get_ident()}")
        tmp.write_text(canonical, encoding="utf-8")
        try:
            os.link(tmp, path)  # atomic, fails if present; readers never see an empty file
        except FileExistsError:
            return self.content_owner(sha, kind) == canonical
        except OSError:  # a filesystem without hard links: exclusive create instead
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return self.content_owner(sha, kind) == canonical
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(canonical)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        return True

    # -- feeds (conditional GET) ------------------------------------------------------------
    def _feed_path(self, url: str) -> Path:
        i = url_id(url)
        return self.root / "feeds" / i[:2] / f"{i}.json"

    def feed_validators(self, url: str) -> dict:
        return _read_json(self._feed_path(url)) or {}

    def set_feed_validators(self, url: str, etag: str | None, last_modified: str | None,
                            **extra) -> None:
        """Store a discovery document's validators and what else a 304 must bring back:
        ``kind`` ("feed", "urlset", "index"...) and, for a sitemap index, its ``children``
        (so an unchanged index still has each child asked for itself)."""
        if not etag and not last_modified:
            with contextlib.suppress(FileNotFoundError):
                self._feed_path(url).unlink()
            return
        _write_json(self._feed_path(url), {"url": url, "etag": etag,
                                           "last_modified": last_modified,
                                           "updated_at": utc_now_iso(), **extra})

    # -- pending candidates (retried next run even if the feed no longer lists them) ------
    def _pending_dir(self, source: str) -> Path:
        return self.root / "pending" / (_SAFE.sub("_", source) or "_")

    def add_pending(self, c: Candidate) -> None:
        path = self._pending_dir(c.source) / f"{url_id(c.canonical_url or c.url)}.json"
        if not path.exists():
            _write_json(path, c.to_dict())

    def remove_pending(self, c: Candidate) -> None:
        path = self._pending_dir(c.source) / f"{url_id(c.canonical_url or c.url)}.json"
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def pending(self, source: str, limit: int = 100000) -> list[Candidate]:
        d = self._pending_dir(source)
        if not d.is_dir():
            return []
        out: list[Candidate] = []
        for p in sorted(d.glob("*.json"))[:limit]:
            data = _read_json(p)
            if data and data.get("url"):
                with contextlib.suppress(TypeError):
                    out.append(Candidate.from_dict(data))
        return out

    # -- robots.txt cache ----------------------------------------------------------------
    def _robots_path(self, origin: str) -> Path:
        return self.root / "robots" / f"{url_id(origin)}.json"

    def robots(self, origin: str, ttl: float) -> dict | None:
        data = _read_json(self._robots_path(origin))
        if not data or time.time() - float(data.get("fetched", 0)) > ttl:
            return None
        return data

    def set_robots(self, origin: str, status: int | None, text: str | None) -> None:
        _write_json(self._robots_path(origin), {"origin": origin, "status": status,
                                                "text": text, "fetched": time.time()})


def open_state(settings) -> FetchState:
    """The fetch state of a home (``settings.state``): one folder for the DAG, `newsfacts
    run` and `newsfacts fetch` alike, so none of them fetches what another already did. The
    folder older versions of `newsfacts fetch` kept apart (``settings.legacy_state``) is
    merged into it the first time."""
    if settings.legacy_state.is_dir():
        moved = migrate_state(settings.legacy_state, settings.state)
        log.info("fetch state: merged %d entries of %s into %s", moved,
                 settings.legacy_state, settings.state)
    return FetchState(settings.state)


def _stamp(entry: dict | None) -> tuple:
    """How current a state entry is: a final URL entry wins, then the newest."""
    entry = entry or {}
    return (bool(entry.get("final")), str(entry.get("updated_at") or entry.get("fetched") or ""))


def migrate_state(old: Path, new: Path) -> int:
    """Merge the state folder ``old`` into ``new`` and remove ``old``. An entry present in
    both keeps the more current one (a URL that is done beats one that is not, then the
    newer); content claims already in ``new`` stay. Returns the entries taken from ``old``."""
    taken = 0
    for src in sorted(p for p in old.rglob("*") if p.is_file()):
        if src.name.startswith("."):  # a temporary file of an interrupted write
            continue
        dst = new / src.relative_to(old)
        try:
            keep_new = dst.exists() and (
                src.suffix != ".json" or _stamp(_read_json(src)) <= _stamp(_read_json(dst)))
            if keep_new:
                continue
            dst.parent.mkdir(parents=True, exist_ok=True)
            src.rename(dst)
            taken += 1
        except FileNotFoundError:  # another process is merging the same folder
            continue
    shutil.rmtree(old, ignore_errors=True)
    return taken
