"""Through the real Airflow DAG (`airflow dags test`): a batch whose articles all lost their
text fails the raw-batch gate in the `load` task, without retries, nothing is published,
and the on-failure callback writes the alert line and POSTs it to a webhook receiver on
127.0.0.1."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading

import pytest
from support import migrated_airflow_home

from newsfacts.settings import REPO_DIR

pytestmark = pytest.mark.e2e

STUB = ("<html><head><title>Stub {i}</title></head><body><article><p>Read more.</p>"
        "</article></body></html>")


def test_gate_failure_in_airflow_fails_the_task_and_alerts(tmp_path, tmp_path_factory):
    received: list[dict] = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, format, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    drop = tmp_path / "drop"
    drop.mkdir()
    for i in range(6):  # pages whose text is a stub: every article fails the text checks
        (drop / f"stub-{i}.html").write_text(STUB.format(i=i))
    sources = tmp_path / "sources.yml"
    sources.write_text(f"sources:\n  - {{name: inbox, kind: folder, path: \"{drop}\"}}\n")
    home = tmp_path / "home"
    env = {**os.environ, "NEWSFACTS_HOME": str(home), "NEWSFACTS_SOURCES": str(sources),
           "NEWSFACTS_ALERT_WEBHOOK": f"http://127.0.0.1:{server.server_address[1]}/alert",
           "AIRFLOW_HOME": str(tmp_path / "airflow"),
           "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_DIR / "dags"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "GX_ANALYTICS_ENABLED": "False"}
    migrated_airflow_home(tmp_path_factory, env)
    try:
        proc = subprocess.run([sys.executable, "-m", "newsfacts.airflow_run", "newsfacts",
                               "--no-summary"], env=env, capture_output=True, text=True,
                              timeout=600)
    finally:
        server.shutdown()
        server.server_close()
    assert proc.returncode != 0, proc.stdout[-3000:]
    assert "GateFailed" in proc.stderr and "body_text" in proc.stderr, proc.stderr[-3000:]
    assert not (home / "published" / "newsfacts.duckdb").exists()  # nothing published
    alerts = [json.loads(x) for x in
              (home / "alerts" / "alerts.jsonl").read_text().splitlines()]
    load_alerts = [a for a in alerts if a["task_id"] == "load"]
    assert len(load_alerts) == 1  # failed once: a gate failure is not retried
    alert = load_alerts[0]
    assert alert["dag_id"] == "newsfacts" and alert["gate_failed"] is True
    assert alert["try_number"] == 1 and alert["run_id"] and alert["log_url"]
    assert "raw batch gate failed" in alert["exception"]
    assert alert["webhook"] == "sent"
    assert [a["task_id"] for a in received] == [a["task_id"] for a in alerts]
