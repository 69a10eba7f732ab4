"""The pipeline's steps as plain functions. The Airflow DAG wires these one-to-one, and
`newsfacts run` calls them in order in one process; neither adds logic of its own.

Steps pass small JSON manifests (file paths, or URLs when the landing zone is on object
storage: see newsfacts.storage) to each other, never article bodies, so XComs stay tiny: discover -> candidate groups -> fetch -> page lists -> batches ->
extract (Parquet per batch) -> load (the one DuckDB writer) -> dbt build -> audit -> publish.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import logging
import math
import re
import time
from collections import Counter
from pathlib import Path

from newsfacts.settings import Settings
from newsfacts.storage import Location

log = logging.getLogger("newsfacts.pipeline")


def _safe(run_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id)[:120]


def run_dir(settings: Settings, run_id: str) -> Location:
    """The run's folder in the landing zone (created if local)."""
    d = settings.landing / _safe(run_id)
    d.mkdir()
    return d


def _write_json(path: Location, obj) -> str:
    """Write a manifest whole (atomically); returns its path or URL for the next step."""
    return str(path.write_json(obj, ensure_ascii=False, indent=1))


def _read_json(settings: Settings, path: str | Location):
    return settings.landing.at(path).read_json()


def _state(settings: Settings):
    from newsfacts.fetch import FetchState

    return FetchState(settings.home / "state")


def _measured(task: str, counts, flush: bool = False, key=None):
    """Record the step's counts in and out (articles, facts, errors) as run metrics (see
    newsfacts.metrics); serialised steps (``flush``) also write them to the warehouse."""
    def deco(fn):
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            from newsfacts import metrics

            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            a = bound.arguments
            settings = a["settings"]
            if "run_id" in a:
                rid, rdir = a["run_id"], run_dir(settings, a["run_id"])
            else:  # extract: the batch file lives in its run's folder
                rdir = settings.landing.at(a["batch_path"]).parent
                rid = rdir.name
            with metrics.track(rdir, rid, task, key(a) if key else "",
                               flush_to=settings if flush else None) as rec:
                result = fn(*args, **kwargs)
                try:
                    rec.update(counts(result, a))
                except Exception as exc:  # counting never fails a step
                    log.warning("metrics: could not count %s: %s", task, exc)
            return result
        return wrapper
    return deco


def _errors_in(path: Location, column: str, value=None) -> int:
    """Rows of a Parquet file whose column is set (or equals value)."""
    if not path.exists():
        return 0
    col = path.read_parquet(columns=[column]).column(column).to_pylist()
    return sum(1 for v in col if (v == value if value is not None else v))


def _count_discover(paths, a) -> dict:
    settings = a["settings"]
    rdir = run_dir(settings, a["run_id"])
    return {"articles_out": sum(len(_read_json(settings, p)) for p in paths),
            "errors": _errors_in(rdir / "fetch_log-discover.parquet", "outcome", "error"),
            "detail": {"groups": len(paths)}}


def _group_tag(group_path: str) -> str:
    """candidates-007.json -> 007: names the group's fetch log and page list."""
    return Path(group_path).stem.replace("candidates-", "")


def _count_fetch(pages_path, a) -> dict:
    settings, tag = a["settings"], _group_tag(a["group_path"])
    log_file = run_dir(settings, a["run_id"]) / f"fetch_log-{tag}.parquet"
    return {"articles_in": len(_read_json(settings, a["group_path"])),
            "articles_out": len(_read_json(settings, pages_path)),
            "errors": _errors_in(log_file, "outcome", "error")}


def _count_archived(paths, a) -> dict:
    n = sum(len(_read_json(a["settings"], p)) for p in paths)
    return {"articles_in": n, "articles_out": n}


def _count_plan(paths, a) -> dict:
    settings = a["settings"]
    n_in = sum(len(_read_json(settings, p)) for p in a["page_files"])
    n_out = sum(len(_read_json(settings, p)["pages"]) for p in paths)
    return {"articles_in": n_in, "articles_out": n_out, "detail": {"batches": len(paths)}}


def _count_extract(out_dir, a) -> dict:
    out = a["settings"].landing.at(out_dir)
    manifest = (out / "manifest.json").read_json()
    c = manifest["counts"]
    errors = _errors_in(out / "articles.parquet", "extract_error")
    return {"articles_in": c.get("articles", 0), "articles_out": c.get("articles", 0) - errors,
            "facts_out": sum(c.get(t, 0) for t in FACT_TABLES), "errors": errors,
            "detail": {"extractor_version": manifest.get("extractor_version"), "counts": c}}


