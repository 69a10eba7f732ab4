"""Parse discovery documents (feeds, sitemaps, URL lists) from bytes already fetched.

feedparser never sees a URL or a file name (only a BytesIO), so it cannot fetch anything.
Every XML document first meets a guarded expat parser (xmlscan.py): entity declarations
are refused by the parser's DTD handlers, not by searching the text. Sitemaps are read by
that parser alone, leniently: a sitemap that breaks off (truncated, or not well-formed past
some point) yields every URL before the break, with a warning; bare ``&`` and HTML entities
(the commonest breakage) are repaired and the document read again.

Each parser returns a ``Parsed``: its items (dicts with ``url`` and, where the document
gives them, ``title``, ``published``, ``lastmod``, ``language``), a warning (None when the
document read cleanly) and ``complete``: False when part of the document may be missing
(it breaks off), so the caller does not store its validators and the next run reads it
in full.
"""

from __future__ import annotations

import html.entities
import io
import re
import xml.parsers.expat as expat
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from newsfacts.fetch.encoding import decode_html
from newsfacts.fetch.xmlscan import (
    FeedError,
    _Stop,
    guard,
    kind_hint,
    local,
    root_element,
    sniff,
    trim,
    trim_text,
)

__all__ = ["FeedError", "Parsed", "parse_feed", "parse_sitemap", "parse_url_list"]


@dataclass
class Parsed:
    kind: str  # "feed" | "urlset" | "index" | "urls"
    items: list[dict]
    warning: str | None = None
    complete: bool = True  # False: the document breaks off, items after the break are lost


def _join(base: str, link: str) -> str:
    """Absolute URL of ``link`` (a malformed link is kept as is; discover records it)."""
    link = link.strip()
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _iso(struct) -> str | None:
    if not struct:
        return None
    try:
        return datetime(*struct[:6], tzinfo=UTC).isoformat().replace("+00:00", "Z")
    except (TypeError, ValueError):
        return None


def _clean(text, limit: int) -> str | None:
    if not text or not isinstance(text, str):
        return None
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] or None


def _junk_warning(n: int) -> str | None:
    return f"{n} bytes of junk before the XML skipped" if n else None


def _warnings(*parts: str | None) -> str | None:
    text = "; ".join(p for p in parts if p)
    return text or None


def _hint(data: bytes, wanted: str) -> str:
    try:
        found, detail = sniff(data)
    except FeedError:
        return ""
    hint = kind_hint(found, detail, wanted)
    return f" ({hint})" if hint else ""


# ---------------------------------------------------------------------------------------
# feeds
# ---------------------------------------------------------------------------------------
_RDF_VERSIONS = ("rss090", "rss10")
# expat's words for a document that ends before its root element closes
_TRUNCATED = frozenset({expat.errors.XML_ERROR_NO_ELEMENTS, expat.errors.XML_ERROR_UNCLOSED_TOKEN,
                        expat.errors.XML_ERROR_PARTIAL_CHAR,
                        expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION})


def _is_http(url) -> bool:
    return isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https")


def entry_url(entry, version: str) -> str | None:
    """An item's article URL: its ``<link>`` (or Atom alternate link), then a permalink
    ``<guid>`` (an absolute http(s) URL, ``isPermaLink`` not false), then RSS 1.0's
    ``rdf:about``. Never a guid marked ``isPermaLink="false"``."""
    link = entry.get("link")
    guid = entry.get("id")
    from_guid = bool(link) and link == guid and entry.get("guidislink")
    if from_guid and not _is_http(link):
        link = None  # feedparser copied a non-URL guid ("12345", "tag:...") into link
    if not link:
        for cand in entry.get("links") or []:
            href = cand.get("href")
            if href and cand.get("rel", "alternate") == "alternate" and href != guid:
                link = href
                break
    if not link and version in _RDF_VERSIONS and isinstance(guid, str) and guid.strip():
        link = guid  # rdf:about
    return link if isinstance(link, str) and link.strip() else None


