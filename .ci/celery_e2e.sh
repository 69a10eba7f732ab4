#!/usr/bin/env bash
# CI: the same newsfacts DAG under CeleryExecutor, on this machine, with real services:
# PostgreSQL (metadata) and Redis (broker) from Debian packages on 127.0.0.1, and from the
# venv the Airflow api-server, scheduler, dag-processor and TWO Celery workers. Triggers a
# run over the bundled demo feed, asserts on the published marts and on the run metrics,
# then a backfill of one past hour (`airflow backfill create`), and stops every process it
# started (trap), whatever happens. Bounded: CELERY_E2E_TIMEOUT seconds (default 540).
# The landing zone is on S3: moto's S3 server from the venv on 127.0.0.1 holds the bucket,
# and every component reads and writes it as s3://... (E2E_LANDING=local: a local folder).
#
# Usage: bash .ci/celery_e2e.sh        (KEEP_WORK=1 keeps the temp folder with all logs)
# Benchmark mode (bench/bench_pipeline.py): E2E_BENCH=1 E2E_SOURCES=sources.yml
# E2E_EXECUTOR=LocalExecutor|CeleryExecutor: one triggered run, no assertions on the demo
# marts, and a last line "BENCH_RESULT {json}" with timings and peak RSS per worker.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
VENV_BIN=$REPO/.venv/bin
TIMEOUT=${CELERY_E2E_TIMEOUT:-540}
EXECUTOR=${E2E_EXECUTOR:-CeleryExecutor}
BENCH=${E2E_BENCH:-0}
START=$SECONDS
log() { echo "[celery-e2e +$((SECONDS - START))s] $*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# --- services from Debian packages ----------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pg_bin)" ] || ! command -v redis-server >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || die "postgresql and redis-server are missing and I am not root: apt-get install postgresql redis-server"
  log "installing postgresql and redis-server (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql redis-server >/dev/null
fi
PGBIN=$(pg_bin)
[ -x "$PGBIN/initdb" ] || die "no initdb under $PGBIN"
[ -x "$VENV_BIN/airflow" ] || die "no $VENV_BIN/airflow: run scripts/setup.sh first"

