"""Credentials in a source's URLs (``https://user:pass@host/...``, ``?token=...``) are used
for the request but never shown: not by `newsfacts fetch` (text or --json), not in the
fetch log, not in the records the pipeline writes (newsfacts.sanitize.mask_secrets)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from fetchkit import Reply

from newsfacts.cli import main

PASSWORD = "pw-Zq81xT"
TOKEN = "tok-7Hd2Kp90"


def test_fetch_never_prints_or_logs_url_credentials(site, tmp_path, monkeypatch, capsys):
    site.page("/private.html", "<p>members only</p>")
    site.route("/feed.xml", Reply(body=(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        f"<item><title>a</title><link>{site.url('/private.html')}?token={TOKEN}</link></item>"
        "</channel></rss>").encode(), content_type="application/rss+xml"))
    authed = site.base.replace("http://", f"http://reader:{PASSWORD}@")
    sources = tmp_path / "sources.yml"
    sources.write_text(
        "sources:\n"
        f"  - {{name: members, kind: urls, allow_private: true, rate_limit: 0, urls: "
        f"['{authed}/private.html', '{authed}/gone.html']}}\n"
        f"  - {{name: feed, kind: rss, allow_private: true, rate_limit: 0, "
        f"url: '{authed}/feed.xml?api_key={TOKEN}'}}\n")
    monkeypatch.setenv("NEWSFACTS_HOME", str(tmp_path / "home"))

    assert main(["fetch", "--sources", str(sources), "--json"]) == 0
    out = capsys.readouterr()
    lines = [json.loads(x) for x in out.out.splitlines()]
    per_url = {o["url"]: o for o in lines[:-1]}
    assert per_url[f"{site.base.replace('http://', 'http://***@')}/private.html"]["outcome"] \
        == "fetched"
    assert per_url[f"{site.base.replace('http://', 'http://***@')}/gone.html"]["outcome"] \
        == "error"
    log_text = Path(lines[-1]["summary"]["fetch_log"]).read_text(encoding="utf-8")
    # the credentials were used: the server saw Basic auth for the member pages
    auth = {h.path: h.headers.get("authorization") for h in site.hits}
    assert auth["/private.html"] == "Basic " + base64.b64encode(
        f"reader:{PASSWORD}".encode()).decode()

    main(["fetch", "--sources", str(sources)])  # the text output too
    text = capsys.readouterr()
    for where in (out.out, out.err, log_text, text.out, text.err):
        assert PASSWORD not in where and TOKEN not in where
        assert "reader:" not in where
    assert "***@" in text.out
