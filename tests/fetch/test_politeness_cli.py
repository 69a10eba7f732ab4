"""Per-host politeness (one connection at a time, rate_limit apart, hosts in parallel), the
user agent, and the `newsfacts fetch --json` command."""

from __future__ import annotations

import itertools
import json
import time

from fetchkit import Reply

from newsfacts.cli import main


def test_per_host_concurrency_and_delay(make_site, run, source, config):
    sites = [make_site(f"127.0.0.{i}") for i in (2, 3, 4)]
    urls = [s.page(f"/p{i}.html", f"{s.host} {i}") for i in range(4) for s in sites]
    t0 = time.monotonic()
    _, _, recs, _ = run([source(urls=urls, allow_private=True, rate_limit=0.2)],
                        config.with_(workers=8))
    took = time.monotonic() - t0
    assert all(r.outcome == "fetched" for r in recs)
    for s in sites:
        hits = sorted(s.hits, key=lambda h: h.start)
        assert next(h.path for h in hits) == "/robots.txt" and len(hits) == 5
        assert s.server.max_active == 1
        gaps = [b.start - a.end for a, b in itertools.pairwise(hits)]
        assert min(gaps) >= 0.18, gaps
    assert took < 4 * 0.2 * 3  # hosts were fetched in parallel


def test_user_agent_per_source(site, run, source, settings):
    a = site.page("/ua1.html", "one")
    b = site.page("/ua2.html", "two")
    run([source("custom", urls=[a], allow_private=True, user_agent="custom-agent/2"),
         source("default", urls=[b], allow_private=True)])
    agents = {h.path: h.headers.get("user-agent") for h in site.hits}
    assert agents["/ua1.html"] == "custom-agent/2"
    assert agents["/ua2.html"] == settings.user_agent and "newsfacts" in agents["/ua2.html"]


def test_cli_fetch_json(site, tmp_path, monkeypatch, capsys, rss_bytes):
    for i in range(3):
        site.page(f"/a{i}.html", f"article {i}")
    site.route("/feed.xml", Reply(body=rss_bytes([(f"/a{i}.html", f"A{i}") for i in range(3)]
                                                 + [("/missing.html", "M"),
                                                    ("/a0.html?utm_source=x", "dup")]),
                                  content_type="application/rss+xml"))
    (tmp_path / "drop").mkdir()
    (tmp_path / "drop" / "x.html").write_text("<p>local</p>")
    sources = tmp_path / "sources.yml"
    sources.write_text(
        "sources:\n"
        f"  - {{name: lab, kind: rss, url: '{site.url('/feed.xml')}', allow_private: true,"
        " rate_limit: 0}\n"
        "  - {name: inbox, kind: folder, path: drop}\n"
        f"  - {{name: public, kind: urls, urls: ['{site.url('/pub.html')}']}}\n")
    monkeypatch.setenv("NEWSFACTS_HOME", str(tmp_path / "home"))
    rc = main(["fetch", "--sources", str(sources), "--json"])
    assert rc == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    summary = lines[-1]["summary"]
    per_url = lines[:-1]
    for obj in per_url:
        assert set(obj) == {"source", "url", "final_url", "outcome", "error", "bytes",
                            "http_status"}
        # every line names its source
        assert obj["source"] == ("inbox" if obj["url"].startswith("file:") else
                                 "public" if obj["url"].endswith("/pub.html") else "lab"), obj
    assert len({o["url"] for o in per_url}) == len(per_url)  # one outcome per URL
    outcomes = {o["url"]: o["outcome"] for o in per_url}
    assert outcomes[site.url("/feed.xml")] == "fetched"
    assert [outcomes[site.url(f"/a{i}.html")] for i in range(3)] == ["fetched"] * 3
    assert outcomes[site.url("/missing.html")] == "error"
    assert outcomes[site.url("/a0.html?utm_source=x")] == "duplicate"
    assert outcomes[(tmp_path / "drop" / "x.html").as_uri()] == "fetched"
    # the public (no allow_private) source may not reach loopback: its URL is an error
    errors = [o for o in per_url if o["outcome"] == "error"]
    assert any("allow_private" in (o["error"] or "") for o in errors)
    assert summary["attempted"] == len(per_url) and summary["fetched"] == 5
    log = summary["fetch_log"]
    with open(log, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f]
    assert len(rows) == len(per_url) and {"elapsed_ms", "content_type", "final_url"} <= set(rows[0])
    # a second run finds nothing new and the feed is unchanged or re-read, never re-fetched
    rc = main(["fetch", "--sources", str(sources), "--json"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[-1]["summary"]["articles"] == 0 or all(
        o["outcome"] != "fetched" for o in lines[:-1] if "/a" in o["url"])


def test_cli_bad_sources_file(tmp_path, capsys):
    bad = tmp_path / "bad.yml"
    bad.write_text("sources: [{name: a, kind: rss}]")
    assert main(["fetch", "--sources", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "url" in err
