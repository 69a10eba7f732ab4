"""`newsfacts query`: SQL over the published warehouse, read-only, with nothing but the venv
(no DuckDB CLI needed). The SQL comes from the argument or from standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from newsfacts.errors import UserError
from newsfacts.settings import Settings


def run_query(sql: str | None = None, published: str | None = None, max_rows: int = 100,
              out=None) -> int:
    import duckdb

    out = out or sys.stdout
    path = Path(published) if published else Settings.from_env().published
    if not path.exists():
        raise UserError(f"no published warehouse at {path}: run the pipeline first "
                        "(bash scripts/demo.sh), or pass --published FILE")
    text = sql if sql is not None else sys.stdin.read()
    if not text.strip():
        raise UserError("no SQL given: pass it as an argument or on standard input")
    con = duckdb.connect(str(path), read_only=True)
    try:
        rel = con.sql(text)
        if rel is None:
            return 0
        rel.show(max_rows=max_rows, max_width=10_000)
        out.flush()
    except duckdb.Error as exc:
        raise UserError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    return 0
