"""`newsfacts fetch` and the DAG share one fetch state (settings.state): what the command
fetched, the DAG never fetches again on the same home. Measured at a real HTTP server on
loopback that counts every request per page: each demo article is asked for once, whoever
asked first."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections import Counter

import duckdb
import pytest
from support import migrated_airflow_home, parsed_dbt_project

from newsfacts.settings import DEMO_DIR, REPO_DIR, Settings

pytestmark = pytest.mark.e2e

FIRST = 10  # articles `newsfacts fetch` takes; the DAG reads the whole feed


class _Counting(http.server.SimpleHTTPRequestHandler):
    hits: Counter

    def do_GET(self):
        type(self).hits[self.path.split("?")[0]] += 1
        super().do_GET()

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def site():
    handler = type("Handler", (_Counting,), {"hits": Counter()})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(DEMO_DIR / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_command_then_dag_fetch_nothing_twice(tmp_path, tmp_path_factory, site):
    base, hits = site
    links = re.findall(r"<link>(articles/[^<]+)</link>", (DEMO_DIR / "site" / "feed.xml")
                       .read_text())
    assert len(links) > FIRST
    picked = [f"{base}/{link}" for link in links[:FIRST]]
    cli_sources = tmp_path / "picks.yml"
    cli_sources.write_text("sources:\n  - {name: picks, kind: urls, allow_private: true, "
                           f"rate_limit: 0, urls: {json.dumps(picked)}}}\n")
    dag_sources = tmp_path / "feed.yml"
    dag_sources.write_text("sources:\n  - {name: harbour-gazette, kind: rss, "
                           f"url: \"{base}/feed.xml\", allow_private: true, rate_limit: 0}}\n")
    home = tmp_path / "home"
    env = {**os.environ, "NEWSFACTS_HOME": str(home), "AIRFLOW_HOME": str(tmp_path / "af"),
           "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_DIR / "dags"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "GX_ANALYTICS_ENABLED": "False"}
    migrated_airflow_home(tmp_path_factory, env)
    parsed_dbt_project(tmp_path_factory, Settings.from_env({"NEWSFACTS_HOME": str(home)}))

    fetch = subprocess.run([sys.executable, "-m", "newsfacts.cli", "fetch", "--sources",
                            str(cli_sources), "--json"], env=env, capture_output=True,
                           text=True, timeout=300)
    assert fetch.returncode == 0, fetch.stderr[-3000:]
    summary = json.loads(fetch.stdout.splitlines()[-1])["summary"]
    assert summary["fetched"] == FIRST
    assert (home / "state").is_dir() and not (home / "fetch-state").exists()

    dag = subprocess.run([sys.executable, "-m", "newsfacts.airflow_run", "newsfacts"],
                         env={**env, "NEWSFACTS_SOURCES": str(dag_sources)},
                         capture_output=True, text=True, timeout=900)
    assert dag.returncode == 0, dag.stdout[-3000:] + dag.stderr[-3000:]

    article_hits = {p: n for p, n in hits.items() if p.startswith("/articles/")}
    assert len(article_hits) == len(links)
    assert max(article_hits.values()) == 1, {p: n for p, n in article_hits.items() if n > 1}
    con = duckdb.connect(str(home / "warehouse" / "newsfacts.duckdb"), read_only=True)
    try:
        fetched = {r[0] for r in con.execute(
            "select url from raw.fetch_log where outcome = 'fetched'").fetchall()}
        row = con.execute("select articles_fetched, status from audit.pipeline_runs"
                          ).fetchall()
    finally:
        con.close()
    assert fetched.isdisjoint(picked) and len(fetched) == len(links) - FIRST
    assert row == [(len(links) - FIRST, "success")]
