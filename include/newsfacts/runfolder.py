"""The landing zone's layout: every name a run writes there, and nowhere else.

The steps of a run hand each other files in the run's folder of the landing zone (a local
folder or an object-store prefix, see newsfacts.storage). :class:`RunFolder` names them and
reads and writes them; a step asks it for a path or a count instead of building a name or
re-reading what it just wrote. Steps still pass each other plain strings (a path or URL that
:meth:`RunFolder.at` turns back into a location), so Airflow's XComs stay tiny.

    <landing>/<run>/                     one folder per run (its id made file-safe)
      candidates-NNN.json                discover: the candidate articles of fetch group NNN
      fetch_log-discover.parquet         discover: feed/sitemap-level fetch records
      fetch_log-NNN.parquet              fetch: one record per URL of group NNN
      pages-NNN.json                     fetch: the pages group NNN archived
      pages-archived.json                archived: archived pages a backfill/replay re-extracts
      batch-<id>.json                    plan: one extract batch (its pages)
      batch-<id>/<table>.parquet         extract: one file per raw table (records.SCHEMAS)
      batch-<id>/manifest.json           extract: batch id, extractor version, rows per table
      metrics/_run.json                  the run's scope (written by its first step)
      metrics/<task>[-<key>].json        one record per step and map key (newsfacts.metrics)
    <landing>/fetch-log/fetch-<stamp>.jsonl   `newsfacts fetch`: its records (outside any run)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsfacts.errors import UserError
from newsfacts.storage import Location

BATCH_PREFIX = "batch-"
METRICS = "metrics"
RUN_INFO = "_run.json"
CLI_FETCH_LOGS = "fetch-log"


def safe_name(run_id: str) -> str:
    """A run id as a folder name (Airflow run ids carry ':' and '+')."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id)[:120]


def _json(path: Location, obj) -> str:
    """Write a JSON file whole; returns its path or URL for the next step."""
    return str(path.write_json(obj, ensure_ascii=False, indent=1))


@dataclass
class Batch:
    """One extract batch as extract wrote it: a folder with one Parquet file per raw table
    and a manifest (batch id, extractor version, rows per table)."""

    dir: Location
    _manifest: dict | None = field(default=None, repr=False)

    @property
    def manifest(self) -> dict:
        if self._manifest is None:
            self._manifest = (self.dir / "manifest.json").read_json()
        return self._manifest

    @property
    def batch_id(self) -> str:
        return self.manifest["batch_id"]

    @property
    def extractor_version(self) -> str:
        return self.manifest["extractor_version"]

    @property
    def counts(self) -> dict[str, int]:
        """Rows per raw table, as extract counted them when it wrote the files."""
        return dict(self.manifest.get("counts") or {})

    def file(self, table: str) -> Location:
        return self.dir / f"{table}.parquet"

    def table(self, table: str):
        """The batch's rows of one raw table as an Arrow table, or None without a file."""
        path = self.file(table)
        return path.read_parquet() if path.exists() else None


