"""The mart gate: the suites of mart_suites() on the marts dbt just built, read from DuckDB
as DataFrames (GX's DuckDB SQL datasource is unreliable in 1.x), before publish.

Per-run parameters: `min_rows` per mart is VOLUME_FLOOR x the median row count of the last
VOLUME_HISTORY_RUNS runs that passed the gate (audit.mart_volumes; 0 without history), and
`fresh_since` is now minus FRESHNESS_HOURS. audit_marts() renders the GX data docs and
returns a GateResult: the audit step stores its rows in audit.gx_results /
audit.gx_validations and this run's row counts in audit.mart_volumes (gate_passed says
whether they count as history), then raises GateFailed on any failure.
"""

from __future__ import annotations

import logging
import statistics
from datetime import UTC, datetime, timedelta

from newsfacts.quality.runner import GateResult, Runner, missing_table_row
from newsfacts.quality.suites import (
    FRESHNESS_HOURS,
    MART_KEYS,
    VOLUME_FLOOR,
    VOLUME_HISTORY_RUNS,
    mart_suites,
)
from newsfacts.settings import Settings
from newsfacts.warehouse import Warehouse

log = logging.getLogger("newsfacts.quality")


def volume_floors(warehouse: Warehouse, run_id: str, marts: list[str]) -> dict[str, int]:
    """min_rows per mart from the last passing runs (this run excluded)."""
    history = warehouse.mart_volume_history(marts, run_id, VOLUME_HISTORY_RUNS)
    return {m: int(VOLUME_FLOOR * statistics.median(c)) if c else 0
            for m, c in history.items()}


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


def audit_marts(settings: Settings, run_id: str) -> GateResult:
    """Validate every mart (read from the working warehouse) and render the data docs."""
    from newsfacts.quality import docs

    marts = list(MART_KEYS)
    warehouse = Warehouse.of(settings)
    frames, missing = warehouse.read_marts(marts)
    for mart, why in missing.items():
        log.warning("cannot read marts.%s: %s", mart, why)
    floors = volume_floors(warehouse, run_id, marts)
    runner = Runner(docs.project_root(settings))
    rows = validate_frames(frames, default_params(marts, floors), runner=runner,
                           run_name=run_id)
    result = GateResult("marts", rows, docs.build(runner, rows, run_id=run_id, stage="marts"),
                        stops="quality gate failed; nothing will be published",
                        volumes={m: len(f) for m, f in frames.items()}, floors=floors)
    log.info("audit: %d expectations, %d failed%s", len(rows), len(result.failed),
             f"; data docs: {result.data_docs}" if result.data_docs else "")
    return result
