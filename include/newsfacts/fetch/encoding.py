"""Decode page bytes to text: BOM, HTTP charset, <meta charset>, then detection. Never raises."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: these labels mean windows-1252 in practice (browsers decode them that way).
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso_8859-1": "cp1252",
    "windows-1252": "cp1252", "x-cp1252": "cp1252", "cp819": "cp1252", "ibm819": "cp1252",
    "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030", "unicode": "utf-16",
    "utf8": "utf-8", "x-user-defined": "cp1252", "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874", "tis-620": "cp874", "ks_c_5601-1987": "euc-kr",
}
_TRUSTED_DETECTIONS = {
    "cp1251", "koi8-r", "koi8-u", "cp1253", "cp1255", "cp1256", "iso8859-5", "iso8859-6",
    "iso8859-7", "iso8859-8", "mac-cyrillic", "mac-greek", "cp866", "shift_jis", "cp932",
    "euc_jp", "iso2022_jp", "euc_kr", "cp949", "gb18030", "big5", "big5hkscs", "cp950",
    "cp874", "tis-620", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
}
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", re.I)


def normalise_charset(label: str | None) -> str | None:
    """A charset label -> a Python codec name, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if name in ("utf-16", "utf-32"):  # without a BOM these are ambiguous; keep them anyway
        return name
    return name


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CHARSET_PARAM.search(content_type)
    return m.group(1) if m else None


def sniff_bom(data: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def meta_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _try(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - optional
        return None
    try:
        best = from_bytes(data[:200_000]).best()
    except Exception:  # detection is best effort
        return None
    return normalise_charset(best.encoding) if best is not None else None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Order: BOM, HTTP charset, <meta charset>/XML declaration,
    UTF-8, detection, windows-1252. A declared charset that cannot decode the bytes is
    ignored (servers lie); the last resort decodes with replacement characters."""
    if not data:
        return "", "utf-8"
    data = bytes(data)
    bom, skip = sniff_bom(data)
    if bom:
        return data[skip:].decode(bom, errors="replace"), bom
    seen: list[str] = []
    for label in (charset_from_content_type(content_type), meta_charset(data)):
        codec = normalise_charset(label)
        if codec and codec not in seen:
            seen.append(codec)
            text = _try(data, codec)
            if text is not None:
                return text, codec
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    detected = _detect(data)
    # Detectors confuse the Latin single-byte code pages on short texts (cp1250 vs cp1252);
    # trust them only for non-Latin scripts and multi-byte encodings, else windows-1252.
    if detected and detected in _TRUSTED_DETECTIONS:
        text = _try(data, detected)
        if text is not None:
            return text, detected
    # cp1252 leaves 5 bytes undefined: decode them as latin-1 does (C1 controls)
    return data.decode("cp1252", errors="replace"), "cp1252"
