"""Great Expectations suites on the marts, kept as code, validated on DataFrames read from
the warehouse (GX's DuckDB SQL datasource is unreliable in 1.x). Every result is stored in
audit.gx_results; any failed expectation raises GateFailed, which stops publish."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime

from newsfacts.settings import Settings
from newsfacts.transform import GateFailed
from newsfacts.warehouse import connect

log = logging.getLogger("newsfacts.quality")

VISIT_STATUSES = ["completed", "ongoing", "planned", "possible", "cancelled"]
DEPLOYMENT_STATUSES = ["deployed", "ordered", "planned", "withdrawn"]
QUALIFIERS = ["exact", "approx", "at_least", "at_most", "vague"]
MAX_FORCE_SIZE = 5_000_000


def mart_suites() -> dict[str, list]:
    """The expectations per mart. Add a check here and it runs in every audit."""
    import great_expectations as gx

    E = gx.expectations
    return {
        "dim_article": [
            E.ExpectTableRowCountToBeBetween(min_value=1),
            E.ExpectColumnValuesToBeUnique(column="article_key"),
            E.ExpectColumnValuesToNotBeNull(column="url"),
            E.ExpectColumnValuesToMatchRegex(column="url", regex=r"^(?:https?|file)://\S+$"),
            E.ExpectColumnValuesToNotBeNull(column="extractor_version"),
        ],
        "dim_actor": [
            E.ExpectColumnValuesToBeUnique(column="actor_key"),
            E.ExpectColumnValuesToNotBeNull(column="actor_name"),
        ],
        "fct_statement": [
            E.ExpectColumnValuesToBeUnique(column="statement_key"),
            E.ExpectColumnValuesToNotBeNull(column="article_key"),
            E.ExpectColumnValuesToNotBeNull(column="quote_text"),
            E.ExpectColumnValuesToBeInSet(column="statement_kind", value_set=["direct", "indirect"]),
            # extraction sanity: most statements must name who said them
            E.ExpectColumnValuesToNotBeNull(column="speaker", mostly=0.8),
            E.ExpectColumnValuesToNotBeNull(column="sentence"),
        ],
        "fct_visit": [
            E.ExpectColumnValuesToBeUnique(column="visit_key"),
            E.ExpectColumnValuesToNotBeNull(column="traveller"),
            E.ExpectColumnValuesToNotBeNull(column="destination"),
            E.ExpectColumnValuesToBeInSet(column="visit_status", value_set=VISIT_STATUSES),
        ],
        "fct_force_deployment": [
            E.ExpectColumnValuesToBeUnique(column="deployment_key"),
            E.ExpectColumnValuesToBeBetween(column="force_size", min_value=1,
                                            max_value=MAX_FORCE_SIZE),
            E.ExpectColumnValuesToBeInSet(column="size_qualifier", value_set=QUALIFIERS),
            E.ExpectColumnValuesToBeInSet(column="deployment_status",
                                          value_set=DEPLOYMENT_STATUSES),
            E.ExpectColumnValuesToNotBeNull(column="actor", mostly=0.8),
        ],
    }


def _jsonable(value) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)[:2000]


def validate_frames(frames: dict) -> list[dict]:
    """Validate {mart: DataFrame} against mart_suites(); one result row per expectation."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    source = context.data_sources.add_pandas("marts")
    rows = []
    for mart, expectations in mart_suites().items():
        if mart not in frames:
            rows.append({"suite": mart, "expectation": "table_exists", "column": None,
                         "success": False, "observed": "missing", "unexpected_count": None,
                         "sample": None})
            continue
        batch_def = source.add_dataframe_asset(mart).add_batch_definition_whole_dataframe(mart)
        suite = context.suites.add(gx.ExpectationSuite(name=f"marts.{mart}"))
        for e in expectations:
            suite.add_expectation(e)
        result = batch_def.get_batch(batch_parameters={"dataframe": frames[mart]}).validate(suite)
        for r in result.results:
            cfg = r.expectation_config
            res = r.result or {}
            rows.append({
                "suite": mart, "expectation": cfg.type, "column": cfg.kwargs.get("column"),
                "success": bool(r.success),
                "observed": _jsonable(res.get("observed_value", res.get("unexpected_percent"))),
                "unexpected_count": res.get("unexpected_count"),
                "sample": _jsonable(res.get("partial_unexpected_list", [])[:5]),
                "exception": (r.exception_info or {}).get("exception_message"),
            })
    return rows


def read_marts(con, marts: list[str]) -> dict:
    frames = {}
    for mart in marts:
        try:
            frames[mart] = con.execute(f"select * from marts.{mart}").df()
        except Exception as exc:  # a missing mart is reported as a failed check
            log.warning("cannot read marts.%s: %s", mart, exc)
    return frames


def store_results(con, run_id: str, rows: list[dict]) -> None:
    con.execute("create schema if not exists audit")
    con.execute("""create table if not exists audit.gx_results (
        run_id varchar, validated_at timestamptz, suite varchar, expectation varchar,
        column_name varchar, success boolean, observed_value varchar,
        unexpected_count bigint, sample_unexpected varchar)""")
    con.execute("delete from audit.gx_results where run_id = ?", [run_id])
    now = datetime.now(UTC)
    con.executemany("insert into audit.gx_results values (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (run_id, now, r["suite"], r["expectation"], r["column"], r["success"], r["observed"],
         r["unexpected_count"], r["sample"]) for r in rows])


def audit_marts(settings: Settings, run_id: str) -> dict:
    """Validate every mart; store the results; raise GateFailed naming each failed check."""
    with connect(settings.warehouse) as con:
        frames = read_marts(con, list(mart_suites()))
        rows = validate_frames(frames)
        store_results(con, run_id, rows)
    failed = [r for r in rows if not r["success"]]
    log.info("audit: %d expectations, %d failed", len(rows), len(failed))
    if failed:
        lines = [f"  {r['suite']}.{r['column'] or '*'}: {r['expectation']} observed={r['observed']}"
                 f" unexpected={r['unexpected_count']} sample={r['sample']}"
                 + (f" error={r['exception']}" if r.get("exception") else "")
                 for r in failed]
        raise GateFailed("quality gate failed; nothing will be published:\n" + "\n".join(lines))
    return {"expectations": len(rows), "failed": 0}
