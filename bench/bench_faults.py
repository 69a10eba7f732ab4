"""Issue 13's fault table, measured: what routine faults cost (articles lost, seconds spent).

Every scenario runs real `newsfacts run` processes over the bundled demo articles served on
loopback HTTP, each on a fresh NEWSFACTS_HOME, and counts the articles published at the end
against the articles offered:

  kills       SIGKILL inside fetch, extract and load (the run is held at the step with
              NEWSFACTS_TEST_HOLD, then its process group is killed), then one rerun
  apart       two runs of the whole feed started 3 s apart (both finish), then one rerun
  reader      15 articles published; an analyst holds the working warehouse open read-only
              while a run brings 18 more: the reader leaves after --reader-seconds (the run
              waits), or stays past NEWSFACTS_WAREHOUSE_WAIT (the run fails; rerun after)
  rerun       a run with no new article: wall time of `newsfacts run`, and of the DAG
              (`airflow dags test` through newsfacts.airflow_run) with the seconds its tasks
              spent in newsfacts' code (the rest is Airflow's own overhead)
  pages       extraction time of generated pages (12,500 / 25,000 / 50,000 quote marks,
              20 MB of text, HTML nested 5,000 deep), without a budget and under --budgets
              (CPU seconds)
  messages    what an operator sees: exit code and message of each expected failure (a
              dead source, a missing sources file under Airflow, --out into a missing
              folder, a truncated manifest, a failed gate), and how many console lines a
              whole `newsfacts run` prints

    .venv/bin/python bench/bench_faults.py all            # or one scenario by name
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))

from newsfacts.settings import DEMO_DIR  # noqa: E402

PY = sys.executable


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(folder: Path) -> str:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def demo_links() -> list[str]:
    return re.findall(r"<link>(articles/[^<]+)</link>", (DEMO_DIR / "site" / "feed.xml").read_text())


def sources(path: Path, base: str, links: list[str]) -> Path:
    urls = [f"{base}/{link}" for link in links]
    path.write_text("sources:\n  - {name: demo, kind: urls, allow_private: true, rate_limit: 0, "
                    f"urls: {json.dumps(urls)}}}\n")
    return path


class Home:
    def __init__(self, root: Path, src: Path, **env):
        self.root = root
        self.home = root / "home"
        self.env = {**os.environ, "NEWSFACTS_HOME": str(self.home),
                    "NEWSFACTS_SOURCES": str(src), "NEWSFACTS_PUBLISH_DOCS": "0",
                    "NEWSFACTS_TEST_HOLD_DIR": str(root / "holds"),
                    "GX_ANALYTICS_ENABLED": "False", **env}
        self.n = 0

    def start(self, *args, **env) -> subprocess.Popen:
        self.n += 1
        log = open(self.root / f"cmd{self.n}.log", "w")  # noqa: SIM115
        return subprocess.Popen([PY, "-m", "newsfacts.cli", *(args or ("run",))],
                                env={**self.env, **env}, stdout=log, stderr=log,
                                start_new_session=True)

    def run(self, *args, **env) -> tuple[int, float]:
        t0 = time.monotonic()
        p = self.start(*args, **env)
        return p.wait(), time.monotonic() - t0

    def kill_at(self, step: str) -> float:
        t0 = time.monotonic()
        p = self.start(NEWSFACTS_TEST_HOLD=step)
        flag = self.root / "holds" / f"{step}.reached"
        while not flag.exists() and p.poll() is None:
            time.sleep(0.05)
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        flag.unlink(missing_ok=True)
        return time.monotonic() - t0

    def published(self) -> int:
        path = self.home / "published" / "newsfacts.duckdb"
        if not path.exists():
            return 0
        con = duckdb.connect(str(path), read_only=True)
        try:
            return con.execute("select count(*) from dim_article").fetchone()[0]
        finally:
            con.close()

    def duplicates(self) -> int:
        path = self.home / "published" / "newsfacts.duckdb"
        con = duckdb.connect(str(path), read_only=True)
        try:
            return con.execute("select count(*) - count(distinct statement_key) "
                               "from fct_statement").fetchone()[0]
        finally:
            con.close()


def _row(name: str, offered: int, published: int, extra: str = "") -> dict:
    row = {"scenario": name, "offered": offered, "published": published,
           "lost": offered - published}
    print(f"  {name:<40} offered {offered:>3}  published {published:>3}  lost "
          f"{offered - published:>3}  {extra}", flush=True)
    return {**row, "note": extra}


def kills(tmp: Path, base: str) -> list[dict]:
    links = demo_links()[:18]
    out = []
    for step in ("fetch", "extract", "load"):
        root = tmp / f"kill-{step}"
        root.mkdir()
        h = Home(root, sources(root / "s.yml", base, links), NEWSFACTS_BATCH_SIZE="5")
        killed = h.kill_at(step)
        code, secs = h.run()
        out.append(_row(f"SIGKILL during {step}, then one rerun", len(links), h.published(),
                        f"(killed after {killed:.0f}s; rerun exit {code}, {secs:.0f}s; "
                        f"duplicate statements {h.duplicates()})"))
    return out


def apart(tmp: Path, base: str) -> list[dict]:
    links = demo_links()
    root = tmp / "apart"
    root.mkdir()
    h = Home(root, sources(root / "s.yml", base, links))
    a = h.start()
    time.sleep(3)
    b = h.start()
    ca, cb = a.wait(), b.wait()
    after_both = h.published()
    code, _ = h.run()
    return [_row("two runs 3 s apart, then one rerun", len(links), h.published(),
                 f"(exit codes {ca}, {cb}: one refused with 75; {after_both} published "
                 f"after both, rerun exit {code})")]


def _reader(path: Path) -> subprocess.Popen:
    code = ("import duckdb, sys\nc = duckdb.connect(sys.argv[1], read_only=True)\n"
            "print('open', flush=True)\nsys.stdin.read()\n")
    p = subprocess.Popen([PY, "-c", code, str(path)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
    p.stdout.readline()
    return p


def reader(tmp: Path, base: str, reader_seconds: float) -> list[dict]:
    links = demo_links()
    out = []
    for stays in (False, True):
        root = tmp / f"reader-{'stays' if stays else 'leaves'}"
        root.mkdir()
        first = sources(root / "first.yml", base, links[:15])
        h = Home(root, first)
        h.run()
        h.env["NEWSFACTS_SOURCES"] = str(sources(root / "all.yml", base, links))
        r = _reader(h.home / "warehouse" / "newsfacts.duckdb")
        env = {"NEWSFACTS_WAREHOUSE_WAIT": "5"} if stays else {}
        p = h.start(**env)
        t0 = time.monotonic()
        if stays:
            code = p.wait()
        else:
            time.sleep(reader_seconds)
        r.stdin.close()
        r.wait()
        if stays:
            after = h.published()
            rerun, _ = h.run()
            note = (f"(the reader stayed: the run failed, exit {code}, {after} published; "
                    f"the rerun, exit {rerun}, published the rest)")
        else:
            code = p.wait()
            note = (f"(the reader left after {reader_seconds:.0f}s; the run waited and "
                    f"finished, exit {code}, {time.monotonic() - t0:.0f}s)")
        out.append(_row(f"reader on the working warehouse ({'stays' if stays else 'leaves'})",
                        len(links), h.published(), note))
    return out


def _task_seconds(home: Path, run_prefix: str) -> tuple[float, dict]:
    con = duckdb.connect(str(home / "warehouse" / "newsfacts.duckdb"), read_only=True)
    try:
        run = con.execute("select run_id from audit.pipeline_runs where run_id like ? "
                          "order by started_at desc limit 1", [run_prefix + "%"]).fetchone()[0]
        rows = con.execute("select task, status, seconds from audit.pipeline_task_runs "
                           "where run_id = ? order by started_at", [run]).fetchall()
    finally:
        con.close()
    return sum(r[2] or 0 for r in rows), {r[0]: f"{r[1]} {r[2]:.2f}s" for r in rows}


def rerun(tmp: Path, base: str) -> list[dict]:
    links = demo_links()
    root = tmp / "rerun"
    root.mkdir()
    h = Home(root, sources(root / "s.yml", base, links))
    h.run()
    console = (root / f"cmd{h.n}.log").read_text().splitlines()
    print(f"  a whole newsfacts run printed {len(console)} console lines "
          f"({sum('newsfacts.dbt' in x or 'PASS=' in x for x in console)} of them dbt's)",
          flush=True)
    code, secs = h.run()
    inside, tasks = _task_seconds(h.home, "local__")
    print(f"  newsfacts run, nothing new: {secs:.1f}s wall (exit {code}); steps {inside:.1f}s: "
          f"{tasks}", flush=True)
    env = {**h.env, "AIRFLOW_HOME": str(root / "airflow"),
           "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    subprocess.run([PY, "-m", "newsfacts.airflow_run", "--no-summary"], env=env,
                   capture_output=True, check=True)  # migrates, and a first DAG run
    t0 = time.monotonic()
    subprocess.run([PY, "-m", "newsfacts.airflow_run", "--no-summary"], env=env,
                   capture_output=True, check=True)
    dag_secs = time.monotonic() - t0
    dag_inside, dag_tasks = _task_seconds(h.home, "manual__")
    print(f"  DAG (airflow dags test), nothing new: {dag_secs:.1f}s wall; newsfacts' tasks "
          f"{dag_inside:.1f}s: {dag_tasks}", flush=True)
    return [{"scenario": "rerun, nothing new", "cli_wall_s": round(secs, 1),
             "cli_steps_s": round(inside, 1), "dag_wall_s": round(dag_secs, 1),
             "dag_tasks_s": round(dag_inside, 1)}]


def pages(tmp: Path, base: str, budgets: list[float]) -> list[dict]:
    # relkit reads the tests' shared helpers (tests/support.py) too
    sys.path[:0] = [str(REPO / "tests" / "reliability"), str(REPO / "tests")]
    from relkit import big_page

    from newsfacts.archive import Archive
    from newsfacts.pipeline import _warm_up, extract_page
    archive = Archive(tmp / "archive")
    rows = []

    def quotes(marks: int) -> str:  # attributed quotes: the attribution rules' worst case
        unit = ("\u201cWe will review the harbour plan number {i},\u201d said Foreign "
                "Minister Anna Berg.")
        paras = ["<p>" + " ".join(unit.format(i=i + k) for k in range(5)) + "</p>"
                 for i in range(0, marks // 2, 5)]
        return "<html><body><article>" + "\n".join(paras) + "</article></body></html>"

    def deep(depth: int) -> str:  # nested far beyond a tree builder's ~255 levels
        return ("<html><body>" + "<div>" * depth + "<p>Chancellor Otto Brenner will visit "
                "Madrid next month, his office said.</p><p>\u201cWe expect a lot from this "
                "trip,\u201d said Mr Brenner on Tuesday.</p>" + "</div>" * depth
                + "</body></html>")

    _warm_up()
    for name, html in (("12,500 quote marks", quotes(12_500)), ("25,000 quote marks",
                        quotes(25_000)), ("50,000 quote marks", quotes(50_000)),
                       ("20 MB of text", big_page(20)), ("HTML nested 5,000 deep", deep(5000))):
        key = archive.put(html.encode())
        page = {"content_sha256": key, "url": f"https://bench.example/{key[:8]}",
                "content_type": "text/html"}
        for b in budgets:
            t0, c0 = time.monotonic(), time.process_time()
            result = extract_page(archive, page, budget=b)
            wall, cpu = time.monotonic() - t0, time.process_time() - c0
            error = str(result.get("error") or "")
            what = "quarantined (over budget)" if "OverBudget" in error \
                else f"error: {error[:60]}" if error \
                else (f"finished, {len(result.get('statements') or [])} statements, "
                      f"{len(result.get('visits') or [])} visits, "
                      f"{len((result.get('article') or {}).get('text') or ''):,} characters")
            label = f"budget {b:g}s" if b else "no budget"
            print(f"  {name:<20} {label:<12} {wall:6.1f}s wall {cpu:6.1f}s CPU  {what}",
                  flush=True)
            rows.append({"page": name, "budget": b, "wall_s": round(wall, 1),
                         "cpu_s": round(cpu, 1), "outcome": what})
    return rows


def _say(label: str, proc: subprocess.CompletedProcess, seconds: float) -> dict:
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    last = lines[-1] if lines else ""
    print(f"  {label:<38} exit {proc.returncode:>3}  {seconds:5.1f}s  traceback "
          f"{'yes' if 'Traceback' in proc.stderr else 'no '}  {last[:160]}", flush=True)
    return {"case": label, "exit": proc.returncode, "seconds": round(seconds, 1),
            "traceback": "Traceback" in proc.stderr, "message": last}


def messages(tmp: Path, base: str) -> list[dict]:
    root = tmp / "messages"
    root.mkdir()
    env = {**os.environ, "NEWSFACTS_HOME": str(root / "home"), "NEWSFACTS_PUBLISH_DOCS": "0",
           "GX_ANALYTICS_ENABLED": "False"}

    def cli(label, *args, **extra):
        t0 = time.monotonic()
        proc = subprocess.run([PY, "-m", "newsfacts.cli", *args], env={**env, **extra},
                              capture_output=True, text=True)
        return _say(label, proc, time.monotonic() - t0)

    out = []
    dead = root / "dead.yml"
    dead.write_text("sources:\n  - {name: gone, kind: urls, allow_private: true, "
                    "rate_limit: 0, urls: ['http://127.0.0.1:9/a.html']}\n")
    out.append(cli("fetch, every URL failed", "fetch", "--sources", str(dead),
                   NEWSFACTS_FETCH_RETRIES="0"))
    doc = root / "a.txt"
    doc.write_text("Anna Berg said the talks would go on.")
    out.append(cli("extract --out into a missing folder", "extract", str(doc), "--out",
                   str(root / "nope" / "x.jsonl")))
    code = ("import sys\nfrom newsfacts.settings import Settings\n"
            "from newsfacts.runfolder import RunFolder\nfrom newsfacts.pipeline import load_step\n"
            "from newsfacts.errors import UserError\ns = Settings.from_env(); s.ensure_dirs()\n"
            "b = RunFolder.of(s, 'r').write_batch('b', {'articles': []}, 'x')\n"
            "m = b.dir / 'manifest.json'; m.write_text(m.read_text()[:9])\n"
            "try:\n    load_step(s, 'r', [str(b.dir)])\n"
            "except UserError as e:\n    print(e, file=sys.stderr); sys.exit(2)\n")
    t0 = time.monotonic()
    proc = subprocess.run([PY, "-c", code], env=env, capture_output=True, text=True)
    out.append(_say("a truncated manifest.json (load)", proc, time.monotonic() - t0))
    stubs = root / "stubs"
    stubs.mkdir()
    for i in range(6):
        (stubs / f"stub-{i}.html").write_text(f"<html><head><title>Stub {i}</title></head>"
                                              "<body><p>Read more.</p></body></html>")
    src = root / "stubs.yml"
    src.write_text(f"sources:\n  - {{name: inbox, kind: folder, path: \"{stubs}\"}}\n")
    gate = cli("a failed gate (newsfacts run)", "run", "--sources", str(src))
    log = re.search(r"\(see (\S+)\)", gate["message"])
    gate["log_is_this_runs"] = bool(log) and Path(log.group(1)).exists()
    out.append(gate)
    airflow_env = {**env, "AIRFLOW_HOME": str(root / "airflow"),
                   "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
                   "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                   "NEWSFACTS_SOURCES": str(root / "missing.yml")}
    subprocess.run([PY, "-m", "airflow", "db", "migrate"], env=airflow_env,
                   capture_output=True)
    t0 = time.monotonic()
    proc = subprocess.run([PY, "-m", "airflow", "dags", "test", "newsfacts"], env=airflow_env,
                          capture_output=True, text=True)
    seconds = time.monotonic() - t0
    text = proc.stdout + proc.stderr
    retries = text.count("up_for_retry")
    failed = re.search(r"DagRun Finished: .*?state=(\w+)", text)
    print(f"  {'missing sources file under Airflow':<38} DAG run "
          f"{failed.group(1) if failed else '?'} in {seconds:.0f}s (Airflow start-up included), "
          f"{retries} retries; "
          f"{'sources file not found' in text and 'AirflowFailException' in text}", flush=True)
    out.append({"case": "missing sources file under Airflow", "seconds": round(seconds, 1),
                "retries": retries, "state": failed.group(1) if failed else None})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scenario", nargs="?", default="all",
                    choices=["all", "kills", "apart", "reader", "rerun", "pages", "messages"])
    ap.add_argument("--reader-seconds", type=float, default=10.0)
    ap.add_argument("--budgets", default="0,5",
                    help="per-page budgets for `pages`, CPU seconds (0: none; default of "
                    "NEWSFACTS_EXTRACT_PAGE_SECONDS: 60)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary homes")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    base = serve(DEMO_DIR / "site")
    results = {}
    t0 = time.monotonic()
    try:
        extra = {"reader": (args.reader_seconds,),
                 "pages": ([float(b) for b in args.budgets.split(",")],)}
        for name in ("kills", "apart", "reader", "rerun", "pages", "messages"):
            if args.scenario in ("all", name):
                print(f"{name}:", flush=True)
                results[name] = globals()[name](tmp, base, *extra.get(name, ()))
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"done in {time.monotonic() - t0:.0f}s")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
