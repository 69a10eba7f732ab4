"""Hostile text renders inert in every HTML file the project writes.

Articles whose text, URL and title carry `<script>`, `onerror=` and `onload=` payloads (and
control characters) go through the real gate path (raw-batch gate with real GX, load, dbt
build, mart audit, publish); then every .html file under NEWSFACTS_HOME is parsed as a
browser would tokenise it, and none may hold script from the payload: no <script> element,
event-handler attribute or javascript: URL carrying the payload's marker. The payload must
still be *shown* (as text) where a quarantined article's value is reported, so the check is
not vacuous. The published dbt docs carry no host path and a description cannot break out
of the page's inline JSON."""

from __future__ import annotations

import json
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

from gatekit import article_result, query, write_custom_batch
from support import run_pipeline, synthetic_result

from newsfacts.sanitize import BIDI

MARK = "nfxq7"
# short enough (< 100 characters) for an article made of it to be quarantined as a stub
SHORT = f"<script>alert('{MARK}-s')</script><img src=x onerror=alert('{MARK}-i')>\u202e\x1b[31m\x00"
PAYLOAD = f"{SHORT}<svg/onload=alert('{MARK}-v')>"
LONG = " ".join(["The ministry said talks would resume in Geneva next month."] * 4)


class _Tokens(HTMLParser):
    """What a browser would execute: script bodies and sources, event handlers, script
    URLs; and the visible text (entities decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}={value}")
            scheme = value.strip().lower()
            if name == "srcdoc" or (name in ("href", "src", "action", "formaction", "data")
                                    and scheme.startswith(("javascript:", "data:text/html",
                                                           "vbscript:"))):
                self.urls.append(f"{tag} {name}={value}")
            if tag == "script" and name == "src":
                self.scripts.append(value)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._in_script = False

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def scan(path: Path) -> _Tokens:
    tokens = _Tokens()
    tokens.feed(path.read_text(encoding="utf-8", errors="replace"))
    tokens.close()
    return tokens


def assert_inert(path: Path) -> _Tokens:
    tokens = scan(path)
    for where in (tokens.scripts, tokens.handlers, tokens.urls):
        hits = [w[:200] for w in where if MARK in w]
        assert not hits, f"{path}: script from the payload: {hits}"
    return tokens


def every_html(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*.html") if p.is_file())


def test_hostile_articles_render_inert_in_every_html_the_project_writes(published,
                                                                        baseline_home):
    good = [synthetic_result(f"h{i}") for i in range(6)]
    short = article_result("xss_short", text=SHORT)  # quarantined: its text is reported
    bad_url = article_result("xss_url")  # quarantined: its URL is reported
    kept = article_result("xss_kept", text=LONG + PAYLOAD, title=PAYLOAD)  # published
    batch = write_custom_batch(published, "xss", "x1", [*good, short, bad_url, kept],
                               urls={"xss_url": f"https://news.example/a b{PAYLOAD}"})
    outcome = run_pipeline(published, "xss", [batch])
    assert outcome["failed_at"] is None, outcome["error"]
    quarantined = query(published.warehouse, "select count(distinct article_id), "
                        "min(data_docs) from raw.quarantine, audit.gx_validations v "
                        "where raw.quarantine.run_id = 'xss' and v.run_id = 'xss' "
                        "and v.suite = 'raw.articles'")
    assert quarantined[0][0] == 2
    report = Path(quarantined[0][1])
    assert report.is_file() and report.suffix == ".html"

    pages = every_html(published.home)
    kinds = {p.relative_to(published.home).parts[0] for p in pages}
    assert {"gx", "published", "dbt"} <= kinds, kinds  # GX docs, reports, dbt docs
    shown = []
    for page in pages:
        tokens = assert_inert(page)
        text = "".join(tokens.text)
        if MARK in text:
            shown.append(page)
            raw = page.read_text(encoding="utf-8")
            assert not any(ch in raw for ch in BIDI | {"\x1b", "\x00"}), page
    # the payload is displayed as text where the quarantined values are reported: in the
    # gate's own report and in GX's validation page of raw.articles
    assert report in shown
    assert any("validations" in p.parts and "articles" in p.parts for p in shown), shown
    report_text = "".join(scan(report).text)
    assert f"<script>alert('{MARK}-s')</script>" in report_text
    assert "\\u202e\\x1b[31m" in report_text
    assert "article text shorter than 100 characters" in report_text
    assert "malformed URL" in report_text
    # the published article keeps its text as data (the warehouse is not HTML)
    assert query(published.published, "select count(*) from dim_article where title = ?",
                 [PAYLOAD])[0][0] == 1

    # the published dbt docs: no host path in any file publish exposes
    roots = [str(published.home), str(baseline_home), str(Path(sys.prefix)),
             str(Path.home()), str(Path(__file__).resolve().parents[2])]
    docs = published.published.parent / "docs"
    for f in sorted(docs.iterdir()):
        data = f.read_text(encoding="utf-8")
        leaks = [r for r in roots if r and r != "/" and r in data]
        assert not leaks, f"{f.name} exposes {leaks}"
    text = (docs / "manifest.json").read_text()
    node = json.loads(text)["nodes"]["model.newsfacts.fct_statement"]
    assert node["original_file_path"] == "models/marts/fct_statement.sql"
    assert node["compiled_path"].startswith("$NEWSFACTS_HOME/dbt/target/compiled/")
    assert set(re.findall(r'"root_path": "([^"]*)"', text)) == {"."}


def test_a_rejected_batch_points_to_an_inert_offline_report(published):
    bad = [article_result(f"xss{i}", text=f"{i}{SHORT}") for i in range(6)]
    batch = write_custom_batch(published, "xssbad", "xb", bad)
    outcome = run_pipeline(published, "xssbad", [batch])
    assert outcome["failed_at"] == "load"
    message = str(outcome["error"])
    assert "article text shorter than 100 characters" in message
    report = Path(message.rsplit("data docs: ", 1)[1].strip())
    assert report.is_file() and report.name == "xssbad.raw.html"
    tokens = assert_inert(report)
    text = "".join(tokens.text)
    assert "FAILED" in text and f"alert('{MARK}-s')" in text
    assert tokens.scripts == []  # the report has no script at all, CDN or inline
    for page in every_html(published.home / "gx"):
        assert_inert(page)
    index = report.parent / "index.html"
    assert report.name in index.read_text()


def test_a_description_cannot_break_out_of_the_published_docs(baseline_home, tmp_path):
    """dbt's docs page, built by newsfacts.dbt_docs from a manifest whose descriptions hold
    markup: the page keeps its own scripts only, and the description is text."""
    from newsfacts.dbt_docs import write_site
    from newsfacts.settings import Settings

    source = baseline_home / "dbt" / "docs-target"
    target = tmp_path / "target"
    shutil.copytree(source, target)
    manifest = json.loads((target / "manifest.json").read_text())
    node = manifest["nodes"]["model.newsfacts.fct_statement"]
    node["description"] = f"</script><script>alert('{MARK}-d')</script>{PAYLOAD}"
    node["columns"]["quote_text"]["description"] = f"<img src=x onerror=alert('{MARK}-c')>"
    (target / "manifest.json").write_text(json.dumps(manifest))
    out = tmp_path / "site"
    out.mkdir()
    write_site(target, out, Settings.from_env({"NEWSFACTS_HOME": str(baseline_home)}))

    page = (out / "static_index.html").read_text(encoding="utf-8")
    template = (target / "index.html").read_text(encoding="utf-8")
    assert len(scan(out / "static_index.html").scripts) == len(scan(target / "index.html").scripts)
    start = page.index("manifest:") + len("manifest:")
    assert page[start:].startswith("{")
    inlined, end = json.JSONDecoder().raw_decode(page, start)
    assert page[end:].startswith(",catalog:{")
    catalog_end = json.JSONDecoder().raw_decode(page, end + len(",catalog:"))[1]
    inline = page[start:catalog_end]  # both JSON documents as they sit in the script element
    assert MARK in inline and "<" not in inline  # nothing there can close the element
    described = inlined["nodes"]["model.newsfacts.fct_statement"]
    assert described["description"].startswith("&lt;/script&gt;&lt;script&gt;alert(")
    assert described["columns"]["quote_text"]["description"] == \
        f"&lt;img src=x onerror=alert(&#x27;{MARK}-c&#x27;)&gt;"
    assert (out / "index.html").read_text(encoding="utf-8") == template


def test_pages_rendered_before_escaping_are_rendered_again(tmp_path):
    """A home whose GX site was built by an older version (raw values in its pages): the
    next gate re-renders every stored result escaped, once."""
    import pandas as pd
    from great_expectations import expectations as E

    from newsfacts.quality import docs
    from newsfacts.quality.runner import Runner
    from newsfacts.quality.suites import quarantine

    def checks():
        return [quarantine(E.ExpectColumnValueLengthsToBeBetween(
            column="body_text", min_value=100, mostly=0.1), "short")]

    frame = pd.DataFrame({"article_id": ["a1", "a2"], "body_text": [SHORT, "x" * 200]})
    old = Runner(tmp_path)
    old.validate("raw.articles", frame, checks(), target="t", run_name="old",
                 keys=["article_id"], complete=True)
    old.context.build_data_docs(site_names=[docs.SITE])  # as the old code did: raw values
    site = docs.site_dir(tmp_path)
    [old_page] = [p for p in site.rglob("*.html") if "/old/" in str(p)]
    assert f"<script>alert('{MARK}-s')" in old_page.read_text()  # live, before
    new = Runner(tmp_path)
    new.validate("raw.articles", frame.iloc[1:], checks(), target="t", run_name="new",
                 keys=["article_id"], complete=True)
    docs.build(new, [], run_id="new", stage="raw")
    assert (site / docs.ESCAPED_MARK).exists()
    for page in every_html(tmp_path):
        assert_inert(page)
    assert f"<script>alert('{MARK}-s')" in "".join(scan(old_page).text)  # shown as text
