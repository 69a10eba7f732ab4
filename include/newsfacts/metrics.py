"""Run metrics: every step counts what went in and out, logs it, and the run's totals land
in the warehouse so analysts see throughput, error rates and latency per run.

Each step (mapped ones included) writes one small JSON file into its run's landing folder
(``<landing>/<run>/metrics/<task>[-<key>].json``; a retry overwrites its own file; the
landing zone may be on object storage, see newsfacts.storage). Mapped
fetch/extract tasks never open the warehouse; the serialised steps (load, dbt_build, audit,
publish) *flush* the run's files into two tables after they finish:

- ``audit.pipeline_task_runs``: one row per task (and map key) and run;
- ``audit.pipeline_runs``: one row per run: status, timings, articles discovered / fetched /
  extracted, facts extracted / loaded / published, errors, error rate, articles per second.

`newsfacts status` prints the last runs (from the warehouse, plus runs not flushed yet).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import resource
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.errors import UserError
from newsfacts.storage import Location, location

log = logging.getLogger("newsfacts.metrics")

COUNTS = ("articles_in", "articles_out", "facts_out", "errors")

TASK_RUNS_DDL = """create table if not exists audit.pipeline_task_runs (
    run_id varchar, task varchar, map_key varchar, status varchar, started_at timestamptz,
    ended_at timestamptz, seconds double, articles_in bigint, articles_out bigint,
    facts_out bigint, errors bigint, peak_rss_mb double, host varchar, pid bigint,
    error varchar, detail json)"""

RUNS_DDL = """create table if not exists audit.pipeline_runs (
    run_id varchar, run_type varchar, scope varchar, data_interval_start timestamptz,
    data_interval_end timestamptz, extractor_version varchar, status varchar,
    failed_task varchar, started_at timestamptz, ended_at timestamptz, duration_s double,
    articles_discovered bigint, articles_fetched bigint, articles_archived bigint,
    articles_extracted bigint, facts_extracted bigint, facts_loaded bigint,
    facts_published bigint, fetch_errors bigint, extract_errors bigint, errors bigint,
    error_rate double, articles_per_s double, max_task_rss_mb double, tasks bigint,
    updated_at timestamptz)"""

RUN_COLUMNS = ("run_id", "run_type", "scope", "data_interval_start", "data_interval_end",
               "extractor_version", "status", "failed_task", "started_at", "ended_at",
               "duration_s", "articles_discovered", "articles_fetched", "articles_archived",
               "articles_extracted", "facts_extracted", "facts_loaded", "facts_published",
               "fetch_errors", "extract_errors", "errors", "error_rate", "articles_per_s",
               "max_task_rss_mb", "tasks")


def metrics_dir(run_dir: Location | Path | str) -> Location:
    d = location(run_dir) / "metrics"
    d.mkdir()
    return d


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _peak_rss_mb() -> float:
    # Linux reports kilobytes; the peak of this process (a task process under Airflow).
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _write(path: Location, obj: dict) -> None:
    path.write_json(obj, default=str)  # whole: a temporary file renamed locally, one PUT remotely


def write_run_info(run_dir: Location | Path | str, run_id: str, scope=None, **extra) -> None:
    """Run-level facts (scope, data interval), written once by the first step."""
    info = {"run_id": run_id, **(scope.to_dict() if scope is not None else {}), **extra}
    _write(metrics_dir(run_dir) / "_run.json", info)


@contextlib.contextmanager
def track(run_dir: Location | Path | str, run_id: str, task: str, key: str = "",
          flush_to=None) -> Iterator[dict]:
    """Measure one step: the body fills ``articles_in/out``, ``facts_out``, ``errors`` (and
    ``detail``) in the yielded dict. The record is written even when the step fails; with
    ``flush_to`` (settings) the run's records are flushed into the warehouse afterwards."""
    rec: dict = {"run_id": run_id, "task": task, "map_key": key, "started_at": _now(),
                 **dict.fromkeys(COUNTS, 0), "detail": {}, "error": None}
    t0 = time.perf_counter()
    try:
        yield rec
        rec["status"] = "success"
    except BaseException as exc:
        rec["status"] = "failed"
        rec["error"] = f"{type(exc).__name__}: {exc}"[:1000]
        raise
    finally:
        rec.update(ended_at=_now(), seconds=round(time.perf_counter() - t0, 3),
                   peak_rss_mb=_peak_rss_mb(), host=socket.gethostname(), pid=os.getpid())
        name = f"{task}-{key}.json" if key else f"{task}.json"
        try:
            _write(metrics_dir(run_dir) / name, rec)
        except (OSError, UserError) as exc:  # UserError: a landing-zone store failure
            log.warning("metrics: could not write %s: %s", name, exc)
        log.info("metrics %s%s: articles in=%d out=%d, facts=%d, errors=%d, %.2fs, %s",
                 task, f"[{key}]" if key else "", rec["articles_in"], rec["articles_out"],
                 rec["facts_out"], rec["errors"], rec["seconds"], rec["status"])
        if flush_to is not None:
            try:
                flush(flush_to, run_id, run_dir)
            except Exception as exc:  # metrics never fail a run
                log.warning("metrics: could not flush run %s to the warehouse: %s", run_id, exc)


