"""Flatten extractor output and fetch logs into the loader's raw tables.

One schema per raw table, declared once: here for articles, sentences, actors and the fetch
log, in the fact-type registry (newsfacts.facts) for each fact table. The extract step
writes Parquet with it and the warehouse derives its DDL from it, so the two never drift
apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from newsfacts.facts import FACT_TABLES, FACT_TYPES, FactType

if TYPE_CHECKING:
    from newsfacts.storage import Location

_STR, _INT, _F64, _BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", _STR), ("content_sha256", _STR), ("doc", _STR), ("url", _STR),
        ("canonical_url", _STR), ("source", _STR), ("title", _STR), ("byline", _STR),
        ("published", _STR), ("language", _STR), ("body_text", _STR), ("n_sentences", _INT),
        ("fetched_at", _STR), ("extract_error", _STR),
    ]),
    "sentences": pa.schema([
        ("article_id", _STR), ("sentence_idx", _INT), ("paragraph", _INT),
        ("start_char", _INT), ("end_char", _INT), ("text", _STR),
    ]),
    "actors": pa.schema([
        ("article_id", _STR), ("actor_key", _STR), ("name", _STR), ("kind", _STR),
        ("title", _STR), ("age", _INT), ("country", _STR), ("mentions", pa.list_(_STR)),
    ]),
    **{ft.table: ft.schema for ft in FACT_TYPES},
    "fetch_log": pa.schema([
        ("url", _STR), ("final_url", _STR), ("canonical_url", _STR), ("source", _STR),
        ("outcome", _STR), ("error", _STR), ("bytes", _INT), ("http_status", _INT),
        ("content_type", _STR), ("charset", _STR), ("elapsed_ms", _F64),
        ("content_sha256", _STR), ("fetched_at", _STR),
    ]),
}

# Columns every raw row carries, added by the loader (not written by extract).
LOAD_COLUMNS = [("run_id", _STR), ("batch_id", _STR), ("extractor_version", _STR),
                ("loaded_at", pa.timestamp("us", tz="UTC"))]
# The tables an extract batch holds, one Parquet file each (the article and what hangs off
# it), in load order.
ARTICLE_TABLES = ("articles", "sentences", "actors", *FACT_TABLES)


def article_id_for(canonical_url: str | None, content_sha256: str | None, doc: str) -> str:
    """Stable article key: the canonical URL identifies an article across refetches."""
    basis = canonical_url or content_sha256 or doc
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


def _int_or_none(value) -> int | None:
    try:
        return None if value is None or value == "" else int(value)
    except (TypeError, ValueError):
        return None


def _row(schema: pa.Schema, fields: dict) -> dict:
    out = {}
    for f in schema:
        v = fields.get(f.name)
        if pa.types.is_integer(f.type):
            v = _int_or_none(v)
        elif pa.types.is_floating(f.type):
            v = None if v is None else float(v)
        elif pa.types.is_string(f.type) and v is not None and not isinstance(v, str):
            v = str(v)
        out[f.name] = v
    return out


def _cast(kind: type, v):
    if kind is int:
        return _int_or_none(v)
    if kind is float:
        return None if v is None else float(v)
    if kind is str and v is not None and not isinstance(v, str):
        return str(v)
    return v


def fact_row(ft: FactType, fact: dict, article_id: str, idx: int) -> dict:
    """One raw row of a fact type from the extractor's dict (its names, FORMAT.md)."""
    row = {name: _cast(kind, fact.get(json_name)) for name, kind, json_name in ft.columns}
    row["article_id"], row["fact_idx"] = article_id, idx
    return row


def flatten_extraction(result: dict, page: dict) -> dict[str, list[dict]]:
    """Turn one extract_document() result plus its fetch descriptor into raw-table rows."""
    art = result.get("article") or {}
    aid = page.get("article_id") or article_id_for(
        page.get("canonical_url"), page.get("content_sha256"), result.get("doc", ""))
    rows: dict[str, list[dict]] = {t: [] for t in ARTICLE_TABLES}
    rows["articles"].append(_row(SCHEMAS["articles"], {
        "article_id": aid, "content_sha256": page.get("content_sha256"),
        "doc": result.get("doc"), "url": page.get("url") or art.get("url"),
        "canonical_url": page.get("canonical_url") or art.get("url"),
        "source": page.get("source") or art.get("source"),
        "title": art.get("title") or page.get("title"), "byline": art.get("byline"),
        "published": art.get("published") or page.get("published"),
        # the fetch's finding (declared, checked by a detector) over the extractor's guess
        "language": page.get("language") or art.get("language"), "body_text": art.get("text"),
        "n_sentences": len(result.get("sentences") or []),
        "fetched_at": page.get("fetched_at"), "extract_error": result.get("error"),
    }))
    for s in result.get("sentences") or []:
        rows["sentences"].append(_row(SCHEMAS["sentences"], {
            "article_id": aid, "sentence_idx": s.get("idx"), "paragraph": s.get("paragraph"),
            "start_char": s.get("start"), "end_char": s.get("end"), "text": s.get("text")}))
    for a in result.get("actors") or []:
        rows["actors"].append(_row(SCHEMAS["actors"], {
            "article_id": aid, "actor_key": a.get("key"), **a,
            "mentions": [str(m) for m in a.get("mentions") or []]}))
    for ft in FACT_TYPES:
        rows[ft.table] = [fact_row(ft, fact, aid, i)
                          for i, fact in enumerate(result.get(ft.table) or [])]
    return rows


def write_table(rows: Iterable[dict], table: str, path: Location | Path | str) -> Location:
    """Write rows of one raw table as Parquet (an empty file with the schema if no rows),
    whole and atomically, to a local path or the landing zone's object store."""
    from newsfacts.storage import location

    return location(path).write_parquet(pa.Table.from_pylist(list(rows), schema=SCHEMAS[table]))


def duckdb_type(t: pa.DataType) -> str:
    if pa.types.is_string(t):
        return "VARCHAR"
    if pa.types.is_integer(t):
        return "BIGINT"
    if pa.types.is_floating(t):
        return "DOUBLE"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_timestamp(t):
        return "TIMESTAMPTZ"
    if pa.types.is_list(t):
        return duckdb_type(t.value_type) + "[]"
    raise TypeError(f"no DuckDB type for {t}")

