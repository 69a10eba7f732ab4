"""Replay and backfill: which pages a run works on besides the newly discovered ones.

A run has a *scope*:

- ``normal``: discover new articles, fetch, extract (the hourly run).
- ``backfill``: a run for a past data interval [since, until): only new candidates
  *published* in the interval are fetched, and archived pages *published or fetched* in the
  interval are re-extracted. Running the same interval twice gives the same facts (the loader
  replaces an article's rows), so backfills are idempotent.
- ``replay``: nothing is fetched; archived raw pages published or fetched on/after ``since``
  (and before ``until`` if given) are re-extracted with the current extractor version, and
  loading them supersedes the rows the older extractor version wrote (same article id).
- ``rebuild``: nothing is fetched; every archived page is re-extracted and loaded
  (`newsfacts rebuild`: a lost or deleted working warehouse comes back whole).

The archived pages are listed by the dbt model ``int_pages_archived`` (a view over the raw
layer: one row per loaded article, its content hash, URLs, dates and fetch metadata) and by
the fetch state (every page a fetch stored, newsfacts.fetch.state), so a replay or rebuild
also finds pages the warehouse lacks (never loaded, or the warehouse is gone); their bytes
come from the immutable archive.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from newsfacts.settings import Settings

log = logging.getLogger("newsfacts.replay")

MODES = ("normal", "backfill", "replay", "rebuild")


def parse_when(value) -> datetime | None:
    """A date or timestamp (ISO 8601, RFC 2822, date, datetime) as an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                dt = parsedate_to_datetime(text)
            except (TypeError, ValueError):
                return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def _is_day(value) -> bool:
    if isinstance(value, date) and not isinstance(value, datetime):
        return True
    return isinstance(value, str) and len(value.strip()) == 10


def in_window(value, since: datetime | None, until: datetime | None) -> bool:
    """A timestamp in [since, until); a bare date (a whole day) when the day overlaps it."""
    when = parse_when(value)
    if when is None:
        return False
    if _is_day(value):
        day_end = when + timedelta(days=1)
        return (since is None or day_end > since) and (until is None or when < until)
    return (since is None or when >= since) and (until is None or when < until)


@dataclass(frozen=True)
class RunScope:
    mode: str = "normal"
    since: str | None = None  # ISO 8601 UTC
    until: str | None = None
    run_type: str | None = None

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"run scope mode must be one of {MODES}, not {self.mode!r}")

    @property
    def since_dt(self) -> datetime | None:
        return parse_when(self.since)

    @property
    def until_dt(self) -> datetime | None:
        return parse_when(self.until)

    @property
    def fetches(self) -> bool:
        return self.mode not in ("replay", "rebuild")

    def keeps_candidate(self, published) -> bool:
        """Backfill keeps only new candidates published in its interval."""
        if self.mode != "backfill":
            return True
        return in_window(published, self.since_dt, self.until_dt)

    def keeps_archived(self, published, fetched_at) -> bool:
        if self.mode == "rebuild":
            return True
        return (in_window(published, self.since_dt, self.until_dt)
                or in_window(fetched_at, self.since_dt, self.until_dt))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def replay(cls, since, until=None) -> RunScope:
        s = parse_when(since)
        if s is None:
            raise ValueError(f"replay needs a start date (YYYY-MM-DD or ISO 8601), got {since!r}")
        u = parse_when(until)
        return cls("replay", s.isoformat(), u.isoformat() if u else None)

    @classmethod
    def backfill(cls, since, until, run_type: str | None = "backfill") -> RunScope:
        s, u = parse_when(since), parse_when(until)
        if s is None or u is None:
            raise ValueError("a backfill needs a data interval (start and end)")
        return cls("backfill", s.isoformat(), u.isoformat(), run_type)


def scope_for_run(params: dict | None, run_type: str | None = None,
                  data_interval_start=None, data_interval_end=None) -> RunScope:
    """The scope of one DAG run, from its params, run type and data interval (as the
    Airflow adapter, newsfacts.airflow_context, describes the run).

    ``replay_since`` (param) makes a replay run. ``window``: ``auto`` (default) limits the
    run to its data interval only when it is a backfill run (``airflow backfill create``);
    ``interval`` always limits it; ``all`` never does."""
    params = params or {}
    if params.get("replay_since"):
        s = RunScope.replay(params["replay_since"], params.get("replay_until"))
        return RunScope(s.mode, s.since, s.until, run_type)
    window = params.get("window") or "auto"
    if window not in ("auto", "interval", "all"):
        raise ValueError(f"window must be auto, interval or all, not {window!r}")
    limited = window == "interval" or (window == "auto" and run_type == "backfill")
    if limited and data_interval_start is not None and data_interval_end is not None:
        return RunScope.backfill(data_interval_start, data_interval_end, run_type)
    return RunScope("normal", run_type=run_type)


ARCHIVED_MODEL = "int_pages_archived"  # dbt_project/models/intermediate


def archived_pages(settings: Settings, scope: RunScope) -> list[dict]:
    """Pages in the archive that the scope re-extracts (page descriptors for plan/extract)."""
    from newsfacts.archive import Archive
    from newsfacts.warehouse import Warehouse

    if scope.mode == "normal":
        return []
    warehouse = Warehouse.of(settings)
    rows = warehouse.archived_pages(f"intermediate.{ARCHIVED_MODEL}")
    if rows is None and warehouse.has_raw("articles"):
        # a warehouse dbt has not built this model in yet (an older version's): build it
        from newsfacts.transform import run_dbt

        log.info("replay: building the dbt model %s first", ARCHIVED_MODEL)
        run_dbt(settings, ["run", "--select", ARCHIVED_MODEL])
        rows = warehouse.archived_pages(f"intermediate.{ARCHIVED_MODEL}")
    archive = Archive(settings.archive)
    listed = [{"url": r["url"], "canonical_url": r["canonical_url"], "source": r["source"],
               "title": r["title"], "published": r["published"],
               "fetched_at": r["fetched_at"], "content_sha256": r["content_sha256"],
               "content_type": r["content_type"], "language": r["language"],
               "outcome": "fetched", "previous_extractor_version": r["extractor_version"]}
              for r in rows or []]
    # pages the fetch state knows the warehouse does not list: never loaded, or the
    # warehouse is gone (then this is every page ever stored)
    from newsfacts.fetch.state import open_state

    known = {p["content_sha256"] for p in listed}
    extra = [p for p in open_state(settings).stored_pages() if p["content_sha256"] not in known]
    if extra:
        log.info("%s: %d archived pages the warehouse does not list come from the fetch state",
                 scope.mode, len(extra))
    pages, missing = [], 0
    for page in listed + extra:
        if not scope.keeps_archived(page["published"], page["fetched_at"]):
            continue
        if not archive.exists(page["content_sha256"]):
            missing += 1
            continue
        pages.append(page)
    if missing:
        log.warning("replay: %d archived articles in scope have no raw page in the archive "
                    "(%s); they keep their current facts", missing, settings.archive)
    return pages
