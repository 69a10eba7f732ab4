"""Helpers for the quality-gate tests: run the pipeline's steps as the DAG does, write
batches with chosen defects, query the warehouse."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from support import synthetic_result, write_batch

from newsfacts.settings import Settings


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_settings(home: Path) -> Settings:
    s = Settings.from_env({"NEWSFACTS_HOME": str(home)})
    s.ensure_dirs()
    return s


def query(path: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def execute(path: Path, sql: str, params=None) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute(sql, params or [])
    finally:
        con.close()


def article_result(doc: str, **article) -> dict:
    """A synthetic extractor result with article fields overridden (text, language, ...)."""
    r = synthetic_result(doc)
    r["article"] = {**r["article"], **article}
    return r


def write_custom_batch(settings: Settings, run_id: str, batch_id: str, results: list[dict],
                       urls: dict[str, str] | None = None) -> Path:
    """write_batch, then give some articles another URL (as a broken source would)."""
    out = write_batch(settings, run_id, batch_id, results)
    if urls:
        t = pq.read_table(out / "articles.parquet").to_pylist()
        for row in t:
            doc = row["doc"]
            if doc in urls:
                row["url"] = urls[doc]
        pq.write_table(pa.Table.from_pylist(t, schema=pq.read_schema(out / "articles.parquet")),
                       out / "articles.parquet")
    return out


def rewrite_table(batch_dir: Path, table: str, fn) -> None:
    """Rewrite one batch Parquet file through fn(pyarrow.Table) -> pyarrow.Table."""
    path = batch_dir / f"{table}.parquet"
    pq.write_table(fn(pq.read_table(path)), path)


def future_date(days: int = 30) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).strftime("%Y-%m-%d")


def manifest(batch_dir: Path) -> dict:
    return json.loads((batch_dir / "manifest.json").read_text())


