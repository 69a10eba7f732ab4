"""Feeds as they are really served: which URL an item names, entity declarations refused by
the parser (not by a text search), truncated feeds, a hint when a source's kind does not
match its document, and one outcome per URL per run in `newsfacts fetch --json`."""

from __future__ import annotations

import json
from collections import Counter

from fetchkit import Reply
from newsfixtures import KO_PARAS, KO_TITLE, english_page, page, rss_items, served, urlset

from newsfacts.cli import main


def _feed(site, path: str, body: bytes) -> str:
    return served(site, path, body, "application/rss+xml")


def test_item_url_is_link_then_permalink_guid_then_rdf_about(site, run, source):
    for p in ("/by-link.html", "/by-guid.html", "/rdf/about.html", "/guid-ignored.html"):
        site.page(p)
    items = [
        # <link> wins over a permalink guid
        f"<item><title>Link</title><guid>{site.url('/guid-ignored.html')}</guid>"
        f"<link>{site.url('/by-link.html')}</link></item>",
        # no <link>: a permalink guid (isPermaLink absent or true) is the URL
        f"<item><title>Guid</title><guid isPermaLink=\"true\">{site.url('/by-guid.html')}"
        "</guid></item>",
        # a guid marked isPermaLink="false" is an identifier, never the URL
        "<item><title>Opaque</title><guid isPermaLink=\"false\">"
        f"{site.url('/not-a-page')}</guid></item>",
        # a non-URL guid is no permalink either, whatever isPermaLink says
        "<item><title>Number</title><guid>48213</guid></item>",
    ]
    rss = _feed(site, "/rss.xml", rss_items(items))
    rdf = _feed(site, "/rdf.xml", (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://gazette.invalid/">'
        "<title>Gazette</title><link>http://gazette.invalid/</link><description>d</description>"
        f'</channel><item rdf:about="{site.url("/rdf/about.html")}"><title>About</title>'
        "</item></rdf:RDF>").encode())
    cands, _, _, _ = run([source("rss", "rss", url=rss, allow_private=True),
                          source("rdf", "rss", url=rdf, allow_private=True)])
    assert sorted(c.url for c in cands) == sorted(
        site.url(p) for p in ("/by-link.html", "/by-guid.html", "/rdf/about.html"))
    assert "/not-a-page" not in site.paths()


def test_entity_mentioned_in_cdata_passes_declarations_are_refused(site, run, source):
    site.page("/explainer.html")
    harmless = _feed(site, "/explainer.xml", rss_items([
        "<item><title><![CDATA[Why feeds refuse <!ENTITY declarations]]></title>"
        f"<link>{site.url('/explainer.html')}</link><description><![CDATA[An XML parser "
        'that expands <!ENTITY lol "lol"> blindly can be brought down.]]></description></item>']))
    declared = _feed(site, "/declared.xml", rss_items([
        f"<item><title>&word;</title><link>{site.url('/explainer.html')}</link></item>"
    ]).replace(b"<rss", b'<!DOCTYPE rss [<!ENTITY word "harmless">]><rss'))
    external = _feed(site, "/external.xml", rss_items([
        f"<item><title>&x;</title><link>{site.url('/explainer.html')}</link></item>"
    ]).replace(b"<rss", b'<!DOCTYPE rss [<!ENTITY x SYSTEM "' + site.url("/secret").encode()
               + b'">]><rss'))
    cands, _, _, by_url = run([source("ok", "rss", url=harmless, allow_private=True),
                               source("decl", "rss", url=declared, allow_private=True),
                               source("ext", "rss", url=external, allow_private=True)])
    assert [c.url for c in cands] == [site.url("/explainer.html")]
    assert cands[0].title == "Why feeds refuse <!ENTITY declarations"
    for bad in (declared, external):
        assert by_url[bad].outcome == "error" and "entity" in by_url[bad].error
    assert "/secret" not in site.paths()


def test_truncated_feed_yields_items_before_the_break_with_a_warning(site, run, source, state):
    for i in range(4):
        site.page(f"/f/{i}.html")
    full = rss_items([f"<item><title>Story {i}</title><link>{site.url(f'/f/{i}.html')}</link>"
                      "</item>" for i in range(4)])
    cut = full[: full.index(b"<title>Story 3")]
    url = site.route("/feed.xml", Reply(body=b"\n\n" + cut, content_type="application/rss+xml",
                                        headers={"ETag": '"cut"'}))
    cands, feed_recs, _, by_url = run([source("f", "rss", url=url, allow_private=True)])
    assert [c.url for c in cands] == [site.url(f"/f/{i}.html") for i in range(3)]
    rec = by_url[url]
    assert rec.outcome == "fetched" and rec.error.startswith("warning: feed breaks off")
    assert [r.url for r in feed_recs] == [url]
    assert state.feed_validators(url) == {}  # read whole again next run


