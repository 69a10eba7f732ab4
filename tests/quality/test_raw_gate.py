"""The raw-batch gate with real GX, DuckDB, dbt: row-level problems quarantine exactly the
offending articles and the rest is published; a corrupted batch (duplicate keys, empty
texts, a schema change, impossible sizes) fails the gate before publish and leaves the
published file byte-for-byte unchanged; the audit tables record every case."""

from __future__ import annotations

import json

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from gatekit import (
    article_result,
    execute,
    future_date,
    query,
    rewrite_table,
    sha,
    write_custom_batch,
)
from support import run_pipeline, synthetic_result, write_batch

from newsfacts.records import article_id_for


def _aid(doc: str) -> str:
    return article_id_for(f"https://news.example/{doc}", doc * 4, doc)


def test_few_bad_articles_are_quarantined_and_the_rest_published(published):
    before = query(published.published, "select count(*) from dim_article")[0][0]
    good = [synthetic_result(f"ok{i}") for i in range(6)]
    # a Korean article as the extract step writes it: article and sentences, no facts
    korean = {**article_result("korean", language="ko"), "actors": [], "statements": [],
              "visits": [], "deployments": []}
    good.append(korean)
    bad = {
        "empty": article_result("empty", text=""),
        "notext": article_result("notext", text=None),
        "future": article_result("future", published=future_date(30)),
        # a German article that went through the English rules (it carries facts)
        "german": article_result("german", language="de"),
        "badurl": article_result("badurl"),
    }
    batch = write_custom_batch(published, "mixed", "mx1", good + list(bad.values()),
                               urls={"badurl": "htp:/not a url"})
    reader = duckdb.connect(str(published.published), read_only=True)
    try:  # a reader holds the old file open while the run publishes
        old_n = reader.execute("select count(*) from dim_article").fetchone()[0]
        outcome = run_pipeline(published, "mixed", [batch])
        assert outcome["failed_at"] is None, outcome["error"]
        assert reader.execute("select count(*) from dim_article").fetchone()[0] == old_n
    finally:
        reader.close()

    rows = query(published.warehouse, "select article_id, reason, observed, url, record "
                 "from raw.quarantine where run_id = 'mixed'")
    by_article: dict[str, set[str]] = {}
    for aid, reason, _observed, _url, _record in rows:
        by_article.setdefault(aid, set()).add(reason)
    assert set(by_article) == {_aid(d) for d in bad}  # exactly the bad ones
    assert by_article[_aid("empty")] == {"article text shorter than 100 characters"}
    assert by_article[_aid("notext")] == {"no article text"}
    assert by_article[_aid("future")] == {"publication date in the future"}
    assert by_article[_aid("german")] == {
        "facts from an article in a language the extractor does not read"}
    assert by_article[_aid("badurl")] == {"malformed URL"}
    record = json.loads(next(r[4] for r in rows if r[0] == _aid("german")))
    assert record["title"] == "Headline german" and record["language"] == "de"  # kept whole

    # none of their rows reached the raw tables; the good ones did, and were published
    for table in ("articles", "statements", "visits", "deployments", "actors", "sentences"):
        n = query(published.warehouse, f"select count(*) from raw.{table} where "
                  f"list_contains(?, article_id)", [[_aid(d) for d in bad]])[0][0]
        assert n == 0, table
    keys = {r[0] for r in query(published.published, "select article_key from dim_article")}
    assert {_aid(f"ok{i}") for i in range(6)} | {_aid("korean")} <= keys
    assert not keys & {_aid(d) for d in bad}
    assert len(keys) == before + 7
    assert query(published.published, "select language from dim_article where article_key "
                 "= ?", [_aid("korean")]) == [("ko",)]

    # the audit tables record the case: row-level checks passed within tolerance, with the
    # offending articles counted; the marts passed; this run's volumes count as history
    val = query(published.warehouse, "select suite, success, quarantined_articles, data_docs "
                "from audit.gx_validations where run_id = 'mixed' and target = 'batch mx1' "
                "and suite = 'raw.articles'")
    assert val[0][:3] == ("raw.articles", True, 5)
    assert val[0][3].endswith("/report/mixed.raw.html")  # the gate's offline report
    res = query(published.warehouse, "select expectation, column_name, success, severity, "
                "observed_value, sample_unexpected from audit.gx_results where run_id = "
                "'mixed' and suite = 'raw.articles' and column_name = "
                "'facts_in_unread_language'")
    assert res[0][:4] == ("expect_column_values_to_be_between", "facts_in_unread_language",
                          True, "quarantine")
    assert "1 of 12" in res[0][4] and "german" not in res[0][5] and _aid("german") in res[0][5]
    assert query(published.warehouse, "select bool_and(gate_passed), count(*) from "
                 "audit.mart_volumes where run_id = 'mixed'")[0] == (True, 5)


