"""URL canonicalisation: one spelling per article, whatever tracking junk it came with."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the click, never select content.
_TRACKING_EXACT = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
    "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "rb_clickid", "s_cid", "cmpid",
    "ocid", "smid", "sr_share", "ito", "at_medium", "at_campaign", "at_custom1",
    "at_custom2", "at_custom3", "at_custom4", "ns_mchannel", "ns_source", "ns_campaign",
    "ns_linkname", "ns_fee", "xtor", "spm", "ref_src", "ref_url", "cmp", "CMP", "__twitter_impression",
    "guccounter", "guce_referrer", "guce_referrer_sig",
}
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "hsa_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED_OR_RESERVED = "!#$&'()*+,/:;=?@[]~%-._"


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or name in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES)


def _host(parts) -> str:
    host = parts.hostname or ""
    if not host:
        return ""
    host = host.rstrip(".").lower()
    if ":" in host:  # IPv6 literal
        return f"[{host}]"
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return host


def _norm_path(path: str) -> str:
    if not path:
        return "/"
    # resolve dot segments, re-quote consistently
    segs: list[str] = []
    for seg in path.split("/"):
        if seg == ".":
            continue
        if seg == "..":
            if len(segs) > 1:
                segs.pop()
            continue
        segs.append(seg)
    if path.endswith(("/.", "/..")):
        segs.append("")
    path = "/".join(segs) or "/"
    if not path.startswith("/"):
        path = "/" + path
    return quote(unquote(path), safe=_UNRESERVED_OR_RESERVED.replace("%", "") + "%")


def canonical_url(url: str, base: str | None = None) -> str:
    """Lower-case scheme and host, drop default port, fragment, credentials and tracking
    parameters, sort the remaining query, resolve dot segments. ``file://`` URLs keep their
    path. Never raises: an unparseable URL comes back stripped of whitespace."""
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file":
            return urlunsplit(("file", "", _norm_path(parts.path), "", ""))
        if scheme not in _DEFAULT_PORTS:
            return url
        host = _host(parts)
        port = parts.port
    except ValueError:
        return url
    netloc = host
    if port and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not is_tracking_param(k)]
    query.sort()
    return urlunsplit((scheme, netloc, _norm_path(parts.path), urlencode(query, doseq=True), ""))


_HOST_OK = re.compile(r"^[A-Za-z0-9._\-]+$")


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched as an article (None when it can)."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file":
            return None if parts.path else "invalid URL: no path"
        if scheme not in _DEFAULT_PORTS:
            return f"unsupported URL scheme {scheme or '(none)'}://"
        _ = parts.port  # raises for a port out of range
        host = parts.hostname or ""
    except ValueError as exc:
        return f"invalid URL: {exc}"
    if not host:
        return "invalid URL: no host"
    if ":" in host:  # IPv6 literal, already validated by urlsplit
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return f"invalid URL: bad host name {host!r}"
    if not _HOST_OK.match(ascii_host) or ".." in ascii_host:
        return f"invalid URL: bad host name {host!r}"
    return None


def host_key(url: str) -> str:
    """The politeness key of a URL: its host name (lower case), "" for local files."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        return ""
    return (parts.hostname or "").rstrip(".").lower()


def url_id(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


_CANON_RE = re.compile(r"<link\b[^>]*>", re.I)
_ATTR_RE = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")


def find_rel_canonical(html: str, page_url: str) -> str | None:
    """The page's <link rel=canonical href> (absolute, canonicalised), if it is an http(s)
    URL on the same host (ignoring a leading www.); a page cannot claim another site's URL."""
    head = html[:200_000]
    end = re.search(r"</head\s*>|<body\b", head, re.I)
    if end:
        head = head[: end.start()]
    for m in _CANON_RE.finditer(head):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR_RE.findall(m.group(0))}
        rels = attrs.get("rel", "").lower().split()
        if "canonical" not in rels or not attrs.get("href"):
            continue
        import html as _html

        href = _html.unescape(attrs["href"]).strip()
        target = canonical_url(href, base=page_url)
        a, b = host_key(target), host_key(page_url)
        if a and b and a.removeprefix("www.") == b.removeprefix("www."):
            return target
        return None
    return None
