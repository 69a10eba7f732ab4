"""What the explorer's pages show, as queries over the published warehouse (no Streamlit here).

Read-only and never in a run's way: every page render opens the published file read-only and
closes it (publish swaps a new file in with os.replace, so a reader never blocks it); results
are cached per file signature (inode, size, mtime), so a new publish shows on the next render
without a restart. The working warehouse is never opened: the runs and the gate's record come
from the published file's `audit` schema and from the landing zone's run metrics.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from newsfacts import lexicon
from newsfacts.settings import Settings

VISIT_STATUSES = ("planned", "possible", "ongoing", "completed", "cancelled")
QUALIFIER_LABELS = {"exact": "exactly", "approx": "approx.", "at_least": "at least",
                    "at_most": "up to", "vague": "no number"}
GATE_TASKS = ("load", "dbt_build", "audit")
PAGE_ROWS = 200  # rows a table shows at most; counts say how many matched


class NotPublished(Exception):
    """No published warehouse yet."""


@dataclass(frozen=True)
class Published:
    path: Path

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Published:
        return cls((settings or Settings.from_env()).published)

    def signature(self) -> tuple:
        """Changes with every publish (a new file is renamed over the old one)."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            raise NotPublished(f"no published warehouse at {self.path}: run the pipeline "
                               "first (bash scripts/demo.sh)") from None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.signature()
        con = duckdb.connect(str(self.path), read_only=True)
        try:
            yield con
        finally:
            con.close()

    def frame(self, sql: str, params: list | None = None) -> pd.DataFrame:
        with self.connect() as con:
            return con.execute(sql, params or []).df()


def _has(con, schema: str, table: str) -> bool:
    return bool(con.execute("select count(*) from information_schema.tables where "
                            "table_schema = ? and table_name = ?", [schema, table]).fetchone()[0])


