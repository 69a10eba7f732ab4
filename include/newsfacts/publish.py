"""Publish: expose the audited marts to readers atomically.

The published file is a separate DuckDB file that holds only the marts, as tables (fct_event,
a view in the working warehouse, too), plus a `_publication` row saying which run produced
it, and the gate's record in its `audit` schema: runs, dbt and GX results, quarantined
articles. It is written beside the old one and swapped in with os.replace, so a BI tool
that holds the old file open keeps a consistent snapshot and never blocks the pipeline. Parquet exports are swapped the same way through
a `current` symlink. The dbt docs site (`dbt docs generate`) is published beside them,
under published/docs (also behind a swapped symlink), and regenerated only when the dbt
project changed; newsfacts.dbt_docs cleans it first (no host paths, no markup from
descriptions, JSON inlined so that nothing can end its script element).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.settings import Settings
from newsfacts.warehouse import connect, connect_readonly

log = logging.getLogger("newsfacts.publish")

KEEP_EXPORTS = 3
DOCS_FILES = ("index.html", "static_index.html", "manifest.json", "catalog.json")
# The gate's record, copied into the published file's `audit` schema so that readers (the
# explorer's Overview and Quality pages) never open the working warehouse: runs, dbt and GX
# results, volumes, quarantined articles. (schema, table in the working warehouse)
PUBLISHED_AUDIT = (("audit", "pipeline_runs"), ("audit", "pipeline_task_runs"),
                   ("audit", "dbt_results"), ("audit", "gx_results"),
                   ("audit", "gx_validations"), ("audit", "mart_volumes"),
                   ("raw", "quarantine"))


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def mart_tables(con) -> list[str]:
    """The marts to publish: tables and views (fct_event is a view over the fact tables in
    the working warehouse), each published as a table."""
    return [r[0] for r in con.execute(
        "select table_name from information_schema.tables "
        "where table_schema = 'marts' and table_type in ('BASE TABLE', 'VIEW') "
        "order by 1").fetchall()]


def published_state(settings: Settings) -> tuple[str, str] | None:
    """The data state (load watermark, dbt project digest) the published file holds, as
    publish recorded it in ``_publication``; None without a published file (or from a
    version that did not record it)."""
    target = settings.published
    if not target.exists():
        return None
    try:
        with connect_readonly(target) as con:
            cols = {r[0] for r in con.execute(
                "select column_name from information_schema.columns "
                "where table_name = '_publication'").fetchall()}
            if not {"load_watermark", "project_digest"} <= cols:
                return None
            row = con.execute("select load_watermark, project_digest from _publication"
                              ).fetchone()
    except Exception as exc:  # an unreadable published file is replaced by the next publish
        log.warning("publish: cannot read %s (%s): publishing again", target, exc)
        return None
    return tuple(row) if row and row[0] else None


def publish(settings: Settings, run_id: str, state: tuple[str, str] | None = None) -> dict:
    """Copy the marts into a new file and swap it in; ``state``: the data state the marts
    were built and audited on, recorded in ``_publication`` (newsfacts.pipeline skips the
    next publish of the same state)."""
    from newsfacts.faults import checkpoint

    settings.ensure_dirs()
    target = settings.published
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    now = datetime.now(UTC)
    tag = now.strftime("%Y%m%dT%H%M%S%f")
    export_dir = settings.exports / tag
    export_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with connect(settings.warehouse, wait=settings.warehouse_wait) as con:
        tables = mart_tables(con)
        if not tables:
            raise RuntimeError("no marts to publish: run dbt build first")
        con.execute(f"attach {_quote(tmp)} as pub")
        try:
            for t in tables:
                con.execute(f"create table pub.main.{t} as select * from marts.{t}")
                counts[t] = con.execute(f"select count(*) from pub.main.{t}").fetchone()[0]
                # from the copy: a view's query runs once
                con.execute(f"copy (select * from pub.main.{t}) to "
                            f"{_quote(export_dir / (t + '.parquet'))} (format parquet)")
            versions = [r[0] for r in con.execute(
                "select distinct extractor_version from marts.dim_article "
                "where extractor_version is not null order by 1").fetchall()] \
                if "dim_article" in tables else []
            _copy_audit(con, settings.home)
            con.execute("create table pub.main._publication (run_id varchar, "
                        "published_at timestamptz, extractor_versions varchar[], "
                        "row_counts map(varchar, bigint), load_watermark varchar, "
                        "project_digest varchar)")
            con.execute("insert into pub.main._publication values (?, ?, ?, map(?, ?), ?, ?)",
                        [run_id, now, versions, list(counts), list(counts.values()),
                         *(state or (None, None))])
            checkpoint(settings, "publish")  # half a publish: the tests kill it here
        finally:
            con.execute("detach pub")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    _swap_current(settings.exports, export_dir)
    docs = publish_docs(settings) if settings.publish_docs else None
    return {"published": str(target), "tables": counts, "exports": str(export_dir),
            "docs": str(docs) if docs else None}


def _copy_audit(con, home: Path) -> None:
    """Copy the gate's record; paths under NEWSFACTS_HOME (e.g. a gate report's page) are
    published as `$NEWSFACTS_HOME/...`, never as this host's absolute path."""
    from newsfacts.warehouse import table_exists

    con.execute("create schema if not exists pub.audit")
    for schema, table in PUBLISHED_AUDIT:
        if not table_exists(con, schema, table):
            continue
        cols = con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = ? and table_name = ? order by ordinal_position",
            [schema, table]).fetchall()
        select = ", ".join(
            f"replace({name}, {_quote(home)} || '/', '$NEWSFACTS_HOME/') as {name}"
            if dtype == "VARCHAR" else name for name, dtype in cols)
        con.execute(f"create table pub.audit.{table} as select {select} from {schema}.{table}")


