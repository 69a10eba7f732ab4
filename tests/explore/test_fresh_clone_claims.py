"""Checkable claims on a fresh clone: without ../shared, `newsfacts eval` and the extract
benchmark score and time the bundled demo corpus, say so, and never end in a traceback. The
"fresh clone" is a copy of the package, the benchmarks and the dbt seeds in a folder with no
../shared beside it; the scorer itself is tested on invented facts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.scoring import format_table, score_docs
from newsfacts.settings import DEMO_DIR, REPO_DIR

SHARED_EVAL = REPO_DIR.parent / "shared" / "eval"


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fresh") / "newsfacts"
    for part in ("include", "bench"):
        shutil.copytree(REPO_DIR / part, root / part,
                        ignore=shutil.ignore_patterns("__pycache__", "target", "logs"))
    assert not (root.parent / "shared").exists()
    return root


def _run(clone: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(clone / "include")}
    return subprocess.run([sys.executable, *args], cwd=clone, env=env, capture_output=True,
                          text=True, timeout=600)


def test_eval_falls_back_to_the_demo_corpus_and_says_so(clone):
    proc = _run(clone, "-m", "newsfacts.cli", "eval")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "no shared evaluation set" in proc.stdout and "demo" in proc.stdout
    assert str(clone / "include") in proc.stdout  # it ran the clone's package, not ours
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines()
            if line.split()[:1] and line.split()[0] in ("statements", "visits", "deployments")}
    gold = [json.loads(x) for x in (DEMO_DIR / "gold.jsonl").read_text().splitlines() if x]
    assert int(rows["statements"][2]) == sum(len(g["statements"]) for g in gold)
    assert int(rows["deployments"][2]) == sum(len(g["deployments"]) for g in gold)
    assert float(rows["statements"][7]) > 0.5  # F1: the extractor finds the demo quotes


def test_extract_bench_falls_back_to_the_demo_pages(clone):
    proc = _run(clone, "bench/bench_extract.py", "--rounds", "1")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "no shared evaluation set" in proc.stdout
    assert "text -> facts: 33 articles" in proc.stdout and ": 33 pages, trafilatura" in proc.stdout
    assert "ratio median" in proc.stdout and "peak RSS" in proc.stdout
    typo = _run(clone, "bench/bench_extract.py", "--round", "1", "--bogus")
    assert typo.returncode == 2 and "unrecognised arguments: --bogus" in typo.stderr
    bad = _run(clone, "bench/bench_extract.py", str(clone / "missing"))
    assert bad.returncode == 2 and "no such file or folder" in bad.stderr
    assert "Traceback" not in bad.stderr


def _doc(**facts) -> dict:
    return {"doc": "d", **facts}


def test_scorer_matches_quotes_by_overlap_and_checks_speakers():
    gold = {"d": _doc(statements=[
        {"speaker": "Foreign Minister Ana Ruiz", "text": "We will not sign this treaty today"},
        {"speaker": "a spokesman for the navy", "text": "The ships stay in port"}])}
    pred = {"d": _doc(statements=[
        {"speaker": "Ruiz", "text": "we will not sign this treaty", "kind": "direct"},
        {"speaker": "Tomas Berg", "text": "The ships stay in port", "kind": "direct"},
        {"speaker": "Ana Ruiz", "text": "an unrelated reported claim", "kind": "indirect"}])}
    r = score_docs(gold, pred)["statements"]
    assert (r["gold"], r["pred"], r["matched"]) == (2, 2, 2)  # reported speech not scored
    assert r["speaker_accuracy"] == 0.5  # Ruiz right (title dropped), the spokesman wrong
    assert r["f1"] == 1.0


def test_scorer_deployment_and_visit_rules():
    gold = {"d": _doc(
        visits=[{"traveller": "Ana Ruiz", "destination": "Lisbon", "status": "planned"}],
        deployments=[
            {"actor": "United States", "size": 12, "location": None, "unit": "fighter jet",
             "qualifier": "exact", "status": "ordered"},
            {"actor": "Russia", "size": None, "location": None, "unit": "troop",
             "qualifier": "vague", "status": "deployed"}])}
    pred = {"d": _doc(
        visits=[{"traveller": "Ms Ruiz", "destination": "Lisbon", "status": "completed"}],
        deployments=[
            {"actor": "American", "size": 12, "location": None, "unit": "jet",
             "qualifier": "exact", "status": "ordered"},
            {"actor": "Russian", "size": None, "location": "the border", "unit": "troop",
             "qualifier": "vague", "status": "deployed"}])}
    res = score_docs(gold, pred)
    assert res["visits"]["matched"] == 1 and res["visits"]["status_accuracy"] == 0.0
    # the demonym agrees with the country; a located prediction is not the unlocated gold
    assert res["deployments"]["matched"] == 1 and res["deployments"]["precision"] == 0.5
    assert "deployments" in format_table(res)
    # a fact type absent from a gold line is not scored; an empty list counts false alarms
    assert score_docs({"d": _doc()}, pred)["visits"]["docs"] == 0
    assert score_docs({"d": _doc(visits=[])}, pred)["visits"]["precision"] == 0.0


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").is_file(), reason="no ../shared/eval")
def test_scorer_agrees_with_the_shared_scorer_on_the_demo(tmp_path):
    """Where both exist, our scorer and score.py agree on the demo to within one match."""
    from newsfacts.evaluate import extract_to, score
    from newsfacts.scoring import score_files

    pred = tmp_path / "pred.jsonl"
    extract_to(DEMO_DIR / "site" / "articles", pred)
    theirs, _ = json.JSONDecoder().raw_decode(
        score(SHARED_EVAL / "score.py", DEMO_DIR / "gold.jsonl", pred, as_json=True))
    ours = score_files(DEMO_DIR / "gold.jsonl", pred)
    for kind in ("statements", "visits", "deployments"):
        assert ours[kind]["gold"] == theirs[kind]["gold"]
        assert ours[kind]["pred"] == theirs[kind]["pred"]
        assert abs(ours[kind]["matched"] - theirs[kind]["matched"]) <= 1, kind
        assert abs(ours[kind]["f1"] - theirs[kind]["f1"]) <= 0.02, kind
