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

Reliability (see the README's "Operations"):

- One run per home: `newsfacts run` holds the home for its whole length, a DAG run from its
  ``lock`` task to its ``release`` teardown (newsfacts.lock); the first step cleans up after
  dead runs and applies retention (newsfacts.housekeeping).
- At least once into the warehouse: a page fetch archived stays offered to every run until
  load commits it (newsfacts.fetch.state); plan takes those pages too.
- Exactly once in it: load replaces an article's rows, so a page offered twice is loaded once.
- Work follows new data: dbt build, audit and publish each skip (NothingToDo) when they
  already completed on the warehouse's current data state.
- Bounded work per page: a CPU budget per page (newsfacts.budget).
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
from newsfacts.errors import GateFailed, NothingToDo
from newsfacts.faults import checkpoint
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
        warehouse = Warehouse.of(settings)
        info, records = folder.read_metrics()
        warehouse.record_run(metrics.summarize(folder.run_id, info, records), records)
        for dead_id in info.get("replaced") or []:  # dead runs this one took over from
            row, dead_records = metrics.run_summary(RunFolder.of(settings, dead_id),
                                                    live_run=False)
            if dead_records:
                warehouse.record_run(row, dead_records)
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


MAX_REPLACED = 20  # dead runs one run flushes at most (a chain of runs killed in a row)


def start_step(settings: Settings, run_id: str, scope=None, replaced=None) -> dict:
    """The run's first step, holding its home (newsfacts.lock): its folder and run info
    (scope, the dead run it replaced), then the clean-up after dead runs and retention
    (newsfacts.housekeeping)."""
    from newsfacts.housekeeping import start_of_run

    settings.ensure_dirs()
    with _step(settings, run_id, "lock") as (folder, rec):
        folder.mkdir()
        dead = []
        if replaced is not None and replaced.run_id:
            # the dead run, and those it had replaced itself (it may have died before its
            # first flush): this run's flushes record them all as failed
            before = RunFolder.of(settings, replaced.run_id).read_metrics()[0]
            dead = [replaced.run_id, *(before.get("replaced") or [])][:MAX_REPLACED]
        metrics.record_run_info(folder, scope, **({"replaced": dead} if dead else {}))
        report = start_of_run(settings, run_id, replaced)
        rec["detail"] = report
        return report


def discover_step(settings: Settings, run_id: str, sources_path: str | None = None,
                  scope=None) -> list[str]:
    """Read every enabled source; write candidate groups (one host never spans two groups).

    ``scope`` (newsfacts.replay.RunScope): a replay fetches nothing; a backfill keeps only
    candidates published in its data interval (the others stay pending for normal runs)."""
    from newsfacts.fetch import discover, group_by_host

    settings.ensure_dirs()
    with _step(settings, run_id, "discover") as (folder, rec):
        folder.mkdir()
        if not folder.has_run_info():  # start_step writes it; steps called alone do here
            metrics.record_run_info(folder, scope)
        if scope is not None and not scope.fetches:
            log.info("discover: %s run, nothing is fetched", scope.mode)
            rec["detail"] = {"groups": 0}
            return []
        candidates, records = discover(_sources(settings, sources_path), state=_state(settings),
                                       settings=settings)
        checkpoint(settings, "discover")
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

    def progress(rec) -> None:
        if rec.new_article:  # a page archived, the rest of the group not yet
            checkpoint(settings, "fetch")

    with _step(settings, run_id, "fetch", key=tag) as (folder, rec):
        candidates = [Candidate(**d) for d in folder.read_list(group_path)]
        records = fetch_candidates(candidates, sources=_sources(settings, sources_path),
                                   archive=Archive(settings.archive), state=_state(settings),
                                   settings=settings, progress=progress)
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
                 len(pages), scope.since or "the start", scope.until or "now")
        rec.update(articles_in=len(pages), articles_out=len(pages))
        return [folder.write_pages("archived", pages)]