def _count_load(counts, a) -> dict:
    return {"articles_in": counts.get("articles", 0), "articles_out": counts.get("articles", 0),
            "facts_out": sum(counts.get(t, 0) for t in FACT_TABLES),
            "detail": {"batches": len(a["batch_dirs"]), "rows": counts}}


def _count_summary(summary, a) -> dict:
    summary = summary if isinstance(summary, dict) else {}
    return {"errors": int(summary.get("failed") or 0) + int(summary.get("fail") or 0)
            + int(summary.get("error") or 0), "detail": summary}


def _count_publish(result, a) -> dict:
    tables = result.get("tables") or {}
    return {"articles_out": tables.get("dim_article", 0),
            "facts_out": sum(n for t, n in tables.items() if t.startswith("fct_")),
            "detail": {"tables": tables}}


FACT_TABLES = ("statements", "visits", "deployments")


def _sources(settings: Settings, sources_path: str | None):
    from newsfacts.sources import load_sources

    return load_sources(Path(sources_path) if sources_path else settings.sources)


@_measured("discover", _count_discover)
def discover_step(settings: Settings, run_id: str, sources_path: str | None = None,
                  max_groups: int = 8, scope=None) -> list[str]:
    """Read every enabled source; write candidate groups (one host never spans two groups).

    ``scope`` (newsfacts.replay.RunScope): a replay fetches nothing; a backfill keeps only
    candidates published in its data interval (the others stay pending for normal runs)."""
    from newsfacts import metrics
    from newsfacts.fetch import discover, group_by_host
    from newsfacts.records import write_table

    settings.ensure_dirs()
    out = run_dir(settings, run_id)
    metrics.write_run_info(out, run_id, scope)
    if scope is not None and not scope.fetches:
        log.info("discover: %s run, nothing is fetched", scope.mode)
        return []
    candidates, records = discover(_sources(settings, sources_path), state=_state(settings),
                                   settings=settings)
    if scope is not None and scope.mode == "backfill":
        kept = [c for c in candidates if scope.keeps_candidate(c.published)]
        log.info("discover: backfill %s .. %s keeps %d of %d new candidates (published in "
                 "the interval)", scope.since, scope.until, len(kept), len(candidates))
        candidates = kept
    write_table([r.to_dict() for r in records], "fetch_log", out / "fetch_log-discover.parquet")
    n_groups = max(1, min(max_groups, math.ceil(len(candidates) / max(settings.batch_size, 1))))
    groups = [g for g in group_by_host(candidates, n_groups) if g]
    paths = [_write_json(out / f"candidates-{i:03d}.json", [c.to_dict() for c in g])
             for i, g in enumerate(groups)]
    log.info("discover: %d new candidate articles in %d groups, %d feed-level records",
             len(candidates), len(paths), len(records))
    return paths


