"""The explorer's fixtures: the demo warehouse (built once per session by the real pipeline),
and a copy of its published file with one hostile statement added (article text may hold
`<script>`, Markdown and LaTeX), which the app and browser tests read."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # explorekit.py beside this file

from explorekit import add_hostile_statement

from newsfacts.settings import Settings


@pytest.fixture(scope="module")
def explore_home(demo_warehouse: Settings, tmp_path_factory) -> Settings:
    """Settings whose published file is a copy of the demo's, plus the hostile statement; the
    landing zone is the demo run's (the Overview reads run metrics from it)."""
    root = tmp_path_factory.mktemp("explore")
    published = root / "published" / "newsfacts.duckdb"
    published.parent.mkdir(parents=True)
    shutil.copy2(demo_warehouse.published, published)
    add_hostile_statement(published)
    return demo_warehouse.with_overrides(home=root, published=published)


@pytest.fixture(scope="module")
def explore_env(explore_home: Settings, demo_warehouse: Settings) -> dict[str, str]:
    return {"NEWSFACTS_HOME": str(explore_home.home),
            "NEWSFACTS_PUBLISHED": str(explore_home.published),
            "NEWSFACTS_LANDING": str(demo_warehouse.landing)}
