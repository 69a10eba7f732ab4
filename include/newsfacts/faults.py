"""Checkpoints where a test can stop a run: the reliability tests kill the pipeline (SIGKILL)
at each of its steps, or hold a run while another process does something, and need the
run to be *in* that step when they do.

A step calls :func:`checkpoint` at a point inside its work (after the first page fetched,
between two batches loaded, while dbt runs...). Nothing happens unless the settings' test
hook names that checkpoint (``NEWSFACTS_TEST_HOLD=<name>``, never set in production): then
the run writes ``<name>.reached`` (its pid) into ``NEWSFACTS_TEST_HOLD_DIR`` and waits until
a ``<name>.release`` file appears there (or :data:`MAX_HOLD` seconds pass).
"""

from __future__ import annotations

import logging
import os
import time

log = logging.getLogger("newsfacts.faults")

CHECKPOINTS = ("discover", "fetch", "plan", "extract", "load", "dbt_build", "audit",
               "publish")
MAX_HOLD = 900.0


def checkpoint(settings, name: str) -> None:
    if settings.test_hold != name:
        return
    folder = settings.test_hold_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.reached").write_text(str(os.getpid()))
    log.info("test hold: waiting at checkpoint %s", name)
    release = folder / f"{name}.release"
    deadline = time.monotonic() + MAX_HOLD
    while not release.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"test hold at {name}: nobody released it in {MAX_HOLD:.0f}s")
        time.sleep(0.05)
