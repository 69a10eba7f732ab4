"""dbt build in its own process (it takes the warehouse write lock only while it runs).

:func:`dbt_build` returns dbt's results; the dbt_build step stores them in
audit.dbt_results (newsfacts.warehouse) and then stops the run on a failed model or test.

dbt's own log lines go to the logger ``newsfacts.dbt``: into the run's log file (`newsfacts
run`) or the task's log (Airflow), never onto the console, which gets the step's one-line
summary (the CLI and newsfacts.airflow_run leave that logger out). dbt also keeps its full
log in settings.dbt_logs. A warehouse another process holds is waited for
first (NEWSFACTS_WAREHOUSE_WAIT), and a build that lost that race is run again.

Seeds are loaded only when a seed file changed (:func:`build_args`): each seed table keeps
the sha256 of the file it was loaded from as its comment (the seeds' post-hook, from the
seed hashes this module passes). A changed file reloads every seed, and the
incremental models built on it rebuild in full (dbt_project/macros/inputs_fingerprint.sql).
Models built from seeds only (dim_date, int_name_lookup) and views read from sources and
contracted models only (staging, fct_event: :func:`seed_only_models`) are left out the same
way: each keeps, as its comment, the sha256 of its SQL and YAML, the project configuration,
the macros, its seeds' hashes and, for a view, the columns of the raw tables it reads and
the contracts (columns and types) of the models it reads (the model hashes this module
passes, post-hook), and is built again only when that changed (the first build of a
warehouse has no manifest to find them in yet, so they are built and recorded by the next). A view shows its tables as
they are when queried, so leaving it out never makes it stale. Every test still runs (indirect
selection ``empty``: excluding a node leaves out that node only), the tests of a left-out
view included: they read the new rows through it.

Those hashes go to dbt in the environment (:data:`SHA256_ENV`, read by the macro
newsfacts_sha256 while dbt executes), not as --vars: dbt parses the whole project again
whenever the --vars differ from the last command's, and the model hashes are new after a
warehouse's first build and whenever a seed or a model changed. An env_var() read while
executing only is no part of dbt's parse, so the partial parse in the dbt target folder holds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import GateFailed
from newsfacts.settings import Settings

log = logging.getLogger("newsfacts.dbt")
BUSY = "Could not set lock on file"

SEED_MARK = "newsfacts seed sha256 "
MODEL_MARK = "newsfacts model sha256 "
# the seed and model hashes of a pipeline build, as JSON, for the dbt process only (not a setting)
SHA256_ENV = "NEWSFACTS_DBT_SHA256"

__all__ = ["DbtBuild", "GateFailed", "build_args", "dbt_build", "dbt_cwd", "dbt_env",
           "dbt_executable", "run_dbt", "sha256_env"]


def dbt_executable() -> str:
    exe = Path(sys.executable).with_name("dbt")
    return str(exe) if exe.exists() else "dbt"


def dbt_cwd(settings: Settings) -> Path:
    """The folder dbt runs in: the working warehouse's (see :func:`dbt_env`)."""
    return settings.warehouse.parent


def dbt_env(settings: Settings) -> dict[str, str]:
    """dbt's environment, to run in :func:`dbt_cwd`. The profile's path is the warehouse's
    file name, relative to that folder: dbt keeps its partial parse only while the profile's
    connection details are those it parsed with, so a home copied or moved elsewhere (a
    backup restored, a test's copy) parses the project in part, not again in full."""
    env = dict(os.environ)
    env.update({
        "NEWSFACTS_WAREHOUSE": settings.warehouse.name,
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
    })
    env.pop(SHA256_ENV, None)  # only ever a build's own (run_dbt)
    return env


def sha256_env(hashes: dict | None) -> dict[str, str]:
    """The environment that passes build_args' hashes to dbt (none without them): the macro
    newsfacts_sha256 (dbt_project/macros/inputs_fingerprint.sql) reads it."""
    return {SHA256_ENV: json.dumps(hashes, sort_keys=True)} if hashes else {}


