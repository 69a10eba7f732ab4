"""Sources YAML, Archive, FetchState, canonical URLs, decoding, grouping, records."""

from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fetchkit import Reply

from newsfacts.archive import Archive, ArchiveError
from newsfacts.errors import UserError
from newsfacts.fetch import (
    Candidate,
    FetchRecord,
    FetchState,
    canonical_url,
    decode_html,
    group_by_host,
)
from newsfacts.sources import load_sources

# -- sources ---------------------------------------------------------------------------

GOOD_YAML = """
sources:
  - {name: wire, kind: rss, url: "https://example.org/world/rss.xml"}
  - {name: lab, kind: rss, url: "http://127.0.0.1:8000/feed.xml", allow_private: true}
  - {name: picks, kind: urls, urls: ["https://example.org/a.html"]}
  - {name: map, kind: sitemap, url: "https://example.org/news-sitemap.xml"}
  - {name: inbox, kind: folder, path: "./drop"}
  - name: local
    kind: rss
    url: site/feed.xml
    rate_limit: 0.5
    max_articles: 20
    user_agent: "newsfacts-test/1"
    enabled: false
"""


def test_load_sources_shape(tmp_path):
    f = tmp_path / "sources.yml"
    f.write_text(GOOD_YAML)
    s = {x.name: x for x in load_sources(f)}
    assert s["wire"].kind == "rss" and not s["wire"].allow_private and s["wire"].rate_limit == 1.0
    assert s["lab"].allow_private
    assert s["picks"].urls == ("https://example.org/a.html",)
    assert s["inbox"].path == str(tmp_path / "drop") and s["inbox"].is_local
    assert s["local"].url == (tmp_path / "site" / "feed.xml").as_uri()
    assert s["local"].is_local and not s["local"].enabled
    assert s["local"].max_articles == 20 and s["local"].rate_limit == 0.5
    assert s["local"].user_agent == "newsfacts-test/1"
    assert json.loads(json.dumps(s["picks"].to_dict()))["urls"] == ["https://example.org/a.html"]


@pytest.mark.parametrize("text,needle", [
    ("sources: [{name: a, kind: rss}]", "url"),
    ("sources: [{name: a, kind: podcast, url: 'http://x.org/'}]", "kind"),
    ("sources: [{name: a, kind: rss, url: 'ftp://x.org/f'}]", "url"),
    ("sources: [{name: a, kind: rss, url: 'http://x.org/', rate_limit: fast}]", "rate_limit"),
    ("sources: [{name: a, kind: rss, url: 'http://x.org/', allow_private: yes please}]",
     "allow_private"),
    ("sources: [{name: a, kind: rss, url: 'http://x.org/', colour: red}]", "colour"),
    ("sources: [{name: a, kind: urls, urls: [x]}, {name: a, kind: urls, urls: [y]}]", "duplicate"),
    ("sources: {name: a}", "list"),
    ("nothing: here", "sources"),
    ("sources: [{name: a, kind: rss, url: 'http://x.org/'\n", "invalid YAML"),
    ("sources: [{name: a, kind: folder}]", "path"),
])
def test_load_sources_errors_name_file_and_key(tmp_path, text, needle):
    f = tmp_path / "bad.yml"
    f.write_text(text)
    with pytest.raises(UserError) as exc:
        load_sources(f)
    assert str(f) in str(exc.value) and needle in str(exc.value)