def test_a_kind_that_does_not_match_the_document_gets_a_hint(site, run, source):
    site.page("/h/1.html")
    text_list = served(site, "/sitemap.txt", (site.url("/h/1.html") + "\n").encode(),
                       "text/plain")
    sitemap = served(site, "/sitemap.xml", urlset([{"loc": site.url("/h/1.html")}]))
    feed = _feed(site, "/feed.xml", rss_items([f"<item><link>{site.url('/h/1.html')}</link>"
                                               "</item>"]))
    home = site.page("/home.html", body=page(
        "Harbour Gazette", ["Latest port news."],
        head=f'<link rel="alternate" type="application/rss+xml" href="{site.url("/feed.xml")}">'))
    cases = {
        ("sitemap", text_list): "use kind: urls",
        ("rss", sitemap): "use kind: sitemap",
        ("sitemap", feed): "use kind: rss",
        ("urls", sitemap): "use kind: sitemap",
        ("rss", home): f"the page names its feed at {site.url('/feed.xml')}",
    }
    srcs = [source(f"s{i}", kind, url=url, allow_private=True)
            for i, (kind, url) in enumerate(cases)]
    _, feed_recs, _, _ = run(srcs)
    got = {(r.source, r.url): r for r in feed_recs}
    for i, ((_kind, url), hint) in enumerate(cases.items()):
        rec = got[(f"s{i}", url)]
        assert rec.outcome == "error" and hint in rec.error, rec.error


def test_cli_one_outcome_per_url_and_true_counts(site, tmp_path, monkeypatch, capsys):
    """A feed that cannot be read is one "error" line, never "fetched" too; an article
    listed twice is one line; a Korean page is "skipped" for its language; every line names
    its source; the summary counts are the lines' counts."""
    site.page("/a.html", body=english_page(1))
    site.page("/ko.html", body=page(KO_TITLE, KO_PARAS, "ko"))
    served(site, "/broken.xml", b"<rss><channel><title>Half a feed</chan", "application/rss+xml")
    served(site, "/twice.xml", rss_items([
        f"<item><title>A</title><link>{site.url('/a.html')}</link></item>",
        f"<item><title>A again</title><link>{site.url('/a.html')}</link></item>",
        f"<item><title>Ko</title><link>{site.url('/ko.html')}</link></item>"]),
        "application/rss+xml")
    served(site, "/list.txt", (site.url("/a.html") + "\n").encode(), "text/plain")
    sources = tmp_path / "sources.yml"
    sources.write_text(
        "sources:\n"
        f"  - {{name: broken, kind: rss, url: '{site.url('/broken.xml')}', allow_private: true,"
        " rate_limit: 0}\n"
        f"  - {{name: wire, kind: rss, url: '{site.url('/twice.xml')}', allow_private: true,"
        " rate_limit: 0}\n"
        f"  - {{name: wrongkind, kind: sitemap, url: '{site.url('/list.txt')}',"
        " allow_private: true, rate_limit: 0}\n")
    monkeypatch.setenv("NEWSFACTS_HOME", str(tmp_path / "home"))
    assert main(["fetch", "--sources", str(sources), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    summary, per_url = lines[-1]["summary"], lines[:-1]
    urls = [o["url"] for o in per_url]
    assert len(urls) == len(set(urls)), Counter(urls).most_common(3)
    by = {o["url"]: o for o in per_url}
    assert by[site.url("/broken.xml")]["outcome"] == "error"
    assert by[site.url("/broken.xml")]["source"] == "broken"
    assert by[site.url("/twice.xml")]["outcome"] == "fetched"
    assert by[site.url("/a.html")] | {"final_url": None} == {
        "source": "wire", "url": site.url("/a.html"), "final_url": None, "outcome": "fetched",
        "error": None, "bytes": by[site.url("/a.html")]["bytes"], "http_status": 200}
    ko = by[site.url("/ko.html")]
    assert ko["outcome"] == "skipped" and ko["error"].startswith("language: ko")
    wrong = by[site.url("/list.txt")]
    assert wrong["source"] == "wrongkind" and "use kind: urls" in wrong["error"]
    counts = Counter(o["outcome"] for o in per_url)
    assert summary["attempted"] == len(per_url)
    for outcome in ("fetched", "unchanged", "duplicate", "skipped", "error"):
        assert summary[outcome] == counts.get(outcome, 0), outcome
    assert summary["skipped_language"] == 1 and summary["articles"] == 2
