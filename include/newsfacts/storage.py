"""The landing zone's storage: a local folder or any fsspec URL (``s3://bucket/prefix``,
``memory://name``, ``file:///path``), used the same way.

Every step reads and writes the landing zone through :class:`Location`, a small path-like
object (``loc / "batch-1" / "articles.parquet"``, ``.name``, ``.parent``, ``.stem``) with
the few operations the pipeline needs: read/write bytes, text, JSON and Parquet (through
pyarrow), exists, list, glob one folder.

- A local path (or ``file://`` URL) is handled with the standard library only, as before:
  writes go to a temporary file in the same folder and are renamed into place, so a reader
  never sees half a file. fsspec is not even imported.
- Any other URL goes through ``fsspec.core.url_to_fs`` with the storage options from the
  environment (:func:`storage_options`). Each write is one PUT of the whole object, which
  object stores make atomic. Folders are implicit (``mkdir`` does nothing), and listings are
  never answered from s3fs's listing cache, so a step always sees what other workers wrote.
- Parquet is written and read as whole objects through pyarrow, so the loader inserts Arrow
  tables into DuckDB and DuckDB never needs an extension (httpfs) to reach the object store.

Steps pass each other locations as strings (``str(loc)``: a plain path locally, a URL
otherwise); :meth:`Location.at` turns such a string back into a location with the same
storage options.

Failures of a remote store (unreachable endpoint, missing bucket, bad credentials) raise
:class:`~newsfacts.errors.StorageError` (a ``UserError``) that names the URL and what
to check; a missing object stays a ``FileNotFoundError``.
"""

from __future__ import annotations

import contextlib
import fnmatch
import io
import json
import os
import posixpath
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsfacts.atomic import atomic_write
from newsfacts.errors import StorageError, UserError

__all__ = ["Location", "StorageError", "location", "split_url", "storage_options"]

OPTIONS_ENV = "NEWSFACTS_LANDING_OPTIONS"
_S3 = ("s3", "s3a")


def split_url(value: str) -> tuple[str | None, str]:
    """("s3", "bucket/key") for a URL; (None, path) for a plain local path."""
    if "://" in value:
        protocol, rest = value.split("://", 1)
        if protocol and protocol.replace("+", "").replace("-", "").isalnum():
            return protocol.lower(), rest
    return None, value


def storage_options(protocol: str | None, env: Mapping[str, str] | None = None) -> dict:
    """fsspec storage options for the landing zone, from the environment.

    ``NEWSFACTS_LANDING_OPTIONS`` holds them as a JSON object (e.g. ``{"endpoint_url":
    "http://127.0.0.1:9000"}``). For ``s3://`` the endpoint may also come from
    ``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL``; credentials and region are read by
    botocore itself from the standard ``AWS_*`` variables (or ``~/.aws``, or an instance role).
    """
    env = os.environ if env is None else env
    raw = (env.get(OPTIONS_ENV) or "").strip()
    options: dict[str, Any] = {}
    if raw:
        try:
            options = json.loads(raw)
        except ValueError as exc:
            raise UserError(f"{OPTIONS_ENV} is not valid JSON ({exc}): set it to a JSON "
                            'object of fsspec storage options, e.g. {"endpoint_url": '
                            '"http://127.0.0.1:9000"}') from None
        if not isinstance(options, dict):
            raise UserError(f"{OPTIONS_ENV} must be a JSON object of fsspec storage options, "
                            f"not {type(options).__name__}")
    if protocol in _S3 and "endpoint_url" not in options:
        endpoint = env.get("AWS_ENDPOINT_URL_S3") or env.get("AWS_ENDPOINT_URL")
        if endpoint:
            options["endpoint_url"] = endpoint
    return options


def location(value: str | os.PathLike | Location, options: Mapping[str, Any] | None = None,
             env: Mapping[str, str] | None = None) -> Location:
    """A Location for a local path or an fsspec URL. Without ``options``, a URL's storage
    options come from ``env`` (default: the process environment)."""
    if isinstance(value, Location):
        return value
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    protocol, rest = split_url(text)
    if protocol in (None, "file", "local"):
        return Location(str(Path(rest).expanduser().resolve()))
    if options is None:
        options = storage_options(protocol, env)
    return Location(f"{protocol}://{rest.rstrip('/')}", protocol, dict(options))


_SECRET_OPTIONS = ("key", "secret", "token", "password", "aws_access_key_id",
                   "aws_secret_access_key", "aws_session_token")
_SECRET_ENV = ("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID")