class RunFolder:
    """The folder of one run in the landing zone, and every name in it."""

    def __init__(self, landing: Location, run_id: str):
        self.landing = landing
        self.run_id = run_id
        self.path = landing / safe_name(run_id)

    @classmethod
    def of(cls, settings, run_id: str) -> RunFolder:
        return cls(settings.landing, run_id)

    @classmethod
    def all(cls, landing: Location) -> list[RunFolder]:
        """Every run folder of a landing zone (their ids are the folder names: the file-safe
        form; the metrics records carry the real run id)."""
        return [cls(landing, d.name) for d in landing.iterdir()
                if d.name != CLI_FETCH_LOGS and not d.name.startswith(".")]

    def __repr__(self) -> str:
        return f"RunFolder({self.path})"

    def at(self, value: str | Location) -> Location:
        """A location a previous step returned (a path or URL string)."""
        return self.landing.at(value)

    def mkdir(self) -> RunFolder:
        self.path.mkdir()
        return self

    # --- discover and fetch ------------------------------------------------------------
    def write_candidates(self, groups: Iterable[list[dict]]) -> list[str]:
        """One candidates-NNN.json per fetch group; their paths, in order."""
        return [_json(self.path / f"candidates-{i:03d}.json", g) for i, g in enumerate(groups)]

    @staticmethod
    def group_tag(candidates_path: str | Location) -> str:
        """candidates-007.json -> 007: names the group's fetch log and page list."""
        name = str(candidates_path).replace("\\", "/").rsplit("/", 1)[-1]
        return name.removeprefix("candidates-").removesuffix(".json")

    def read_list(self, path: str | Location) -> list[dict]:
        """A candidates or pages file (a JSON list)."""
        return self.at(path).read_json()

    def fetch_log(self, tag: str) -> Location:
        """fetch_log-<tag>.parquet: tag "discover", or the fetch group's tag."""
        return self.path / f"fetch_log-{tag}.parquet"

    def fetch_logs(self) -> list[Location]:
        return self.path.glob("fetch_log-*.parquet")

    def fetch_log_table(self):
        """Every fetch record of the run as one Arrow table (None if there are none)."""
        import pyarrow as pa

        files = self.fetch_logs()
        if not files:
            return None
        return pa.concat_tables([f.read_parquet() for f in files])  # all of one schema

    def write_pages(self, tag: str, pages: list[dict]) -> str:
        """pages-<tag>.json: the pages a fetch group archived (tag "archived": a replay's)."""
        return _json(self.path / f"pages-{tag}.json", pages)

    # --- plan and extract --------------------------------------------------------------
    def write_batch_plan(self, batch_id: str, pages: list[dict]) -> str:
        return _json(self.path / f"{BATCH_PREFIX}{batch_id}.json",
                     {"batch_id": batch_id, "run_id": self.run_id, "pages": pages})

    def read_batch_plan(self, path: str | Location) -> tuple[str, list[dict]]:
        """(batch id, pages) of a batch-<id>.json plan."""
        plan = self.at(path).read_json()
        return plan["batch_id"], plan["pages"]

    @staticmethod
    def batch_id_of(path: str | Location) -> str:
        """batch-<id>.json (a plan) or batch-<id> (its output) -> <id>."""
        name = str(path).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        return name.removeprefix(BATCH_PREFIX).removesuffix(".json")

    def batch_dir(self, batch_id: str) -> Location:
        return self.path / f"{BATCH_PREFIX}{batch_id}"

    def write_batch(self, batch_id: str, tables: dict[str, list[dict]],
                    extractor_version: str) -> Batch:
        """batch-<id>/: one Parquet file per raw table (an empty file with the schema when a
        table has no rows), then the manifest last: a batch with a manifest is complete."""
        from newsfacts.records import write_table

        out = self.batch_dir(batch_id)
        for table, rows in tables.items():
            write_table(rows, table, out / f"{table}.parquet")
        manifest = {"batch_id": batch_id, "extractor_version": extractor_version,
                    "counts": {t: len(r) for t, r in tables.items()}}
        _json(out / "manifest.json", manifest)
        return Batch(out, manifest)

    def batch(self, path: str | Location) -> Batch:
        return Batch(self.at(path))

    # --- metrics ------------------------------------------------------------------------
    @property
    def metrics_dir(self) -> Location:
        return self.path / METRICS

    def write_metric(self, record: dict) -> None:
        """metrics/<task>[-<key>].json; a retry overwrites its own record."""
        name = f"{record['task']}-{record['map_key']}.json" if record.get("map_key") \
            else f"{record['task']}.json"
        (self.metrics_dir / name).write_json(record, default=str)

    def metric(self, task: str, key: str = "") -> dict | None:
        """One step's record, as it last wrote it (None if it never did)."""
        path = self.metrics_dir / (f"{task}-{key}.json" if key else f"{task}.json")
        try:
            return path.read_json() if path.exists() else None
        except (OSError, ValueError, UserError):
            return None

    def has_run_info(self) -> bool:
        return (self.metrics_dir / RUN_INFO).exists()

    def write_run_info(self, info: dict) -> None:
        (self.metrics_dir / RUN_INFO).write_json(info, default=str)

    def read_metrics(self) -> tuple[dict, list[dict]]:
        """(run info, step records) as the steps wrote them (none if nothing was)."""
        info, records = {}, []
        for p in self.metrics_dir.glob("*.json"):
            try:
                data = p.read_json()
            except (OSError, ValueError, UserError):  # torn by a kill: skip it
                continue
            if p.name == RUN_INFO:
                info = data
            else:
                records.append(data)
        return info, records


def cli_fetch_log(landing: Location, stamp: str) -> Location:
    """Where `newsfacts fetch` writes its records (JSON lines), outside any run folder."""
    return landing / CLI_FETCH_LOGS / f"fetch-{stamp}.jsonl"
