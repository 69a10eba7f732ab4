"""The mart gate (GX on the marts dbt built): set-level failures (volume collapse against
the trailing runs, key violations, freshness, extraction sanity) stop publish, name each
failed expectation with its observed value and sample rows, and are recorded in the audit
tables; every validation is rendered as GX data docs."""

from __future__ import annotations

import re

import pytest
from gatekit import execute, query, sha
from support import run_pipeline, synthetic_result, write_batch

from newsfacts.pipeline import audit_step
from newsfacts.transform import GateFailed


def test_volume_collapse_against_trailing_runs_stops_publish(published):
    before = sha(published.published)
    # a broken loader/replay left one article of six: dbt builds fine, the volume gate trips
    execute(published.warehouse, "delete from raw.articles where article_id <> "
            "(select min(article_id) from raw.articles)")
    b = write_batch(published, "shrunk", "s0", [])  # an empty batch: nothing new
    outcome = run_pipeline(published, "shrunk", [b])
    assert outcome["failed_at"] == "audit"
    msg = str(outcome["error"])
    assert "dim_article.*: expect_table_row_count_to_be_between (volume collapse" in msg
    assert "observed=1" in msg and '"min_value": 3' in msg  # 50% of the median (6)
    assert sha(published.published) == before
    vol = query(published.warehouse, "select run_id, row_count, gate_passed from "
                "audit.mart_volumes where mart = 'dim_article' order by recorded_at")
    assert vol == [("base", 6, True), ("shrunk", 1, False)]
    # a failed run is not history: the next run is still measured against the good ones
    from newsfacts.quality.marts import volume_floors
    from newsfacts.warehouse import Warehouse

    assert volume_floors(Warehouse(published.warehouse), "next", ["dim_article"]) == \
        {"dim_article": 3}


def test_duplicate_mart_keys_fail_with_sample_rows(published):
    before = sha(published.published)
    # (the dbt contract's primary key would refuse this insert: rebuild the table without
    # it, as a mart materialised by a model that lost its contract would be)
    execute(published.warehouse, "create or replace table marts.fct_visit as select * from "
            "marts.fct_visit union all (select * from marts.fct_visit limit 1)")
    with pytest.raises(GateFailed) as err:
        audit_step(published, "dupes")
    msg = str(err.value)
    assert "fct_visit.visit_key: expect_column_values_to_be_unique (duplicate key visit_key)" \
        in msg
    key = query(published.warehouse, "select visit_key from marts.fct_visit group by 1 "
                "having count(*) > 1")[0][0]
    assert key in msg  # the offending rows are named
    assert sha(published.published) == before
    rows = query(published.warehouse, "select suite, column_name, success, severity, "
                 "sample_unexpected from audit.gx_results where run_id = 'dupes' and "
                 "not success")
    assert [r[:4] for r in rows] == [("fct_visit", "visit_key", False, "stop")]
    assert key in rows[0][4]


def test_stale_marts_and_unresolved_speakers_fail(published):
    execute(published.warehouse, "update marts.dim_article set loaded_at = "
            "loaded_at - interval 10 days")
    execute(published.warehouse, "update marts.fct_statement set speaker_actor_key = null")
    with pytest.raises(GateFailed) as err:
        audit_step(published, "stale")
    msg = str(err.value)
    assert "dim_article.loaded_at: expect_column_max_to_be_between (stale" in msg
    assert "fct_statement.speaker_actor_key: expect_column_values_to_not_be_null " \
           "(too few statements with a resolved speaker) observed=12 of 12 rows" in msg


def test_passing_audit_records_results_and_renders_data_docs(published):
    result = audit_step(published, "again")
    assert result["failed"] == 0 and result["volume_floors"]["dim_article"] == 3
    rows = query(published.warehouse, "select suite, count(*), bool_and(success) from "
                 "audit.gx_results where run_id = 'again' group by 1 order by 1")
    assert [r[0] for r in rows] == ["dim_actor", "dim_article", "fct_force_deployment",
                                    "fct_statement", "fct_visit"]
    assert all(r[2] for r in rows)
    docs = query(published.warehouse, "select distinct data_docs from audit.gx_validations "
                 "where run_id = 'again'")[0][0]
    site = published.home / "gx" / "uncommitted" / "data_docs" / "local_site"
    # the gate's offline report (newsfacts.quality.report) links the GX site's pages
    report = site.parent / "report" / "again.marts.html"
    assert docs == str(report)
    links = report.read_text()
    assert 'href="../local_site/index.html"' in links and "/fct_statement/again/" in links
    index = (site / "index.html").read_text()
    assert "fct_statement" in index and "raw.articles" in index
    pages = list((site / "validations").rglob("*.html"))
    assert any("/base/" in str(p) for p in pages)  # the earlier run's pages are kept
    [page] = [p for p in pages if "/fct_statement/again/" in str(p)]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.read_text()))
    assert "Expectation Suite: fct_statement" in text and "Status: Succeeded" in text
    assert "Run Name again" in text and "speaker_actor_key" in text
    assert (site / "expectations" / "raw" / "articles.html").exists()  # suites rendered too


def test_rerun_of_a_good_run_adds_nothing(published):
    """Same batch again: idempotent load, passing gate, identical published counts."""
    b = write_batch(published, "base", "base1", [synthetic_result(f"base{i}")
                                                   for i in range(6)])
    outcome = run_pipeline(published, "rerun", [b])
    assert outcome["failed_at"] is None, outcome["error"]
    assert query(published.published, "select count(*) from dim_article")[0][0] == 6