def unloaded_pages(settings: Settings, known: set[str] = frozenset()) -> list[dict]:
    """Pages archived by any run (or `newsfacts fetch`) that load has not committed yet: a
    run killed between fetch and load, a failed gate, a busy warehouse. When the working
    warehouse is missing (lost, deleted) or the fetch state was never checked against it (a
    home from before these entries existed), every stored page the warehouse lacks is
    offered too: a lost warehouse is rebuilt from the archive by the next run. ``known``:
    content hashes the run lists already (left out)."""
    from newsfacts.warehouse import Warehouse

    state = _state(settings)
    pages = [p for p in state.unloaded() if p["content_sha256"] not in known]
    warehouse = Warehouse.of(settings)
    if not warehouse.exists() or not state.reconciled():
        skip = warehouse.loaded_shas() | set(known) | {p["content_sha256"] for p in pages}
        missing = [p for p in state.stored_pages() if p["content_sha256"] not in skip]
        if missing:
            log.warning("plan: %d archived pages are not in the working warehouse %s (%s); "
                        "they are loaded again from the archive", len(missing),
                        warehouse.path, "missing" if not warehouse.exists() else "checked once")
        pages += missing
        state.set_reconciled()
    return pages


def plan_batches(settings: Settings, run_id: str, page_files: list[str]) -> list[str]:
    """Cut the run's pages, and the pages earlier runs archived but never loaded, into
    extract batches of settings.batch_size articles (one per content hash)."""
    from newsfacts.extract import EXTRACTOR_VERSION

    with _step(settings, run_id, "plan") as (folder, rec):
        listed = [p for f in page_files for p in folder.read_list(f)]
        pages_by_sha = {p["content_sha256"]: p for p in listed}
        offered = unloaded_pages(settings, known=set(pages_by_sha))
        again = len({p["content_sha256"] for p in offered})
        for p in offered:
            pages_by_sha.setdefault(p["content_sha256"], p)
        pages = sorted(pages_by_sha.values(), key=lambda p: p["content_sha256"])
        size = max(settings.batch_size, 1)
        paths = []
        for i in range(0, len(pages), size):
            chunk = pages[i:i + size]
            digest = hashlib.sha256(
                (EXTRACTOR_VERSION + "".join(p["content_sha256"] for p in chunk)).encode()
            ).hexdigest()[:16]
            paths.append(folder.write_batch_plan(digest, chunk))
            checkpoint(settings, "plan")
        log.info("plan: %d pages in %d batches of up to %d%s", len(pages), len(paths), size,
                 f" ({again} archived by earlier runs and not loaded yet)" if again else "")
        rec.update(articles_in=len(listed) + again, articles_out=len(pages),
                   detail={"batches": len(paths), "offered_again": again})
        return paths


_WARM = "<html><body><p>\u201cWe will go,\u201d said Foreign Minister Anna Berg on Monday.</p></body></html>"
_warmed = False


def _warm_up() -> None:
    """Extract a tiny page once per process before any page runs under a budget: lazily
    built state (lexicons, the parse model, caches) is then complete before a budget can
    interrupt."""
    global _warmed
    if not _warmed:
        from newsfacts.extract import extract_document

        extract_document("warm-up", _WARM, fmt="html", meta={})
        _warmed = True


def extract_page(archive, page: dict, budget: float = 0.0) -> dict:
    """Run the pure extractor on one archived page; a failure becomes a recorded error, and
    so does a page over its CPU budget (``budget`` seconds, newsfacts.budget): the raw-batch
    gate quarantines it with that reason. A page in a language the extractor does not read
    (fetch/language.py) keeps its article and sentences but yields no actors and no facts."""
    return next(extract_pages(archive, [page], budget))


