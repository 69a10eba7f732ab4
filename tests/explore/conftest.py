"""The explorer's fixtures: the demo warehouse (built once per session by the real pipeline)
and, per test module, a copy of its published file that the module may change (add a hostile
statement, publish a new file over it)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from newsfacts.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))  # explorekit.py beside this file


@pytest.fixture(scope="module")
def explore_home(demo_warehouse: Settings, tmp_path_factory) -> Settings:
    """Settings whose published file is a copy of the demo's; the landing zone is the demo
    run's (the Overview reads run metrics from it)."""
    root = tmp_path_factory.mktemp("explore")
    published = root / "published" / "newsfacts.duckdb"
    published.parent.mkdir(parents=True)
    shutil.copy2(demo_warehouse.published, published)
    return demo_warehouse.with_overrides(home=root, published=published)


@pytest.fixture(scope="module")
def explore_env(explore_home: Settings, demo_warehouse: Settings) -> dict[str, str]:
    return {"NEWSFACTS_HOME": str(explore_home.home),
            "NEWSFACTS_PUBLISHED": str(explore_home.published),
            "NEWSFACTS_LANDING": str(demo_warehouse.landing)}
