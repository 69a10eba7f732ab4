"""Credentials are masked in every message (newsfacts.sanitize.mask_secrets): a landing-zone
error never repeats an endpoint's ``user:pass@`` or the AWS keys (real s3fs against moto's
S3 server on loopback), an alert never repeats the webhook URL or its password (a real HTTP
receiver on loopback), and the CLI prints configuration errors masked and escaped."""

from __future__ import annotations

import base64
import http.server
import json
import socket
import threading
from typing import ClassVar

import pytest

from newsfacts.airflow_context import TaskRun
from newsfacts.cli import main
from newsfacts.quality import alerts
from newsfacts.sanitize import mask_secrets, printable, url_secrets
from newsfacts.settings import Settings
from newsfacts.storage import StorageError, location

PASSWORD = "pw-Lq93vZ"


# --- the helper -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("cannot reach http://ann:secret@minio:9000/b", "cannot reach http://***@minio:9000/b"),
    ("s3://AKIA1:k3y@bucket/prefix and https://x.example/", "s3://***@bucket/prefix and "
     "https://x.example/"),
    ("https://tok-only@git.example/r", "https://***@git.example/r"),
    ("'http://u:p@ss@h:1/x'", "'http://***@h:1/x'"),  # an unencoded @ in the password
    ("GET https://h/f?api_key=abc123&page=2#t", "GET https://h/f?api_key=***&page=2#t"),
    ("https://b.s3/x?X-Amz-Signature=f00d&X-Amz-Credential=AK%2F1", "https://b.s3/x?"
     "X-Amz-Signature=***&X-Amz-Credential=***"),
    ("mail ann@example.com at http://host/path", "mail ann@example.com at http://host/path"),
    ("file:///srv/a@b/page.html", "file:///srv/a@b/page.html"),
    (None, ""),
])
def test_mask_secrets(text, expected):
    assert mask_secrets(text) == expected


def test_literal_secrets_and_url_parts():
    url = "https://hooks.example/services/T0/B0?x=1"
    assert mask_secrets(f"unknown url type: {url!r}", url_secrets(url, whole=True)) == \
        "unknown url type: '***'"
    parts = url_secrets(f"http://bot:{PASSWORD}@alerts.example/hook")
    assert parts == [f"bot:{PASSWORD}", PASSWORD, PASSWORD]
    assert mask_secrets(f"port '{PASSWORD}@alerts.example'", parts) == "port '***@alerts.example'"
    assert mask_secrets("the key abc is short", ["abc"]) == "the key abc is short"


def test_printable_escapes_controls_and_bidi():
    assert printable("a\x1b[2Jb\x00c\u202ed\u2066e\x7f\x85") == \
        "a\\x1b[2Jb\\x00c\\u202ed\\u2066e\\x7f\\x85"
    assert printable("line\r\nnext\ttab") == "line\\x0d\\x0anext\\x09tab"
    assert printable("line\nnext\ttab", keep="\n\t") == "line\nnext\ttab"
    assert printable("Zürich \u201cquoted\u201d") == "Zürich \u201cquoted\u201d"


# --- the landing zone -------------------------------------------------------------------

@pytest.fixture(scope="module")
def moto_endpoint():
    moto_server = pytest.importorskip("moto.server")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"{host}:{port}"
    finally:
        server.stop()


def test_storage_errors_never_repeat_credentials(moto_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDTESTING77")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret-Hq27Lm")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    cases = [
        ("s3://no-such-bucket/landing/run/x.json", f"http://minio:{PASSWORD}@{moto_endpoint}"),
        (f"s3://AKIDTESTING77:{PASSWORD}@no-such-bucket/x.json", f"http://{moto_endpoint}"),
        ("s3://no-such-bucket/landing/x.json", f"http://{moto_endpoint}"),
    ]
    for url, endpoint in cases:
        loc = location(url, options={"endpoint_url": endpoint})
        with pytest.raises(StorageError) as err:
            loc.write_text("{}")
        message = str(err.value)
        assert message.startswith("landing zone: cannot write s3://")
        assert "no-such-bucket" in message and "check the bucket" in message
        for secret in (PASSWORD, "aws-secret-Hq27Lm", "AKIDTESTING77:"):
            assert secret not in message, (secret, message)
    assert f"(endpoint http://{moto_endpoint})" in message  # a public endpoint stays named


