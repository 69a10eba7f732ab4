"""Discovery: feeds (RSS 0.9x/1.0/2.0, Atom), sitemaps (index, urlset, gzip), URL lists,
folders; deduplication; conditional GET; pending retries; hostile feeds."""

from __future__ import annotations

import time

from fetchkit import Reply, gzip_bytes

from newsfacts.fetch import discover
from newsfacts.settings import DEMO_DIR
from newsfacts.sources import load_sources

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<link>http://x.invalid/</link><description>d</description>
<item><title>One</title><link>/old/one.html</link></item></channel></rss>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://x.invalid/"><title>RDF</title><link>http://x.invalid/</link>
<description>d</description></channel>
<item rdf:about="/rdf/one.html"><title>Rdf one</title><link>/rdf/one.html</link></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id>
<updated>2026-11-01T10:00:00Z</updated>
<entry><title>Atom one</title><id>urn:1</id><link rel="alternate" href="/atom/one.html"/>
<updated>2026-11-01T10:00:00Z</updated><summary>S</summary></entry></feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss version="2.0"><channel><title>&lol9;</title><link>http://x.invalid/</link>
<description>d</description><item><title>&lol9;</title><link>/a.html</link></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&x;</title><item><title>&x;</title><link>/a.html</link>
</item></channel></rss>"""


def _feed(site, path, body, ctype="application/rss+xml", **kw):
    return site.route(path, Reply(body=body, content_type=ctype, **kw))


def test_feed_formats(site, run, source):
    for p in ("/old/one.html", "/rdf/one.html", "/atom/one.html"):
        site.page(p)
    srcs = [source("a", "rss", url=_feed(site, "/091.xml", RSS091), allow_private=True),
            source("b", "rss", url=_feed(site, "/rdf.xml", RDF), allow_private=True),
            source("c", "atom", url=_feed(site, "/atom.xml", ATOM, "application/atom+xml"),
                   allow_private=True)]
    cands, feed_recs, page_recs, _by_url = run(srcs)
    assert sorted(c.url for c in cands) == sorted(
        site.url(p) for p in ("/old/one.html", "/rdf/one.html", "/atom/one.html"))
    assert all(r.outcome == "fetched" for r in page_recs)
    atom = next(c for c in cands if c.source == "c")
    assert atom.title == "Atom one" and atom.published == "2026-11-01T10:00:00Z"
    assert not feed_recs  # feeds read fine: no records unless include_feed_success


def test_billion_laughs_and_xxe_refused(site, run, source):
    a = _feed(site, "/lol.xml", BILLION_LAUGHS)
    b = _feed(site, "/xxe.xml", XXE)
    ok = site.page("/fine.html")
    t0 = time.monotonic()
    cands, _feed_recs, _, by_url = run([source("lol", "rss", url=a, allow_private=True),
                                       source("xxe", "rss", url=b, allow_private=True),
                                       source("ok", urls=[ok], allow_private=True)])
    assert time.monotonic() - t0 < 5
    assert by_url[a].outcome == "error" and "entity" in by_url[a].error
    assert by_url[b].outcome == "error" and "entity" in by_url[b].error
    assert [c.url for c in cands] == [ok] and by_url[ok].outcome == "fetched"


def test_billion_laughs_sitemap_refused(site, run, source):
    body = BILLION_LAUGHS.replace(b"<rss", b"<urlset").replace(b"</rss>", b"</urlset>")
    url = _feed(site, "/sm.xml", body, "application/xml")
    cands, _feed_recs, _, by_url = run([source("m", "sitemap", url=url, allow_private=True)])
    assert cands == [] and by_url[url].outcome == "error" and "entity" in by_url[url].error


def test_malformed_feeds(site, run, source):
    broken = _feed(site, "/broken.xml", b"<rss><channel><title>oops</chan")
    html = _feed(site, "/html.xml", b"<html><body>not a feed</body></html>", "text/html")
    lenient = _feed(site, "/lenient.xml",
                    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T & more</title>'
                    b"<item><title>x</title><link>/l.html</link></item></channel></rss>")
    site.page("/l.html")
    cands, _, _, by_url = run([source("a", "rss", url=broken, allow_private=True),
                               source("b", "rss", url=html, allow_private=True),
                               source("c", "rss", url=lenient, allow_private=True)])
    assert by_url[broken].outcome == "error"
    assert by_url[html].outcome == "error"
    assert [c.url for c in cands] == [site.url("/l.html")]


def test_feed_with_10000_items(site, state, settings, config, source, rss_bytes):
    items = [(f"/n/{i}.html", f"Item {i}") for i in range(10000)]
    url = _feed(site, "/big.xml", rss_bytes(items), headers={"ETag": '"big1"'})
    t0 = time.monotonic()
    cands, recs = discover([source("big", "rss", url=url, allow_private=True, max_articles=500)],
                           state=state, settings=settings, config=config.with_(max_bytes=5_000_000))
    took = time.monotonic() - t0
    assert len(cands) == 500 and not recs
    assert took < 30
    # the other 9,500 wait for later runs: the feed's validators were not stored, so the
    # next run reads it in full again
    assert len(state.pending("big")) == 500
    assert state.feed_validators(url) == {}


def test_duplicates_via_tracking_parameters(site, run, source, rss_bytes):
    page = site.page("/story.html", "the story")
    links = [page + "?utm_source=rss&utm_medium=feed", page + "#comments",
             page + "?fbclid=abc", page]
    feed = _feed(site, "/f.xml", rss_bytes([(u, "Story") for u in links]))
    cands, feed_recs, page_recs, _by_url = run([source("f", "rss", url=feed, allow_private=True)])
    assert len(cands) == 1
    assert [r.outcome for r in feed_recs] == ["duplicate"] * 3
    assert page_recs[0].outcome == "fetched"
    assert len([p for p in site.paths() if p.startswith("/story.html")]) == 1


def test_same_content_under_two_urls_is_stored_once(site, run, source, archive):
    body = b"<html><body><p>Same words, two addresses.</p></body></html>"
    a = site.page("/a.html", body=body)
    b = site.page("/mirror/a.html", body=body)
    _, _, page_recs, by_url = run([source(urls=[a, b], allow_private=True)])
    assert sorted(r.outcome for r in page_recs) == ["duplicate", "fetched"]
    assert by_url[a].content_sha256 == by_url[b].content_sha256
    blobs = list(archive.root.rglob("*.gz"))
    assert len(blobs) == 1


def test_rel_canonical_dedup(site, run, source, state):
    canon = site.url("/canon.html")
    body = (f'<html><head><link rel="canonical" href="{canon}"></head>'
            "<body><p>v1</p></body></html>").encode()
    a = site.page("/print/canon.html", body=body)
    _, _, _, by_url = run([source(urls=[a], allow_private=True)])
    assert by_url[a].outcome == "fetched" and by_url[a].canonical_url == canon
    # later the canonical URL itself shows up (with slightly different bytes): duplicate
    site.page("/canon.html", body=body.replace(b"v1", b"v2"))
    b = site.url("/canon.html")
    cands, _, _, by_url = run([source(urls=[b], allow_private=True)])
    assert cands == []  # known canonical: not even fetched
    assert state.is_done(canon)


def test_rel_canonical_to_other_site_ignored(site, run, source):
    body = (b'<html><head><link rel="canonical" href="https://victim.example/x"></head>'
            b"<body>spoof</body></html>")
    a = site.page("/spoof.html", body=body)
    _, _, _, by_url = run([source(urls=[a], allow_private=True)])
    assert by_url[a].canonical_url == a


def test_fetched_twice_is_stored_once(site, run, source):
    a = site.page("/once.html", "once")
    run([source(urls=[a], allow_private=True)])
    cands, _, page_recs, _ = run([source(urls=[a, a + "?utm_campaign=x"], allow_private=True)])
    assert cands == [] and page_recs == []
    assert site.paths().count("/once.html") == 1


def test_conditional_get_and_pending(site, state, settings, config, source, rss_bytes, run):
    hits = []

    def feed(req):
        hits.append(dict(req.headers))
        if req.headers.get("If-None-Match") == '"v1"':
            req.send_reply(Reply(status=304, content_type=None))
        else:
            req.send_reply(Reply(body=rss_bytes([("/p1.html", "P1"), ("/p2.html", "P2")]),
                                 content_type="application/rss+xml", headers={"ETag": '"v1"'}))

    url = site.route("/cond.xml", feed)
    site.page("/p1.html")
    site.route("/p2.html", Reply(status=503))  # fails this run
    s = source("c", "rss", url=url, allow_private=True)
    cands, feed_recs, page_recs, _ = run([s])
    assert {r.outcome for r in page_recs} == {"fetched", "error"}
    # second run: feed unchanged (304) but the failed article is offered again
    site.page("/p2.html", "now fine")
    cands, feed_recs, page_recs, _by_url = run([s])
    assert hits[1].get("If-None-Match") == '"v1"'
    assert [r.outcome for r in feed_recs] == ["unchanged"]
    assert [c.url for c in cands] == [site.url("/p2.html")]
    assert page_recs[0].outcome == "fetched"
    # third run: nothing left
    cands, _, _, _ = run([s])
    assert cands == []


def test_give_up_after_max_attempts(site, run, source, state):
    url = site.route("/down.html", Reply(status=500))
    s = source(urls=[url], allow_private=True)
    for _ in range(3):  # config.max_attempts == 3
        cands, _, recs, _ = run([s])
        assert len(cands) == 1 and recs[0].outcome == "error"
    cands, _, _, _ = run([s])
    assert cands == []


def test_sitemap_index_and_gzip_urlset(site, run, source):
    for i in range(3):
        site.page(f"/s/{i}.html")
    urlset = (b'<?xml version="1.0" encoding="UTF-8"?>'
              b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
              + b"".join(f"<url><loc>{site.url(f'/s/{i}.html')}</loc><news:news>"
                         f"<news:publication_date>2026-11-0{i + 1}T08:00:00+01:00"
                         f"</news:publication_date><news:title>T{i}</news:title></news:news>"
                         f"</url>".encode() for i in range(2))
              + b"</urlset>")
    plain = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + f"<url><loc>{site.url('/s/2.html')}</loc></url>".encode() + b"</urlset>")
    site.route("/news.xml.gz", Reply(body=gzip_bytes(urlset), content_type="application/gzip"))
    site.route("/plain.xml", Reply(body=plain, content_type="application/xml"))
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>/news.xml.gz</loc></sitemap><sitemap><loc>/plain.xml</loc></sitemap>"
             b"<sitemap><loc>/missing.xml</loc></sitemap></sitemapindex>")
    url = site.route("/index.xml", Reply(body=index, content_type="application/xml"))
    cands, _feed_recs, page_recs, by_url = run([source("m", "sitemap", url=url, allow_private=True)])
    assert sorted(c.url for c in cands) == sorted(site.url(f"/s/{i}.html") for i in range(3))
    first = next(c for c in cands if c.url.endswith("/s/0.html"))
    assert first.title == "T0" and first.published == "2026-11-01T07:00:00Z"
    assert by_url[site.url("/missing.xml")].outcome == "error"
    assert all(r.outcome == "fetched" for r in page_recs)


def test_url_list_file_and_inline(site, run, source, tmp_path):
    site.page("/l1.html")
    site.page("/l2.html")
    lst = site.route("/list.txt", Reply(body=b"# picks\n/l1.html\n\n" + site.url("/l2.html").encode(),
                                        content_type="text/plain"))
    cands, _, recs, _ = run([source(urls=[site.url("/l1.html")], url=lst, allow_private=True)])
    assert sorted(c.url for c in cands) == [site.url("/l1.html"), site.url("/l2.html")]
    assert all(r.outcome == "fetched" for r in recs)


def test_folder_source(tmp_path, run, source, archive):
    drop = tmp_path / "drop"
    (drop / "sub").mkdir(parents=True)
    (drop / "a.html").write_text("<p>a</p>")
    (drop / "sub" / "b.txt").write_text("b text")
    (drop / "c.pdf").write_bytes(b"%PDF")
    (drop / ".hidden.html").write_text("x")
    cands, _, recs, _ = run([source("inbox", "folder", path=str(drop))])
    assert sorted(c.url.rsplit("/", 1)[1] for c in cands) == ["a.html", "b.txt"]
    assert all(c.url.startswith("file:///") for c in cands)
    assert all(r.outcome == "fetched" and archive.exists(r.content_sha256) for r in recs)


def test_demo_sources_file(state, settings, config, archive):
    from newsfacts.fetch import fetch_candidates

    sources = load_sources(DEMO_DIR / "sources.yml")
    assert sources[0].name == "harbour-gazette" and sources[0].url.startswith("file:///")
    cands, recs = discover(sources, state=state, settings=settings, config=config)
    assert recs == [] and len(cands) >= 10
    assert all(c.url.startswith("file:///") and "/site/articles/" in c.url for c in cands)
    out = fetch_candidates(cands, sources=sources, archive=archive, state=state,
                           settings=settings, config=config)
    assert all(r.outcome == "fetched" for r in out)
    # second run: the feed file did not change (its content hash is the validator)
    cands, recs = discover(sources, state=state, settings=settings, config=config)
    assert cands == [] and [r.outcome for r in recs] == ["unchanged"]


def test_demo_feed_over_http(tmp_path, make_site, run, source):
    """The same demo feed served over HTTP resolves its relative links to the server."""
    s = make_site()
    feed = (DEMO_DIR / "site" / "feed.xml").read_bytes()
    s.route("/feed.xml", Reply(body=feed, content_type="application/rss+xml"))
    for p in sorted((DEMO_DIR / "site" / "articles").glob("*.html"))[:100]:
        s.page(f"/articles/{p.name}", body=p.read_bytes())
    cands, _, recs, _ = run([source("demo", "rss", url=s.url("/feed.xml"), allow_private=True)])
    assert cands and all(c.url.startswith(s.url("/articles/")) for c in cands)
    assert all(r.outcome == "fetched" for r in recs)


def test_disabled_source_and_max_articles(site, run, source):
    urls = [site.page(f"/m{i}.html") for i in range(5)]
    cands, _, _, _ = run([source("off", urls=urls, allow_private=True, enabled=False)])
    assert cands == []
    cands, _, _, _ = run([source("on", urls=urls, allow_private=True, max_articles=2)])
    assert len(cands) == 2
    cands, _, _, _ = run([source("on", urls=urls, allow_private=True, max_articles=2)])
    assert len(cands) == 2  # the next two


def test_feedparser_never_fetches_or_opens_files(site, run, source, tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(ATOM)
    site.page("/secret")
    a = _feed(site, "/a.xml", site.url("/secret").encode())  # a feed whose body is a URL
    b = _feed(site, "/b.xml", str(secret).encode())  # ... or a file name
    cands, _, _, by_url = run([source("a", "rss", url=a, allow_private=True),
                               source("b", "rss", url=b, allow_private=True)])
    assert cands == []
    assert by_url[a].outcome == "error" and by_url[b].outcome == "error"
    assert "/secret" not in site.paths()


def test_per_source_limits(site, run, source):
    big = site.page("/big.html", body=b"<p>" + b"x" * 200_000 + b"</p>")
    _, _, _, by_url = run([source(urls=[big], allow_private=True, max_bytes=100_000)])
    assert by_url[big].outcome == "error" and "too large" in by_url[big].error


def test_inline_local_paths_in_url_list(tmp_path, run, source):
    page = tmp_path / "one.html"
    page.write_text("<p>one</p>")
    cands, _, recs, _ = run([source(urls=[page.as_uri()])])
    assert [c.url for c in cands] == [page.as_uri()] and recs[0].outcome == "fetched"


def test_same_text_different_markup_is_duplicate(site, run, source):
    story = " ".join(f"Paragraph {i} of the same story about the harbour." for i in range(30))
    a = site.page("/x1.html", body=(f"<html><script>var t='tok1'</script><body><p>{story}</p>"
                                    "</body></html>").encode())
    b = site.page("/x2.html", body=(f"<html><script>var t='tok2'</script><!-- ad 7 -->"
                                    f"<body><div><p>{story}</p></div></body></html>").encode())
    short1 = site.page("/s1.html", body=b"<html><script>app(1)</script><body></body></html>")
    short2 = site.page("/s2.html", body=b"<html><script>app(2)</script><body></body></html>")
    _, _, _, by_url = run([source(urls=[a, b, short1, short2], allow_private=True)])
    assert by_url[a].outcome == "fetched" and by_url[b].outcome == "duplicate"
    assert by_url[b].content_sha256 == by_url[a].content_sha256
    # pages with (almost) no text are never merged by the text fingerprint
    assert by_url[short1].outcome == by_url[short2].outcome == "fetched"


def test_malformed_links_are_recorded_not_fatal(site, run, source, rss_bytes):
    ok = site.page("/fine.html")
    bad = ["http://[invalid/", "http://exa mple.test/", "http://:80/", "https://",
           "http://127.0.0.1:99999/", "mailto:x@example.org", "javascript:alert(1)"]
    feed = _feed(site, "/mixed.xml", rss_bytes([(u, "x") for u in bad] + [(ok, "ok")]))
    cands, _, _, by_url = run([source("m", "rss", url=feed, allow_private=True)])
    assert [c.url for c in cands] == [ok] and by_url[ok].outcome == "fetched"
    for u in bad:
        assert by_url[u].outcome in ("error", "skipped") and by_url[u].error, u
