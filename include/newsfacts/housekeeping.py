"""What a run does first, once it holds its home (newsfacts.lock): clean up after runs that
died, and keep what the pipeline writes from growing without bound.

- Temporary files a killed publish leaves beside the published file
  (``newsfacts.duckdb.tmp-<pid>`` and its ``.wal``), half-written Parquet export folders
  (newer than ``current``), half-written docs folders and swap links: swept at every start
  (a full disk stays full otherwise). When the run took its home over from a dead run, the
  temporary files of interrupted whole-file writes (``.<name>.<pid>.<hex>.tmp``,
  newsfacts.atomic) in the archive and the fetch state are swept too, and the dead run is
  marked ended (failed) so newsfacts status never shows it running again.
- Retention (NEWSFACTS_RETENTION_DAYS, 0 = keep everything): run folders of the landing
  zone, `newsfacts fetch` logs, run logs and Great Expectations validation results and
  their data docs pages older than that are deleted. The archive, the fetch state and the
  warehouses are history and are never expired.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsfacts.runfolder import RunFolder
from newsfacts.settings import Settings

log = logging.getLogger("newsfacts.housekeeping")

ATOMIC_TMP = re.compile(r"^\..+\.\d+\.[0-9a-f]+\.tmp$")  # newsfacts.atomic's temporary names
_DATE = re.compile(r"(20\d\d)-?([01]\d)-?([0-3]\d)")


def _remove(path: Path) -> bool:
    try:
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        else:
            return False
    except FileNotFoundError:
        return False
    return True


def sweep_published(settings: Settings) -> list[Path]:
    """Leftovers of a publish that did not finish: the published file's temporary copy (and
    its WAL), export folders newer than the one `current` points at (all of them when none
    is current), docs folders nothing links to, and the temporary swap links."""
    found: list[Path] = []
    pub = settings.published
    folder = pub.parent
    if folder.is_dir():
        found += [p for p in folder.glob(f"{pub.name}.tmp-*")]
        found += [p for p in folder.glob(".docs-*") if p.is_symlink() or p.is_file()]
        docs = settings.docs
        linked = os.readlink(docs) if docs.is_symlink() else None
        found += [p for p in folder.glob("docs-*") if p.is_dir() and p.name != linked]
    exports = settings.exports
    if exports.is_dir():
        current = exports / "current"
        target = os.readlink(current) if current.is_symlink() else None
        found += [p for p in exports.glob(".current-*")]
        found += [p for p in exports.iterdir() if p.is_dir() and not p.is_symlink()
                  and (target is None or p.name > target)]
    return [p for p in found if _remove(p)]


def sweep_interrupted_writes(settings: Settings) -> list[Path]:
    """Temporary files of whole-file writes a killed process left in the archive and the
    fetch state (their names never clash with a real file's)."""
    found = []
    for root in (settings.archive, settings.state):
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                if ATOMIC_TMP.match(name):
                    path = Path(dirpath) / name
                    if _remove(path):
                        found.append(path)
    return found


def _folder_started(folder: RunFolder) -> datetime | None:
    """When a run folder's run started: the date in its run id (Airflow's and ours carry
    one), else the local folder's modification time."""
    m = _DATE.search(folder.path.name)
    if m:
        with contextlib.suppress(ValueError):
            return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), tzinfo=UTC)
    if folder.path.local:
        with contextlib.suppress(OSError):
            return datetime.fromtimestamp(os.path.getmtime(folder.path.url), UTC)
    return None


def _old_files(root: Path, cutoff: float) -> list[Path]:
    out = []
    if root.is_dir():
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                p = Path(dirpath) / name
                with contextlib.suppress(OSError):
                    if p.stat().st_mtime < cutoff and not name.startswith(".ge_store"):
                        out.append(p)
    return out


def _prune_empty(root: Path) -> None:
    if not root.is_dir():
        return
    for dirpath, dirs, files in os.walk(root, topdown=False):
        if dirpath != str(root) and not dirs and not files:
            with contextlib.suppress(OSError):
                os.rmdir(dirpath)


def apply_retention(settings: Settings, keep: set[str]) -> dict[str, int]:
    """Delete what is older than NEWSFACTS_RETENTION_DAYS; ``keep``: run ids never deleted
    (the run starting now). Returns what was deleted, by kind."""
    days = settings.retention_days
    removed = {"run_folders": 0, "logs": 0, "gx_results": 0}
    if days <= 0:
        return removed
    cutoff = datetime.now(UTC) - timedelta(days=days)
    keep_names = {RunFolder(settings.landing, r).path.name for r in keep if r}
    for folder in RunFolder.all(settings.landing):
        if folder.path.name in keep_names:
            continue
        started = _folder_started(folder)
        if started is not None and started < cutoff:
            folder.path.remove_tree()
            removed["run_folders"] += 1
    stamp = cutoff.timestamp()
    cli_logs = settings.landing / "fetch-log"
    if settings.landing.local:
        for p in _old_files(Path(cli_logs.url), stamp):
            removed["logs"] += _remove(p)
    for p in _old_files(settings.logs, stamp):
        removed["logs"] += _remove(p)
    uncommitted = settings.gx_project / "gx" / "uncommitted"
    for sub in (uncommitted / "validations",
                uncommitted / "data_docs" / "local_site" / "validations"):
        for p in _old_files(sub, stamp):
            removed["gx_results"] += _remove(p)
        _prune_empty(sub)
    return removed


def start_of_run(settings: Settings, run_id: str, replaced=None) -> dict:
    """Run by the first step of every run, holding the home. ``replaced``: the hold of a
    dead run this one took the home over from (newsfacts.lock.Hold), or None."""
    from newsfacts.metrics import mark_ended

    t0 = time.monotonic()
    report: dict = {"swept": [str(p) for p in sweep_published(settings)]}
    if replaced is not None:
        report["swept"] += [str(p) for p in sweep_interrupted_writes(settings)]
        if replaced.run_id:
            mark_ended(RunFolder.of(settings, replaced.run_id),
                       f"killed: its process died (pid {replaced.pid} on {replaced.host}); "
                       f"found by run {run_id}")
            report["replaced"] = replaced.run_id
    report["expired"] = apply_retention(settings, keep={run_id})
    if report["swept"]:
        log.warning("housekeeping: removed %d leftovers of an interrupted run: %s",
                    len(report["swept"]), ", ".join(report["swept"][:5]))
    expired = {k: v for k, v in report["expired"].items() if v}
    if expired:
        log.info("housekeeping: retention %dd removed %s", settings.retention_days,
                 ", ".join(f"{v} {k}" for k, v in expired.items()))
    report["seconds"] = round(time.monotonic() - t0, 3)
    return report
