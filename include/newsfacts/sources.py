"""Sources of articles, declared in a YAML file.

```yaml
sources:
  - {name: wire, kind: rss, url: "https://example.org/world/rss.xml"}
  - {name: lab, kind: rss, url: "http://127.0.0.1:8000/feed.xml", allow_private: true}
  - {name: picks, kind: urls, urls: ["https://example.org/a.html"]}
  - {name: map, kind: sitemap, url: "https://example.org/news-sitemap.xml"}
  - {name: inbox, kind: folder, path: "./drop"}
```

Per-source keys: ``name`` (unique), ``kind`` (rss, atom, feed, sitemap, urls, folder),
``url`` (feed / sitemap / URL-list location), ``urls`` (inline list), ``path`` (folder),
``allow_private`` (reach loopback/private addresses: tests and intranets only),
``rate_limit`` (seconds between two requests to one host, default 1.0), ``max_articles``
(per run), ``user_agent``, ``enabled`` (default true), ``max_age_days`` (the source's
window: sitemap entries whose ``lastmod``, or news publication date, is older are skipped,
and so are child sitemaps of an index whose ``lastmod`` is older; default: no window).

A ``url`` without a scheme, or with ``file://``, names a local file; relative paths resolve
against the folder holding the YAML file. ``rss`` and ``atom`` are read by the same parser,
which also understands RSS 0.9x/1.0 (RDF) and Atom 0.3/1.0.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

KINDS = ("rss", "atom", "sitemap", "urls", "folder")
_KIND_ALIASES = {"feed": "rss", "rdf": "rss", "urllist": "urls", "list": "urls", "dir": "folder"}
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}$")
_KNOWN_KEYS = {
    "name", "kind", "url", "urls", "path", "allow_private", "rate_limit", "max_articles",
    "user_agent", "enabled", "timeout", "max_bytes", "max_age_days",
}


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # "rss" | "atom" | "sitemap" | "urls" | "folder"
    url: str | None = None
    urls: tuple[str, ...] = ()
    path: str | None = None
    allow_private: bool = False
    rate_limit: float = 1.0  # seconds between two requests to the same host
    max_articles: int | None = None
    user_agent: str | None = None
    enabled: bool = True
    timeout: float | None = None  # total seconds per request (None: the fetch default)
    max_bytes: int | None = None  # byte cap per response (None: the fetch default)
    base_dir: str | None = None  # folder of the sources file (relative paths resolve here)
    max_age_days: float | None = None  # sitemap window: older lastmod entries are skipped

    @property
    def is_local(self) -> bool:
        """True when the source reads local files (a folder, or a feed/list on disk)."""
        if self.kind == "folder":
            return True
        return self.url is not None and urlsplit(self.url).scheme == "file"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["urls"] = list(self.urls)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Source:
        d = dict(d)
        d["urls"] = tuple(d.get("urls") or ())
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def _error(msg: str):
    """A sources file that cannot be used is a configuration error: it fails at once (no
    retries under Airflow), naming the file and the key; a URL's credentials are masked (it
    reaches logs and alerts)."""
    from newsfacts.errors import ConfigError
    from newsfacts.sanitize import mask_secrets

    return ConfigError(mask_secrets(msg))


def local_url(value: str, base_dir: Path) -> str:
    """A scheme-less path or file:// URL -> absolute file:// URL (relative to base_dir)."""
    if value.startswith("file://"):
        p = Path(urlsplit(value).path)
        if not p.is_absolute():  # file://relative/path is not a thing; be forgiving
            p = base_dir / (urlsplit(value).netloc + urlsplit(value).path)
    else:
        p = Path(value).expanduser()
        if not p.is_absolute():
            p = base_dir / p
    return p.resolve().as_uri()


def _is_local(value: str) -> bool:
    scheme = urlsplit(value).scheme.lower()
    # "C:\\x" on Windows parses as scheme "c": treat one-letter schemes as paths
    return scheme in ("", "file") or len(scheme) == 1


