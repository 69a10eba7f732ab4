"""`newsfacts eval`: run the extractor over the shared dev set and print score.py's tables;
without ../shared (a fresh clone), over the bundled demo corpus and its gold, scored by
newsfacts.scoring (the same rules, written for this repository)."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import sys
import tempfile
from pathlib import Path

from newsfacts.errors import UserError
from newsfacts.facts import FACT_TABLES

REPO = Path(__file__).resolve().parents[2]


def default_eval_dir() -> Path:
    return (REPO / ".." / "shared" / "eval").resolve()


def extract_to(docs_dir: Path, out_path: Path) -> int:
    from newsfacts.corpus import iter_corpus
    from newsfacts.extract import extract_documents

    n = 0
    with open(out_path, "w", encoding="utf-8") as fh:
        for res in extract_documents(iter_corpus([str(docs_dir)])):
            slim = {k: res.get(k) or [] for k in FACT_TABLES}
            slim = {"doc": res["doc"], "extractor_version": res["extractor_version"], **slim}
            fh.write(json.dumps(slim, ensure_ascii=False) + "\n")
            n += 1
    return n


def score(score_py: Path, gold: Path, pred: Path, errors: int = 0, as_json: bool = False) -> str:
    """score.py's report (its tables, or --json) of pred against gold: the script's own
    main(), run in this process with its command line (no Python started per score:
    `--by-rule` scores each rule alone, dozens of times)."""
    argv = [str(score_py), str(gold), str(pred)]
    if errors:
        argv += ["--errors", str(errors)]
    if as_json:
        argv.append("--json")
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = argv
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            _score_main(score_py)()
    except SystemExit as exc:  # score.py's errors end in sys.exit(message), argparse's too
        if exc.code not in (None, 0):
            message = exc.code if isinstance(exc.code, str) else err.getvalue()
            raise RuntimeError(f"score.py failed on {gold.name}: {message.strip()}") from None
    except Exception as exc:  # e.g. a file it cannot read, as its traceback said before
        raise RuntimeError(f"score.py failed on {gold.name}: {exc!r}") from exc
    finally:
        sys.argv = saved
    return out.getvalue()


@functools.cache
def _score_main(score_py: Path):
    """score.py's main(), the script loaded once per process (not run as __main__)."""
    import runpy

    return runpy.run_path(str(score_py), run_name="newsfacts_score")["main"]


def combine_gold(golds: list[Path], out_path: Path) -> Path:
    """One gold file from several: a document's facts from every file, per fact type."""
    seen: dict[str, dict] = {}
    for g in golds:
        for line in g.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            prev = seen.get(obj["doc"])
            if prev is None:
                seen[obj["doc"]] = obj
                continue
            for k in FACT_TABLES:
                if k in obj:
                    prev.setdefault(k, []).extend(obj[k])
    with open(out_path, "w", encoding="utf-8") as out:
        for obj in seen.values():
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return out_path


def demo_score(pred_path: Path | None = None) -> dict[str, dict]:
    """The extractor on the bundled demo pages (HTML, as the pipeline fetches them) against
    the demo gold, scored by newsfacts.scoring."""
    from newsfacts.scoring import score_files
    from newsfacts.settings import DEMO_DIR

    with tempfile.TemporaryDirectory(prefix="newsfacts-demo-score-") as tmp:
        pred = pred_path or Path(tmp) / "pred.jsonl"
        extract_to(DEMO_DIR / "site" / "articles", pred)
        return score_files(DEMO_DIR / "gold.jsonl", pred)


def run_demo_eval(reason: str | None = None, out=None) -> int:
    """The extractor on the bundled demo pages against the demo gold (newsfacts.scoring)."""
    from newsfacts.scoring import format_table
    from newsfacts.settings import DEMO_DIR

    out = out or sys.stdout
    pages = DEMO_DIR / "site" / "articles"
    if reason:
        print(f"{reason}: scoring the bundled demo corpus instead", file=out)
    print(f"extracting {len(list(pages.glob('*.html')))} demo pages from {pages}; gold "
          f"{DEMO_DIR / 'gold.jsonl'}; scorer newsfacts.scoring (FORMAT.md rules)", file=out)
    print(f"\n== demo gold.jsonl\n{format_table(demo_score())}", end="", file=out)
    return 0


