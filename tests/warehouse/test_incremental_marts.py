"""Incremental marts with the real loader and real dbt: a rerun adds nothing, a replay
(re-extraction of an article with different facts) supersedes its old facts, and a fact whose
speaker resolves differently once another article arrives is rebuilt without a reload."""

from __future__ import annotations

import duckdb
import pytest
from support import synthetic_result, write_batch

from newsfacts.errors import NothingToDo
from newsfacts.pipeline import load_step, transform_step
from newsfacts.records import ARTICLE_TABLES
from newsfacts.transform import dbt_build

FACTS = ("fct_statement", "fct_visit", "fct_force_deployment", "fct_event")
# the views, read from raw or from contracted models only: left out of a build while their
# definition is unchanged
VIEWS = ("fct_event", "int_pages_archived", "stg_newsfacts__actors", "stg_newsfacts__articles",
         "stg_newsfacts__deployments", "stg_newsfacts__fetch_log", "stg_newsfacts__load_log",
         "stg_newsfacts__sentences", "stg_newsfacts__statements", "stg_newsfacts__visits")


def _counts(con) -> dict[str, int]:
    return {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in FACTS}


def _query(settings, sql: str, params=None):
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _surname_only(doc: str, surname: str) -> dict:
    """An article that names its speaker by title and surname only ("Ms Kallas")."""
    r = synthetic_result(doc, speaker=surname, n_statements=1)
    r["actors"][0].update(name=f"Ms {surname}", title=None, mentions=[f"Ms {surname}"])
    r["statements"][0].update(speaker=f"Ms {surname}", speaker_mention=f"Ms {surname}")
    r["visits"][0]["traveller"] = f"Ms {surname}"
    return r


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from newsfacts.settings import Settings

    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path_factory.mktemp("inc") / "home")})
    s.ensure_dirs()
    b = write_batch(s, "r1", "b1", [synthetic_result("a1"), synthetic_result("a2"),
                                    _surname_only("k1", "Kallas")])
    load_step(s, "r1", [str(b)])
    transform_step(s, "r1")
    return s


def _snapshot_sql(settings) -> str:
    """The SQL the last dbt build ran for the snapshot (its main statement)."""
    return (settings.dbt_target / "run" / "newsfacts" / "snapshots" / "snap_actor_titles.yml"
            / "snap_actor_titles.sql").read_text()


def _mart_sql(settings, name: str) -> str:
    """The SQL the last dbt build that built it ran for a mart (models with a contract)."""
    return (settings.dbt_target / "run" / "newsfacts" / "models" / "marts" / f"{name}.sql"
            ).read_text().strip()


def test_rerun_adds_and_rebuilds_nothing(built):
    con = duckdb.connect(str(built.warehouse), read_only=True)
    try:
        before = _counts(con)
        stamps = con.execute("select max(transformed_at) from marts.fct_statement").fetchone()
        versions = con.execute("select * from snapshots.snap_actor_titles order by all"
                               ).fetchall()
    finally:
        con.close()
    assert before == {"fct_statement": 5, "fct_visit": 3, "fct_force_deployment": 3,
                      "fct_event": 11}
    with pytest.raises(NothingToDo):  # nothing loaded since: the step has nothing to do
        transform_step(built, "r1-again")
    assert dbt_build(built, "r1-again").code == 0  # and dbt itself, run anyway, adds nothing
    con = duckdb.connect(str(built.warehouse), read_only=True)
    try:
        assert _counts(con) == before
        # nothing was rebuilt: every row keeps the run stamp of the first build
        assert con.execute("select max(transformed_at) from marts.fct_statement"
                           ).fetchone() == stamps
        # no title new or changed: dbt's snapshot was not run (materializations.sql)
        assert con.execute("select * from snapshots.snap_actor_titles order by all"
                           ).fetchall() == versions
    finally:
        con.close()
    assert "snapshot unchanged" in _snapshot_sql(built)
    # a table model built from the same inputs keeps its table (and the constraints its
    # contract declared) and has its rows replaced (materializations.sql)
    assert _mart_sql(built, "dim_place").startswith('delete from "newsfacts"."marts"."dim_place"')
    assert "drop table" not in _mart_sql(built, "dim_place")


