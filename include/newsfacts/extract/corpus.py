"""Read corpora (folders/files of .txt/.html with optional .json sidecars) and write
extractions as JSON lines."""

from __future__ import annotations

import codecs
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

_EXTS = (".txt", ".html", ".htm")
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


def _doc_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            from newsfacts.cli import UserError

            raise UserError(f"no such file or folder: {p}")
        if path.is_dir():
            files.extend(sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in _EXTS))
        elif path.suffix.lower() in _EXTS:
            files.append(path)
        else:
            from newsfacts.cli import UserError

            raise UserError(f"not a .txt or .html document: {p}")
    return files


def iter_corpus(paths: list[str]) -> Iterator[tuple[str, str, str, dict]]:
    """Yield (doc, body, fmt, meta) for every document under the given files/folders."""
    for f in _doc_files(paths):
        fmt = "text" if f.suffix.lower() == ".txt" else "html"
        meta: dict = {}
        side = f.with_suffix(".json")
        if side.exists():
            try:
                meta = json.loads(decode_bytes(side.read_bytes()))
                if not isinstance(meta, dict):
                    meta = {}
            except (OSError, ValueError):
                meta = {}
        try:
            body = decode_bytes(f.read_bytes(), html=fmt == "html")
        except OSError:
            body = ""
        yield f.stem, body, fmt, meta


def write_extractions(paths: list[str], out: str | None = None, progress: bool = True) -> int:
    from . import extract_documents

    files = _doc_files(paths)  # raises UserError for a missing path before any output
    del files
    t0 = time.perf_counter()
    n = 0
    counts = {"statements": 0, "visits": 0, "deployments": 0}
    fh = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    try:
        for res in extract_documents(iter_corpus(paths)):
            for k in counts:
                counts[k] += len(res.get(k) or [])
            fh.write(json.dumps(res, ensure_ascii=False) + "\n")
            n += 1
            if progress and n % 50 == 0:
                print(f"extract: {n} documents", file=sys.stderr)
    finally:
        if out:
            fh.close()
        else:
            fh.flush()
    if progress:
        dt = time.perf_counter() - t0
        print(f"extract: {n} documents in {dt:.1f}s; {counts['statements']} statements, "
              f"{counts['visits']} visits, {counts['deployments']} deployments", file=sys.stderr)
    return 0
