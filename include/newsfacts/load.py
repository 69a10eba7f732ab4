"""The one writer: batch Parquet files -> the warehouse's raw schema, idempotent per article.

A batch directory holds one Parquet file per raw table (records.SCHEMAS). It may be a local
folder or a prefix on object storage (newsfacts.storage): the files are read with pyarrow
and inserted into DuckDB as Arrow tables, so DuckDB itself only ever opens the local
warehouse file (no httpfs extension, nothing downloaded). Loading a batch
first deletes every raw row of the batch's articles, then inserts the batch, inside one
transaction: loading the same batch twice, or a re-extraction of the same articles
(replay), leaves exactly one copy of each row.

Articles the raw-batch gate quarantined (newsfacts.quality.raw) are not loaded: their rows
stay out of every raw table, and raw.quarantine records them with the reasons.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.records import ARTICLE_TABLES, SCHEMAS, create_table_sql
from newsfacts.storage import Location, location
from newsfacts.warehouse import connect

AUDIT_DDL = [
    """create table if not exists raw.load_log (
        run_id varchar, batch_id varchar, extractor_version varchar, loaded_at timestamptz,
        articles bigint, statements bigint, visits bigint, deployments bigint)""",
]


def ensure_raw_schema(con) -> None:
    from newsfacts.quality.quarantine import QUARANTINE_DDL

    con.execute("create schema if not exists raw")
    con.execute("create schema if not exists audit")
    for table in SCHEMAS:
        con.execute(create_table_sql(table))
    for ddl in (*AUDIT_DDL, QUARANTINE_DDL):
        con.execute(ddl)


def _parquet(batch_dir: Location, table: str):
    """The batch's file for a table as an Arrow table, or None if the batch has none."""
    p = batch_dir / f"{table}.parquet"
    return p.read_parquet() if p.exists() else None


@contextlib.contextmanager
def _registered(con, name: str, table) -> Iterator[str]:
    """An Arrow table visible to SQL as a view for the duration of the block."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


def load_batches(warehouse: Path, run_id: str, run_dir: Location | Path | str,
                 batch_dirs: list[Location | Path | str],
                 quarantine: dict[str, dict[str, list[dict]]] | None = None) -> dict[str, int]:
    """Load a run's extract batches and fetch logs into raw.*. Returns row counts inserted.

    quarantine: {batch_id: {article_id: [reasons]}} from the raw-batch gate; those articles
    are written to raw.quarantine instead of the raw tables.
    """
    from newsfacts.quality.quarantine import write_quarantine

    quarantine = quarantine or {}
    totals = {t: 0 for t in (*ARTICLE_TABLES, "fetch_log", "quarantined")}
    now = datetime.now(UTC)
    with connect(warehouse) as con:
        ensure_raw_schema(con)
        for batch_dir in batch_dirs:
            batch_dir = location(batch_dir)
            manifest = (batch_dir / "manifest.json").read_json()
            batch_id, version = manifest["batch_id"], manifest["extractor_version"]
            held = list(quarantine.get(batch_id, {}))  # quarantined article ids
            con.execute("begin transaction")
            try:
                articles = _parquet(batch_dir, "articles")
                totals["quarantined"] += write_quarantine(
                    con, run_id, batch_id, articles, quarantine.get(batch_id, {}), now)
                if articles is not None:
                    with _registered(con, "_batch_articles", articles):
                        for table in ARTICLE_TABLES:
                            con.execute(
                                f"delete from raw.{table} where article_id in "
                                f"(select article_id from _batch_articles) "
                                f"and not list_contains(?::varchar[], article_id)", [held])
                    for table in ARTICLE_TABLES:
                        src = articles if table == "articles" else _parquet(batch_dir, table)
                        if src is None:
                            continue
                        with _registered(con, "_batch_rows", src):
                            n = con.execute(
                                f"insert into raw.{table} by name select *, ? as run_id, "
                                f"? as batch_id, ? as extractor_version, ? as loaded_at "
                                f"from _batch_rows where "
                                f"coalesce(not list_contains(?::varchar[], article_id), true)",
                                [run_id, batch_id, version, now, held],
                            ).fetchone()[0]
                        totals[table] += n
                con.execute("delete from raw.load_log where batch_id = ?", [batch_id])
                con.execute(
                    "insert into raw.load_log values (?, ?, ?, ?, ?, ?, ?, ?)",
                    [run_id, batch_id, version, now, *(manifest["counts"].get(k, 0) for k in
                     ("articles", "statements", "visits", "deployments"))])
                con.execute("commit")
            except Exception:
                con.execute("rollback")
                raise
        totals["fetch_log"] = _load_fetch_logs(con, run_id, location(run_dir), now)
    return totals


def _load_fetch_logs(con, run_id: str, run_dir: Location, now: datetime) -> int:
    """Fetch logs live in the run's landing folder as fetch_log-*.parquet."""
    import pyarrow as pa

    files = run_dir.glob("fetch_log-*.parquet")
    if not files:
        return 0
    rows = pa.concat_tables([f.read_parquet() for f in files])  # all written with one schema
    con.execute("begin transaction")
    try:
        con.execute("delete from raw.fetch_log where run_id = ?", [run_id])
        with _registered(con, "_fetch_log", rows):
            n = con.execute(
                "insert into raw.fetch_log by name select *, ? as run_id, 'fetch' as batch_id, "
                "null as extractor_version, ? as loaded_at from _fetch_log",
                [run_id, now]).fetchone()[0]
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return n
