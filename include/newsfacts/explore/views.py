"""The explorer's pages (Streamlit). Queries live in newsfacts.explore.data; this module only
lays them out. Every text from the warehouse reaches the page through st.dataframe (drawn on
a canvas) or through md() (Markdown and HTML escaped): article text may contain `<script>`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import quote

import altair as alt
import pandas as pd
import streamlit as st

from newsfacts.explore import data
from newsfacts.explore.data import Published, StatementFilter
from newsfacts.settings import Settings

STATUS_COLORS = {"planned": "#4c78a8", "possible": "#9ecae9", "ongoing": "#f58518",
                 "completed": "#54a24b", "cancelled": "#e45756"}
DEPLOY_STATUS_COLORS = {"deployed": "#e45756", "ordered": "#f58518", "planned": "#4c78a8",
                        "withdrawn": "#54a24b"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~$:])")


def md(text) -> str:
    """Escape for st.markdown: HTML is shown as text, Markdown syntax is inert."""
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s).replace("\n", " ")


def settings() -> Settings:
    return Settings.from_env()


def published() -> Published:
    return Published.from_settings(settings())


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(name: str, path: str, signature: tuple, args: tuple):
    return getattr(data, name)(Published(Path(path)), *args)


def q(name: str, *args):
    """data.<name>(published, *args), cached until the next publish."""
    pub = published()
    return _cached(name, str(pub.path), pub.signature(), args)


@st.cache_data(show_spinner=False, ttl=30)
def _runs(path: str, signature: tuple) -> pd.DataFrame:
    """The runs change without a publish (the landing zone's metrics): kept 30 s."""
    return data.runs(Published(Path(path)), settings())


@st.cache_data(show_spinner=False)
def _country_points() -> pd.DataFrame:
    return data.country_points(settings())


def guard() -> bool:
    """False (with a message) when nothing is published yet."""
    try:
        published().signature()
    except data.NotPublished as exc:
        st.warning(str(exc))
        return False
    return True


DATE_COLUMNS = ("date", "since", "last_stated", "day")


def show_table(frame: pd.DataFrame, **config) -> None:
    """st.dataframe with dates as dates and article URLs as links."""
    cols = {c: st.column_config.DateColumn(c) for c in DATE_COLUMNS if c in frame}
    if "url" in frame:
        cols["url"] = st.column_config.LinkColumn("article", display_text="open article")
    st.dataframe(frame, hide_index=True, width="stretch", column_config={**cols, **config})


def _fmt_size(size, qualifier) -> str:
    if size is None or pd.isna(size):
        return "no number"
    prefix = {"approx": "~", "at_least": "≥ ", "at_most": "≤ "}.get(qualifier, "")
    return f"{prefix}{int(size):,}"


# -- pages ------------------------------------------------------------------------------------

def overview() -> None:
    st.title("Overview")
    if not guard():
        return
    pub = q("publication")
    st.caption(f"Published by run {md(pub['run_id'])} at {pub['published_at']:%Y-%m-%d %H:%M} "
               f"UTC, extractor {md(', '.join(pub['extractor_versions']) or '-')}")
    cols = st.columns(5)
    for col, key in zip(cols, ("articles", "statements", "visits", "deployments", "actors"),
                        strict=True):
        col.metric(key.capitalize(), f"{pub['counts'][key]:,}")

    st.subheader("Last runs")
    runs = _runs(str(published().path), published().signature())
    if runs.empty:
        st.info("No runs recorded.")
    else:
        show_table(runs)

    st.subheader("Facts per day")
    per_day = q("facts_per_day")
    if not per_day.empty:
        chart = alt.Chart(per_day).mark_bar().encode(
            x=alt.X("day:T", title="article published"),
            y=alt.Y("sum(facts):Q", title="facts"),
            color=alt.Color("fact:N", title="fact"),
            tooltip=["day:T", "fact:N", "facts:Q"])
        st.altair_chart(chart, width="stretch")

    st.subheader("Most active actors")
    top = q("top_actors", 10)
    top["profile"] = [f"?page=actor&actor={k}" for k in top["actor_key"]]
    show_table(top.drop(columns=["actor_key"]),
          profile=st.column_config.LinkColumn("profile", display_text="open profile"))


def statements() -> None:
    st.title("Statements")
    if not guard():
        return
    params = st.query_params
    c1, c2, c3 = st.columns(3)
    speaker = c1.text_input("Speaker", value=params.get("speaker", ""), key="st_speaker")
    text = c2.text_input("Text contains", key="st_text")
    source = c3.selectbox("Source", ["(any)", *q("sources")], key="st_source")
    c4, c5, c6 = st.columns(3)
    since = c4.date_input("From", value=None, key="st_since")
    until = c5.date_input("To", value=None, key="st_until")
    kind = c6.selectbox("Kind", ["(any)", "direct", "indirect"], key="st_kind")
    f = StatementFilter(speaker=speaker, text=text,
                        since=since if isinstance(since, date) else None,
                        until=until if isinstance(until, date) else None,
                        source="" if source == "(any)" else source,
                        kind="" if kind == "(any)" else kind)
    rows, total = q("statements", f)
    shown = f"{len(rows):,} shown" if total > len(rows) else "all shown"
    st.caption(f"{total:,} statements match ({shown}, newest first)")
    show_table(rows.drop(columns=["speaker_actor_key"]),
          statement=st.column_config.TextColumn(width="large"),
          sentence=st.column_config.TextColumn(width="large"))
    if not rows.empty:
        first = rows.iloc[0]
        st.markdown(f"**{md(first['speaker'])}** ({md(str(first['date'])[:10])}): "
                    f"\u201c{md(first['statement'])}\u201d")
        st.markdown(f"> {md(first['sentence'])}")


def visits() -> None:
    st.title("Visits")
    if not guard():
        return
    travellers, countries = q("visit_options")
    c1, c2, c3 = st.columns(3)
    picked_t = c1.multiselect("Traveller", travellers, key="v_travellers")
    picked_c = c2.multiselect("Destination country", countries, key="v_countries")
    picked_s = c3.multiselect("Status", list(data.VISIT_STATUSES),
                              default=list(data.VISIT_STATUSES), key="v_statuses")
    found = q("visits", tuple(picked_t), tuple(picked_c), tuple(picked_s))
    st.caption(f"{found['total']:,} visits; " + ", ".join(
        f"{s} {found['by_status'].get(s, 0):,}" for s in data.VISIT_STATUSES))
    domain = list(STATUS_COLORS)
    colors = alt.Scale(domain=domain, range=[STATUS_COLORS[s] for s in domain])

    st.subheader("Map")
    places = found["places"]
    if places.empty:
        st.info("No visit with coordinates matches.")
    else:
        sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#eef3f8", stroke="#c8d3de")
        grid = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(stroke="#d9e1e8",
                                                                    strokeWidth=0.5)
        capitals = alt.Chart(_country_points()).mark_circle(
            size=6, color="#9aa5b1", opacity=0.6).encode(
            longitude="longitude:Q", latitude="latitude:Q", tooltip=["country:N"])
        points = alt.Chart(places).mark_circle(opacity=0.8, stroke="white",
                                               strokeWidth=0.5).encode(
            longitude="longitude:Q", latitude="latitude:Q",
            size=alt.Size("visits:Q", scale=alt.Scale(range=[40, 400]), title="visits",
                          legend=alt.Legend(format="d", tickMinStep=1)),
            color=alt.Color("status:N", scale=colors, title="status"),
            tooltip=["destination:N", "country:N", "status:N", "visits:Q", "travellers:N"])
        world = alt.layer(sphere, grid, capitals, points).project(type="equalEarth").properties(
            height=420)
        st.altair_chart(world, width="stretch")

    st.subheader("Timeline")
    timeline = found["timeline"]
    if not timeline.empty:
        chart = alt.Chart(timeline).mark_circle(opacity=0.85).encode(
            x=alt.X("date:T", title="date of the trip (or of the report)"),
            y=alt.Y("status:N", sort=domain, title=None),
            size=alt.Size("visits:Q", legend=None, scale=alt.Scale(range=[60, 300])),
            color=alt.Color("status:N", scale=colors, legend=None),
            tooltip=["date:T", "status:N", "visits:Q", "trips:N"]).properties(height=220)
        st.altair_chart(chart, width="stretch")
    table = found["table"]
    if found["total"] > len(table):
        st.caption(f"The newest {len(table):,} of {found['total']:,}:")
    show_table(table)


def deployments() -> None:
    st.title("Deployments")
    st.caption("Reported force sizes over time for one actor at one place: one series per kind "
               "of force (troops are not ships). A place that is not stated or did not "
               "resolve stays with its own article: \u201cunknown\u201d is never one place.")
    if not guard():
        return
    params = st.query_params
    actors = q("deployment_actors")
    if actors.empty:
        st.info("No deployments published.")
        return
    names = actors["actor"].tolist()
    wanted = params.get("actor")
    actor = st.selectbox("Actor", names, index=names.index(wanted) if wanted in names else 0,
                         format_func=lambda a: f"{a} ({int(actors.set_index('actor').at[a, 'reports'])} reports)",
                         key="d_actor")
    places = q("deployment_places", actor)
    keys = places["place_series_key"].tolist()
    labels = dict(zip(keys, places["place"], strict=True))
    wanted_place = params.get("place")
    place_key = st.selectbox("Place", keys, format_func=lambda k: labels[k],
                             index=keys.index(wanted_place) if wanted_place in keys else 0,
                             key="d_place")
    reports, total = q("deployment_reports", actor, place_key)
    if total > len(reports):
        st.caption(f"The newest {len(reports):,} of {total:,} reports.")
    sized = reports.dropna(subset=["size"]).copy()
    if sized.empty:
        st.info("No report gives a number for this actor and place.")
    else:
        sized["label"] = [_fmt_size(s, qf) for s, qf in zip(sized["size"], sized["qualifier"],
                                                           strict=True)]
        sized["qualifier"] = sized["qualifier"].map(data.QUALIFIER_LABELS).fillna(
            sized["qualifier"])
        sized["link"] = [f"?page=deployments&actor={quote(actor)}&place={place_key}&report={k}"
                         for k in sized["deployment_key"]]
        domain = list(DEPLOY_STATUS_COLORS)
        base = alt.Chart(sized).encode(
            x=alt.X("date:T", title="report date"),
            y=alt.Y("size:Q", title="reported size", scale=alt.Scale(zero=True)))
        line = base.mark_line(color="#9aa5b1").encode(detail="kind:N")
        dots = base.mark_point(size=120, filled=True).encode(
            color=alt.Color("status:N", scale=alt.Scale(
                domain=domain, range=[DEPLOY_STATUS_COLORS[s] for s in domain])),
            shape=alt.Shape("qualifier:N", title="qualifier"),
            href="link:N",
            tooltip=["date:T", "kind:N", "unit:N", "label:N", "qualifier:N", "status:N",
                     "sentence:N"])
        text = base.mark_text(dy=-12, fontSize=11).encode(text="label:N")
        layers = [line, dots, text] if len(sized) <= 60 else [line, dots]  # labels if legible
        chart = alt.layer(*layers, data=sized).properties(height=180).facet(
            row=alt.Row("kind:N", title="kind of force")).resolve_scale(y="independent")
        st.altair_chart(chart)
        st.caption("Click a point to read its sentence below.")
    chosen = params.get("report")
    picked = q("deployment_report", chosen) if chosen else reports.iloc[0:0]
    if not picked.empty:
        r = picked.iloc[0]
        st.markdown(f"**{md(str(r['date'])[:10])}**, {md(r['kind'])}: {md(_fmt_size(r['size'], r['qualifier']))} "
                    f"{md(r['unit'])} ({md(r['status'])})")
        st.markdown(f"> {md(r['sentence'])}")
    show_table(reports.drop(columns=["deployment_key", "series_key"]).iloc[::-1].head(
        data.PAGE_ROWS))


def actor() -> None:
    st.title("Actor profile")
    if not guard():
        return
    wanted = st.query_params.get("actor")
    found = q("find_actors", "", 500)
    keys = found["actor_key"].tolist()
    if not keys:
        st.info("No actor has facts yet.")
        return
    names = dict(zip(keys, found["actor_name"] + " (" + found["actor_kind"] + ", "
                     + found["facts"].astype(str) + " facts)", strict=True))
    people = found.loc[found["actor_kind"] == "person", "actor_key"].tolist()
    default = wanted if wanted in keys else (people[0] if people else keys[0])
    key = st.selectbox("Actor", keys, format_func=lambda k: names[k],
                       index=keys.index(default), key="a_actor")
    prof = q("actor_profile", key)
    head = prof["actor"]
    st.header(md(head.get("actor_name")))
    facts = [head.get("actor_kind"), head.get("country_name"), head.get("latest_title")]
    st.markdown(" · ".join(md(x) for x in facts if x and not pd.isna(x)))
    variants = head.get("name_variants")
    if variants is not None and len(variants):
        st.caption("Also written: " + md(", ".join(variants)))
    st.subheader("Titles over time")
    if prof["titles"].empty:
        st.caption("No title stated.")
    else:
        show_table(prof["titles"])
    for title, part in (("What they said", "statements"), ("Where they went", "trips"),
                        ("Whose forces", "forces")):
        frame = prof[part]
        st.subheader(f"{title} ({prof['counts'][part]:,})")
        if frame.empty:
            st.caption("None.")
        else:
            show_table(frame)


def _counted_table(title: str, frame: pd.DataFrame | None, when_empty: str) -> None:
    """A subheader with the row count, then the table or a caption saying it is empty."""
    st.subheader(f"{title} ({0 if frame is None else len(frame)})")
    if frame is None or frame.empty:
        st.caption(when_empty)
    else:
        show_table(frame)


def quality() -> None:
    st.title("Quality")
    if not guard():
        return
    record = q("quality")
    st.subheader("Gate results per run")
    if "validations" in record:
        st.caption("Great Expectations: raw batches before load, marts before publish")
        show_table(record["validations"])
    if "dbt" in record:
        st.caption("dbt tests (keys, relationships, accepted values, contracts, unit tests)")
        show_table(record["dbt"])
    _counted_table("Failed checks", record.get("failed_checks"),
                   "None in the published record.")
    _counted_table("Quarantined articles", record.get("quarantine"),
                   "None: every article passed the row-level checks.")
    st.subheader("Extractor on the bundled demo gold")
    score = demo_score()
    rows = pd.DataFrame([{"facts": k, **v} for k, v in score["scores"].items()])
    st.caption(f"Extractor {md(score['extractor_version'])} on the bundled demo pages against "
               "include/newsfacts/demo/gold.jsonl (newsfacts.scoring: the evaluation "
               "format's rules); `newsfacts eval --demo` prints the same table.")
    show_table(rows)


@st.cache_resource(show_spinner="Scoring the demo corpus...")
def _demo_score(version: str) -> dict:
    return data.demo_gold_score(settings())


def demo_score() -> dict:
    from newsfacts.extract import EXTRACTOR_VERSION

    return _demo_score(EXTRACTOR_VERSION)