def _parses(settings) -> list[str]:
    """How each dbt command on a home parsed the project, in order (from dbt's own log):
    "partial", or "full: " and dbt's reason. dbt rolls its log over at 10 MB (dbt.log.1,
    then .2 ...: the oldest has the highest number), about 16 builds on these homes."""
    logs = sorted((p for p in settings.dbt_logs.glob("dbt.log.*") if p.suffix[1:].isdigit()),
                  key=lambda p: -int(p.suffix[1:]))
    text = "".join(p.read_text() for p in [*logs, settings.dbt_logs / "dbt.log"])
    out = []
    for run in text.split("Running with dbt=")[1:]:
        reasons = [line.split("Unable to do partial parsing because ", 1)[1].strip()
                   for line in run.splitlines() if "Unable to do partial parsing" in line]
        if reasons:
            out.append("full: " + "; ".join(reasons))
        else:
            assert "Partial parsing enabled" in run
            out.append("partial")
    return out


def test_builds_after_the_first_parse_the_project_in_part(built):
    """The hashes the pipeline passes change from the first build of a home (no manifest yet:
    no model hashes) to the next, and whenever a seed or model changes: they go to dbt in
    the environment, read while executing only, not as --vars, which dbt parses the whole
    project again for (newsfacts.transform). Only a home's first build parses in full. The
    module's earlier test already ran a second build on the home (its log has both); run
    alone, this test runs one itself."""
    if len(_parses(built)) < 2:
        assert dbt_build(built, "r1-parse").code == 0
    parses = _parses(built)
    assert len(parses) >= 2
    assert parses == ["full: saved manifest not found. Starting full parse."] + [
        "partial"] * (len(parses) - 1)


def test_replay_supersedes_and_resolution_change_rebuilds(built):
    kallas_before = _query(built, "select speaker_actor_key from marts.fct_statement "
                                  "join marts.dim_article using (article_key) "
                                  "where dim_article.url like '%/k1'")[0][0]
    # replay: a1 re-extracted with one statement and no deployment; a new article names
    # "Kaja Kallas" in full, so k1's "Ms Kallas" (not reloaded) now resolves to her
    a1 = synthetic_result("a1", n_statements=1)
    a1["deployments"] = []
    full = synthetic_result("k2", speaker="Kaja Kallas", n_statements=1)
    b = write_batch(built, "r2", "b2", [a1, full])
    load_step(built, "r2", [str(b)])
    transform_step(built, "r2")

    rows = dict(_query(built, """
        select a.url, count(*) from marts.fct_statement s
        join marts.dim_article a using (article_key) group by 1"""))
    assert rows == {"https://news.example/a1": 1, "https://news.example/a2": 2,
                    "https://news.example/k1": 1, "https://news.example/k2": 1}
    events = dict(_query(built, """
        select event_type, count(*) from marts.fct_event group by 1"""))
    assert events == {"statement": 5, "visit": 4, "force_deployment": 3}
    dupes = _query(built, "select count(*) - count(distinct event_key) from marts.fct_event")
    assert dupes == [(0,)]

    # cross-article resolution: "Ms Kallas" (k1) and "Kaja Kallas" (k2) are one actor
    keys = _query(built, """
        select distinct s.speaker_actor_key, d.actor_name
        from marts.fct_statement s join marts.dim_article a using (article_key)
        join marts.dim_actor d on d.actor_key = s.speaker_actor_key
        where a.url like '%/k_'""")
    assert len(keys) == 1 and keys[0][1] == "Kaja Kallas"
    assert keys[0][0] != kallas_before
    ev = _query(built, "select count(*) from marts.fct_event where source_actor_key = ?",
                [keys[0][0]])
    assert ev == [(4,)]  # two statements and two visits, the event table followed


# --- incremental builds equal a full rebuild ------------------------------------------------

# columns that say when a row was built, not what it holds
BUILD_STAMPS = {"transformed_at", "resolved_at", "valid_from", "valid_to", "actor_title_version_key"}


