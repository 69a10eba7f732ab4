"""The explorer in a real browser: `newsfacts explore` serves the demo warehouse on loopback, headless Chromium (Debian's package, driven by Playwright's
Python API; never `playwright install`) opens every page and checks that it shows the
warehouse's values (read here from the file), logs no console error, requests nothing outside
loopback and runs no script from the data: a new publish adds a hostile statement, which the
running server shows (no restart), as text. Screenshots of every page go to a temporary folder,
or to $NEWSFACTS_SCREENSHOTS (docs/explorer holds the committed ones:
`NEWSFACTS_SCREENSHOTS=docs/explorer .venv/bin/python -m pytest tests/explore/test_browser.py`).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from explorekit import HOSTILE_QUOTE, HOSTILE_SPEAKER, add_hostile_statement, rows

from newsfacts.explore import PAGES

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
TITLES = dict(PAGES)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(explore_env, explore_home, tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("explore-server") / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsfacts.cli", "explore", "--port", str(port)],
            env={**os.environ, **explore_env}, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"explorer did not start: {log.read_text()[-2000:]}")
        time.sleep(0.3)
    yield base
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium package "
                    "(scripts/test.sh and .ci/run do, as root: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    wanted = os.environ.get("NEWSFACTS_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Visit:
    """One page load with everything the browser did: requests, console errors, page
    errors."""

    def __init__(self, browser, base: str, query: str):
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text)
                     if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(f"{base}/?{query}")
        self.settle()

    def settle(self) -> None:
        self.page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=60000)
        self.page.wait_for_load_state("networkidle")

    def text(self) -> str:
        return self.page.inner_text("[data-testid=stMain]")

    def outside_loopback(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("data:", "blob:"))
                and urlsplit(u).hostname not in ("127.0.0.1", "localhost", "::1")]

    def check_clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.outside_loopback(), self.outside_loopback()
        assert self.page.evaluate("window.__pwned") is None  # no script from the data ran


def _count(pub, sql: str, params: list | None = None) -> int:
    return rows(pub, sql, params)[0][0]


def _expect(visit: Visit, name: str, pub) -> None:
    """What each page must show of the warehouse."""
    expected_charts = {"overview": 1, "visits": 2, "deployments": 1}.get(name, 0)
    if expected_charts:  # charts are drawn after the script has finished
        visit.page.locator(".vega-embed canvas, .vega-embed svg").nth(
            expected_charts - 1).wait_for(timeout=30000)
    text = visit.text()
    charts = visit.page.locator(".vega-embed").count()
    if name == "overview":
        assert f"{_count(pub, 'select count(*) from fct_statement'):,}" in text
        assert f"{_count(pub, 'select count(*) from fct_visit'):,}" in text
        assert rows(pub, "select run_id from _publication")[0][0] in text
        assert charts == 1
    elif name == "statements":
        n = _count(pub, "select count(*) from fct_statement")
        assert f"{n:,} statements match" in text
        (speaker,), = rows(pub, "select speaker from fct_statement order by published_date "
                                "desc nulls last, article_key, sentence_idx, start_char limit 1")
        assert speaker in text
    elif name == "visits":
        for status, n in rows(pub, "select visit_status, count(*) from fct_visit group by 1"):
            assert f"{status} {n}" in text
        assert charts == 2  # the map and the timeline
    elif name == "deployments":
        # the app's default: the longest numbered series at one place, then most reports
        (actor,), = rows(pub, "with per as (select actor, place_series_key, count(*) r, "
                              "count(force_size) n from mart_deployment_reports group by all) "
                              "select actor from per group by actor "
                              "order by max(n) desc, sum(r) desc, actor limit 1")
        shown = visit.page.evaluate(
            "Array.from(document.querySelectorAll('[data-testid=stSelectbox]'))"
            ".map(e => e.textContent + ' ' + Array.from(e.querySelectorAll('input'))"
            ".map(i => i.value).join(' ')).join(' | ')")
        assert actor in shown, shown
        assert charts == 1
    elif name == "actor":
        (actor, n_said), = rows(pub, "select a.actor_name, count(*) filter (where "
                                     "e.event_type = 'statement') from fct_event e join "
                                     "dim_actor a on a.actor_key = e.source_actor_key where "
                                     "a.actor_kind = 'person' group by all "
                                     "order by count(*) desc, a.actor_name limit 1")
        assert actor in text and f"What they said ({n_said})" in text
    elif name == "quality":
        version = rows(pub, "select extractor_versions[1] from _publication")[0][0]
        assert f"Extractor {version}" in text
        assert "Quarantined articles (0)" in text


@pytest.mark.parametrize("name", list(TITLES))
def test_every_page_loads_clean_and_shows_the_warehouse(name, server, browser, shots,
                                                        explore_home):
    visit = Visit(browser, server, f"page={name}")
    try:
        assert visit.page.locator("h1").first.inner_text() == TITLES[name]
        _expect(visit, name, explore_home.published)
        visit.page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
        visit.check_clean()
    finally:
        visit.page.close()


def test_sidebar_navigation_and_a_chart_link(server, browser, explore_home):
    """Pages switch from the sidebar; a deployment point's link opens its sentence."""
    pub = explore_home.published
    visit = Visit(browser, server, "page=overview")
    try:
        visit.page.get_by_text("Deployments", exact=True).first.click()
        visit.page.wait_for_selector("h1:has-text('Deployments')")
        visit.settle()
        assert "page=deployments" in visit.page.url
        (actor, place, key, sentence), = rows(
            pub, "select actor, place_series_key, deployment_key, sentence from "
                 "mart_deployment_reports where force_size is not null order by report_date, "
                 "deployment_key limit 1")
        visit.page.goto(f"{server}/?page=deployments&actor={quote(actor)}&place={place}"
                        f"&report={key}")
        visit.settle()
        assert re.sub(r"\s+", " ", sentence) in re.sub(r"\s+", " ", visit.text())
        visit.check_clean()
    finally:
        visit.page.close()


def test_a_new_publish_shows_and_its_text_is_shown_not_run(server, browser, explore_home,
                                                          tmp_path):
    import shutil

    before = Visit(browser, server, f"page=statements&speaker={quote(HOSTILE_SPEAKER)}")
    try:
        assert "0 statements match" in before.text()
    finally:
        before.page.close()
    new = tmp_path / "next.duckdb"  # published the way publish.py does: renamed over the old
    shutil.copy2(explore_home.published, new)
    add_hostile_statement(new)
    os.replace(new, explore_home.published)
    visit = Visit(browser, server, f"page=statements&speaker={quote(HOSTILE_SPEAKER)}")
    try:
        text = visit.text()
        assert "1 statements match" in text
        assert HOSTILE_SPEAKER in text and "<script>window.__pwned=2</script>" in text
        assert "$x^2$" in HOSTILE_QUOTE and "$x^2$" in text  # LaTeX not typeset
        assert visit.page.locator('img[src="x"]').count() == 0
        assert visit.page.locator("a[href^='javascript']").count() == 0
        visit.check_clean()
    finally:
        visit.page.close()
