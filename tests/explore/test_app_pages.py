"""The explorer's page logic with Streamlit's AppTest, on the demo warehouse (plus one hostile
statement: article text may hold `<script>`, Markdown and LaTeX): every page runs, shows what the warehouse holds (values read from it here, not
written down), filters as asked, escapes what it shows, and follows a new publish without a
restart. The real browser is tests/explore/test_browser.py."""

from __future__ import annotations

import os
import shutil

import pytest
from explorekit import HOSTILE_QUOTE, HOSTILE_SPEAKER, add_hostile_statement, rows
from streamlit.testing.v1 import AppTest

from newsfacts.explore import PAGES
from newsfacts.explore.server import APP
from newsfacts.explore.views import md

TIMEOUT = 120


@pytest.fixture(scope="module", autouse=True)
def environment(explore_env, explore_home):
    add_hostile_statement(explore_home.published)  # this module's own copy
    saved = {k: os.environ.get(k) for k in explore_env}
    os.environ.update(explore_env)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def page(name: str, **params) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["page"] = name
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def frames(at: AppTest) -> list:
    return [d.value for d in at.dataframe]


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.parametrize("name,title", PAGES)
def test_every_page_runs(name, title):
    at = page(name)
    assert at.main.title[0].value == title
    assert not at.warning  # a published warehouse is there


def test_overview_counts_runs_and_actors(explore_home):
    pub = explore_home.published
    at = page("overview")
    metrics = {m.label: m.value for m in at.metric}
    (n_statements,), = rows(pub, "select count(*) from fct_statement")
    (n_articles,), = rows(pub, "select count(*) from dim_article")
    assert metrics["Statements"] == f"{n_statements:,}"
    assert metrics["Articles"] == f"{n_articles:,}"
    runs, top = frames(at)
    (run_id,), = rows(pub, "select run_id from _publication")
    assert run_id in set(runs["run"]) and set(runs["gate"]) == {"passed"}
    published_run = runs[runs["run"] == run_id].iloc[0]
    assert published_run["facts"] == sum(n for (n,) in rows(
        pub, "select count(*) from fct_statement union all select count(*) from fct_visit "
             "union all select count(*) from fct_force_deployment")) - 1  # the added one
    (busiest,) = rows(pub, "select a.actor_name from fct_event e join dim_actor a "
                           "on a.actor_key = e.source_actor_key group by all "
                           "order by count(*) desc, a.actor_name limit 1")
    assert top.iloc[0]["actor"] == busiest[0]
    assert top.iloc[0]["profile"].startswith("?page=actor&actor=")


def test_statements_search_by_speaker_text_date_and_source(explore_home):
    pub = explore_home.published
    (speaker, n), = rows(pub, "select speaker, count(*) from fct_statement where speaker is "
                              "not null group by 1 order by 2 desc, 1 limit 1")
    at = page("statements")
    at.text_input(key="st_speaker").input(speaker).run()
    table = frames(at)[0]
    assert len(table) == n and set(table["speaker"]) == {speaker}
    assert all(table["url"].str.len() > 0) and all(table["sentence"].str.len() > 0)
    word = table.iloc[0]["statement"].split()[-1].strip(".,\u201d\"'")
    at.text_input(key="st_text").input(word).run()
    narrowed = frames(at)[0]
    assert 1 <= len(narrowed) <= n
    assert all(word.lower() in (q + s).lower()
               for q, s in zip(narrowed["statement"], narrowed["sentence"], strict=True))
    (day,), = rows(pub, "select max(published_date) from fct_statement")
    (on_day,), = rows(pub, "select count(*) from fct_statement where published_date = ?",
                      [day])
    at = page("statements")
    at.date_input(key="st_since").set_value(day).run()
    assert len(frames(at)[0]) == on_day
    (source, in_source), = rows(pub, "select a.source_name, count(*) from fct_statement "
                                     "join dim_article a using (article_key) group by 1 "
                                     "order by 2 desc limit 1")
    at = page("statements")
    at.selectbox(key="st_source").set_value(source).run()
    assert len(frames(at)[0]) == min(in_source, 200)


def test_visits_filter_by_status_traveller_and_country(explore_home):
    pub = explore_home.published
    at = page("visits")
    everything = frames(at)[0]
    assert len(everything) == rows(pub, "select count(*) from fct_visit")[0][0]
    assert len(at.get("vega_lite_chart")) == 2  # the map and the timeline
    at.multiselect(key="v_statuses").set_value(["cancelled"]).run()
    cancelled = frames(at)[0]
    assert len(cancelled) == rows(pub, "select count(*) from fct_visit "
                                       "where visit_status = 'cancelled'")[0][0] > 0
    (traveller,), = rows(pub, "select traveller from fct_visit group by 1 "
                              "order by count(*) desc, 1 limit 1")
    at = page("visits")
    at.multiselect(key="v_travellers").set_value([traveller]).run()
    assert set(frames(at)[0]["traveller"]) == {traveller}
    (country, n), = rows(pub, "select p.country_name, count(*) from fct_visit v join dim_place "
                              "p on p.place_key = v.destination_place_key where p.country_name "
                              "is not null group by 1 order by 2 desc, 1 limit 1")
    at = page("visits")
    at.multiselect(key="v_countries").set_value([country]).run()
    assert len(frames(at)[0]) == n


