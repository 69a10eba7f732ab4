"""Run a DAG once with the embedded Airflow (`airflow dags test`: SQLite metadata, no
servers), keep Airflow's full log in a file, show only the pipeline's progress, and end
with a summary of what was published.

Usage: .venv/bin/python -m newsfacts.airflow_run [DAG_ID] [--conf JSON]
Nothing to source first: unless the environment says otherwise, Airflow's home is
$NEWSFACTS_HOME/airflow (never ~/airflow), its DAGs are this checkout's dags/, and no example
DAGs load (the same defaults as scripts/airflow_env.sh, for a shell).

It holds the home for the whole `dags test` like any run (newsfacts.lock): a second one on
the same home stops at once naming the first (exit 75), and the DAG run's tasks work under
this hold (its token, NEWSFACTS_LOCK_TOKEN). `airflow db migrate` runs under a lock of the
Airflow home, so two of them never race on one metadata database.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.errors import EXIT_LOCKED, HomeLocked, UserError
from newsfacts.settings import REPO_DIR, Settings

# the pipeline's own log lines (dbt's lines, logger newsfacts.dbt, stay in the log file)
_PROGRESS = re.compile(r"\[(?:info|warning|error)\s*\]\s+(.*?)\s+\[(newsfacts(?!\.dbt\b)[\w.]*)\]")
_ERROR = re.compile(r"^(?:[\w.]+\.)?(\w*(?:Error|Failed|Exception)): (.*)")
_FINISHED = re.compile(r"DagRun Finished: .*?run_id=([^,]+),.*?state=(\w+)")


def airflow_env(settings: Settings, environ: dict[str, str] | None = None) -> dict[str, str]:
    """The embedded Airflow's environment: what is set wins, the rest defaults under
    NEWSFACTS_HOME."""
    env = dict(os.environ if environ is None else environ)
    defaults = {
        "NEWSFACTS_HOME": str(settings.home),
        "AIRFLOW_HOME": str(settings.home / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_DIR / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "GX_ANALYTICS_ENABLED": "False",
        "DO_NOT_TRACK": "1",
    }
    for k, v in defaults.items():
        if not env.get(k):
            env[k] = v
    bindir = str(Path(sys.executable).parent)
    if bindir not in env.get("PATH", "").split(os.pathsep):
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


def _airflow() -> str:
    exe = Path(sys.executable).with_name("airflow")
    return str(exe) if exe.exists() else "airflow"


def migrate(log, env: dict[str, str] | None = None) -> None:
    """`airflow db migrate`, one at a time per Airflow home (two at once race on creating
    the same tables: "table ... already exists")."""
    from newsfacts.lock import file_lock

    environ = os.environ if env is None else env
    home = Path(environ.get("AIRFLOW_HOME") or Path.home() / "airflow")
    home.mkdir(parents=True, exist_ok=True)
    with file_lock(home / ".newsfacts-migrate.lock"):
        code = subprocess.call([_airflow(), "db", "migrate"], stdout=log,
                               stderr=subprocess.STDOUT, env=env)
    if code != 0:
        raise SystemExit(f"airflow db migrate failed (exit {code}); see {log.name}")


def dags_test(dag_id: str, conf: str | None, log, echo=print,
              env: dict[str, str] | None = None,
              token: str | None = None) -> tuple[int, str | None, list[str]]:
    """Run `airflow dags test`; echo progress; return (exit code, final state, error lines).
    ``token``: this process's hold on the home, handed to the DAG run's tasks."""
    cmd = [_airflow(), "dags", "test", dag_id]
    if conf:
        cmd += ["--conf", conf]
    if token:
        env = {**(os.environ if env is None else env), "NEWSFACTS_LOCK_TOKEN": token}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env)
    state, errors, in_error = None, [], False
    assert proc.stdout is not None
    for line in proc.stdout:
        log.write(line)
        if m := _PROGRESS.search(line):
            echo(f"  {m.group(1)}")
        elif m := _FINISHED.search(line):
            state = m.group(2)
        elif m := _ERROR.match(line):
            in_error = True
            errors.append(f"{m.group(1)}: {m.group(2)}")
        elif in_error and line.startswith("  ") and not line.lstrip().startswith("File "):
            errors.append(line.rstrip())
        else:
            in_error = False
    return proc.wait(), state, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dag_id", nargs="?", default="newsfacts")
    ap.add_argument("--conf", help="DAG run conf as JSON, e.g. '{\"sources\": \"my.yml\"}'")
    ap.add_argument("--no-summary", action="store_true")
    args = ap.parse_args(argv)
    try:
        settings = Settings.from_env()
    except UserError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return 2
    settings.ensure_dirs()
    logs = settings.logs
    logs.mkdir(parents=True, exist_ok=True)
    # one log per run: microseconds and the pid, so two runs never share one
    log_path = logs / f"{args.dag_id}-{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{os.getpid()}.log"
    env = airflow_env(settings)
    t0 = time.monotonic()
    from newsfacts.lock import HomeLock

    try:
        with HomeLock(settings).hold(None, "airflow dags test (newsfacts.airflow_run)") \
                as (hold, _replaced), open(log_path, "w") as log:
            print(f"airflow: preparing metadata database in {env['AIRFLOW_HOME']}")
            migrate(log, env)
            print(f"airflow: dags test {args.dag_id} (full log: {log_path})")
            code, state, errors = dags_test(args.dag_id, args.conf, log, env=env,
                                            token=hold.token)
    except HomeLocked as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    elapsed = time.monotonic() - t0
    if code != 0 or state != "success":
        print(f"\nrun FAILED ({state or 'no state'}) after {elapsed:.0f}s; nothing new was "
              f"published. Errors:", file=sys.stderr)
        for e in errors or [f"see {log_path}"]:
            print(f"  {e}", file=sys.stderr)
        return 1
    print(f"\nrun succeeded in {elapsed:.0f}s\n")
    if args.no_summary:
        return 0
    from newsfacts.publish import print_summary

    return print_summary(path=str(settings.published))


if __name__ == "__main__":
    sys.exit(main())