def _secrets(options: Mapping[str, Any]) -> list[str]:
    """Literal values a storage message must not repeat: credentials among the storage
    options (also nested, e.g. client_kwargs), the AWS keys of the environment, and the
    userinfo of any URL among the options (an endpoint_url)."""
    from newsfacts.sanitize import url_secrets

    out: list[str] = [os.environ.get(name) for name in _SECRET_ENV]

    def walk(obj) -> None:
        if isinstance(obj, Mapping):
            for k, v in obj.items():
                if isinstance(v, str) and str(k).lower() in _SECRET_OPTIONS:
                    out.append(v)
                walk(v)
        elif isinstance(obj, str) and "://" in obj:
            out.extend(url_secrets(obj))  # its userinfo, not the (public) endpoint

    walk(options)
    return [s for s in out if s]


class Location:
    """A file or folder of the landing zone: a local path or a URL on an fsspec store."""

    __slots__ = ("options", "protocol", "url")

    def __init__(self, url: str, protocol: str | None = None,
                 options: Mapping[str, Any] | None = None):
        self.url = url
        self.protocol = protocol
        self.options = dict(options or {})

    # --- names -------------------------------------------------------------------------
    @property
    def local(self) -> bool:
        return self.protocol is None

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"Location({self.url!r})"

    def __fspath__(self) -> str:
        if not self.local:
            raise TypeError(f"{self.url} is not a local path")
        return self.url

    def __eq__(self, other) -> bool:
        if isinstance(other, Location):
            return (self.protocol, self.url) == (other.protocol, other.url)
        if self.local and isinstance(other, (str, os.PathLike)):
            return self.url == os.fspath(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.url)

    def _child(self, url: str) -> Location:
        return Location(url, self.protocol, self.options)

    def __truediv__(self, part: str) -> Location:
        if self.local:
            return self._child(os.path.join(self.url, part))
        return self._child(f"{self.url}/{str(part).strip('/')}")

    @property
    def name(self) -> str:
        return posixpath.basename(self.url) if not self.local else os.path.basename(self.url)

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix

    @property
    def stem(self) -> str:
        return Path(self.name).stem

    @property
    def parent(self) -> Location:
        if self.local:
            return self._child(os.path.dirname(self.url))
        head, _ = self.url.rsplit("/", 1)
        return self._child(head) if not head.endswith(":/") else self

    def with_suffix(self, suffix: str) -> Location:
        return self.parent / (self.stem + suffix)

    def at(self, value: str | os.PathLike | Location) -> Location:
        """Another location named by a string (e.g. a path a previous step returned), with
        this location's storage options when it is on the same store."""
        if isinstance(value, Location):
            return value
        protocol, _ = split_url(os.fspath(value) if isinstance(value, os.PathLike)
                                else str(value))
        same = protocol == self.protocol and not self.local
        return location(value, self.options if same else None)

    # --- the store ---------------------------------------------------------------------
    def _fs(self):
        """(filesystem, path) for a remote location, with a clear error if it cannot work."""
        try:
            from fsspec.core import url_to_fs

            return url_to_fs(self.url, **self.options)
        except ImportError as exc:
            hint = "s3fs (a project dependency: run scripts/setup.sh)" \
                if self.protocol in _S3 else f"the fsspec implementation for {self.protocol}://"
            raise self._error(f"landing zone {self.url} needs {hint}: {exc}") from None
        except (ValueError, TypeError) as exc:
            raise self._error(f"landing zone {self.url}: {exc}: use a local folder or an "
                              f"fsspec URL such as s3://bucket/prefix (storage options in "
                              f"{OPTIONS_ENV})") from None

    def _error(self, message: str) -> StorageError:
        """The store's failure as a StorageError whose message never repeats a credential:
        URLs' ``user:pass@``, secret query values and the configured keys are masked."""
        from newsfacts.sanitize import mask_secrets

        return StorageError(mask_secrets(message, _secrets(self.options)))

    @contextlib.contextmanager
    def _remote(self, verb: str) -> Iterator[tuple[Any, str]]:
        fs, path = self._fs()
        try:
            yield fs, path
        except StorageError:
            raise
        except Exception as exc:
            if isinstance(exc, FileNotFoundError) and verb != "write":
                raise  # a missing object; a write finds none only when the bucket is missing
            first = str(exc).splitlines()[0] if str(exc) else ""
            where = ""
            if self.protocol in _S3:
                endpoint = self.options.get("endpoint_url") or "AWS"
                where = (f" (endpoint {endpoint}): check the bucket, the endpoint "
                         f"(AWS_ENDPOINT_URL or {OPTIONS_ENV}) and the credentials "
                         "(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION)")
            else:
                where = f": check NEWSFACTS_LANDING and {OPTIONS_ENV}"
            raise self._error(f"landing zone: cannot {verb} {self.url}: "
                              f"{type(exc).__name__}: {first}{where}") from None

    def mkdir(self) -> None:
        """Create the folder (and parents) locally; object stores have no folders."""
        if self.local:
            Path(self.url).mkdir(parents=True, exist_ok=True)

    def exists(self) -> bool:
        if self.local:
            return os.path.exists(self.url)
        with self._remote("check") as (fs, path):
            fs.invalidate_cache(path)
            return bool(fs.exists(path))

    def is_dir(self) -> bool:
        if self.local:
            return os.path.isdir(self.url)
        with self._remote("check") as (fs, path):
            fs.invalidate_cache(path)
            return bool(fs.isdir(path))

    def iterdir(self) -> list[Location]:
        """The entries directly inside this folder (none if it does not exist), sorted."""
        if self.local:
            if not os.path.isdir(self.url):
                return []
            return [self / n for n in sorted(os.listdir(self.url))]
        with self._remote("list") as (fs, path):
            fs.invalidate_cache(path)
            try:
                names = fs.ls(path, detail=False)
            except FileNotFoundError:
                return []
        return [self / posixpath.basename(n.rstrip("/")) for n in sorted(names)]

    def glob(self, pattern: str) -> list[Location]:
        """Entries of this folder whose name matches ``pattern`` (one level, fnmatch), sorted."""
        if "/" in pattern:
            raise ValueError(f"Location.glob takes a name pattern, not a path: {pattern!r}")
        return [c for c in self.iterdir() if fnmatch.fnmatchcase(c.name, pattern)]

    # --- reading -----------------------------------------------------------------------
    def read_bytes(self) -> bytes:
        if self.local:
            return Path(self.url).read_bytes()
        with self._remote("read") as (fs, path):
            return fs.cat_file(path)

    def read_text(self) -> str:
        return self.read_bytes().decode("utf-8")

    def read_json(self):
        """The file's JSON; a file that is not (truncated by a crash, edited by hand) is an
        expected error naming the file."""
        data = self.read_bytes()
        try:
            return json.loads(data)
        except ValueError as exc:
            raise UserError(f"{self.url} is not valid JSON ({exc}; {len(data)} bytes): the "
                            "file was cut short or damaged; remove it and rerun (pages not "
                            "loaded are offered to the next run)") from None

    def read_parquet(self, columns: list[str] | None = None):
        """The whole Parquet file as a pyarrow Table (optionally only some columns)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.local:
            return pq.read_table(self.url, columns=columns)
        return pq.read_table(pa.BufferReader(self.read_bytes()), columns=columns)

    def parquet_schema(self):
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.local:
            return pq.read_schema(self.url)
        return pq.read_schema(pa.BufferReader(self.read_bytes()))

    # --- writing -----------------------------------------------------------------------
    def write_bytes(self, data: bytes) -> Location:
        """Write the whole file at once: locally to a temporary file renamed into place,
        remotely as one PUT. Readers see the old file or the new one, never half of one."""
        if self.local:
            atomic_write(self.url, bytes(data))
            return self
        with self._remote("write") as (fs, path):
            fs.pipe_file(path, bytes(data))
        return self

    def write_text(self, text: str) -> Location:
        return self.write_bytes(text.encode("utf-8"))

    def write_json(self, obj, **dumps) -> Location:
        return self.write_text(json.dumps(obj, **dumps))

    def write_parquet(self, table) -> Location:
        """A pyarrow Table as one Parquet file."""
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        pq.write_table(table, buf)
        return self.write_bytes(buf.getvalue())

    def remove_tree(self) -> None:
        """Delete the folder and everything in it (no error if it is already gone)."""
        if self.local:
            shutil.rmtree(self.url, ignore_errors=True)
            return
        with self._remote("delete") as (fs, path):
            with contextlib.suppress(FileNotFoundError):
                fs.rm(path, recursive=True)
            fs.invalidate_cache(path)

    def remove(self) -> None:
        """Delete the file (no error if it is already gone)."""
        if self.local:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.url)
            return
        with self._remote("delete") as (fs, path):
            with contextlib.suppress(FileNotFoundError):
                fs.rm_file(path)
            fs.invalidate_cache(path)
