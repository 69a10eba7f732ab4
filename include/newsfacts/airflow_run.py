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
Airflow home, so two of them never race on one metadata database, and only when the database
may need it: it is skipped for a SQLite database that a migrate of this checkout's Airflow
brought to head, under the same configuration, and that is still there at that revision
(:func:`migration_state`, :func:`migrate_needed`; about 5 s of CPU per run saved).
"""

from __future__ import annotations

import argparse
import configparser
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import sqlite3
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


MIGRATED = ".newsfacts-migrated.json"  # in AIRFLOW_HOME: the state the last migrate left


def _sqlite_database(environ: dict[str, str], home: Path, config: Path) -> Path | None:
    """The metadata database's file when it is SQLite (the embedded default), None for
    another database or a connection read from a command or a secret."""
    if any(environ.get(f"AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_{k}") for k in ("CMD", "SECRET")):
        return None
    conn = environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    if conn is None and config.is_file():
        cfg = configparser.RawConfigParser(strict=False)
        try:
            cfg.read(config)
        except configparser.Error:
            return None
        if cfg.has_option("database", "sql_alchemy_conn_cmd") or cfg.has_option(
                "database", "sql_alchemy_conn_secret"):
            return None
        conn = cfg.get("database", "sql_alchemy_conn", fallback=None)
    if conn is None:  # Airflow's default
        return home / "airflow.db"
    if not conn.startswith("sqlite:///"):
        return None
    return Path(conn[len("sqlite:///"):].split("?", 1)[0])


@functools.cache
def _airflow_versions() -> dict[str, str]:
    """The installed Airflow distributions (core, task SDK, providers) and their versions."""
    found = {d.metadata["Name"]: d.version for d in importlib.metadata.distributions()
             if (d.metadata["Name"] or "").lower().startswith("apache-airflow")}
    return dict(sorted(found.items()))


def migration_state(environ: dict[str, str]) -> dict | None:
    """What decides whether `airflow db migrate` has work to do, as far as it can be read
    without starting Airflow: the installed Airflow distributions' versions (they carry the
    migrations), a fingerprint of the configuration (airflow.cfg and the AIRFLOW* variables:
    a migrate also writes the default pool and the log template), the SQLite database file
    (path and inode) and its Alembic revisions. None when that cannot be read (not SQLite,
    no database yet, unreadable): then migrate."""
    home = Path(environ.get("AIRFLOW_HOME") or Path.home() / "airflow")
    config = Path(environ.get("AIRFLOW_CONFIG") or home / "airflow.cfg")
    database = _sqlite_database(environ, home, config)
    if database is None or not database.is_file():
        return None
    fingerprint = hashlib.sha256(config.read_bytes() if config.is_file() else b"")
    for key in sorted(k for k in environ if k.startswith("AIRFLOW")):
        fingerprint.update(f"\0{key}={environ[key]}".encode())
    try:
        con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = [name for (name,) in con.execute(
                "select name from sqlite_master where type = 'table' "
                "and name like 'alembic_version%' order by name")]
            revisions = {t: sorted(r for (r,) in con.execute(f'select version_num from "{t}"'))
                         for t in tables}
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if not revisions.get("alembic_version"):
        return None
    return {"airflow": _airflow_versions(), "config": fingerprint.hexdigest(),
            "database": str(database.resolve()), "inode": database.stat().st_ino,
            "revisions": revisions}


def migrate_needed(recorded: dict | None, current: dict | None) -> bool:
    """Whether to run `airflow db migrate`: unless the database is SQLite, readable and
    exactly as the last successful migrate left it (``recorded``), with the same Airflow
    and the same configuration (``current``, both from :func:`migration_state`)."""
    return current is None or recorded != current


def migrate(log, env: dict[str, str] | None = None) -> bool:
    """`airflow db migrate`, one at a time per Airflow home (two at once race on creating
    the same tables: "table ... already exists"), when :func:`migrate_needed`. Returns
    whether it ran."""
    from newsfacts.lock import file_lock

    environ = os.environ if env is None else env
    home = Path(environ.get("AIRFLOW_HOME") or Path.home() / "airflow")
    home.mkdir(parents=True, exist_ok=True)
    stamp = home / MIGRATED
    with file_lock(home / ".newsfacts-migrate.lock"):
        try:
            recorded = json.loads(stamp.read_text())
        except (OSError, ValueError):
            recorded = None
        if not migrate_needed(recorded, migration_state(dict(environ))):
            log.write("newsfacts: airflow db migrate skipped: the metadata database is as the "
                      f"last migrate left it ({stamp})\n")
            log.flush()
            return False
        stamp.unlink(missing_ok=True)
        code = subprocess.call([_airflow(), "db", "migrate"], stdout=log,
                               stderr=subprocess.STDOUT, env=env)
        if code != 0:
            raise SystemExit(f"airflow db migrate failed (exit {code}); see {log.name}")
        state = migration_state(dict(environ))
        if state is not None:
            from newsfacts.atomic import atomic_write

            atomic_write(stamp, json.dumps(state, indent=1).encode())
    return True


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