def extract_pages(archive, pages: list[dict], budget: float = 0.0):
    """extract_page for many pages, in order, their sentences parsed in one stream per chunk
    of extract.DOCS_PER_STREAM pages. With a ``budget`` (CPU seconds per page), a chunk runs
    under one page's budget; a chunk over it is extracted again page by page, each under
    its own budget, so only a page that alone goes over it is recorded as over budget."""
    from newsfacts.budget import OverBudget, cpu_budget
    from newsfacts.extract import DOCS_PER_STREAM, EXTRACTOR_VERSION, extract_documents
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

    def alone(item) -> dict:
        t0 = time.process_time()
        try:
            with cpu_budget(budget):
                return next(extract_documents([item]))
        except OverBudget as exc:
            log.warning("extract: %s stopped after %.1f CPU seconds: %s", item[0],
                        time.process_time() - t0, exc)
            return {"doc": item[0], "extractor_version": EXTRACTOR_VERSION,
                    "article": item[3], "error": f"OverBudget: {exc}"}

    def results():
        if not budget or budget <= 0:
            yield from extract_documents(items)
            return
        _warm_up()
        for at in range(0, len(items), DOCS_PER_STREAM):
            chunk = items[at:at + DOCS_PER_STREAM]
            if len(chunk) == 1:
                yield alone(chunk[0])
                continue
            try:
                with cpu_budget(budget):
                    done = list(extract_documents(chunk))
            except OverBudget:
                log.warning("extract: %d pages went over one page's budget together (%gs); "
                            "extracting them one by one", len(chunk), budget)
                done = [alone(item) for item in chunk]
            yield from done

    stream = results()
    for i, page in enumerate(pages):
        if i in failed:
            yield failed[i]
            continue
        result = next(stream)
        if not extractor_reads(page.get("language")):
            result = {**result, "actors": [], **{t: [] for t in FACT_TABLES}}
        yield result


def extract_step(settings: Settings, run_id: str, batch_path: str) -> str:
    """Extract facts for one batch; write one Parquet file per raw table plus a manifest.
    Each page runs under the per-page CPU budget (NEWSFACTS_EXTRACT_PAGE_SECONDS)."""
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
        over = 0
        for page, result in zip(pages, extract_pages(archive, pages,
                                                     settings.extract_page_seconds),
                                strict=True):
            over += str(result.get("error") or "").startswith("OverBudget")
            for t, rows in flatten_extraction(result, page).items():
                tables[t].extend(rows)
            checkpoint(settings, "extract")
        batch = folder.write_batch(batch_id, tables, EXTRACTOR_VERSION)
        counts = batch.counts
        log.info("extract batch %s: %s in %.2fs%s", batch_id,
                 ", ".join(f"{k}={v}" for k, v in counts.items()), time.perf_counter() - t0,
                 f" ({over} over the per-page budget)" if over else "")
        errors = sum(1 for a in tables["articles"] if a.get("extract_error"))
        rec.update(articles_in=counts["articles"], articles_out=counts["articles"] - errors,
                   facts_out=metrics.facts_in(counts), errors=errors,
                   detail={"extractor_version": EXTRACTOR_VERSION, "counts": counts,
                           "over_budget": over})
        return str(batch.dir)


def load_step(settings: Settings, run_id: str, batch_dirs: list[str]) -> dict[str, int]:
    """Raw-batch gate first (its results stored, GateFailed before anything is loaded if a
    batch is bad), then load, leaving the quarantined articles out. Once load has committed
    them, the batches' pages are done (no longer offered to later runs)."""
    from newsfacts.quality import gate_batches
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "load", flush=True) as (folder, rec):
        warehouse = Warehouse.of(settings)
        batches = [folder.batch(b) for b in batch_dirs]
        gate = gate_batches(settings, run_id, batches)
        if gate.rows:
            warehouse.record_checks(run_id, "raw", gate.rows, data_docs=gate.data_docs)
        gate.raise_if_failed()
        counts = warehouse.load(run_id, batches, gate.verdicts, folder.fetch_log_table(),
                                after_batch=lambda _b: checkpoint(settings, "load"))
        shas = set()
        for batch in batches:
            articles = batch.table("articles")
            if articles is not None:
                shas.update(articles.column("content_sha256").to_pylist())
        done = _state(settings).mark_loaded(shas)
        log.info("load: %s; %d pages done", ", ".join(f"{k}={v}" for k, v in counts.items()),
                 done)
        rec.update(articles_in=counts["articles"], articles_out=counts["articles"],
                   facts_out=metrics.facts_in(counts),
                   detail={"batches": len(batches), "rows": counts})
        return counts


def _data_state(settings: Settings) -> tuple[str, str]:
    """The working warehouse's data state: (load watermark, dbt project digest)."""
    from newsfacts.publish import _project_digest
    from newsfacts.warehouse import Warehouse

    return Warehouse.of(settings).data_state(_project_digest(settings.dbt_project_dir))


