"""The pipeline's steps as plain functions. The Airflow DAG wires these one-to-one, and
`newsfacts run` calls them in order in one process; neither adds logic of its own.

Steps pass small JSON manifests (file paths) to each other, never article bodies, so
XComs stay tiny: discover -> candidate groups -> fetch -> page lists -> batches ->
extract (Parquet per batch) -> load (the one DuckDB writer) -> dbt build -> audit -> publish.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import time
from pathlib import Path

from newsfacts.settings import Settings

log = logging.getLogger("newsfacts.pipeline")


def _safe(run_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id)[:120]


def run_dir(settings: Settings, run_id: str) -> Path:
    d = settings.landing / _safe(run_id)
    d.mkdir(parents=True, exist_ok=True)
    return d


def _write_json(path: Path, obj) -> str:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=1))
    tmp.replace(path)
    return str(path)


def _read_json(path: str | Path):
    return json.loads(Path(path).read_text())


def _state(settings: Settings):
    from newsfacts.fetch import FetchState

    return FetchState(settings.home / "state")


def _sources(settings: Settings, sources_path: str | None):
    from newsfacts.sources import load_sources

    return load_sources(Path(sources_path) if sources_path else settings.sources)


def discover_step(settings: Settings, run_id: str, sources_path: str | None = None,
                  max_groups: int = 8) -> list[str]:
    """Read every enabled source; write candidate groups (one host never spans two groups)."""
    from newsfacts.fetch import discover, group_by_host
    from newsfacts.records import write_table

    settings.ensure_dirs()
    out = run_dir(settings, run_id)
    candidates, records = discover(_sources(settings, sources_path), state=_state(settings),
                                   settings=settings)
    write_table([r.to_dict() for r in records], "fetch_log", out / "fetch_log-discover.parquet")
    n_groups = max(1, min(max_groups, math.ceil(len(candidates) / max(settings.batch_size, 1))))
    groups = [g for g in group_by_host(candidates, n_groups) if g]
    paths = [_write_json(out / f"candidates-{i:03d}.json", [c.to_dict() for c in g])
             for i, g in enumerate(groups)]
    log.info("discover: %d new candidate articles in %d groups, %d feed-level records",
             len(candidates), len(paths), len(records))
    return paths


def fetch_step(settings: Settings, run_id: str, group_path: str,
               sources_path: str | None = None) -> str:
    """Fetch one candidate group politely; archive pages; write its fetch log and page list."""
    from newsfacts.archive import Archive
    from newsfacts.fetch import Candidate, fetch_candidates
    from newsfacts.records import write_table

    out = run_dir(settings, run_id)
    tag = Path(group_path).stem.replace("candidates-", "")
    candidates = [Candidate(**d) for d in _read_json(group_path)]
    records = fetch_candidates(candidates, sources=_sources(settings, sources_path),
                               archive=Archive(settings.archive), state=_state(settings),
                               settings=settings)
    write_table([r.to_dict() for r in records], "fetch_log", out / f"fetch_log-{tag}.parquet")
    pages = [r.to_dict() for r in records if r.outcome == "fetched" and r.content_sha256]
    counts: dict[str, int] = {}
    for r in records:
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
    log.info("fetch group %s: %s", tag, ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return _write_json(out / f"pages-{tag}.json", pages)


def plan_batches(settings: Settings, run_id: str, page_files: list[str]) -> list[str]:
    """Cut the fetched pages into extract batches of settings.batch_size articles."""
    from newsfacts.extract import EXTRACTOR_VERSION

    out = run_dir(settings, run_id)
    pages = [p for f in page_files for p in _read_json(f)]
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
    """Run the pure extractor on one archived page; a failure becomes a recorded error."""
    from newsfacts.extract import EXTRACTOR_VERSION, extract_document
    from newsfacts.fetch import decode_html

    doc = page.get("canonical_url") or page.get("url") or page["content_sha256"]
    meta = {k: page.get(k) for k in ("title", "published", "url", "source")}
    try:
        raw = archive.get(page["content_sha256"])
        text, _enc = decode_html(raw, page.get("content_type"))
        ctype = (page.get("content_type") or "").lower()
        fmt = "text" if ctype.startswith("text/plain") or doc.endswith(".txt") else "html"
        return extract_document(doc, text, fmt=fmt, meta=meta)
    except Exception as exc:  # one bad page must never take the batch down
        log.warning("extract failed for %s: %s", doc, exc)
        return {"doc": doc, "extractor_version": EXTRACTOR_VERSION, "article": meta,
                "error": f"{type(exc).__name__}: {exc}"}


def extract_step(settings: Settings, batch_path: str) -> str:
    """Extract facts for one batch; write one Parquet file per raw table plus a manifest."""
    from newsfacts.archive import Archive
    from newsfacts.extract import EXTRACTOR_VERSION
    from newsfacts.records import ARTICLE_TABLES, article_id_for, flatten_extraction, write_table

    batch = _read_json(batch_path)
    out = Path(batch_path).with_suffix("")
    archive = Archive(settings.archive)
    tables: dict[str, list[dict]] = {t: [] for t in ARTICLE_TABLES}
    t0 = time.perf_counter()
    for page in batch["pages"]:
        page = {**page, "article_id": article_id_for(
            page.get("canonical_url"), page.get("content_sha256"), page.get("url") or "")}
        rows = flatten_extraction(extract_page(archive, page), page)
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


def load_step(settings: Settings, run_id: str, batch_dirs: list[str]) -> dict[str, int]:
    from newsfacts.load import load_batches

    counts = load_batches(settings.warehouse, run_id, run_dir(settings, run_id),
                          [Path(b) for b in batch_dirs])
    log.info("load: %s", ", ".join(f"{k}={v}" for k, v in counts.items()))
    return counts


def transform_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.transform import dbt_build

    summary = dbt_build(settings, run_id)
    log.info("dbt build: %s", ", ".join(f"{k}={v}" for k, v in sorted(summary.items())))
    return summary


def audit_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.quality import audit_marts

    return audit_marts(settings, run_id)


def publish_step(settings: Settings, run_id: str) -> dict:
    from newsfacts.publish import publish

    result = publish(settings, run_id)
    log.info("publish: %s (%s)", result["published"],
             ", ".join(f"{k}={v}" for k, v in result["tables"].items()))
    return result


def run_local(sources: str | None = None, run_id: str | None = None,
              settings: Settings | None = None) -> int:
    """Every step in order, in this process: the same code the DAG runs, without Airflow."""
    from datetime import UTC, datetime

    from newsfacts.publish import print_summary

    settings = settings or Settings.from_env()
    run_id = run_id or "local__" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    groups = discover_step(settings, run_id, sources)
    page_files = [fetch_step(settings, run_id, g, sources) for g in groups]
    batches = [extract_step(settings, b) for b in plan_batches(settings, run_id, page_files)]
    load_step(settings, run_id, batches)
    transform_step(settings, run_id)
    audit_step(settings, run_id)
    publish_step(settings, run_id)
    return print_summary(path=str(settings.published))
