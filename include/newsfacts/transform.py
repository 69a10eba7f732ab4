"""dbt build in its own process (it takes the warehouse write lock only while it runs),
with its results stored in the warehouse's audit schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.errors import GateFailed
from newsfacts.settings import Settings
from newsfacts.warehouse import connect

__all__ = ["GateFailed", "dbt_build", "dbt_env", "dbt_executable", "run_dbt"]


def dbt_executable() -> str:
    exe = Path(sys.executable).with_name("dbt")
    return str(exe) if exe.exists() else "dbt"


def dbt_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "NEWSFACTS_WAREHOUSE": str(settings.warehouse),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
    })
    return env


def run_dbt(settings: Settings, args: list[str], run_id: str = "manual") -> tuple[int, dict]:
    """Run one dbt command, streaming its log lines; returns (exit code, run_results)."""
    target = settings.dbt_target
    cmd = [dbt_executable(), "--no-use-colors", *args,
           "--project-dir", str(settings.dbt_project_dir),
           "--profiles-dir", str(settings.dbt_project_dir),
           "--target-path", str(target),
           "--log-path", str(settings.dbt_logs),
           "--vars", json.dumps({"run_id": run_id})]
    settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(cmd, env=dbt_env(settings), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        print(line.rstrip(), flush=True)
    code = proc.wait()
    results_file = target / "run_results.json"
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    return code, results


def _failures(results: dict) -> list[dict]:
    return [r for r in results.get("results", [])
            if r.get("status") in ("error", "fail", "runtime error")]


def store_dbt_results(settings: Settings, run_id: str, results: dict) -> None:
    rows = [(run_id, r.get("unique_id"), r.get("status"), r.get("failures"),
             (r.get("message") or "")[:2000], r.get("execution_time"))
            for r in results.get("results", [])]
    with connect(settings.warehouse) as con:
        con.execute("create schema if not exists audit")
        con.execute("""create table if not exists audit.dbt_results (
            run_id varchar, recorded_at timestamptz, unique_id varchar, status varchar,
            failures bigint, message varchar, execution_time double)""")
        con.execute("delete from audit.dbt_results where run_id = ?", [run_id])
        now = datetime.now(UTC)
        if rows:
            con.executemany(
                "insert into audit.dbt_results values (?, ?, ?, ?, ?, ?, ?)",
                [(r[0], now, *r[1:]) for r in rows])


def dbt_build(settings: Settings, run_id: str) -> dict:
    """`dbt build` (seeds, models, tests): a failing model or test fails the gate."""
    code, results = run_dbt(settings, ["build"], run_id)
    store_dbt_results(settings, run_id, results)
    failed = _failures(results)
    if code != 0 or failed:
        lines = [f"  {r['unique_id']}: {r.get('status')} "
                 f"({r.get('failures') or 0} rows) {(r.get('message') or '').strip()[:300]}"
                 for r in failed]
        detail = "\n".join(lines) or f"  dbt exited with code {code} (see the log above)"
        raise GateFailed(f"dbt build failed; nothing will be published:\n{detail}")
    summary: dict[str, int] = {}
    for r in results.get("results", []):
        summary[r.get("status")] = summary.get(r.get("status"), 0) + 1
    return summary