def _snapshot(settings) -> dict[str, list[tuple]]:
    """Every published mart (tables and views) and int_actors_resolved, build stamps left
    out, rows sorted."""
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        tables = [("marts", t) for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' "
            "and table_type in ('BASE TABLE', 'VIEW') order by 1").fetchall()]
        assert ("marts", "fct_event") in tables
        tables.append(("intermediate", "int_actors_resolved"))
        out = {}
        for schema, table in tables:
            cols = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema = ? "
                "and table_name = ? order by ordinal_position", [schema, table]).fetchall()
                if c not in BUILD_STAMPS]
            rows = con.execute(f"select {', '.join(cols)} from {schema}.{table}").fetchall()
            # averages of doubles differ in the last bit with the order DuckDB adds them in
            rows = [tuple(round(v, 9) if isinstance(v, float) else v for v in r) for r in rows]
            out[f"{schema}.{table}"] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def _full_rebuild_of(settings) -> dict[str, list[tuple]]:
    """The same warehouse copied and rebuilt with `dbt build --full-refresh` (no tests). The
    copy's home is one per warehouse: its dbt target folder starts from the warehouse's own
    partial parse and stays between rebuilds, so dbt parses the project again in part (the
    files changed since), as the pipeline's builds do, not from scratch."""
    import shutil

    from newsfacts.settings import Settings
    from newsfacts.transform import run_dbt

    home = settings.home.parent / "full-rebuild"
    full = Settings.from_env({"NEWSFACTS_HOME": str(home),
                              "NEWSFACTS_DBT_PROJECT_DIR": str(settings.dbt_project_dir)})
    full.ensure_dirs()
    parsed = full.dbt_target / "partial_parse.msgpack"
    if not parsed.exists():
        parsed.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(settings.dbt_target / "partial_parse.msgpack", parsed)
    for old in (full.warehouse, full.warehouse.with_name(full.warehouse.name + ".wal")):
        old.unlink(missing_ok=True)
    shutil.copy(settings.warehouse, full.warehouse)
    code, _ = run_dbt(full, ["build", "--full-refresh", "--exclude-resource-type", "test",
                             "unit_test"])
    assert code == 0
    return _snapshot(full)


def _assert_equal_tables(incremental: dict, full: dict) -> None:
    assert incremental.keys() == full.keys()
    for table in incremental:
        assert incremental[table] == full[table], f"{table}: incremental != full rebuild"


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """A warehouse built incrementally through three loads, on a copy of the dbt project
    (with its seed files) that a later test changes."""
    import shutil

    from newsfacts.settings import REPO_DIR, Settings

    root = tmp_path_factory.mktemp("history")
    shutil.copytree(REPO_DIR / "dbt_project", root / "repo" / "dbt_project",
                    ignore=shutil.ignore_patterns("target", "logs"))
    shutil.copytree(REPO_DIR / "include" / "newsfacts" / "lexicon" / "reference",
                    root / "repo" / "include" / "newsfacts" / "lexicon" / "reference")
    s = Settings.from_env({"NEWSFACTS_HOME": str(root / "home"),
                           "NEWSFACTS_DBT_PROJECT_DIR": str(root / "repo" / "dbt_project")})
    s.ensure_dirs()
    # 1: "Ms Kallas" has no full name yet; "Ms Smith" is John Smith's; "Envoy Laine" is a
    # two-word name (Envoy is no title yet)
    b = write_batch(s, "r1", "b1", [
        synthetic_result("a1"), synthetic_result("a2"), _surname_only("k1", "Kallas"),
        synthetic_result("s0", speaker="John Smith"), _surname_only("s1", "Smith"),
        synthetic_result("e1", speaker="Envoy Laine")])
    load_step(s, "r1", [str(b)])
    transform_step(s, "r1")
    # 2: new rows change earlier resolutions: Kaja Kallas arrives (k1's "Ms Kallas" is hers),
    # Jane Smith arrives ("Ms Smith" is no longer only John Smith's)
    b = write_batch(s, "r2", "b2", [synthetic_result("k2", speaker="Kaja Kallas"),
                                    synthetic_result("s2", speaker="Jane Smith")])
    load_step(s, "r2", [str(b)])
    transform_step(s, "r2")
    after_two = {doc: _person_names(s, doc) for doc in ("k1", "s1")}
    # 3: a replay supersedes: a1 has one statement and no deployment left; k2 no longer
    # names Kaja Kallas (so "Ms Kallas" is nobody's again); and a broken load lost s2 from
    # raw (so "Ms Smith" is John Smith's again)
    con = duckdb.connect(str(s.warehouse))
    try:
        s2 = con.execute("select article_id from raw.articles where url like '%/s2'").fetchone()
        for table in ARTICLE_TABLES:
            con.execute(f"delete from raw.{table} where article_id = ?", [s2[0]])
    finally:
        con.close()
    a1 = synthetic_result("a1", n_statements=1)
    a1["deployments"] = []
    k2 = synthetic_result("k2", speaker="Anna Berg")
    b = write_batch(s, "r3", "b3", [a1, k2])
    load_step(s, "r3", [str(b)])
    transform_step(s, "r3")
    return s, root, after_two