def test_deployments_one_series_per_kind_and_unknown_never_pooled(explore_home):
    pub = explore_home.published
    at = page("deployments", actor="United States")
    places = at.selectbox(key="d_place").options
    unstated = [p for p in places if p.startswith("(no place stated)")]
    (n_unstated,), = rows(pub, "select count(*) from fct_force_deployment where actor = "
                               "'United States' and location is null")
    assert len(unstated) == n_unstated >= 2  # the jets, the destroyers (the soldiers have a base)
    assert not any(p == "unknown" for p in places)
    # the default: the actor with the longest numbered series at one place
    at = page("deployments")
    actor = at.selectbox(key="d_actor").value
    reports = frames(at)[0]
    sized = reports.dropna(subset=["size"])
    assert len(sized) >= 2 and len(at.get("vega_lite_chart")) == 1
    facts = rows(pub, "select force_size, size_qualifier, deployment_status, sentence "
                      "from fct_force_deployment where actor = ? and force_size is not null",
                 [actor])
    assert {(int(r.size), r.qualifier, r.status, r.sentence) for r in sized.itertuples()} <= \
        set(facts)
    # a chart point's link opens the page with its sentence
    (key, sentence), = rows(pub, "select deployment_key, sentence from mart_deployment_reports "
                                 "where sentence = ?", [sized.iloc[0]["sentence"]])[:1]
    at = page("deployments", actor=actor, report=key,
              place=at.selectbox(key="d_place").value)
    assert md(sentence) in markdown(at)


def test_actor_profile_titles_statements_trips(explore_home):
    pub = explore_home.published
    (key, name, n_said), = rows(
        pub, "select a.actor_key, a.actor_name, count(*) from fct_statement s join dim_actor a "
             "on a.actor_key = s.speaker_actor_key where a.actor_kind = 'person' and "
             "a.actor_key in (select actor_key from dim_actor_history) group by all "
             "order by 3 desc, 2 limit 1")
    at = page("actor", actor=key)
    assert at.main.header[0].value == md(name)
    titles, *rest = frames(at)
    history = rows(pub, "select title from dim_actor_history where actor_key = ?", [key])
    assert sorted(titles["title"]) == sorted(t for (t,) in history)
    said = next(f for f in rest if "statement" in f)
    assert len(said) == n_said
    (n_trips,), = rows(pub, "select count(*) from fct_visit where traveller_actor_key = ?",
                       [key])
    assert f"Where they went ({n_trips})" in [s.value for s in at.subheader]


def test_quality_shows_the_gate_and_the_demo_score(explore_home):
    from newsfacts.evaluate import demo_score

    pub = explore_home.published
    at = page("quality")
    validations, dbt, score = frames(at)
    (run_id,), = rows(pub, "select run_id from _publication")
    assert run_id in set(validations["run"]) and run_id in set(dbt["run"])
    (checks,), = rows(pub, "select sum(evaluated) from audit.gx_validations where run_id = ?",
                      [run_id])
    assert validations[validations["run"] == run_id]["checks"].sum() == checks
    assert "Quarantined articles (0)" in [s.value for s in at.subheader]
    expected = demo_score()
    assert dict(zip(score["facts"], score["f1"], strict=True)) == \
        {k: v["f1"] for k, v in expected.items()}


def test_text_from_articles_is_escaped(explore_home):
    at = page("statements", speaker=HOSTILE_SPEAKER)
    table = frames(at)[0]
    assert list(table["statement"]) == [HOSTILE_QUOTE]  # shown as data, on a canvas
    body = markdown(at)
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;" in body and "\\*\\*not bold\\*\\*" in body and "\\$x^2\\$" in body
    assert md(HOSTILE_SPEAKER) in body


def test_a_new_publish_shows_without_restart(explore_home, tmp_path):
    pub = explore_home.published
    before = page("overview")
    (n,), = rows(pub, "select count(*) from fct_statement")
    assert {m.label: m.value for m in before.metric}["Statements"] == f"{n:,}"
    # publish the way publish.py does: a new file renamed over the old one
    new = tmp_path / "next.duckdb"
    shutil.copy2(pub, new)
    import duckdb

    con = duckdb.connect(str(new))
    con.execute("delete from fct_statement where statement_key = 'hostile-1'")
    con.close()
    saved = pub.with_name("saved.duckdb")
    shutil.copy2(pub, saved)
    try:
        os.replace(new, pub)
        before.run()
        assert {m.label: m.value for m in before.metric}["Statements"] == f"{n - 1:,}"
    finally:
        os.replace(saved, pub)


def test_md_escapes_markdown_html_and_latex():
    assert md("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert md("[a](javascript:x)") == "\\[a\\]\\(javascript\\:x\\)"
    assert md("$1,000 and *this*") == "\\$1,000 and \\*this\\*"
    assert md(None) == ""
