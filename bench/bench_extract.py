"""Benchmark the extractor (not a test).

usage: taskset -c 1 .venv/bin/python bench/bench_extract.py [DOCS_DIR] [--repeat N]

DOCS_DIR defaults to ../shared/eval/dev/docs, or to the bundled demo pages
(include/newsfacts/demo/site/articles, HTML only) when ../shared is absent.

Reports, on one core:
(1) text -> facts: articles/s over the .txt documents, through the batch entry point
    `extract_documents` (one spaCy stream per 32 articles, as the CLI and the pipeline run);
    the parse model is loaded before the clock starts;
(2) HTML -> facts against trafilatura's own extraction on the same pages (CPU time, each
    page's best of --repeat runs, both measured interleaved so machine load hits both alike);
(3) the process's peak RSS after both (the extract step's memory, model included);
(4) how many sentences the parse saw (the prefilter's share).
Targets (issue 11): text -> facts >= 25 articles/s (goal 60); HTML -> facts <= 2.5x
trafilatura alone; peak RSS < 1.5 GB.
"""

from __future__ import annotations

import argparse
import resource
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
    from newsfacts.extract import extract_document, extract_documents, nlp

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
    # warm-up: the parse model, lexicons, regexes, gazetteer, trafilatura
    t0 = time.perf_counter()
    nlp.load()
    load_s = time.perf_counter() - t0
    extract_document("warm", "Warm up\n\nPresident Ann Lee visited Paris, she said.", meta={})
    if not texts:  # HTML pages only (the demo): their article text, as the extractor reads it
        for doc, body, fmt, meta in htmls:
            art = extract_document(doc, body, fmt=fmt, meta=meta)["article"]
            texts.append((doc, art["text"], "text",
                          {**meta, "title": art.get("title"), "published": art.get("published")}))

    counted = {"parsed": 0}
    orig = nlp.parse_texts

    def counting(texts_iter, batch_size=nlp.PIPE_BATCH, **kw):
        for d in orig(texts_iter, batch_size, **kw):
            counted["parsed"] += 1
            yield d

    best_wall = best_cpu = float("inf")
    n_sent = 0
    for r in range(a.repeat):
        nlp.parse_texts = counting if r == 0 else orig
        w0, c0 = time.perf_counter(), time.process_time()
        for res in extract_documents(texts):
            if r == 0:
                n_sent += len(res["sentences"])
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    nlp.parse_texts = orig
    chars = sum(len(d[1]) for d in texts)
    print(f"parse model load: {load_s:.1f}s (once per process)")
    print(f"text -> facts: {len(texts)} articles ({chars / max(len(texts), 1):.0f} chars avg), "
          f"best of {a.repeat}: wall {best_wall:.2f}s = {len(texts) / best_wall:.1f} articles/s; "
          f"CPU {best_cpu:.2f}s = {len(texts) / best_cpu:.1f} articles/s (target >= 25, goal 60)")
    print(f"parsed sentences: {counted['parsed']} of {n_sent} "
          f"({100 * counted['parsed'] / max(n_sent, 1):.0f}%)")

    if htmls:
        import trafilatura

        best_t = [float("inf")] * len(htmls)
        best_f = [float("inf")] * len(htmls)
        for _ in range(a.repeat):
            for i, (doc, body, fmt, meta) in enumerate(htmls):
                c0 = time.process_time()
                trafilatura.bare_extraction(body, url=meta.get("url"), with_metadata=True,
                                            include_comments=False, include_tables=False)
                best_t[i] = min(best_t[i], time.process_time() - c0)
                c0 = time.process_time()
                next(extract_documents([(doc, body, fmt, meta)]))
                best_f[i] = min(best_f[i], time.process_time() - c0)
        tt, tf = sum(best_t), sum(best_f)
        print(f"html: trafilatura alone {tt:.3f}s CPU, HTML -> facts {tf:.3f}s CPU over "
              f"{len(htmls)} pages: ratio {tf / tt:.2f}x (target <= 2.5x)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB (target < 1500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
