"""The raw-batch gate: every extract batch is checked where the loader reads it, before a
single row reaches the warehouse.

- Schema (set level): each Parquet file must have exactly the columns and types of
  newsfacts.records.SCHEMAS (as the loader sees them); a missing, extra or mistyped column
  rejects the batch.
- raw_batch_suites() (suites.py): key checks are set level; article checks (text present
  and long enough, supported language, publication date not in the future, well-formed
  URL, no extraction error) are row level: offending articles are quarantined, unless
  they are more than the tolerated share of the batch.

gate_batches() validates every batch of the run first and renders the GX data docs; it
returns a GateResult: the result rows (the load step stores them in audit.gx_results /
audit.gx_validations, then raises GateFailed before anything is loaded if a set-level check
failed) and the quarantine verdicts the loader applies: quarantined articles go to
raw.quarantine with their reasons, and none of their rows enters the raw tables.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from newsfacts.quality.runner import GateResult, Runner, jsonable
from newsfacts.quality.suites import (
    MIN_ARTICLES_FOR_COLLAPSE,
    QUARANTINE,
    RAW_KEYS,
    raw_batch_suites,
)
from newsfacts.records import ARTICLE_TABLES, SCHEMAS, duckdb_type
from newsfacts.runfolder import Batch
from newsfacts.settings import Settings
from newsfacts.storage import Location

log = logging.getLogger("newsfacts.quality")

SCHEMA_CHECK = "expect_parquet_schema_to_match_records"


def _schema_row(suite: str, target: str, observed: dict | None, reason: str) -> dict:
    return {"suite": suite, "target": target, "expectation": SCHEMA_CHECK, "column": None,
            "severity": "stop", "reason": reason, "success": observed is None,
            "observed": jsonable(observed) if observed else "matches",
            "unexpected_count": None, "sample": None, "kwargs": None, "exception": None,
            "offending": [], "quarantined": False, "blocking": observed is not None}


def check_schema(path: Location, table: str, target: str) -> dict:
    """One result row: does this Parquet file have the columns and types the loader expects?"""
    from newsfacts.errors import StorageError

    suite = f"raw.{table}"
    if not path.exists():
        return _schema_row(suite, target, {"missing_file": path.name}, "batch file missing")
    try:
        got = {f.name: f.type for f in path.parquet_schema()}
    except StorageError:  # the store failed, not the file: say so, don't blame the schema
        raise
    except Exception as exc:  # unreadable Parquet is a schema failure, not a crash
        return _schema_row(suite, target, {"unreadable": str(exc)[:300]}, "unreadable file")
    want = {f.name: f.type for f in SCHEMAS[table]}

    def sql_type(t) -> str:
        try:
            return duckdb_type(t)
        except TypeError:
            return str(t)

    diff = {
        "missing": sorted(set(want) - set(got)),
        "extra": sorted(set(got) - set(want)),
        "mistyped": {n: f"{sql_type(got[n])} (expected {sql_type(want[n])})"
                     for n in sorted(set(want) & set(got))
                     if sql_type(got[n]) != sql_type(want[n])},
    }
    diff = {k: v for k, v in diff.items() if v}
    return _schema_row(suite, target, diff or None, "schema differs from newsfacts.records")


def prepare_articles(frame, now: datetime | None = None, frames: dict | None = None):
    """Add the derived columns the suite checks: days from now to the publication date,
    and the actors and facts an article in a language the extractor does not read carries
    (it must carry none: such pages are loaded as articles without facts)."""
    import pandas as pd

    from newsfacts.fetch.language import extractor_reads

    now = now or datetime.now(UTC)
    frame = frame.copy()
    published = pd.to_datetime(frame["published"], errors="coerce", utc=True, format="mixed")
    frame["days_ahead"] = (published - pd.Timestamp(now)).dt.total_seconds() / 86400.0
    per_article: dict[str, int] = {}
    for table, other in (frames or {}).items():
        if table in ("articles", "sentences"):
            continue
        for aid in other["article_id"].tolist():
            per_article[aid] = per_article.get(aid, 0) + 1
    frame["facts_in_unread_language"] = [
        0 if extractor_reads(lang) else per_article.get(aid, 0)
        for aid, lang in zip(frame["article_id"].tolist(), frame["language"].tolist(),
                             strict=True)]
    return frame


def validate_batch(runner: Runner, run_id: str, batch: Batch) -> tuple[str, list[dict]]:
    """All checks of one extract batch (a local folder or a landing-zone URL): (batch_id,
    rows)."""
    batch_id = batch.batch_id
    target = f"batch {batch_id}"
    suites = raw_batch_suites()
    rows: list[dict] = []
    frames = {}
    for table in ARTICLE_TABLES:
        path = batch.file(table)
        schema_row = check_schema(path, table, target)
        rows.append(schema_row)
        if schema_row["success"]:
            frames[table] = path.read_parquet().to_pandas()
    ids = [] if "articles" not in frames else \
        [a for a in frames["articles"]["article_id"].tolist() if a is not None]
    for table, frame in frames.items():
        if table == "articles":
            frame = prepare_articles(frame, frames=frames)
        rows += runner.validate(f"raw.{table}", frame, suites[table], target=target,
                                run_name=run_id, params={"batch_article_ids": ids},
                                keys=RAW_KEYS[table], complete=True)
    if len(ids) < MIN_ARTICLES_FOR_COLLAPSE:
        # too few articles to call it a broken batch: quarantine them all the same
        for r in rows:
            if r["severity"] == QUARANTINE and not r["success"] and not r["exception"]:
                r.update(quarantined=True, blocking=False)
    return batch_id, rows


def quarantine_verdicts(rows: list[dict]) -> dict[str, list[dict]]:
    """{article_id: [why, ...]} for the row-level checks that passed only within tolerance."""
    out: dict[str, list[dict]] = {}
    for r in rows:
        if not (r["quarantined"] and r["offending"]):
            continue
        for o in r["offending"]:
            aid = o.get("article_id")
            if aid is None:
                continue
            value = o.get(r["column"]) if r["column"] else None
            if r["column"] == "days_ahead" and value is not None:
                value = f"published {o.get('published')} ({value:.1f} days ahead)"
            out.setdefault(aid, []).append({
                "suite": r["suite"], "expectation": r["expectation"],
                "column": r["column"], "reason": r["reason"],
                "observed": None if value is None else jsonable(value, 300)})
    return out


def gate_batches(settings: Settings, run_id: str, batches: list[Batch]) -> GateResult:
    """Validate every batch of the run; render the data docs. The result's verdicts are
    {batch_id: {article_id: [reasons]}}: the articles the loader must quarantine."""
    from newsfacts.quality import docs

    stops = "raw batch gate failed; nothing was loaded and nothing will be published"
    if not batches:
        return GateResult("raw", [], stops=stops)
    runner = Runner(docs.project_root(settings))
    verdicts: dict[str, dict[str, list[dict]]] = {}
    all_rows: list[dict] = []
    for batch in batches:
        batch_id, rows = validate_batch(runner, run_id, batch)
        all_rows += rows
        verdicts[batch_id] = quarantine_verdicts(rows)
    result = GateResult("raw", all_rows, docs.build(runner, all_rows, run_id=run_id, stage="raw"),
                        stops=stops, verdicts=verdicts)
    n_quarantined = sum(len(v) for v in verdicts.values())
    log.info("raw gate: %d batches, %d checks, %d failed, %d articles to quarantine%s",
             len(batches), len(all_rows), len(result.failed), n_quarantined,
             f"; data docs: {result.data_docs}" if result.data_docs else "")
    return result