def _df(con, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


# -- Overview ---------------------------------------------------------------------------------

def publication(pub: Published) -> dict:
    with pub.connect() as con:
        row = con.execute("select run_id, published_at, extractor_versions from _publication"
                          ).fetchone()
        counts = dict(con.execute(
            "select 'articles', count(*) from dim_article union all "
            "select 'statements', count(*) from fct_statement union all "
            "select 'visits', count(*) from fct_visit union all "
            "select 'deployments', count(*) from fct_force_deployment union all "
            "select 'actors', count(distinct source_actor_key) from fct_event").fetchall())
    return {"run_id": row[0], "published_at": row[1], "extractor_versions": list(row[2] or []),
            "counts": counts}


def _gate(r: dict) -> str:
    failed = r.get("failed_task")
    if failed in GATE_TASKS:
        return f"failed ({failed})"
    if r.get("status") == "success":
        return "passed"
    return "not reached" if failed else "-"


def runs(pub: Published, settings: Settings | None = None, limit: int = 10) -> pd.DataFrame:
    """The last runs: the published record, updated by the landing zone's metrics (newer runs,
    failed runs, the publishing run's own end)."""
    from newsfacts.status import landing_runs

    merged: dict[str, dict] = {}
    with pub.connect() as con:
        if _has(con, "audit", "pipeline_runs"):
            for r in _df(con, "select * from audit.pipeline_runs").to_dict("records"):
                merged[r["run_id"]] = r
    settings = settings or Settings.from_env()
    try:
        for r in landing_runs(settings):
            merged[r["run_id"]] = {**merged.get(r["run_id"], {}), **r}
    except Exception:  # an unreachable landing zone: the published record still answers
        pass
    rows = sorted(merged.values(), key=lambda r: str(r.get("started_at") or ""), reverse=True)
    out = pd.DataFrame([{
        "run": r.get("run_id"), "started (UTC)": str(r.get("started_at") or "")[:19],
        "status": r.get("status"), "gate": _gate(r),
        "articles": r.get("articles_extracted"), "facts": r.get("facts_published"),
        "errors": r.get("errors"), "seconds": r.get("duration_s"),
        "failed task": r.get("failed_task")} for r in rows[:limit]])
    return out


def facts_per_day(pub: Published) -> pd.DataFrame:
    return pub.frame(
        "select a.published_date as day, e.event_type as fact, count(*) as facts "
        "from fct_event as e join dim_article as a using (article_key) "
        "where a.published_date is not null group by all order by 1, 2")


def top_actors(pub: Published, n: int = 10) -> pd.DataFrame:
    return pub.frame(
        "with counted as (select source_actor_key as actor_key, count(*) as facts, "
        "count(*) filter (where event_type = 'statement') as statements, "
        "count(*) filter (where event_type = 'visit') as visits, "
        "count(*) filter (where event_type = 'force_deployment') as deployments "
        "from fct_event where source_actor_key is not null group by 1 "
        "order by facts desc, actor_key limit ?) "
        "select a.actor_name as actor, a.actor_kind as kind, a.latest_title as title, "
        "c.statements, c.visits, c.deployments, c.facts, a.actor_key "
        "from counted as c join dim_actor as a using (actor_key) "
        "order by c.facts desc, a.actor_name", [n])


# -- Statements -------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatementFilter:
    speaker: str = ""
    text: str = ""
    since: date | None = None
    until: date | None = None
    source: str = ""
    kind: str = ""  # direct, indirect or "" for both


def _like(s: str) -> str:
    return "%" + s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def statements(pub: Published, f: StatementFilter, limit: int = PAGE_ROWS
               ) -> tuple[pd.DataFrame, int]:
    where, params = ["true"], []
    if f.speaker.strip():
        where.append("(s.speaker ilike ? escape '\\' or s.speaker_mention ilike ? escape '\\')")
        params += [_like(f.speaker)] * 2
    if f.text.strip():
        where.append("(s.quote_text ilike ? escape '\\' or s.sentence ilike ? escape '\\')")
        params += [_like(f.text)] * 2
    if f.since:
        where.append("s.published_date >= ?")
        params.append(f.since)
    if f.until:
        where.append("s.published_date <= ?")
        params.append(f.until)
    if f.source:
        where.append("a.source_name = ?")
        params.append(f.source)
    if f.kind:
        where.append("s.statement_kind = ?")
        params.append(f.kind)
    cond = " and ".join(where)
    with pub.connect() as con:
        total = con.execute(f"select count(*) from fct_statement as s join dim_article as a "
                            f"using (article_key) where {cond}", params).fetchone()[0]
        rows = _df(con, "select s.published_date as date, s.speaker, s.quote_text as statement, "
                   "s.statement_kind as kind, s.cue, s.sentence, a.source_name as source, "
                   "a.title as article, s.url, s.speaker_actor_key "
                   "from fct_statement as s join dim_article as a using (article_key) "
                   f"where {cond} order by s.published_date desc nulls last, s.article_key, "
                   "s.sentence_idx, s.start_char limit ?", [*params, limit])
    return rows, total


def sources(pub: Published) -> list[str]:
    return [r for (r,) in pub_rows(pub, "select distinct source_name from dim_article "
                                        "where source_name is not null order by 1")]


def pub_rows(pub: Published, sql: str, params: list | None = None) -> list[tuple]:
    with pub.connect() as con:
        return con.execute(sql, params or []).fetchall()


# -- Visits -----------------------------------------------------------------------------------

def _visit_filter(travellers, countries, statuses) -> tuple[str, list]:
    where, params = ["true"], []
    if travellers:
        where.append("v.traveller in (select unnest(?))")
        params.append(list(travellers))
    if countries:
        where.append("coalesce(p.country_name, v.destination_country) in (select unnest(?))")
        params.append(list(countries))
    if statuses:
        where.append("v.visit_status in (select unnest(?))")
        params.append(list(statuses))
    return " and ".join(where), params


_VISITS_FROM = ("from fct_visit as v left join dim_place as p "
                "on p.place_key = v.destination_place_key")


def visits(pub: Published, travellers: tuple = (), countries: tuple = (),
           statuses: tuple = (), limit: int = PAGE_ROWS) -> dict[str, pd.DataFrame | int]:
    """The matching visits: counts per status, per place (the map), per day and status (the
    timeline), and the newest rows (the table)."""
    cond, params = _visit_filter(travellers, countries, statuses)
    with pub.connect() as con:
        by_status = dict(con.execute(
            f"select v.visit_status, count(*) {_VISITS_FROM} where {cond} group by 1",
            params).fetchall())
        places = _df(con,
            "select v.destination, coalesce(p.country_name, v.destination_country) as country, "
            "v.visit_status as status, "
            "avg(coalesce(v.destination_lat, p.latitude)) as latitude, "
            "avg(coalesce(v.destination_lon, p.longitude)) as longitude, "
            "count(*) as visits, string_agg(distinct v.traveller, ', ' order by v.traveller) "
            "as travellers "
            f"{_VISITS_FROM} where {cond} and coalesce(v.destination_lat, p.latitude) is not null "
            "group by all order by visits desc limit 2000", params)
        timeline = _df(con,
            "select coalesce(v.visit_period_start, v.published_date) as date, "
            "v.visit_status as status, count(*) as visits, "
            "string_agg(v.traveller || ' -> ' || coalesce(v.destination, '?'), '; ') "
            "as trips "
            f"{_VISITS_FROM} where {cond} and coalesce(v.visit_period_start, v.published_date) "
            "is not null group by all order by 1", params)
        table = _df(con,
            "select coalesce(v.visit_period_start, v.published_date) as date, v.traveller, "
            "v.destination, coalesce(p.country_name, v.destination_country) as country, "
            "v.visit_status as status, v.when_text as \"when\", v.sentence, v.url "
            f"{_VISITS_FROM} where {cond} "
            "order by date desc nulls last, v.traveller, v.visit_key limit ?", [*params, limit])
    if len(timeline) > 3000:  # a long history: count per week instead of per day
        timeline["date"] = timeline["date"].dt.to_period("W").dt.start_time
        timeline = timeline.groupby(["date", "status"], as_index=False).agg(
            visits=("visits", "sum"), trips=("trips", "first"))
    return {"by_status": by_status, "total": sum(by_status.values()), "places": places,
            "timeline": timeline, "table": table}


def visit_options(pub: Published) -> tuple[list[str], list[str]]:
    with pub.connect() as con:
        travellers = [r[0] for r in con.execute(
            "select traveller from fct_visit where traveller is not null group by 1 "
            "order by count(*) desc, 1 limit 500").fetchall()]
        countries = [r[0] for r in con.execute(
            "select distinct coalesce(p.country_name, v.destination_country) from fct_visit v "
            "left join dim_place p on p.place_key = v.destination_place_key "
            "where coalesce(p.country_name, v.destination_country) is not null order by 1"
        ).fetchall()]
    return travellers, countries


def country_points(settings: Settings | None = None) -> pd.DataFrame:
    """Every country's capital (the dbt seed): the map's backdrop, drawn from shipped
    coordinates (no tile server)."""
    rows = [r for r in lexicon.rows("ref_countries") if r["latitude"] and r["longitude"]]
    return pd.DataFrame({"country": [r["country_name"] for r in rows],
                         "latitude": [float(r["latitude"]) for r in rows],
                         "longitude": [float(r["longitude"]) for r in rows]})


# -- Deployments ------------------------------------------------------------------------------

def deployment_actors(pub: Published) -> pd.DataFrame:
    """Actors with reported deployments: first those with the longest numbered series at one
    place (the most to chart), then by reports."""
    return pub.frame(
        "with per_place as (select coalesce(actor, '(no actor named)') as actor, "
        "place_series_key, count(*) as reports, count(force_size) as with_number "
        "from mart_deployment_reports group by all) "
        "select actor, sum(reports) as reports, sum(with_number) as with_number, "
        "max(with_number) as longest_series from per_place group by actor "
        "order by longest_series desc, reports desc, actor")


def deployment_places(pub: Published, actor: str) -> pd.DataFrame:
    """The actor's places as the series count them: a resolved place once, an unresolved or
    unstated one per article (never one "unknown" place)."""
    return pub.frame(
        "select place_series_key, "
        "case when location is null then '(no place stated) ' || "
        "  strftime(min(report_date), '%Y-%m-%d') "
        "when not bool_and(location_resolved) then any_value(location) || ' (unresolved, ' || "
        "  strftime(min(report_date), '%Y-%m-%d') || ')' "
        "else any_value(location) end as place, "
        "bool_and(location_resolved) as resolved, count(*) as reports, "
        "count(force_size) as with_number, list_sort(list(distinct force_mode)) as kinds "
        "from mart_deployment_reports where coalesce(actor, '(no actor named)') = ? "
        "group by place_series_key, location "
        "order by resolved desc, with_number desc, reports desc, place", [actor])


def deployment_reports(pub: Published, actor: str, place_series_key: str,
                       limit: int = 200) -> tuple[pd.DataFrame, int]:
    """The newest reports (at most `limit`, oldest first) for one actor at one place, and how
    many there are."""
    with pub.connect() as con:
        total = con.execute("select count(*) from mart_deployment_reports where coalesce(actor, "
                            "'(no actor named)') = ? and place_series_key = ?",
                            [actor, place_series_key]).fetchone()[0]
        frame = _df(con,
            "select * from (select r.report_date as date, r.force_mode as kind, r.unit, "
            "r.force_size as size, r.size_qualifier as qualifier, r.deployment_status as status, "
            "r.location as place, r.sentence, r.url, a.title as article, r.deployment_key, "
            "r.series_key, r.sentence_idx, r.start_char "
            "from mart_deployment_reports as r left join dim_article as a using (article_key) "
            "where coalesce(r.actor, '(no actor named)') = ? and r.place_series_key = ? "
            "order by r.report_date desc, r.deployment_key desc limit ?) "
            "order by date, kind, sentence_idx, start_char", [actor, place_series_key, limit])
    return frame.drop(columns=["sentence_idx", "start_char"]), total


def deployment_report(pub: Published, deployment_key: str) -> pd.DataFrame:
    return pub.frame(
        "select report_date as date, force_mode as kind, unit, force_size as size, "
        "size_qualifier as qualifier, deployment_status as status, sentence "
        "from mart_deployment_reports where deployment_key = ?", [deployment_key])


# -- Actor profile ----------------------------------------------------------------------------

def find_actors(pub: Published, text: str = "", limit: int = 50) -> pd.DataFrame:
    """Actors with facts, matching the text, most facts first."""
    return pub.frame(
        "with counted as (select source_actor_key as actor_key, count(*) as facts "
        "from fct_event where source_actor_key is not null group by 1) "
        "select a.actor_key, a.actor_name, a.actor_kind, c.facts from counted as c "
        "join dim_actor as a using (actor_key) where a.actor_name ilike ? escape '\\' "
        "order by c.facts desc, a.actor_name limit ?", [_like(text), limit])


def actor_profile(pub: Published, actor_key: str) -> dict[str, pd.DataFrame | dict]:
    with pub.connect() as con:
        head = _df(con, "select actor_name, actor_kind, country_name, latest_title, title_since, "
                        "latest_age, name_variants, n_articles, first_seen_date, last_seen_date "
                        "from dim_actor where actor_key = ?", [actor_key]).to_dict("records")
        titles = _df(con, "select title, age, title_since as since, "
                          "title_last_stated_on as last_stated, valid_from, valid_to, is_current "
                          "from dim_actor_history where actor_key = ? "
                          "order by valid_from, title_since", [actor_key])
        said = _df(con, "select published_date as date, quote_text as statement, "
                        "statement_kind as kind, cue, sentence, url from fct_statement "
                        "where speaker_actor_key = ? order by published_date desc, article_key, "
                        "sentence_idx limit ?", [actor_key, PAGE_ROWS])
        trips = _df(con, "select coalesce(visit_period_start, published_date) as date, "
                         "destination, destination_country as country, visit_status as status, "
                         "when_text as \"when\", sentence, url from fct_visit "
                         "where traveller_actor_key = ? order by date desc nulls last limit ?",
                    [actor_key, PAGE_ROWS])
        forces = _df(con, "select report_date as date, force_mode as kind, unit, "
                          "force_size as size, size_qualifier as qualifier, "
                          "deployment_status as status, location as place, sentence, url "
                          "from mart_deployment_reports where actor_key = ? "
                          "order by report_date desc, sentence_idx limit ?",
                     [actor_key, PAGE_ROWS])
        counts = con.execute(
            "select (select count(*) from fct_statement where speaker_actor_key = $1), "
            "(select count(*) from fct_visit where traveller_actor_key = $1), "
            "(select count(*) from mart_deployment_reports where actor_key = $1)",
            [actor_key]).fetchone()
    return {"actor": head[0] if head else {}, "titles": titles, "statements": said,
            "trips": trips, "forces": forces,
            "counts": dict(zip(("statements", "trips", "forces"), counts, strict=True))}


# -- Quality ----------------------------------------------------------------------------------

def quality(pub: Published) -> dict[str, pd.DataFrame]:
    """The gate's record as published: per run, what passed and failed; quarantined rows."""
    out: dict[str, pd.DataFrame] = {}
    with pub.connect() as con:
        if _has(con, "audit", "gx_validations"):
            out["validations"] = _df(
                con, "select run_id as run, min(validated_at) as validated_at, stage, "
                     "count(*) as suites, sum(evaluated) as checks, sum(failed) as failed, "
                     "sum(quarantined_articles) as quarantined "
                     "from audit.gx_validations group by run_id, stage "
                     "order by validated_at desc, stage limit 40")
        if _has(con, "audit", "dbt_results"):
            out["dbt"] = _df(
                con, "select run_id as run, min(recorded_at) as recorded_at, "
                     "count(*) filter (where unique_id like 'test.%' "
                     "  or unique_id like 'unit_test.%') as tests, "
                     "count(*) filter (where status in ('fail', 'error')) as failed, "
                     "count(*) filter (where status = 'warn') as warned "
                     "from audit.dbt_results group by run_id order by recorded_at desc limit 20")
        if _has(con, "audit", "gx_results"):
            out["failed_checks"] = _df(
                con, "select run_id as run, target, suite, expectation, column_name as column, "
                     "severity, observed_value as observed, unexpected_count as unexpected, "
                     "sample_unexpected as sample from audit.gx_results where not success "
                     "order by validated_at desc limit ?", [PAGE_ROWS])
        if _has(con, "audit", "quarantine"):
            out["quarantine"] = _df(
                con, "select quarantined_at, run_id as run, article_id, url, suite, "
                     "expectation, column_name as column, reason, observed "
                     "from audit.quarantine order by quarantined_at desc limit ?", [PAGE_ROWS])
    return out


def demo_gold_score(settings: Settings | None = None) -> dict:
    """The extractor's score on the bundled demo corpus and its gold, cached in a file per
    extractor version (computed once: about a second)."""
    import json

    from newsfacts.atomic import atomic_write
    from newsfacts.evaluate import demo_score
    from newsfacts.extract import EXTRACTOR_VERSION

    settings = settings or Settings.from_env()
    cache = settings.home / "explore" / f"demo-score-{EXTRACTOR_VERSION}.json"
    try:
        return json.loads(cache.read_text())
    except (OSError, ValueError):
        pass
    result = {"extractor_version": EXTRACTOR_VERSION, "scores": demo_score()}
    try:
        atomic_write(cache, json.dumps(result).encode())
    except OSError:  # a read-only home: compute again next time
        pass
    return result
