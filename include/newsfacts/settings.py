"""One settings object for the whole project, read from environment variables.

Every value a user may set is a typed field of :class:`Settings` (fetch limits: of
:class:`FetchConfig`, its ``fetch`` field), read from one ``NEWSFACTS_*`` variable with a
documented default: :data:`VARIABLES` lists them all, the README's settings table documents
the same list, and tests/pipeline/test_settings.py sets each one and reads it back. A bad
value stops with a :class:`~newsfacts.errors.ConfigError` naming the variable.

Every path the pipeline writes derives from ``NEWSFACTS_HOME`` here, as a field (when a
variable may move it) or a property (fetch state, logs, dbt's target and logs, the GX
project, alerts, published docs), never in the module that uses it. The embedded default
works from a fresh clone with no configuration at all.

The landing zone is the one path that may live on object storage (see newsfacts.storage);
every other path is a local file or folder (the DuckDB warehouse has one writer, and readers
open the published file). Building settings reads the environment only: no file is touched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from newsfacts import __version__
from newsfacts.errors import ConfigError
from newsfacts.storage import Location, location

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent
DEMO_DIR = PACKAGE_DIR / "demo"

Resolver = Callable[[str, int], Iterable[str]]


def _limit(default, doc: str):
    """A fetch limit: a field with a default and the line that documents it."""
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class FetchConfig:
    """Limits of discover and fetch. Each is ``NEWSFACTS_FETCH_<NAME>`` in the environment
    (``max_bytes`` -> ``NEWSFACTS_FETCH_MAX_BYTES``); a source may set its own ``timeout``,
    ``max_bytes`` and ``rate_limit`` (sources.py); tests pass a FetchConfig."""

    connect_timeout: float = _limit(10.0, "seconds to open a TCP/TLS connection")
    read_timeout: float = _limit(20.0, "seconds of silence allowed while reading")
    total_timeout: float = _limit(60.0, "seconds per request, headers and body included")
    max_bytes: int = _limit(10 * 1024 * 1024,
                            "byte cap per response, on the wire and decompressed")
    max_redirects: int = _limit(5, "redirect hops per request")
    retries: int = _limit(2, "extra attempts after 429/5xx/connection failures")
    backoff: float = _limit(2.0, "first backoff in seconds (doubles each retry)")
    max_retry_after: float = _limit(120.0, "longest Retry-After honoured (seconds); longer "
                                    "is an error")
    workers: int = _limit(8, "hosts fetched in parallel (one connection per host)")
    max_attempts: int = _limit(5, "runs that retry a failing article before giving up")
    robots_ttl: float = _limit(86400.0, "seconds a robots.txt stays cached")
    max_feed_items: int = _limit(20000, "items read from one feed or sitemap")
    max_sitemaps: int = _limit(50, "child sitemaps read per sitemap index")
    max_folder_files: int = _limit(100000, "files read from one folder source")
    # Test hooks, never set in production (no variable): a resolver (host, port) -> IP
    # strings used instead of the system resolver, and addresses treated as public.
    resolver: Resolver | None = field(default=None, compare=False, repr=False,
                                      metadata={"hook": True})
    public_addresses: frozenset[str] = field(default=frozenset(), metadata={"hook": True})

    def with_(self, **kwargs) -> FetchConfig:
        return replace(self, **kwargs)

    @classmethod
    def limits(cls) -> list:
        """The fields a user may set (every field but the test hooks)."""
        return [f for f in fields(cls) if not f.metadata.get("hook")]


@dataclass(frozen=True)
class Variable:
    """One environment variable: the setting it fills, its default and meaning (as the
    README's settings table shows them)."""

    name: str
    attr: str  # Settings attribute; "fetch.<field>" for a fetch limit
    kind: str  # path | location | json | int | float | str | bool | schedule
    default: str
    doc: str


VARIABLES: tuple[Variable, ...] = (
    Variable("NEWSFACTS_HOME", "home", "path", "./var (under the current directory)",
             "root of everything the pipeline writes"),
    Variable("NEWSFACTS_SOURCES", "sources", "path", "the bundled demo sources",
             "sources YAML"),
    Variable("NEWSFACTS_LANDING", "landing", "location", "$NEWSFACTS_HOME/landing",
             "per-run batch files: a local folder or an fsspec URL (s3://bucket/prefix)"),
    Variable("NEWSFACTS_LANDING_OPTIONS", "landing.options", "json", "none",
             'JSON fsspec storage options for a URL landing zone, e.g. '
             '{"endpoint_url": "http://minio:9000"}'),
    Variable("NEWSFACTS_ARCHIVE", "archive", "path", "$NEWSFACTS_HOME/archive",
             "raw pages, content-addressed, gzip, immutable"),
    Variable("NEWSFACTS_WAREHOUSE", "warehouse", "path",
             "$NEWSFACTS_HOME/warehouse/newsfacts.duckdb", "working warehouse (one writer)"),
    Variable("NEWSFACTS_PUBLISHED", "published", "path",
             "$NEWSFACTS_HOME/published/newsfacts.duckdb", "the file readers open"),
    Variable("NEWSFACTS_EXPORTS", "exports", "path", "$NEWSFACTS_HOME/published/parquet",
             "Parquet exports of the published marts (`current/` symlink)"),
    Variable("NEWSFACTS_DBT_PROJECT_DIR", "dbt_project_dir", "path", "dbt_project/",
             "the dbt project (profiles.yml inside)"),
    Variable("NEWSFACTS_BATCH_SIZE", "batch_size", "int", "10", "articles per extract task"),
    Variable("NEWSFACTS_FETCH_GROUPS", "fetch_groups", "int", "8",
             "fetch tasks per run at most (hosts are spread over them; one host stays in one)"),
    Variable("NEWSFACTS_USER_AGENT", "user_agent", "str", "newsfacts/<version> (+url)",
             "HTTP user agent (a source may set its own)"),
    Variable("NEWSFACTS_ALERT_WEBHOOK", "alert_webhook", "str", "none",
             "URL a failed task's alert is POSTed to (JSON)"),
    Variable("NEWSFACTS_SCHEDULE", "schedule", "schedule", "@hourly",
             "the DAG's schedule (cron, preset, or none)"),
    Variable("NEWSFACTS_DISABLED_RULES", "disabled_rules", "str", "none",
             "extraction rule ids to switch off, comma-separated (experiments; "
             "`newsfacts eval --by-rule` lists the ids)"),
    Variable("NEWSFACTS_PUBLISH_DOCS", "publish_docs", "bool", "1",
             "1: publish regenerates the dbt docs site when the project changed; 0: never"),
    Variable("NEWSFACTS_EXTRACT_PAGE_SECONDS", "extract_page_seconds", "float", "60.0",
             "CPU seconds the extractor may spend on one page; a page over it is quarantined "
             "with its reason and the batch goes on (0: no budget)"),
    Variable("NEWSFACTS_RETENTION_DAYS", "retention_days", "int", "30",
             "run folders of the landing zone, run logs and GX validation results older than "
             "this are deleted when a run starts (0: keep everything)"),
    Variable("NEWSFACTS_LOCK_WAIT", "lock_wait", "float", "0.0",
             "seconds a run waits for another run holding the same home before it gives up "
             "(exit code 75)"),
    Variable("NEWSFACTS_LOCK_STALE", "lock_stale", "float", "900.0",
             "seconds without a sign of life after which an Airflow run's hold on the home "
             "counts as dead (a killed scheduler, `airflow dags test` killed)"),
    Variable("NEWSFACTS_WAREHOUSE_WAIT", "warehouse_wait", "float", "300.0",
             "seconds a step waits, retrying, while another process (a reader) holds the "
             "working warehouse, before it fails naming that process"),
    *(Variable(f"NEWSFACTS_FETCH_{f.name.upper()}", f"fetch.{f.name}",
               type(f.default).__name__, str(f.default), f.metadata["doc"])
      for f in FetchConfig.limits()),
)


def _path(env: Mapping[str, str], name: str, default: Path) -> Path:
    value = env.get(name)
    return Path(value).expanduser().resolve() if value else default


def _number(env: Mapping[str, str], name: str, default, kind: type = int, minimum=0):
    value = (env.get(name) or "").strip()
    if not value:
        return default
    try:
        number = kind(value)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{name}={value!r} is not {what}: set it to {what} "
                          f"(default {default})") from None
    if number < minimum:
        raise ConfigError(f"{name}={value!r} must be at least {minimum} (default {default})")
    return number


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = (env.get(name) or "").strip().lower()
    if not value:
        return default
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={value!r} is not a yes/no value: set it to 1 or 0")


