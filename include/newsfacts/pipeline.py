"""The pipeline's steps as plain functions. The Airflow DAG wires them one-to-one (one task
each, same names), and `newsfacts run` calls them in order in one process; neither adds
logic of its own.

    discover_step   sources -> candidate groups         (newsfacts.fetch)
    fetch_step      one group -> archived pages         (newsfacts.fetch, newsfacts.archive)
    archived_step   backfill/replay: archived pages     (newsfacts.replay)
    plan_batches    pages -> extract batches
    extract_step    one batch -> Parquet per raw table  (newsfacts.extract, newsfacts.records)
    load_step       raw-batch gate, then raw.*          (newsfacts.quality, newsfacts.warehouse)
    transform_step  dbt build -> marts                  (newsfacts.transform)
    audit_step      mart gate                           (newsfacts.quality)
    publish_step    the published file                  (newsfacts.publish)

Steps hand each other files in the run's folder of the landing zone (newsfacts.runfolder
names them) and pass only their paths, so XComs stay tiny. Each step fills its metrics
record in memory (newsfacts.metrics) from what it already holds; the serialised steps
(load, dbt_build, audit, publish) are the only ones that write the warehouse, each through
newsfacts.warehouse, and each ends by flushing the run's metrics there.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsfacts import metrics
from newsfacts.runfolder import RunFolder
from newsfacts.settings import Settings

log = logging.getLogger("newsfacts.pipeline")


@contextlib.contextmanager
def _step(settings: Settings, run_id: str, task: str, key: str = "",
          flush: bool = False) -> Iterator[tuple[RunFolder, dict]]:
    """The run's folder and this step's metrics record; a serialised step (``flush``)
    writes the run's metrics into the warehouse when it ends, failed or not."""
    folder = RunFolder.of(settings, run_id)
    try:
        with metrics.step(folder, task, key) as rec:
            yield folder, rec
    finally:
        if flush:
            flush_metrics(settings, folder)


def flush_metrics(settings: Settings, folder: RunFolder) -> None:
    """The run's metrics records, as its steps wrote them, into audit.pipeline_task_runs and
    audit.pipeline_runs (never fails the step: a problem is logged)."""
    from newsfacts.warehouse import Warehouse

    try:
        info, records = folder.read_metrics()
        Warehouse(settings.warehouse).record_run(
            metrics.summarize(folder.run_id, info, records), records)
    except Exception as exc:  # metrics never fail a run
        log.warning("metrics: could not flush run %s to the warehouse: %s", folder.run_id, exc)


def _state(settings: Settings):
    from newsfacts.fetch.state import open_state

    return open_state(settings)


def _sources(settings: Settings, sources_path: str | None):
    from newsfacts.sources import load_sources

    return load_sources(Path(sources_path) if sources_path else settings.sources)


def _fetch_log(folder: RunFolder, tag: str, records) -> None:
    from newsfacts.records import write_table

    write_table([r.to_dict() for r in records], "fetch_log", folder.fetch_log(tag))


def discover_step(settings: Settings, run_id: str, sources_path: str | None = None,
                  scope=None) -> list[str]:
    """Read every enabled source; write candidate groups (one host never spans two groups).

    ``scope`` (newsfacts.replay.RunScope): a replay fetches nothing; a backfill keeps only
    candidates published in its data interval (the others stay pending for normal runs)."""
    from newsfacts.fetch import discover, group_by_host

    settings.ensure_dirs()
    with _step(settings, run_id, "discover") as (folder, rec):
        folder.mkdir()
        metrics.record_run_info(folder, scope)
        if scope is not None and not scope.fetches:
            log.info("discover: %s run, nothing is fetched", scope.mode)
            rec["detail"] = {"groups": 0}
            return []
        candidates, records = discover(_sources(settings, sources_path), state=_state(settings),
                                       settings=settings)
        if scope is not None and scope.mode == "backfill":
            kept = [c for c in candidates if scope.keeps_candidate(c.published)]
            log.info("discover: backfill %s .. %s keeps %d of %d new candidates (published in "
                     "the interval)", scope.since, scope.until, len(kept), len(candidates))
            candidates = kept
        _fetch_log(folder, "discover", records)
        n_groups = max(1, min(settings.fetch_groups,
                              math.ceil(len(candidates) / max(settings.batch_size, 1))))
        groups = [g for g in group_by_host(candidates, n_groups) if g]
        paths = folder.write_candidates([c.to_dict() for c in g] for g in groups)
        log.info("discover: %d new candidate articles in %d groups, %d feed-level records",
                 len(candidates), len(paths), len(records))
        rec.update(articles_out=len(candidates),
                   errors=sum(r.outcome == "error" for r in records),
                   detail={"groups": len(paths)})
        return paths


