"""Helpers for the reliability tests: a small corpus served on loopback (five demo articles
and two generated hostile pages), `newsfacts run` as a real subprocess that can be held at a
checkpoint (newsfacts.faults) and killed with SIGKILL, and what to compare afterwards."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from support import table_counts

from newsfacts.settings import DEMO_DIR

DEMO_PAGES = [
    "2026-10-01-hungary-minister-warsaw-trip.html",
    "2026-10-03-russian-troops-belarus-exercises.html",
    "2026-10-09-kenya-police-haiti-mission.html",
    "2026-10-12-france-chad-withdrawal.html",
    "2026-11-10-uk-minister-kyiv-odesa.html",
]
QUOTES_PAGE = "generated-50000-quote-marks.html"
BIG_PAGE = "generated-20mb.html"
PAGE_BUDGET = "1"  # CPU seconds per page (NEWSFACTS_EXTRACT_PAGE_SECONDS) in these runs
MARTS = ("dim_article", "dim_actor", "dim_place", "fct_statement", "fct_visit",
         "fct_force_deployment", "fct_event", "mart_actor_activity",
         "mart_deployment_estimates", "mart_trips_by_status")
FACT_KEYS = {"fct_statement": "statement_key", "fct_visit": "visit_key",
             "fct_force_deployment": "deployment_key", "fct_event": "event_key",
             "dim_article": "article_key", "dim_actor": "actor_key"}
RAW_KEYS = {"articles": "article_id", "sentences": "article_id, sentence_idx",
            "statements": "article_id, fact_idx", "visits": "article_id, fact_idx",
            "deployments": "article_id, fact_idx"}
WAIT = 600.0  # seconds a test waits for a run to reach a checkpoint (a loaded 2-core box)

_WORDS = ("talks border ministry harbour council convoy envoy summit treaty ports grain "
          "budget coast patrol ferry bridge").split()


def quotes_page(marks: int = 50_000) -> str:
    """An article whose paragraphs carry ``marks`` curly quote marks (quoted words in
    reported speech, no named speaker), original text generated here."""
    rng = random.Random(13)
    sentences = [f"The harbour master said \u201c{rng.choice(_WORDS)}\u201d and "
                 f"\u201c{rng.choice(_WORDS)} {i}\u201d." for i in range(marks // 4)]
    paras = ["<p>" + " ".join(sentences[i:i + 25]) + "</p>" for i in range(0, len(sentences), 25)]
    return ("<html lang=\"en\"><head><title>Harbour council minutes, quoted in full</title>"
            "</head><body><article><h1>Harbour council minutes</h1>" + "\n".join(paras)
            + "</article></body></html>")


def big_page(megabytes: float = 20.0) -> str:
    """About ``megabytes`` of varied English text in paragraphs."""
    rng = random.Random(29)
    paras, size, i = [], 0, 0
    while size < megabytes * 1024 * 1024:
        p = "<p>" + " ".join(
            f"Officials in district {i + k} discussed the "
            + " ".join(rng.choice(_WORDS) for _ in range(8)) + f" on day {(i + k) % 28 + 1}."
            for k in range(6)) + "</p>"
        paras.append(p)
        size += len(p)
        i += 6
    return ("<html lang=\"en\"><head><title>The port authority's annual register</title>"
            "</head><body><article>" + "\n".join(paras) + "</article></body></html>")


def build_site(folder: Path) -> Path:
    """The corpus as a folder to serve: five demo articles and the two generated pages."""
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for name in DEMO_PAGES:
        shutil.copy(DEMO_DIR / "site" / "articles" / name, articles / name)
    (articles / QUOTES_PAGE).write_text(quotes_page(), encoding="utf-8")
    (articles / BIG_PAGE).write_text(big_page(), encoding="utf-8")
    return folder


def sources_file(path: Path, base_url: str) -> Path:
    urls = [f"{base_url}/articles/{n}" for n in (*DEMO_PAGES, QUOTES_PAGE, BIG_PAGE)]
    path.write_text("sources:\n  - {name: harbour-picks, kind: urls, allow_private: true, "
                    f"rate_limit: 0, urls: {json.dumps(urls)}}}\n")
    return path


@dataclass
class Run:
    """One `newsfacts` subprocess (its own process group, so SIGKILL takes dbt too)."""

    proc: subprocess.Popen
    out: Path
    err: Path
    hold: str | None = None
    reached: bool = False
    killed: bool = False
    seconds: float = 0.0
    started: float = field(default_factory=time.monotonic)

    @property
    def returncode(self) -> int | None:
        return self.proc.returncode

    def stdout(self) -> str:
        return self.out.read_text(errors="replace") if self.out.exists() else ""

    def stderr(self) -> str:
        return self.err.read_text(errors="replace") if self.err.exists() else ""

    def log_path(self) -> Path | None:
        """The run's own log file, as its first line names it ("run <id>: log <path>")."""
        for line in self.stderr().splitlines():
            if line.startswith("run ") and ": log " in line:
                return Path(line.split(": log ", 1)[1].strip())
        return None

    def tail(self, n: int = 3000) -> str:
        return f"--- stdout\n{self.stdout()[-n:]}\n--- stderr\n{self.stderr()[-n:]}"


