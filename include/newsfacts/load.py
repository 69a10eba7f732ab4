"""The one writer: batch Parquet files -> the warehouse's raw schema, idempotent per article.

A batch directory holds one Parquet file per raw table (records.SCHEMAS). Loading a batch
first deletes every raw row of the batch's articles, then inserts the batch, inside one
transaction: loading the same batch twice, or a re-extraction of the same articles
(replay), leaves exactly one copy of each row.

Articles the raw-batch gate quarantined (newsfacts.quality.raw) are not loaded: their rows
stay out of every raw table, and raw.quarantine records them with the reasons.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.records import ARTICLE_TABLES, SCHEMAS, create_table_sql
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


def _parquet(batch_dir: Path, table: str) -> str | None:
    p = batch_dir / f"{table}.parquet"
    return str(p) if p.exists() else None


def load_batches(warehouse: Path, run_id: str, run_dir: Path, batch_dirs: list[Path],
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
            batch_dir = Path(batch_dir)
            manifest = json.loads((batch_dir / "manifest.json").read_text())
            batch_id, version = manifest["batch_id"], manifest["extractor_version"]
            held = list(quarantine.get(batch_id, {}))  # quarantined article ids
            con.execute("begin transaction")
            try:
                articles = _parquet(batch_dir, "articles")
                totals["quarantined"] += write_quarantine(
                    con, run_id, batch_id, articles, quarantine.get(batch_id, {}), now)
                if articles:
                    for table in ARTICLE_TABLES:
                        con.execute(
                            f"delete from raw.{table} where article_id in "
                            f"(select article_id from read_parquet(?)) "
                            f"and not list_contains(?::varchar[], article_id)", [articles, held])
                    for table in ARTICLE_TABLES:
                        src = _parquet(batch_dir, table)
                        if not src:
                            continue
                        n = con.execute(
                            f"insert into raw.{table} by name select *, ? as run_id, "
                            f"? as batch_id, ? as extractor_version, ? as loaded_at "
                            f"from read_parquet(?) "
                            f"where coalesce(not list_contains(?::varchar[], article_id), true)",
                            [run_id, batch_id, version, now, src, held],
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
        totals["fetch_log"] = _load_fetch_logs(con, run_id, Path(run_dir), now)
    return totals


def _load_fetch_logs(con, run_id: str, run_dir: Path, now: datetime) -> int:
    """Fetch logs live in the run's landing folder as fetch_log-*.parquet."""
    files = sorted(str(f) for f in run_dir.glob("fetch_log-*.parquet"))
    if not files:
        return 0
    con.execute("begin transaction")
    con.execute("delete from raw.fetch_log where run_id = ?", [run_id])
    n = con.execute(
        "insert into raw.fetch_log by name select *, ? as run_id, 'fetch' as batch_id, "
        "null as extractor_version, ? as loaded_at from read_parquet(?)",
        [run_id, now, files]).fetchone()[0]
    con.execute("commit")
    return n
