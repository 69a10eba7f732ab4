"""Benchmark the extractor (not a test).

usage: .venv/bin/python bench/bench_extract.py [DOCS_DIR] [--repeat N]

DOCS_DIR defaults to ../shared/eval/dev/docs, or to the bundled demo pages
(include/newsfacts/demo/site/articles, HTML only) when ../shared is absent. Reports (1) articles/second for text -> facts on the .txt documents, and (2) for the .html
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
    ap.add_argument("docs", nargs="?", help="default: ../shared/eval/dev/docs, else the demo pages")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    from newsfacts.corpus import iter_corpus
    from newsfacts.errors import UserError
    from newsfacts.extract import extract_document

    shared = REPO.parent / "shared" / "eval" / "dev" / "docs"
    if a.docs is None and not shared.is_dir():
        a.docs = str(REPO / "include" / "newsfacts" / "demo" / "site" / "articles")
        print(f"no shared evaluation set at {shared}: benchmarking the bundled demo pages "
              f"({a.docs}; HTML, and their article text for text -> facts)", flush=True)
    try:
        docs = list(iter_corpus([a.docs or str(shared)]))
    except UserError as exc:
        print(f"bench_extract: {exc}", file=sys.stderr)
        return 2
    texts = [d for d in docs if d[2] == "text"]
    htmls = [d for d in docs if d[2] == "html"]
    # warm-up: lexicons, regexes, gazetteer
    extract_document("warm", "Warm up\n\nPresident Ann Lee visited Paris, she said.", meta={})
    if not texts:  # HTML pages only (the demo): their article text, as the extractor reads it
        for doc, body, fmt, meta in htmls:
            art = extract_document(doc, body, fmt=fmt, meta=meta)["article"]
            texts.append((doc, art["text"], "text",
                          {**meta, "title": art.get("title"), "published": art.get("published")}))

    best = float("inf")
    per_doc = [float("inf")] * len(texts)
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for i, (doc, body, fmt, meta) in enumerate(texts):
            c0 = time.process_time()
            extract_document(doc, body, fmt=fmt, meta=meta)
            per_doc[i] = min(per_doc[i], time.process_time() - c0)
        best = min(best, time.perf_counter() - t0)
    cpu = sum(per_doc)
    chars = sum(len(d[1]) for d in texts)
    print(f"text -> facts: {len(texts)} articles ({chars / max(len(texts), 1):.0f} chars avg): "
          f"wall {best:.3f}s = {len(texts) / best:.0f} articles/s (best run); CPU {cpu:.3f}s = "
          f"{len(texts) / cpu:.0f} articles/s on one core (sum of per-article best of {a.repeat})")

    if htmls:
        import trafilatura

        # interleave the two measurements page by page and keep each page's best CPU time,
        # so that load from other processes affects both sides alike
        best_t = [float("inf")] * len(htmls)
        best_f = [float("inf")] * len(htmls)
        for _ in range(a.repeat):
            for i, (doc, body, fmt, meta) in enumerate(htmls):
                c0 = time.process_time()
                trafilatura.bare_extraction(body, url=meta.get("url"), with_metadata=True,
                                            include_comments=False, include_tables=False)
                best_t[i] = min(best_t[i], time.process_time() - c0)
                c0 = time.process_time()
                extract_document(doc, body, fmt=fmt, meta=meta)
                best_f[i] = min(best_f[i], time.process_time() - c0)
        tt, tf = sum(best_t), sum(best_f)
        print(f"html: trafilatura alone {tt:.3f}s CPU, HTML -> facts {tf:.3f}s CPU over {len(htmls)} "
              f"pages: ratio {tf / tt:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
