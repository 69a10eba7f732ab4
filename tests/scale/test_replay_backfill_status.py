"""Replay, backfill by data interval, and run metrics, with the real components: the demo
feed over loopback HTTP, the real extractor, DuckDB, dbt build, the GX audit and publish."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import duckdb
import pytest
from support import parsed_dbt_project

from newsfacts.extract import EXTRACTOR_VERSION
from newsfacts.pipeline import run_local
from newsfacts.replay import RunScope, parse_when, scope_for_run
from newsfacts.settings import DEMO_DIR, Settings
from newsfacts.status import last_runs, print_status

FACTS = ("fct_statement", "fct_visit", "fct_force_deployment")
INTERVAL = ("2026-10-01", "2026-10-15")


def _published_in(since: str, until: str | None = None) -> int:
    dates = [parse_when(d) for d in re.findall(r"<pubDate>([^<]+)",
                                               (DEMO_DIR / "site" / "feed.xml").read_text())]
    s, u = parse_when(since), parse_when(until)
    return sum(1 for d in dates if d >= s and (u is None or d < u))


def _published(settings: Settings) -> dict:
    con = duckdb.connect(str(settings.published), read_only=True)
    try:
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("dim_article", *FACTS)}
        rows = con.execute("select statement_key, quote_text, speaker from fct_statement "
                           "order by 1").fetchall()
    finally:
        con.close()
    return {"counts": counts, "statements": rows}


def _wh(settings: Settings, sql: str, params=None):
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _run_row(settings: Settings, run_id: str) -> dict:
    rows, _ = last_runs(settings, limit=100)
    return next(r for r in rows if r["run_id"] == run_id)


@pytest.fixture(scope="module")
def home(tmp_path_factory, demo_server):
    root = tmp_path_factory.mktemp("scale")
    sources = root / "sources.yml"
    sources.write_text(
        "sources:\n"
        f"  - {{name: harbour-gazette, kind: rss, url: \"{demo_server}/feed.xml\", "
        "allow_private: true, rate_limit: 0}\n")
    # no dbt docs (published once per home, not what these tests read)
    settings = Settings.from_env({**os.environ, "NEWSFACTS_HOME": str(root / "home"),
                                  "NEWSFACTS_SOURCES": str(sources),
                                  "NEWSFACTS_PUBLISH_DOCS": "0"})
    settings.ensure_dirs()
    parsed_dbt_project(tmp_path_factory, settings)
    return settings


@pytest.fixture(scope="module")
def backfilled(home):
    scope = RunScope.backfill(*INTERVAL)
    run_local(run_id="backfill-1", settings=home, scope=scope)
    first = _published(home)
    run_local(run_id="backfill-2", settings=home, scope=scope)
    return first, _published(home)


def test_backfill_processes_only_its_interval(home, backfilled):
    first, _ = backfilled
    expected = _published_in(*INTERVAL)
    assert expected == 7
    assert first["counts"]["dim_article"] == expected
    assert sum(first["counts"][f] for f in FACTS) > 0
    # the other articles were not fetched: they wait for a normal run
    fetched = _wh(home, "select count(*) from raw.fetch_log where outcome = 'fetched'")[0][0]
    assert fetched == expected
    row = _run_row(home, "backfill-1")
    assert row["scope"] == "backfill" and row["status"] == "success"
    assert row["articles_fetched"] == expected and row["articles_extracted"] == expected
    assert str(row["data_interval_start"]).startswith("2026-10-01")


def test_backfill_of_the_same_interval_twice_is_idempotent(home, backfilled):
    first, second = backfilled
    assert second == first  # same rows, same keys, same text
    row = _run_row(home, "backfill-2")
    # nothing new to fetch: the interval's archived pages were re-extracted instead
    assert row["articles_fetched"] == 0 and row["articles_archived"] == 7
    assert row["status"] == "success" and row["facts_loaded"] > 0
    dupes = _wh(home, "select count(*) - count(distinct (article_id, fact_idx)) "
                      "from raw.statements")[0][0]
    assert dupes == 0


@pytest.fixture(scope="module")
def full_then_replayed(home, backfilled):
    run_local(run_id="normal-1", settings=home)
    before = _published(home)
    con = duckdb.connect(str(home.warehouse))
    try:  # pretend every fact came from an older extractor, plus one fact it got wrong
        for t in ("articles", "sentences", "actors", "statements", "visits", "deployments"):
            con.execute(f"update raw.{t} set extractor_version = 'old-0'")
        # as if each page had been fetched when it was published (weeks ago)
        con.execute("update raw.articles set fetched_at = published")
        for idx, text, where in ((999, "a quote the old extractor invented", ">= '2026-11-20'"),
                                 (998, "an old fact outside the replay window", "< '2026-10-05'")):
            con.execute(
                f"insert into raw.statements select * replace ({idx} as fact_idx, "
                f"'{text}' as quote_text) from raw.statements where article_id in (select "
                f"article_id from raw.articles where published {where}) limit 1")
    finally:
        con.close()
    proc = subprocess.run([sys.executable, "-m", "newsfacts.cli", "replay", "--since",
                           "2026-11-20"], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "NEWSFACTS_HOME": str(home.home),
                               "NEWSFACTS_SOURCES": str(home.sources),
                               "NEWSFACTS_PUBLISH_DOCS": "0", "GX_ANALYTICS_ENABLED": "False"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return before, _published(home), proc


def test_normal_run_after_backfill_fetches_the_rest(home, full_then_replayed):
    before, _, _ = full_then_replayed
    assert before["counts"]["dim_article"] == 33
    assert _run_row(home, "normal-1")["articles_fetched"] == 33 - 7


def test_replay_supersedes_older_extractor_versions(home, full_then_replayed):
    before, after, proc = full_then_replayed
    n_window = _published_in("2026-11-20")
    versions = dict(_wh(home, "select extractor_version, count(*) from raw.articles group by 1"))
    assert versions == {EXTRACTOR_VERSION: n_window, "old-0": 33 - n_window}
    stale = _wh(home, "select quote_text from raw.statements where fact_idx >= 998")
    assert stale == [("an old fact outside the replay window",)]  # only outside the window
    new_version_facts = _wh(home, "select count(*), count(distinct (article_id, fact_idx)) "
                                  "from raw.statements where extractor_version = ?",
                            [EXTRACTOR_VERSION])[0]
    assert new_version_facts[0] == new_version_facts[1] > 0
    # nothing was refetched; the replayed facts equal the ones the current extractor made
    assert "fetched=" not in proc.stderr
    replay = next(r for r in last_runs(home, 100)[0] if r["scope"] == "replay")
    assert replay["articles_fetched"] == 0 and replay["articles_archived"] == n_window
    # the extractor is deterministic: the replayed window publishes the very same facts (the
    # stale fact outside the window is left to the marts' own rules)
    kept = [r for r in after["statements"] if r[1] != "an old fact outside the replay window"]
    assert kept == before["statements"]
    for mart in ("dim_article", "fct_visit", "fct_force_deployment"):
        assert after["counts"][mart] == before["counts"][mart]


def test_status_lists_the_last_runs_with_metrics(home, full_then_replayed):
    out = io.StringIO()
    assert print_status(limit=5, settings=home, out=out) == 0
    text = out.getvalue()
    assert "backfill-2" in text and "normal-1" in text and "replay__" in text
    rows = _wh(home, "select run_id, status, articles_extracted, facts_published, "
                     "duration_s, articles_per_s, error_rate from audit.pipeline_runs")
    assert len(rows) == 4 and all(r[1] == "success" for r in rows)
    assert all(r[4] > 0 and r[5] > 0 and r[6] == 0 for r in rows)
    tasks = {r[0] for r in _wh(home, "select distinct task from audit.pipeline_task_runs")}
    assert {"discover", "fetch", "plan", "extract", "load", "dbt_build", "audit",
            "publish"} <= tasks
    proc = subprocess.run([sys.executable, "-m", "newsfacts.cli", "status", "--json",
                           "--limit", "2"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NEWSFACTS_HOME": str(home.home)})
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(lines) == 2 and lines[0]["scope"] == "replay"


def test_run_scope_from_airflow_context():
    from datetime import UTC, datetime

    s, e = datetime(2026, 10, 1, 9, tzinfo=UTC), datetime(2026, 10, 1, 10, tzinfo=UTC)
    assert scope_for_run({}, "scheduled", s, e).mode == "normal"
    back = scope_for_run({"window": "auto"}, "backfill", s, e)
    assert back.mode == "backfill" and back.keeps_candidate("2026-10-01T09:15:00+00:00")
    assert not back.keeps_candidate("2026-10-01T10:00:00Z")
    assert not back.keeps_candidate(None)
    # a bare publication date covers its whole day (the extractor often keeps only the date)
    assert back.keeps_archived("2026-10-01", None) and not back.keeps_archived("2026-10-02", None)
    assert scope_for_run({"window": "interval"}, "manual", s, e).mode == "backfill"
    replay = scope_for_run({"replay_since": "2026-11-01"}, "manual", s, e)
    assert replay.mode == "replay" and not replay.fetches
    assert replay.keeps_archived("2026-10-02", "2026-11-02T00:00:00Z")  # fetched counts too
    with pytest.raises(ValueError):
        scope_for_run({"replay_since": "not a date"})


def test_failed_step_is_recorded_as_a_failed_run(settings):
    """A serialised step that fails still flushes the run's metrics: the run is failed at
    that step. (The audit of a warehouse dbt never built fails: no marts.)"""
    from newsfacts.errors import GateFailed
    from newsfacts.pipeline import audit_step

    with pytest.raises(GateFailed, match=r"marts\.dim_article does not exist"):
        audit_step(settings, "broken")
    rows = _wh(settings, "select status, failed_task, errors from audit.pipeline_runs")
    assert rows == [("failed", "audit", 1)]
    err = _wh(settings, "select error from audit.pipeline_task_runs")[0][0]
    assert err.startswith("GateFailed: quality gate failed") and "dim_article" in err
