"""SSRF guard: refused addresses on the first request and on every redirect hop, checked on
the resolved IP, with no connection attempt to the refused address."""

from __future__ import annotations

import ipaddress

import pytest
from fetchkit import ATTEMPTED, redirect

from newsfacts.fetch.guard import Policy, classify, resolve_checked


@pytest.mark.parametrize("ip", [
    "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "240.0.0.1", "::1", "::",
    "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1",
    "::ffff:169.254.169.254", "::ffff:10.0.0.1", "2002:7f00:1::1", "64:ff9b::a00:1",
    "192.0.0.192", "100.100.100.200",
])
def test_non_public_addresses_are_classified(ip):
    assert classify(ipaddress.ip_address(ip)) is not None


@pytest.mark.parametrize("ip", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "1.1.1.1"])
def test_public_addresses_pass(ip):
    assert classify(ipaddress.ip_address(ip)) is None


def test_link_local_and_metadata_refused_even_with_allow_private():
    p = Policy(allow_private=True)
    for ip in ("169.254.169.254", "fe80::1", "::ffff:169.254.169.254", "fd00:ec2::254",
               "0.0.0.0"):
        with pytest.raises(Exception, match="refused"):
            resolve_checked(ip, 80, p)
    # loopback and private ranges are what allow_private is for
    assert resolve_checked("127.0.0.1", 80, p) == ["127.0.0.1"]
    assert resolve_checked("10.1.2.3", 80, p) == ["10.1.2.3"]


def test_any_refused_address_refuses_the_name():
    p = Policy()
    with pytest.raises(Exception, match="refused"):
        resolve_checked("mixed.test", 80, p, resolver=lambda h, port: ["8.8.8.8", "127.0.0.1"])


def _one(by_url, url):
    rec = by_url[url]
    return rec.outcome, rec.error or ""


def test_loopback_refused_without_allow_private(site, run, source):
    ok = site.page("/a.html")
    _, _, _, by_url = run([source(urls=[ok])])
    assert by_url[ok].outcome == "error"
    assert "refused" in by_url[ok].error and "allow_private" in by_url[ok].error
    assert site.hits == []  # nothing reached the server


def test_localhost_name_refused(site, run, source):
    url = f"http://localhost:{site.port}/a.html"
    site.page("/a.html")
    _, _, _, by_url = run([source(urls=[url])])
    assert by_url[url].outcome == "error" and "refused" in by_url[url].error
    assert site.hits == []


def test_name_resolving_to_loopback_refused(site, run, source, config):
    site.page("/a.html")
    url = f"http://evil.test:{site.port}/a.html"
    cfg = config.with_(resolver=lambda host, port: ["127.0.0.1"])
    _, _, _, by_url = run([source(urls=[url])], cfg)
    assert by_url[url].outcome == "error" and "refused evil.test" in by_url[url].error
    assert site.hits == []


def test_ipv6_and_mapped_literals_refused(make_site, run, source):
    s4 = make_site("127.0.0.1")
    s4.page("/a.html")
    urls = [f"http://[::ffff:127.0.0.1]:{s4.port}/a.html",
            f"http://[::1]:{s4.port}/a.html",
            f"http://2130706433:{s4.port}/a.html",  # 127.0.0.1 as one integer
            f"http://0x7f.1:{s4.port}/a.html"]
    _, _, _, by_url = run([source(urls=urls)])
    for u in urls:
        rec = by_url[u]
        assert rec.outcome == "error", u
        assert "refused" in rec.error or "invalid" in rec.error or "resolve" in rec.error, rec.error
    assert s4.hits == []


def test_allow_private_reaches_loopback(site, run, source):
    ok = site.page("/a.html", "hello")
    _, _, _, by_url = run([source(urls=[ok], allow_private=True)])
    assert by_url[ok].outcome == "fetched"


