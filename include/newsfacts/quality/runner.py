"""Run suites of newsfacts.quality.suites on pandas DataFrames with Great Expectations Core.

A Runner holds one GX context: ephemeral (in memory, for quick checks and tests) or
file-backed under NEWSFACTS_HOME/gx, where every validation result is stored and rendered
as GX data docs (newsfacts.quality.docs). Each expectation result becomes one plain dict
(a "result row") that the audit tables store (newsfacts.warehouse.Warehouse.record_checks)
and the failure message quotes; a gate returns them as a :class:`GateResult`.
"""

from __future__ import annotations

import json
import logging
import math
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.errors import GateFailed
from newsfacts.quality.suites import QUARANTINE, Check

log = logging.getLogger("newsfacts.quality")

SAMPLE_ROWS = 5
DATASOURCE = "newsfacts"


def _clean(value):
    """JSON-friendly values: NaN -> None, numpy/pandas scalars -> Python."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def jsonable(value, limit: int = 2000) -> str:
    return json.dumps(_clean(value), default=str, ensure_ascii=False)[:limit]


class Runner:
    """One GX context for a step. `root` None: ephemeral; else a file context in root."""

    def __init__(self, root: Path | None = None):
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        self.root = root
        if root is None:
            self.context = gx.get_context(mode="ephemeral")
        else:
            from newsfacts.quality.docs import file_context

            self.context = file_context(root)
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        try:
            self.source = self.context.data_sources.get(DATASOURCE)
        except (KeyError, ValueError, LookupError):
            self.source = self.context.data_sources.add_pandas(DATASOURCE)
        self.result_ids: list = []  # validation results stored in this session (file mode)
        self.suite_names: set[str] = set()

    def _batch_definition(self, asset_name: str):
        try:
            asset = self.source.get_asset(asset_name)
        except (KeyError, ValueError, LookupError):
            asset = self.source.add_dataframe_asset(asset_name)
        try:
            return asset.get_batch_definition("whole")
        except (KeyError, ValueError, LookupError):
            return asset.add_batch_definition_whole_dataframe("whole")

    def validate(self, suite_name: str, frame, checks: list[Check], *, target: str,
                 run_name: str, params: dict | None = None, keys: list[str] | None = None,
                 complete: bool = False) -> list[dict]:
        """Validate one frame against a suite; one result row per check, in suite order.

        complete=True asks GX for every offending row (needed to quarantine them); else a
        sample of SAMPLE_ROWS. keys name the columns that identify an offending row.
        """
        gx = self.gx
        from great_expectations.core.run_identifier import RunIdentifier

        suite = gx.ExpectationSuite(name=suite_name)
        for c in checks:
            suite.add_expectation(c.expectation)
        keys = [k for k in (keys or []) if k in frame.columns]
        result_format = {"result_format": "COMPLETE" if complete else "SUMMARY",
                         "partial_unexpected_count": SAMPLE_ROWS}
        if keys:
            result_format["unexpected_index_column_names"] = keys
        asset_name = suite_name.replace(".", "_")
        bd = self._batch_definition(asset_name)
        from newsfacts.quality.docs import gx_run_name

        run_id = RunIdentifier(run_name=gx_run_name(run_name), run_time=datetime.now(UTC))
        if self.root is None:
            suite = self.context.suites.add_or_update(suite)
            result = bd.get_batch(batch_parameters={"dataframe": frame}).validate(
                suite, result_format=result_format, expectation_parameters=params or {})
        else:
            from great_expectations.data_context.types.resource_identifiers import (
                ExpectationSuiteIdentifier,
                ValidationResultIdentifier,
            )

            suite = self.context.suites.add_or_update(suite)
            vd = self.context.validation_definitions.add_or_update(
                gx.ValidationDefinition(name=suite_name, data=bd, suite=suite))
            result = vd.run(batch_parameters={"dataframe": frame},
                            expectation_parameters=params or {},
                            result_format=result_format, run_id=run_id)
            self.suite_names.add(suite_name)
            self.result_ids.append(ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=suite_name),
                run_id=run_id, batch_identifier=f"{DATASOURCE}-{asset_name}"))
        return [result_row(suite_name, target, check, r, keys)
                for check, r in _pair(checks, result.results)]


def _signature(expectation_type: str, kwargs: dict) -> tuple:
    return (expectation_type, kwargs.get("column"), tuple(kwargs.get("column_list") or ()))


def _pair(checks: list[Check], results) -> list[tuple[Check, object]]:
    """Match each GX result to the check it came from (by type and column, in order), so a
    result never inherits another check's severity should GX reorder its results."""
    unused = list(checks)
    pairs = []
    for r in results:
        cfg = r.expectation_config
        sig = _signature(cfg.type, cfg.kwargs or {})
        match = next((c for c in unused if _signature(
            c.expectation.expectation_type, c.expectation.configuration.kwargs) == sig), None)
        if match is None:
            raise RuntimeError(f"GX returned a result for an unknown check {sig}")
        unused.remove(match)
        pairs.append((match, r))
    return pairs