def fetch_step(settings: Settings, run_id: str, group_path: str,
               sources_path: str | None = None) -> str:
    """Fetch one candidate group politely; archive pages; write its fetch log and page list."""
    from newsfacts.archive import Archive
    from newsfacts.fetch import Candidate, fetch_candidates

    tag = RunFolder.group_tag(group_path)
    with _step(settings, run_id, "fetch", key=tag) as (folder, rec):
        candidates = [Candidate(**d) for d in folder.read_list(group_path)]
        records = fetch_candidates(candidates, sources=_sources(settings, sources_path),
                                   archive=Archive(settings.archive), state=_state(settings),
                                   settings=settings)
        _fetch_log(folder, tag, records)
        # new articles: fetched pages, and pages in a language the extractor does not read
        # (fetch outcome "skipped", error "language: ..."), loaded without facts
        pages = [r.to_dict() for r in records if r.new_article]
        counts = Counter(r.outcome for r in records)
        log.info("fetch group %s: %s", tag,
                 ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        rec.update(articles_in=len(candidates), articles_out=len(pages),
                   errors=counts.get("error", 0))
        return folder.write_pages(tag, pages)


def archived_step(settings: Settings, run_id: str, scope=None) -> list[str]:
    """Replay/backfill: list archived pages in the run's scope (re-extracted, not refetched)."""
    from newsfacts.replay import archived_pages

    with _step(settings, run_id, "archived") as (folder, rec):
        if scope is None or scope.mode == "normal":
            return []
        pages = archived_pages(settings, scope)
        log.info("archived: %s re-extracts %d archived pages (%s .. %s)", scope.mode,
                 len(pages), scope.since, scope.until or "now")
        rec.update(articles_in=len(pages), articles_out=len(pages))
        return [folder.write_pages("archived", pages)]


def plan_batches(settings: Settings, run_id: str, page_files: list[str]) -> list[str]:
    """Cut the fetched pages into extract batches of settings.batch_size articles."""
    from newsfacts.extract import EXTRACTOR_VERSION

    with _step(settings, run_id, "plan") as (folder, rec):
        listed = [p for f in page_files for p in folder.read_list(f)]
        pages = sorted({p["content_sha256"]: p for p in listed}.values(),
                       key=lambda p: p["content_sha256"])
        size = max(settings.batch_size, 1)
        paths = []
        for i in range(0, len(pages), size):
            chunk = pages[i:i + size]
            digest = hashlib.sha256(
                (EXTRACTOR_VERSION + "".join(p["content_sha256"] for p in chunk)).encode()
            ).hexdigest()[:16]
            paths.append(folder.write_batch_plan(digest, chunk))
        log.info("plan: %d pages in %d batches of up to %d", len(pages), len(paths), size)
        rec.update(articles_in=len(listed), articles_out=len(pages),
                   detail={"batches": len(paths)})
        return paths


def extract_page(archive, page: dict) -> dict:
    """Run the pure extractor on one archived page; a failure becomes a recorded error.
    A page in a language the extractor does not read (fetch/language.py) keeps its article
    and sentences but yields no actors and no facts."""
    return next(extract_pages(archive, [page]))


def extract_pages(archive, pages: list[dict]):
    """extract_page for many pages, in order, their sentences parsed in one stream."""
    from newsfacts.extract import EXTRACTOR_VERSION, extract_documents
    from newsfacts.facts import FACT_TABLES
    from newsfacts.fetch import decode_html
    from newsfacts.fetch.language import extractor_reads

    items, failed = [], {}
    for i, page in enumerate(pages):
        doc = page.get("canonical_url") or page.get("url") or page["content_sha256"]
        meta = {k: page.get(k) for k in ("title", "published", "url", "source", "language")}
        try:
            raw = archive.get(page["content_sha256"])
            text, _enc = decode_html(raw, page.get("content_type"))
            ctype = (page.get("content_type") or "").lower()
            fmt = "text" if ctype.startswith("text/plain") or doc.endswith(".txt") else "html"
            items.append((doc, text, fmt, meta))
        except Exception as exc:  # one bad page must never take the batch down
            log.warning("extract failed for %s: %s", doc, exc)
            failed[i] = {"doc": doc, "extractor_version": EXTRACTOR_VERSION, "article": meta,
                         "error": f"{type(exc).__name__}: {exc}"}
    results = extract_documents(items)
    for i, page in enumerate(pages):
        if i in failed:
            yield failed[i]
            continue
        result = next(results)
        if not extractor_reads(page.get("language")):
            result = {**result, "actors": [], **{t: [] for t in FACT_TABLES}}
        yield result


def extract_step(settings: Settings, run_id: str, batch_path: str) -> str:
    """Extract facts for one batch; write one Parquet file per raw table plus a manifest."""
    from newsfacts.archive import Archive
    from newsfacts.extract import EXTRACTOR_VERSION
    from newsfacts.extract.rules import set_disabled
    from newsfacts.records import ARTICLE_TABLES, article_id_for, flatten_extraction

    with _step(settings, run_id, "extract", key=RunFolder.batch_id_of(batch_path)) \
            as (folder, rec):
        batch_id, pages = folder.read_batch_plan(batch_path)
        set_disabled(settings.disabled_rules)  # NEWSFACTS_DISABLED_RULES (experiments)
        archive = Archive(settings.archive)
        tables: dict[str, list[dict]] = {t: [] for t in ARTICLE_TABLES}
        t0 = time.perf_counter()
        pages = [{**page, "article_id": article_id_for(
            page.get("canonical_url"), page.get("content_sha256"), page.get("url") or "")}
            for page in pages]
        for page, result in zip(pages, extract_pages(archive, pages), strict=True):
            for t, rows in flatten_extraction(result, page).items():
                tables[t].extend(rows)
        batch = folder.write_batch(batch_id, tables, EXTRACTOR_VERSION)
        counts = batch.counts
        log.info("extract batch %s: %s in %.2fs", batch_id,
                 ", ".join(f"{k}={v}" for k, v in counts.items()), time.perf_counter() - t0)
        errors = sum(1 for a in tables["articles"] if a.get("extract_error"))
        rec.update(articles_in=counts["articles"], articles_out=counts["articles"] - errors,
                   facts_out=metrics.facts_in(counts), errors=errors,
                   detail={"extractor_version": EXTRACTOR_VERSION, "counts": counts})
        return str(batch.dir)


def load_step(settings: Settings, run_id: str, batch_dirs: list[str]) -> dict[str, int]:
    """Raw-batch gate first (its results stored, GateFailed before anything is loaded if a
    batch is bad), then load, leaving the quarantined articles out."""
    from newsfacts.quality import gate_batches
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "load", flush=True) as (folder, rec):
        warehouse = Warehouse(settings.warehouse)
        batches = [folder.batch(b) for b in batch_dirs]
        gate = gate_batches(settings, run_id, batches)
        if gate.rows:
            warehouse.record_checks(run_id, "raw", gate.rows, data_docs=gate.data_docs)
        gate.raise_if_failed()
        counts = warehouse.load(run_id, batches, gate.verdicts, folder.fetch_log_table())
        log.info("load: %s", ", ".join(f"{k}={v}" for k, v in counts.items()))
        rec.update(articles_in=counts["articles"], articles_out=counts["articles"],
                   facts_out=metrics.facts_in(counts),
                   detail={"batches": len(batches), "rows": counts})
        return counts


