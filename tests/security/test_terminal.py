"""What the CLI prints is never obeyed by the terminal: control characters (NUL, ANSI
escapes, bidi overrides) from data or operator input are shown as escapes by
`newsfacts status` and `newsfacts summary` (newsfacts.sanitize.printable)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import duckdb
import pytest

from newsfacts.cli import main
from newsfacts.pipeline import discover_step
from newsfacts.settings import Settings

HOSTILE = "\x1b]0;owned\x07\x1b[2J\u202eevil\u2066\x00end"
RAW = ("\x1b", "\x07", "\x00", "\u202e", "\u2066")


def _assert_inert(text: str) -> None:
    for ch in RAW:
        assert ch not in text, repr(ch)


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    monkeypatch.setenv("NEWSFACTS_HOME", str(tmp_path / "home"))
    return Settings.from_env()


def test_status_escapes_a_hostile_run_id(settings, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    sources = tmp_path / "sources.yml"
    sources.write_text(f"sources:\n  - {{name: inbox, kind: folder, path: '{tmp_path}/empty'}}\n")
    run_id = f"manual__{HOSTILE}"
    discover_step(settings, run_id, str(sources))
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    _assert_inert(out)
    assert "\\x1b]0;owned\\x07\\x1b[2J\\u202eevil" in out
    assert main(["status", "--json"]) == 0  # JSON escapes them itself
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["run_id"] == run_id


def test_summary_escapes_hostile_facts(settings, capsys):
    path = settings.published
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        con.execute("create table _publication (run_id varchar, published_at timestamptz, "
                    "extractor_versions varchar[])")
        con.execute("insert into _publication values (?, ?, ?)",
                    [f"run{HOSTILE}", datetime(2026, 12, 6, tzinfo=UTC), ["x1"]])
        con.execute("create table fct_statement (statement_key varchar, article_key varchar, "
                    "speaker varchar, quote_text varchar, statement_kind varchar, "
                    "published_date date, url varchar, start_char integer)")
        con.execute("insert into fct_statement values ('s1', 'a1', ?, ?, 'direct', "
                    "'2026-12-05', 'https://news.example/a1', 0)", [f"Ilse{HOSTILE}", f"We stay.{HOSTILE}"])
    finally:
        con.close()
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    _assert_inert(out)
    assert "Ilse\\x1b]0;owned" in out and "We stay.\\x1b]0;owned" in out
    assert "\\u202eevil\\u2066\\x00end" in out
