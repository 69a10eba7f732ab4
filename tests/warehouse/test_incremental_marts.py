"""Incremental marts with the real loader and real dbt: a rerun adds nothing, a replay
(re-extraction of an article with different facts) supersedes its old facts, and a fact whose
speaker resolves differently once another article arrives is rebuilt without a reload."""

from __future__ import annotations

import duckdb
import pytest
from support import synthetic_result, write_batch

from newsfacts.errors import NothingToDo
from newsfacts.pipeline import load_step, transform_step
from newsfacts.transform import dbt_build

FACTS = ("fct_statement", "fct_visit", "fct_force_deployment", "fct_event")


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


def test_rerun_adds_and_rebuilds_nothing(built):
    con = duckdb.connect(str(built.warehouse), read_only=True)
    try:
        before = _counts(con)
        stamps = con.execute("select max(transformed_at) from marts.fct_statement").fetchone()
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
    finally:
        con.close()


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