def test_reloading_a_quarantined_batch_is_idempotent(published):
    batch = write_custom_batch(published, "q", "q1", [synthetic_result("fine1"),
                                                      synthetic_result("fine2"),
                                                      article_result("stub", text="Too short.")])
    from newsfacts.pipeline import load_step

    load_step(published, "q", [str(batch)])
    load_step(published, "q", [str(batch)])
    assert query(published.warehouse, "select count(*), count(distinct article_id) from "
                 "raw.quarantine where batch_id = 'q1'")[0] == (1, 1)
    assert query(published.warehouse, "select count(*) from raw.articles where batch_id = "
                 "'q1'")[0][0] == 2


def test_a_small_batch_of_bad_articles_is_quarantined_not_rejected(published):
    """The tail of an hourly run (under MIN_ARTICLES_FOR_COLLAPSE articles) is too small to
    call the batch broken: its bad articles are quarantined and the load goes on."""
    from newsfacts.pipeline import load_step

    batch = write_batch(published, "tail", "t1", [article_result("t1", text=""),
                                                  article_result("t2", text="Paywall.")])
    counts = load_step(published, "tail", [str(batch)])
    assert counts["quarantined"] == 2 and counts["articles"] == 0
    assert query(published.warehouse, "select count(distinct article_id) from raw.quarantine "
                 "where run_id = 'tail'")[0][0] == 2


def _duplicate_keys(settings):
    # the same article twice in one batch, and a statement key repeated
    b = write_batch(settings, "bad", "dup", [synthetic_result("d1"), synthetic_result("d1"),
                                            synthetic_result("d2")])
    return b, "load", ["raw.articles.article_id: expect_column_values_to_be_unique",
                       "raw.statements.article_id,fact_idx: expect_compound_columns_to_be_unique"]


def _empty_texts(settings):
    # every article of the batch lost its text: not a few bad articles, a broken batch
    b = write_batch(settings, "bad", "empty",
                    [article_result(f"e{i}", text="") for i in range(6)])
    return b, "load", ["raw.articles.body_text: expect_column_value_lengths_to_be_between "
                       "(article text shorter than 100 characters) observed=6 of 6 rows"]


def _schema_change(settings):
    # an extractor release renamed a column and changed a type
    b = write_batch(settings, "bad", "schema", [synthetic_result("s1")])

    def renamed(t: pa.Table) -> pa.Table:
        return t.rename_columns(["troops" if n == "size" else n for n in t.column_names])

    def retyped(t: pa.Table) -> pa.Table:
        i = t.column_names.index("fact_idx")
        return t.set_column(i, "fact_idx", pc.cast(t["fact_idx"], pa.string()))

    rewrite_table(b, "deployments", renamed)
    rewrite_table(b, "visits", retyped)
    return b, "load", ['raw.deployments.*: expect_parquet_schema_to_match_records',
                       '"missing": ["size"]', '"extra": ["troops"]',
                       '"fact_idx": "VARCHAR (expected BIGINT)"']


def _impossible_sizes(settings):
    b = write_batch(settings, "bad", "sizes", [synthetic_result("z1", size=9_000_000),
                                              synthetic_result("z2", size=-40),
                                              synthetic_result("z3")])
    return b, "dbt_build", ["force_size"]


@pytest.mark.parametrize("corrupt", [_duplicate_keys, _empty_texts, _schema_change,
                                     _impossible_sizes],
                         ids=["duplicate-keys", "empty-texts", "schema-change",
                              "impossible-sizes"])
def test_corrupted_batch_fails_the_gate_and_keeps_the_published_file(published, corrupt):
    before = sha(published.published)
    raw_before = query(published.warehouse, "select count(*) from raw.articles")[0][0]
    batch, step, expected = corrupt(published)
    outcome = run_pipeline(published, "bad", [batch])
    assert outcome["failed_at"] == step
    message = str(outcome["error"])
    for fragment in expected:
        assert fragment in message, message
    assert sha(published.published) == before  # byte for byte
    if step == "load":  # the raw gate rejects the batch before a single row is loaded
        assert query(published.warehouse, "select count(*) from raw.articles")[0][0] \
            == raw_before
        failed = query(published.warehouse, "select suite, expectation, observed_value "
                       "from audit.gx_results where run_id = 'bad' and not success")
        assert failed and all(f[2] for f in failed)
        assert query(published.warehouse, "select count(*) from audit.gx_validations where "
                     "run_id = 'bad' and not success")[0][0] >= 1
    else:
        failed = query(published.warehouse, "select unique_id from audit.dbt_results "
                       "where run_id = 'bad' and status = 'fail'")
        assert any("force_size" in f[0] for f in failed)


def test_impossible_sizes_are_caught_by_gx_too(published):
    """If a dbt test were dropped, the GX mart suite still blocks impossible sizes."""
    before = sha(published.published)
    execute(published.warehouse, "update marts.fct_force_deployment set force_size = 5000000")
    outcome = {"failed_at": None}
    from newsfacts.pipeline import audit_step
    from newsfacts.transform import GateFailed

    with pytest.raises(GateFailed) as err:
        audit_step(published, "sizes")
    outcome["failed_at"] = "audit"
    msg = str(err.value)
    assert "fct_force_deployment.force_size: expect_column_values_to_be_between" in msg
    assert "impossible force size" in msg and "5000000" in msg and "deployment_key" in msg
    assert sha(published.published) == before
