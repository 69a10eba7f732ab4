"""Bytes -> text for documents handed to the extractor as bytes (a pure function)."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(data: bytes, html: bool = False) -> str:
    """Decode robustly: BOM, then <meta charset> for HTML, then UTF-8, then cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii", "ignore")
            try:
                codecs.lookup(enc)
                if enc.lower().replace("-", "") not in ("utf8",):
                    return data.decode(enc, errors="replace")
            except LookupError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")
