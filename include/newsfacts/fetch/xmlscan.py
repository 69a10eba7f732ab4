"""Safe, lenient reading of discovery XML with expat's own handlers.

- Entity declarations are refused where the parser meets them: ``EntityDeclHandler``,
  ``UnparsedEntityDeclHandler`` and ``ExternalEntityRefHandler`` raise, so billion laughs,
  quadratic blow-up and external entities (XXE) never expand, while a document that merely
  *mentions* ``<!ENTITY`` (in CDATA, a comment, an attribute) reads normally. A DOCTYPE
  without entity declarations is fine; external DTDs are never loaded (expat's parameter
  entity parsing stays off).
- Leading byte-order marks, whitespace and junk before the first markup are tolerated
  (``trim``); the caller reports the junk as a warning.
- ``sniff`` tells what a document is (sitemap, index, feed, HTML page, plain URL list), so
  a source whose ``kind`` does not match its document gets a hint instead of a parser error.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat


class FeedError(Exception):
    """A discovery document that cannot be read; the message is the source's recorded error."""


class EntitiesRefused(FeedError):
    pass


ENTITIES_REFUSED = ("XML entity declarations are not accepted (possible entity expansion "
                    "attack)")


class _Stop(Exception):
    """Raised from a handler to end parsing early (not an error)."""


def guard(parser) -> None:
    """Make ``parser`` (an expat parser) refuse entity declarations and external entities."""

    def entity_decl(name, is_parameter_entity, value, base, system_id, public_id, notation):
        raise EntitiesRefused(ENTITIES_REFUSED + f": <!ENTITY {'% ' if is_parameter_entity else ''}"
                              f"{name}> declared")

    def unparsed(name, base, system_id, public_id, notation_name):
        raise EntitiesRefused(ENTITIES_REFUSED + f": unparsed entity {name}")

    def external_ref(context, base, system_id, public_id):
        raise EntitiesRefused(ENTITIES_REFUSED + f": external entity {system_id}")

    parser.EntityDeclHandler = entity_decl
    parser.UnparsedEntityDeclHandler = unparsed
    parser.ExternalEntityRefHandler = external_ref
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)


def local(name: str) -> str:
    """Local part of a tag name as expat reports it without namespace processing
    ("news:title" -> "title")."""
    return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1]


# -- trimming ---------------------------------------------------------------------------
_BOMS = (b"\xef\xbb\xbf",)
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")
_UTF32_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")
_MARKUP_START = re.compile(rb"<[?!A-Za-z_]")
_MARKUP_START_STR = re.compile(r"<[?!A-Za-z_]")


def trim(data: bytes) -> tuple[bytes, int]:
    """Drop a UTF-8 BOM, whitespace and junk before the first markup. Returns (bytes,
    number of junk bytes dropped that were not whitespace). UTF-16/32 documents (wide BOM)
    are returned as they are: their parsers read the BOM themselves."""
    if data.startswith(_WIDE_BOMS):
        return data, 0
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
    stripped = data.lstrip()
    if stripped.startswith(b"<"):
        return stripped, 0
    m = _MARKUP_START.search(stripped, 0, 65536)
    if m is None:
        return stripped, 0
    return stripped[m.start():], m.start()


def trim_text(text: str) -> tuple[str, int]:
    """``trim`` for decoded text (a BOM left by the decoder is dropped too)."""
    stripped = text.lstrip("\ufeff \t\r\n\f\v\x00")
    if stripped.startswith("<"):
        return stripped, 0
    m = _MARKUP_START_STR.search(stripped, 0, 65536)
    if m is None:
        return stripped, 0
    return stripped[m.start():], m.start()


# -- prolog -----------------------------------------------------------------------------
def root_element(data: bytes | str) -> str | None:
    """Read up to the root element with a guarded expat parser: raise EntitiesRefused for
    an entity declaration (or FeedError for a DOCTYPE that breaks off); return the root's
    local name in lower case, or None when expat cannot read the prolog (the caller's
    lenient parser may still manage)."""
    if isinstance(data, bytes) and data.startswith(_UTF32_BOMS):
        data = data.decode("utf-32", errors="replace")  # expat reads UTF-8/16 itself, not 32
    parser = expat.ParserCreate()
    guard(parser)
    seen: dict[str, object] = {}

    def doctype_start(name, system_id, public_id, has_internal_subset):
        seen["doctype"] = True

    def doctype_end():
        seen["doctype_done"] = True

    def start(name, attrs):
        seen["root"] = name
        raise _Stop()

    parser.StartDoctypeDeclHandler = doctype_start
    parser.EndDoctypeDeclHandler = doctype_end
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except _Stop:
        return local(str(seen["root"])).lower()
    except expat.ExpatError as exc:
        if seen.get("doctype") and not seen.get("doctype_done"):
            raise FeedError(f"malformed DOCTYPE refused ({exc})") from None
        return None
    return None


# -- sniffing -----------------------------------------------------------------------------
_FEED_ROOTS = {"rss": "feed", "feed": "feed", "rdf": "feed", "channel": "feed"}
_SITEMAP_ROOTS = {"urlset": "sitemap", "sitemapindex": "sitemap index"}
_URL_LINE = re.compile(r"^\s*(?:https?://\S+|/\S*)\s*$")
_FEED_LINK = re.compile(r"""<link\b[^>]*\btype\s*=\s*["']application/(?:rss|atom)\+xml["'][^>]*>""",
                        re.I)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)


def sniff(data: bytes) -> tuple[str, str | None]:
    """What a document looks like: ("sitemap" | "sitemap index" | "feed" | "html" |
    "urls" | "unknown", detail). Never raises for odd bytes (entity declarations aside)."""
    from newsfacts.fetch.encoding import decode_html

    body, _ = trim(data)
    head = body[:65536]
    text, _enc = decode_html(head)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.startswith("<"):
        lines = [ln for ln in stripped.splitlines()[:200] if ln.strip()
                 and not ln.lstrip().startswith("#")]
        urls = [ln for ln in lines if _URL_LINE.match(ln)]
        if urls and len(urls) >= 0.8 * len(lines):
            return "urls", f"{len(urls)} URL line(s)"
        return "unknown", None
    low = stripped[:4096].lower()
    if low.startswith(("<!doctype html", "<html")) or "<html" in low[:1024]:
        m = _FEED_LINK.search(text)
        href = _HREF.search(m.group(0)) if m else None
        return "html", href.group(1) if href else None
    root = root_element(body)
    if root in _SITEMAP_ROOTS:
        return _SITEMAP_ROOTS[root], None
    if root in _FEED_ROOTS:
        return "feed", None
    if root == "html":
        return "html", None
    return "unknown", root


def kind_hint(found: str, detail: str | None, wanted: str) -> str:
    """The words that tell an operator which ``kind`` fits what the URL serves."""
    if found == "urls":
        return f"a plain-text list of URLs ({detail}), not a {wanted}: use kind: urls"
    if found in ("sitemap", "sitemap index"):
        return f"a {found}, not a {wanted}: use kind: sitemap"
    if found == "feed":
        return f"an RSS/Atom feed, not a {wanted}: use kind: rss"
    if found == "html":
        where = f"; the page names its feed at {detail}" if detail else ""
        return f"an HTML page, not a {wanted}{where}"
    return ""


__all__ = ["ENTITIES_REFUSED", "EntitiesRefused", "FeedError", "guard", "kind_hint", "local",
           "root_element", "sniff", "trim", "trim_text"]
