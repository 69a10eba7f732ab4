"""One settings object for the whole project, read from environment variables.

Every path has a default relative to the repository (or the current directory for data),
so the embedded default works from a fresh clone with no configuration at all.

| variable                     | default                                   | meaning                                  |
|------------------------------|-------------------------------------------|------------------------------------------|
| NEWSFACTS_HOME               | ./var (under the current directory)       | root of all data the pipeline writes     |
| NEWSFACTS_SOURCES            | bundled demo sources (demo/sources.yml)   | sources YAML                             |
| NEWSFACTS_LANDING            | $NEWSFACTS_HOME/landing                   | per-run batch files (Parquet, JSON): a   |
|                              |                                           | local folder or an fsspec URL            |
|                              |                                           | (s3://bucket/prefix, memory://x)         |
| NEWSFACTS_LANDING_OPTIONS    | (none)                                    | JSON object of fsspec storage options for|
|                              |                                           | a URL landing zone, e.g.                 |
|                              |                                           | {"endpoint_url": "http://minio:9000"}    |
| AWS_ENDPOINT_URL             | (AWS itself)                              | s3:// endpoint (MinIO, moto, ...) unless |
|                              |                                           | the options name one (or ..._URL_S3)     |
| AWS_ACCESS_KEY_ID,           | botocore's usual chain (~/.aws, roles)    | s3:// credentials and region, read by    |
| AWS_SECRET_ACCESS_KEY,       |                                           | botocore                                 |
| AWS_DEFAULT_REGION           |                                           |                                          |
| NEWSFACTS_ARCHIVE            | $NEWSFACTS_HOME/archive                   | raw pages, content-addressed, gzip       |
| NEWSFACTS_WAREHOUSE          | $NEWSFACTS_HOME/warehouse/newsfacts.duckdb| the working DuckDB file (one writer)     |
| NEWSFACTS_PUBLISHED          | $NEWSFACTS_HOME/published/newsfacts.duckdb| the file readers and BI tools open       |
| NEWSFACTS_EXPORTS            | $NEWSFACTS_HOME/published/parquet         | Parquet exports of the published marts   |
| NEWSFACTS_DBT_PROJECT_DIR    | <repo>/dbt_project                        | the dbt project (profiles.yml inside)    |
| NEWSFACTS_BATCH_SIZE         | 10                                        | articles per extract batch (map index)   |
| NEWSFACTS_USER_AGENT         | newsfacts/<version> (+repo url)           | default HTTP user agent                  |
| NEWSFACTS_ALERT_WEBHOOK      | (none)                                    | URL the failure alert is POSTed to (JSON)|
| NEWSFACTS_SCHEDULE           | @hourly                                   | the DAG's schedule (cron, preset, "none")|

The landing zone is the one setting that may live on object storage (see newsfacts.storage):
every other path is a local file or folder (the DuckDB warehouse has one writer, and readers
open the published file).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsfacts import __version__
from newsfacts.storage import Location, location

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent
DEMO_DIR = PACKAGE_DIR / "demo"


def _path(env: dict[str, str], name: str, default: Path) -> Path:
    value = env.get(name)
    return Path(value).expanduser().resolve() if value else default


def _int(env: dict[str, str], name: str, default: int) -> int:
    value = env.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise SystemExit(f"{name}={value!r} is not an integer: set it to a whole number") from None


def _schedule(value: str | None) -> str | None:
    if value is None or not value.strip():
        return "@hourly"
    return None if value.strip().lower() in ("none", "null", "manual") else value.strip()


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
    user_agent: str = f"newsfacts/{__version__} (+https://github.com/newsfacts/newsfacts)"
    extra: dict[str, str] = field(default_factory=dict)
    alert_webhook: str | None = None
    schedule: str | None = "@hourly"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
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
            batch_size=_int(env, "NEWSFACTS_BATCH_SIZE", 10),
            user_agent=env.get("NEWSFACTS_USER_AGENT") or cls.user_agent,
            alert_webhook=env.get("NEWSFACTS_ALERT_WEBHOOK") or None,
            schedule=_schedule(env.get("NEWSFACTS_SCHEDULE")),
        )

    def with_overrides(self, **kwargs) -> Settings:
        return replace(self, **kwargs)

    def ensure_dirs(self) -> None:
        for p in (self.archive, self.warehouse.parent, self.published.parent, self.exports):
            p.mkdir(parents=True, exist_ok=True)
        self.landing.mkdir()  # a local folder; object stores have no folders to make