def _skip_if_done(settings: Settings, step: str, state: tuple[str, str], done) -> None:
    if done == state:
        raise NothingToDo(f"{step}: nothing new since it last completed (raw layer "
                          f"{state[0]}, dbt project {state[1]})")


def transform_step(settings: Settings, run_id: str) -> dict:
    """dbt build; its results stored in audit.dbt_results; a failed model or test stops.
    Skipped (NothingToDo) when the marts were already built on the current data state."""
    from newsfacts.transform import dbt_build
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "dbt_build", flush=True) as (_, rec):
        warehouse = Warehouse.of(settings)
        state = _data_state(settings)
        _skip_if_done(settings, "dbt build", state, warehouse.step_mark("dbt_build"))
        build = dbt_build(settings, run_id)
        warehouse.record_dbt_results(run_id, build.results)
        build.raise_if_failed()
        warehouse.record_step_mark("dbt_build", run_id, state)
        summary = build.summary
        log.info("dbt build: %s", ", ".join(f"{k}={v}" for k, v in sorted(summary.items())))
        rec.update(errors=sum(summary.get(s, 0) for s in ("fail", "error")), detail=summary)
        return summary


def audit_step(settings: Settings, run_id: str) -> dict:
    """The mart gate; its results and this run's mart volumes stored; a failure stops.
    Skipped (NothingToDo) when this run's dbt build was skipped and the marts already passed
    the gate on the current data state."""
    from newsfacts.quality import audit_marts
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "audit", flush=True) as (folder, rec):
        warehouse = Warehouse.of(settings)
        state = _data_state(settings)
        # the marts may only have changed through a dbt build: when this run's was skipped
        # and they passed on this very data, there is nothing to audit again
        built = folder.metric("dbt_build") or {}
        if built.get("status") == "skipped":
            _skip_if_done(settings, "audit", state, warehouse.step_mark("audit"))
        gate = audit_marts(settings, run_id)
        checkpoint(settings, "audit")
        warehouse.record_checks(run_id, "marts", gate.rows, data_docs=gate.data_docs,
                                replace_targets=["marts"])
        warehouse.record_mart_volumes(run_id, gate.volumes, passed=not gate.failed)
        gate.raise_if_failed()
        warehouse.record_step_mark("audit", run_id, state)
        result = {"expectations": len(gate.rows), "failed": 0, "data_docs": gate.data_docs,
                  "volume_floors": gate.floors}
        rec["detail"] = result
        return result


def publish_step(settings: Settings, run_id: str) -> dict:
    """Publish the audited marts. Skipped (NothingToDo) when the published file already
    holds the current data state; refused (GateFailed) when the marts were not built on the
    current state or have not passed the audit on it (Write-Audit-Publish, whatever ran
    before)."""
    from newsfacts.facts import FACT_TYPES
    from newsfacts.publish import publish, published_state
    from newsfacts.warehouse import Warehouse

    with _step(settings, run_id, "publish", flush=True) as (_, rec):
        state = _data_state(settings)
        _skip_if_done(settings, "publish", state, published_state(settings))
        warehouse = Warehouse.of(settings)
        for step, what in (("dbt_build", "been built"), ("audit", "passed the audit")):
            if warehouse.step_mark(step) != state:
                raise GateFailed(f"publish: the marts of the warehouse's current data have not "
                                 f"{what} (a step did not complete since the last load); "
                                 "nothing was published: rerun the pipeline")
        result = publish(settings, run_id, state=state)
        tables = result["tables"]
        log.info("publish: %s (%s)", result["published"],
                 ", ".join(f"{k}={v}" for k, v in tables.items()))
        rec.update(articles_out=tables.get("dim_article", 0),
                   # one per fact type's mart (fct_event holds them all again: not counted)
                   facts_out=sum(tables.get(f.mart, 0) for f in FACT_TYPES),
                   detail={"tables": tables})
        return result


# --- one run in this process -------------------------------------------------------------

WAREHOUSE_STEPS = (("dbt_build", transform_step), ("audit", audit_step),
                   ("publish", publish_step))


