"""GX data docs: a file-backed GX context rooted at NEWSFACTS_HOME/gx with one local site.

The context is a runtime artefact, not configuration: suites live in code
(newsfacts.quality.suites) and are written into the context on every validation, so the
JSON GX keeps under NEWSFACTS_HOME/gx is derived and never edited by hand. Each step that
validates renders the new results into the site (only the new pages plus the index), then
prunes results older than the last KEEP_RUNS runs so the site stays small and fast.
Everything is local: building the site needs no network (the HTML links GX's CSS/JS from
a CDN, so offline it renders unstyled but complete).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

log = logging.getLogger("newsfacts.quality")

KEEP_RUNS = 20
SITE = "local_site"


def project_root(settings) -> Path:
    """GX creates its `gx/` folder in here (settings.gx_project: NEWSFACTS_HOME)."""
    return settings.gx_project


def file_context(root: Path):
    import great_expectations as gx

    root.mkdir(parents=True, exist_ok=True)
    return gx.get_context(mode="file", project_root_dir=str(root))


def site_dir(root: Path) -> Path:
    return root / "gx" / "uncommitted" / "data_docs" / SITE


def build(runner) -> str | None:
    """Render this session's validation results; returns the site's index.html path."""
    if runner.root is None or not runner.result_ids:
        return None
    try:
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
        )

        _prune(runner.root)
        suites = [ExpectationSuiteIdentifier(name=n) for n in sorted(runner.suite_names)]
        runner.context.build_data_docs(site_names=[SITE],
                                       resource_identifiers=[*suites, *runner.result_ids])
    except Exception as exc:  # docs are a report: never let them fail the gate itself
        log.warning("could not build GX data docs: %s", exc)
        return None
    index = site_dir(runner.root) / "index.html"
    return str(index) if index.exists() else None


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