def _project_digest(project_dir: Path) -> str:
    """Hash of everything `dbt docs generate` documents: models, seeds, snapshots, macros."""
    from newsfacts.lexicon import REFERENCE_DIR  # the seeds' files (seed-paths)

    h = hashlib.sha256()
    for folder in [*(project_dir / sub for sub in ("models", "seeds", "snapshots", "macros")),
                   REFERENCE_DIR]:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                h.update(f.name.encode() if folder == REFERENCE_DIR
                         else str(f.relative_to(project_dir)).encode())
                h.update(f.read_bytes())
    h.update((project_dir / "dbt_project.yml").read_bytes())
    from newsfacts.dbt_docs import FORMAT

    h.update(FORMAT.encode())  # docs published by an older cleaning rule are rebuilt
    return h.hexdigest()[:16]


def publish_docs(settings: Settings) -> Path | None:
    """`dbt docs generate --no-compile`, cleaned by newsfacts.dbt_docs, into published/docs
    (a swapped symlink).

    Skipped when the published docs already describe the same dbt project (publish skips
    it altogether when NEWSFACTS_PUBLISH_DOCS=0). A failure is logged and leaves the previous docs
    in place: docs never block a publish.
    """
    from newsfacts.transform import dbt_cwd, dbt_env, dbt_executable

    link = settings.docs
    digest = _project_digest(settings.dbt_project_dir)
    if (link / ".project-digest").is_file() and \
            (link / ".project-digest").read_text().strip() == digest:
        return link
    target = settings.dbt_docs_target
    target.mkdir(parents=True, exist_ok=True)
    (target / "static_index.html").unlink(missing_ok=True)  # dbt's own, unsafe: never kept
    # reuse the manifest of the dbt build that produced these marts: no compile, no re-parse
    built = settings.dbt_target
    no_compile = []
    for name in ("manifest.json", "partial_parse.msgpack"):
        if (built / name).exists():
            shutil.copy2(built / name, target / name)
            no_compile = ["--no-compile"] if name == "manifest.json" else no_compile
    # no --vars, as the build (newsfacts.transform): dbt keeps a partial parse for the same vars
    cmd = [dbt_executable(), "--no-use-colors", "docs", "generate", *no_compile,
           "--project-dir", str(settings.dbt_project_dir),
           "--profiles-dir", str(settings.dbt_project_dir),
           "--target-path", str(target), "--log-path", str(settings.dbt_logs)]
    try:
        proc = subprocess.run(cmd, env=dbt_env(settings), cwd=dbt_cwd(settings),
                              capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("dbt docs generate failed: %s", exc)
        return None
    if proc.returncode != 0:
        log.warning("dbt docs generate failed (exit %s): %s", proc.returncode,
                    proc.stdout[-2000:])
        return None
    new_dir = link.parent / f"docs-{digest}-{os.getpid()}"
    shutil.rmtree(new_dir, ignore_errors=True)
    new_dir.mkdir(parents=True)
    from newsfacts.dbt_docs import write_site
    from newsfacts.errors import DocsError

    try:
        write_site(target, new_dir, settings)
        missing = [n for n in DOCS_FILES if not (new_dir / n).is_file()]
        if missing:
            raise DocsError(f"{', '.join(missing)} not written")
    except (OSError, ValueError, DocsError) as exc:
        log.warning("dbt docs not published: %s", exc)
        shutil.rmtree(new_dir, ignore_errors=True)
        return None
    (new_dir / ".project-digest").write_text(digest + "\n")
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)
    tmp_link = link.parent / f".docs-{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(new_dir.name)
    os.replace(tmp_link, link)
    for old in link.parent.glob("docs-*"):
        if old.is_dir() and old.name != new_dir.name:
            shutil.rmtree(old, ignore_errors=True)
    log.info("docs: %s", link)
    return link


