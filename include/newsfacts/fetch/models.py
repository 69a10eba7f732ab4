"""Candidate (an article URL to fetch) and FetchRecord (what happened to one URL)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime

from newsfacts.sanitize import mask_secrets

OUTCOMES = ("fetched", "unchanged", "duplicate", "skipped", "error")
WARNING_PREFIX = "warning: "  # error text of a document read with a problem
LANGUAGE_SKIP_PREFIX = "language: "  # error text of a page the extractor does not read


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Candidate:
    url: str  # absolute http(s):// or file:// URL
    source: str  # source name
    title: str | None = None
    published: str | None = None  # ISO 8601 UTC, from the feed/sitemap
    summary: str | None = None
    canonical_url: str = ""  # canonical form of url (tracking parameters stripped)
    allow_private: bool = False  # copied from the source
    local: bool = False  # file:// reads allowed (the source itself is local)
    discovered_from: str | None = None  # feed/sitemap/list URL
    language: str | None = None  # as the feed/sitemap declared it (the page may say otherwise)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Candidate:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class FetchRecord:
    url: str
    final_url: str | None = None
    canonical_url: str | None = None
    source: str | None = None
    # fetched | unchanged | duplicate | skipped | error: one per URL per run. "fetched" with
    # error "warning: ..." is a document read with a problem; "skipped" with error
    # "language: ..." is a page archived and loaded as an article without facts.
    outcome: str = "error"
    error: str | None = None
    bytes: int = 0  # body size after decompression (0 when nothing was kept)
    http_status: int | None = None
    content_type: str | None = None
    charset: str | None = None
    elapsed_ms: int = 0
    content_sha256: str | None = None  # archive key (for "duplicate": the stored original)
    fetched_at: str = ""
    title: str | None = None
    published: str | None = None
    kind: str = "page"  # "page" (an article) or "feed" (feed / sitemap / URL list)
    attempts: int = 0  # HTTP attempts (retries included)
    language: str | None = None  # the page's language (fetch/language.py), ISO 639 code

    def __post_init__(self):
        if not self.fetched_at:
            self.fetched_at = utc_now_iso()
        if self.final_url is None:
            self.final_url = self.url

    def to_dict(self) -> dict:
        """Every field, for fetch logs and page lists: URLs and the error with credentials
        masked (``https://***@host``, ``?token=***``; newsfacts.sanitize.mask_secrets), since
        these go to logs and, as an article's URL, to the warehouse. The candidate and the
        fetch state keep the real URL."""
        d = asdict(self)
        for key in ("url", "final_url", "canonical_url", "error"):
            if d[key]:
                d[key] = mask_secrets(d[key])
        return d

    def to_json_line(self) -> dict:
        """The public per-URL line of ``newsfacts fetch --json``."""
        d = self.to_dict()
        return {k: d[k] for k in ("source", "url", "final_url", "outcome", "error", "bytes",
                                  "http_status")}

    @property
    def warning(self) -> str | None:
        """A document read with a problem (outcome "fetched", error "warning: ...")."""
        if self.outcome == "fetched" and (self.error or "").startswith(WARNING_PREFIX):
            return self.error[len(WARNING_PREFIX):]
        return None

    @property
    def new_article(self) -> bool:
        """A page stored by this fetch that goes on to extract and load: "fetched", or
        "skipped" for its language (loaded as an article, without facts)."""
        if self.kind != "page" or not self.content_sha256:
            return False
        return self.outcome == "fetched" or (
            self.outcome == "skipped" and (self.error or "").startswith(LANGUAGE_SKIP_PREFIX))

    @classmethod
    def from_dict(cls, d: dict) -> FetchRecord:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})

    @classmethod
    def for_candidate(cls, c: Candidate, **kw) -> FetchRecord:
        kw.setdefault("canonical_url", c.canonical_url or None)
        return cls(url=c.url, source=c.source, title=c.title, published=c.published, **kw)