@pytest.mark.parametrize("target", [
    "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://10.0.0.1/admin",
    "http://192.168.0.1/",
    "http://[fe80::1]/",
    "http://0.0.0.0:{port}/a.html",
])
def test_redirect_into_forbidden_space_refused_without_connecting(site, run, source, target):
    site.page("/a.html")
    target = target.format(port=site.port)
    start = site.route("/go", redirect(target))
    _, _, _, by_url = run([source(urls=[start], allow_private=True)])
    rec = by_url[start]
    assert rec.outcome == "error"
    assert rec.error.startswith("blocked: refused"), rec.error
    assert rec.final_url == target
    host = target.split("//")[1].split("/")[0].rsplit(":", 1)[0].strip("[]")
    assert all(not a.endswith(host) for a in ATTEMPTED if host not in ("127.0.0.1",))
    assert all(ipaddress.ip_address(a).is_loopback for a in ATTEMPTED)


def test_redirect_to_other_loopback_host_refused(make_site, run, source):
    a = make_site("127.0.0.1")
    b = make_site("::1")
    b.page("/secret")
    start = a.route("/go", redirect(b.url("/secret")))
    _, _, _, by_url = run([source(urls=[start], allow_private=True)])
    assert by_url[start].outcome == "error" and "cross-host redirect" in by_url[start].error
    assert b.hits == []


def test_redirect_from_public_host_to_loopback_refused(make_site, run, source, config):
    """A source without allow_private on a 'public' server (127.0.0.5 is declared public
    through the test hook) redirected to 127.0.0.1: refused on the hop."""
    public = make_site("127.0.0.5")
    inner = make_site("127.0.0.1")
    inner.page("/admin")
    start = public.route("/go", redirect(inner.url("/admin")))
    ok = public.page("/ok.html", "fine")
    cfg = config.with_(public_addresses=frozenset({"127.0.0.5"}))
    _, _, _, by_url = run([source(urls=[start, ok])], cfg)
    assert by_url[start].outcome == "error"
    assert "refused 127.0.0.1" in by_url[start].error
    assert inner.hits == []
    assert by_url[ok].outcome == "fetched"


def test_same_host_redirect_allowed_for_private_source(site, run, source):
    final = site.page("/new.html", "moved here")
    start = site.route("/old.html", redirect("/new.html", 301))
    _, _, _, by_url = run([source(urls=[start], allow_private=True)])
    assert by_url[start].outcome == "fetched"
    assert by_url[start].final_url == final


def test_redirect_to_file_scheme_refused(site, run, source):
    start = site.route("/go", redirect("file:///etc/passwd"))
    _, _, _, by_url = run([source(urls=[start], allow_private=True)])
    assert by_url[start].outcome == "error" and "file://" in by_url[start].error


def test_remote_feed_cannot_point_at_local_files(site, run, source, rss_bytes, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text("<p>secret</p>")
    feed = site.route("/feed.xml", body=rss_bytes([(secret.as_uri(), "x")]),
                      content_type="application/rss+xml")
    cands, feed_recs, _, _ = run([source(kind="rss", url=feed, allow_private=True)])
    assert cands == []
    assert any("local files" in (r.error or "") for r in feed_recs)


def test_no_proxy_from_environment(site, run, source, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://10.9.9.9:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.9.9.9:3128")
    ok = site.page("/a.html")
    _, _, _, by_url = run([source(urls=[ok], allow_private=True)])
    assert by_url[ok].outcome == "fetched"


def test_connects_to_checked_ip_with_original_host_header(site, run, source, config):
    """A name is resolved once by the guard; the connection goes to that IP while the Host
    header keeps the name (virtual hosting works, DNS rebinding cannot)."""
    site.page("/v.html", "virtual host")
    calls = []

    def resolver(host, port):
        calls.append(host)
        return ["127.0.0.1"]

    url = f"http://news.test:{site.port}/v.html"
    _, _, _, by_url = run([source(urls=[url], allow_private=True)],
                          config.with_(resolver=resolver))
    assert by_url[url].outcome == "fetched"
    hosts = {h.path: h.headers.get("host") for h in site.hits}
    assert hosts["/v.html"] == f"news.test:{site.port}"
    assert set(calls) == {"news.test"}
    assert set(ATTEMPTED) == {"127.0.0.1"}


def test_ipv6_loopback_with_allow_private(make_site, run, source):
    s = make_site("::1")
    url = s.page("/six.html", "over IPv6")
    _, _, _, by_url = run([source(urls=[url], allow_private=True)])
    assert by_url[url].outcome == "fetched"
