"""Sitemaps as news sites serve them: an index over changing children (each child its own
conditional request, every run), news sitemaps and the source's window, gzip decided by the
bytes, lenient but safe parsing."""

from __future__ import annotations

import gzip
import os

from fetchkit import Reply, gzip_bomb
from newsfixtures import (
    Conditional,
    days_ago,
    served,
    sitemap_index,
    urlset,
)


def _pages(site, *paths: str) -> list[str]:
    return [site.page(p, f"story at {p}") for p in paths]


def test_unchanged_index_never_hides_a_changed_child(site, run, source, state):
    """Run 1 reads an index and its two children; run 2 finds nothing changed (three 304s);
    run 3: the index is unchanged (304) but its news child gained an article, which is
    found. Each child keeps its own validator: ETag for one, Last-Modified for the other."""
    _pages(site, "/2026/11/a.html", "/2026/11/b.html", "/2026/11/c.html", "/2026/11/new.html")
    news_entries = [{"loc": site.url("/2026/11/a.html"), "title": "Ferry strike ends"},
                    {"loc": site.url("/2026/11/b.html"), "title": "Port fees rise"}]
    news = Conditional(urlset(news_entries, news=True), validator="etag")
    archive = Conditional(urlset([{"loc": site.url("/2026/11/c.html")}]),
                          validator="last-modified")
    index = Conditional(sitemap_index(["/news-sitemap.xml", "/archive-sitemap.xml"]))
    site.route("/news-sitemap.xml", news)
    site.route("/archive-sitemap.xml", archive)
    url = site.route("/sitemap-index.xml", index)
    s = source("gazette", "sitemap", url=url, allow_private=True)

    cands, _, recs, _ = run([s])
    assert sorted(c.url.rsplit("/", 1)[1] for c in cands) == ["a.html", "b.html", "c.html"]
    assert all(r.outcome == "fetched" for r in recs)

    cands, feed_recs, _, _ = run([s])
    assert cands == []
    assert sorted((r.url, r.outcome) for r in feed_recs) == sorted(
        (site.url(p), "unchanged") for p in ("/sitemap-index.xml", "/news-sitemap.xml",
                                             "/archive-sitemap.xml"))

    news.update(urlset([*news_entries, {"loc": site.url("/2026/11/new.html"), "title": "Harbour pilots vote to strike"}], news=True))
    cands, feed_recs, recs, by_url = run([s])
    assert [c.url for c in cands] == [site.url("/2026/11/new.html")]
    assert cands[0].title == "Harbour pilots vote to strike"
    assert recs[0].outcome == "fetched"
    assert by_url[url].outcome == "unchanged"
    assert by_url[site.url("/archive-sitemap.xml")].outcome == "unchanged"
    # every document of run 3 was its own conditional request, with its own validator
    assert index.requests[-1]["if-none-match"] == index.etag
    assert news.requests[-1].get("if-none-match")  # the old ETag; the body had changed
    assert archive.requests[-1]["if-modified-since"] == archive.last_modified
    assert len(index.requests) == len(news.requests) == len(archive.requests) == 3
    # what made it possible: the index's state keeps the children it listed
    kept = state.feed_validators(url)
    assert kept["kind"] == "index" and kept["etag"] == index.etag
    assert [c["url"] for c in kept["children"]] == [site.url("/news-sitemap.xml"),
                                                    site.url("/archive-sitemap.xml")]


def test_news_sitemap_fields_and_the_sources_window(site, run, source):
    """Title, publication date and language come from the news: elements; entries and
    child sitemaps whose lastmod is older than max_age_days are skipped (the old child is
    not even requested)."""
    _pages(site, "/n/fresh.html", "/n/stale.html", "/n/undated.html", "/old/2019.html")
    fresh_date = days_ago(0.5)
    news = urlset([
        {"loc": site.url("/n/fresh.html"), "lastmod": fresh_date, "published": fresh_date,
         "title": "Tug crews agree new rota", "language": "en"},
        {"loc": site.url("/n/stale.html"), "lastmod": days_ago(9), "published": days_ago(9),
         "title": "Dredging contract signed"},
        {"loc": site.url("/n/undated.html")},
    ], news=True)
    served(site, "/news.xml", news)
    served(site, "/2019.xml", urlset([{"loc": site.url("/old/2019.html")}]))
    index = sitemap_index([{"loc": "/news.xml", "lastmod": days_ago(0.1)},
                           {"loc": "/2019.xml", "lastmod": "2019-06-30T00:00:00Z"}])
    url = served(site, "/index.xml", index)
    cands, _, _, _ = run([source("gazette", "sitemap", url=url, allow_private=True,
                                 max_age_days=2)])
    by = {c.url.rsplit("/", 1)[1]: c for c in cands}
    assert sorted(by) == ["fresh.html", "undated.html"]
    fresh = by["fresh.html"]
    assert fresh.title == "Tug crews agree new rota" and fresh.language == "en"
    assert fresh.published == fresh_date
    assert "/2019.xml" not in site.paths()


