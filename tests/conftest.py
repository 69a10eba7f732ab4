"""Shared fixtures: isolated settings per test, the demo site served over real HTTP on
loopback, the demo warehouse built once per session, and synthetic extract batches for
warehouse tests."""

from __future__ import annotations

import atexit
import functools
import http.server
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

# Airflow reads its home when first imported: give the test session a private one, never the
# user's ~/airflow, removed when the process that made it exits (xdist workers inherit it).
# Subprocess runs (the end-to-end tests) set their own.
if "AIRFLOW_HOME" not in os.environ:
    os.environ["AIRFLOW_HOME"] = tempfile.mkdtemp(prefix="newsfacts-airflow-")
    atexit.register(shutil.rmtree, os.environ["AIRFLOW_HOME"], ignore_errors=True)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from support import built_once, parsed_dbt_project, published_baseline

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
    """The demo warehouse, built once per test run (shared by the xdist workers) by the real
    pipeline (run_local: extract, load, dbt build, GX audit, publish) from the bundled demo
    corpus. Readers only: tests that write to a warehouse build their own."""
    from newsfacts.pipeline import run_local

    def build(folder: Path) -> None:
        s = Settings.from_env({"NEWSFACTS_HOME": str(folder / "home")})
        parsed_dbt_project(tmp_path_factory, s)
        assert run_local(sources=None, settings=s) == 0

    folder = built_once(tmp_path_factory, "demo", build)
    return Settings.from_env({"NEWSFACTS_HOME": str(folder / "home")})


@pytest.fixture(scope="session")
def baseline_home(tmp_path_factory) -> Path:
    """A warehouse home with one passing, published run of six synthetic articles (the
    quality gates' baseline; support.published_baseline), built once per test run. Readers
    only: tests that write copy it first."""
    return published_baseline(tmp_path_factory)


# The longest test files (pytest time of their tests and module fixtures, longest first).
# scripts/test.sh hands out whole files to two workers in collection order
# (--dist loadfile --no-loadscope-reorder): these go first, so the two workers finish
# together instead of one running the last long file alone (xdist's default order, most
# tests first, puts the extractor's many quick files first and these last).
LONGEST_FIRST = (
    "tests/warehouse/test_incremental_marts.py",
    "tests/e2e/test_airflow_e2e.py",
    "tests/explore/test_readme.py",
    "tests/reliability/test_faults.py",
    "tests/storage/test_s3_landing.py",
    "tests/scale/test_replay_backfill_status.py",
    "tests/e2e/test_fetch_then_dag.py",
    "tests/quality/test_raw_gate.py",
    "tests/pipeline/test_gate_and_publish.py",
    "tests/quality/test_mart_gate.py",
    "tests/warehouse/test_bi_reader.py",
    "tests/explore/test_browser.py",
    "tests/quality/test_airflow_alert.py",
    "tests/explore/test_app_pages.py",
    "tests/quality/test_html_inert.py",
    "tests/extract/test_dev_eval.py",
    "tests/extract/test_bounded.py",
)


def pytest_collection_modifyitems(session, config, items) -> None:
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
