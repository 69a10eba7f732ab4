"""The alerting hook: the on-failure callback (through the Airflow adapter) writes a
structured alert line and POSTs it to a webhook (a real HTTP receiver on 127.0.0.1); it
never raises, even when the webhook is down or slow; the DAG wires it into every task."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from types import SimpleNamespace
from typing import ClassVar

import pytest

from newsfacts.airflow_context import on_failure_callback, task_run
from newsfacts.errors import GateFailed
from newsfacts.quality import alerts
from newsfacts.settings import Settings


class _Receiver(http.server.BaseHTTPRequestHandler):
    received: ClassVar[list] = []
    delay = 0.0
    status = 204

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        time.sleep(self.delay)
        type(self).received.append({"path": self.path, "type": self.headers["Content-Type"],
                                     "body": json.loads(body)})
        self.send_response(self.status)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def receiver():
    handler = type("Handler", (_Receiver,), {"received": [], "delay": 0.0, "status": 204})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler, f"http://127.0.0.1:{server.server_address[1]}/hooks/newsfacts"
    finally:
        server.shutdown()
        server.server_close()


def _context(exc: Exception) -> dict:
    """What Airflow hands an on_failure_callback (the fields the alert reads)."""
    ti = SimpleNamespace(dag_id="newsfacts", task_id="audit", run_id="manual__2026-11-27",
                         map_index=-1, try_number=1,
                         log_url="http://localhost:8080/dags/newsfacts/runs/manual__2026-11-27"
                                 "/tasks/audit?try_number=1")
    return {"ti": ti, "run_id": ti.run_id, "exception": exc}


def _settings(tmp_path, webhook: str | None = None) -> Settings:
    env = {"NEWSFACTS_HOME": str(tmp_path / "home")}
    if webhook:
        env["NEWSFACTS_ALERT_WEBHOOK"] = webhook
    return Settings.from_env(env)


def _lines(settings: Settings) -> list[dict]:
    return [json.loads(x) for x in settings.alerts_file.read_text().splitlines()]


def test_gate_failure_alert_is_written_and_posted(tmp_path, receiver):
    handler, url = receiver
    settings = _settings(tmp_path, url)
    exc = GateFailed("quality gate failed; nothing will be published:\n"
                     "  fct_visit.visit_key: expect_column_values_to_be_unique ...")
    alert = on_failure_callback(_context(exc), settings=settings)
    assert alert["webhook"] == "sent"
    [line] = _lines(settings)
    assert line["dag_id"] == "newsfacts" and line["task_id"] == "audit"
    assert line["run_id"] == "manual__2026-11-27" and line["try_number"] == 1
    assert line["gate_failed"] is True and line["exception_type"] == "GateFailed"
    assert "fct_visit.visit_key" in line["exception"]
    assert line["log_url"].endswith("tasks/audit?try_number=1")
    [post] = handler.received
    assert post["path"] == "/hooks/newsfacts" and post["type"] == "application/json"
    assert post["body"]["exception"] == line["exception"]
    assert post["body"]["task_id"] == "audit"


def test_settings_read_the_webhook_from_the_environment(tmp_path):
    assert _settings(tmp_path).alert_webhook is None
    assert _settings(tmp_path, "http://127.0.0.1:9/x").alert_webhook == "http://127.0.0.1:9/x"


def test_webhook_down_never_raises_and_the_alert_is_still_written(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = _settings(tmp_path, f"http://127.0.0.1:{port}/hook")
    alert = on_failure_callback(_context(RuntimeError("disk full")), settings=settings)
    assert alert["webhook"] == "failed" and "webhook_error" in alert
    [line] = _lines(settings)
    assert line["gate_failed"] is False and line["exception"] == "disk full"


def test_slow_or_failing_webhook_times_out(tmp_path, receiver, monkeypatch):
    handler, url = receiver
    handler.delay = 2.0
    monkeypatch.setattr(alerts, "WEBHOOK_TIMEOUT", 0.3)
    settings = _settings(tmp_path, url)
    t0 = time.perf_counter()
    alert = alerts.write_alert(settings, alerts.build_alert(task_run(_context(RuntimeError("x")))))
    assert time.perf_counter() - t0 < 1.5
    assert alert["webhook"] == "failed" and "timed out" in alert["webhook_error"]
    handler.delay, handler.status = 0.0, 500
    alert = alerts.write_alert(settings, alerts.build_alert(task_run(_context(RuntimeError("y")))))
    assert alert["webhook"] == "failed" and "500" in alert["webhook_error"]


def test_callback_survives_a_broken_context(tmp_path):
    settings = _settings(tmp_path)
    assert on_failure_callback({}, settings=settings)["task_id"] is None
    assert on_failure_callback(None, settings=settings) is not None

    class Exploding:  # a task instance whose properties need a live API
        @property
        def log_url(self):
            raise RuntimeError("no API server")

    run = task_run({"ti": Exploding(), "run_id": "r1", "exception": ValueError("v")})
    assert (run.run_id, run.log_url) == ("r1", None)


def test_the_adapter_reads_airflow_context_into_a_plain_run():
    class RunType:  # Airflow's DagRunType is an enum
        value = "backfill"

    ctx = {**_context(RuntimeError("x")), "params": {"sources": "s.yml"},
           "dag_run": SimpleNamespace(run_type=RunType(), dag_id="newsfacts", run_id="x"),
           "data_interval_start": "2026-10-01T00:00:00+00:00"}
    run = task_run(ctx)
    assert (run.dag_id, run.task_id, run.run_id, run.run_type) == \
        ("newsfacts", "audit", "manual__2026-11-27", "backfill")
    assert run.params == {"sources": "s.yml"} and run.map_index == -1
    assert run.data_interval_start == "2026-10-01T00:00:00+00:00"


def test_library_code_never_reads_airflow_context():
    """Only the adapter (and the DAG file) know the shape of Airflow's context."""
    import re

    from newsfacts.settings import PACKAGE_DIR

    pattern = re.compile(r"[\"'](?:ti|task_instance|dag_run)[\"']|\.dag_run\b|\bti\.")
    readers = sorted(p.relative_to(PACKAGE_DIR).as_posix() for p in PACKAGE_DIR.rglob("*.py")
                     if pattern.search(p.read_text(encoding="utf-8")))
    assert readers == ["airflow_context.py"]


def test_dag_wires_the_callback_and_gates_do_not_retry():
    from airflow.dag_processing.dagbag import DagBag

    from newsfacts.settings import REPO_DIR

    dag = DagBag(dag_folder=str(REPO_DIR / "dags")).dags["newsfacts"]
    for task in dag.tasks:
        callbacks = task.on_failure_callback
        callbacks = callbacks if isinstance(callbacks, list) else [callbacks]
        assert any(getattr(c, "__name__", "") == "_alert" for c in callbacks), task.task_id
    for gate in ("load", "dbt_build", "audit"):  # GateFailed is deterministic
        assert dag.get_task(gate).retries == 0