WORK=$(mktemp -d /tmp/newsfacts-celery.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK/logs" "$WORK/pg"
PIDS=()        # Airflow components, stopped first
REDIS_PID=""   # the broker, stopped after them
PG_STARTED=0

as_pg() {  # PostgreSQL refuses to run as root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2>/dev/null
  log "stopping ${#PIDS[@]} processes (Airflow, the S3 server), then redis and postgres"
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill -TERM -- "-${PIDS[i]}" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.5
  done
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  if [ -n "$REDIS_PID" ]; then
    kill -TERM -- "-$REDIS_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$REDIS_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$REDIS_PID" 2>/dev/null || true
  fi
  if [ $PG_STARTED = 1 ]; then
    as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ $rc != 0 ]; then
    for f in "$WORK"/logs/*.log; do
      echo "----- $(basename "$f") (last 25 lines)" >&2; tail -n 25 "$f" >&2 || true
    done
  fi
  if [ "${KEEP_WORK:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  log "done (exit $rc) in $((SECONDS - START))s"
  exit $rc
}
trap cleanup EXIT INT TERM

start() {  # start NAME CMD...: own process group, so that cleanup stops its children too
  local name=$1; shift
  setsid "$@" >"$WORK/logs/$name.log" 2>&1 &
  PIDS+=($!)
  log "started $name (pid $!)"
}

wait_for() {  # wait_for DESCRIPTION SECONDS CMD...: poll until CMD succeeds
  local what=$1 limit=$2; shift 2
  local until=$((SECONDS + limit))
  while ! "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $until ] || die "timed out after ${limit}s waiting for $what"
    [ $((SECONDS - START)) -lt "$TIMEOUT" ] || die "overall timeout (${TIMEOUT}s) waiting for $what"
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || die "a component died (pid $pid) while waiting for $what"; done
    sleep 2
  done
}

free_port() { "$VENV_BIN/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PGPORT=$(free_port); REDISPORT=$(free_port); APIPORT=$(free_port); S3PORT=$(free_port)
LANDING=${E2E_LANDING:-$([ "$BENCH" = 1 ] && echo local || echo s3)}

# --- PostgreSQL (metadata) and Redis (broker) on loopback, data under $WORK -------------
chown postgres "$WORK/pg" 2>/dev/null || true
as_pg "$PGBIN/initdb" -D "$WORK/pg/data" -U airflow --auth=trust -E UTF8 >"$WORK/logs/initdb.log" 2>&1 \
  || die "initdb failed"
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $WORK/pg -c fsync=off -c synchronous_commit=off -c max_connections=200" \
  start >/dev/null || { cat "$WORK/pg/postgres.log" >&2; die "postgres did not start"; }
PG_STARTED=1
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U airflow airflow || die "createdb failed"
log "postgres on 127.0.0.1:$PGPORT"
if [ "$EXECUTOR" = CeleryExecutor ]; then
  start redis redis-server --bind 127.0.0.1 --port "$REDISPORT" --save "" --appendonly no --dir "$WORK"
  REDIS_PID=${PIDS[-1]}
  unset 'PIDS[-1]'
  wait_for "redis" 20 redis-cli -h 127.0.0.1 -p "$REDISPORT" ping
fi

# --- the landing zone on S3: moto's server (real S3 HTTP API) on loopback ---------------
if [ "$LANDING" = s3 ]; then
  [ -x "$VENV_BIN/moto_server" ] || die "no $VENV_BIN/moto_server: run scripts/setup.sh (dev group)"
  # dummy credentials, no instance-metadata or ~/.aws lookups: nothing leaves the machine
  export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1
  export AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
  unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3
  start s3 "$VENV_BIN/moto_server" -H 127.0.0.1 -p "$S3PORT"  # stopped with the others (last)
  s3_up() { "$VENV_BIN/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$S3PORT/', timeout=3)"; }
  wait_for "the S3 server (moto)" 60 s3_up
  export NEWSFACTS_LANDING=s3://newsfacts-e2e/landing
  export NEWSFACTS_LANDING_OPTIONS="{\"endpoint_url\": \"http://127.0.0.1:$S3PORT\"}"
  "$VENV_BIN/python" -c "import s3fs; s3fs.S3FileSystem(endpoint_url='http://127.0.0.1:$S3PORT').mkdir('newsfacts-e2e')" \
    || die "could not create the bucket on the S3 server"
  log "S3 landing zone $NEWSFACTS_LANDING on moto at 127.0.0.1:$S3PORT"
else
  unset NEWSFACTS_LANDING NEWSFACTS_LANDING_OPTIONS
fi

# --- one Airflow configuration for every component (env only) -------------------------
export PATH="$VENV_BIN:$PATH"
export AIRFLOW_HOME=$WORK/airflow
export AIRFLOW__CORE__EXECUTOR=$EXECUTOR
export AIRFLOW__CORE__DAGS_FOLDER=$REPO/dags
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__PARALLELISM=${E2E_PARALLELISM:-8}
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN="postgresql+psycopg2://airflow@127.0.0.1:$PGPORT/airflow"
export AIRFLOW__CELERY__BROKER_URL="redis://127.0.0.1:$REDISPORT/0"
export AIRFLOW__CELERY__RESULT_BACKEND="db+postgresql+psycopg2://airflow@127.0.0.1:$PGPORT/airflow"
export AIRFLOW__CELERY__WORKER_CONCURRENCY=2
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://127.0.0.1:$APIPORT/execution/"
export AIRFLOW__API__HOST=127.0.0.1 AIRFLOW__API__PORT=$APIPORT AIRFLOW__API__WORKERS=1
AIRFLOW__API_AUTH__JWT_SECRET=$("$VENV_BIN/python" -c 'import secrets; print(secrets.token_hex(32))')
export AIRFLOW__API_AUTH__JWT_SECRET
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS=True
export AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL=5
export AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL=10
export NEWSFACTS_HOME=$WORK/home            # archive, warehouse (and a local landing zone): shared
export GX_ANALYTICS_ENABLED=False DO_NOT_TRACK=1
if [ -n "${E2E_SOURCES:-}" ]; then export NEWSFACTS_SOURCES=$E2E_SOURCES; else unset NEWSFACTS_SOURCES; fi
if [ "$BENCH" = 1 ]; then export NEWSFACTS_SCHEDULE=none; fi  # only the triggered run

psql_q() { psql -h 127.0.0.1 -p "$PGPORT" -U airflow -d airflow -tAq -c "$1"; }

log "airflow db migrate"
airflow db migrate >"$WORK/logs/migrate.log" 2>&1 || die "airflow db migrate failed"
start api-server airflow api-server
start scheduler airflow scheduler
start dag-processor airflow dag-processor
WORKERS=()
if [ "$EXECUTOR" = CeleryExecutor ]; then
  start worker1 airflow celery worker --concurrency 2 --celery-hostname "w1@%h" --skip-serve-logs --pid "$WORK/w1.pid"
  WORKERS+=("worker1:${PIDS[-1]}")
  start worker2 airflow celery worker --concurrency 2 --celery-hostname "w2@%h" --skip-serve-logs --pid "$WORK/w2.pid"
  WORKERS+=("worker2:${PIDS[-1]}")
else  # LocalExecutor: the scheduler's own task processes are the workers
  WORKERS+=("scheduler:${PIDS[-2]}")
fi

dag_serialized() { [ "$(psql_q "select count(*) from serialized_dag where dag_id = 'newsfacts'")" -ge 1 ]; }
workers_ready() {
  [ "$EXECUTOR" != CeleryExecutor ] && return 0
  grep -q "ready" "$WORK/logs/worker1.log" && grep -q "ready" "$WORK/logs/worker2.log"
}
api_up() { "$VENV_BIN/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$APIPORT/api/v2/version', timeout=3)"; }
wait_for "the api-server" 120 api_up
wait_for "the dag-processor to serialize the DAG" 150 dag_serialized
wait_for "two celery workers" 90 workers_ready
log "api-server, scheduler, dag-processor and workers are up ($EXECUTOR)"

mkdir -p "$WORK/rss"
sample_rss() {  # peak resident memory of each worker's whole process tree (its session)
  while true; do
    for w in "${WORKERS[@]}"; do
      kb=$(ps -o rss= --sid "${w#*:}" 2>/dev/null | awk '{s += $1} END {print s + 0}')
      prev=$(cat "$WORK/rss/${w%%:*}" 2>/dev/null || echo 0)
      [ "$kb" -gt "$prev" ] && echo "$kb" >"$WORK/rss/${w%%:*}"
    done
    sleep 1
  done
}
sample_rss &
SAMPLER_PID=$!

run_state() { psql_q "select state from dag_run where dag_id = 'newsfacts' and run_id = '$1'"; }
run_done() { case "$(run_state "$1")" in success|failed) return 0;; *) return 1;; esac; }
no_active_runs() { [ "$(psql_q "select count(*) from dag_run where dag_id = 'newsfacts' and state in ('queued', 'running')")" = 0 ]; }
remaining() { echo $((TIMEOUT - (SECONDS - START))); }

if [ "$BENCH" = 1 ]; then
  airflow dags unpause newsfacts >"$WORK/logs/trigger.log" 2>&1 || die "unpause failed"
  airflow dags trigger newsfacts --run-id bench >>"$WORK/logs/trigger.log" 2>&1 || die "trigger failed"
  log "triggered bench ($EXECUTOR)"
  wait_for "the benchmark run" "$(remaining)" run_done bench
  [ "$(run_state bench)" = success ] || die "the benchmark run ended $(run_state bench)"
  wall=$(psql_q "select extract(epoch from end_date - start_date) from dag_run where run_id = 'bench'")
  rss=$(for w in "${WORKERS[@]}"; do printf '"%s": %s, ' "${w%%:*}" "$(( $(cat "$WORK/rss/${w%%:*}" 2>/dev/null || echo 0) / 1024 ))"; done)
  row=$("$VENV_BIN/python" -c "
import duckdb, json
from newsfacts.settings import Settings
con = duckdb.connect(str(Settings.from_env().warehouse), read_only=True)
cur = con.execute(\"select * from audit.pipeline_runs where run_id = 'bench'\")
r = dict(zip([d[0] for d in cur.description], cur.fetchone()))
t = con.execute(\"select task, count(*), round(sum(seconds), 1), max(peak_rss_mb) from audit.pipeline_task_runs where run_id = 'bench' group by 1 order by 1\").fetchall()
print(json.dumps({'run': r, 'tasks': {x[0]: {'n': x[1], 'task_seconds': x[2], 'peak_rss_mb': x[3]} for x in t}}, default=str))")
  echo "BENCH_RESULT {\"executor\": \"$EXECUTOR\", \"wall_s\": $wall, \"worker_peak_rss_mb\": {${rss%, }}, \"detail\": $row}"
  exit 0
fi

# --- 1. a manual run over the demo feed -------------------------------------------------
# A paused DAG keeps a triggered run queued; unpausing also creates the scheduled run of the
# latest hour, which Airflow starts first (apache/airflow#55675). Both are full DAG runs on
# the Celery workers: whichever starts first fetches the 33 demo articles, the other finds
# nothing new, and the checks below count the articles over both.
airflow dags trigger newsfacts --run-id celery_e2e_demo >"$WORK/logs/trigger.log" 2>&1 || die "trigger failed"
airflow dags unpause newsfacts >>"$WORK/logs/trigger.log" 2>&1 || die "unpause failed"
log "triggered celery_e2e_demo"
wait_for "the demo run" "$(remaining)" run_done celery_e2e_demo
[ "$(run_state celery_e2e_demo)" = success ] || die "the demo run ended $(run_state celery_e2e_demo)"
wait_for "other runs (the scheduled one) to finish" "$(remaining)" no_active_runs
log "demo run succeeded; task instances per state: $(psql_q "select string_agg(state || '=' || n, ' ') from (select state, count(*) n from task_instance where run_id = 'celery_e2e_demo' group by 1) t")"

check() { "$VENV_BIN/python" - "$@" <<'PY'
import sys, duckdb, os
from newsfacts.settings import Settings
s = Settings.from_env()
mode = sys.argv[1]
pub = duckdb.connect(str(s.published), read_only=True)
counts = {t: pub.execute(f"select count(*) from {t}").fetchone()[0]
          for t in ("dim_article", "fct_statement", "fct_visit", "fct_force_deployment")}
pub.close()
wh = duckdb.connect(str(s.warehouse), read_only=True)
runs = {r[0]: r[1:] for r in wh.execute(
    "select run_id, status, scope, articles_fetched, articles_archived, articles_extracted, "
    "facts_published from audit.pipeline_runs").fetchall()}
wh.close()
print(f"published marts: {counts}", file=sys.stderr)
for k, v in runs.items():
    print(f"  pipeline_runs {k}: {v}", file=sys.stderr)
assert counts["dim_article"] == 33, counts
assert counts["fct_statement"] >= 40 and counts["fct_visit"] >= 10 and counts["fct_force_deployment"] >= 10, counts
demo = runs["celery_e2e_demo"]
# "skipped": the scheduled run got there first and left nothing new (dbt build, audit and
# publish skipped)
assert demo[0] in ("success", "skipped") and demo[1] == "normal", demo
assert any(r[0] == "success" for r in runs.values()), runs
assert demo[2] + sum(r[2] for k, r in runs.items() if k != "celery_e2e_demo") == 33
if mode == "backfill":
    back = [r for r in runs.values() if r[1] == "backfill"]
    assert back and all(r[0] == "success" for r in back), back
    # 2026-10-01 09:00-10:00 holds one demo article: re-extracted from the archive, not refetched
    assert sum(r[3] for r in back) == 1 and sum(r[2] for r in back) == 0, back
    before = dict(zip(sys.argv[2::2], map(int, sys.argv[3::2])))
    assert counts == before, (counts, before)
else:
    if os.environ.get("NEWSFACTS_LANDING", "").startswith("s3://"):
        # every run's batches and metrics went to the bucket, not to the shared disk (the
        # scheduled run or the triggered one fetched the articles: count over both)
        from newsfacts.runfolder import RunFolder
        assert not s.landing.local and not (s.home / "landing").exists(), s.home
        batches, metrics = [], set()
        for rid in runs:
            d = RunFolder.of(s, rid).path
            batches += d.glob("batch-*.json")
            names = {p.name for p in (d / "metrics").glob("*.json")}
            assert {"_run.json", "discover.json", "load.json", "publish.json"} <= names, names
            metrics |= names
        assert batches and all((b.with_suffix("") / "articles.parquet").exists()
                               for b in batches), batches
        assert any(m.startswith("extract-") for m in metrics), metrics
        print(f"S3 landing zone {s.landing}: {len(batches)} batches, metrics of {len(runs)} "
              "runs", file=sys.stderr)
    print(" ".join(f"{k} {v}" for k, v in counts.items()))
PY
}
COUNTS=$(check demo) || die "the published marts are not what the demo feed should give"

for w in worker1 worker2; do
  n=$(grep -c "execute_workload\[.*\] received" "$WORK/logs/$w.log" || true)
  log "$w executed $n task(s)"
  [ "$n" -ge 1 ] || die "$w executed no task: the run did not spread over both workers"
done

# --- 2. a backfill of one past hour: only that interval's article, idempotent ----------
airflow backfill create --dag-id newsfacts --from-date 2026-10-01T09:00:00+00:00 \
  --to-date 2026-10-01T09:00:00+00:00 --reprocess-behavior completed \
  >"$WORK/logs/backfill.log" 2>&1 || die "airflow backfill create failed"
log "backfill created for 2026-10-01T09:00Z"
backfill_done() {
  [ "$(psql_q "select count(*) from dag_run where dag_id = 'newsfacts' and run_type = 'backfill' and state in ('success', 'failed')")" -ge 1 ] && no_active_runs
}
wait_for "the backfill run" "$(remaining)" backfill_done
[ "$(psql_q "select count(*) from dag_run where run_type = 'backfill' and state = 'failed'")" = 0 ] \
  || die "the backfill run failed"
# shellcheck disable=SC2086
check backfill $COUNTS || die "the backfill changed the published marts or its scope"
log "OK: CeleryExecutor (2 workers) ran the demo run and a backfill; marts published and checked"
