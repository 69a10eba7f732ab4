"""Alerting: what a failed task reports (the DAG's on-failure callback, through the
Airflow adapter newsfacts.airflow_context, calls :func:`report_failure`).

Every task failure appends one JSON line to settings.alerts_file
(NEWSFACTS_HOME/alerts/alerts.jsonl):

    {"alerted_at", "dag_id", "run_id", "task_id", "map_index", "try_number",
     "exception_type", "exception", "gate_failed", "log_url"}

and, when NEWSFACTS_ALERT_WEBHOOK is set, POSTs the same JSON to it (5 s timeout). An alert
must never make things worse: nothing here raises; a failed POST is logged and noted in the
JSON line (`webhook_error`). The failed task comes as a plain TaskRun: nothing here knows
Airflow's context.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from newsfacts.errors import GateFailed
from newsfacts.settings import Settings

if TYPE_CHECKING:
    from newsfacts.airflow_context import TaskRun

log = logging.getLogger("newsfacts.alerts")

WEBHOOK_TIMEOUT = 5.0
MAX_EXCEPTION_CHARS = 8000


def build_alert(run: TaskRun) -> dict:
    """The structured alert for one failed task."""
    exc = run.exception
    return {
        "alerted_at": datetime.now(UTC).isoformat(),
        "dag_id": run.dag_id,
        "run_id": run.run_id,
        "task_id": run.task_id,
        "map_index": run.map_index,
        "try_number": run.try_number,
        "exception_type": type(exc).__name__ if exc is not None else None,
        "exception": _masked(exc)[:MAX_EXCEPTION_CHARS] if exc is not None else None,
        "gate_failed": isinstance(exc, GateFailed),
        "log_url": run.log_url,
    }


def _masked(text, url: str | None = None) -> str:
    """``text`` with credentials masked; with ``url``, the webhook URL itself, its user and
    password too (newsfacts.sanitize)."""
    from newsfacts.sanitize import mask_secrets, url_secrets

    return mask_secrets(text, url_secrets(url, whole=True))


def _request(url: str, body: bytes):
    """The POST; credentials of the URL (``https://user:pass@host/...``) become an HTTP
    Basic Authorization header, never part of the request line."""
    import base64
    from urllib.parse import unquote, urlsplit, urlunsplit

    headers = {"Content-Type": "application/json", "User-Agent": "newsfacts-alerts"}
    parts = urlsplit(url)
    if "@" in parts.netloc:
        userinfo, host = parts.netloc.rsplit("@", 1)
        user, _, password = userinfo.partition(":")
        token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode())
        headers["Authorization"] = "Basic " + token.decode("ascii")
        url = urlunsplit(parts._replace(netloc=host))
    return urllib.request.Request(url, data=body, method="POST", headers=headers)


def post_webhook(url: str, alert: dict, timeout: float | None = None) -> str | None:
    """POST the alert as JSON; returns None on a 2xx answer, else the error (never raises).
    The webhook URL is a credential: no error repeats it, its user or its password."""
    timeout = timeout or WEBHOOK_TIMEOUT
    try:
        req = _request(url, json.dumps(alert, default=str).encode("utf-8"))
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if 200 <= resp.status < 300:
                return None
            return f"HTTP {resp.status}"
    except Exception as exc:
        return _masked(f"{type(exc).__name__}: {exc}", url)[:500]


def write_alert(settings: Settings, alert: dict) -> dict:
    """Append the alert to alerts.jsonl (and POST it if a webhook is configured)."""
    if settings.alert_webhook:
        error = post_webhook(settings.alert_webhook, alert)
        alert = {**alert, "webhook": "sent" if error is None else "failed"}
        if error:
            alert["webhook_error"] = error
            log.warning("alert webhook failed: %s", error)
    path = settings.alerts_file
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(alert, default=str, ensure_ascii=False) + "\n")
    return alert


def report_failure(run: TaskRun, settings: Settings | None = None) -> dict | None:
    """Write (and post) the alert of a failed task. Never raises."""
    try:
        settings = settings or Settings.from_env()
        alert = write_alert(settings, build_alert(run))
        log.error("ALERT %s.%s failed (run %s): %s", alert.get("dag_id"),
                  alert.get("task_id"), alert.get("run_id"),
                  (alert.get("exception") or "").splitlines()[0:1])
        return alert
    except Exception as exc:  # the callback must never mask the task's own failure
        log.exception("could not write the failure alert: %s", exc)
        return None