def new_run_id(prefix: str) -> str:
    """A run id no other run shares: microseconds and a random suffix (two runs started in
    the same second, or on two hosts, never meet in one folder or log)."""
    import secrets
    from datetime import UTC, datetime

    return f"{prefix}__{datetime.now(UTC):%Y%m%dT%H%M%S%f}Z_{secrets.token_hex(2)}"


def run_steps(settings: Settings, run_id: str, sources: str | None = None, scope=None,
              replaced=None) -> dict:
    """Every step in order, in this process (the caller holds the home). Returns what the
    warehouse steps did: {step: "done" | "skipped"}."""
    start_step(settings, run_id, scope, replaced)
    groups = discover_step(settings, run_id, sources, scope=scope)
    page_files = [fetch_step(settings, run_id, g, sources) for g in groups]
    page_files += archived_step(settings, run_id, scope)
    batches = [extract_step(settings, run_id, b)
               for b in plan_batches(settings, run_id, page_files)]
    load_step(settings, run_id, batches)
    outcome = {}
    for name, step in WAREHOUSE_STEPS:
        try:
            step(settings, run_id)
            outcome[name] = "done"
        except NothingToDo as why:
            log.info("%s skipped: %s", name, str(why).split(": ", 1)[-1].split(" (")[0])
            outcome[name] = "skipped"
    return outcome


def run_local(sources: str | None = None, run_id: str | None = None,
              settings: Settings | None = None, scope=None, command: str = "newsfacts run",
              summary: bool = True) -> int:
    """Every step in order, in this process, holding the home: the same code the DAG runs,
    without Airflow."""
    from newsfacts.lock import HomeLock
    from newsfacts.publish import print_summary

    settings = settings or Settings.from_env()
    run_id = run_id or new_run_id("local")
    with HomeLock(settings).hold(run_id, command) as (_hold, replaced):
        outcome = run_steps(settings, run_id, sources, scope, replaced)
    if all(v == "skipped" for v in outcome.values()):
        print(f"run {run_id}: nothing new since the last publish; dbt build, audit and "
              f"publish skipped")
        return 0
    return print_summary(path=str(settings.published)) if summary else 0


def run_replay(since, until=None, settings: Settings | None = None,
               run_id: str | None = None) -> int:
    """`newsfacts replay --since DATE`: re-extract archived pages, rebuild, audit, publish."""
    from newsfacts.replay import RunScope

    scope = RunScope.replay(since, until)
    return run_local(run_id=run_id or new_run_id("replay"), settings=settings, scope=scope,
                     command="newsfacts replay")


def run_rebuild(settings: Settings | None = None, run_id: str | None = None) -> int:
    """`newsfacts rebuild`: every page in the archive (as the fetch state and the warehouse
    list them) extracted and loaded again, then dbt build, audit, publish: a lost or deleted
    working warehouse comes back whole, nothing is fetched."""
    from newsfacts.replay import RunScope

    return run_local(run_id=run_id or new_run_id("rebuild"), settings=settings,
                     scope=RunScope("rebuild"), command="newsfacts rebuild")


# --- an Airflow DAG run's hold on its home (the DAG's lock and release tasks) ------------

def lock_step(settings: Settings, run_id: str, scope=None) -> dict:
    """The DAG run's setup task: take the home for the run (HomeLocked, naming the holder,
    if a live run holds it), then start_step."""
    from newsfacts.errors import HomeLocked
    from newsfacts.lock import HomeLock

    try:
        replaced = HomeLock(settings).take_for_run(run_id)
    except HomeLocked:  # recorded: newsfacts status shows the run failed at its lock
        with _step(settings, run_id, "lock") as (folder, _rec):
            folder.mkdir()
            metrics.record_run_info(folder, scope)
            raise
    return start_step(settings, run_id, scope, replaced)


def release_step(settings: Settings, run_id: str) -> bool:
    """The DAG run's teardown: give the home back, whatever happened to the run."""
    from newsfacts.lock import HomeLock

    released = HomeLock(settings).release_run(run_id)
    log.info("release: home %s %s", settings.home,
             "released" if released else "was not held by this run")
    return released


def task_scope(settings: Settings, run_id: str):
    """Every other task of a DAG run works inside this: the run must still hold the home."""
    from newsfacts.lock import HomeLock

    return HomeLock(settings).task(run_id)