def parse_feed(data: bytes, feed_url: str, content_type: str | None = None,
               max_items: int = 20000) -> Parsed:
    """RSS 0.9x/1.0/2.0 or Atom bytes -> items {url, title, published, summary, language}.

    Links are resolved against the feed's own URL. A feed that is not well-formed but still
    yields items is read (feedparser's lenient parser) with a warning; a document with no
    items and a parse error raises FeedError, with a hint when it is another kind of
    document (a sitemap, a URL list, an HTML page)."""
    import xml.sax

    import feedparser

    body, junk = trim(data)
    root = root_element(body)  # raises for entity declarations
    if root in ("urlset", "sitemapindex"):
        raise FeedError("not a feed" + _hint(body, "feed"))
    # no content-location: feedparser mangles file:// bases; links are joined below
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers,
                                  resolve_relative_uris=False, sanitize_html=False)
    except Exception as exc:  # feedparser is robust, but never trust it blindly
        raise FeedError(f"feed parser failed: {type(exc).__name__}: {exc}") from None
    entries = parsed.get("entries") or []
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    version = parsed.get("version") or ""
    if not entries:
        if bozo is not None and root not in ("rss", "feed", "rdf"):
            raise FeedError(f"malformed feed: {bozo}" + _hint(body, "feed"))
        if not version:
            raise FeedError("not a feed (no RSS or Atom root element)" + _hint(body, "feed"))
        if isinstance(bozo, xml.sax.SAXException):
            raise FeedError(f"malformed feed: {bozo}")
        return Parsed("feed", [], _junk_warning(junk))
    feed_language = _clean((parsed.get("feed") or {}).get("language"), 35)
    items: list[dict] = []
    for e in entries[:max_items]:
        link = entry_url(e, version)
        if not link:
            continue
        items.append({
            "url": _join(feed_url, link),
            "title": _clean(e.get("title"), 1000),
            "published": _iso(e.get("published_parsed") or e.get("updated_parsed")),
            "summary": _clean(e.get("summary"), 4000),
            "language": _clean(e.get("language"), 35) or feed_language,
        })
    broken = None
    complete = True
    if isinstance(bozo, xml.sax.SAXException):
        message = bozo.getMessage() if hasattr(bozo, "getMessage") else str(bozo)
        complete = message not in _TRUNCATED
        what = "breaks off" if not complete else "is not well-formed XML"
        broken = f"feed {what} ({bozo}); read leniently, {len(items)} item(s) with a link"
    return Parsed("feed", items, _warnings(_junk_warning(junk), broken), complete)


