"""Fixtures for the quality-gate tests: the published baseline (tests/conftest.py
baseline_home, built once per test run) copied into each test's home (helpers: gatekit.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # gatekit.py beside this file

from gatekit import make_settings

from newsfacts.settings import Settings


@pytest.fixture
def published(baseline_home: Path, tmp_path: Path) -> Settings:
    """This test's own copy of the published baseline."""
    home = tmp_path / "home"
    shutil.copytree(baseline_home, home, symlinks=True)
    return make_settings(home)