def test_gzip_is_decided_by_the_bytes(site, run, source):
    """A .gz URL whose body is plain XML (mislabelled, or Content-Encoding: gzip already
    decoded by the client), a gzip body behind a URL without .gz, and a truncated gzip
    (its URLs before the break, with a warning) all read; a corrupt gzip and a
    decompression bomb are that sitemap's recorded errors, and the other children still
    count."""
    _pages(site, *(f"/z/{i}.html" for i in range(5)))
    one = urlset([{"loc": site.url("/z/0.html")}])
    two = urlset([{"loc": site.url("/z/1.html")}])
    three = urlset([{"loc": site.url("/z/2.html")}])
    # two entries, then a comment of random digits the gzip cannot shrink: cut in half,
    # the stream ends inside the comment, after both entries
    pad = "".join(str(b % 10) for b in os.urandom(6000))
    long = urlset([{"loc": site.url(f"/z/{i}.html")} for i in (3, 4)]).replace(
        b"</urlset>", f"<!-- {pad} --></urlset>".encode())
    packed = gzip.compress(long, mtime=0)
    site.route("/plain.xml.gz", Reply(body=one, content_type="application/x-gzip"))
    site.route("/encoded.xml.gz", Reply(body=gzip.compress(two), content_type="application/gzip",
                                        headers={"Content-Encoding": "gzip"}))
    site.route("/packed", Reply(body=gzip.compress(three), content_type="application/octet-stream"))
    site.route("/cut.xml.gz", Reply(body=packed[: len(packed) // 2],
                                    content_type="application/gzip"))
    site.route("/corrupt.xml.gz", Reply(body=b"\x1f\x8b\x08\x00garbage, not deflate",
                                        content_type="application/gzip"))
    site.route("/bomb.xml.gz", Reply(body=gzip_bomb(20), content_type="application/gzip"))
    url = served(site, "/index.xml", sitemap_index(
        ["/plain.xml.gz", "/encoded.xml.gz", "/packed", "/cut.xml.gz", "/corrupt.xml.gz",
         "/bomb.xml.gz"]))
    cands, _, _, by_url = run([source("z", "sitemap", url=url, allow_private=True)])
    found = {c.url for c in cands}
    assert {site.url(f"/z/{i}.html") for i in range(5)} <= found
    cut = by_url[site.url("/cut.xml.gz")]
    assert cut.outcome == "fetched" and cut.error.startswith("warning: ")
    assert "truncated gzip" in cut.error and "before the break" in cut.error
    corrupt = by_url[site.url("/corrupt.xml.gz")]
    assert corrupt.outcome == "error" and corrupt.error.startswith("corrupt gzip")
    bomb = by_url[site.url("/bomb.xml.gz")]
    assert bomb.outcome == "error" and "after decompression" in bomb.error


def test_leading_whitespace_boms_and_junk_are_tolerated(site, run, source):
    _pages(site, "/w/1.html", "/w/2.html", "/w/3.html", "/w/4.html")
    served(site, "/blank.xml", b"\n\n   \r\n" + urlset([{"loc": site.url("/w/1.html")}]))
    served(site, "/bom.xml", b"\xef\xbb\xbf\n" + urlset([{"loc": site.url("/w/2.html")}]))
    wide = urlset([{"loc": site.url("/w/3.html")}]).decode().replace("UTF-8", "UTF-16")
    served(site, "/utf16.xml", b"\xff\xfe" + ("\n" + wide).encode("utf-16-le"))
    served(site, "/junk.xml", b"Notice: Undefined index: lang in sitemap.php on line 3\n"
           + urlset([{"loc": site.url("/w/4.html")}]))
    url = served(site, "/index.xml", sitemap_index(["/blank.xml", "/bom.xml", "/utf16.xml",
                                                    "/junk.xml"]))
    cands, _, _, by_url = run([source("w", "sitemap", url=url, allow_private=True)])
    assert sorted(c.url for c in cands) == [site.url(f"/w/{i}.html") for i in range(1, 5)]
    junk = by_url[site.url("/junk.xml")]
    assert junk.outcome == "fetched" and "junk before the XML" in junk.error


def test_truncated_sitemap_keeps_the_urls_before_the_break(site, run, source, state):
    """A sitemap cut off mid-entry yields every URL before the break with a warning, and
    its validators are not kept: when the full file is served, the next run reads it all."""
    paths = [f"/t/{i}.html" for i in range(6)]
    _pages(site, *paths)
    full = urlset([{"loc": site.url(p), "lastmod": "2026-11-20"} for p in paths])
    cut_at = full.index(b"/t/4.html")  # inside the fifth <loc>
    body = Conditional(full[:cut_at])
    url = site.route("/sitemap.xml", body)
    s = source("t", "sitemap", url=url, allow_private=True)
    cands, feed_recs, _, by_url = run([s])
    assert [c.url for c in cands] == [site.url(p) for p in paths[:4]]
    rec = by_url[url]
    assert rec.outcome == "fetched" and rec.error.startswith("warning: sitemap breaks off")
    assert "kept the 4 URLs before the break" in rec.error
    assert [r.url for r in feed_recs] == [url]  # one outcome for the sitemap
    assert state.feed_validators(url) == {}
    body.update(full)
    cands, _, _, by_url = run([s])
    assert [c.url for c in cands] == [site.url(p) for p in paths[4:]]
    assert "if-none-match" not in body.requests[-1]


def test_bare_ampersands_and_html_entities_are_repaired(site, run, source):
    """The commonest broken sitemap: query strings with a bare '&', and &nbsp; in a news
    title. Every URL is read, with a warning naming the repair."""
    _pages(site, "/story")
    raw = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
           + "".join(f"<url><loc>{site.url('/story')}?id={i}&section=port</loc><news:news>"
                     f"<news:title>Quay&nbsp;{i} reopens</news:title></news:news></url>"
                     for i in range(3))
           + "</urlset>").encode()
    url = served(site, "/amp.xml", raw)
    cands, _, _, by_url = run([source("a", "sitemap", url=url, allow_private=True)])
    assert sorted(c.url for c in cands) == [site.url(f"/story?id={i}&section=port")
                                            for i in range(3)]
    assert cands[0].title == "Quay 0 reopens"  # &nbsp; read, spacing normalised
    assert by_url[url].outcome == "fetched" and "repaired" in by_url[url].error


