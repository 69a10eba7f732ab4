"""newsfacts.storage on a local folder and on fsspec's in-memory store (memory://), and the
pipeline's landing-zone code (batches, loader, metrics, status) on a non-local store."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from support import synthetic_result, write_batch

from newsfacts import metrics
from newsfacts.errors import UserError
from newsfacts.pipeline import flush_metrics
from newsfacts.runfolder import RunFolder
from newsfacts.settings import Settings
from newsfacts.status import last_runs
from newsfacts.storage import Location, StorageError, location, storage_options
from newsfacts.warehouse import Warehouse


@pytest.fixture
def memory_settings(tmp_path) -> Settings:
    """Local warehouse, landing zone in fsspec's memory store (unique per test)."""
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home"),
                           "NEWSFACTS_LANDING": f"memory://nf-{uuid.uuid4().hex}/landing"})
    s.ensure_dirs()
    yield s
    from fsspec.implementations.memory import MemoryFileSystem

    fs = MemoryFileSystem()
    root = str(s.landing).removeprefix("memory://").split("/")[0]
    if fs.exists(f"/{root}"):
        fs.rm(f"/{root}", recursive=True)


# --- local paths: as before, no fsspec involved ------------------------------------------

def test_local_landing_is_a_resolved_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path), "NEWSFACTS_LANDING": "zone/in"})
    assert s.landing.local and str(s.landing) == str(tmp_path / "zone" / "in")
    assert s.landing == tmp_path / "zone" / "in"
    default = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path)})
    assert default.landing == tmp_path / "landing"
    assert location(f"file://{tmp_path}/x") == tmp_path / "x"
    # local options are never parsed: a broken NEWSFACTS_LANDING_OPTIONS does not matter
    Settings.from_env({"NEWSFACTS_HOME": str(tmp_path), "NEWSFACTS_LANDING_OPTIONS": "{"})


def test_local_names_joins_and_round_trip(tmp_path):
    root = location(tmp_path)
    f = root / "run-1" / "batch-abc.json"
    assert (f.name, f.stem, f.suffix) == ("batch-abc.json", "batch-abc", ".json")
    assert f.parent == tmp_path / "run-1" and f.with_suffix("") == tmp_path / "run-1" / "batch-abc"
    assert os.fspath(f) == str(tmp_path / "run-1" / "batch-abc.json")
    assert root.at(str(f)) == f and root.at(Path(f)) == f
    assert not f.exists() and not f.parent.is_dir()
    f.write_json({"pages": [1, 2]})  # parents made as needed
    assert f.exists() and f.parent.is_dir() and f.read_json() == {"pages": [1, 2]}
    assert json.loads(Path(f).read_text()) == {"pages": [1, 2]}


def test_local_writes_replace_the_file_whole_and_leave_no_temporaries(tmp_path):
    f = location(tmp_path) / "m.json"
    f.write_text("old contents")
    with open(f, encoding="utf-8") as reader:  # a reader that opened the old file
        f.write_text("new")
        # a rename swapped in a new file: the open reader still sees the whole old one
        assert reader.read() == "old contents"
    assert f.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]
    mode = os.stat(f).st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask  # permissions as a plain open() would give


def test_local_glob_iterdir_and_parquet(tmp_path):
    d = location(tmp_path) / "run"
    assert d.iterdir() == [] and d.glob("*.parquet") == []
    table = pa.table({"article_id": ["a", "b"], "n": [1, 2]})
    for name in ("fetch_log-001.parquet", "fetch_log-000.parquet", "pages-000.json"):
        (d / name).write_parquet(table) if name.endswith("parquet") else (d / name).write_json([])
    assert [p.name for p in d.glob("fetch_log-*.parquet")] == ["fetch_log-000.parquet",
                                                               "fetch_log-001.parquet"]
    assert [p.name for p in d.iterdir()] == ["fetch_log-000.parquet", "fetch_log-001.parquet",
                                             "pages-000.json"]
    got = (d / "fetch_log-000.parquet").read_parquet(columns=["n"])
    assert got.column("n").to_pylist() == [1, 2]
    assert (d / "fetch_log-000.parquet").parquet_schema().names == ["article_id", "n"]
    assert pq.read_table(d / "fetch_log-001.parquet").num_rows == 2  # still a plain file
    with pytest.raises(ValueError, match="name pattern"):
        d.glob("*/x.json")


# --- storage options from the environment -----------------------------------------------

def test_storage_options_from_env():
    assert storage_options("s3", {}) == {}
    assert storage_options("s3", {"AWS_ENDPOINT_URL": "http://127.0.0.1:9000"}) == \
        {"endpoint_url": "http://127.0.0.1:9000"}
    assert storage_options("s3", {"AWS_ENDPOINT_URL": "http://a", "AWS_ENDPOINT_URL_S3":
                                  "http://b"}) == {"endpoint_url": "http://b"}
    # explicit options win over AWS_ENDPOINT_URL; other protocols take no AWS endpoint
    env = {"NEWSFACTS_LANDING_OPTIONS": '{"endpoint_url": "http://x:1", "anon": false}',
           "AWS_ENDPOINT_URL": "http://other"}
    assert storage_options("s3", env) == {"endpoint_url": "http://x:1", "anon": False}
    assert storage_options("memory", {"AWS_ENDPOINT_URL": "http://a"}) == {}
    with pytest.raises(UserError, match="NEWSFACTS_LANDING_OPTIONS is not valid JSON"):
        storage_options("s3", {"NEWSFACTS_LANDING_OPTIONS": "{endpoint_url: x}"})
    with pytest.raises(UserError, match="must be a JSON object"):
        storage_options("s3", {"NEWSFACTS_LANDING_OPTIONS": '["x"]'})
    s = Settings.from_env({"NEWSFACTS_LANDING": "s3://bucket/landing/",
                           "AWS_ENDPOINT_URL": "http://127.0.0.1:9"})
    assert str(s.landing) == "s3://bucket/landing" and not s.landing.local
    assert s.landing.options == {"endpoint_url": "http://127.0.0.1:9"}
    assert repr(s.landing) == "Location('s3://bucket/landing')"  # options (secrets) not shown


