"""Connections to the working warehouse. Every connection in this process uses the same
configuration (DuckDB refuses two configurations for one file in one process), and is
closed as soon as its step ends so that dbt, in its own process, can take the write lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


@contextmanager
def connect(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        yield con
    finally:
        con.close()


@contextmanager
def connect_readonly(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """For readers in their own process (tests, the summary): never blocks the pipeline."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        yield con
    finally:
        con.close()


def table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, table]).fetchone()[0])
