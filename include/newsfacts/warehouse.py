"""The working warehouse: the one owner of every ``raw.*`` and ``audit.*`` table.

Each table is defined here (:data:`AUDIT_TABLES`, :func:`raw_table_ddl`), created on the
first write and given the columns a newer version declares (``add column if not exists``),
and every row in it is written by a method of :class:`Warehouse`. The pipeline's serialised
steps call them, so the task that writes is the one the DAG shows:

    load       raw.<table> for each raw table, raw.load_log, raw.quarantine, raw.fetch_log
               (:meth:`Warehouse.load`), and the raw-batch gate's results
               (:meth:`Warehouse.record_checks`)
    dbt_build  staging, intermediate and marts (dbt, in its own process), then
               audit.dbt_results (:meth:`Warehouse.record_dbt_results`)
    audit      audit.gx_results, audit.gx_validations, audit.mart_volumes
    publish    nothing here: it copies the marts into the published file (publish.py)
    each of them, last: audit.pipeline_task_runs and audit.pipeline_runs, the run's metrics
               (:meth:`Warehouse.record_run`)

Connections are opened per call and closed at once, with one configuration for the whole
process (DuckDB refuses two configurations for one file in one process), so dbt, in its own
process, can take the write lock between steps. Modelling SQL lives in dbt; the SQL here only
defines, fills and reads the loader's and the audit's tables.

A busy file (another process holds it: an analyst's read-only session, an orphaned dbt) never
costs a run its data: :func:`connect` retries for ``wait`` seconds (NEWSFACTS_WAREHOUSE_WAIT
for the pipeline's steps), says so in the log with the process that holds the file, and then
fails with :class:`~newsfacts.errors.WarehouseBusy` naming it; what was not loaded stays
offered to the next run (newsfacts.fetch.state). Readers belong on the published file.

Each serialised step after load records the *data state* it worked on
(:meth:`Warehouse.data_state`: the raw layer's load watermark and the dbt project's digest)
in audit.step_marks; a step whose mark equals the current state has nothing to do (no new
article since the last build, audit or publish) and is skipped.

Loading is idempotent per article: a batch's articles lose every raw row first, then the
batch's rows go in, in one transaction, so loading the same batch twice, or a re-extraction
of the same articles (replay), leaves one copy of each row. Articles the raw-batch gate
quarantined are not loaded: their rows stay out of every raw table, and raw.quarantine keeps
them with the reasons and their article row as JSON (a quarantined article that was loaded
before keeps its previous, valid rows; reloading a batch replaces its quarantine rows).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from newsfacts.errors import WarehouseBusy
from newsfacts.facts import FACT_TABLES
from newsfacts.records import ARTICLE_TABLES, LOAD_COLUMNS, SCHEMAS, duckdb_type

# --- table definitions ---------------------------------------------------------------------

LOAD_LOG_COLUMNS = [("run_id", "varchar"), ("batch_id", "varchar"),
                    ("extractor_version", "varchar"), ("loaded_at", "timestamptz"),
                    ("articles", "bigint"), *((t, "bigint") for t in FACT_TABLES)]

QUARANTINE_COLUMNS = [
    ("article_id", "varchar"), ("run_id", "varchar"), ("batch_id", "varchar"),
    ("suite", "varchar"), ("expectation", "varchar"), ("column_name", "varchar"),
    ("reason", "varchar"), ("observed", "varchar"), ("quarantined_at", "timestamptz"),
    ("url", "varchar"), ("record", "json")]

DBT_RESULTS_COLUMNS = [
    ("run_id", "varchar"), ("recorded_at", "timestamptz"), ("unique_id", "varchar"),
    ("status", "varchar"), ("failures", "bigint"), ("message", "varchar"),
    ("execution_time", "double")]

GX_RESULTS_COLUMNS = [
    ("run_id", "varchar"), ("validated_at", "timestamptz"), ("suite", "varchar"),
    ("expectation", "varchar"), ("column_name", "varchar"), ("success", "boolean"),
    ("observed_value", "varchar"), ("unexpected_count", "bigint"),
    ("sample_unexpected", "varchar"), ("target", "varchar"), ("severity", "varchar"),
    ("reason", "varchar"), ("expectation_kwargs", "varchar"), ("exception", "varchar")]

GX_VALIDATIONS_COLUMNS = [
    ("run_id", "varchar"), ("validated_at", "timestamptz"), ("stage", "varchar"),
    ("target", "varchar"), ("suite", "varchar"), ("success", "boolean"),
    ("evaluated", "bigint"), ("failed", "bigint"), ("quarantined_articles", "bigint"),
    ("data_docs", "varchar")]

STEP_MARKS_COLUMNS = [
    ("step", "varchar"), ("run_id", "varchar"), ("load_watermark", "varchar"),
    ("project_digest", "varchar"), ("recorded_at", "timestamptz")]

MART_VOLUMES_COLUMNS = [
    ("run_id", "varchar"), ("recorded_at", "timestamptz"), ("mart", "varchar"),
    ("row_count", "bigint"), ("gate_passed", "boolean")]

TASK_RUNS_COLUMNS = [
    ("run_id", "varchar"), ("task", "varchar"), ("map_key", "varchar"), ("status", "varchar"),
    ("started_at", "timestamptz"), ("ended_at", "timestamptz"), ("seconds", "double"),
    ("articles_in", "bigint"), ("articles_out", "bigint"), ("facts_out", "bigint"),
    ("errors", "bigint"), ("peak_rss_mb", "double"), ("host", "varchar"), ("pid", "bigint"),
    ("error", "varchar"), ("detail", "json")]

RUNS_COLUMNS = [
    ("run_id", "varchar"), ("run_type", "varchar"), ("scope", "varchar"),
    ("data_interval_start", "timestamptz"), ("data_interval_end", "timestamptz"),
    ("extractor_version", "varchar"), ("status", "varchar"), ("failed_task", "varchar"),
    ("started_at", "timestamptz"), ("ended_at", "timestamptz"), ("duration_s", "double"),
    ("articles_discovered", "bigint"), ("articles_fetched", "bigint"),
    ("articles_archived", "bigint"), ("articles_extracted", "bigint"),
    ("facts_extracted", "bigint"), ("facts_loaded", "bigint"), ("facts_published", "bigint"),
    ("fetch_errors", "bigint"), ("extract_errors", "bigint"), ("errors", "bigint"),
    ("error_rate", "double"), ("articles_per_s", "double"), ("max_task_rss_mb", "double"),
    ("tasks", "bigint"), ("updated_at", "timestamptz")]

# Every table this module owns besides the raw tables of records.SCHEMAS.
AUDIT_TABLES: dict[str, list[tuple[str, str]]] = {
    "raw.load_log": LOAD_LOG_COLUMNS,
    "raw.quarantine": QUARANTINE_COLUMNS,
    "audit.dbt_results": DBT_RESULTS_COLUMNS,
    "audit.gx_results": GX_RESULTS_COLUMNS,
    "audit.gx_validations": GX_VALIDATIONS_COLUMNS,
    "audit.mart_volumes": MART_VOLUMES_COLUMNS,
    "audit.step_marks": STEP_MARKS_COLUMNS,
    "audit.pipeline_task_runs": TASK_RUNS_COLUMNS,
    "audit.pipeline_runs": RUNS_COLUMNS,
}


def raw_columns(table: str) -> list[tuple[str, str]]:
    """A raw table's columns: its records.SCHEMAS fields, then the loader's own."""
    import pyarrow as pa

    fields = [*SCHEMAS[table], *(pa.field(n, t) for n, t in LOAD_COLUMNS)]
    return [(f.name, duckdb_type(f.type)) for f in fields]


def _ddl(table: str, columns: list[tuple[str, str]]) -> str:
    body = ",\n  ".join(f"{name} {kind}" for name, kind in columns)
    return f"create table if not exists {table} (\n  {body}\n)"


def raw_table_ddl(table: str) -> str:
    return _ddl(f"raw.{table}", raw_columns(table))


def all_tables() -> dict[str, list[tuple[str, str]]]:
    """Every table the warehouse module owns, with its columns, in creation order."""
    return {**{f"raw.{t}": raw_columns(t) for t in SCHEMAS}, **AUDIT_TABLES}


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every owned table, and add the columns a newer version declares to a table an
    older one created (a new fact field, a new audit column): old rows get NULL."""
    con.execute("create schema if not exists raw")
    con.execute("create schema if not exists audit")
    existing: dict[str, set[str]] = {}
    for schema, table, column in con.execute(
            "select table_schema, table_name, column_name from information_schema.columns "
            "where table_schema in ('raw', 'audit')").fetchall():
        existing.setdefault(f"{schema}.{table}", set()).add(column)
    for name, columns in all_tables().items():
        if name not in existing:
            con.execute(_ddl(name, columns))
            continue
        for column, kind in columns:
            if column not in existing[name]:
                con.execute(f"alter table {name} add column if not exists {column} {kind}")