def test_unknown_protocol_is_a_clear_error():
    loc = location("nosuchstore://bucket/landing")
    with pytest.raises(StorageError, match=r"landing zone nosuchstore://bucket/landing: .*"
                                           r"use a local folder or an fsspec URL"):
        loc.exists()
    with pytest.raises(TypeError, match="not a local path"):
        os.fspath(loc)


# --- memory://: every landing-zone operation of the pipeline off the local disk ----------

def test_memory_names_and_listing(memory_settings):
    land = memory_settings.landing
    assert str(land).startswith("memory://nf-") and not land.local
    assert land.iterdir() == [] and not land.exists()
    rdir = RunFolder.of(memory_settings, "manual__2026-11-02T10:00:00+00:00").mkdir().path
    assert rdir.name == "manual__2026-11-02T10_00_00_00_00"
    f = rdir / "candidates-000.json"
    f.write_json([{"url": "https://x.example/a"}])
    assert land.iterdir() == [rdir] and rdir.is_dir() and f.exists()
    assert land.at(str(f)).read_json() == [{"url": "https://x.example/a"}]
    assert land.at(str(f)).options == land.options
    assert f.parent == rdir and f.with_suffix("") == rdir / "candidates-000"
    assert rdir.glob("*.json") == [f] and rdir.glob("*.parquet") == []
    with pytest.raises(FileNotFoundError):
        (rdir / "missing.json").read_json()
    f.remove()
    assert not f.exists() and rdir.glob("*.json") == []
    # nothing of it reached the local disk
    assert not (memory_settings.home / "landing").exists()


def test_memory_batches_load_into_duckdb_idempotently(memory_settings):
    s = memory_settings
    b = write_batch(s, "run1", "b1", [synthetic_result("a1"), synthetic_result("a2")])
    assert str(b).startswith("memory://") and (b / "articles.parquet").exists()
    folder = RunFolder.of(s, "run1")
    from newsfacts.records import write_table

    write_table([{"url": "https://news.example/a1", "outcome": "fetched"},
                 {"url": "https://news.example/a2", "outcome": "error", "error": "boom"}],
                "fetch_log", folder.fetch_log("000"))
    warehouse = Warehouse(s.warehouse)
    first = warehouse.load("run1", [folder.batch(str(b))], fetch_log=folder.fetch_log_table())
    assert first["articles"] == 2 and first["statements"] == 4 and first["fetch_log"] == 2
    again = warehouse.load("run1", [folder.batch(b)], fetch_log=folder.fetch_log_table())
    assert again == first
    con = duckdb.connect(str(s.warehouse), read_only=True)
    try:
        counts = {t: con.execute(f"select count(*) from raw.{t}").fetchone()[0]
                  for t in ("articles", "statements", "fetch_log", "load_log")}
        errors = con.execute("select error from raw.fetch_log where outcome = 'error'").fetchall()
    finally:
        con.close()
    assert counts == {"articles": 2, "statements": 4, "fetch_log": 2, "load_log": 1}
    assert errors == [("boom",)]


def test_memory_metrics_and_status(memory_settings):
    s = memory_settings
    folder = RunFolder.of(s, "mem-run")
    metrics.record_run_info(folder, run_type="manual")
    with metrics.step(folder, "fetch", "000") as rec:
        rec.update(articles_in=4, articles_out=3, errors=1)
    with pytest.raises(RuntimeError), metrics.step(folder, "audit"):
        raise RuntimeError("expectation failed")
    flush_metrics(s, folder)
    names = [p.name for p in folder.metrics_dir.iterdir()]
    assert names == ["_run.json", "audit.json", "fetch-000.json"]
    info, records = folder.read_metrics()
    assert info["run_type"] == "manual" and len(records) == 2
    rows, problem = last_runs(s)
    assert problem is None
    row = next(r for r in rows if r["run_id"] == "mem-run")
    assert (row["status"], row["failed_task"], row["articles_fetched"]) == \
        ("failed", "audit", 3)
    con = duckdb.connect(str(s.warehouse), read_only=True)  # flushed from memory://
    try:
        assert con.execute("select status, failed_task from audit.pipeline_runs").fetchall() \
            == [("failed", "audit")]
    finally:
        con.close()


def test_location_equality_and_hash():
    a, b = location("memory://x/landing", {}), Location("memory://x/landing", "memory")
    assert a == b and hash(a) == hash(b) and a != location("memory://x/other", {})
    assert (a / "r").parent == a and location("s3://bucket", {}).parent == \
        location("s3://bucket", {})
