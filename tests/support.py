"""Helpers shared by tests (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from newsfacts.settings import REPO_DIR, Settings
from newsfacts.storage import Location


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder that ``build(folder)`` fills once per test run, shared by the run's xdist
    workers (each worker is its own pytest session, so a session fixture alone is built once
    per worker): the first worker to ask builds it under a lock, the others wait for it and
    reuse it. For what tests only read (or copy before changing)."""
    from newsfacts.lock import file_lock

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's temporary root, above every worker's own
    folder = root / f"shared-{name}"
    with file_lock(root / f"shared-{name}.lock"):
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            build(folder)
            (folder / ".built").touch()
    return folder


def parsed_dbt_project(tmp_path_factory, settings: Settings) -> None:
    """Start a new home's dbt target folder from a partial parse of the dbt project (`dbt
    parse`, once per test run in a home of its own, shared by the xdist workers), so the
    home's first dbt build parses the project in part instead of in full (about 8 s of CPU).
    dbt keeps a partial parse across homes: it runs in the warehouse's folder with the same
    relative path (newsfacts.transform.dbt_env). For homes whose tests check what their dbt
    builds do, not how a new home parses the project: a new home's full parse is checked by
    tests/warehouse/test_incremental_marts.py and the README's demo block."""
    from newsfacts.transform import run_dbt

    def build(folder: Path) -> None:
        s = Settings.from_env({"NEWSFACTS_HOME": str(folder / "home")})
        s.ensure_dirs()
        code, _ = run_dbt(s, ["parse"])
        assert code == 0

    folder = built_once(tmp_path_factory, "dbt-parse", build)
    parsed = Settings.from_env({"NEWSFACTS_HOME": str(folder / "home")}).dbt_target
    assert settings.dbt_project_dir == REPO_DIR / "dbt_project"  # the one parsed
    settings.dbt_target.mkdir(parents=True, exist_ok=True)
    shutil.copy(parsed / "partial_parse.msgpack", settings.dbt_target / "partial_parse.msgpack")


BASELINE_DOCS = [f"base{i}" for i in range(6)]  # the published baseline's synthetic articles


def run_pipeline(settings: Settings, run_id: str, batch_dirs: list[Path]) -> dict:
    """load -> dbt build -> audit -> publish, stopping at the first GateFailed as the DAG
    does. Returns {"failed_at": step or None, "error": GateFailed or None}."""
    from newsfacts.pipeline import audit_step, load_step, publish_step, transform_step
    from newsfacts.transform import GateFailed

    steps = [("load", lambda: load_step(settings, run_id, [str(b) for b in batch_dirs])),
             ("dbt_build", lambda: transform_step(settings, run_id)),
             ("audit", lambda: audit_step(settings, run_id)),
             ("publish", lambda: publish_step(settings, run_id))]
    for name, step in steps:
        try:
            step()
        except GateFailed as exc:
            return {"failed_at": name, "error": exc}
    return {"failed_at": None, "error": None}


def published_baseline(tmp_path_factory) -> Path:
    """The home of a warehouse with one passing, published run ("base": the six synthetic
    articles of BASELINE_DOCS; real load, dbt build, GX audit, publish with its docs), built
    once per test run (shared by the xdist workers). Readers only: copy it to change it."""
    def build(folder: Path) -> None:
        s = Settings.from_env({"NEWSFACTS_HOME": str(folder / "home")})
        s.ensure_dirs()
        parsed_dbt_project(tmp_path_factory, s)
        b = write_batch(s, "base", "base1", [synthetic_result(d) for d in BASELINE_DOCS])
        outcome = run_pipeline(s, "base", [b])
        assert outcome["failed_at"] is None, outcome["error"]

    return built_once(tmp_path_factory, "quality-baseline", build) / "home"


