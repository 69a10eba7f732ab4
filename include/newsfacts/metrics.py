"""Run metrics: every step counts what went in and out, logs it, and the run's totals land
in the warehouse so analysts see throughput, error rates and latency per run.

A step fills its record in memory (:func:`step`) from what it already holds: the articles
it read, the pages it archived, the rows it wrote. The record is written into the run's
folder of the landing zone (``metrics/<task>[-<key>].json``, see newsfacts.runfolder), also
when the step fails: mapped fetch and extract tasks run in other processes and never open
the warehouse. The serialised steps (load, dbt_build, audit, publish) then flush the run's
records into the warehouse (newsfacts.pipeline calls newsfacts.warehouse for that):

- ``audit.pipeline_task_runs``: one row per task (and map key) and run;
- ``audit.pipeline_runs``: one row per run (:func:`summarize`): status, timings, articles
  discovered / fetched / extracted, facts extracted / loaded / published, errors, error
  rate, articles per second.

`newsfacts status` prints the last runs (from the warehouse, plus runs not flushed yet).
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from newsfacts.errors import NothingToDo, UserError
from newsfacts.facts import FACT_TABLES
from newsfacts.runfolder import RunFolder

log = logging.getLogger("newsfacts.metrics")

COUNTS = ("articles_in", "articles_out", "facts_out", "errors")


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _peak_rss_mb() -> float:
    # Linux reports kilobytes; the peak of this process (a task process under Airflow).
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def facts_in(counts: dict) -> int:
    """Fact rows in a {table: rows} count (every registered fact type)."""
    return sum(int(counts.get(t) or 0) for t in FACT_TABLES)


def record_run_info(folder: RunFolder, scope=None, **extra) -> None:
    """Run-level facts (scope, data interval, start), written once by the first step."""
    info = {"run_id": folder.run_id, "started_at": _now(),
            **(scope.to_dict() if scope is not None else {}), **extra}
    try:
        folder.write_run_info(info)
    except (OSError, UserError) as exc:  # UserError: a landing-zone store failure
        log.warning("metrics: could not write the run info: %s", exc)


@contextlib.contextmanager
def step(folder: RunFolder, task: str, key: str = "") -> Iterator[dict]:
    """Measure one step: the body fills ``articles_in/out``, ``facts_out``, ``errors`` (and
    ``detail``) in the yielded record. The record is written to the run folder when the step
    starts (status "running": a step killed there stays so, and newsfacts status shows the
    run failed at it) and again when it ends, also when it fails (status "failed", the
    error's first line kept) or finds nothing to do (NothingToDo: status "skipped")."""
    rec: dict = {"run_id": folder.run_id, "task": task, "map_key": key, "started_at": _now(),
                 **dict.fromkeys(COUNTS, 0), "detail": {}, "error": None,
                 "status": "running", "host": socket.gethostname(), "pid": os.getpid()}
    try:
        folder.write_metric(rec)
    except (OSError, UserError) as exc:
        log.warning("metrics: could not write the %s record: %s", task, exc)
    t0 = time.perf_counter()
    try:
        yield rec
        rec["status"] = "success"
    except NothingToDo as exc:
        rec["status"] = "skipped"
        rec["detail"] = {**rec.get("detail", {}), "skipped": str(exc)}
        raise
    except BaseException as exc:
        rec["status"] = "failed"
        rec["error"] = f"{type(exc).__name__}: {exc}"[:1000]
        raise
    finally:
        rec.update(ended_at=_now(), seconds=round(time.perf_counter() - t0, 3),
                   peak_rss_mb=_peak_rss_mb(), host=socket.gethostname(), pid=os.getpid())
        try:
            folder.write_metric(rec)
        except (OSError, UserError) as exc:  # metrics never fail a step
            log.warning("metrics: could not write the %s record: %s", task, exc)
        log.info("metrics %s%s: articles in=%d out=%d, facts=%d, errors=%d, %.2fs, %s",
                 task, f"[{key}]" if key else "", rec["articles_in"], rec["articles_out"],
                 rec["facts_out"], rec["errors"], rec["seconds"], rec["status"])


def _sum(records: list[dict], task: str, field: str) -> int:
    return sum(int(r.get(field) or 0) for r in records if r.get("task") == task)


def _status(info: dict, records: list[dict], live: bool | None) -> tuple[str, str | None]:
    """(run status, the task it failed at): success, skipped (nothing new: the warehouse
    work was skipped), failed, or running. A run that is not live (``live`` False: it holds
    the home no more, newsfacts.lock) and never ended was killed: failed, at the step it was
    in (the record still "running"), or after its last step."""
    failed = [r for r in records if r.get("status") == "failed"]
    if failed:
        return "failed", failed[0]["task"]
    by_task = {r.get("task"): r.get("status") for r in records}
    if by_task.get("publish") == "success" or (
            by_task.get("publish") == "skipped"
            and "success" in (by_task.get("dbt_build"), by_task.get("audit"))):
        return "success", None
    if by_task.get("publish") == "skipped":
        return "skipped", None
    if live is None or live:
        return "running", None
    end = info.get("ended") or {}
    running = [r for r in records if r.get("status") == "running"]
    return "failed", (running[0]["task"] if running else end.get("task") or "killed")


def summarize(run_id: str, info: dict, records: list[dict], live: bool | None = None) -> dict:
    """One pipeline_runs row from a run's task records. ``live``: whether the run still holds
    its home (None: unknown, a run that has not ended counts as running)."""
    from newsfacts.extract import EXTRACTOR_VERSION

    starts = [r["started_at"] for r in records if r.get("started_at")]
    ends = [r["ended_at"] for r in records if r.get("ended_at")]
    started = min(starts) if starts else None
    ended = max(ends) if ends else None
    duration = None
    if started and ended:
        duration = round((datetime.fromisoformat(ended)
                          - datetime.fromisoformat(started)).total_seconds(), 3)
    failed = [r for r in records if r.get("status") == "failed"]
    status, failed_task = _status(info, records, live)
    fetch_errors = _sum(records, "discover", "errors") + _sum(records, "fetch", "errors")
    extract_errors = _sum(records, "extract", "errors")
    attempted = _sum(records, "fetch", "articles_in") + _sum(records, "extract", "articles_in")
    extracted = _sum(records, "extract", "articles_out")
    rss = [float(r.get("peak_rss_mb") or 0) for r in records]
    return {
        "run_id": run_id, "run_type": info.get("run_type"), "scope": info.get("mode"),
        "data_interval_start": info.get("since") if info.get("mode") == "backfill" else None,
        "data_interval_end": info.get("until") if info.get("mode") == "backfill" else None,
        "extractor_version": info.get("extractor_version") or EXTRACTOR_VERSION,
        "status": status, "failed_task": failed_task,
        "started_at": started, "ended_at": ended, "duration_s": duration,
        "articles_discovered": _sum(records, "discover", "articles_out"),
        "articles_fetched": _sum(records, "fetch", "articles_out"),
        "articles_archived": _sum(records, "archived", "articles_out"),
        "articles_extracted": extracted,
        "facts_extracted": _sum(records, "extract", "facts_out"),
        "facts_loaded": _sum(records, "load", "facts_out"),
        "facts_published": _sum(records, "publish", "facts_out"),
        "fetch_errors": fetch_errors, "extract_errors": extract_errors,
        "errors": sum(int(r.get("errors") or 0) for r in records) + len(failed)
        + (status == "failed" and not failed),
        "error_rate": round((fetch_errors + extract_errors) / attempted, 4) if attempted else 0.0,
        "articles_per_s": round(extracted / duration, 3) if duration else None,
        "max_task_rss_mb": max(rss) if rss else None, "tasks": len(records),
    }


def run_id_of(folder: RunFolder, info: dict, records: list[dict]) -> str:
    """The real run id of a folder (its name is the file-safe form)."""
    # extract records of older versions carried the folder name instead of the run id
    named = [r["run_id"] for r in records if r.get("task") != "extract" and r.get("run_id")]
    return info.get("run_id") or (named[0] if named else folder.run_id)


def run_summary(folder: RunFolder, live_run: str | bool | None = None
                ) -> tuple[dict, list[dict]]:
    """(the run's pipeline_runs row, its task records) from what its steps wrote.
    ``live_run``: the run id holding the home now (newsfacts.lock), False for none; None when
    unknown (a run that has not ended counts as running)."""
    info, records = folder.read_metrics()
    run_id = run_id_of(folder, info, records)
    live = None if live_run is None else (live_run is not False and run_id == live_run)
    return summarize(run_id, info, records, live), records


def mark_ended(folder: RunFolder, reason: str) -> None:
    """A run that died without ending (found dead by the run that took its home over): its
    run info says so, and newsfacts status and audit.pipeline_runs show it failed."""
    info, _ = folder.read_metrics()
    if not info and not folder.metrics_dir.exists():
        return
    info = {**info, "ended": {"status": "failed", "reason": reason, "at": _now()}}
    try:
        folder.write_run_info(info)
    except (OSError, UserError) as exc:
        log.warning("metrics: could not mark run %s ended: %s", folder.run_id, exc)