def _person_names(settings, doc: str) -> set[str]:
    """The resolved names of an article's persons."""
    return {name for (name,) in _query(settings, """
        select r.actor_name from intermediate.int_actors_resolved as r
        join marts.dim_article as a using (article_key)
        where a.url = ? and r.actor_kind = 'person'""", [f"https://news.example/{doc}"])}


def test_new_rows_change_earlier_resolutions(history):
    s, _, after_two = history
    assert after_two == {"k1": {"Kaja Kallas"}, "s1": {"Smith"}}
    assert _person_names(s, "s0") == {"John Smith"}


def test_incremental_builds_equal_a_full_rebuild(history):
    s, _, _ = history
    incremental = _snapshot(s)
    # the replay's effects: a1's old facts are gone, "Ms Kallas" is nobody's again
    assert _person_names(s, "k1") == {"Kallas"}
    assert _person_names(s, "s1") == {"John Smith"}
    assert _query(s, "select count(*) from marts.dim_article where url like '%/s2'") == [(0,)]
    assert _query(s, "select count(*) from marts.mart_deployment_reports "
                     "where url like '%/a1'") == [(0,)]
    _assert_equal_tables(incremental, _full_rebuild_of(s))


def test_changed_seed_rebuilds_what_it_affects(history):
    from newsfacts.transform import build_args

    s, root, _ = history
    # the seeds were loaded once: the pipeline's builds since left them out, and the models
    # built from seeds only (kept from the build that recorded their hash), and the views
    unchanged = build_args(s)[0]
    assert unchanged[:3] == ["build", "--exclude", "resource_type:seed"]
    assert {"dim_date", "int_name_lookup", "unique_dim_date_date_day", *VIEWS} <= set(unchanged)
    assert unchanged[-2:] == ["--indirect-selection", "empty"]
    ref = root / "repo" / "include" / "newsfacts" / "lexicon" / "reference"
    titles = ref / "ref_titles.csv"
    titles.write_text(titles.read_text() + "Envoy,role,\n")
    cues = ref / "ref_cue_verbs.csv"
    cues.write_text(cues.read_text().replace("said,say,OTHER,", "said,say,REQUEST,"))
    # the seeds are loaded again, and int_name_lookup built from them; dim_date (read from
    # no seed) and the views are still left out
    args = build_args(s)[0]
    assert args[:3] == ["build", "--exclude", "dim_date"]
    assert {"int_name_lookup", "resource_type:seed"}.isdisjoint(args)
    build = dbt_build(s, "r4-lexicon")  # nothing new loaded: only the seeds changed
    assert build.code == 0
    assert _parses(s)[-1] == "partial"  # new seed hashes, no parse in full for them
    ran = {r["unique_id"].split(".")[2] for r in build.results["results"]}
    assert ran >= {"ref_titles", "ref_cue_verbs", "int_name_lookup"}
    assert "dim_date" not in ran
    # a table model downstream of a changed seed (titles, through the actors) is created
    # again, with its contract; dim_place, not downstream of them, keeps its table
    assert _mart_sql(s, "mart_trips_by_status").startswith("drop table if exists")
    assert _mart_sql(s, "dim_place").startswith("delete from")
    assert build_args(s)[0] == unchanged
    # a seed-only model's own SQL changed: it alone is built again
    lookup = root / "repo" / "dbt_project" / "models" / "intermediate" / "int_name_lookup.sql"
    lookup.write_text(lookup.read_text() + "\n-- edited\n")
    assert "int_name_lookup" not in build_args(s)[0]
    assert "dim_date" in build_args(s)[0]
    build = dbt_build(s, "r5-model")
    assert build.code == 0
    assert _parses(s)[-1] == "partial"
    ran = {r["unique_id"].split(".")[2] for r in build.results["results"]}
    assert "int_name_lookup" in ran and "unique_int_name_lookup_name_folded" in ran
    assert "dim_date" not in ran and "unique_dim_date_date_day" not in ran
    # the tests of facts that refer to a left-out model still run
    assert "relationships_fct_statement_published_date__date_day__ref_dim_date_" in ran
    assert build_args(s)[0] == unchanged
    incremental = _snapshot(s)
    assert _person_names(s, "e1") == {"Laine"}
    statements = _query(s, "select distinct plover_category from marts.fct_statement")
    assert statements == [("REQUEST",)]
    _assert_equal_tables(incremental, _full_rebuild_of(s))


