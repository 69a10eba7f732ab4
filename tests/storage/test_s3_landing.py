"""The whole pipeline with its landing zone on S3: moto's S3 server (real HTTP, on loopback)
holds the bucket, s3fs talks to it, and the demo feed runs end to end. The published marts
must equal those of a run with a local landing zone, every batch file and metric must be in
the bucket (and none on the local disk), and a rerun must add no rows.

No request leaves the machine: dummy credentials, no instance-metadata lookups, no shared
AWS config, and name resolution limited to IP literals and localhost for this module."""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import socket
import subprocess
import sys
from types import SimpleNamespace

import duckdb
import pytest
from support import parsed_dbt_project

from newsfacts.pipeline import run_local
from newsfacts.settings import Settings
from newsfacts.status import last_runs

BUCKET = "newsfacts-landing"
AWS_ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
           "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": os.devnull,
           "AWS_SHARED_CREDENTIALS_FILE": os.devnull}
RESOLVED: list[str] = []
_real_getaddrinfo = socket.getaddrinfo


def _loopback_getaddrinfo(host, *args, **kwargs):
    """Only IP literals and localhost resolve: no DNS query (e.g. for AWS) leaves."""
    name = host.decode() if isinstance(host, bytes) else str(host)
    RESOLVED.append(name)
    try:
        ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        if name.lower().rstrip(".") not in ("localhost", "localhost.localdomain"):
            raise socket.gaierror(socket.EAI_NONAME, f"test DNS: {name} is not resolvable") \
                from None
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(scope="module")
def s3():
    """moto's S3 server on 127.0.0.1 (a free port) with one empty bucket."""
    import s3fs
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    with pytest.MonkeyPatch.context() as mp:
        for k, v in AWS_ENV.items():
            mp.setenv(k, v)
        for k in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3",
                  "NEWSFACTS_LANDING_OPTIONS"):
            mp.delenv(k, raising=False)
        mp.setattr(socket, "getaddrinfo", _loopback_getaddrinfo)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        try:
            host, port = server.get_host_and_port()
            endpoint = f"http://{host}:{port}"
            fs = s3fs.S3FileSystem(endpoint_url=endpoint)
            fs.mkdir(BUCKET)
            yield SimpleNamespace(endpoint=endpoint, fs=fs,
                                  options=json.dumps({"endpoint_url": endpoint}))
        finally:
            server.stop()
    non_loopback = [h for h in RESOLVED if h not in ("localhost", "127.0.0.1", "::1")
                    and not h.startswith("127.")]
    assert non_loopback == [], f"name lookups left the machine: {non_loopback}"


def _settings(root, sources, **env) -> Settings:
    s = Settings.from_env({**os.environ, "NEWSFACTS_HOME": str(root / "home"),
                           "NEWSFACTS_SOURCES": str(sources), **env})
    s.ensure_dirs()
    return s


