"""The quality gate's own report: one self-contained HTML page per run and stage, readable
offline (no script, no stylesheet or font from the network) and inert whatever the data
holds (every value is escaped and shortened by newsfacts.sanitize.html_text; a Content
Security Policy forbids scripts should anything slip through).

    NEWSFACTS_HOME/gx/uncommitted/data_docs/report/index.html       the reports, newest first
    NEWSFACTS_HOME/gx/uncommitted/data_docs/report/<run>.<stage>.html

A page lists the failed checks (what stops the run), the quarantined articles with the
reason and the offending value, and every check with its observed value; it links to the
GX data docs of the same run (richer, but drawn by scripts from public CDNs). Written from
the gate's result rows (newsfacts.quality.runner.result_row), the same rows the audit tables
store.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from newsfacts.atomic import atomic_write
from newsfacts.sanitize import html_text

VALUE_CHARS = 300  # an offending value (an article's text) is shortened to this
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; " \
      "form-action 'none'"
STYLE = """body{font:14px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:78em;
padding:0 1em;color:#1d2330}h1{font-size:1.45em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.4em 0}th,td{border:1px solid #cfd5df;
padding:.3em .45em;text-align:left;vertical-align:top}th{background:#eef1f6}
td.v{font-family:ui-monospace,monospace;font-size:12.5px;white-space:pre-wrap;
word-break:break-word}.failed{color:#a4161a;font-weight:600}.quarantined{color:#9a5b00}
.passed{color:#2b7a0b}.note{color:#5a6477}"""
STAGES = {"raw": "raw batches, before load", "marts": "marts, before publish"}


def _file_safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text)[:150] or "_"


def status(row: dict) -> str:
    if row.get("blocking", not row.get("success")):
        return "failed"
    if row.get("quarantined") and row.get("unexpected_count"):
        return "quarantined"
    return "passed"


def _table(headers: list[str], rows: list[list[tuple[str, str]]]) -> str:
    """rows of (css class, already escaped HTML) cells."""
    head = "".join(f"<th>{html_text(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="{c}">{v}</td>' if c else f"<td>{v}</td>"
                                    for c, v in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _check_cells(r: dict) -> list[tuple[str, str]]:
    st = status(r)
    return [(st, html_text(st)), ("", html_text(r.get("target"))),
            ("", html_text(f"{r.get('suite')}.{r.get('column') or '*'}")),
            ("", html_text(r.get("expectation"))), ("", html_text(r.get("reason"))),
            ("v", html_text(r.get("observed"), VALUE_CHARS)),
            ("", html_text(r.get("unexpected_count"))),
            ("v", html_text(r.get("sample"), VALUE_CHARS)),
            ("v", html_text(r.get("exception"), VALUE_CHARS))]


CHECK_HEADERS = ["status", "target", "check", "expectation", "reason", "observed",
                 "unexpected", "sample", "error"]


def render(rows: list[dict], *, run_id: str, stage: str, written: datetime,
           gx_index: str | None = None, gx_pages: dict[str, str] | None = None) -> str:
    """The page for one gate run, as a string (links are given relative to the page)."""
    failed = [r for r in rows if status(r) == "failed"]
    quarantined: list[list[tuple[str, str]]] = []
    articles = set()
    for r in rows:
        if status(r) != "quarantined":
            continue
        for o in r.get("offending") or []:
            aid = o.get("article_id")
            articles.add(aid)
            value = o.get(r.get("column")) if r.get("column") else None
            quarantined.append([("v", html_text(aid)), ("", html_text(r.get("target"))),
                                ("", html_text(r.get("reason"))),
                                ("", html_text(r.get("column"))),
                                ("v", html_text(value, VALUE_CHARS))])
    verdict = ("FAILED: the run stops here, nothing is published" if failed
               else "passed")
    title = f"newsfacts quality gate: {STAGES.get(stage, stage)}, run {run_id}"
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html_text(CSP)}">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{html_text(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{html_text(title)}</h1>",
        f'<p>Verdict: <span class="{"failed" if failed else "passed"}">'
        f"{html_text(verdict)}</span>. {len(rows)} checks, {len(failed)} failed, "
        f"{len(articles)} articles quarantined. Written {html_text(written.isoformat())}.</p>",
    ]
    links = []
    if gx_index:
        links.append(f'<a href="{html_text(gx_index)}">GX data docs</a>')
    for suite, href in sorted((gx_pages or {}).items()):
        links.append(f'<a href="{html_text(href)}">{html_text(suite)}</a>')
    if links:
        parts.append('<p class="note">Great Expectations pages of this run (their scripts '
                     "and styles load from public CDNs): " + ", ".join(links) + "</p>")
    if failed:
        parts += ["<h2>Failed checks</h2>",
                  _table(CHECK_HEADERS, [_check_cells(r) for r in failed])]
    if quarantined:
        parts += ["<h2>Quarantined articles</h2>",
                  '<p class="note">Kept out of the warehouse; every row is in '
                  "<code>raw.quarantine</code>.</p>",
                  _table(["article", "target", "reason", "column", "value"], quarantined)]
    parts += ["<h2>All checks</h2>", _table(CHECK_HEADERS, [_check_cells(r) for r in rows]),
              '<p class="note"><a href="index.html">All reports</a></p>', "</body></html>"]
    return "\n".join(parts) + "\n"


def _href(target: Path | str | None, base: Path) -> str | None:
    if target is None:
        return None
    rel = os.path.relpath(target, base)
    return quote(rel.replace(os.sep, "/"))


def write(folder: Path, rows: list[dict], *, run_id: str, stage: str,
          gx_index: Path | str | None = None, gx_pages: dict[str, str] | None = None,
          keep: int = 40) -> Path:
    """Write the page of this run and stage (replacing a rerun's), refresh the index, keep
    the newest ``keep`` pages; returns the page's path."""
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"{_file_safe(run_id)}.{_file_safe(stage)}.html"
    html = render(rows, run_id=run_id, stage=stage, written=datetime.now(UTC),
                  gx_index=_href(gx_index, folder),
                  gx_pages={s: _href(p, folder) for s, p in (gx_pages or {}).items()})
    atomic_write(page, html.encode("utf-8"))
    pages = sorted((p for p in folder.glob("*.html") if p.name != "index.html"),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for old in pages[keep:]:
        old.unlink(missing_ok=True)
    _write_index(folder, pages[:keep])
    return page


def _write_index(folder: Path, pages: list[Path]) -> None:
    items = "".join(f'<li><a href="{html_text(quote(p.name))}">{html_text(p.stem)}</a></li>'
                    for p in pages)
    html = "\n".join([
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html_text(CSP)}">',
        f"<title>newsfacts quality reports</title><style>{STYLE}</style></head><body>",
        "<h1>newsfacts quality reports</h1>",
        '<p class="note">One page per run and gate (raw batches before load, marts before '
        "publish), newest first.</p>", f"<ul>{items}</ul>", "</body></html>"]) + "\n"
    atomic_write(folder / "index.html", html.encode("utf-8"))