@_measured("fetch", _count_fetch, key=lambda a: _group_tag(a["group_path"]))
def fetch_step(settings: Settings, run_id: str, group_path: str,
               sources_path: str | None = None) -> str:
    """Fetch one candidate group politely; archive pages; write its fetch log and page list."""
    from newsfacts.archive import Archive
    from newsfacts.fetch import Candidate, fetch_candidates
    from newsfacts.records import write_table

    out = run_dir(settings, run_id)
    tag = _group_tag(group_path)
    candidates = [Candidate(**d) for d in _read_json(settings, group_path)]
    records = fetch_candidates(candidates, sources=_sources(settings, sources_path),
                               archive=Archive(settings.archive), state=_state(settings),
                               settings=settings)
    write_table([r.to_dict() for r in records], "fetch_log", out / f"fetch_log-{tag}.parquet")
    # new articles: fetched pages, and pages in a language the extractor does not read
    # (fetch outcome "skipped", error "language: ..."), loaded without facts
    pages = [r.to_dict() for r in records if r.new_article]
    counts = Counter(r.outcome for r in records)
    log.info("fetch group %s: %s", tag, ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return _write_json(out / f"pages-{tag}.json", pages)


@_measured("archived", _count_archived)
def archived_step(settings: Settings, run_id: str, scope=None) -> list[str]:
    """Replay/backfill: list archived pages in the run's scope (re-extracted, not refetched)."""
    from newsfacts.replay import archived_pages

    if scope is None or scope.mode == "normal":
        return []
    pages = archived_pages(settings, scope)
    log.info("archived: %s re-extracts %d archived pages (%s .. %s)", scope.mode, len(pages),
             scope.since, scope.until or "now")
    return [_write_json(run_dir(settings, run_id) / "pages-archived.json", pages)]


@_measured("plan", _count_plan)
def plan_batches(settings: Settings, run_id: str, page_files: list[str]) -> list[str]:
    """Cut the fetched pages into extract batches of settings.batch_size articles."""
    from newsfacts.extract import EXTRACTOR_VERSION

    out = run_dir(settings, run_id)
    pages = list({p["content_sha256"]: p
                  for f in page_files for p in _read_json(settings, f)}.values())
    pages.sort(key=lambda p: p["content_sha256"])
    size = max(settings.batch_size, 1)
    paths = []
    for i in range(0, len(pages), size):
        chunk = pages[i:i + size]
        digest = hashlib.sha256(
            (EXTRACTOR_VERSION + "".join(p["content_sha256"] for p in chunk)).encode()
        ).hexdigest()[:16]
        paths.append(_write_json(out / f"batch-{digest}.json",
                                 {"batch_id": digest, "pages": chunk}))
    log.info("plan: %d pages in %d batches of up to %d", len(pages), len(paths), size)
    return paths


def extract_page(archive, page: dict) -> dict:
    """Run the pure extractor on one archived page; a failure becomes a recorded error.
    A page in a language the extractor does not read (fetch/language.py) keeps its article
    and sentences but yields no actors and no facts."""
    return next(extract_pages(archive, [page]))


def extract_pages(archive, pages: list[dict]):
    """extract_page for many pages, in order, their sentences parsed in one stream."""
    from newsfacts.extract import EXTRACTOR_VERSION, extract_documents
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
            result = {**result, "actors": [], "statements": [], "visits": [],
                      "deployments": []}
        yield result


@_measured("extract", _count_extract,
           key=lambda a: a["settings"].landing.at(a["batch_path"]).stem[6:])
def extract_step(settings: Settings, batch_path: str) -> str:
    """Extract facts for one batch; write one Parquet file per raw table plus a manifest."""
    from newsfacts.archive import Archive
    from newsfacts.extract import EXTRACTOR_VERSION
    from newsfacts.records import ARTICLE_TABLES, article_id_for, flatten_extraction, write_table

    batch_file = settings.landing.at(batch_path)
    batch = batch_file.read_json()
    out = batch_file.with_suffix("")
    archive = Archive(settings.archive)
    tables: dict[str, list[dict]] = {t: [] for t in ARTICLE_TABLES}
    t0 = time.perf_counter()
    pages = [{**page, "article_id": article_id_for(
        page.get("canonical_url"), page.get("content_sha256"), page.get("url") or "")}
        for page in batch["pages"]]
    for page, result in zip(pages, extract_pages(archive, pages), strict=True):
        rows = flatten_extraction(result, page)
        for t, r in rows.items():
            tables[t].extend(r)
    for t, r in tables.items():
        write_table(r, t, out / f"{t}.parquet")
    counts = {t: len(r) for t, r in tables.items()}
    _write_json(out / "manifest.json", {"batch_id": batch["batch_id"],
                                        "extractor_version": EXTRACTOR_VERSION,
                                        "counts": counts})
    log.info("extract batch %s: %s in %.2fs", batch["batch_id"],
             ", ".join(f"{k}={v}" for k, v in counts.items()), time.perf_counter() - t0)
    return str(out)


@_measured("load", _count_load, flush=True)
def load_step(settings: Settings, run_id: str, batch_dirs: list[str]) -> dict[str, int]:
    """Raw-batch gate first (GateFailed before anything is loaded if a batch is bad), then
    load, leaving the quarantined articles out."""
    from newsfacts.load import load_batches
    from newsfacts.quality import gate_batches

    batches = [settings.landing.at(b) for b in batch_dirs]
    verdicts = gate_batches(settings, run_id, batches)
    counts = load_batches(settings.warehouse, run_id, run_dir(settings, run_id), batches,
                          quarantine=verdicts)
    log.info("load: %s", ", ".join(f"{k}={v}" for k, v in counts.items()))
    return counts


@_measured("dbt_build", _count_summary, flush=True)
def transform_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.transform import dbt_build

    summary = dbt_build(settings, run_id)
    log.info("dbt build: %s", ", ".join(f"{k}={v}" for k, v in sorted(summary.items())))
    return summary


@_measured("audit", _count_summary, flush=True)
def audit_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.quality import audit_marts

    return audit_marts(settings, run_id)


@_measured("publish", _count_publish, flush=True)
def publish_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.publish import publish

    result = publish(settings, run_id)
    log.info("publish: %s (%s)", result["published"],
             ", ".join(f"{k}={v}" for k, v in result["tables"].items()))
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
    batches = [extract_step(settings, b) for b in plan_batches(settings, run_id, page_files)]
    load_step(settings, run_id, batches)
    transform_step(settings, run_id)
    audit_step(settings, run_id)
    publish_step(settings, run_id)
    return print_summary(path=str(settings.published))
