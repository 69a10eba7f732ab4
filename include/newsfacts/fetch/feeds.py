"""Parse discovery documents (feeds, sitemaps, URL lists) from bytes already fetched.

feedparser never sees a URL or a file name (only a BytesIO), so it cannot fetch anything.
XML entity declarations are refused before any parser runs (billion laughs, quadratic
blow-up, external entities); sitemaps are parsed with defusedxml.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from urllib.parse import urljoin

from newsfacts.fetch.encoding import decode_html


class FeedError(Exception):
    pass


_ENTITY_PATTERNS = (
    b"<!ENTITY",
    "<!ENTITY".encode("utf-16-le"),
    "<!ENTITY".encode("utf-16-be"),
    "<!ENTITY".encode("utf-32-le"),
    "<!ENTITY".encode("utf-32-be"),
)


def refuse_entities(data: bytes) -> None:
    for pat in _ENTITY_PATTERNS:
        if pat in data:
            raise FeedError("XML entity declarations are not accepted (possible entity "
                            "expansion attack)")


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


def parse_feed(data: bytes, feed_url: str, content_type: str | None = None,
               max_items: int = 20000) -> list[dict]:
    """RSS 0.9x/1.0/2.0 or Atom bytes -> [{url, title, published, summary}].

    Links are resolved against the feed's own URL. Malformed feeds that still yield items
    are accepted (feedparser is lenient); a feed with no items and a parse error raises."""
    import feedparser

    refuse_entities(data)
    # no content-location: feedparser mangles file:// bases; links are joined below
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers,
                                  resolve_relative_uris=False, sanitize_html=False)
    except Exception as exc:  # feedparser is robust, but never trust it blindly
        raise FeedError(f"feed parser failed: {type(exc).__name__}: {exc}") from None
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            raise FeedError(f"malformed feed: {exc}")
        version = parsed.get("version")
        if not version:
            raise FeedError("not a feed (no RSS or Atom root element)")
        return []
    items: list[dict] = []
    for e in entries[:max_items]:
        link = e.get("link")
        if not link:
            for cand in e.get("links") or []:
                if cand.get("href") and cand.get("rel", "alternate") == "alternate":
                    link = cand["href"]
                    break
        if not link:
            guid = e.get("id") or e.get("guid")
            if isinstance(guid, str) and guid.startswith(("http://", "https://")):
                link = guid
        if not link or not isinstance(link, str):
            continue
        items.append({
            "url": _join(feed_url, link),
            "title": _clean(e.get("title"), 1000),
            "published": _iso(e.get("published_parsed") or e.get("updated_parsed")),
            "summary": _clean(e.get("summary"), 4000),
        })
    return items


_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


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


def parse_sitemap(data: bytes, sitemap_url: str, max_items: int = 50000
                  ) -> tuple[str, list[dict]]:
    """Sitemap bytes -> ("index", [{url}]) or ("urlset", [{url, title, published}])."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    refuse_entities(data)
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise FeedError(f"unsafe sitemap XML refused: {type(exc).__name__}") from None
    except Exception as exc:
        raise FeedError(f"malformed sitemap: {exc}") from None
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise FeedError(f"not a sitemap (root element <{kind}>)")
    items: list[dict] = []
    for node in root:
        if _local(node.tag) not in ("sitemap", "url"):
            continue
        loc = title = published = lastmod = None
        for child in node.iter():
            name = _local(child.tag)
            if name == "loc" and loc is None:
                loc = (child.text or "").strip()
            elif name == "title" and child.tag.startswith("{" + _NS["news"]):
                title = _clean(child.text, 1000)
            elif name == "publication_date":
                published = _date(child.text)
            elif name == "lastmod":
                lastmod = _date(child.text)
        if not loc:
            continue
        items.append({"url": _join(sitemap_url, loc), "title": title,
                      "published": published or (lastmod if kind == "urlset" else None)})
        if len(items) >= max_items:
            break
    return ("index" if kind == "sitemapindex" else "urlset"), items


def parse_url_list(data: bytes, list_url: str, content_type: str | None = None,
                   max_items: int = 100000) -> list[dict]:
    text, _ = decode_html(data, content_type)
    items: list[dict] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        items.append({"url": _join(list_url, line.split()[0])})
        if len(items) >= max_items:
            break
    return items
