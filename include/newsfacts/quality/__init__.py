"""The quality gate: Write-Audit-Publish with Great Expectations suites kept as code.

    suites.py      every check, with its severity (quarantine a row / stop the run)
    raw.py         the raw-batch gate, run by the load step before anything is inserted
    marts.py       the mart gate, run by the audit step before publish
    runner.py      GX validation of DataFrames; a gate's result (GateResult)
    docs.py        GX data docs (file context under NEWSFACTS_HOME/gx)
    report.py      each gate's own HTML report: offline, no script, every value escaped
    alerts.py      the Airflow on-failure callback: alerts.jsonl + optional webhook

A gate returns what it found; the step that ran it stores the results (audit.*,
raw.quarantine) through newsfacts.warehouse and raises GateFailed. Importing this package is
cheap: Great Expectations is imported only when a suite runs.
"""

from newsfacts.errors import GateFailed
from newsfacts.quality.marts import audit_marts, validate_frames
from newsfacts.quality.raw import gate_batches
from newsfacts.quality.runner import GateResult
from newsfacts.quality.suites import MAX_FORCE_SIZE, mart_suites, raw_batch_suites

__all__ = ["MAX_FORCE_SIZE", "GateFailed", "GateResult", "audit_marts", "gate_batches",
           "mart_suites", "raw_batch_suites", "validate_frames"]
