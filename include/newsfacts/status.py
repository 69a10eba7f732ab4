"""`newsfacts status`: the last pipeline runs, with throughput, error rate and latency.

Reads ``audit.pipeline_runs`` from the working warehouse (read-only), and adds runs whose
metrics were not flushed yet (still running, or failed before the load step) from the
landing zone (a local folder or object storage). When a run holds the warehouse's write
lock, the landing zone alone answers. A run shows as running only while it holds its home
(newsfacts.lock); one that stopped without ending (killed) shows as failed at the step it
was in.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsfacts.settings import Settings

SHOWN = ("run_id", "scope", "status", "started_at", "duration_s", "articles_fetched",
         "articles_archived", "articles_extracted", "facts_loaded", "facts_published",
         "errors", "error_rate", "articles_per_s")


def _from_warehouse(settings: Settings) -> tuple[list[dict], str | None]:
    from newsfacts.warehouse import Warehouse

    try:
        return Warehouse(settings.warehouse).runs(), None
    except Exception as exc:  # e.g. a running pipeline holds the write lock
        return [], f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


def _from_landing(settings: Settings) -> list[dict]:
    from newsfacts.lock import HomeLock
    from newsfacts.metrics import run_summary
    from newsfacts.runfolder import RunFolder

    live = HomeLock(settings).live_run() or False  # a run not live and not ended was killed
    rows = []
    for folder in RunFolder.all(settings.landing):  # none if the landing zone is empty
        row, records = run_summary(folder, live)
        if records:
            rows.append(row)
    return rows


def landing_runs(settings: Settings) -> list[dict]:
    """Runs as the landing zone's metrics files tell them (no warehouse opened)."""
    return _from_landing(settings)


def last_runs(settings: Settings | None = None, limit: int = 10) -> tuple[list[dict], str | None]:
    settings = settings or Settings.from_env()
    rows, problem = _from_warehouse(settings)
    merged = {r["run_id"]: r for r in rows}
    for r in _from_landing(settings):  # a superset of the last flush: at least as current
        merged[r["run_id"]] = r
    rows = list(merged.values())
    rows.sort(key=lambda r: str(r.get("started_at") or ""), reverse=True)
    return rows[:limit], problem


def _fmt(v) -> str:
    """A table cell: one line, control characters escaped (a run id is operator input)."""
    from newsfacts.sanitize import printable

    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3g}" if abs(v) < 1 else f"{v:,.1f}"
    s = str(v)
    return printable(s[:19].replace("T", " ") if len(s) > 19 and s[4:5] == "-" else s)


def print_status(limit: int = 10, as_json: bool = False, settings: Settings | None = None,
                 out=None) -> int:
    from newsfacts.errors import UserError
    from newsfacts.sanitize import printable

    out = out or sys.stdout
    settings = settings or Settings.from_env()
    rows, problem = last_runs(settings, limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, default=str), file=out)
        return 0
    if not rows:
        raise UserError(f"no pipeline runs recorded under {settings.home}"
                        + (f" ({problem})" if problem else "") + ": run the pipeline first")
    if problem:
        print(f"(warehouse busy, showing the landing zone: {printable(problem)})", file=out)
    headers = ["run", "scope", "status", "started (UTC)", "secs", "fetched", "archived",
               "extracted", "facts", "published", "errors", "err%", "art/s"]
    table = [[_fmt(r.get(c)) for c in SHOWN] for r in rows]
    for row, r in zip(table, rows, strict=True):
        row[11] = "-" if r.get("error_rate") is None else f"{100 * r['error_rate']:.1f}"
        if r.get("failed_task"):
            row[2] = printable(f"failed@{r['failed_task']}")
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)), file=out)
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)), file=out)
    print(printable(f"{len(rows)} run(s); warehouse {Path(settings.warehouse)}"), file=out)
    return 0