class Home:
    """A NEWSFACTS_HOME the tests run `newsfacts` commands on."""

    def __init__(self, root: Path, sources: Path, **env: str):
        self.root = root
        self.home = root / "home"
        self.holds = root / "holds"
        self.published = self.home / "published" / "newsfacts.duckdb"
        self.warehouse = self.home / "warehouse" / "newsfacts.duckdb"
        self.env = {**os.environ, "NEWSFACTS_HOME": str(self.home),
                    "NEWSFACTS_SOURCES": str(sources), "NEWSFACTS_BATCH_SIZE": "4",
                    "NEWSFACTS_PUBLISH_DOCS": "0", "NEWSFACTS_EXTRACT_PAGE_SECONDS": PAGE_BUDGET,
                    "NEWSFACTS_FETCH_MAX_BYTES": str(32 * 1024 * 1024),
                    "NEWSFACTS_TEST_HOLD_DIR": str(self.holds), "GX_ANALYTICS_ENABLED": "False",
                    "PYTHONDONTWRITEBYTECODE": "1", **env}
        self.env.pop("NEWSFACTS_TEST_HOLD", None)
        self.n = 0

    def start(self, *args: str, hold: str | None = None, **env: str) -> Run:
        self.n += 1
        out, err = self.root / f"cmd{self.n}.out", self.root / f"cmd{self.n}.err"
        full = {**self.env, **env, **({"NEWSFACTS_TEST_HOLD": hold} if hold else {})}
        with open(out, "w") as o, open(err, "w") as e:
            proc = subprocess.Popen([sys.executable, "-m", "newsfacts.cli", *(args or ("run",))],
                                    env=full, stdout=o, stderr=e, start_new_session=True)
        return Run(proc, out, err, hold)

    def run(self, *args: str, timeout: float = 900, **env: str) -> Run:
        r = self.start(*args, **env)
        r.proc.wait(timeout=timeout)
        r.seconds = time.monotonic() - r.started
        return r

    def wait_reached(self, run: Run, name: str) -> bool:
        flag = self.holds / f"{name}.reached"
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if flag.exists():
                run.reached = True
                flag.unlink()
                return True
            if run.proc.poll() is not None:
                return False
            time.sleep(0.05)
        return False

    @staticmethod
    def kill(run: Run) -> None:
        """SIGKILL to the run's whole process group (the run and its dbt, if any)."""
        try:
            os.killpg(run.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        run.proc.wait(timeout=60)
        run.killed = True
        run.seconds = time.monotonic() - run.started

    def run_killed_at(self, name: str) -> Run:
        run = self.start(hold=name)
        self.wait_reached(run, name)
        self.kill(run)
        return run

    # --- what the runs left ---------------------------------------------------------------
    def published_counts(self) -> dict[str, int]:
        return table_counts(self.published, MARTS)

    def duplicates(self) -> dict[str, int]:
        """Rows beyond one per key, per published mart and raw table (all zero when nothing
        was loaded twice)."""
        out = {}
        con = duckdb.connect(str(self.published), read_only=True)
        try:
            for table, key in FACT_KEYS.items():
                out[table] = con.execute(f"select count(*) - count(distinct {key}) "
                                         f"from {table}").fetchone()[0]
        finally:
            con.close()
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            for table, key in RAW_KEYS.items():
                out[f"raw.{table}"] = con.execute(
                    f"select count(*) - count(distinct ({key})) from raw.{table}").fetchone()[0]
        finally:
            con.close()
        return out

    def warehouse_rows(self, sql: str) -> list[tuple]:
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def status(self) -> list[dict]:
        r = self.run("status", "--json", "--limit", "50")
        assert r.returncode == 0, r.tail()
        return [json.loads(line) for line in r.stdout().splitlines() if line.strip()]


class Reader:
    """Another process holding a DuckDB file open read-only (an analyst's session)."""

    CODE = ("import duckdb, sys, time\n"
            "con = duckdb.connect(sys.argv[1], read_only=True)\n"
            "con.execute('select count(*) from raw.articles').fetchone()\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n")

    def __init__(self, path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", self.CODE, str(path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "open"

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def wait_for(predicate, timeout: float = WAIT, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False
