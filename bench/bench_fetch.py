"""Benchmark discover + fetch against a local web: N pages over H hosts (127.0.0.2...).

The servers run in a separate process (so the figures are the fetcher's own: its CPU, its
peak RSS); each host serves one RSS feed listing its pages, or with ``--sitemaps K`` a
sitemap index over K child sitemaps (ETag validators, 304 when unchanged). The run goes through the real
code path: sources -> discover (robots.txt, conditional GET) -> fetch_candidates (SSRF
guard, per-host politeness, byte caps, archive, state). Afterwards the servers report, per
host, the most requests they ever saw at the same time and the smallest gap between two
requests: proof that the per-host limits held.

    .venv/bin/python bench/bench_fetch.py                # 2,000 pages, 20 hosts
    .venv/bin/python bench/bench_fetch.py --pages 400 --hosts 4 --rate-limit 0.05 --json
    .venv/bin/python bench/bench_fetch.py --sitemaps 5 --non-english 0.2

With ``--sitemaps`` a third discovery runs after one child sitemap per host gained an
article while its index did not change: ``grown.found`` must equal the number of hosts.
``--non-english F`` makes that share of the pages Korean, without a declared language, so
the language detector (and its model) is paid for; they are archived as articles without
facts (fetch outcome "skipped", error "language: ko ...").

Not part of the test suite.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing as mp
import resource
import shutil
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WORDS = ("minister said talks would resume next week as troops moved toward the border and "
         "officials in the capital confirmed the visit of the delegation").split()


KOREAN = ("정부는 월요일 국경 지역에 병력을 추가로 배치하겠다고 밝혔다 대변인은 회담이 다음 주에 "
          "재개될 것이라고 말했다 관계자들은 수도에서 대표단의 방문을 확인했다").split()


def _korean(i: int, f: float) -> bool:
    """Is page i one of the share f of Korean pages (spread evenly)?"""
    return int((i + 1) * f) > int(i * f)


def _page(host: int, i: int, korean: bool = False) -> bytes:
    n = 600 + (i * 37 % 1400)
    vocab = KOREAN if korean else WORDS
    words = " ".join(vocab[(i + k) % len(vocab)] for k in range(n))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Host {host} story {i}"
            f"</title></head><body><article><h1>Story {i}</h1><p>{words}</p></article>"
            f"</body></html>").encode()


def _feed(host_base: str, n: int) -> bytes:
    items = "".join(f"<item><title>Story {i}</title><link>{host_base}/a/{i}.html?utm_source=rss"
                    f"</link><pubDate>Mon, 23 Nov 2026 14:20:00 +0000</pubDate></item>"
                    for i in range(n))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>b'
            f"</title><link>{host_base}/</link><description>d</description>{items}"
            f"</channel></rss>").encode()


def _urlset(host_base: str, ids) -> bytes:
    urls = "".join(f"<url><loc>{host_base}/a/{i}.html</loc><lastmod>2026-11-23</lastmod></url>"
                   for i in ids)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{urls}</urlset>').encode()


def _index(host_base: str, k: int) -> bytes:
    maps = "".join(f"<sitemap><loc>{host_base}/sitemap-{j}.xml</loc></sitemap>"
                   for j in range(k))
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.'
            f'org/schemas/sitemap/0.9">{maps}</sitemapindex>').encode()


def serve(hosts: int, pages_per_host: int, conn, stop, sitemaps: int = 0,
          non_english: float = 0.0, grow=None) -> None:
    """Child process: one threaded server per loopback address; reports stats at the end.
    ``grow`` (an Event): once set, child sitemap 0 of every host lists one more page."""
    stats: dict[str, dict] = {}
    lock = threading.Lock()
    servers = []

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            host = self.server.server_address[0]
            t0 = time.monotonic()
            with lock:
                s = stats[host]
                s["active"] += 1
                s["max_active"] = max(s["max_active"], s["active"])
                if s["last_end"] is not None:
                    s["min_gap"] = min(s["min_gap"], t0 - s["last_end"])
                if s["last_start"] is not None:
                    s["min_start_gap"] = min(s["min_start_gap"], t0 - s["last_start"])
                s["last_start"] = t0
                s["requests"] += 1
            try:
                path = self.path.split("?")[0]
                idx = int(host.rsplit(".", 1)[1])
                base = f"http://{host}:{self.server.server_address[1]}"
                ctype, enc, etag = "text/html; charset=utf-8", None, None
                if path == "/robots.txt":
                    body, ctype = b"User-agent: *\nDisallow: /private/\n", "text/plain"
                elif path == "/feed.xml":
                    body = _feed(base, pages_per_host)
                    ctype = "application/rss+xml"
                elif sitemaps and path == "/sitemap-index.xml":
                    body, ctype = _index(base, sitemaps), "application/xml"
                elif sitemaps and path.startswith("/sitemap-"):
                    j = int(path[len("/sitemap-"):].split(".")[0])
                    ids: list = list(range(j, pages_per_host, sitemaps))
                    if j == 0 and grow is not None and grow.is_set():
                        ids.append("new")
                    body, ctype = _urlset(base, ids), "application/xml"
                elif path.startswith("/a/"):
                    name = path[3:].split(".")[0]
                    i = pages_per_host if name == "new" else int(name)
                    body = _page(idx, i, _korean(i, non_english))
                    if idx % 2 == 0:  # half the hosts compress
                        body, enc = gzip.compress(body, 5), "gzip"
                else:
                    body, ctype = b"not found", "text/plain"
                if ctype == "application/xml":
                    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        with lock:
                            s["not_modified"] += 1
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                self.send_response(200 if body != b"not found" else 404)
                self.send_header("Content-Type", ctype)
                if enc:
                    self.send_header("Content-Encoding", enc)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            finally:
                with lock:
                    s["active"] -= 1
                    s["last_end"] = time.monotonic()

    class S(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, *a):
            pass

    ports = {}
    for i in range(hosts):
        addr = f"127.0.0.{2 + i}"
        srv = S((addr, 0), H)
        stats[addr] = {"active": 0, "max_active": 0, "requests": 0, "not_modified": 0,
                       "min_gap": float("inf"),
                       "min_start_gap": float("inf"), "last_end": None, "last_start": None}
        ports[addr] = srv.server_address[1]
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1},
                         daemon=True).start()
        servers.append(srv)
    conn.send(ports)
    stop.wait()
    for srv in servers:
        srv.shutdown()
    conn.send({h: {k: v for k, v in s.items() if not k.startswith("last_")}
               for h, s in stats.items()})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--rate-limit", type=float, default=0.02, help="seconds between requests per host")
    ap.add_argument("--workers", type=int, default=20)
    ap.add_argument("--sitemaps", type=int, default=0,
                    help="serve a sitemap index over this many child sitemaps per host")
    ap.add_argument("--non-english", type=float, default=0.0,
                    help="share of pages in Korean, no language declared (0..1)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not 1 <= args.hosts <= 200:
        ap.error("--hosts must be 1..200")

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "include"))
    from newsfacts.archive import Archive
    from newsfacts.fetch import FetchConfig, FetchState, discover, fetch_candidates
    from newsfacts.settings import Settings
    from newsfacts.sources import Source

    per_host = args.pages // args.hosts
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    stop = ctx.Event()
    grow = ctx.Event()
    proc = ctx.Process(target=serve, args=(args.hosts, per_host, child, stop, args.sitemaps,
                                           args.non_english, grow), daemon=True)
    proc.start()
    ports = parent.recv()
    work = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    try:
        settings = Settings.from_env({"NEWSFACTS_HOME": str(work)})
        cfg = FetchConfig(workers=args.workers, retries=1, backoff=0.1)
        kind, doc = ("sitemap", "sitemap-index.xml") if args.sitemaps else ("rss", "feed.xml")
        sources = [Source(name=f"h{i}", kind=kind, url=f"http://{h}:{p}/{doc}",
                          allow_private=True, rate_limit=args.rate_limit)
                   for i, (h, p) in enumerate(sorted(ports.items()))]
        state = FetchState(work / "state")
        archive = Archive(work / "archive")
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.monotonic()
        cands, feed_recs = discover(sources, state=state, settings=settings, config=cfg)
        t1 = time.monotonic()
        recs = fetch_candidates(cands, sources=sources, archive=archive, state=state,
                                settings=settings, config=cfg)
        t2 = time.monotonic()
        # second pass: everything is known, feeds are re-read, nothing is refetched
        cands2, recs2 = discover(sources, state=state, settings=settings, config=cfg,
                                 include_feed_success=True)
        t3 = time.monotonic()
        grown = None
        if args.sitemaps:  # third pass: every index unchanged, one child per host grew
            grow.set()
            t4 = time.monotonic()
            cands3, _ = discover(sources, state=state, settings=settings, config=cfg)
            grown = {"discover_s": round(time.monotonic() - t4, 2), "found": len(cands3)}
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stop.set()
        server_stats = parent.recv()
        proc.join(10)
        outcomes: dict[str, int] = {}
        for r in feed_recs + recs:
            outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
        fetched = outcomes.get("fetched", 0)
        stored = fetched + sum(1 for r in recs if r.outcome == "skipped" and r.new_article)
        result = {
            "pages": len(cands), "hosts": args.hosts, "rate_limit_s": args.rate_limit,
            "workers": args.workers,
            "discover_s": round(t1 - t0, 2),
            "fetch_s": round(t2 - t1, 2),
            "pages_per_s": round(fetched / (t2 - t1), 1) if t2 > t1 else None,
            "outcomes": outcomes,
            "rediscover_s": round(t3 - t2, 2), "rediscovered": len(cands2),
            "rediscover_outcomes": dict(sorted(
                {o: sum(1 for r in recs2 if r.outcome == o) for o in
                 {r.outcome for r in recs2}}.items())),
            "requests_answered_304": sum(s["not_modified"] for s in server_stats.values()),
            "grown": grown,
            "languages": dict(sorted({lang: sum(1 for r in recs if r.language == lang)
                                      for lang in {r.language for r in recs}}.items(),
                                     key=lambda kv: str(kv[0]))),
            "peak_rss_mb": round(peak_kb / 1024, 1),
            "rss_before_mb": round(rss0 / 1024, 1),
            "bytes_archived": sum(p.stat().st_size for p in (work / "archive").rglob("*.gz")),
            "per_host_max_concurrency": max(s["max_active"] for s in server_stats.values()),
            # smallest pause between the end of one response and the next request, and
            # between two request starts (the start gap can never be below rate_limit;
            # the end gap is measured by the server thread, a hair late)
            "per_host_min_gap_s": round(min(s["min_gap"] for s in server_stats.values()), 4),
            "per_host_min_start_gap_s": round(
                min(s["min_start_gap"] for s in server_stats.values()), 4),
            "per_host_requests": sorted({s["requests"] for s in server_stats.values()}),
            # lower bound for one host doing its pages one by one, rate_limit apart
            "politeness_floor_s": round(per_host * args.rate_limit, 2),
        }
        ok = (result["per_host_max_concurrency"] == 1
              and result["per_host_min_start_gap_s"] >= args.rate_limit
              and stored == args.hosts * per_host and not cands2
              and (grown is None or grown["found"] == args.hosts))
        result["limits_held"] = ok
        if args.json:
            print(json.dumps(result, indent=2))
        else:
            for k, v in result.items():
                print(f"{k:>26}: {v}")
        return 0 if ok else 1
    finally:
        stop.set()
        if proc.is_alive():
            proc.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