def _schedule(value: str | None) -> str | None:
    if value is None or not value.strip():
        return "@hourly"
    return None if value.strip().lower() in ("none", "null", "manual") else value.strip()


def fetch_config_from_env(env: Mapping[str, str]) -> FetchConfig:
    """Every fetch limit from its ``NEWSFACTS_FETCH_*`` variable (the default if unset)."""
    values = {f.name: _number(env, f"NEWSFACTS_FETCH_{f.name.upper()}", f.default,
                              type(f.default))
              for f in FetchConfig.limits()}
    return FetchConfig(**values)


@dataclass(frozen=True)
class Settings:
    home: Path
    sources: Path
    landing: Location
    archive: Path
    warehouse: Path
    published: Path
    exports: Path
    dbt_project_dir: Path
    batch_size: int = 10
    fetch_groups: int = 8
    user_agent: str = f"newsfacts/{__version__} (+https://github.com/newsfacts/newsfacts)"
    alert_webhook: str | None = None
    schedule: str | None = "@hourly"
    publish_docs: bool = True
    extract_page_seconds: float = 60.0
    retention_days: int = 30
    lock_wait: float = 0.0
    lock_stale: float = 900.0
    warehouse_wait: float = 300.0
    disabled_rules: str = ""  # extraction rule ids switched off, comma-separated
    fetch: FetchConfig = field(default_factory=FetchConfig)
    # Test hooks, never set in production (no documented variable): NEWSFACTS_TEST_HOLD
    # names a checkpoint (newsfacts.faults) where the run stops and waits for a file in
    # NEWSFACTS_TEST_HOLD_DIR, so a test can kill it there or let it go on.
    test_hold: str | None = field(default=None, compare=False, repr=False)
    test_hold_dir: Path | None = field(default=None, compare=False, repr=False)
    # Internal (no documented variable): the token of a hold newsfacts.airflow_run took for
    # the `airflow dags test` it starts (NEWSFACTS_LOCK_TOKEN), so the DAG run's tasks work
    # under it (newsfacts.lock).
    lock_token: str | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        home = _path(env, "NEWSFACTS_HOME", Path.cwd() / "var")
        return cls(
            home=home,
            sources=_path(env, "NEWSFACTS_SOURCES", DEMO_DIR / "sources.yml"),
            landing=location(env.get("NEWSFACTS_LANDING") or home / "landing", env=env),
            archive=_path(env, "NEWSFACTS_ARCHIVE", home / "archive"),
            warehouse=_path(env, "NEWSFACTS_WAREHOUSE", home / "warehouse" / "newsfacts.duckdb"),
            published=_path(env, "NEWSFACTS_PUBLISHED", home / "published" / "newsfacts.duckdb"),
            exports=_path(env, "NEWSFACTS_EXPORTS", home / "published" / "parquet"),
            dbt_project_dir=_path(env, "NEWSFACTS_DBT_PROJECT_DIR", REPO_DIR / "dbt_project"),
            batch_size=_number(env, "NEWSFACTS_BATCH_SIZE", 10, minimum=1),
            fetch_groups=_number(env, "NEWSFACTS_FETCH_GROUPS", 8, minimum=1),
            user_agent=env.get("NEWSFACTS_USER_AGENT") or cls.user_agent,
            alert_webhook=env.get("NEWSFACTS_ALERT_WEBHOOK") or None,
            schedule=_schedule(env.get("NEWSFACTS_SCHEDULE")),
            publish_docs=_bool(env, "NEWSFACTS_PUBLISH_DOCS", True),
            extract_page_seconds=_number(env, "NEWSFACTS_EXTRACT_PAGE_SECONDS", 60.0, float),
            retention_days=_number(env, "NEWSFACTS_RETENTION_DAYS", 30),
            lock_wait=_number(env, "NEWSFACTS_LOCK_WAIT", 0.0, float),
            lock_stale=_number(env, "NEWSFACTS_LOCK_STALE", 900.0, float, minimum=1),
            warehouse_wait=_number(env, "NEWSFACTS_WAREHOUSE_WAIT", 300.0, float),
            disabled_rules=(env.get("NEWSFACTS_DISABLED_RULES") or "").strip(),
            fetch=fetch_config_from_env(env),
            test_hold=env.get("NEWSFACTS_TEST_HOLD") or None,
            test_hold_dir=_path(env, "NEWSFACTS_TEST_HOLD_DIR", home / "test-hold"),
            lock_token=env.get("NEWSFACTS_LOCK_TOKEN") or None,
        )

    def with_overrides(self, **kwargs) -> Settings:
        return replace(self, **kwargs)

    # --- paths derived from the home (no variable moves them) -------------------------
    @property
    def state(self) -> Path:
        """Fetch state (what was fetched, conditional-GET validators, robots.txt cache):
        one folder for the DAG, `newsfacts run` and `newsfacts fetch` alike."""
        return self.home / "state"

    @property
    def legacy_state(self) -> Path:
        """Where `newsfacts fetch` kept its own fetch state before; merged into ``state``."""
        return self.home / "fetch-state"

    @property
    def logs(self) -> Path:
        """One log file per run: `newsfacts run` / `replay` / `rebuild` (the run id's name)
        and `airflow dags test` through newsfacts.airflow_run. Kept NEWSFACTS_RETENTION_DAYS."""
        return self.home / "logs"

    @property
    def locks(self) -> Path:
        """The home's lock and the hold of the run that owns it (newsfacts.lock)."""
        return self.home / "locks"

    @property
    def dbt_target(self) -> Path:
        """dbt's target folder (manifest, run_results.json) for `dbt build`."""
        return self.home / "dbt" / "target"

    @property
    def dbt_docs_target(self) -> Path:
        """dbt's target folder for `dbt docs generate` (kept apart from the build's)."""
        return self.home / "dbt" / "docs-target"

    @property
    def dbt_logs(self) -> Path:
        return self.home / "dbt" / "logs"

    @property
    def gx_project(self) -> Path:
        """The folder GX keeps its file context in (it creates ``gx/`` inside): suites,
        validation results and the data docs site."""
        return self.home

    @property
    def alerts_file(self) -> Path:
        """One JSON line per failed task (newsfacts.quality.alerts)."""
        return self.home / "alerts" / "alerts.jsonl"

    @property
    def docs(self) -> Path:
        """The published dbt docs site (a symlink swapped by publish)."""
        return self.published.parent / "docs"

    def ensure_dirs(self) -> None:
        for p in (self.archive, self.warehouse.parent, self.published.parent, self.exports):
            p.mkdir(parents=True, exist_ok=True)
        self.landing.mkdir()  # a local folder; object stores have no folders to make
