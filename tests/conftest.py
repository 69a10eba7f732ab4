"""Shared fixtures: isolated settings per test, the demo site served over real HTTP on
loopback, the demo warehouse built once per session, and synthetic extract batches for
warehouse tests."""

from __future__ import annotations

import functools
import http.server
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

# Airflow reads its home when first imported: give the test session a private one, never the
# user's ~/airflow. Subprocess runs (the end-to-end tests) set their own.
os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="newsfacts-airflow-"))
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from newsfacts.settings import DEMO_DIR, REPO_DIR, Settings

SHARED_EVAL = REPO_DIR.parent / "shared" / "eval"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home")})
    s.ensure_dirs()
    return s


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def demo_server() -> Iterator[str]:
    """The bundled demo site (feed + article pages) on http://127.0.0.1:<port>/."""
    handler = functools.partial(_QuietHandler, directory=str(DEMO_DIR / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def demo_sources(tmp_path: Path, demo_server: str) -> Path:
    """A sources file that reads the demo feed over loopback HTTP."""
    path = tmp_path / "sources.yml"
    path.write_text(
        "sources:\n"
        f"  - {{name: harbour-gazette, kind: rss, url: \"{demo_server}/feed.xml\", "
        "allow_private: true, rate_limit: 0}\n")
    return path


@pytest.fixture(scope="session")
def demo_warehouse(tmp_path_factory) -> Settings:
    """The demo warehouse, built once per session by the real pipeline (run_local: extract,
    load, dbt build, GX audit, publish) from the bundled demo corpus. Readers only: tests
    that write to a warehouse build their own."""
    from newsfacts.pipeline import run_local

    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path_factory.mktemp("demo") / "home")})
    assert run_local(sources=None, settings=s) == 0
    return s