def _tables(settings: Settings) -> dict[str, int]:
    con = duckdb.connect(str(settings.published), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'main' order by 1").fetchall()]
        return {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def _raw(settings: Settings) -> dict[str, int]:
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from raw.{t}").fetchone()[0]
                for t in ("articles", "sentences", "actors", "statements", "visits",
                          "deployments", "fetch_log")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def runs(tmp_path_factory, demo_server, s3, demo_warehouse):
    """Two runs over S3 (the second finds nothing new), compared with the demo warehouse:
    the same demo corpus through a local landing zone, built once for the test run. The S3
    home publishes no dbt docs (they do not depend on the landing zone; the demo's has them)."""
    root = tmp_path_factory.mktemp("s3landing")
    sources = root / "sources.yml"
    sources.write_text(
        "sources:\n"
        f"  - {{name: harbour-gazette, kind: rss, url: \"{demo_server}/feed.xml\", "
        "allow_private: true, rate_limit: 0}\n")
    remote = _settings(root / "s3", sources, NEWSFACTS_LANDING=f"s3://{BUCKET}/landing",
                       NEWSFACTS_LANDING_OPTIONS=s3.options, NEWSFACTS_PUBLISH_DOCS="0")
    parsed_dbt_project(tmp_path_factory, remote)
    run_local(run_id="s3-1", settings=remote)
    first = {"tables": _tables(remote), "raw": _raw(remote)}
    run_local(run_id="s3-2", settings=remote)
    return SimpleNamespace(root=root, sources=sources, local=demo_warehouse, remote=remote,
                           first=first, local_tables=_tables(demo_warehouse))


def test_s3_landing_publishes_what_a_local_landing_does(runs):
    assert str(runs.remote.landing) == f"s3://{BUCKET}/landing"
    tables = runs.first["tables"]
    assert tables["dim_article"] == 33 and tables["fct_statement"] > 0
    assert tables == runs.local_tables
    assert runs.first["raw"]["fetch_log"] > 0


def test_batches_and_metrics_are_in_the_bucket_not_on_disk(runs, s3):
    files = [f.removeprefix(f"{BUCKET}/landing/s3-1/")
             for f in s3.fs.find(f"{BUCKET}/landing/s3-1")]
    batch_files = sorted(f for f in files if f.startswith("batch-") and f.endswith(".json")
                         and "/" not in f)
    assert batch_files, files
    for b in batch_files:  # each planned batch: its extract output next to it
        out = b.removesuffix(".json")
        assert {f"{out}/{t}.parquet" for t in ("articles", "sentences", "actors", "statements",
                                               "visits", "deployments")} | \
            {f"{out}/manifest.json"} <= set(files)
    assert "fetch_log-discover.parquet" in files
    assert any(f.startswith("fetch_log-0") for f in files)
    assert any(f.startswith("candidates-") for f in files)
    assert {"metrics/_run.json", "metrics/discover.json", "metrics/load.json",
            "metrics/publish.json"} <= set(files)
    assert not any(f.endswith(".tmp") for f in files)
    with s3.fs.open(f"{BUCKET}/landing/s3-1/metrics/publish.json") as fh:
        assert json.load(fh)["status"] == "success"
    # the loader read the batches from the bucket: the raw rows came from there
    con = duckdb.connect(str(runs.remote.warehouse), read_only=True)
    try:
        loaded = con.execute("select count(*) from raw.load_log where run_id = 's3-1'"
                             ).fetchone()[0]
    finally:
        con.close()
    assert loaded == len(batch_files)
    assert not (runs.remote.home / "landing").exists()
    assert list((runs.local.home / "landing").glob("local__*/metrics/publish.json"))


def test_rerun_over_s3_adds_no_rows(runs):
    assert _tables(runs.remote) == runs.first["tables"]
    assert _raw(runs.remote)["articles"] == runs.first["raw"]["articles"]
    assert {k: v for k, v in _raw(runs.remote).items() if k != "fetch_log"} == \
        {k: v for k, v in runs.first["raw"].items() if k != "fetch_log"}
    rows, problem = last_runs(runs.remote, limit=10)
    assert problem is None
    by_id = {r["run_id"]: r for r in rows}
    # the rerun found nothing new: dbt build, audit and publish skipped
    assert (by_id["s3-1"]["status"], by_id["s3-2"]["status"]) == ("success", "skipped")
    assert by_id["s3-1"]["articles_fetched"] == 33 and by_id["s3-2"]["articles_fetched"] == 0


def _cli(args, runs, s3, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts.cli", *args], capture_output=True, text=True,
        timeout=300, env={**os.environ, "NEWSFACTS_HOME": str(runs.remote.home),
                          "NEWSFACTS_SOURCES": str(runs.sources),
                          "NEWSFACTS_LANDING": f"s3://{BUCKET}/landing",
                          "AWS_ENDPOINT_URL": s3.endpoint, "GX_ANALYTICS_ENABLED": "False",
                          **env})


def test_status_command_reads_the_s3_landing_zone(runs, s3):
    # AWS_ENDPOINT_URL instead of NEWSFACTS_LANDING_OPTIONS; the warehouse is gone, so
    # every row comes from the metrics in the bucket
    proc = _cli(["status", "--json"], runs, s3,
                NEWSFACTS_WAREHOUSE=str(runs.root / "no-warehouse.duckdb"))
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = {r["run_id"]: r["status"] for r in map(json.loads, proc.stdout.splitlines())}
    assert got == {"s3-1": "success", "s3-2": "skipped"}


def test_missing_bucket_is_one_clear_line(runs, s3):
    proc = _cli(["run"], runs, s3, NEWSFACTS_LANDING="s3://no-such-bucket/landing")
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("newsfacts run: landing zone: cannot write s3://no-such-bucket/")
    assert "check the bucket" in last and s3.endpoint in last
    assert "Traceback" not in proc.stderr
