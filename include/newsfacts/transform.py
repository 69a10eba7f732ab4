"""dbt build in its own process (it takes the warehouse write lock only while it runs).

:func:`dbt_build` returns dbt's results; the dbt_build step stores them in
audit.dbt_results (newsfacts.warehouse) and then stops the run on a failed model or test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import GateFailed
from newsfacts.settings import Settings

__all__ = ["DbtBuild", "GateFailed", "dbt_build", "dbt_env", "dbt_executable", "run_dbt"]


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


@dataclass
class DbtBuild:
    """What one `dbt build` did: its exit code and run_results.json."""

    code: int
    results: dict

    @property
    def failures(self) -> list[dict]:
        return [r for r in self.results.get("results", [])
                if r.get("status") in ("error", "fail", "runtime error")]

    @property
    def summary(self) -> dict[str, int]:
        """Nodes per status ({"success": 30, "pass": 145, ...})."""
        out: dict[str, int] = {}
        for r in self.results.get("results", []):
            out[r.get("status")] = out.get(r.get("status"), 0) + 1
        return out

    def raise_if_failed(self) -> None:
        """A failing model or test fails the gate: GateFailed naming each one."""
        failed = self.failures
        if self.code != 0 or failed:
            lines = [f"  {r['unique_id']}: {r.get('status')} "
                     f"({r.get('failures') or 0} rows) {(r.get('message') or '').strip()[:300]}"
                     for r in failed]
            detail = "\n".join(lines) or f"  dbt exited with code {self.code} (see the log above)"
            raise GateFailed(f"dbt build failed; nothing will be published:\n{detail}")


def dbt_build(settings: Settings, run_id: str) -> DbtBuild:
    """`dbt build` (seeds, models, snapshot, tests)."""
    return DbtBuild(*run_dbt(settings, ["build"], run_id))
