"""The quality gate: Write-Audit-Publish with Great Expectations suites kept as code.

    suites.py      every check, with its severity (quarantine a row / stop the run)
    raw.py         the raw-batch gate, run by the load step before anything is inserted
    marts.py       the mart gate, run by the audit step before publish
    quarantine.py  raw.quarantine: articles set aside, with the reason
    runner.py      GX validation of DataFrames; audit tables
    docs.py        GX data docs (file context under NEWSFACTS_HOME/gx)
    alerts.py      the Airflow on-failure callback: alerts.jsonl + optional webhook

Importing this package is cheap: Great Expectations is imported only when a suite runs.
"""

from newsfacts.errors import GateFailed
from newsfacts.quality.marts import audit_marts, read_marts, validate_frames
from newsfacts.quality.raw import gate_batches
from newsfacts.quality.suites import MAX_FORCE_SIZE, mart_suites, raw_batch_suites

__all__ = ["MAX_FORCE_SIZE", "GateFailed", "audit_marts", "gate_batches", "mart_suites",
           "raw_batch_suites", "read_marts", "validate_frames"]