def test_views_are_created_again_only_when_their_definition_changed(history):
    """A view shows its raw table as it is when read: the pipeline's builds leave it out
    while its SQL, YAML, the project, the macros and its raw tables' columns are those it
    was created from, and still run its tests (they read the new rows through it)."""
    from newsfacts.transform import build_args

    s, root, _ = history
    assert set(VIEWS) <= set(build_args(s)[0])
    # a new load: the views, left out, show its rows, and their tests run on them
    b = write_batch(s, "r6", "b6", [synthetic_result("v1", speaker="Olga Ström")])
    load_step(s, "r6", [str(b)])
    build = dbt_build(s, "r6")
    assert build.code == 0
    ran = {r["unique_id"].split(".")[2] for r in build.results["results"]}
    assert not ran & set(VIEWS)
    assert {"unique_stg_newsfacts__statements_statement_key",
            "not_null_stg_newsfacts__articles_article_key"} <= ran
    assert _query(s, "select count(*) from staging.stg_newsfacts__articles "
                     "where url like '%/v1'") == [(1,)]
    # an edited view is created again, alone
    visits = root / "repo" / "dbt_project" / "models" / "staging" / "stg_newsfacts__visits.sql"
    visits.write_text(visits.read_text() + "\n-- edited\n")
    args = build_args(s)[0]
    assert "stg_newsfacts__visits" not in args and "stg_newsfacts__statements" in args
    build = dbt_build(s, "r7-view")
    assert build.code == 0
    ran = {r["unique_id"].split(".")[2] for r in build.results["results"]}
    assert "stg_newsfacts__visits" in ran and not ran & (set(VIEWS) - {"stg_newsfacts__visits"})
    assert "stg_newsfacts__visits" in build_args(s)[0]
    # a raw table whose columns changed: the views reading it are created again
    con = duckdb.connect(str(s.warehouse))
    try:
        con.execute("alter table raw.fetch_log add column bench_note varchar")
    finally:
        con.close()
    args = build_args(s)[0]
    assert "stg_newsfacts__fetch_log" not in args and "int_pages_archived" not in args
    assert "stg_newsfacts__articles" in args and "fct_event" in args
    build = dbt_build(s, "r8-columns")
    assert build.code == 0
    assert set(VIEWS) <= set(build_args(s)[0])
    # a view over models: created again when a contract it reads changes (a column's type),
    # not when a model it reads is rebuilt in full
    yml = root / "repo" / "dbt_project" / "models" / "marts" / "fct_visit.yml"
    original = yml.read_text()
    assert "  - name: sentence_idx\n    data_type: bigint\n" in original
    yml.write_text(original.replace("  - name: sentence_idx\n    data_type: bigint\n",
                                    "  - name: sentence_idx\n    data_type: integer\n"))
    try:
        assert "fct_event" not in build_args(s)[0]
    finally:
        yml.write_text(original)
    assert "fct_event" in build_args(s)[0]
    _assert_equal_tables(_snapshot(s), _full_rebuild_of(s))


