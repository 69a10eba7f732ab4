"""A BI tool holds the published file open, read-only, in another process while the pipeline
runs again: the run succeeds, the reader's snapshot never changes under it and stays internally
consistent, and a fresh connection afterwards sees the new data."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import duckdb
from support import BASELINE_DOCS, synthetic_result, write_batch

from newsfacts.pipeline import audit_step, load_step, publish_step, transform_step
from newsfacts.settings import Settings

READER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    import duckdb

    path, stop = sys.argv[1], Path(sys.argv[2])
    con = duckdb.connect(path, read_only=True)

    def snapshot():
        declared = dict(con.execute(
            "select unnest(map_keys(row_counts)), unnest(map_values(row_counts)) "
            "from _publication").fetchall())
        counts = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in declared}
        return {
            "run_id": con.execute("select run_id from _publication").fetchone()[0],
            "declared": declared, "counts": counts,
            "events": con.execute("select count(*) from fct_event").fetchone()[0],
            "event_types": dict(con.execute(
                "select event_type, count(*) from fct_event group by 1").fetchall()),
            "orphan_facts": con.execute(
                "select count(*) from fct_event e left join dim_article a using (article_key) "
                "where a.article_key is null").fetchone()[0],
            "quotes": con.execute("select sum(length(quote_text)) from fct_statement").fetchone()[0],
        }

    first = snapshot()
    print(json.dumps({"ready": True, "snapshot": first}), flush=True)
    reads = changed = 0
    while not stop.exists():
        changed += snapshot() != first
        reads += 1
        time.sleep(0.05)
    print(json.dumps({"reads": reads, "changed": changed, "last": snapshot()}), flush=True)
""")


def _run(settings, run_id: str, docs) -> None:
    b = write_batch(settings, run_id, run_id, [synthetic_result(d) for d in docs])
    load_step(settings, run_id, [str(b)])
    transform_step(settings, run_id)
    audit_step(settings, run_id)
    publish_step(settings, run_id)


def test_reader_in_another_process_keeps_a_consistent_snapshot(baseline_home, tmp_path):
    # the first publish: a copy of the shared baseline (one run, "base", six articles)
    shutil.copytree(baseline_home, tmp_path / "home", symlinks=True)
    settings = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home")}).with_overrides(
        publish_docs=False)  # docs: analyst tests
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(settings.published), str(stop)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        hello = json.loads(reader.stdout.readline() or "{}")
        assert hello.get("ready"), reader.stderr.read()
        before = hello["snapshot"]
        _run(settings, "second", ("a3", "a4", "a5"))  # while the reader holds the file
        stop.touch()
        out, err = reader.communicate(timeout=120)
    finally:
        if reader.poll() is None:
            reader.kill()
    assert reader.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["reads"] > 0 and report["changed"] == 0
    assert report["last"] == before  # the reader's snapshot never moved
    # ...and it was internally consistent: what _publication declares is what the tables hold
    assert before["run_id"] == "base" and before["declared"] == before["counts"]
    assert before["orphan_facts"] == 0
    assert before["events"] == sum(before["counts"][t] for t in
                                   ("fct_statement", "fct_visit", "fct_force_deployment"))

    fresh = duckdb.connect(str(settings.published), read_only=True)
    try:
        run_id = fresh.execute("select run_id from _publication").fetchone()[0]
        statements = fresh.execute("select count(*) from fct_statement").fetchone()[0]
        articles = fresh.execute("select count(*) from dim_article").fetchone()[0]
    finally:
        fresh.close()
    assert run_id == "second"
    assert statements == before["counts"]["fct_statement"] + 6
    assert articles == len(BASELINE_DOCS) + 3