def read_records(run_dir: Location | Path | str) -> tuple[dict, list[dict]]:
    d = location(run_dir) / "metrics"
    info, records = {}, []
    for p in d.glob("*.json"):  # none if the folder does not exist
        try:
            data = p.read_json()
        except (OSError, ValueError):
            continue
        if p.name == "_run.json":
            info = data
        else:
            records.append(data)
    return info, records


def _sum(records: list[dict], task: str, field: str) -> int:
    return sum(int(r.get(field) or 0) for r in records if r.get("task") == task)


def summarize(run_id: str, info: dict, records: list[dict]) -> dict:
    """One pipeline_runs row from a run's task records."""
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
    published = any(r.get("task") == "publish" and r.get("status") == "success"
                    for r in records)
    status = "failed" if failed else ("success" if published else "running")
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
        "status": status, "failed_task": failed[0]["task"] if failed else None,
        "started_at": started, "ended_at": ended, "duration_s": duration,
        "articles_discovered": _sum(records, "discover", "articles_out"),
        "articles_fetched": _sum(records, "fetch", "articles_out"),
        "articles_archived": _sum(records, "archived", "articles_out"),
        "articles_extracted": extracted,
        "facts_extracted": _sum(records, "extract", "facts_out"),
        "facts_loaded": _sum(records, "load", "facts_out"),
        "facts_published": _sum(records, "publish", "facts_out"),
        "fetch_errors": fetch_errors, "extract_errors": extract_errors,
        "errors": sum(int(r.get("errors") or 0) for r in records) + len(failed),
        "error_rate": round((fetch_errors + extract_errors) / attempted, 4) if attempted else 0.0,
        "articles_per_s": round(extracted / duration, 3) if duration else None,
        "max_task_rss_mb": max(rss) if rss else None, "tasks": len(records),
    }


def flush(settings, run_id: str, run_dir: Location | Path | str | None = None) -> dict:
    """Write the run's task records and its summary row into the warehouse (idempotent)."""
    from newsfacts.warehouse import connect

    if run_dir is None:
        raise ValueError("metrics.flush needs the run's folder")
    run_dir = settings.landing.at(run_dir)
    info, records = read_records(run_dir)
    row = summarize(run_id, info, records)
    task_rows = [(run_id, r["task"], r.get("map_key") or "", r.get("status"),
                  r.get("started_at"), r.get("ended_at"), r.get("seconds"),
                  *(int(r.get(c) or 0) for c in COUNTS), r.get("peak_rss_mb"), r.get("host"),
                  r.get("pid"), r.get("error"), json.dumps(r.get("detail") or {}, default=str))
                 for r in records]
    with connect(settings.warehouse) as con:
        con.execute("create schema if not exists audit")
        con.execute(TASK_RUNS_DDL)
        con.execute(RUNS_DDL)
        con.execute("begin transaction")
        try:
            con.execute("delete from audit.pipeline_task_runs where run_id = ?", [run_id])
            if task_rows:
                con.executemany("insert into audit.pipeline_task_runs values "
                                f"({', '.join('?' * 16)})", task_rows)
            con.execute("delete from audit.pipeline_runs where run_id = ?", [run_id])
            con.execute(f"insert into audit.pipeline_runs values ({', '.join('?' * 26)})",
                        [*(row[c] for c in RUN_COLUMNS), datetime.now(UTC)])
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
    return row
