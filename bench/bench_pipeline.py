"""Benchmark: N synthetic articles through the real Airflow DAG, once with LocalExecutor and
once with CeleryExecutor and two workers (PostgreSQL metadata, Redis broker, all on this
machine, started and stopped by .ci/celery_e2e.sh in its benchmark mode).

The corpus: the 33 demo articles, copied round-robin with a unique slug (canonical URL),
title and one extra paragraph each, so every copy is a distinct article for the fetch dedup,
in a local folder source (no network, no rate limit). Reports per executor: wall time of the
DAG run, articles/s, task time per step and peak RSS per worker (the whole process tree of
each Celery worker, or of the scheduler's task processes under LocalExecutor).

Usage: .venv/bin/python bench/bench_pipeline.py [--articles 10000] [--batch-size 250]
       [--executors local,celery] [--timeout 3000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "include" / "newsfacts" / "demo" / "site" / "articles"
EXECUTORS = {"local": "LocalExecutor", "celery": "CeleryExecutor"}


def make_corpus(root: Path, n: int) -> Path:
    pages = sorted(DEMO.glob("*.html"))
    folder = root / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = pages[i % len(pages)]
        slug = src.stem
        html = src.read_text(encoding="utf-8").replace(slug, f"{slug}-{i:05d}")
        html = re.sub(r"<title>(.*?)</title>", rf"<title>\1 (report {i})</title>", html,
                      count=1, flags=re.S)
        head, sep, tail = html.partition("</p>")
        html = head + sep + f"\n<p>This is report number {i} in the benchmark series.</p>" + tail
        (folder / f"{slug}-{i:05d}.html").write_text(html, encoding="utf-8")
    sources = root / "sources.yml"
    sources.write_text("sources:\n  - {name: bench, kind: folder, path: \"articles\", "
                       "rate_limit: 0}\n")
    return sources


def run_one(executor: str, sources: Path, batch_size: int, timeout: int) -> dict:
    env = {**os.environ, "E2E_BENCH": "1", "E2E_EXECUTOR": executor,
           "E2E_SOURCES": str(sources), "NEWSFACTS_BATCH_SIZE": str(batch_size),
           "CELERY_E2E_TIMEOUT": str(timeout), "E2E_PARALLELISM": "8"}
    t0 = time.monotonic()
    proc = subprocess.run(["bash", str(REPO / ".ci" / "celery_e2e.sh")], env=env,
                          capture_output=True, text=True, timeout=timeout + 120)
    total = time.monotonic() - t0
    line = next((x for x in proc.stdout.splitlines() if x.startswith("BENCH_RESULT ")), None)
    if proc.returncode != 0 or line is None:
        sys.stderr.write(proc.stderr[-6000:])
        raise SystemExit(f"{executor}: benchmark run failed (exit {proc.returncode})")
    result = json.loads(line[len("BENCH_RESULT "):])
    result["total_with_startup_s"] = round(total, 1)
    return result


def report(results: list[dict], n: int) -> None:
    print(f"\n{n} synthetic articles through the newsfacts DAG")
    print(f"{'executor':<16}{'wall s':>9}{'art/s':>9}{'extracted':>11}{'facts':>9}"
          f"{'extract task-s':>16}  peak RSS per worker (MB)")
    for r in results:
        run = r["detail"]["run"]
        tasks = r["detail"]["tasks"]
        wall = float(r["wall_s"])
        extracted = int(run["articles_extracted"] or 0)
        rss = ", ".join(f"{k} {v}" for k, v in r["worker_peak_rss_mb"].items())
        print(f"{r['executor']:<16}{wall:>9.1f}{extracted / wall:>9.1f}{extracted:>11}"
              f"{int(run['facts_published'] or 0):>9}"
              f"{tasks.get('extract', {}).get('task_seconds', 0):>16}  {rss}")
    for r in results:
        print(f"\n{r['executor']}: per task (count, summed seconds, peak RSS of one task "
              f"process MB): " + "; ".join(
                  f"{k} {v['n']}x {v['task_seconds']}s {v['peak_rss_mb']}MB"
                  for k, v in r["detail"]["tasks"].items())
              + f"; with service start-up and shutdown {r['total_with_startup_s']}s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--batch-size", type=int, default=250)
    ap.add_argument("--executors", default="local,celery")
    ap.add_argument("--timeout", type=int, default=3000, help="seconds per executor run")
    ap.add_argument("--json", help="also write the raw results here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        t0 = time.monotonic()
        sources = make_corpus(Path(tmp), args.articles)
        print(f"corpus: {args.articles} articles in {time.monotonic() - t0:.1f}s", flush=True)
        results = []
        for name in args.executors.split(","):
            executor = EXECUTORS[name.strip()]
            print(f"running {executor} ...", flush=True)
            results.append(run_one(executor, sources, args.batch_size, args.timeout))
    report(results, args.articles)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