def test_actor_changes_equal_a_full_rebuild(history):
    """dim_actor recomputes only the actors whose rows changed, mart_deployment_estimates only
    the series whose reports changed: a re-resolved actor (a new full name takes over a lone
    surname), an actor a replay removes, a title change (which the snapshot chain follows),
    reports joining a series; the result still equals a full rebuild."""
    s, _, _ = history
    actors = dict(_query(s, "select actor_name, n_articles from marts.dim_actor "
                            "where actor_kind = 'person'"))
    assert actors["Kallas"] == 1 and actors["Laine"] == 1
    assert "Kaja Kallas" not in actors and "Petra Holm" not in actors
    # rows no new article touches are not recomputed: mark one actor and one series
    untouched_series = ("select latest_url from marts.mart_deployment_estimates "
                        "where latest_url like '%/a2'")
    variants = _query(s, "select name_variants from marts.dim_actor "
                         "where actor_name = 'John Smith'")[0][0]
    qualifier = _query(s, "select latest_qualifier from marts.mart_deployment_estimates "
                          "where latest_url like '%/a2'")[0][0]
    con = duckdb.connect(str(s.warehouse))
    try:
        con.execute("update marts.dim_actor set name_variants = ['untouched'] "
                    "where actor_name = 'John Smith'")
        con.execute("update marts.mart_deployment_estimates set latest_qualifier = 'untouched' "
                    "where latest_url like '%/a2'")
    finally:
        con.close()
    # k3 names Kaja Kallas again (k1's "Ms Kallas" is hers again, "Kallas" goes); e1 is
    # replayed naming Petra Holm instead of Envoy Laine (Laine goes); t1 gives Ilse Varga a
    # new title in a later article; k3 and t1 report troops in Belarus (one series)
    e1 = synthetic_result("e1", speaker="Petra Holm")
    k3 = synthetic_result("k3", speaker="Kaja Kallas")
    t1 = synthetic_result("t1", size=52000)
    t1["actors"][0]["title"] = "Prime Minister"
    t1["article"]["published"] = "2026-11-20"
    for r in (k3, t1):
        r["deployments"][0].update(location="Belarus", location_country="BY")
    b = write_batch(s, "r9", "b9", [k3, e1, t1])
    load_step(s, "r9", [str(b)])
    transform_step(s, "r9")
    assert _query(s, "select name_variants from marts.dim_actor "
                     "where actor_name = 'John Smith'") == [(["untouched"],)]
    assert _query(s, "select latest_qualifier from marts.mart_deployment_estimates "
                     "where latest_url like '%/a2'") == [("untouched",)]
    con = duckdb.connect(str(s.warehouse))
    try:  # put back what a build would have written
        con.execute("update marts.dim_actor set name_variants = ? "
                    "where actor_name = 'John Smith'", [variants])
        con.execute("update marts.mart_deployment_estimates set latest_qualifier = ? "
                    "where latest_url like '%/a2'", [qualifier])
    finally:
        con.close()
    belarus = _query(s, """
        select report_date, latest_size, max_size_to_date, n_reports_to_date
        from marts.mart_deployment_estimates where location = 'Belarus' order by 1""")
    assert [r[1:] for r in belarus] == [(40000, 40000, 1), (52000, 52000, 2)]
    assert _query(s, untouched_series) == [("https://news.example/a2",)]
    actors = dict(_query(s, "select actor_name, n_articles from marts.dim_actor "
                            "where actor_kind = 'person'"))
    assert "Kallas" not in actors and "Laine" not in actors
    assert actors["Kaja Kallas"] == 2 and actors["Petra Holm"] == 1
    titles = _query(s, "select latest_title from marts.dim_actor where actor_name = 'Ilse Varga'")
    assert titles == [("Prime Minister",)]
    history_rows = _query(s, """
        select h.title, h.is_current from marts.dim_actor_history h
        join marts.dim_actor d using (actor_key) where d.actor_name = 'Ilse Varga'
        order by h.valid_from""")
    assert history_rows == [("Foreign Minister", False), ("Prime Minister", True)]
    # a changed title: dbt's snapshot ran (the skip's query found the change)
    assert "snapshot unchanged" not in _snapshot_sql(s)
    # actors not named by the new articles kept their rows as built before
    _assert_equal_tables(_snapshot(s), _full_rebuild_of(s))


