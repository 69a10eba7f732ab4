"""Write-Audit-Publish with the real components: real dbt build, real GX, real DuckDB files."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from support import parsed_dbt_project, synthetic_result, write_batch

from newsfacts.pipeline import audit_step, load_step, publish_step, transform_step
from newsfacts.publish import PUBLISHED_AUDIT, print_summary
from newsfacts.quality import validate_frames
from newsfacts.settings import Settings
from newsfacts.transform import GateFailed


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _publish_good(settings, docs=("a1", "a2", "a3")) -> None:
    b = write_batch(settings, "good", "g1", [synthetic_result(d) for d in docs])
    load_step(settings, "good", [str(b)])
    transform_step(settings, "good")
    audit_step(settings, "good")
    publish_step(settings, "good")


@pytest.fixture(scope="module")
def good_home(tmp_path_factory) -> Path:
    """A home with one good run published (load, dbt build, GX audit, publish), built once
    per module."""
    home = tmp_path_factory.mktemp("good") / "home"
    s = Settings.from_env({"NEWSFACTS_HOME": str(home)})
    s.ensure_dirs()
    parsed_dbt_project(tmp_path_factory, s)
    _publish_good(s)
    return home


@pytest.fixture
def published(good_home, tmp_path):
    """This test's own copy of the published good home."""
    home = tmp_path / "home"
    shutil.copytree(good_home, home, symlinks=True)
    return Settings.from_env({"NEWSFACTS_HOME": str(home)})


def test_publish_exposes_marts_and_summary(published, good_home):
    con = duckdb.connect(str(published.published), read_only=True)
    try:
        assert con.execute("select count(*) from fct_statement").fetchone()[0] == 6
        assert con.execute("select count(*) from fct_visit").fetchone()[0] == 3
        row = con.execute("select force_size, size_qualifier, actor_country "
                          "from fct_force_deployment limit 1").fetchone()
        assert row == (40000, "approx", "RU")
        assert con.execute("select run_id from _publication").fetchone()[0] == "good"
        # readers see marts and the gate's record (audit), never raw or staging tables
        schemas = {r[0] for r in con.execute(
            "select distinct table_schema from information_schema.tables").fetchall()}
        assert schemas == {"main", "audit"}
        audit = {r[0] for r in con.execute("select table_name from information_schema.tables "
                                           "where table_schema = 'audit'").fetchall()}
        assert {t for _, t in PUBLISHED_AUDIT} >= audit >= {"pipeline_runs", "gx_results"}
        # the gate's record names files under NEWSFACTS_HOME, never this host's paths (the
        # home it was built in, this copy's)
        homes = (str(good_home), str(published.home))
        leaks = []
        for table in audit:
            cols = [r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_schema = "
                "'audit' and table_name = ? and data_type = 'VARCHAR'", [table]).fetchall()]
            for col in cols:
                n = sum(con.execute(f"select count(*) from audit.{table} "
                                    f"where contains({col}, ?)", [home]).fetchone()[0]
                        for home in homes)
                if n:
                    leaks.append(f"audit.{table}.{col}")
        assert not leaks, f"host paths published in {leaks}"
        docs, = con.execute("select min(data_docs) from audit.gx_validations").fetchone()
        assert docs.startswith("$NEWSFACTS_HOME/"), docs
    finally:
        con.close()
    assert (published.exports / "current" / "fct_statement.parquet").exists()
    out = io.StringIO()
    print_summary(str(published.published), out=out)
    text = out.getvalue()
    assert "fct_statement" in text and "Ilse Varga" in text and "Warsaw (planned" in text


def test_corrupt_batch_fails_dbt_gate_and_published_file_is_untouched(published):
    before = _sha(published.published)
    bad = synthetic_result("evil", size=9_000_000)
    b = write_batch(published, "bad", "x1", [bad])
    load_step(published, "bad", [str(b)])
    with pytest.raises(GateFailed, match="value_between_fct_force_deployment_force_size"):
        transform_step(published, "bad")
    assert _sha(published.published) == before
    con = duckdb.connect(str(published.warehouse))
    try:
        failed = con.execute("select unique_id from audit.dbt_results "
                             "where run_id = 'bad' and status = 'fail'").fetchall()
    finally:
        con.close()
    assert any("force_size" in r[0] for r in failed)


def test_gx_gate_names_the_failed_expectation_and_blocks_publish(published):
    before = _sha(published.published)
    con = duckdb.connect(str(published.warehouse))
    try:  # a mart that passed dbt but breaks an extraction-sanity expectation
        con.execute("update marts.fct_statement set speaker = null")
    finally:
        con.close()
    with pytest.raises(GateFailed) as err:
        audit_step(published, "sanity")
    assert "fct_statement.speaker" in str(err.value)
    assert "expect_column_values_to_not_be_null" in str(err.value)
    assert _sha(published.published) == before
    con = duckdb.connect(str(published.warehouse))
    try:
        rows = con.execute("select suite, column_name from audit.gx_results "
                           "where run_id = 'sanity' and not success").fetchall()
    finally:
        con.close()
    assert ("fct_statement", "speaker") in rows


def test_validate_frames_flags_bad_values():
    frames = {
        "dim_article": pd.DataFrame({"article_key": ["a", "a"], "url": ["nope", None],
                                     "extractor_version": ["1", "1"]}),
        "fct_force_deployment": pd.DataFrame({
            "deployment_key": ["d1", "d2"], "force_size": [-5, 100],
            "size_qualifier": ["approx", "lots"], "deployment_status": ["deployed", "x"],
            "actor": ["Russia", "France"]}),
    }
    failed = {(r["suite"], r["column"], r["expectation"])
              for r in validate_frames(frames) if not r["success"]}
    assert ("dim_article", "article_key", "expect_column_values_to_be_unique") in failed
    assert ("dim_article", "url", "expect_column_values_to_match_regex") in failed
    assert ("fct_force_deployment", "force_size", "expect_column_values_to_be_between") in failed
    assert ("fct_force_deployment", "size_qualifier",
            "expect_column_values_to_be_in_set") in failed
    assert ("fct_statement", None, "table_exists") in failed  # a missing mart fails too


def test_reader_holding_old_file_keeps_its_snapshot(published):
    reader = duckdb.connect(str(published.published), read_only=True)
    try:
        old = reader.execute("select count(*) from fct_statement").fetchone()[0]
        b = write_batch(published, "more", "m1", [synthetic_result("a4"), synthetic_result("a5")])
        load_step(published, "more", [str(b)])
        transform_step(published, "more")
        audit_step(published, "more")
        publish_step(published, "more")
        assert reader.execute("select count(*) from fct_statement").fetchone()[0] == old
    finally:
        reader.close()
    fresh = duckdb.connect(str(published.published), read_only=True)
    try:
        assert fresh.execute("select count(*) from fct_statement").fetchone()[0] == old + 4
    finally:
        fresh.close()
