"""The mart gate: the suites of mart_suites() on the marts dbt just built, read from DuckDB
as DataFrames (GX's DuckDB SQL datasource is unreliable in 1.x), before publish.

Per-run parameters: `min_rows` per mart is VOLUME_FLOOR x the median row count of the last
VOLUME_HISTORY_RUNS runs that passed the gate (audit.mart_volumes; 0 without history), and
`fresh_since` is now minus FRESHNESS_HOURS. Every result goes to audit.gx_results /
audit.gx_validations and the GX data docs; this run's row counts go to audit.mart_volumes
(gate_passed says whether they count as history). Any failure raises GateFailed.
"""

from __future__ import annotations

import logging
import statistics
from datetime import UTC, datetime, timedelta

from newsfacts.errors import GateFailed
from newsfacts.quality.runner import (
    Runner,
    ensure_audit_tables,
    failure_lines,
    missing_table_row,
    store_results,
)
from newsfacts.quality.suites import (
    FRESHNESS_HOURS,
    MART_KEYS,
    VOLUME_FLOOR,
    VOLUME_HISTORY_RUNS,
    mart_suites,
)
from newsfacts.settings import Settings
from newsfacts.warehouse import connect

log = logging.getLogger("newsfacts.quality")


def read_marts(con, marts: list[str]) -> dict:
    frames = {}
    for mart in marts:
        try:
            frames[mart] = con.execute(f"select * from marts.{mart}").df()
        except Exception as exc:  # a missing mart is reported as a failed check
            log.warning("cannot read marts.%s: %s", mart, exc)
    return frames


def volume_floors(con, run_id: str, marts: list[str]) -> dict[str, int]:
    """min_rows per mart from the last passing runs (this run excluded)."""
    ensure_audit_tables(con)
    floors = {}
    for mart in marts:
        counts = [r[0] for r in con.execute(
            "select row_count from audit.mart_volumes where mart = ? and gate_passed "
            "and run_id <> ? order by recorded_at desc limit ?",
            [mart, run_id, VOLUME_HISTORY_RUNS]).fetchall()]
        floors[mart] = int(VOLUME_FLOOR * statistics.median(counts)) if counts else 0
    return floors


def default_params(marts, floors: dict[str, int] | None = None,
                   now: datetime | None = None) -> dict[str, dict]:
    now = now or datetime.now(UTC)
    fresh_since = now - timedelta(hours=FRESHNESS_HOURS)
    return {m: {"min_rows": (floors or {}).get(m, 0), "fresh_since": fresh_since}
            for m in marts}


def validate_frames(frames: dict, params: dict[str, dict] | None = None,
                    runner: Runner | None = None, run_name: str = "adhoc") -> list[dict]:
    """Validate {mart: DataFrame} against mart_suites(); one result row per expectation.
    A mart missing from frames fails a `table_exists` check."""
    suites = mart_suites()
    params = params or default_params(suites)
    runner = runner or Runner()
    rows = []
    for mart, checks in suites.items():
        if mart not in frames:
            rows.append(missing_table_row(mart, "marts", f"marts.{mart} does not exist"))
            continue
        rows += runner.validate(mart, frames[mart], checks, target="marts", run_name=run_name,
                                params=params.get(mart), keys=MART_KEYS.get(mart))
    return rows


def audit_marts(settings: Settings, run_id: str) -> dict:
    """Validate every mart; store the results; raise GateFailed naming each failed check."""
    from newsfacts.quality import docs

    marts = list(MART_KEYS)
    with connect(settings.warehouse) as con:
        frames = read_marts(con, marts)
        floors = volume_floors(con, run_id, marts)
    runner = Runner(docs.project_root(settings))
    rows = validate_frames(frames, default_params(marts, floors), runner=runner,
                           run_name=run_id)
    index = docs.build(runner)
    failed = failure_lines(rows)
    now = datetime.now(UTC)
    with connect(settings.warehouse) as con:
        store_results(con, run_id, "marts", rows, data_docs=index, replace_targets=["marts"])
        con.execute("delete from audit.mart_volumes where run_id = ?", [run_id])
        con.executemany("insert into audit.mart_volumes values (?, ?, ?, ?, ?)",
                        [(run_id, now, m, len(f), not failed) for m, f in frames.items()])
    log.info("audit: %d expectations, %d failed%s", len(rows), len(failed),
             f"; data docs: {index}" if index else "")
    if failed:
        raise GateFailed("quality gate failed; nothing will be published:\n"
                         + "\n".join(failed) + (f"\n  data docs: {index}" if index else ""))
    return {"expectations": len(rows), "failed": 0, "data_docs": index,
            "volume_floors": floors}
