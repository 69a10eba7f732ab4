"""One owner for the warehouse's raw and audit tables: SQL that writes the warehouse
(CREATE TABLE, INSERT, DELETE, COPY, ALTER, UPDATE, DROP) appears in newsfacts.warehouse
alone, publish's snapshot aside (it copies the marts into the published file and exports
them); dbt's models are SQL files, not Python, and are not looked at here."""

from __future__ import annotations

import ast
import re

import duckdb
import pytest

from newsfacts.settings import PACKAGE_DIR
from newsfacts.warehouse import AUDIT_TABLES, Warehouse, all_tables, ensure_schema

WRITE_SQL = re.compile(
    r"\b(?:create\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?(?:table|schema|view)"
    r"|insert\s+(?:or\s+\w+\s+)?into|delete\s+from|copy\s*\(|copy\s+[\w.]+\s+(?:from|to)"
    r"|alter\s+table|drop\s+(?:table|schema|view)|update\s+[\w.]+\s+set|truncate)\b",
    re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def sql_strings(source: str) -> list[str]:
    """Every string literal of a module (an f-string's literal parts joined with {}),
    docstrings left out."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    inner = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            out.append("".join(v.value if isinstance(v, ast.Constant) else "{}"
                               for v in node.values))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in skip and id(node) not in inner):
            out.append(node.value)
    return out


def _writes() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR).as_posix()
        hits = [s for s in sql_strings(path.read_text(encoding="utf-8")) if WRITE_SQL.search(s)]
        if hits:
            found[rel] = hits
    return found


def test_the_scan_finds_write_sql():
    src = 'X = 1\ndef f(t):\n    """delete from docs is fine"""\n' \
          '    con.execute(f"insert into raw.{t} select 1")\n    return "DELETE FROM x"\n'
    hits = [s for s in sql_strings(src) if WRITE_SQL.search(s)]
    assert sorted(hits) == ["DELETE FROM x", "insert into raw.{} select 1"]
    assert not WRITE_SQL.search("select * from marts.fct_visit where deleted is null")


def test_only_the_warehouse_module_writes_the_warehouse():
    writes = _writes()
    assert "warehouse.py" in writes
    others = {m: s for m, s in writes.items() if m not in ("warehouse.py", "publish.py")}
    assert others == {}, f"SQL that writes the warehouse outside warehouse.py: {others}"


def test_publish_writes_only_its_snapshot():
    """publish.py creates tables (and the audit schema) in the attached published file (pub.*)
    and exports the
    marts to Parquet (COPY (select ...) TO); it never writes the working warehouse."""
    for sql in _writes().get("publish.py", []):
        statement = " ".join(sql.lower().split())
        assert re.search(r"\b(?:table|into|schema(?: if not exists)?)\s+pub\.", statement) or \
            statement.startswith("copy (select"), sql


def test_every_owned_table_is_created_and_evolved(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path).writing() as con:
        tables = {f"{s}.{t}" for s, t in con.execute(
            "select table_schema, table_name from information_schema.tables").fetchall()}
    assert tables == set(all_tables())
    assert {"raw.statements", "raw.fetch_log", *AUDIT_TABLES} <= tables
    # an older warehouse whose tables lack a column gets it, rows kept (NULL in it)
    con = duckdb.connect(str(path))
    try:
        con.execute("alter table raw.visits drop column rule")
        con.execute("insert into raw.visits (article_id, fact_idx) values ('a', 0)")
        ensure_schema(con)
        assert con.execute("select article_id, rule from raw.visits").fetchall() == [("a", None)]
    finally:
        con.close()


@pytest.mark.parametrize("name", sorted(AUDIT_TABLES))
def test_audit_tables_are_declared_once(name):
    """No other module names the DDL of an owned table (its columns live here only)."""
    table = name.split(".")[1]
    pattern = re.compile(rf"create\s+table\s+if\s+not\s+exists\s+\w*\.?{table}\b", re.I)
    for path in PACKAGE_DIR.rglob("*.py"):
        if path.name != "warehouse.py":
            assert not pattern.search(path.read_text(encoding="utf-8")), path