def table_counts(path, tables) -> dict[str, int]:
    """Rows per table of a DuckDB file, opened read-only (e.g. the published marts)."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def synthetic_result(doc: str, *, size: int | None = 40000, speaker: str = "Ilse Varga",
                     n_statements: int = 2) -> dict:
    """An extractor result written by hand, for tests that exercise the warehouse only."""
    text = (f"\u201cWe will not be moved,\u201d said {speaker}. "
            f"Ms {speaker.split()[-1]} will travel to Warsaw next week. "
            f"Some {size or 'thousands of'} troops are massed near the border.")
    return {
        "doc": doc, "extractor_version": "test-0",
        "article": {"title": f"Headline {doc}", "published": "2026-11-02", "text": text,
                    "byline": "By A. Writer", "language": "en"},
        "sentences": [{"idx": 0, "paragraph": 0, "start": 0, "end": 40, "text": text[:40]}],
        "actors": [{"key": "p1", "name": speaker, "kind": "person", "title": "Foreign Minister",
                    "age": 52, "country": None, "mentions": [speaker, "she"]}],
        "statements": [{"speaker": speaker, "speaker_mention": speaker, "speaker_key": "p1",
                        "text": f"We will not be moved ({i})", "kind": "direct", "cue": "said",
                        "sentence": text[:40], "sentence_idx": 0, "start": 1, "end": 22,
                        "rule": "statement.test_direct"}
                       for i in range(n_statements)],
        "visits": [{"traveller": speaker, "traveller_key": "p1", "destination": "Warsaw",
                    "destination_country": "PL", "destination_lat": 52.23,
                    "destination_lon": 21.01, "status": "planned", "when": "2026-11",
                    "sentence": "x", "sentence_idx": 1, "start": 41, "end": 80,
                    "rule": "visit.test_planned"}],
        "deployments": [{"actor": "Russia", "actor_country": "RU", "size": size,
                         "qualifier": "approx" if size else "vague", "unit": "troop",
                         "location": "the border", "location_country": None,
                         "status": "deployed", "sentence": "x", "sentence_idx": 2,
                         "start": 81, "end": 120, "rule": "deploy.test_massed"}],
    }


def write_batch(settings: Settings, run_id: str, batch_id: str, results: list[dict]) -> Location:
    """Write results as an extract batch directory in the landing zone (a local folder, or
    an object-store prefix), exactly as extract_step does."""
    from newsfacts.records import ARTICLE_TABLES, flatten_extraction
    from newsfacts.runfolder import RunFolder

    tables: dict[str, list[dict]] = {t: [] for t in ARTICLE_TABLES}
    for r in results:
        page = {"url": f"https://news.example/{r['doc']}", "content_sha256": r["doc"] * 4,
                "canonical_url": f"https://news.example/{r['doc']}", "source": "test",
                "fetched_at": "2026-11-02T10:00:00+00:00"}
        for t, rows in flatten_extraction(r, page).items():
            tables[t].extend(rows)
    return RunFolder.of(settings, run_id).write_batch(batch_id, tables, "test-0").dir


INVENTED_META = {"published": "2024-05-14", "title_in_body": True}


def direct_statements(body: str) -> list[tuple[str, str, str, str]]:
    """(text, speaker, mention, cue) of the direct statements the extractor finds in an
    invented article with this body; the body must hold no visit or deployment."""
    from newsfacts.extract import extract_document

    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(INVENTED_META))
    assert res["visits"] == [] and res["deployments"] == []
    return [(s["text"], s["speaker"], s["speaker_mention"], s["cue"])
            for s in res["statements"] if s["kind"] == "direct"]


def quote_speakers(body: str) -> dict[str, str]:
    """quote text -> speaker, for the direct statements of an invented article."""
    from newsfacts.extract import extract_document

    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(INVENTED_META))
    return {s["text"].strip(" ,."): s["speaker"] for s in res["statements"]
            if s["kind"] == "direct"}


def statement_facts(body: str, *, published: str, lead: str = "Harbour news") -> dict:
    """Every fact of an invented article (a lead line, then body), statements as (text,
    speaker, speaker_mention, kind, cue), visits and deployments as the extractor gives them."""
    from newsfacts.extract import extract_document

    res = extract_document("t", f"{lead}\n\n{body}",
                           meta={"published": published, "title_in_body": True})
    return {
        "statements": [(s["text"], s["speaker"], s["speaker_mention"], s["kind"], s["cue"])
                       for s in res["statements"]],
        "visits": res["visits"],
        "deployments": res["deployments"],
    }


def migrated_airflow_home(tmp_path_factory, env: dict[str, str]) -> None:
    """Give ``env``'s AIRFLOW_HOME (a new folder) a metadata database already brought to head:
    `airflow db migrate` (newsfacts.airflow_run.migrate, the product's own call) runs once per
    test run in a home of its own, shared by the xdist workers, and each test gets a copy of
    its airflow.db and airflow.cfg (the template home's paths changed to this one's), with
    the stamp migrate() writes recomputed for the copy, so the test's `newsfacts.airflow_run`
    skips the migrate (about 6 s of CPU each) and its later runs see the state they would.
    SQLite files hold no path of their own. The migrate from scratch is still run as written
    by the README's demo block (tests/explore/test_readme.py)."""
    from newsfacts import airflow_run

    def build(folder: Path) -> None:
        template = Settings.from_env({"NEWSFACTS_HOME": str(folder / "home")})
        environ = airflow_run.airflow_env(template, {
            k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSFACTS_"))})
        with open(folder / "migrate.log", "w") as log:
            assert airflow_run.migrate(log, environ)
        home = Path(environ["AIRFLOW_HOME"])
        # migrate() recorded the state it left: the stamp a later run compares with
        stamp = json.loads((home / airflow_run.MIGRATED).read_text())
        assert stamp == airflow_run.migration_state(environ)
        (folder / "template-home").write_text(str(home))

    folder = built_once(tmp_path_factory, "airflow-db", build)
    template = Path((folder / "template-home").read_text())
    dest = Path(env["AIRFLOW_HOME"])
    dest.mkdir(parents=True)
    shutil.copy(template / "airflow.db", dest / "airflow.db")
    config = (template / "airflow.cfg").read_text()
    (dest / "airflow.cfg").write_text(config.replace(str(template), str(dest)))
    (dest / "airflow.cfg").chmod(0o600)
    settings = Settings.from_env({"NEWSFACTS_HOME": env["NEWSFACTS_HOME"]})
    state = airflow_run.migration_state(airflow_run.airflow_env(settings, env))
    assert state is not None and state["database"] == str((dest / "airflow.db").resolve())
    (dest / airflow_run.MIGRATED).write_text(json.dumps(state, indent=1))


HEADLINE_META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday


def headline_visits(body: str, *fields: str) -> set[tuple]:
    """The visits of an invented article (a "Headline" line, then body; published on
    Wednesday 2023-03-15), each as the tuple of the given fields."""
    from newsfacts.extract import extract_document

    got = extract_document("t", "Headline\n\n" + body, meta=HEADLINE_META)["visits"]
    return {tuple(v[f] for f in fields) for v in got}