def test_dim_actor_merges_gains_and_recomputes_losses(history):
    """int_actors_resolved logs the actor key of every row it deletes; dim_actor adds what an
    actor only gained to its stored row, recomputes from all its rows an actor that lost one,
    and every actor after a full build of int_actors_resolved, then clears the log."""
    from newsfacts.transform import run_dbt

    s, _, _ = history
    log = "intermediate.int_actors_resolved__deleted"

    def n_articles(name: str) -> int | None:
        rows = _query(s, "select n_articles from marts.dim_actor where actor_name = ?", [name])
        return rows[0][0] if rows else None

    def mark(name: str) -> int:
        """Add 100 to an actor's stored n_articles: a merge keeps it, a recompute does not."""
        con = duckdb.connect(str(s.warehouse))
        try:
            con.execute("update marts.dim_actor set n_articles = n_articles + 100 "
                        "where actor_name = ?", [name])
        finally:
            con.close()
        return n_articles(name) - 100

    assert _query(s, f"select count(*) from {log}") == [(0,)]  # the last build consumed it
    varga = mark("Ilse Varga")
    # g1 names Ilse Varga: she only gains an article, merged into her (marked) row
    b = write_batch(s, "r10", "b10", [synthetic_result("g1")])
    load_step(s, "r10", [str(b)])
    transform_step(s, "r10")
    assert n_articles("Ilse Varga") == varga + 101
    assert _query(s, f"select count(*) from {log}") == [(0,)]
    # g1 replayed naming Tove Lind: Ilse Varga loses it (logged), recomputed from her rows
    b = write_batch(s, "r11", "b11", [synthetic_result("g1", speaker="Tove Lind")])
    load_step(s, "r11", [str(b)])
    # int_actors_resolved alone first: the log as it leaves it, before dim_actor reads it
    code, _ = run_dbt(s, ["build", "-s", "int_actors_resolved", "--exclude-resource-type",
                          "test", "unit_test"])
    assert code == 0
    varga_key = _query(s, "select actor_key from marts.dim_actor where actor_name = 'Ilse Varga'")
    assert _query(s, f"select deleted_key from {log}") == varga_key
    transform_step(s, "r11")
    assert n_articles("Ilse Varga") == varga and n_articles("Tove Lind") == 1
    assert _query(s, f"select count(*) from {log}") == [(0,)]
    _assert_equal_tables(_snapshot(s), _full_rebuild_of(s))
    # int_actors_resolved rebuilt in full alone: a null entry, every actor recomputed
    mark("Ilse Varga")
    code, _ = run_dbt(s, ["build", "--full-refresh", "-s", "int_actors_resolved",
                          "--exclude-resource-type", "test", "unit_test"])
    assert code == 0
    assert _query(s, f"select deleted_key from {log}") == [(None,)]
    assert dbt_build(s, "r12").code == 0
    assert n_articles("Ilse Varga") == varga
    assert _query(s, f"select count(*) from {log}") == [(0,)]
    _assert_equal_tables(_snapshot(s), _full_rebuild_of(s))


def test_activity_counts_an_article_once_when_one_fact_model_rebuilds_it(history):
    """An article whose traveller is re-resolved to its statements' speaker is rebuilt by
    fct_visit alone: mart_actor_activity adds the visit to the speaker's stored week (the fact
    models log the actors of the rows they delete) without counting the article twice."""
    s, _, _ = history

    def week(name: str) -> list[tuple]:
        return _query(s, "select n_statements, n_visits, n_articles from "
                         "marts.mart_actor_activity where actor_name = ?", [name])

    # m1: Ivo Rask speaks, "Ms Rask" travels the same week; with Eva Rask (m0) in the
    # warehouse too, "Ms Rask" is nobody's yet
    m1 = synthetic_result("m1", speaker="Ivo Rask")
    m1["actors"].append({"key": "p2", "name": "Ms Rask", "kind": "person", "title": None,
                         "age": None, "country": None, "mentions": ["Ms Rask"]})
    m1["visits"][0].update(traveller="Ms Rask", traveller_key="p2", when="2026-11-02")
    b = write_batch(s, "r13", "b13", [synthetic_result("m0", speaker="Eva Rask"), m1])
    load_step(s, "r13", [str(b)])
    transform_step(s, "r13")
    assert week("Ivo Rask") == [(2, 0, 1)] and week("Rask") == [(0, 1, 1)]
    # m0 replayed naming Ola Berg: "Ms Rask" is Ivo Rask's now; fct_visit rebuilds m1,
    # fct_statement keeps its rows
    b = write_batch(s, "r14", "b14", [synthetic_result("m0", speaker="Ola Berg")])
    load_step(s, "r14", [str(b)])
    transform_step(s, "r14")
    assert week("Ivo Rask") == [(2, 1, 1)] and week("Rask") == []
    _assert_equal_tables(_snapshot(s), _full_rebuild_of(s))
