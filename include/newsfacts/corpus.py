"""The corpus reader behind `newsfacts extract` and `newsfacts eval`: walks folders of
.txt/.html documents (with optional .json sidecars, see ../shared/eval/FORMAT.md), reads
them, runs the pure extractor on each and writes the results as JSON lines.

It lives outside ``newsfacts.extract`` because it touches files: the extractor itself is a
pure function of (text or bytes, metadata)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newsfacts.errors import UserError
from newsfacts.extract.decode import decode_bytes
from newsfacts.facts import FACT_TABLES

_EXTS = (".txt", ".html", ".htm")


def _doc_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise UserError(f"no such file or folder: {p}")
        if path.is_dir():
            files.extend(sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in _EXTS))
        elif path.suffix.lower() in _EXTS:
            files.append(path)
        else:
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
    from newsfacts.extract import extract_documents

    files = _doc_files(paths)  # raises UserError for a missing path before any output
    del files
    t0 = time.perf_counter()
    n = 0
    counts = dict.fromkeys(FACT_TABLES, 0)
    try:
        fh = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    except OSError as exc:
        where = Path(out).parent
        hint = f"create the folder {where} first" if not where.is_dir() else \
            "choose a file you may write"
        raise UserError(f"--out {out}: cannot write there ({exc.strerror}): {hint}") from None
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
        print(f"extract: {n} documents in {dt:.1f}s; "
              + ", ".join(f"{c} {t}" for t, c in counts.items()), file=sys.stderr)
    return 0