# ---------------------------------------------------------------------------------------
# sitemaps
# ---------------------------------------------------------------------------------------
def _date(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


class _NotSitemap(Exception):
    def __init__(self, root: str):
        super().__init__(root)
        self.root = root


_ENTRY = {"url", "sitemap"}
_NEWS_FIELDS = {"publication_date", "title", "language"}


class _SitemapReader:
    """expat handlers collecting <url>/<sitemap> entries. Names are read without namespace
    processing (an undeclared ``news:`` prefix is not fatal); ``<loc>`` and ``<lastmod>``
    count only as direct children of an entry (so ``image:loc`` is not the page)."""

    def __init__(self, base: str, max_items: int):
        self.base = base
        self.max_items = max_items
        self.root: str | None = None
        self.stack: list[str] = []
        self.entry: dict | None = None
        self.collect: tuple[str, int] | None = None  # (name, depth) whose text is read
        self.text: list[str] = []
        self.items: list[dict] = []

    def start(self, name, attrs):
        ln = local(name).lower()
        if self.root is None:
            self.root = ln
            if ln not in ("urlset", "sitemapindex"):
                raise _NotSitemap(ln)
        depth = len(self.stack)
        self.stack.append(ln)
        if depth == 1 and ln in _ENTRY:
            self.entry = {"locs": []}
        elif self.entry is not None and self.collect is None and (
                (depth == 2 and ln in ("loc", "lastmod"))
                or (ln in _NEWS_FIELDS and "news" in self.stack[2:-1])):
            self.collect = (ln, depth)
            self.text = []

    def chars(self, data):
        if self.collect is not None:
            self.text.append(data)

    def end(self, name):
        ln = self.stack.pop() if self.stack else ""
        depth = len(self.stack)
        if self.collect == (ln, depth) and self.entry is not None:
            value = "".join(self.text).strip()
            self.collect = None
            if ln == "loc":
                if value:
                    self.entry["locs"].append(value)
            elif value:
                self.entry.setdefault(ln, value)
        if depth == 1 and ln in _ENTRY and self.entry is not None:
            self.finish_entry()

    def finish_entry(self) -> None:
        entry, self.entry = self.entry, None
        self.collect = None
        if not entry or not entry["locs"]:
            return
        lastmod = _date(entry.get("lastmod"))
        published = _date(entry.get("publication_date"))
        index = self.root == "sitemapindex"
        for loc in entry["locs"]:
            self.items.append({
                "url": _join(self.base, loc),
                "title": None if index else _clean(entry.get("title"), 1000),
                "published": None if index else (published or lastmod),
                "lastmod": lastmod,
                "language": None if index else _clean(entry.get("language"), 35),
            })
            if len(self.items) >= self.max_items:
                raise _Stop()


def _read_sitemap(text: str, base: str, max_items: int
                  ) -> tuple[_SitemapReader, expat.ExpatError | None]:
    reader = _SitemapReader(base, max_items)
    parser = expat.ParserCreate()
    guard(parser)
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.chars
    parser.buffer_text = True
    error = None
    try:
        parser.Parse(text, True)
    except _Stop:
        pass
    except expat.ExpatError as exc:
        error = exc
        if reader.entry is not None and reader.entry["locs"]:
            try:
                reader.finish_entry()  # the entry the break cut through, if its <loc> ended
            except _Stop:
                pass
    return reader, error


_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_AMP = re.compile(r"&(#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z][A-Za-z0-9]*;)?")


def _repair(text: str) -> str:
    """Escape bare ``&`` and turn HTML named entities into characters (the two commonest
    reasons a sitemap is not well-formed)."""

    def fix(m: re.Match) -> str:
        ref = m.group(1)
        if ref is None:
            return "&amp;"
        if ref.startswith("#"):
            return m.group(0)
        name = ref[:-1]
        if name in _XML_ENTITIES:
            return m.group(0)
        char = html.entities.html5.get(ref) or html.entities.html5.get(name)
        return char if char else "&amp;" + ref

    return _AMP.sub(fix, text)


def parse_sitemap(data: bytes, sitemap_url: str, max_items: int = 50000,
                  content_type: str | None = None) -> Parsed:
    """Sitemap bytes -> Parsed("index", [{url, lastmod}]) or Parsed("urlset", [{url, title,
    published, lastmod, language}]). Title, publication date and language come from a news
    sitemap's ``news:`` elements; ``published`` falls back to ``lastmod``. Every ``<loc>``
    of an entry counts. A sitemap that breaks off yields what came before, with a warning;
    a document that is not a sitemap raises FeedError with a hint."""
    text, _enc = decode_html(data, content_type)
    text, junk = trim_text(text)
    try:
        reader, error = _read_sitemap(text, sitemap_url, max_items)
        repaired_note = None
        if error is not None and reader.root is not None:
            fixed = _repair(text)
            if fixed != text:
                again, error2 = _read_sitemap(fixed, sitemap_url, max_items)
                if len(again.items) > len(reader.items) or (error2 is None
                                                            and len(again.items) == len(reader.items)):
                    if error2 is None:
                        repaired_note = (f"not well-formed XML at line {error.lineno}, column "
                                         f"{error.offset} ({expat.errors.messages[error.code]}): "
                                         "bare '&' or HTML entities repaired")
                    reader, error = again, error2
    except _NotSitemap as exc:
        raise FeedError(f"not a sitemap (root element <{exc.root}>)"
                        + _hint(data, "sitemap")) from None
    if reader.root is None:
        msg = str(error) if error is not None else "empty document"
        raise FeedError(f"malformed sitemap: {msg}" + _hint(data, "sitemap"))
    kind = "index" if reader.root == "sitemapindex" else "urlset"
    broken = None
    if error is not None:
        if not reader.items:
            raise FeedError(f"malformed sitemap: {error}; no URL before the break")
        what = "sitemaps" if kind == "index" else "URLs"
        broken = (f"sitemap breaks off at line {error.lineno}, column {error.offset} "
                  f"({expat.errors.messages[error.code]}); kept the {len(reader.items)} "
                  f"{what} before the break")
    return Parsed(kind, reader.items, _warnings(_junk_warning(junk), repaired_note, broken),
                  complete=error is None)


# ---------------------------------------------------------------------------------------
# URL lists
# ---------------------------------------------------------------------------------------
def parse_url_list(data: bytes, list_url: str, content_type: str | None = None,
                   max_items: int = 100000) -> Parsed:
    """A text file of URLs, one per line (``#`` comments and blank lines skipped). XML or
    HTML is refused with a hint at the kind that reads it."""
    body, _ = trim(data)
    if body[:1] == b"<" or body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            found, detail = sniff(body)
        except FeedError as exc:
            raise FeedError(str(exc)) from None
        if found != "urls":
            hint = kind_hint(found, detail, "URL list")
            raise FeedError("not a plain-text URL list" + (f" ({hint})" if hint else ""))
    text, _ = decode_html(data, content_type)
    items: list[dict] = []
    for line in text.splitlines():
        line = line.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        items.append({"url": _join(list_url, line.split()[0])})
        if len(items) >= max_items:
            break
    return Parsed("urls", items)