def _swap_current(exports: Path, new_dir: Path) -> None:
    link = exports / "current"
    tmp_link = exports / f".current-{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(new_dir.name)
    os.replace(tmp_link, link)
    old = sorted(p for p in exports.iterdir() if p.is_dir() and not p.is_symlink()
                 and p.name != new_dir.name)
    for p in old[:-KEEP_EXPORTS + 1 or None]:
        shutil.rmtree(p, ignore_errors=True)


def print_summary(path: str | None = None, examples: int = 3, out=None) -> int:
    """Print what the published warehouse holds: rows per mart and a few example facts."""
    from newsfacts.errors import UserError
    from newsfacts.sanitize import printable  # data and run ids may hold control characters

    out = out or sys.stdout
    published = Path(path) if path else Settings.from_env().published
    if not published.exists():
        raise UserError(f"no published warehouse at {published}: run the pipeline first "
                        "(see README), or pass --published FILE")
    with connect_readonly(published) as con:
        pub = con.execute("select run_id, published_at, extractor_versions "
                          "from _publication").fetchone()
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' "
            "and table_name not like '\\_%' escape '\\' order by 1").fetchall()]
        print(printable(f"Published warehouse: {published}"), file=out)
        print(printable(f"  run {pub[0]} at {pub[1]:%Y-%m-%d %H:%M:%S %Z}, extractor "
                        f"{', '.join(pub[2]) or '-'}"), file=out)
        print("  rows per mart:", file=out)
        for t in tables:
            n = con.execute(f"select count(*) from {t}").fetchone()[0]
            print(f"    {t:<24} {n:>7}", file=out)

        def show(title: str, table: str, sql: str, fmt) -> None:
            rows = con.execute(sql, [examples]).fetchall() if table in tables else []
            print(f"  {title}:", file=out)
            for r in rows:
                print("    " + printable(textwrap.shorten(fmt(r), 150, placeholder=" ...")),
                      file=out)
            if not rows:
                print("    (none)", file=out)

        # examples: each article's first fact in reading order, newest articles first; not
        # ordered by key (keys hash URLs, and the bundled demo's file:// URLs name the checkout)
        show("statements", "fct_statement", "select speaker, quote_text from fct_statement "
             "where statement_kind = 'direct' and speaker is not null "
             "qualify row_number() over (partition by article_key order by start_char) = 1 "
             "order by published_date desc, url limit ?",
             lambda r: f"{r[0]}: \u201c{r[1]}\u201d")
        show("visits", "fct_visit", "select traveller, destination, visit_status, when_text from fct_visit "
             "qualify row_number() over (partition by article_key order by start_char) = 1 "
             "order by published_date desc, url limit ?",
             lambda r: f"{r[0]} -> {r[1]} ({r[2]}{', ' + r[3] if r[3] else ''})")
        show("deployments", "fct_force_deployment", "select actor, force_size, size_qualifier, unit, location, "
             "deployment_status from fct_force_deployment "
             "qualify row_number() over (partition by article_key order by start_char) = 1 "
             "order by published_date desc, url limit ?",
             lambda r: f"{r[0] or '?'}: {r[1] if r[1] is not None else 'unknown number'}"
                       f" ({r[2]}) {r[3] or 'force'} at {r[4] or '?'} [{r[5]}]")
    return 0
