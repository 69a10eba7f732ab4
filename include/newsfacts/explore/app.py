"""Entry point of the explorer: `streamlit run` this file (`newsfacts explore` does).

One URL path (/) for every page: the page is a query parameter (`/?page=visits&actor=...`),
so deep links and chart links work without Streamlit's multipage URL paths (which make the
browser probe `/<page>/_stcore/...` and log 404s)."""

import streamlit as st

from newsfacts.explore import PAGES, views

st.set_page_config(page_title="newsfacts explorer", layout="wide",
                   menu_items={"Get help": None, "Report a bug": None,
                               "About": "newsfacts: statements, visits and force deployments "
                                        "from the news, read from the published warehouse."})
titles = dict(PAGES)
wanted = st.query_params.get("page", PAGES[0][0])
if wanted not in titles:
    wanted = PAGES[0][0]


def _go() -> None:
    st.query_params.clear()
    st.query_params["page"] = st.session_state["nav"]


st.sidebar.header("newsfacts explorer")
page = st.sidebar.radio("Page", list(titles), index=list(titles).index(wanted),
                        format_func=titles.get, key="nav", on_change=_go,
                        label_visibility="collapsed")
st.query_params["page"] = page
getattr(views, page)()
