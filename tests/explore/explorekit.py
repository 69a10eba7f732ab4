"""Helpers of the explorer tests: a hostile statement for escaping checks, SQL on a file."""

from __future__ import annotations

from pathlib import Path

import duckdb

HOSTILE_SPEAKER = "Eve <img src=x onerror=window.__pwned=1>"
HOSTILE_QUOTE = ("<script>window.__pwned=2</script> **not bold** [click](javascript:alert(1)) "
                 "$x^2$")


def add_hostile_statement(published: Path) -> None:
    con = duckdb.connect(str(published))
    try:
        con.execute(
            "insert into fct_statement by name select 'hostile-1' as statement_key, article_key, "
            "? as speaker, ? as quote_text, 'direct' as statement_kind, 'said' as cue, "
            "'OTHER' as plover_category, ? as sentence, 0 as sentence_idx, 0 as start_char, "
            "1 as end_char, url, published_date, extractor_version, loaded_at, transformed_at "
            "from fct_statement order by published_date, statement_key limit 1",  # the oldest
            [HOSTILE_SPEAKER, HOSTILE_QUOTE, f"{HOSTILE_SPEAKER} said: {HOSTILE_QUOTE}"])
    finally:
        con.close()


def rows(published: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(published), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
