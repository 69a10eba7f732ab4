"""Benchmark the extractor (not a test).

usage: .venv/bin/python bench/bench_extract.py [DOCS_DIR] [--repeat N]

Reports (1) articles/second for text -> facts on the .txt documents, and (2) for the .html
documents, HTML -> facts time against trafilatura's own extraction time on the same pages.
Targets: >= 200 articles/s from text on one core; HTML-to-facts <= 1.5x trafilatura alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="?", default=str(REPO / ".." / "shared" / "eval" / "dev" / "docs"))
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    from newsfacts.extract import extract_document
    from newsfacts.extract.corpus import iter_corpus

    docs = list(iter_corpus([a.docs]))
    texts = [d for d in docs if d[2] == "text"]
    htmls = [d for d in docs if d[2] == "html"]
    # warm-up: lexicons, regexes, gazetteer
    extract_document("warm", "Warm up\n\nPresident Ann Lee visited Paris, she said.", meta={})

    best = best_cpu = float("inf")
    for _ in range(a.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for doc, body, fmt, meta in texts:
            extract_document(doc, body, fmt=fmt, meta=meta)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    chars = sum(len(d[1]) for d in texts)
    print(f"text -> facts: {len(texts)} articles ({chars / max(len(texts), 1):.0f} chars avg) "
          f"in {best:.3f}s wall = {len(texts) / best:.0f} articles/s; CPU {best_cpu:.3f}s = "
          f"{len(texts) / best_cpu:.0f} articles/s per core (best of {a.repeat})")

    if htmls:
        import trafilatura

        tt = tf = float("inf")
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            for _doc, body, _fmt, meta in htmls:
                trafilatura.bare_extraction(body, url=meta.get("url"), with_metadata=True,
                                            include_comments=False, include_tables=False)
            tt = min(tt, time.perf_counter() - t0)
            t0 = time.perf_counter()
            for doc, body, fmt, meta in htmls:
                extract_document(doc, body, fmt=fmt, meta=meta)
            tf = min(tf, time.perf_counter() - t0)
        print(f"html: trafilatura alone {tt:.3f}s, HTML -> facts {tf:.3f}s over {len(htmls)} pages: "
              f"ratio {tf / tt:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
