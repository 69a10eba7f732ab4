"""`newsfacts fetch`: discover + fetch alone, no warehouse.

With ``--json`` prints one JSON object per URL attempted (feeds, sitemaps and articles),
one outcome per URL: ``{"source", "url", "final_url", "outcome", "error", "bytes",
"http_status"}``, then one summary line ``{"summary": {...}}`` whose counts are those
lines'. A document read with a problem (a truncated sitemap) is "fetched" with error
"warning: ..." (counted in ``warnings`` too); a page in a language the extractor does not
read is "skipped" with error "language: ..." (counted in ``skipped_language``): it is
archived and the pipeline loads it as an article without facts. The full records also go
to a fetch log under ``$NEWSFACTS_LANDING/fetch-log/`` (JSON lines), next to what the
pipeline writes.

The command holds the home like a run (newsfacts.lock). It exits 0 when something was read
or nothing was new, and non-zero (EXIT_FAILED, one line on stderr) when every URL it tried
failed or was refused: a script can tell a dead source from a quiet one. Pages it archives
are loaded by the next run.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.archive import Archive
from newsfacts.errors import NothingAchieved, UserError
from newsfacts.fetch.core import discover, fetch_candidates
from newsfacts.fetch.models import OUTCOMES, FetchRecord
from newsfacts.fetch.state import open_state
from newsfacts.runfolder import cli_fetch_log
from newsfacts.settings import Settings
from newsfacts.sources import load_sources
from newsfacts.storage import Location


def write_fetch_log(records: list[FetchRecord], landing: Location,
                    stamp: str | None = None) -> Location:
    """The records as JSON lines in the landing zone (a local folder or a URL), written
    whole, where newsfacts.runfolder puts the CLI's fetch logs."""
    stamp = stamp or datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return cli_fetch_log(landing, stamp).write_text(
        "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records))


def run_fetch_command(args) -> int:
    from newsfacts.lock import HomeLock

    settings = Settings.from_env()
    sources = load_sources(sources_path_of(args, settings))
    with HomeLock(settings).hold(None, "newsfacts fetch"):
        return _fetch(args, settings, sources)


def achieved(records: list[FetchRecord]) -> bool:
    """Did a fetch read anything (a page or a feed, new or unchanged), or find nothing to
    try? False only when it tried URLs and every one failed or was refused."""
    if not records:
        return True
    return any(r.outcome in ("fetched", "unchanged", "duplicate") or r.new_article
               for r in records)


def _fetch(args, settings: Settings, sources) -> int:
    from newsfacts.sanitize import printable, safe_message  # what reaches the terminal

    as_json = bool(getattr(args, "json", False))
    settings.archive.mkdir(parents=True, exist_ok=True)
    state = open_state(settings)
    archive = Archive(settings.archive)
    t0 = time.monotonic()

    def emit(rec: FetchRecord) -> None:
        if as_json:
            print(json.dumps(rec.to_json_line(), ensure_ascii=False), flush=True)
        else:
            line = rec.to_json_line()  # credentials masked
            status = line["http_status"] if line["http_status"] is not None else "-"
            extra = f"  ({line['error']})" if line["error"] else ""
            print(printable(f"{rec.outcome:<9} {status!s:>3} {rec.bytes:>9}  "
                            f"[{line['source']}] {line['url']}{extra}"), flush=True)

    candidates, feed_records = discover(sources, state=state, settings=settings,
                                        include_feed_success=True)
    for rec in feed_records:
        emit(rec)
    page_records = fetch_candidates(candidates, sources=sources, archive=archive, state=state,
                                    settings=settings, progress=emit)
    records = feed_records + page_records
    log_path = None
    try:
        log_path = write_fetch_log(records, settings.landing)
    except (OSError, UserError) as exc:  # UserError: the landing zone's store failed
        print(f"newsfacts fetch: could not write the fetch log: {safe_message(exc)}",
              file=sys.stderr)
    counts = Counter(r.outcome for r in records)
    summary = {
        "attempted": len(records),
        **{o: counts.get(o, 0) for o in OUTCOMES},
        "warnings": sum(1 for r in records if r.warning),
        "skipped_language": sum(1 for r in records if r.outcome == "skipped" and r.new_article),
        "articles": len(page_records),
        "bytes": sum(r.bytes for r in records),
        "elapsed_s": round(time.monotonic() - t0, 3),
        "sources": sum(1 for s in sources if s.enabled),
        "fetch_log": str(log_path) if log_path else None,
    }
    if as_json:
        print(json.dumps({"summary": summary}), flush=True)
    else:
        print("summary: " + ", ".join(f"{k}={v}" for k, v in summary.items()), flush=True)
    if not achieved(records):
        raise NothingAchieved(
            f"every URL failed or was refused ({counts.get('error', 0)} errors, "
            f"{counts.get('skipped', 0)} skipped of {len(records)}): check the sources "
            f"({sources_path_of(args, settings)}) and the errors above")
    return 0


def sources_path_of(args, settings: Settings) -> Path:
    return Path(args.sources).expanduser() if getattr(args, "sources", None) \
        else settings.sources