def test_every_loc_of_an_entry_counts_and_image_locs_do_not(site, run, source):
    _pages(site, "/e/1.html", "/e/2.html", "/e/3.html")
    served(site, "/one.xml", urlset([{"loc": site.url("/e/1.html"),
                                      "image": site.url("/img/quay.jpg")}]))
    served(site, "/two.xml", urlset([{"loc": site.url("/e/2.html")}]))
    served(site, "/three.xml", urlset([{"loc": site.url("/e/3.html")}]))
    # one <sitemap> entry with two <loc>s, then an ordinary one
    url = served(site, "/index.xml", sitemap_index([("/one.xml", "/two.xml"), "/three.xml"]))
    cands, _, _, _ = run([source("e", "sitemap", url=url, allow_private=True)])
    assert sorted(c.url for c in cands) == [site.url(f"/e/{i}.html") for i in (1, 2, 3)]
    assert "/img/quay.jpg" not in site.paths()


def test_a_doctype_without_entities_is_fine_and_entities_are_still_refused(site, run, source):
    _pages(site, "/d/1.html")
    doctype = urlset([{"loc": site.url("/d/1.html")}]).replace(
        b"?><urlset", b'?><!DOCTYPE urlset PUBLIC "-//Harbour Gazette//Sitemap 1.0//EN" '
                      b'"' + site.url("/sitemap.dtd").encode() + b'"><urlset')
    ok = served(site, "/doctype.xml", doctype)
    xxe = served(site, "/xxe.xml", urlset([{"loc": "&x;"}]).replace(
        b"?><urlset", b'?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/hostname">]><urlset'))
    param = served(site, "/param.xml", urlset([{"loc": site.url("/d/1.html")}]).replace(
        b"?><urlset", b'?><!DOCTYPE urlset [<!ENTITY % p SYSTEM "'
        + site.url("/evil.dtd").encode() + b'"> %p;]><urlset'))
    site.route("/evil.dtd", Reply(body=b'<!ENTITY x "boom">', content_type="application/xml-dtd"))
    cands, _, _, by_url = run([source("ok", "sitemap", url=ok, allow_private=True),
                               source("xxe", "sitemap", url=xxe, allow_private=True),
                               source("param", "sitemap", url=param, allow_private=True)])
    assert [c.url for c in cands] == [site.url("/d/1.html")]
    for bad in (xxe, param):
        assert by_url[bad].outcome == "error" and "entity" in by_url[bad].error
    assert "/evil.dtd" not in site.paths() and "/sitemap.dtd" not in site.paths()