def _short(value, n: int = 8):
    """Long value sets (e.g. a batch's article ids) shortened for messages and audit rows."""
    if isinstance(value, list | tuple | set) and len(value) > n:
        return [*list(value)[:n], f"... {len(value)} values"]
    return value


def result_row(suite: str, target: str, check: Check, r, keys: list[str]) -> dict:
    cfg = r.expectation_config
    res = r.result or {}
    kwargs = {k: v for k, v in (cfg.kwargs or {}).items() if k not in ("batch_id",)}
    column = kwargs.get("column") or (",".join(kwargs["column_list"])
                                      if kwargs.get("column_list") else None)
    offending = res.get("unexpected_index_list") or res.get("partial_unexpected_index_list")
    if offending is None and res.get("partial_unexpected_list"):
        offending = [{column or "value": v} for v in res["partial_unexpected_list"]]
    offending = _clean(offending or [])
    if res.get("observed_value") is not None:
        observed = jsonable(res["observed_value"], 500)
    elif res.get("unexpected_count") is not None:
        observed = (f"{res['unexpected_count']} of {res.get('element_count')} rows unexpected "
                    f"({res.get('unexpected_percent') or 0:.1f}% of non-null)")
    else:
        observed = None
    exception = (r.exception_info or {}).get("exception_message") if not r.success else None
    return {
        "suite": suite, "target": target, "expectation": cfg.type, "column": column,
        "severity": check.severity, "reason": check.reason, "success": bool(r.success),
        "observed": observed, "unexpected_count": res.get("unexpected_count"),
        "sample": jsonable(offending[:SAMPLE_ROWS]) if offending else None,
        "kwargs": jsonable({k: _short(v) for k, v in kwargs.items() if k != "column"}, 1000),
        "exception": exception,
        # every offending row: keys + value (complete results only); quarantine uses them
        "offending": offending if keys else [],
        "quarantined": check.severity == QUARANTINE and bool(r.success),
        "blocking": not r.success,  # a set-level failure: the gate stops
    }


def missing_table_row(suite: str, target: str, reason: str, observed: str = "missing") -> dict:
    return {"suite": suite, "target": target, "expectation": "table_exists", "column": None,
            "severity": "stop", "reason": reason, "success": False, "observed": observed,
            "unexpected_count": None, "sample": None, "kwargs": None, "exception": None,
            "offending": [], "quarantined": False, "blocking": True}


def failure_lines(rows: list[dict]) -> list[str]:
    """Each failed set-level check as a line: which, observed value, sample offending rows."""
    lines = []
    for r in rows:
        if not r.get("blocking", not r["success"]):
            continue
        where = f"[{r['target']}] " if r.get("target") and r["target"] != "marts" else ""
        line = (f"  {where}{r['suite']}.{r['column'] or '*'}: {r['expectation']} "
                f"({r['reason']}) observed={r['observed']}")
        if r.get("kwargs") and r["kwargs"] not in ("{}", "null"):
            line += f" expected={r['kwargs']}"
        if r.get("unexpected_count"):
            line += f" unexpected={r['unexpected_count']}"
        if r.get("sample"):
            line += f" sample={r['sample']}"
        if r.get("exception"):
            line += f" error={r['exception']}"
        lines.append(line)
    return lines


# --- a gate's outcome -------------------------------------------------------------------

@dataclass
class GateResult:
    """What one gate found: its result rows (stored by the step that ran it, through
    newsfacts.warehouse), the data docs page, and what the pipeline does next."""

    stage: str  # "raw" (before load) or "marts" (before publish)
    rows: list[dict]
    data_docs: str | None = None
    stops: str = "nothing will be published"  # what a failure means, for the message
    verdicts: dict = field(default_factory=dict)  # raw: {batch_id: {article_id: [why]}}
    volumes: dict = field(default_factory=dict)  # marts: rows per mart this run
    floors: dict = field(default_factory=dict)  # marts: the volume floor per mart

    @property
    def failed(self) -> list[str]:
        return failure_lines(self.rows)

    def raise_if_failed(self) -> None:
        """GateFailed naming each failed check (and the data docs), if any failed."""
        failed = self.failed
        if failed:
            raise GateFailed(f"{self.stops}:\n" + "\n".join(failed)
                             + (f"\n  data docs: {self.data_docs}" if self.data_docs else ""))
