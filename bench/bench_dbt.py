"""Benchmark the dbt project (not a test): `dbt build` on synthetic raw data.

usage: .venv/bin/python bench/bench_dbt.py [--sizes 10000,100000,1000000] [--keep DIR]
                                          [--increments K] [--breakdown]

For each size N (statements), fills a fresh warehouse's raw.* tables (10 statements, 1 visit,
0.5 deployments and 3 actors per article; actors drawn from a pool so entity resolution has
work to do), then times:
  full         `dbt build --full-refresh` (seeds, models, snapshot, unit and data tests)
  incremental  the pipeline's `dbt build` (newsfacts.transform.build_args: seeds, the
               models built from seeds only and the views left out when unchanged, their
               tests kept but for those of unchanged tables) after loading 1% new
               articles (N/100 new statements), K times in a row
  rerun        the same with nothing new
Between the full build and the first +1% build, one pipeline build with nothing new runs
untimed (a warm-up): the full build runs before any dbt manifest exists, so it cannot
record the hashes that let the pipeline's builds leave unchanged views and seeds out, and
the first +1% build would otherwise create them all again (~0.2 s of model time more than
the next ones at 1M statements).
It reports, besides the wall time and the CPU time of the dbt process (steadier than wall
time on a shared machine), the summed execution time of the three incremental fact
models (fct_statement, fct_visit, fct_force_deployment), of all models, and of the
tests (which scan whole tables by nature). Target: the incremental fact-model cost grows with
the new rows, not with the table size. (fct_event is a view over the three, built in no
time.) --breakdown lists every model's time per build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))

FACT_MODELS = ("fct_statement", "fct_visit", "fct_force_deployment")
PER_ARTICLE = 10  # statements per article

GENERATE = """
insert into raw.articles by name
select 'art' || i as article_id, md5('art' || i) as content_sha256, 'doc' || i as doc,
       'https://bench.example/a/' || i as url, 'https://bench.example/a/' || i as canonical_url,
       'bench' as source, 'Headline ' || i as title, 'By Bench' as byline,
       cast(date '2026-01-01' + cast(i % 300 as integer) as varchar) as published,
       'en' as language, repeat('Body text. ', 40) as body_text, 12 as n_sentences,
       '2026-11-01T00:00:00+00:00' as fetched_at, null as extract_error,
       'bench' as run_id, 'b' || (i // 100) as batch_id, 'bench-1' as extractor_version,
       $loaded as loaded_at
from range($lo, $hi) as t (i);

insert into raw.actors by name
select 'art' || i as article_id, 'p' || j as actor_key,
       case when j = 3 and i % 4 = 0 then 'Ms Surname' || ((i * 7 + j) % $pool)
            else 'First' || ((i * 7 + j) % $pool) || ' Surname' || ((i * 7 + j) % $pool) end
           as name,
       'person' as kind,
       case when j = 1 then 'Foreign Minister' end as title, 40 + (i % 30) as age,
       null as country, ['Mr X'] as mentions,
       'bench' as run_id, 'b' || (i // 100) as batch_id, 'bench-1' as extractor_version,
       $loaded as loaded_at
from range($lo, $hi) as t (i), range(1, 4) as u (j)
union all
select 'art' || i, 'c1', ['Russia', 'Ukraine', 'United States', 'France', 'the Kremlin'][1 + i % 5],
       'country', null, null, ['RU', 'UA', 'US', 'FR', null][1 + i % 5], ['Moscow'],
       'bench', 'b' || (i // 100), 'bench-1', $loaded
from range($lo, $hi) as t (i);

insert into raw.statements by name
select 'art' || i as article_id, k as fact_idx, 'Speaker' as speaker, 'Ms Surname' as speaker_mention,
       'p' || (1 + k % 3) as speaker_key, 'Quote number ' || k || ' of article ' || i as quote_text,
       ['direct', 'indirect'][1 + k % 2] as kind,
       ['said', 'warned', 'accused', 'urged', 'told'][1 + k % 5] as cue,
       'Sentence with Russia in it.' as sentence, k as sentence_idx, 10 * k as start_char,
       10 * k + 8 as end_char, 'statement.bench' as rule,
       'bench' as run_id, 'b' || (i // 100) as batch_id, 'bench-1' as extractor_version,
       $loaded as loaded_at
from range($lo, $hi) as t (i), range(0, {per_article}) as u (k);

insert into raw.visits by name
select 'art' || i as article_id, 0 as fact_idx, 'Traveller' as traveller, 'p1' as traveller_key,
       ['Kyiv', 'Warsaw', 'Paris', 'Tokyo', 'a remote base'][1 + i % 5] as destination,
       ['UA', 'PL', 'FR', 'JP', null][1 + i % 5] as destination_country,
       null as destination_lat, null as destination_lon, null as host,
       ['completed', 'planned', 'possible', 'ongoing', 'cancelled'][1 + i % 5] as status,
       '2026-11' as when_text, 'A visit sentence.' as sentence, 1 as sentence_idx,
       0 as start_char, 17 as end_char, 'visit.bench' as rule,
       'bench' as run_id, 'b' || (i // 100) as batch_id, 'bench-1' as extractor_version,
       $loaded as loaded_at
from range($lo, $hi) as t (i);

insert into raw.deployments by name
select 'art' || i as article_id, 0 as fact_idx, 'Russia' as actor, 'RU' as actor_country,
       1000 + i % 5000 as size, 'approx' as qualifier, 'troop' as unit,
       ['Belarus', 'the border', 'Crimea'][1 + i % 3] as location,
       ['BY', null, 'UA'][1 + i % 3] as location_country, 'deployed' as status,
       'A deployment sentence.' as sentence, 2 as sentence_idx, 0 as start_char, 22 as end_char,
       'deploy.bench' as rule, 'bench' as run_id, 'b' || (i // 100) as batch_id, 'bench-1' as extractor_version,
       $loaded as loaded_at
from range($lo, $hi) as t (i)
where i % 2 = 0;
""".replace("{per_article}", str(PER_ARTICLE))


def fill(warehouse: Path, lo: int, hi: int, loaded: str) -> None:
    import duckdb

    from newsfacts.warehouse import ensure_schema

    con = duckdb.connect(str(warehouse))
    try:
        ensure_schema(con)
        sql = (GENERATE.replace("$loaded", f"timestamptz '{loaded}'")
               .replace("$lo", str(lo)).replace("$hi", str(hi)).replace("$pool", "5000"))
        for stmt in filter(str.strip, sql.split(";")):
            con.execute(stmt)
    finally:
        con.close()


def dbt(settings, *args: str, hashes: dict | None = None) -> dict:
    """Time one dbt command; ``hashes`` (the pipeline's, passed in the environment) default
    to build_args'."""
    from newsfacts.transform import build_args, dbt_cwd, dbt_env, dbt_executable, sha256_env

    if hashes is None:
        hashes = build_args(settings)[1]

    target = settings.dbt_target
    cmd = [dbt_executable(), "--no-use-colors", "--quiet", *args,
           "--project-dir", str(settings.dbt_project_dir),
           "--profiles-dir", str(settings.dbt_project_dir),
           "--target-path", str(target), "--log-path", str(settings.dbt_logs)]
    t0, cpu0 = time.perf_counter(), _children_cpu()
    proc = subprocess.run(cmd, env={**dbt_env(settings), **sha256_env(hashes)},
                          cwd=dbt_cwd(settings), capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"dbt {' '.join(args)} failed:\n{proc.stdout[-4000:]}{proc.stderr[-2000:]}")
    results = json.loads((target / "run_results.json").read_text())["results"]

    def total(pred) -> float:
        return sum(r["execution_time"] for r in results if pred(r["unique_id"]))

    models = sorted(((r["execution_time"], r["unique_id"].split(".")[-1]) for r in results
                     if r["unique_id"].startswith(("model.", "snapshot.", "seed."))),
                    reverse=True)
    return {
        "wall": wall,
        "cpu": cpu,
        "slowest": ", ".join(f"{name} {t:.2f}" for t, name in models[:8]),
        "every": ", ".join(f"{name} {t:.2f}" for t, name in models),
        "facts": total(lambda u: u.split(".")[0] == "model" and u.split(".")[-1] in FACT_MODELS),
        "models": total(lambda u: u.startswith(("model.", "snapshot.", "seed."))),
        "tests": total(lambda u: u.startswith(("test.", "unit_test."))),
    }


def _children_cpu() -> float:
    """User and system CPU seconds of this process's finished children (dbt): less
    sensitive than wall time to other processes sharing the core."""
    import resource

    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def count(warehouse: Path, table: str) -> int:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def bench(size: int, root: Path, increments: int = 1, breakdown: bool = False) -> list[tuple]:
    from newsfacts.settings import Settings
    from newsfacts.transform import build_args

    settings = Settings.from_env({"NEWSFACTS_HOME": str(root / f"n{size}")})
    settings.ensure_dirs()
    n_articles = size // PER_ARTICLE
    t0 = time.perf_counter()
    fill(settings.warehouse, 0, n_articles, "2026-11-01 00:00:00+00")
    gen = time.perf_counter() - t0
    rows = []
    full = dbt(settings, "build", "--full-refresh")
    rows.append(("full", size, count(settings.warehouse, "marts.fct_statement"), full))
    args, hashes = build_args(settings)  # the warm-up (see the module's docstring)
    dbt(settings, *args, hashes=hashes)
    new = max(1, n_articles // 100)
    for k in range(increments):  # each another 1% of new articles
        lo = n_articles + k * new
        fill(settings.warehouse, lo, lo + new, f"2026-11-02 00:00:{k:02d}+00")
        args, hashes = build_args(settings)
        inc = dbt(settings, *args, hashes=hashes)
        after = count(settings.warehouse, "marts.fct_statement")
        rows.append(("incremental +1%", new * PER_ARTICLE, after, inc))
    args, hashes = build_args(settings)
    rerun = dbt(settings, *args, hashes=hashes)
    assert count(settings.warehouse, "marts.fct_statement") == after, "rerun added rows"
    rows.append(("rerun", 0, after, rerun))
    print(f"# N={size}: raw data generated in {gen:.1f}s", file=sys.stderr, flush=True)
    for kind, _new, _after, t in rows:
        which = "every model" if breakdown else "slowest models"
        print(f"# N={size} {kind}: {which} (s): {t['every' if breakdown else 'slowest']}",
              file=sys.stderr, flush=True)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--keep", help="build the warehouses here and keep them")
    ap.add_argument("--increments", type=int, default=1,
                    help="+1%% builds in a row (timings vary with the machine's load)")
    ap.add_argument("--breakdown", action="store_true",
                    help="list every model's, seed's and snapshot's time per build on stderr")
    a = ap.parse_args()
    root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="bench-dbt-"))
    print("| statements | build | new statements | rows after | wall s | dbt cpu s "
          "| fact models s | all models s | tests s |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in a.sizes.split(",")):
        for kind, new, after, t in bench(size, root, a.increments, a.breakdown):
            print(f"| {size:,} | {kind} | {new:,} | {after:,} | {t['wall']:.1f} | "
                  f"{t['cpu']:.1f} | "
                  f"{t['facts']:.2f} | {t['models']:.2f} | {t['tests']:.2f} |", flush=True)
    if not a.keep:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
