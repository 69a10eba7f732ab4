"""The loader: raw tables from batch Parquet, idempotent per article."""

from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
from support import synthetic_result, write_batch

from newsfacts.records import SCHEMAS, article_id_for, flatten_extraction
from newsfacts.runfolder import RunFolder
from newsfacts.warehouse import Warehouse, raw_table_ddl


def load_batches(settings, run_id, batches) -> dict[str, int]:
    """What load_step does after the raw-batch gate."""
    folder = RunFolder.of(settings, run_id)
    return Warehouse(settings.warehouse).load(run_id, [folder.batch(b) for b in batches],
                                              fetch_log=folder.fetch_log_table())


def _counts(path) -> dict[str, int]:
    con = duckdb.connect(str(path))
    try:
        return {t: con.execute(f"select count(*) from raw.{t}").fetchone()[0]
                for t in ("articles", "statements", "visits", "deployments", "actors")}
    finally:
        con.close()


def test_flatten_renames_and_casts():
    r = synthetic_result("a1")
    r["deployments"][0]["size"] = "1500"  # a string number from a sloppy extractor
    rows = flatten_extraction(r, {"canonical_url": "https://x.example/a1", "content_sha256": "f0"})
    aid = article_id_for("https://x.example/a1", "f0", "a1")
    assert rows["articles"][0]["article_id"] == aid
    assert rows["statements"][0]["quote_text"] == "We will not be moved (0)"
    assert rows["statements"][1]["fact_idx"] == 1
    assert rows["visits"][0]["when_text"] == "2026-11"
    assert rows["deployments"][0]["size"] == 1500
    assert set(rows["deployments"][0]) == set(SCHEMAS["deployments"].names)


def test_article_id_prefers_canonical_url():
    assert article_id_for("https://a/x", "h1", "d") == article_id_for("https://a/x", "h2", "e")
    assert article_id_for(None, "h1", "d") != article_id_for(None, "h2", "d")


def test_empty_batch_writes_schema_only(settings):
    out = write_batch(settings, "r", "empty", [])
    assert pq.read_schema(out / "statements.parquet").names == SCHEMAS["statements"].names
    assert pq.read_table(out / "statements.parquet").num_rows == 0


def test_raw_table_ddl_has_load_columns():
    sql = raw_table_ddl("visits")
    assert "destination_lat DOUBLE" in sql and "loaded_at TIMESTAMPTZ" in sql
    assert "rule VARCHAR" in sql


def test_loading_twice_never_duplicates(settings):
    b = write_batch(settings, "run1", "b1", [synthetic_result("a1"), synthetic_result("a2")])
    first = load_batches(settings, "run1", [b])
    assert first["statements"] == 4
    load_batches(settings, "run1", [b])
    assert _counts(settings.warehouse) == {"articles": 2, "statements": 4, "visits": 2,
                                           "deployments": 2, "actors": 2}


def test_reextraction_replaces_an_articles_rows(settings):
    b1 = write_batch(settings, "run1", "b1", [synthetic_result("a1", n_statements=3)])
    load_batches(settings, "run1", [b1])
    b2 = write_batch(settings, "run2", "b2", [synthetic_result("a1", n_statements=1)])
    load_batches(settings, "run2", [b2])
    assert _counts(settings.warehouse)["statements"] == 1
