"""Settings: every NEWSFACTS_* variable is read (each one set here and read back), documented
in the README's settings table, and every derived path hangs off NEWSFACTS_HOME. Plus the
one fetch-state folder and the migration of the one `newsfacts fetch` used to keep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfacts.errors import ConfigError
from newsfacts.settings import REPO_DIR, VARIABLES, FetchConfig, Settings


def _example(var, tmp_path: Path) -> tuple[str, object]:
    """A value other than the default for the variable, and what the setting must become."""
    if var.kind == "path":
        return str(tmp_path / var.name.lower()), (tmp_path / var.name.lower())
    if var.kind == "location":
        return "memory://newsfacts-test/landing", "memory://newsfacts-test/landing"
    if var.kind == "json":
        return '{"endpoint_url": "http://127.0.0.1:9"}', {"endpoint_url": "http://127.0.0.1:9"}
    if var.kind == "int":
        return "7", 7
    if var.kind == "float":
        return "7.5", 7.5
    if var.kind == "bool":
        return "0", False
    if var.kind == "schedule":
        return "@daily", "@daily"
    return "custom value", "custom value"


def _get(settings: Settings, attr: str):
    value = settings
    for part in attr.split("."):
        value = getattr(value, part)
    return value


@pytest.mark.parametrize("var", VARIABLES, ids=[v.name for v in VARIABLES])
def test_each_variable_is_read(var, tmp_path):
    raw, expected = _example(var, tmp_path)
    env = {var.name: raw}
    if var.kind == "json":  # storage options only apply to a URL landing zone
        env["NEWSFACTS_LANDING"] = "memory://newsfacts-test/landing"
    settings = Settings.from_env(env)
    got = _get(settings, var.attr)
    assert (str(got) if var.kind == "location" else got) == expected
    default = _get(Settings.from_env({}), var.attr)
    assert default != got, f"{var.name}: the example equals the default"


def test_every_fetch_limit_has_a_variable():
    names = {v.name for v in VARIABLES}
    for f in FetchConfig.limits():
        assert f"NEWSFACTS_FETCH_{f.name.upper()}" in names
        assert f.metadata["doc"]
    assert "resolver" not in {f.name for f in FetchConfig.limits()}  # test hooks stay out


def _readme_table() -> dict[str, str]:
    text = (REPO_DIR / "README.md").read_text(encoding="utf-8")
    section = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return {m.group(1): m.group(0) for m in re.finditer(r"^\| `(NEWSFACTS_\w+)`.*$", section,
                                                        re.MULTILINE)}


def test_readme_documents_exactly_the_variables():
    documented = _readme_table()
    assert set(documented) == {v.name for v in VARIABLES}
    for var in VARIABLES:  # the default shown is the one the code uses
        if var.kind in ("int", "float", "bool"):
            assert f"`{var.default}`" in documented[var.name], var.name


def test_no_module_reads_a_newsfacts_variable_of_its_own():
    """Only settings.py (and storage.py for the landing zone's options) read NEWSFACTS_*
    variables; every other module asks Settings."""
    pkg = REPO_DIR / "include" / "newsfacts"
    readers = sorted(
        str(p.relative_to(pkg)) for p in pkg.rglob("*.py")
        if re.search(r"environ(?:\.get)?\s*[\[(]\s*[\"']NEWSFACTS_|env\.get\(\s*[\"']NEWSFACTS_",
                     p.read_text(encoding="utf-8")))
    assert "settings.py" in readers and set(readers) <= {"settings.py", "storage.py"}


def test_derived_paths_hang_off_home(tmp_path):
    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path)})
    for path in (s.state, s.legacy_state, s.logs, s.dbt_target, s.dbt_docs_target,
                 s.dbt_logs, s.gx_project, s.alerts_file, s.archive, s.warehouse):
        assert path == tmp_path or tmp_path in path.parents
    assert s.docs.parent == s.published.parent
    moved = s.with_overrides(home=tmp_path / "other")
    assert moved.state == tmp_path / "other" / "state"


@pytest.mark.parametrize("env, words", [
    ({"NEWSFACTS_BATCH_SIZE": "ten"}, "NEWSFACTS_BATCH_SIZE='ten' is not a whole number"),
    ({"NEWSFACTS_BATCH_SIZE": "0"}, "must be at least 1"),
    ({"NEWSFACTS_FETCH_MAX_BYTES": "-5"}, "NEWSFACTS_FETCH_MAX_BYTES='-5' must be at least 0"),
    ({"NEWSFACTS_FETCH_BACKOFF": "soon"}, "NEWSFACTS_FETCH_BACKOFF='soon' is not a number"),
    ({"NEWSFACTS_PUBLISH_DOCS": "maybe"}, "NEWSFACTS_PUBLISH_DOCS='maybe' is not a yes/no"),
])
def test_bad_values_name_the_variable(env, words):
    with pytest.raises(ConfigError) as err:
        Settings.from_env(env)
    assert words in str(err.value) and "\n" not in str(err.value)


def test_profiles_yml_does_not_repeat_the_warehouse_default():
    profiles = (REPO_DIR / "dbt_project" / "profiles.yml").read_text()
    line = next(x for x in profiles.splitlines() if "path:" in x)
    assert line.strip() == "path: \"{{ env_var('NEWSFACTS_WAREHOUSE') }}\""


def test_legacy_fetch_state_is_merged_once(tmp_path):
    from newsfacts.fetch import FetchState
    from newsfacts.fetch.state import open_state

    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path)})
    old = FetchState(s.legacy_state)  # what `newsfacts fetch` used to keep apart
    old.record("https://a.example/1", url="https://a.example/1", sha256="a" * 64,
               outcome="fetched", final=True)
    old.record("https://a.example/2", url="https://a.example/2", outcome="error", final=False)
    old.claim_content("a" * 64, "https://a.example/1")
    new = FetchState(s.state)  # what the DAG wrote
    new.record("https://a.example/2", url="https://a.example/2", sha256="b" * 64,
               outcome="fetched", final=True)
    new.record("https://a.example/3", url="https://a.example/3", outcome="fetched", final=True)

    state = open_state(s)
    assert state.root == s.state and not s.legacy_state.exists()
    assert state.is_done("https://a.example/1") and state.sha_for("https://a.example/1") == "a" * 64
    assert state.content_owner("a" * 64) == "https://a.example/1"
    # done in the DAG's state, failed in the old one: stays done
    assert state.sha_for("https://a.example/2") == "b" * 64
    assert state.is_done("https://a.example/3")
    assert open_state(s).is_done("https://a.example/1")  # nothing left to migrate


def test_pipeline_and_cli_open_the_same_state():
    """Both reach the fetch state through open_state (settings.state), never a path of
    their own."""
    pkg = REPO_DIR / "include" / "newsfacts"
    for module in ("pipeline.py", "fetch/cli.py"):
        text = (pkg / module).read_text()
        assert "open_state(settings)" in text and "FetchState(" not in text, module


def test_compose_passes_every_setting_to_its_containers():
    """docker compose lists its environment one by one: each variable must be in it (paths
    hang off /data, the shared volume, and stay out)."""
    import yaml

    compose = yaml.safe_load((REPO_DIR / "docker" / "docker-compose.yml").read_text())
    env = compose["x-airflow-env"]
    wanted = {v.name for v in VARIABLES if v.kind != "path"}
    assert wanted - set(env) == set()
