"""Text that leaves the process: credentials masked, control characters made visible, HTML
escaped. The one owner of these rules; every message, printout and HTML page uses it.

- :func:`mask_secrets`: a message never repeats a credential. ``scheme://user:pass@host``
  becomes ``scheme://***@host`` wherever it appears in the text; the values of query
  parameters that carry secrets (``token``, ``api_key``, ``X-Amz-Signature`` ...) become
  ``***``; and any literal secret the caller names (a webhook URL, a password) is replaced.
- :func:`printable`: what a terminal or a page must not interpret is shown as an escape
  instead: C0/C1 control characters (NUL, ESC of ANSI sequences, CR), DEL, and the bidi
  controls that reorder text (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C).
  ``"\\x1b[31m"`` prints as the six characters ``\\x1b[31m``; newlines and tabs may be kept.
- :func:`html_text`: a value as HTML text: shortened, made printable, then escaped (quotes
  too, so it is safe in an attribute as well).
- :func:`html_escape_tree`: the same for every string (and key) inside JSON-like data, for
  renderers that insert values into HTML raw (GX data docs, see newsfacts.quality.docs).
- :func:`json_for_script`: JSON that can sit inside an HTML ``<script>`` element: ``<``,
  ``>``, ``&`` and the JS line separators are written as ``\\uXXXX`` escapes (the same
  JSON once parsed), so no value can close the element.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

MASK = "***"

# scheme://userinfo@ : everything between "//" and the last "@" before the path
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^/\s?#'\"<>]*)@")
# query parameters whose value is a credential (names compared case-insensitively)
SECRET_PARAMS = ("access_token", "refresh_token", "id_token", "token", "api_key", "api-key",
                 "apikey", "client_secret", "secret", "password", "passwd", "pwd", "auth",
                 "sig", "signature", "x-amz-signature", "x-amz-credential",
                 "x-amz-security-token", "x-goog-signature", "x-goog-credential")
_SECRET_QUERY = re.compile(
    r"(?i)([?&;](?:" + "|".join(re.escape(p) for p in SECRET_PARAMS) + r")=)[^&#\s'\"<>]+")
MIN_LITERAL = 4  # shorter "secrets" would mask ordinary words

# bidi controls: embeddings/overrides, isolates, marks
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                 "\u2066\u2067\u2068\u2069")


def mask_secrets(text, secrets: Iterable[str | None] = ()) -> str:
    """``text`` (anything, made a string) with credentials masked; see the module doc."""
    if text is None:
        return ""
    text = str(text)
    for secret in sorted({s for s in secrets if s and len(s) >= MIN_LITERAL}, key=len,
                         reverse=True):
        text = text.replace(secret, MASK)
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{MASK}@", text)
    return _SECRET_QUERY.sub(lambda m: f"{m.group(1)}{MASK}", text)


def url_secrets(url: str | None, whole: bool = False) -> list[str]:
    """The parts of a URL to mask as literals wherever they appear in a message: its
    userinfo and password; with ``whole``, the URL itself too, with and without its
    userinfo (a webhook URL is a credential as a whole)."""
    if not url:
        return []
    from urllib.parse import unquote, urlsplit, urlunsplit

    out = [url] if whole else []
    try:
        parts = urlsplit(url)
    except ValueError:
        return out
    if "@" in parts.netloc:
        userinfo, host = parts.netloc.rsplit("@", 1)
        out.append(userinfo)
        if parts.password:
            out += [parts.password, unquote(parts.password)]
        if whole:
            out.append(urlunsplit(parts._replace(netloc=host)))
    return out


def _escape_char(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _needs_escape(ch: str, keep: str) -> bool:
    if ch in keep:
        return False
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F or ch in BIDI


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI)) + "]")


def printable(text, keep: str = "") -> str:
    """``text`` with control and bidi characters shown as escapes (``\\x1b``, ``\\u202e``);
    characters in ``keep`` (e.g. ``"\\n\\t"``) pass through."""
    if text is None:
        return ""
    text = str(text)
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: _escape_char(m.group(0))
                       if _needs_escape(m.group(0), keep) else m.group(0), text)


def safe_message(text, secrets: Iterable[str | None] = (), keep: str = "\n\t") -> str:
    """A message for a log line or the terminal: credentials masked, controls escaped."""
    return printable(mask_secrets(text, secrets), keep=keep)


def shorten(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    return f"{text[:limit]}\u2026 ({len(text):,} characters)"


def html_text(value, limit: int | None = None) -> str:
    """A value as inert HTML text (element content or a quoted attribute value)."""
    text = "" if value is None else str(value)
    return html.escape(printable(shorten(text, limit), keep="\n\t"), quote=True)


def html_escape_tree(value, limit: int | None = None):
    """JSON-like data with every string (and every key) passed through :func:`html_text`;
    numbers, booleans and None unchanged."""
    if isinstance(value, str):
        return html_text(value, limit)
    if isinstance(value, dict):
        return {html_text(k) if isinstance(k, str) else k: html_escape_tree(v, limit)
                for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [html_escape_tree(v, limit) for v in value]
    return value


_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                  "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(obj) -> str:
    """``obj`` as JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(obj, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text)
