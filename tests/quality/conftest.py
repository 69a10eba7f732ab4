"""Fixtures for the quality-gate tests: a published baseline built once per module (real
load, dbt build, GX audit, publish), copied into each test's home (helpers: gatekit.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # gatekit.py beside this file

from gatekit import BASELINE_DOCS, make_settings, run_pipeline
from support import built_once, synthetic_result, write_batch

from newsfacts.settings import Settings


@pytest.fixture(scope="session")
def baseline_home(tmp_path_factory) -> Path:
    """A warehouse with one passing, published run (6 articles), built once per test run
    (shared by the xdist workers)."""
    def build(folder: Path) -> None:
        s = make_settings(folder / "home")
        b = write_batch(s, "base", "base1", [synthetic_result(d) for d in BASELINE_DOCS])
        outcome = run_pipeline(s, "base", [b])
        assert outcome["failed_at"] is None, outcome["error"]

    return built_once(tmp_path_factory, "quality-baseline", build) / "home"


@pytest.fixture
def published(baseline_home: Path, tmp_path: Path) -> Settings:
    """This test's own copy of the published baseline."""
    home = tmp_path / "home"
    shutil.copytree(baseline_home, home, symlinks=True)
    return make_settings(home)