def rule_report(score_py: Path, gold: Path, pred: Path, tmp: Path) -> list[dict]:
    """Per rule id: its predictions alone scored against the gold (score.py --json).
    precision = matched / predicted for that rule's facts of its fact type."""
    preds = [json.loads(x) for x in pred.read_text(encoding="utf-8").splitlines() if x.strip()]
    rules: dict[tuple[str, str], int] = {}
    for obj in preds:
        for kind in FACT_TABLES:
            for f in obj.get(kind) or []:
                key = (kind, f.get("rule") or "(none)")
                rules[key] = rules.get(key, 0) + 1
    out = []
    for (kind, rule), _n in sorted(rules.items()):
        path = tmp / "pred-rule.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for obj in preds:
                keep = [f for f in obj.get(kind) or [] if (f.get("rule") or "(none)") == rule]
                fh.write(json.dumps({"doc": obj["doc"], kind: keep}, ensure_ascii=False) + "\n")
        res, _ = json.JSONDecoder().raw_decode(score(score_py, gold, path, as_json=True))
        r = res.get(kind) or {}
        n, m = r.get("pred", 0), r.get("matched", 0)
        out.append({"type": kind, "rule": rule, "pred": n, "matched": m,
                    "precision": round(m / n, 3) if n else 0.0})
    return out


def print_rule_report(rows: list[dict]) -> None:
    print(f"{'rule':40s} {'type':12s} {'pred':>5s} {'match':>5s} {'P':>6s}")
    for r in sorted(rows, key=lambda r: (r["type"], r["precision"], -r["pred"])):
        print(f"{r['rule']:40s} {r['type']:12s} {r['pred']:5d} {r['matched']:5d} "
              f"{r['precision']:6.3f}")
    print("(predictions on documents without gold for their type, and kinds score.py does not "
          "score, such as indirect statements, are not counted)")


def run_eval(dev_dir: str | None, gold: list[str] | None = None, errors: int = 0,
             demo: bool = False, by_rule: bool = False) -> int:
    dev = Path(dev_dir).resolve() if dev_dir else default_eval_dir() / "dev"
    score_py = dev.parent / "score.py"
    docs = dev / "docs"
    if demo:
        return run_demo_eval()
    if not dev_dir and not (docs.is_dir() and score_py.is_file()):
        return run_demo_eval(f"no shared evaluation set at {dev.parent}")
    if not docs.is_dir() or not score_py.is_file():
        raise UserError(f"evaluation data not found: expected {docs} and {score_py} "
                        "(the shared eval folder sits beside the repo as ../shared/eval)")
    golds = [Path(g) for g in gold] if gold else sorted(dev.glob("gold-*.jsonl"))
    missing = [str(g) for g in golds if not g.is_file()]
    if missing:
        raise UserError(f"gold file not found: {', '.join(missing)}")
    if not golds:
        raise UserError(f"no gold-*.jsonl files in {dev}")
    with tempfile.TemporaryDirectory(prefix="newsfacts-eval-") as tmp:
        pred = Path(tmp) / "pred.jsonl"
        n = extract_to(docs, pred)
        print(f"extracted {n} documents from {docs}")
        for g in golds:
            print(f"\n== {g.name}")
            print(score(score_py, g, pred, errors=errors), end="")
        combined = golds[0]
        if len(golds) > 1:
            combined = combine_gold(golds, Path(tmp) / "gold-all.jsonl")
            print("\n== all gold files combined")
            print(score(score_py, combined, pred, errors=0), end="")
        if by_rule:
            print(f"\n== per rule ({combined.name}): each rule's predictions scored alone")
            print_rule_report(rule_report(score_py, combined, pred, Path(tmp)))
    return 0