# --- connections ---------------------------------------------------------------------------

log = logging.getLogger("newsfacts.warehouse")

_HOLDER = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")


def _busy(exc: Exception) -> bool:
    return isinstance(exc, duckdb.IOException) and "Could not set lock" in str(exc)


def lock_holder(message: str) -> str:
    """'PID 123 (/usr/bin/python3)' from DuckDB's lock error, or what it said."""
    m = _HOLDER.search(message)
    if not m:
        return "another process"
    program, pid = m.group(1), m.group(2)
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            program = " ".join(f.read().decode(errors="replace").replace("\0", " ").split()
                               )[:120] or program
    except OSError:
        pass
    return f"PID {pid} ({program})"


def open_waiting(path: Path, read_only: bool = False, wait: float = 0.0
                 ) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, retried for ``wait`` seconds while another process holds the file (and
    logged, naming that process); then WarehouseBusy."""
    deadline = time.monotonic() + wait
    told = 0.0
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not _busy(exc):
                raise
            holder = lock_holder(str(exc))
            left = deadline - time.monotonic()
            if left <= 0:
                raise WarehouseBusy(
                    f"working warehouse {path} is held by {holder}"
                    + (f" (waited {wait:g}s)" if wait else "")
                    + ": close that process (readers open the published file instead), "
                    "then rerun; nothing is lost, what was not loaded is offered again"
                ) from None
            now = time.monotonic()
            if not told or now - told >= 30:
                log.warning("warehouse: %s is busy, held by %s; retrying for up to %.1fs "
                            "more", path, holder, left)
                told = now
            time.sleep(min(0.5, max(left, 0.01)))


@contextlib.contextmanager
def connect(path: Path, wait: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writing connection, closed when the block ends (publish opens its snapshot so);
    ``wait``: seconds to retry while another process holds the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = open_waiting(path, wait=wait)
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def connect_readonly(path: Path, wait: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """For readers in their own process (tests, the summary): never blocks the pipeline."""
    con = open_waiting(path, read_only=True, wait=wait)
    try:
        yield con
    finally:
        con.close()


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, table]).fetchone()[0])


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


@contextlib.contextmanager
def _registered(con, name: str, table) -> Iterator[str]:
    """An Arrow table visible to SQL as a view for the duration of the block."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