def _normalise_url(value, where: str, base_dir: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _error(f"{where}: expected a URL or path, got {value!r}")
    value = value.strip()
    if _is_local(value):
        return local_url(value, base_dir)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _error(f"{where}: {value!r} is not an http(s) URL or a local path")
    return value


def _bool(value, where: str) -> bool:
    if isinstance(value, bool):
        return value
    raise _error(f"{where}: expected true or false, got {value!r}")


def _number(value, where: str, *, integer: bool = False, allow_none: bool = False):
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _error(f"{where}: expected a number, got {value!r}")
    if value < 0:
        raise _error(f"{where}: must not be negative, got {value!r}")
    if integer:
        if int(value) != value:
            raise _error(f"{where}: expected a whole number, got {value!r}")
        return int(value)
    return float(value)


def parse_sources(data, *, file: str = "<sources>", base_dir: Path | None = None) -> list[Source]:
    """Validate the parsed YAML document and build Source objects."""
    base_dir = (base_dir or Path.cwd()).resolve()
    if isinstance(data, list):
        entries = data
    elif isinstance(data, dict) and "sources" in data:
        entries = data["sources"]
    else:
        raise _error(f"{file}: expected a top-level 'sources:' list")
    if not isinstance(entries, list):
        raise _error(f"{file}: 'sources' must be a list, got {type(entries).__name__}")
    out: list[Source] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"{file}: sources[{i}]"
        if not isinstance(entry, dict):
            raise _error(f"{where}: expected a mapping with name and kind, got {entry!r}")
        name = entry.get("name")
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise _error(f"{where}.name: expected a short name (letters, digits, _ . -), got {name!r}")
        where = f"{file}: source {name!r}"
        if name in seen:
            raise _error(f"{where}: duplicate name")
        seen.add(name)
        unknown = sorted(set(entry) - _KNOWN_KEYS)
        if unknown:
            raise _error(f"{where}: unknown key(s) {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(_KNOWN_KEYS))})")
        kind = str(entry.get("kind", "")).strip().lower()
        kind = _KIND_ALIASES.get(kind, kind)
        if kind not in KINDS:
            raise _error(f"{where}.kind: expected one of {', '.join(KINDS)}, got {entry.get('kind')!r}")
        url = entry.get("url")
        urls = entry.get("urls") or []
        path = entry.get("path")
        if url is not None:
            url = _normalise_url(url, f"{where}.url", base_dir)
        if not isinstance(urls, list):
            raise _error(f"{where}.urls: expected a list of URLs")
        urls = tuple(_normalise_url(u, f"{where}.urls[{j}]", base_dir) for j, u in enumerate(urls))
        if kind == "folder":
            if not isinstance(path, str) or not path.strip():
                raise _error(f"{where}.path: a folder source needs 'path'")
            p = Path(path).expanduser()
            path = str((p if p.is_absolute() else base_dir / p).resolve())
        elif path is not None:
            raise _error(f"{where}.path: only folder sources take 'path' (use 'url')")
        if kind in ("rss", "atom", "sitemap") and not url:
            raise _error(f"{where}.url: a {kind} source needs 'url'")
        if kind == "urls" and not (url or urls):
            raise _error(f"{where}: a urls source needs 'urls' (a list) or 'url' (a text file)")
        ua = entry.get("user_agent")
        if ua is not None and (not isinstance(ua, str) or not ua.strip() or "\n" in ua):
            raise _error(f"{where}.user_agent: expected a one-line string")
        max_articles = _number(entry.get("max_articles"), f"{where}.max_articles",
                               integer=True, allow_none=True)
        out.append(Source(
            name=name,
            kind=kind,
            url=url,
            urls=urls,
            path=path,
            allow_private=_bool(entry.get("allow_private", False), f"{where}.allow_private"),
            rate_limit=_number(entry.get("rate_limit", 1.0), f"{where}.rate_limit"),
            max_articles=max_articles,
            user_agent=ua.strip() if ua else None,
            enabled=_bool(entry.get("enabled", True), f"{where}.enabled"),
            timeout=_number(entry.get("timeout"), f"{where}.timeout", allow_none=True),
            max_bytes=_number(entry.get("max_bytes"), f"{where}.max_bytes", integer=True,
                              allow_none=True),
            base_dir=str(base_dir),
            max_age_days=_number(entry.get("max_age_days"), f"{where}.max_age_days",
                                 allow_none=True),
        ))
    return out


def load_sources(path) -> list[Source]:
    """Read and validate a sources YAML file; raises UserError naming the file and key."""
    p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _error(f"{p}: sources file not found (set NEWSFACTS_SOURCES or --sources)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(f"{p}: cannot read sources file: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise _error(f"{p}: invalid YAML{at}: {problem}") from None
    return parse_sources(data, file=str(p), base_dir=p.resolve().parent)


__all__ = ["KINDS", "Source", "load_sources", "parse_sources"]