def transform_step(settings: Settings, run_id: str) -> dict:
    """dbt build; its results stored in audit.dbt_results; a failed model or test stops."""
    from newsfacts.transform import dbt_build
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "dbt_build", flush=True) as (_, rec):
        build = dbt_build(settings, run_id)
        Warehouse(settings.warehouse).record_dbt_results(run_id, build.results)
        build.raise_if_failed()
        summary = build.summary
        log.info("dbt build: %s", ", ".join(f"{k}={v}" for k, v in sorted(summary.items())))
        rec.update(errors=sum(summary.get(s, 0) for s in ("fail", "error")), detail=summary)
        return summary


def audit_step(settings: Settings, run_id: str) -> dict:
    """The mart gate; its results and this run's mart volumes stored; a failure stops."""
    from newsfacts.quality import audit_marts
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "audit", flush=True) as (_, rec):
        gate = audit_marts(settings, run_id)
        warehouse = Warehouse(settings.warehouse)
        warehouse.record_checks(run_id, "marts", gate.rows, data_docs=gate.data_docs,
                                replace_targets=["marts"])
        warehouse.record_mart_volumes(run_id, gate.volumes, passed=not gate.failed)
        gate.raise_if_failed()
        result = {"expectations": len(gate.rows), "failed": 0, "data_docs": gate.data_docs,
                  "volume_floors": gate.floors}
        rec["detail"] = result
        return result


def publish_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.publish import publish

    with _step(settings, run_id, "publish", flush=True) as (_, rec):
        result = publish(settings, run_id)
        tables = result["tables"]
        log.info("publish: %s (%s)", result["published"],
                 ", ".join(f"{k}={v}" for k, v in tables.items()))
        rec.update(articles_out=tables.get("dim_article", 0),
                   facts_out=sum(n for t, n in tables.items() if t.startswith("fct_")),
                   detail={"tables": tables})
        return result


def run_local(sources: str | None = None, run_id: str | None = None,
              settings: Settings | None = None, scope=None) -> int:
    """Every step in order, in this process: the same code the DAG runs, without Airflow."""
    from datetime import UTC, datetime

    from newsfacts.publish import print_summary

    settings = settings or Settings.from_env()
    run_id = run_id or "local__" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    groups = discover_step(settings, run_id, sources, scope=scope)
    page_files = [fetch_step(settings, run_id, g, sources) for g in groups]
    page_files += archived_step(settings, run_id, scope)
    batches = [extract_step(settings, run_id, b)
               for b in plan_batches(settings, run_id, page_files)]
    load_step(settings, run_id, batches)
    transform_step(settings, run_id)
    audit_step(settings, run_id)
    publish_step(settings, run_id)
    return print_summary(path=str(settings.published))


def run_replay(since, until=None, settings: Settings | None = None,
               run_id: str | None = None) -> int:
    """`newsfacts replay --since DATE`: re-extract archived pages, rebuild, audit, publish."""
    from datetime import UTC, datetime

    from newsfacts.replay import RunScope

    scope = RunScope.replay(since, until)
    run_id = run_id or "replay__" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return run_local(run_id=run_id, settings=settings, scope=scope)