def _rows(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _insert(con, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    if rows:
        con.executemany(f"insert into {table} ({', '.join(columns)}) values "
                        f"({', '.join('?' for _ in columns)})", rows)


class Warehouse:
    """The working warehouse file: every write of a raw or audit table goes through here."""

    def __init__(self, path: Path, wait: float = 0.0):
        self.path = Path(path)
        self.wait = wait

    @classmethod
    def of(cls, settings) -> Warehouse:
        """The working warehouse as the pipeline's steps use it: a busy file is waited for
        (NEWSFACTS_WAREHOUSE_WAIT)."""
        return cls(settings.warehouse, wait=settings.warehouse_wait)

    def __repr__(self) -> str:
        return f"Warehouse({self.path})"

    def exists(self) -> bool:
        return self.path.exists()

    @contextlib.contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A writing connection with every owned table in place; a file another process
        holds is waited for (``wait`` seconds, logged), then WarehouseBusy."""
        with connect(self.path, wait=self.wait) as con:
            ensure_schema(con)
            yield con

    @contextlib.contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-only connection, or None when there is no warehouse yet."""
        if not self.path.exists():
            yield None
            return
        with connect_readonly(self.path, wait=self.wait) as con:
            yield con

    def wait_until_free(self) -> None:
        """Return once no other process holds the file (dbt, in its own process, is next)."""
        if self.path.exists():
            with connect(self.path, wait=self.wait):
                pass

    # --- what has been loaded, and what each step last worked on ---------------------------
    def data_state(self, project_digest: str) -> tuple[str, str]:
        """(load watermark, dbt project digest): a digest of the raw layer the marts are built
        from (rows and latest load time of each raw table but the fetch log, which no mart
        reads), and of the dbt project that models it. Any change to raw data, through the
        loader or not, changes the watermark."""
        import hashlib

        with self.reading() as con:
            present = [t for t in ARTICLE_TABLES if con is not None and table_exists(con, "raw", t)]
            if not present:
                return "empty", project_digest
            rows = con.execute(" union all ".join(
                f"select '{t}', count(*), max(loaded_at) from raw.{t}" for t in present)
            ).fetchall()
        text = ";".join(f"{t}:{n}:{last.isoformat() if last else '-'}" for t, n, last in rows)
        return hashlib.sha256(text.encode()).hexdigest()[:16], project_digest

    def step_mark(self, step: str) -> tuple[str, str] | None:
        """The data state ``step`` last completed on (None if never)."""
        with self.reading() as con:
            if con is None or not table_exists(con, "audit", "step_marks"):
                return None
            row = con.execute("select load_watermark, project_digest from audit.step_marks "
                              "where step = ?", [step]).fetchone()
        return tuple(row) if row else None

    def record_step_mark(self, step: str, run_id: str, state: tuple[str, str]) -> None:
        with self.writing() as con, _transaction(con):
            con.execute("delete from audit.step_marks where step = ?", [step])
            _insert(con, "audit.step_marks", [n for n, _ in STEP_MARKS_COLUMNS],
                    [(step, run_id, state[0], state[1], datetime.now(UTC))])

    def loaded_shas(self) -> set[str]:
        """Content hashes of every page load committed (loaded or quarantined)."""
        with self.reading() as con:
            if con is None or not table_exists(con, "raw", "articles"):
                return set()
            rows = con.execute("select content_sha256 from raw.articles").fetchall()
            if table_exists(con, "raw", "quarantine"):
                rows += con.execute("select json_extract_string(record, '$.content_sha256') "
                                    "from raw.quarantine").fetchall()
        return {r[0] for r in rows if r[0]}

    # --- load --------------------------------------------------------------------------
    def load(self, run_id: str, batches: Iterable, quarantine: dict | None = None,
             fetch_log=None, after_batch=None) -> dict[str, int]:
        """Load a run's extract batches and fetch records into raw.*; rows inserted per table.

        batches: extract batches (newsfacts.runfolder.Batch: batch_id, extractor_version,
        counts, table(name) -> Arrow table or None), each loaded in its own transaction;
        quarantine: {batch_id: {article_id: [reasons]}} from the raw-batch gate (those
        articles go to raw.quarantine instead); fetch_log: the run's fetch records (an
        Arrow table or None), which replace the run's raw.fetch_log rows."""
        quarantine = quarantine or {}
        totals = {t: 0 for t in (*ARTICLE_TABLES, "fetch_log", "quarantined")}
        now = datetime.now(UTC)
        with self.writing() as con:
            for batch in batches:
                counts = _load_batch(con, run_id, batch, quarantine.get(batch.batch_id, {}),
                                     now)
                for table, n in counts.items():
                    totals[table] += n
                if after_batch is not None:
                    after_batch(batch)
            if fetch_log is not None:
                with _transaction(con):
                    con.execute("delete from raw.fetch_log where run_id = ?", [run_id])
                    with _registered(con, "_fetch_log", fetch_log):
                        totals["fetch_log"] = con.execute(
                            "insert into raw.fetch_log by name select *, ? as run_id, 'fetch' "
                            "as batch_id, null as extractor_version, ? as loaded_at "
                            "from _fetch_log", [run_id, now]).fetchone()[0]
        return totals

    # --- checks --------------------------------------------------------------------------
    def record_dbt_results(self, run_id: str, results: dict) -> None:
        """dbt's run_results.json for this run replaces its audit.dbt_results rows."""
        now = datetime.now(UTC)
        rows = [(run_id, now, r.get("unique_id"), r.get("status"), r.get("failures"),
                 (r.get("message") or "")[:2000], r.get("execution_time"))
                for r in results.get("results", [])]
        with self.writing() as con, _transaction(con):
            con.execute("delete from audit.dbt_results where run_id = ?", [run_id])
            _insert(con, "audit.dbt_results", [n for n, _ in DBT_RESULTS_COLUMNS], rows)

    def record_checks(self, run_id: str, stage: str, rows: list[dict],
                      data_docs: str | None = None,
                      replace_targets: list[str] | None = None) -> None:
        """GX result rows (newsfacts.quality.runner) replace this run's results for their
        targets (idempotent reruns of a step): one audit.gx_results row per check, one
        audit.gx_validations row per suite."""
        now = datetime.now(UTC)
        targets = sorted(set(replace_targets or []) | {r["target"] for r in rows})
        by_suite: dict[tuple[str, str], list[dict]] = {}
        for r in rows:
            by_suite.setdefault((r["target"], r["suite"]), []).append(r)
        with self.writing() as con, _transaction(con):
            for t in targets:
                con.execute("delete from audit.gx_results where run_id = ? and coalesce(target, "
                            "'marts') = ?", [run_id, t])
                con.execute("delete from audit.gx_validations where run_id = ? and target = ?",
                            [run_id, t])
            _insert(con, "audit.gx_results", [n for n, _ in GX_RESULTS_COLUMNS],
                    [(run_id, now, r["suite"], r["expectation"], r["column"], r["success"],
                      r["observed"], r["unexpected_count"], r["sample"], r["target"],
                      r["severity"], r["reason"], r["kwargs"], r["exception"]) for r in rows])
            _insert(con, "audit.gx_validations", [n for n, _ in GX_VALIDATIONS_COLUMNS],
                    [(run_id, now, stage, target, suite, all(r["success"] for r in rs),
                      len(rs), sum(not r["success"] for r in rs),
                      len({o.get("article_id") for r in rs if r["quarantined"]
                           for o in r["offending"]}), data_docs)
                     for (target, suite), rs in by_suite.items()])

    def record_mart_volumes(self, run_id: str, volumes: dict[str, int], passed: bool) -> None:
        """This run's row count per mart (the history the volume check reads)."""
        now = datetime.now(UTC)
        with self.writing() as con, _transaction(con):
            con.execute("delete from audit.mart_volumes where run_id = ?", [run_id])
            _insert(con, "audit.mart_volumes", [n for n, _ in MART_VOLUMES_COLUMNS],
                    [(run_id, now, m, n, passed) for m, n in volumes.items()])

    def mart_volume_history(self, marts: list[str], run_id: str, runs: int) -> dict[str, list]:
        """Row counts of each mart in the last ``runs`` runs that passed the gate, newest
        first (this run excluded)."""
        with self.reading() as con:
            if con is None or not table_exists(con, "audit", "mart_volumes"):
                return {m: [] for m in marts}
            return {m: [r[0] for r in con.execute(
                "select row_count from audit.mart_volumes where mart = ? and gate_passed "
                "and run_id <> ? order by recorded_at desc limit ?",
                [m, run_id, runs]).fetchall()] for m in marts}

    def read_marts(self, marts: list[str]) -> tuple[dict, dict[str, str]]:
        """({mart: DataFrame}, {mart: why it could not be read}) for the mart gate."""
        frames, missing = {}, {}
        with self.reading() as con:
            for mart in marts:
                if con is None:
                    missing[mart] = f"no warehouse at {self.path}"
                    continue
                try:
                    frames[mart] = con.execute(f"select * from marts.{mart}").df()
                except duckdb.Error as exc:  # a missing mart is reported as a failed check
                    missing[mart] = str(exc).splitlines()[0]
        return frames, missing

    # --- run metrics ----------------------------------------------------------------------
    def record_run(self, run: dict, task_records: list[dict]) -> None:
        """The run's task records and its summary row (newsfacts.metrics.summarize) replace
        what an earlier flush of the same run wrote."""
        run_id = run["run_id"]
        task_rows = [(run_id, r["task"], r.get("map_key") or "", r.get("status"),
                      r.get("started_at"), r.get("ended_at"), r.get("seconds"),
                      *(int(r.get(c) or 0) for c in ("articles_in", "articles_out",
                                                       "facts_out", "errors")),
                      r.get("peak_rss_mb"), r.get("host"), r.get("pid"), r.get("error"),
                      json.dumps(r.get("detail") or {}, default=str))
                     for r in task_records]
        run_names = [n for n, _ in RUNS_COLUMNS]
        with self.writing() as con, _transaction(con):
            con.execute("delete from audit.pipeline_task_runs where run_id = ?", [run_id])
            _insert(con, "audit.pipeline_task_runs", [n for n, _ in TASK_RUNS_COLUMNS],
                    task_rows)
            con.execute("delete from audit.pipeline_runs where run_id = ?", [run_id])
            _insert(con, "audit.pipeline_runs", run_names,
                    [(*(run.get(c) for c in run_names[:-1]), datetime.now(UTC))])

    def runs(self) -> list[dict]:
        """audit.pipeline_runs, newest first (none without a warehouse)."""
        with self.reading() as con:
            if con is None or not table_exists(con, "audit", "pipeline_runs"):
                return []
            return _rows(con.execute("select * from audit.pipeline_runs "
                                     "order by started_at desc"))

    # --- replay --------------------------------------------------------------------------
    def has_raw(self, table: str) -> bool:
        with self.reading() as con:
            return con is not None and table_exists(con, "raw", table)

    def archived_pages(self, model: str) -> list[dict] | None:
        """The rows of the dbt model that lists every loaded article's raw page (see
        replay.py), or None when there is no warehouse or dbt has not built it yet."""
        schema, _, name = model.partition(".")
        with self.reading() as con:
            if con is None or not table_exists(con, schema, name):
                return None
            return _rows(con.execute(f"select * from {model} order by article_id"))


def _load_batch(con, run_id: str, batch, quarantined: dict[str, list[dict]],
                now: datetime) -> dict[str, int]:
    """Replace the batch's articles in raw.* with its rows, in one transaction."""
    held = list(quarantined)
    inserted = {t: 0 for t in ARTICLE_TABLES}
    articles = batch.table("articles")
    with _transaction(con):
        inserted["quarantined"] = _write_quarantine(con, run_id, batch.batch_id, articles,
                                                    quarantined, now)
        if articles is not None:
            with _registered(con, "_batch_articles", articles):
                for table in ARTICLE_TABLES:
                    con.execute(
                        f"delete from raw.{table} where article_id in "
                        f"(select article_id from _batch_articles) "
                        f"and not list_contains(?::varchar[], article_id)", [held])
            for table in ARTICLE_TABLES:
                src = articles if table == "articles" else batch.table(table)
                if src is None:
                    continue
                with _registered(con, "_batch_rows", src):
                    inserted[table] = con.execute(
                        f"insert into raw.{table} by name select *, ? as run_id, "
                        f"? as batch_id, ? as extractor_version, ? as loaded_at "
                        f"from _batch_rows where "
                        f"coalesce(not list_contains(?::varchar[], article_id), true)",
                        [run_id, batch.batch_id, batch.extractor_version, now, held]
                    ).fetchone()[0]
        con.execute("delete from raw.load_log where batch_id = ?", [batch.batch_id])
        names = [n for n, _ in LOAD_LOG_COLUMNS]
        counts = batch.counts
        _insert(con, "raw.load_log", names,
                [(run_id, batch.batch_id, batch.extractor_version, now,
                  *(int(counts.get(n) or 0) for n in names[4:]))])
    return inserted


def _write_quarantine(con, run_id: str, batch_id: str, articles,
                      verdicts: dict[str, list[dict]], now: datetime) -> int:
    """Replace this batch's quarantine rows; returns the number of articles quarantined."""
    con.execute("delete from raw.quarantine where batch_id = ?", [batch_id])
    if not verdicts:
        return 0
    records: dict[str, dict] = {}
    if articles is not None:
        with _registered(con, "_quarantine_articles", articles):
            for rec in _rows(con.execute("select * from _quarantine_articles where "
                                         "list_contains(?::varchar[], article_id)",
                                         [list(verdicts)])):
                records[rec["article_id"]] = rec
    rows = []
    for aid, reasons in verdicts.items():
        rec = records.get(aid, {})
        for why in reasons:
            rows.append((aid, run_id, batch_id, why["suite"], why["expectation"],
                         why["column"], why["reason"], why["observed"], now, rec.get("url"),
                         json.dumps(rec, default=str, ensure_ascii=False)))
    _insert(con, "raw.quarantine", [n for n, _ in QUARANTINE_COLUMNS], rows)
    return len(verdicts)
