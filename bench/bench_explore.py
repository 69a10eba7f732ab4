"""Benchmark the explorer (not a test): how long each page takes to render in a real browser.

usage: .venv/bin/python bench/bench_explore.py [--statements 1000000] [--keep DIR] [--repeat 3]

Builds two published warehouses: the demo (the real pipeline over the bundled demo corpus,
`newsfacts run`) and a synthetic one with N statements (bench/bench_dbt.py's raw data: 10
statements, 1 visit and 0.5 deployments per article, then `dbt build` and publish). For each,
serves `newsfacts explore` on loopback and opens every page in headless Chromium (Debian's
package), timing until the page's script has finished and its charts are drawn:
  new tab, cold   a new tab opening /?page=X, the first time after the server started (the
                  page's queries not cached yet); includes loading Streamlit's scripts
  new tab, warm   the same, best of --repeat (queries cached until the next publish)
  sidebar click   in an open app, a click on the page in the sidebar (best of --repeat)
  queries         without a browser, the page's queries alone (newsfacts.explore.data)
Targets: under 2 s per page on the demo, under 5 s with 1M statements.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))
sys.path.insert(0, str(REPO / "bench"))

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
CHARTS = {"overview": 1, "visits": 2, "deployments": 1}


def demo_home(root: Path):
    from newsfacts.pipeline import run_local
    from newsfacts.settings import Settings

    s = Settings.from_env({"NEWSFACTS_HOME": str(root / "demo")})
    s = s.with_overrides(publish_docs=False)
    if not s.published.exists():
        with open(os.devnull, "w") as null:
            stdout, sys.stdout = sys.stdout, null
            try:
                run_local(settings=s)
            finally:
                sys.stdout = stdout
    return s


def synthetic_home(root: Path, statements: int):
    from bench_dbt import PER_ARTICLE, dbt, fill

    from newsfacts.publish import publish
    from newsfacts.settings import Settings

    s = Settings.from_env({"NEWSFACTS_HOME": str(root / f"n{statements}")})
    s = s.with_overrides(publish_docs=False)
    if s.published.exists():
        return s, {}
    s.ensure_dirs()
    t0 = time.perf_counter()
    fill(s.warehouse, 0, statements // PER_ARTICLE, "2026-11-01 00:00:00+00")
    gen = time.perf_counter() - t0
    build = dbt(s, "build", "--full-refresh")
    t0 = time.perf_counter()
    publish(s, "bench")
    return s, {"generate": gen, "dbt build": build["wall"],
               "publish": time.perf_counter() - t0}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(settings) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "NEWSFACTS_HOME": str(settings.home),
           "NEWSFACTS_PUBLISHED": str(settings.published)}
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", "explore", "--port",
                             str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                return proc, base
        except OSError:
            time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    raise SystemExit("the explorer did not start")


def page_seconds(browser, base: str, page: str) -> float:
    tab = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        t0 = time.perf_counter()
        tab.goto(f"{base}/?page={page}")
        tab.wait_for_selector("h1", timeout=120_000)
        tab.wait_for_selector('[data-test-script-state="notRunning"]', timeout=120_000)
        for i in range(CHARTS.get(page, 0)):
            tab.locator(".vega-embed canvas, .vega-embed svg").nth(i).wait_for(timeout=120_000)
        return time.perf_counter() - t0
    finally:
        tab.close()


def nav_seconds(browser, base: str, page: str, title: str, repeat: int) -> float:
    """In an open app: click the page in the sidebar (coming from another page) and wait for
    it to be drawn; the best of `repeat`."""
    tab = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        other = "quality" if page != "quality" else "overview"
        best = float("inf")
        for _ in range(repeat):
            tab.goto(f"{base}/?page={other}")
            tab.wait_for_selector('[data-test-script-state="notRunning"]', timeout=120_000)
            t0 = time.perf_counter()
            tab.locator("[data-testid=stSidebar]").get_by_text(title, exact=True).first.click()
            tab.wait_for_selector(f"h1:has-text('{title}')", timeout=120_000)
            tab.wait_for_selector('[data-test-script-state="notRunning"]', timeout=120_000)
            for i in range(CHARTS.get(page, 0)):
                tab.locator(".vega-embed canvas, .vega-embed svg").nth(i).wait_for(
                    timeout=120_000)
            best = min(best, time.perf_counter() - t0)
        return best
    finally:
        tab.close()


def query_seconds(settings, page: str, repeat: int) -> float:
    from newsfacts.explore import data

    pub = data.Published(settings.published)

    def run() -> None:
        if page == "overview":
            data.publication(pub)
            data.runs(pub, settings)
            data.facts_per_day(pub)
            data.top_actors(pub)
        elif page == "statements":
            data.statements(pub, data.StatementFilter())
            data.sources(pub)
        elif page == "visits":
            data.visit_options(pub)
            data.visits(pub, (), (), data.VISIT_STATUSES)
        elif page == "deployments":
            actors = data.deployment_actors(pub)
            places = data.deployment_places(pub, actors.iloc[0]["actor"])
            data.deployment_reports(pub, actors.iloc[0]["actor"],
                                    places.iloc[0]["place_series_key"])
        elif page == "actor":
            found = data.find_actors(pub, "", 500)
            people = found[found["actor_kind"] == "person"]
            data.actor_profile(pub, (people if len(people) else found).iloc[0]["actor_key"])
        elif page == "quality":
            data.quality(pub)

    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--keep", help="build the warehouses here and keep them (reused if there)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--build-only", action="store_true",
                    help="build the warehouses (with --keep) and stop: time them later")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from newsfacts.explore import PAGES

    root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench-explore-"))
    root.mkdir(parents=True, exist_ok=True)
    homes = [("demo", demo_home(root), {})]
    if a.statements:
        s, build = synthetic_home(root, a.statements)
        homes.append((f"{a.statements:,} statements", s, build))
    for label, _s, build in homes:
        for step, secs in build.items():
            print(f"# {label}: {step} {secs:.1f}s", file=sys.stderr, flush=True)
    if a.build_only:
        return 0
    print("| warehouse | page | new tab, cold s | new tab, warm s | sidebar click s | "
          "queries s |")
    print("|---|---|---:|---:|---:|---:|")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        for label, settings, _build in homes:
            proc, base = serve(settings)
            try:
                page_seconds(browser, base, "overview")  # the session's first load
                for page, title in PAGES:
                    cold = page_seconds(browser, base, page)
                    warm = min(page_seconds(browser, base, page) for _ in range(a.repeat))
                    click = nav_seconds(browser, base, page, title, a.repeat)
                    qs = query_seconds(settings, page, a.repeat)
                    print(f"| {label} | {page} | {cold:.2f} | {warm:.2f} | {click:.2f} | "
                          f"{qs:.3f} |", flush=True)
            finally:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=30)
        browser.close()
    if not a.keep:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