# --- alerts -----------------------------------------------------------------------------

class _Receiver(http.server.BaseHTTPRequestHandler):
    received: ClassVar[list] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).received.append({"path": self.path, "auth": self.headers["Authorization"],
                                    "body": json.loads(body)})
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def receiver():
    handler = type("Handler", (_Receiver,), {"received": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler, server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _alert_settings(tmp_path, webhook: str) -> Settings:
    return Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home"),
                              "NEWSFACTS_ALERT_WEBHOOK": webhook})


def _failed(exc: Exception) -> TaskRun:
    return TaskRun(dag_id="newsfacts", task_id="load", run_id="manual__2026-12-06",
                   exception=exc)


def test_webhook_credentials_go_in_a_header_and_never_into_the_alert(tmp_path, receiver):
    handler, port = receiver
    settings = _alert_settings(tmp_path, f"http://bot:{PASSWORD}@127.0.0.1:{port}/hooks/nf")
    exc = RuntimeError(f"landing zone unreachable at http://svc:{PASSWORD}@minio:9000/b")
    alert = alerts.report_failure(_failed(exc), settings=settings)
    assert alert["webhook"] == "sent"
    [post] = handler.received
    assert post["path"] == "/hooks/nf"
    assert post["auth"] == "Basic " + base64.b64encode(f"bot:{PASSWORD}".encode()).decode()
    assert post["body"]["exception"] == "landing zone unreachable at http://***@minio:9000/b"
    assert PASSWORD not in settings.alerts_file.read_text()


@pytest.mark.parametrize("make_url", [
    lambda port: f"http://bot:{PASSWORD}@127.0.0.1:{port}/hooks/nf",  # nobody listens
    # no port: urllib alone would read "<password>@127.0.0.1" as one and quote it back
    lambda port: f"http://bot:{PASSWORD}@127.0.0.1/hooks/nf",
    lambda port: f"htp://bot:{PASSWORD}@127.0.0.1:{port}/hooks/nf",  # a typo in the scheme
    lambda port: f"http://127.0.0.1:{port}/services/{PASSWORD}",  # the URL is the secret
])
def test_failed_webhook_errors_are_masked(tmp_path, make_url, caplog):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = _alert_settings(tmp_path, make_url(port))
    alert = alerts.report_failure(_failed(RuntimeError("disk full")), settings=settings)
    assert alert["webhook"] == "failed" and alert["webhook_error"]
    for text in (json.dumps(alert), settings.alerts_file.read_text(), caplog.text):
        assert PASSWORD not in text


# --- the command line -------------------------------------------------------------------

def test_cli_error_lines_are_masked_and_escaped(tmp_path, capsys):
    bad = tmp_path / "sources.yml"
    bad.write_text("sources:\n  - {name: a, kind: rss, url: 'ftp://reader:"
                   f"{PASSWORD}@feeds.example/x'}}\n")
    assert main(["fetch", "--sources", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsfacts fetch: ") and err.count("\n") == 1
    assert PASSWORD not in err and "ftp://***@feeds.example/x" in err
    # a file name is operator input too: its control characters are shown, not obeyed
    missing = tmp_path / "feeds\x1b[2J\u202eymal.yml"
    assert main(["fetch", "--sources", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "sources file not found" in err and err.count("\n") == 1
    assert "\x1b" not in err and "\u202e" not in err
    assert "feeds\\x1b[2J\\u202eymal.yml" in err
