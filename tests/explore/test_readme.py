"""The README works as written: every ```bash block runs (in order, in this checkout, with
NEWSFACTS_HOME in a temporary folder: `var/` in a command means that folder, NEWSFACTS_HOME's
default), every ```sql block runs on the published warehouse, every ```bash server block
serves, and the demo prints the summary the README shows. Blocks marked `not-tested` are the
documented few that need a daemon, a scheduler or the test suite itself."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from newsfacts.settings import REPO_DIR, Settings

README = REPO_DIR / "README.md"
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```\s*$", re.M | re.S)
# inline code that is a command to copy (not a program's name or a file's path)
COMMAND_PREFIXES = (".venv/bin/", "bash scripts/", "python -", "python3 ", "duckdb ",
                    "docker compose ", "docker-compose ", "taskset ", "uv sync", "source ")
SHARED = REPO_DIR.parent / "shared"


def blocks() -> list[tuple[int, str, set[str], str]]:
    text = README.read_text()
    out = []
    for m in FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        out.append((line, m.group(1), set(m.group(2).split()), m.group(3)))
    return out


RUN = [b for b in blocks() if b[1] == "bash" and not b[2]]
SERVERS = [b for b in blocks() if b[1] == "bash" and "server" in b[2]]
SQL = [b for b in blocks() if b[1] == "sql"]


def localise(command: str, home: Path) -> str:
    """`var/...` is NEWSFACTS_HOME's default: point it at the test's home. The extract
    benchmark runs one round instead of the README's three: a round is the whole
    measurement (a fresh process per figure: text, then trafilatura and HTML -> facts per
    page set) and the report, and more rounds only add samples to each median."""
    command = re.sub(r"(bench/bench_extract\.py.*?--rounds )\d+", r"\g<1>1", command)
    return re.sub(r"(?<![\w/.-])var/", f"{home}/", command)


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("readme") / "var"


@pytest.fixture(scope="module")
def env(home) -> dict[str, str]:
    """A fresh shell's environment: nothing sourced, no Airflow settings from this session."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("AIRFLOW", "NEWSFACTS_", "VIRTUAL_ENV"))}
    return {**clean, "NEWSFACTS_HOME": str(home)}


def _bash(command: str, env: dict, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-eo", "pipefail", "-c", command], cwd=REPO_DIR, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_the_readme_marks_what_it_does_not_run():
    tags = [b[2] for b in blocks() if b[1] == "bash"]
    not_run = [t for t in tags if "not-tested" in t]
    assert 0 < len(not_run) <= 8 and len(tags) - len(not_run) >= 10
    assert {frozenset(t) for t in tags} <= {frozenset(), frozenset({"not-tested"}),
                                            frozenset({"server"})}
    assert [b for b in blocks() if "demo-output" in b[2]]


def test_inline_commands_repeat_a_block():
    """A command quoted in prose is one of the blocks' (so it is run, or visibly not)."""
    text = FENCE.sub("", README.read_text())
    in_blocks = "\n".join(b[3] for b in blocks() if b[1] == "bash")
    inline = [c for c in re.findall(r"(?<!`)`([^`\n]+)`(?!`)", text)
              if c.startswith(COMMAND_PREFIXES)]
    loose = [c for c in inline if c.split(" #")[0].strip() not in in_blocks]
    assert not loose, loose


@pytest.mark.parametrize("line,lang,tags,body", RUN, ids=[f"line{b[0]}" for b in RUN])
def test_bash_block_runs(line, lang, tags, body, home, env):
    if "../shared" in body and not (SHARED / "eval").is_dir():
        pytest.skip("reads ../shared, which is absent")
    proc = _bash(localise(body, home), env)
    assert proc.returncode == 0, f"README line {line}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    if "bench/bench_extract.py" in body:  # the whole report, each figure of one round
        assert "round 1/1: text " in proc.stdout and "round 2/" not in proc.stdout
        for part in ("text -> facts: ", "parsed sentences: ", "ratio median ", "n=1)",
                     "peak RSS of the extracting process: "):
            assert part in proc.stdout, (part, proc.stdout[-3000:])
    if "scripts/demo.sh" in body:
        _matches_the_readme_summary(proc.stdout)
        assert (home / "airflow").is_dir()  # Airflow's home under NEWSFACTS_HOME
    if "airflow_run" in body:  # your own sources, nothing sourced first
        assert "run succeeded" in proc.stdout
        assert f"metadata database in {home}/airflow" in proc.stdout


def _matches_the_readme_summary(printed: str) -> None:
    (_, _, _, expected), = [b for b in blocks() if "demo-output" in b[2]]
    want = expected.rstrip("\n").splitlines()
    got = printed.rstrip("\n").splitlines()
    start = next(i for i, x in enumerate(got) if x.startswith("run succeeded in "))
    got = got[start:]
    assert len(got) == len(want), "\n".join(got)
    for w, g in zip(want, got, strict=True):
        if w.startswith("run succeeded in "):
            assert re.fullmatch(r"run succeeded in \d+s", g), g
        elif w.startswith("Published warehouse: "):
            assert g.startswith("Published warehouse: /") and g.endswith(
                "/published/newsfacts.duckdb"), g
        elif w.startswith("  run "):
            assert re.fullmatch(r"  run \S+ at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, extractor "
                                + re.escape(w.rsplit("extractor ", 1)[1]), g), g
        else:
            assert g == w, f"README shows {w!r}, the demo printed {g!r}"


@pytest.mark.parametrize("line,lang,tags,body", SQL, ids=[f"line{b[0]}" for b in SQL])
def test_sql_block_runs_on_the_published_warehouse(line, lang, tags, body, home, env):
    published = Settings.from_env(env).published
    if not published.exists():
        pytest.fail("the README's demo block did not publish (it runs first)")
    proc = subprocess.run([str(REPO_DIR / ".venv" / "bin" / "newsfacts"), "query"],
                          input=localise(body, home), cwd=REPO_DIR, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"README line {line}: {proc.stderr}"
    assert not re.search(r"(?<![\d,])0 rows", proc.stdout), \
        f"README line {line} answers nothing on the demo"


@pytest.mark.parametrize("line,lang,tags,body", SERVERS, ids=[f"line{b[0]}" for b in SERVERS])
def test_server_block_serves(line, lang, tags, body, home, env):
    if not Settings.from_env(env).published.exists():
        pytest.fail("the README's demo block did not publish (it runs first)")
    command = localise(body, home)
    port = int(m.group(1)) if (m := re.search(r"--port (\d+)", command)) else 8501
    proc = subprocess.Popen(["bash", "-c", command], cwd=REPO_DIR, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health",
                                            timeout=2) as r:
                    assert r.read().strip() == b"ok"
                break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"README line {line} did not serve: {proc.stdout.read()[-2000:]}")
            time.sleep(0.3)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?page=overview",
                                    timeout=10) as r:
            assert r.status == 200 and b"<html" in r.read().lower()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def test_airflow_run_needs_nothing_sourced(tmp_path):
    """The embedded Airflow's environment defaults under NEWSFACTS_HOME (never ~/airflow);
    what the environment sets wins."""
    from newsfacts.airflow_run import airflow_env

    s = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path)})
    env = airflow_env(s, {"PATH": "/usr/bin"})
    assert env["AIRFLOW_HOME"] == str(tmp_path / "airflow")
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(REPO_DIR / "dags")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["PATH"].split(os.pathsep)[1:] == ["/usr/bin"]
    assert airflow_env(s, {"AIRFLOW_HOME": "/elsewhere"})["AIRFLOW_HOME"] == "/elsewhere"