def test_missing_sources_file(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_sources(tmp_path / "nope.yml")


# -- archive ----------------------------------------------------------------------------

def test_archive_roundtrip_idempotent_immutable(tmp_path):
    a = Archive(tmp_path / "arc")
    data = b"<html>hello</html>"
    key = a.put(data)
    assert key == Archive.key_for(data) and len(key) == 64
    path = a.path_for(key)
    assert path == tmp_path / "arc" / key[:2] / f"{key}.gz"
    mtime = path.stat().st_mtime_ns
    assert a.put(data) == key and path.stat().st_mtime_ns == mtime
    assert a.get(key) == data and a.exists(key) and key in a
    assert not os.access(path, os.W_OK) or os.geteuid() == 0
    assert oct(path.stat().st_mode & 0o777) == "0o444"
    assert not a.exists("0" * 64) and not a.exists("../etc/passwd")
    with pytest.raises(KeyError):
        a.get("0" * 64)
    with pytest.raises(ArchiveError):
        a.get("../../etc/passwd")


def test_archive_concurrent_puts(tmp_path):
    a = Archive(tmp_path / "arc")
    data = os.urandom(200_000)
    with ThreadPoolExecutor(8) as ex:
        keys = set(ex.map(lambda _: a.put(data), range(32)))
    assert len(keys) == 1 and a.get(keys.pop()) == data
    assert [p.name for p in (tmp_path / "arc").rglob("*") if p.is_file()] == [
        f"{Archive.key_for(data)}.gz"]


# -- state ------------------------------------------------------------------------------

def test_state_claims_content_exactly_once(tmp_path):
    st = FetchState(tmp_path / "st")
    wins = []
    barrier = threading.Barrier(8)

    def claim(i):
        barrier.wait()
        if st.claim_content("ab" * 32, f"https://x.org/{i}"):
            wins.append(i)

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert len(wins) == 1
    assert st.content_owner("ab" * 32) == f"https://x.org/{wins[0]}"
    assert st.claim_content("ab" * 32, f"https://x.org/{wins[0]}")  # owner may re-claim


def test_state_claims_across_processes(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from newsfacts.fetch import FetchState; "
            "print(FetchState(sys.argv[1]).claim_content('cd' * 32, sys.argv[2]))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "st"), f"u{i}"],
                              stdout=subprocess.PIPE, text=True) for i in range(4)]
    results = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert sorted(results) == ["False", "False", "False", "True"]


def test_state_records_validators_pending(tmp_path):
    st = FetchState(tmp_path / "st")
    st.record("https://x.org/a", final=True, sha256="e" * 64, outcome="fetched")
    assert st.is_done("https://x.org/a") and st.sha_for("https://x.org/a") == "e" * 64
    assert not st.is_done("https://x.org/b")
    assert [e["canonical_url"] for e in st.iter_urls()] == ["https://x.org/a"]
    st.set_feed_validators("https://x.org/f", '"etag"', "Mon, 01 Jan 2026 00:00:00 GMT")
    assert st.feed_validators("https://x.org/f")["etag"] == '"etag"'
    c = Candidate(url="https://x.org/b", source="s/../weird", canonical_url="https://x.org/b")
    st.add_pending(c)
    assert [p.url for p in st.pending("s/../weird")] == ["https://x.org/b"]
    st.remove_pending(c)
    assert st.pending("s/../weird") == []
    # a torn file reads as absent, never raises
    p = st._url_path("https://x.org/a")
    p.write_text("{not json")
    assert st.get("https://x.org/a") is None


# -- canonical URLs -----------------------------------------------------------------------

@pytest.mark.parametrize("raw,canon", [
    ("HTTPS://Example.ORG:443/a/./b/../c.html?utm_source=x&b=2&a=1#frag",
     "https://example.org/a/c.html?a=1&b=2"),
    ("http://example.org", "http://example.org/"),
    ("http://example.org:8080/x?fbclid=1&gclid=2&mc_cid=3", "http://example.org:8080/x"),
    ("http://example.org/x?id=5&utm_medium=rss", "http://example.org/x?id=5"),
    ("http://user:pw@example.org/x", "http://example.org/x"),
    ("http://example.org/caf%C3%A9", "http://example.org/caf%C3%A9"),
    ("http://example.org/café", "http://example.org/caf%C3%A9"),
    ("http://bücher.example/x", "http://xn--bcher-kva.example/x"),
    ("file:///tmp/a/../b.html", "file:///tmp/b.html"),
])
def test_canonical_url(raw, canon):
    assert canonical_url(raw) == canon


def test_canonical_url_never_raises():
    for junk in ["", "http://[::1", "javascript:alert(1)", "http://x.org:99999/", "\x00"]:
        canonical_url(junk)


# -- decoding -----------------------------------------------------------------------------

TEXT = "Café «déjà vu» – naïve “quotes” € 5"


def test_decode_http_charset_wins_over_meta():
    data = TEXT.encode("cp1252")
    text, enc = decode_html(b'<meta charset="utf-8">' + data, "text/html; charset=windows-1252")
    assert TEXT in text and enc == "cp1252"


def test_decode_wrong_declared_charset_falls_back():
    data = ("<p>" + TEXT + "</p>").encode("cp1252")
    text, enc = decode_html(data, "text/html; charset=utf-8")  # the server lies
    assert TEXT in text and enc == "cp1252"


