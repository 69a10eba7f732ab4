"""Benchmark the extractor (not a test).

usage: taskset -c 1 .venv/bin/python bench/bench_extract.py [DOCS_DIR] [--pages DIR ...]
                                                            [--rounds N] [--steady]

DOCS_DIR defaults to ../shared/eval/dev/docs, or to the bundled demo pages
(include/newsfacts/demo/site/articles, HTML only) when ../shared is absent. Its .txt
documents are the text set and its .html pages the first page set; --pages adds page sets
(default, with ../shared present: the bundled demo pages, small pages of a few KB, where
trafilatura has little markup to read and the ratio is higher than on real news pages).

Reports, on one core (use taskset), each figure the median of N rounds with its spread:
(1) text -> facts: articles/s over the .txt documents, through the batch entry point
    `extract_documents` (one spaCy stream per 32 articles, as the CLI and the pipeline run);
(2) HTML -> facts against trafilatura alone on the same pages, with the options the
    extractor calls it with: CPU seconds for all pages through `extract_documents` (in
    batches, as the pipeline's extract step runs them) / CPU seconds for all pages through
    `trafilatura.bare_extraction`;
(3) peak RSS of the extracting process (the extract step's memory, model included);
(4) how many sentences the parse saw (the prefilter's share).

Fairness: every measurement runs in a fresh process, after loading and warming up on an
invented page that is not measured (the parse model, lexicons, gazetteer, trafilatura), and
reads each page once: no page is timed with caches it warmed itself (trafilatura's date
and URL helpers and the extractor both keep caches keyed by text), and neither side runs
right after the other read the same page. The two sides of a ratio run back to back (their
order alternating between rounds), so machine load hits both alike. That is a process's
first pages, the dearest (spaCy makes a vocabulary entry for every word it has not seen,
caches are cold); with --steady each HTML worker first reads the other folders unmeasured
(the text set and the other page sets; trafilatura alone their pages), as an extract step
does after its first pages.

Targets (issue 11): text -> facts >= 25 articles/s (goal 60); HTML -> facts <= 2.5x
trafilatura alone; peak RSS < 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))
SHARED_DOCS = REPO.parent / "shared" / "eval" / "dev" / "docs"
DEMO_PAGES = REPO / "include" / "newsfacts" / "demo" / "site" / "articles"

# invented warm-up material (never measured): a statement, a visit and a deployment
_WARM_TEXT = ("Minister visits Lisbon\n\nForeign Minister Ann Lee flew to Lisbon on Monday for "
              "talks with her Portuguese counterpart, her office said.\n\n\u201cWe will keep "
              "working together,\u201d Lee told reporters. Portugal has sent 120 troops to "
              "Romania, the defence ministry said.")
_WARM_HTML = ("<html><head><title>Minister visits Lisbon</title></head><body><nav><a href='/'>"
              "Home</a></nav><article><h1>Minister visits Lisbon</h1>"
              + "".join(f"<p>{p}</p>" for p in _WARM_TEXT.split("\n\n")[1:])
              + "</article><footer>Copyright</footer></body></html>")
# a domain name too short for courlan's quick pattern: the warm-up loads the suffix list too
_WARM_URL = "https://www.rte.ie/news/2026/minister-lisbon"


def _load(paths: list[str], fmt: str) -> list[tuple]:
    from newsfacts.corpus import iter_corpus

    return [d for d in iter_corpus(paths) if fmt in (d[2], "any")]


def _worker(kind: str, paths: list[str], warm: list[str]) -> dict:
    """One measurement in this (fresh) process: warm up (on the invented page, then on the
    documents under `warm`, none of them measured), then read every document once."""
    measured = {Path(p).resolve() for p in paths}
    warm_docs = [d for w in warm if Path(w).resolve() not in measured
                 for d in _load([w], "html" if kind == "traf" else "any")]
    if kind == "traf":
        import trafilatura

        from newsfacts.extract.article import TRAFILATURA_OPTIONS

        pages = _load(paths, "html")
        trafilatura.bare_extraction(_WARM_HTML, url=_WARM_URL, **TRAFILATURA_OPTIONS)
        for _doc, body, _fmt, meta in warm_docs:
            trafilatura.bare_extraction(body, url=meta.get("url"), **TRAFILATURA_OPTIONS)
        c0 = time.process_time()
        for _doc, body, _fmt, meta in pages:
            trafilatura.bare_extraction(body, url=meta.get("url"), **TRAFILATURA_OPTIONS)
        return {"n": len(pages), "cpu": time.process_time() - c0}

    from newsfacts.extract import extract_document, extract_documents, nlp

    docs = _load(paths, "text" if kind == "text" else "html")
    if kind == "text" and not docs:  # HTML pages only (the demo): their text, as extracted,
        # without running the extractor on them (no parse or rule cache warmed by the very
        # texts then timed)
        from newsfacts.extract.article import from_html

        for doc, body, _fmt, meta in _load(paths, "html"):
            art = from_html(body, meta)
            docs.append((doc, art.text, "text",
                         {**meta, "title": art.title, "published": art.published}))
    t0 = time.perf_counter()
    nlp.load()
    load_s = time.perf_counter() - t0
    extract_document("warm", _WARM_TEXT, meta={"title_in_body": True})
    extract_document("warm", _WARM_HTML, fmt="html", meta={"url": _WARM_URL})
    for _ in extract_documents(warm_docs):
        pass
    parsed = [0]
    orig = nlp.parse_texts

    def counting(texts, *a, **kw):
        for d in orig(texts, *a, **kw):
            parsed[0] += 1
            yield d

    nlp.parse_texts = counting
    n_sent = 0
    w0, c0 = time.perf_counter(), time.process_time()
    for res in extract_documents(docs):
        n_sent += len(res["sentences"])
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return {"n": len(docs), "cpu": cpu, "wall": wall, "load": load_s, "sentences": n_sent,
            "parsed": parsed[0], "chars": sum(len(d[1]) for d in docs),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _run(kind: str, paths: list[str], warm: list[str] = ()) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", kind, *paths,
                          *(x for w in warm for x in ("--warm", w))],
                         capture_output=True, text=True, check=False)
    if out.returncode:
        raise SystemExit(f"bench_extract: the {kind} worker failed:\n{out.stderr.strip()}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _spread(xs: list[float], fmt: str = ".2f") -> str:
    return (f"median {statistics.median(xs):{fmt}} (min {min(xs):{fmt}}, max {max(xs):{fmt}}, "
            f"n={len(xs)})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="?", help="default: ../shared/eval/dev/docs, else the demo pages")
    ap.add_argument("--pages", action="append", default=None,
                    help="another folder of HTML pages for the ratio (repeatable; default: the "
                         "bundled demo pages when DOCS_DIR has its own pages)")
    ap.add_argument("--rounds", "--repeat", dest="rounds", type=int, default=5,
                    help="fresh-process rounds per figure (median reported); default 5")
    ap.add_argument("--steady", action="store_true",
                    help="measure a process that has already read other documents: each "
                         "worker first reads the other folders (the text set and the other "
                         "page sets) unmeasured, as an extract step does after its first pages")
    ap.add_argument("--worker", choices=("text", "traf", "facts"), help=argparse.SUPPRESS)
    ap.add_argument("--warm", action="append", default=[], help=argparse.SUPPRESS)
    a, rest = ap.parse_known_args()
    if a.worker:
        print(json.dumps(_worker(a.worker, [a.docs, *rest], a.warm)))
        return 0
    if rest:
        ap.error(f"unrecognised arguments: {' '.join(rest)}")
    from newsfacts.corpus import iter_corpus
    from newsfacts.errors import UserError

    if a.docs is None and not SHARED_DOCS.is_dir():
        a.docs = str(DEMO_PAGES)
        print(f"no shared evaluation set at {SHARED_DOCS}: benchmarking the bundled demo pages "
              f"({a.docs}; HTML, and their article text for text -> facts)", flush=True)
    docs = a.docs or str(SHARED_DOCS)
    try:
        has_pages = any(d[2] == "html" for d in iter_corpus([docs]))
    except UserError as exc:
        print(f"bench_extract: {exc}", file=sys.stderr)
        return 2
    sets = ([docs] if has_pages else []) + (
        a.pages if a.pages is not None else [str(DEMO_PAGES)] if Path(docs).resolve() != DEMO_PAGES.resolve() else [])
    text_runs: list[dict] = []
    ratios: dict[str, list[tuple[float, float]]] = {s: [] for s in sets}
    pages: dict[str, int] = {}
    rss: list[float] = []
    for r in range(a.rounds):
        t = _run("text", [docs])
        text_runs.append(t)
        rss.append(t["rss_mb"])
        line = f"round {r + 1}/{a.rounds}: text {t['n'] / t['cpu']:.1f} articles/s CPU"
        for s in sets:
            first, second = ("traf", "facts") if r % 2 == 0 else ("facts", "traf")
            warm = [x for x in (docs, *sets) if x != s] if a.steady else []
            got = {first: _run(first, [s], warm), second: _run(second, [s], warm)}
            rss.append(got["facts"]["rss_mb"])
            ratios[s].append((got["facts"]["cpu"], got["traf"]["cpu"]))
            pages[s] = got["traf"]["n"]
            line += f"; {Path(s).name} ratio {got['facts']['cpu'] / got['traf']['cpu']:.2f}x"
        print(line, flush=True)

    t = text_runs[0]
    print(f"\nparse model load: {statistics.median(x['load'] for x in text_runs):.1f}s "
          "(once per process, not counted)")
    print(f"text -> facts: {t['n']} articles ({t['chars'] / max(t['n'], 1):.0f} chars avg), "
          f"articles/s CPU {_spread([x['n'] / x['cpu'] for x in text_runs], '.1f')}; "
          f"wall {_spread([x['n'] / x['wall'] for x in text_runs], '.1f')} "
          "(target >= 25, goal 60)")
    print(f"parsed sentences: {t['parsed']} of {t['sentences']} "
          f"({100 * t['parsed'] / max(t['sentences'], 1):.0f}%)")
    for s, pairs in ratios.items():
        if not pairs:
            continue
        print(f"html {s}: {pages[s]} pages, trafilatura alone "
              f"{statistics.median(p[1] for p in pairs):.3f}s CPU, HTML -> facts "
              f"{statistics.median(p[0] for p in pairs):.3f}s CPU; ratio "
              f"{_spread([f / tr for f, tr in pairs])} (target <= 2.5x)")
    print(f"peak RSS of the extracting process: {max(rss):.0f} MB (target < 1500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
