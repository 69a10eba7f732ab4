"""Regression floor: the extractor's F1 on the shared dev set must not drop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EVAL = (REPO / ".." / "shared" / "eval").resolve()

# Floors set a little under the scores reached (see the commit log for the measured figures).
FLOORS = {
    "gold-news.jsonl": {"statements": 0.935, "statements.speaker_accuracy": 0.90,
                        "visits": 0.845, "visits.status_accuracy": 0.93,
                        "deployments": 0.845, "deployments.status_accuracy": 0.90},
    "gold-polnear.jsonl": {"statements": 0.855, "statements.speaker_accuracy": 0.91,
                           "visits": 0.5},
    "gold-seed.jsonl": {"statements": 0.99, "statements.speaker_accuracy": 0.99,
                        "visits": 0.99, "deployments": 0.99},
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
    for key, floor in FLOORS[gold].items():
        kind, _, metric = key.partition(".")
        value = res[kind].get(metric or "f1", 0.0)
        assert value >= floor, f"{gold} {kind} {metric or 'F1'} {value} < {floor}"
