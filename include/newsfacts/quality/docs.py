"""GX data docs: a file-backed GX context rooted at NEWSFACTS_HOME/gx with one local site.

The context is a runtime artefact, not configuration: suites live in code
(newsfacts.quality.suites) and are written into the context on every validation, so the
JSON GX keeps under NEWSFACTS_HOME/gx is derived and never edited by hand. Each step that
validates renders the new results into the site (only the new pages plus the index), then
prunes results older than the last KEEP_RUNS runs so the site stays small and fast.

Untrusted values never reach the HTML as markup. GX's page templates insert unexpected
values (an article's text, a URL) into table cells unescaped, so before rendering, every
string in the stored results GX renders (offending values, observed values, expectation
arguments, exception messages) is replaced by its escaped, printable and shortened form
(newsfacts.sanitize.html_escape_tree): `<script>` in a quarantined article shows as text.
The audit tables keep the raw values; the GX result store is only the site's input. Run
names are made file- and HTML-safe the same way (gx_run_name).

GX's pages load jQuery, Bootstrap and Vega from public CDNs (its index is drawn by them, so
offline it is blank). Each gate therefore also writes a self-contained report of its own
(newsfacts.quality.report: no script, no network), which is what build() returns and
failure messages point to; it links to the GX pages of the same run.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from newsfacts.sanitize import html_escape_tree

log = logging.getLogger("newsfacts.quality")

KEEP_RUNS = 20
SITE = "local_site"
MAX_VALUE_CHARS = 300  # longer values (an article's text) are shortened in the pages
# in the site folder once every stored result has been escaped (pages rendered before this
# rule existed are re-rendered by the first build that does not find it)
ESCAPED_MARK = ".newsfacts-escaped-v1"


def gx_run_name(run_id: str) -> str:
    """The run's name in GX (a folder name and text in the pages): safe characters only."""
    return re.sub(r"[^A-Za-z0-9_.:+~-]+", "_", str(run_id))[:200] or "_"


def project_root(settings) -> Path:
    """GX creates its `gx/` folder in here (settings.gx_project: NEWSFACTS_HOME)."""
    return settings.gx_project


def file_context(root: Path):
    import great_expectations as gx

    root.mkdir(parents=True, exist_ok=True)
    return gx.get_context(mode="file", project_root_dir=str(root))


def site_dir(root: Path) -> Path:
    return root / "gx" / "uncommitted" / "data_docs" / SITE


def build(runner, rows: list[dict] | None = None, *, run_id: str = "", stage: str = "gate",
          ) -> str | None:
    """Render this session's validation results into the GX site, then write the gate's
    offline report (newsfacts.quality.report) from ``rows``; returns the report's path
    (the GX index when there are no rows to report), None without a file context."""
    if runner.root is None or not (runner.result_ids or rows):
        return None
    pages: dict[str, str] = {}
    index = None
    if runner.result_ids:
        try:
            from great_expectations.data_context.types.resource_identifiers import (
                ExpectationSuiteIdentifier,
            )

            _prune(runner.root)
            ids = list(runner.result_ids)
            mark = site_dir(runner.root) / ESCAPED_MARK
            if not mark.exists():  # older pages may hold raw values: render them again
                seen = {i.to_tuple() for i in ids}
                ids += [k for k in runner.context.validation_results_store.list_keys()
                        if k.to_tuple() not in seen]
            escape_stored_results(runner.context, ids)
            suites = [ExpectationSuiteIdentifier(name=n) for n in sorted(runner.suite_names)]
            runner.context.build_data_docs(site_names=[SITE],
                                           resource_identifiers=[*suites, *ids])
            mark.touch()
            index = site_dir(runner.root) / "index.html"
            pages = _result_pages(runner)
        except Exception as exc:  # docs are a report: never let them fail the gate itself
            log.warning("could not build GX data docs: %s", exc)
    if not rows:
        return str(index) if index is not None and index.exists() else None
    from newsfacts.quality import report

    try:
        return str(report.write(report_dir(runner.root), rows, run_id=run_id, stage=stage,
                                gx_index=index if index is not None and index.exists()
                                else None, gx_pages=pages, keep=2 * KEEP_RUNS))
    except OSError as exc:
        log.warning("could not write the quality report: %s", exc)
        return None


def report_dir(root: Path) -> Path:
    """The gates' own offline reports, beside the GX site."""
    return root / "gx" / "uncommitted" / "data_docs" / "report"


def escape_stored_results(context, ids) -> None:
    """Replace each of these stored results by a copy whose strings are inert HTML text
    (GX renders some of them raw); the audit tables keep the raw values."""
    store = context.validation_results_store
    for rid in ids:
        result = store.get(rid)
        for evr in result.results:
            evr.result = html_escape_tree(evr.result or {}, MAX_VALUE_CHARS)
            evr.exception_info = html_escape_tree(evr.exception_info or {}, MAX_VALUE_CHARS)
            cfg = evr.expectation_config
            if cfg is not None:
                cfg.kwargs = html_escape_tree(cfg.kwargs or {}, MAX_VALUE_CHARS)
        store.set(rid, result)


def _result_pages(runner) -> dict[str, str]:
    """{suite name: its validation page of this session} for the pages that exist."""
    out = {}
    for rid in runner.result_ids:
        page = site_dir(runner.root) / "validations" / ("/".join(rid.to_tuple()) + ".html")
        if page.exists():
            out[rid.expectation_suite_identifier.name] = str(page)
    return out


def _prune(root: Path) -> None:
    """Keep the results (and their pages) of the newest KEEP_RUNS run names only."""
    base = root / "gx" / "uncommitted" / "validations"
    if not base.exists():
        return
    runs: dict[str, float] = {}
    for f in base.rglob("*.json"):
        run_name = f.parent.parent.name  # .../<suite parts>/<run_name>/<run_time>/<batch>.json
        runs[run_name] = max(runs.get(run_name, 0.0), f.stat().st_mtime)
    old = sorted(runs, key=runs.get, reverse=True)[KEEP_RUNS:]
    if not old:
        return
    pages = site_dir(root) / "validations"
    for tree in (base, pages):
        for d in [p for p in tree.rglob("*") if p.is_dir() and p.name in old]:
            shutil.rmtree(d, ignore_errors=True)