def test_decode_meta_charset_and_missing_charset():
    data = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    body = "<p>Zürich, Besançon, São Paulo</p>"
    text, enc = decode_html((data + body).encode("latin-1"), "text/html")
    assert "Zürich, Besançon, São Paulo" in text and enc == "cp1252"
    text, enc = decode_html(("<p>" + TEXT + "</p>").encode("utf-8"), None)
    assert TEXT in text and enc == "utf-8"


def test_decode_bom_and_unknown_and_garbage():
    assert decode_html(b"\xef\xbb\xbfhello", "text/html; charset=latin-1") == ("hello", "utf-8")
    assert decode_html("hé".encode("utf-16"), None)[0] == "hé"
    text, _ = decode_html(TEXT.encode("utf-8"), "text/html; charset=x-no-such-charset")
    assert text == TEXT
    text, _enc = decode_html(bytes(range(256)) * 4, "text/html; charset=utf-8")
    assert isinstance(text, str) and text
    assert decode_html(b"", None) == ("", "utf-8")


# -- grouping & records ---------------------------------------------------------------------

def test_group_by_host_keeps_hosts_together():
    cands = [Candidate(url=f"https://h{i % 7}.example/{i}", source="s") for i in range(70)]
    cands += [Candidate(url="file:///tmp/x.html", source="f")]
    groups = group_by_host(cands, 3)
    assert len(groups) == 3
    hosts_by_group = [{c.url.split("/")[2] for c in g} for g in groups]
    for i, a in enumerate(hosts_by_group):
        for b in hosts_by_group[i + 1:]:
            assert not a & b
    assert sum(len(g) for g in groups) == len(cands)
    assert group_by_host([], 4) == []
    assert len(group_by_host(cands, 100)) == 8


def test_records_and_candidates_are_json():
    c = Candidate(url="https://x.org/a", source="s", title="T", published="2026-01-01T00:00:00Z")
    assert Candidate.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    r = FetchRecord.for_candidate(c, outcome="fetched", bytes=10, http_status=200)
    d = json.loads(json.dumps(r.to_dict()))
    assert FetchRecord.from_dict(d) == r
    assert set(r.to_json_line()) == {"source", "url", "final_url", "outcome", "error",
                                     "bytes", "http_status"}
    assert r.to_json_line()["source"] == "s"
    assert d["fetched_at"].endswith("Z") and d["title"] == "T"


# -- charsets over HTTP -----------------------------------------------------------------------

@pytest.mark.parametrize("ctype,encoding,expect", [
    ("text/html; charset=windows-1252", "cp1252", "cp1252"),
    ("text/html; charset=ISO-8859-1", "latin-1", "cp1252"),
    ("text/html", "cp1252", "cp1252"),  # missing charset
    ("text/html; charset=utf-8", "cp1252", "cp1252"),  # wrong charset
    ("text/html; charset=utf-8", "utf-8", "utf-8"),
    (None, "utf-8", "utf-8"),
])
def test_charsets_over_http(site, run, source, archive, ctype, encoding, expect):
    words = "Señor Müller’s café" if encoding != "latin-1" else "Señor Müller's café"
    body = f"<html><body><p>{words}</p></body></html>".encode(encoding)
    url = site.route("/c.html", Reply(body=body, content_type=ctype))
    _, _, _, by_url = run([source(urls=[url], allow_private=True)])
    rec = by_url[url]
    assert rec.outcome == "fetched" and rec.charset == expect
    assert archive.get(rec.content_sha256) == body  # raw bytes kept untouched
    assert words in decode_html(body, ctype)[0]


def test_fetch_limits_come_from_the_settings(settings):
    from newsfacts.fetch import FetchConfig
    from newsfacts.fetch.config import resolve_config
    from newsfacts.settings import Settings

    s = Settings.from_env({"NEWSFACTS_HOME": str(settings.home),
                           "NEWSFACTS_FETCH_MAX_BYTES": "2048",
                           "NEWSFACTS_FETCH_TOTAL_TIMEOUT": "7.5",
                           "NEWSFACTS_FETCH_WORKERS": "3"})
    cfg = resolve_config(s, None)
    assert (cfg.max_bytes, cfg.total_timeout, cfg.workers) == (2048, 7.5, 3)
    assert resolve_config(settings, None) == FetchConfig()
    explicit = FetchConfig(workers=1)
    assert resolve_config(s, explicit) is explicit
