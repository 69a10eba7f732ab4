"""Regression floor: the extractor's F1 on the shared dev set must not drop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EVAL = (REPO / ".." / "shared" / "eval").resolve()

# Floors set a little under the scores reached (see the commit log for the measured figures).
FLOORS = {
    "gold-news.jsonl": {"statements": 0.80, "visits": 0.30, "deployments": 0.35},
    "gold-polnear.jsonl": {"statements": 0.85},
    "gold-seed.jsonl": {"statements": 0.85},
}

pytestmark = pytest.mark.dev_eval


@pytest.fixture(scope="module")
def pred_file(tmp_path_factory):
    if not (EVAL / "dev" / "docs").is_dir() or not (EVAL / "score.py").is_file():
        pytest.skip(f"shared eval set not found at {EVAL}")
    from newsfacts.evaluate import extract_to

    out = tmp_path_factory.mktemp("dev") / "pred.jsonl"
    extract_to(EVAL / "dev" / "docs", out)
    return out


@pytest.mark.parametrize("gold", sorted(FLOORS))
def test_dev_f1_floor(pred_file, gold):
    from newsfacts.evaluate import score

    g = EVAL / "dev" / gold
    if not g.is_file():
        pytest.skip(f"{gold} absent")
    res, _ = json.JSONDecoder().raw_decode(score(EVAL / "score.py", g, pred_file, as_json=True))
    for kind, floor in FLOORS[gold].items():
        assert res[kind]["f1"] >= floor, f"{gold} {kind} F1 {res[kind]['f1']} < {floor}"