def seed_hashes(settings: Settings) -> dict[str, str]:
    """sha256 of each seed file of the dbt project (its seed-paths), by seed name, together
    with the seed configuration (dbt_project.yml and the YAML beside the seeds: column
    types)."""
    import yaml

    project_dir = settings.dbt_project_dir
    project_file = project_dir / "dbt_project.yml"
    project = yaml.safe_load(project_file.read_text()) or {}
    folders = [project_dir / f for f in project.get("seed-paths", ["seeds"])]
    config = hashlib.sha256(project_file.read_bytes())
    for path in sorted(p for folder in folders for p in folder.glob("*.yml")):
        config.update(path.read_bytes())
    out: dict[str, str] = {}
    for path in sorted(p for folder in folders for p in folder.glob("*.csv")):
        out[path.stem] = hashlib.sha256(config.digest() + path.read_bytes()).hexdigest()
    return out


def _manifest(settings: Settings) -> dict:
    """The last dbt command's manifest (empty without one)."""
    try:
        return json.loads((settings.dbt_target / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}


def _contracted(node: dict | None) -> bool:
    """Whether a manifest node is a model with an enforced contract (its YAML fixes its
    columns' names and types)."""
    node = node or {}
    return node.get("resource_type") == "model" and bool(
        (node.get("contract") or {}).get("enforced"))


def seed_only_models(nodes: dict[str, dict]) -> dict[str, dict]:
    """The models whose contents follow from their definition, by name: their manifest nodes
    (``nodes``: a manifest's nodes by unique_id). Tables built from seeds only (no source, no
    model but such ones upstream), and views reading sources, seeds and models with an
    enforced contract only (a view is a query, run when read: it only needs creating again
    when the columns it reads may have changed)."""
    out: dict[str, dict] = {}
    changed = True
    while changed:  # a model on seed-only models is one too
        changed = False
        for node in nodes.values():
            name = node.get("name")
            materialized = node.get("config", {}).get("materialized")
            if (node.get("resource_type") != "model" or name in out
                    or materialized not in ("table", "view")):
                continue
            parents = node.get("depends_on", {}).get("nodes", [])
            if materialized == "view":
                ok = all(p.startswith(("seed.", "source.")) or _contracted(nodes.get(p))
                         for p in parents)
            else:  # on seeds and seed-only tables (a view reads a source)
                ok = all(p.startswith("seed.")
                         or (p.startswith("model.") and p.split(".")[-1] in out
                             and out[p.split(".")[-1]].get("config", {}).get(
                                 "materialized") == "table")
                         for p in parents)
            if ok:
                out[name] = node
                changed = True
    return out


def _source_columns(settings: Settings, sources: dict[str, dict]) -> dict[str, str]:
    """The columns (name and type, in order) of each source table of the warehouse, by the
    source's unique_id (``sources``: a manifest's sources): a view reading a table whose
    columns changed is created again."""
    import duckdb

    if not sources or not settings.warehouse.exists():
        return {}
    try:
        con = duckdb.connect(str(settings.warehouse), read_only=True)
    except duckdb.Error:  # held by another process: no hash, so the views are built
        return {}
    try:
        rows = con.execute("select schema_name, table_name, column_name, data_type "
                           "from duckdb_columns() order by schema_name, table_name, "
                           "column_index").fetchall()
    finally:
        con.close()
    columns: dict[tuple[str, str], list[str]] = {}
    for schema, table, column, dtype in rows:
        columns.setdefault((schema, table), []).append(f"{column} {dtype}")
    out = {}
    for uid, src in sources.items():
        cols = columns.get((src.get("schema"), src.get("identifier") or src.get("name")))
        if cols:
            out[uid] = ", ".join(cols)
    return out


def model_hashes(settings: Settings, seeds: dict[str, str], models: dict[str, dict],
                 sources: dict[str, dict], nodes: dict[str, dict] | None = None
                 ) -> dict[str, str]:
    """sha256 of what each seed-only model and view (``models``, from seed_only_models) is
    built from: its SQL and YAML, dbt_project.yml, the macros, the hashes of the seeds and
    seed-only models it refers to, the columns of the ``sources`` (a manifest's) it reads
    and, for the contracted models (of ``nodes``, a manifest's) it reads, their SQL and YAML
    as they are now (the YAML fixes their columns and types; the manifest's contract checksum
    is that of the last parse)."""
    project_dir = settings.dbt_project_dir
    sources = _source_columns(settings, sources) if models else {}
    common = hashlib.sha256((project_dir / "dbt_project.yml").read_bytes())
    for path in sorted((project_dir / "macros").rglob("*.sql")):
        common.update(path.read_bytes())
    out: dict[str, str] = {}

    def files(node: dict) -> hashlib._Hash | None:
        """The hash of the common part and of the node's SQL and YAML (None without SQL)."""
        h = hashlib.sha256(common.digest())
        for key in ("original_file_path", "patch_path"):
            rel = (node.get(key) or "").split("://")[-1]
            path = project_dir / rel
            if not rel or not path.is_file():
                if key == "original_file_path":
                    return None
                continue
            h.update(path.read_bytes())
        return h

    def of(name: str) -> str | None:
        if name in out:
            return out[name]
        node = models[name]
        h = files(node)
        if h is None:
            return None
        for parent in sorted(node.get("depends_on", {}).get("nodes", [])):
            kind, name_ = parent.split(".")[0], parent.split(".")[-1]
            if kind == "source":
                part = sources.get(parent)
            elif kind == "seed":
                part = seeds.get(name_)
            elif name_ in models:
                part = of(name_)
            else:  # a contracted model (seed_only_models)
                parent_files = files((nodes or {}).get(parent) or {})
                part = parent_files.hexdigest() if parent_files else None
            if part is None:
                return None
            h.update(f"{parent}={part};".encode())
        out[name] = h.hexdigest()
        return out[name]

    for name in models:
        of(name)
    return {k: v for k, v in out.items() if v is not None}


def _comments(settings: Settings) -> dict[tuple[str, str], str]:
    """Table and view comments of the warehouse by (schema, name)."""
    import duckdb

    if not settings.warehouse.exists():
        return {}
    try:
        con = duckdb.connect(str(settings.warehouse), read_only=True)
    except duckdb.Error:  # held by another process after all: build everything to be safe
        return {}
    try:
        rows = con.execute("select schema_name, table_name, comment from duckdb_tables() "
                           "where comment is not null union all "
                           "select schema_name, view_name, comment from duckdb_views() "
                           "where comment is not null and not internal").fetchall()
    finally:
        con.close()
    return {(schema, name): comment for schema, name, comment in rows}


def build_args(settings: Settings) -> tuple[list[str], dict[str, dict[str, str]]]:
    """The arguments of a pipeline `dbt build` and the hashes to pass (run_dbt's ``hashes``:
    seed_sha256 and model_sha256, each by table name): seeds are left out when every seed
    table holds its file's current contents, and then the seed-only models whose table was
    built from what they are built from now; views are left out when created from what they
    are created from now. Their tests still run."""
    manifest = _manifest(settings)
    nodes = manifest.get("nodes", {})
    only = seed_only_models(nodes)
    hashes = seed_hashes(settings)
    models = model_hashes(settings, hashes, only, manifest.get("sources", {}), nodes)
    passed = {"seed_sha256": hashes, "model_sha256": models}
    args = ["build"]
    comments = _comments(settings) if (hashes or models) else {}
    # the file hash each seed table was loaded from (its comment), by table name
    loaded = {name: comment[len(SEED_MARK):] for (schema, name), comment in comments.items()
              if schema == "reference" and comment.startswith(SEED_MARK)}
    seeds_current = bool(hashes) and all(loaded.get(name) == sha
                                         for name, sha in hashes.items())
    built = {name: comment[len(MODEL_MARK):] for (_, name), comment in comments.items()
             if comment.startswith(MODEL_MARK)}
    # a seed-only model's hash holds its seeds' hashes: unchanged only with current seeds
    left_out = sorted(name for name, sha in models.items()
                      if built.get(name) == sha and (seeds_current or not _reads_seeds(
                          only, name)))
    if not (seeds_current or left_out):
        return args, passed
    # excluding a node leaves out that node only (indirect selection empty; dbt's default,
    # eager, would also leave out every test touching it): the tests of a view still run,
    # they read the new rows; those of unchanged seeds and seed-only tables are left out
    unchanged = {only[name]["unique_id"] for name in left_out
                 if only[name].get("config", {}).get("materialized") == "table"}
    if seeds_current:
        unchanged |= {uid for uid in nodes if uid.startswith("seed.")}
    tests = sorted({node["name"] for node in nodes.values()
                    if node.get("resource_type") == "test"
                    and (parents := node.get("depends_on", {}).get("nodes", []))
                    and all(p in unchanged for p in parents)})
    args += ["--exclude", *(["resource_type:seed"] if seeds_current else []), *left_out,
             *tests, "--indirect-selection", "empty"]
    return args, passed


def _reads_seeds(models: dict[str, dict], name: str) -> bool:
    """Whether the seed-only model or view `name` (of ``models``, from seed_only_models)
    reads a seed, directly or not."""
    todo, seen = [name], set()
    while todo:
        node = models.get(todo.pop())
        for parent in (node or {}).get("depends_on", {}).get("nodes", []):
            if parent.startswith("seed."):
                return True
            if parent.startswith("model.") and parent not in seen:
                seen.add(parent)
                todo.append(parent.split(".")[-1])
    return False


def run_dbt(settings: Settings, args: list[str], run_id: str = "manual",
            on_line=None, hashes: dict | None = None) -> tuple[int, dict]:
    """Run one dbt command, its log lines to the ``newsfacts.dbt`` logger and to
    ``on_line(line)``; returns (exit code, run_results). ``hashes`` (build_args') and the run
    id go in the environment (:func:`sha256_env`; the run id as
    DBT_ENV_CUSTOM_ENV_NEWSFACTS_RUN_ID, which dbt records in run_results.json's
    metadata.env). Not as vars: dbt parses the whole project again whenever the --vars
    differ from the last command's (its partial parse is kept only for the same vars), and
    the run id differs at every run, the hashes after a change."""
    target = settings.dbt_target
    cmd = [dbt_executable(), "--no-use-colors", *args,
           "--project-dir", str(settings.dbt_project_dir),
           "--profiles-dir", str(settings.dbt_project_dir),
           "--target-path", str(target),
           "--log-path", str(settings.dbt_logs)]
    settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
    results_file = target / "run_results.json"
    results_file.unlink(missing_ok=True)  # never read an earlier command's results
    env = {**dbt_env(settings), **sha256_env(hashes),
           "DBT_ENV_CUSTOM_ENV_NEWSFACTS_RUN_ID": run_id}
    proc = subprocess.Popen(cmd, env=env, cwd=dbt_cwd(settings), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        log.info("%s", line.rstrip())
        if on_line is not None:
            on_line(line)
    code = proc.wait()
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    return code, results


@dataclass
class DbtBuild:
    """What one `dbt build` did: its exit code and run_results.json."""

    code: int
    results: dict

    @property
    def failures(self) -> list[dict]:
        return [r for r in self.results.get("results", [])
                if r.get("status") in ("error", "fail", "runtime error")]

    @property
    def summary(self) -> dict[str, int]:
        """Nodes per status ({"success": 30, "pass": 145, ...})."""
        out: dict[str, int] = {}
        for r in self.results.get("results", []):
            out[r.get("status")] = out.get(r.get("status"), 0) + 1
        return out

    def raise_if_failed(self) -> None:
        """A failing model or test fails the gate: GateFailed naming each one."""
        failed = self.failures
        if self.code != 0 or failed:
            lines = [f"  {r['unique_id']}: {r.get('status')} "
                     f"({r.get('failures') or 0} rows) {(r.get('message') or '').strip()[:300]}"
                     for r in failed]
            detail = "\n".join(lines) or (f"  dbt exited with code {self.code} (dbt's log: "
                                          "the run's log file, or dbt/logs/dbt.log)")
            raise GateFailed(f"dbt build failed; nothing will be published:\n{detail}")


def dbt_build(settings: Settings, run_id: str) -> DbtBuild:
    """`dbt build` (seeds when changed, models, snapshot, tests), once no other process holds
    the warehouse; run again (until NEWSFACTS_WAREHOUSE_WAIT is spent) when dbt found it
    held."""
    from newsfacts.faults import checkpoint
    from newsfacts.warehouse import Warehouse

    warehouse = Warehouse.of(settings)
    deadline = time.monotonic() + settings.warehouse_wait
    while True:
        warehouse.wait_until_free()
        seen = {"busy": False, "lines": 0}

        def on_line(line: str, seen=seen) -> None:
            seen["busy"] = seen["busy"] or BUSY in line
            seen["lines"] += 1
            if seen["lines"] == 40:  # dbt is building: the tests kill the run here
                checkpoint(settings, "dbt_build")

        args, hashes = build_args(settings)
        build = DbtBuild(*run_dbt(settings, args, run_id, on_line=on_line, hashes=hashes))
        if build.code == 0 or not seen["busy"] or time.monotonic() > deadline:
            return build
        logging.getLogger("newsfacts.transform").warning(
            "dbt build: the warehouse was taken by another process as dbt started; "
            "building again")
