"""BI tools connect the way Superset, Metabase's Python bridge and other SQLAlchemy-based tools
do: through duckdb-engine, read-only, to the published file, and to the Parquet exports. Every
mart is listed by SQLAlchemy's inspector and read whole; the URLs are the README's."""

from __future__ import annotations

import re

import duckdb
import pytest
from sqlalchemy import create_engine, inspect, text

from newsfacts.settings import REPO_DIR


def _readme_urls() -> list[str]:
    section = (REPO_DIR / "README.md").read_text().split("## Connect a BI tool", 1)[1]
    section = section.split("\n## ", 1)[0]
    return re.findall(r"duckdb:///[^\s`'\"]+", section)


def _published_marts(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return dict(con.execute("select unnest(map_keys(row_counts)), "
                                "unnest(map_values(row_counts)) from _publication").fetchall())
    finally:
        con.close()


def test_readme_shows_both_urls():
    urls = _readme_urls()
    assert "duckdb:///var/published/newsfacts.duckdb?access_mode=read_only" in urls
    assert "duckdb:///:memory:" in urls


def test_every_mart_through_sqlalchemy_read_only(demo_warehouse):
    counts = _published_marts(demo_warehouse.published)
    url = f"duckdb:///{demo_warehouse.published}?access_mode=read_only"
    engine = create_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        assert set(counts) <= tables, set(counts) - tables
        with engine.connect() as con:
            for mart, n in counts.items():
                result = con.execute(text(f'select * from "{mart}"'))
                assert len(result.keys()) > 1
                assert len(result.fetchall()) == n, mart
            with pytest.raises(Exception, match="read-only"):
                con.execute(text("create table nope (x int)"))
    finally:
        engine.dispose()


def test_every_mart_from_the_parquet_folder(demo_warehouse):
    counts = _published_marts(demo_warehouse.published)
    folder = demo_warehouse.exports / "current"
    engine = create_engine("duckdb:///:memory:")
    try:
        with engine.connect() as con:
            for mart, n in counts.items():
                got = con.execute(text(f"select count(*) from read_parquet('{folder / mart}"
                                       ".parquet')")).scalar()
                assert got == n, mart
    finally:
        engine.dispose()


def test_dbt_exposures_point_at_the_readers_that_exist():
    """The explorer is the dashboard exposure (no Superset on localhost:8088 pretends to be)."""
    import yaml

    from newsfacts.explore.server import DEFAULT_HOST, DEFAULT_PORT

    spec = yaml.safe_load((REPO_DIR / "dbt_project" / "models" / "marts" / "exposures.yml")
                          .read_text())
    urls = {e["name"]: e["url"] for e in spec["exposures"]}
    assert urls["newsfacts_explorer"] == f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/"
    assert not any(":8088" in u for u in urls.values())
    explorer = next(e for e in spec["exposures"] if e["name"] == "newsfacts_explorer")
    assert "ref('mart_deployment_reports')" in explorer["depends_on"]
