"""The docker compose deployment: valid for docker-compose (no daemon needed for `config`),
shaped as the scaled-out design says (Celery workers, Postgres, Redis, shared data), and
safe by default: no secret has a fallback value (compose refuses to start without them),
the API listens on 127.0.0.1 unless told otherwise, and docker/.env never reaches git."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from newsfacts.settings import REPO_DIR, Settings

COMPOSE = REPO_DIR / "docker" / "docker-compose.yml"
SECRETS = {"POSTGRES_PASSWORD": "9f2c0e7d41b8a65e3c7d90f1", "AIRFLOW_JWT_SECRET": "q7Zt-2mXv_Lp9s",
           "AIRFLOW_FERNET_KEY": "hT3vF9qL0wXzR2bN8cY6mK4pJ1sD5gA7eU0iO3lQ9rE="}


def _exe() -> str:
    exe = shutil.which("docker-compose")
    if exe is None:
        pytest.skip("docker-compose (Debian package, 1.29) is not installed: .ci/run installs "
                    "it with apt when it runs as root")
    return exe


def _compose(tmp_path, values: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """`docker-compose config` with exactly these variables: an env file of our own (never
    a developer's docker/.env) and none of them inherited from the environment."""
    env_file = tmp_path / f"test-{len(list(tmp_path.glob('test-*.env')))}.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
    env = {k: v for k, v in os.environ.items()
           if k not in SECRETS and not k.startswith(("AIRFLOW_", "POSTGRES_", "NEWSFACTS_"))}
    return subprocess.run([_exe(), "--env-file", str(env_file), "-f", str(COMPOSE), "config",
                           *args], capture_output=True, text=True, timeout=60, env=env)


def _config(tmp_path, **extra: str) -> dict:
    quiet = _compose(tmp_path, {**SECRETS, **extra}, "-q")
    assert quiet.returncode == 0, quiet.stderr
    full = _compose(tmp_path, {**SECRETS, **extra})
    assert full.returncode == 0, full.stderr
    return yaml.safe_load(full.stdout)


def test_compose_refuses_to_start_without_each_secret(tmp_path):
    proc = _compose(tmp_path, {}, "-q")
    assert proc.returncode != 0
    for name in SECRETS:
        others = {k: v for k, v in SECRETS.items() if k != name}
        for missing in (others, {**others, name: ""}):  # unset, or set to nothing
            proc = _compose(tmp_path, missing, "-q")
            assert proc.returncode != 0, name
            assert f"{name} is not set" in proc.stderr and "env.example" in proc.stderr
    assert _compose(tmp_path, SECRETS, "-q").returncode == 0


def test_secrets_reach_airflow_and_postgres_and_nothing_has_a_weak_default(tmp_path):
    cfg = _config(tmp_path)
    services = cfg["services"]
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"] == SECRETS["POSTGRES_PASSWORD"]
    for name in ("airflow-scheduler", "airflow-apiserver", "airflow-worker-1", "newsfacts"):
        env = services[name]["environment"]
        assert env["AIRFLOW__CORE__FERNET_KEY"] == SECRETS["AIRFLOW_FERNET_KEY"]
        assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == SECRETS["AIRFLOW_JWT_SECRET"]
        assert f":{SECRETS['POSTGRES_PASSWORD']}@postgres:" in \
            env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    text = COMPOSE.read_text()
    for name in SECRETS:  # only the refusing form, never a fallback value
        assert f"${{{name}:-" not in text and f"${{{name}-" not in text
        assert f"${{{name}:?" in text


def _published(service: dict) -> list[tuple[str, str, str]]:
    """(host ip, host port, container port) of a service's published ports."""
    out = []
    for p in service.get("ports") or []:
        if isinstance(p, dict):
            out.append((p.get("host_ip", ""), str(p.get("published")), str(p.get("target"))))
        else:
            parts = str(p).split("/")[0].split(":")
            ip = parts[0] if len(parts) == 3 else ""
            out.append((ip, parts[-2], parts[-1]))
    return out


def test_api_listens_on_loopback_unless_told_otherwise(tmp_path):
    services = _config(tmp_path)["services"]
    exposed = {n: _published(s) for n, s in services.items() if _published(s)}
    assert exposed == {"airflow-apiserver": [("127.0.0.1", "8080", "8080")]}
    wide = _config(tmp_path, AIRFLOW_API_BIND="0.0.0.0", AIRFLOW_API_PORT="18080")
    assert _published(wide["services"]["airflow-apiserver"]) == [("0.0.0.0", "18080", "8080")]


def test_env_file_is_ignored_and_the_example_says_how_to_make_each_secret():
    if shutil.which("git") is None or not (REPO_DIR / ".git").exists():
        pytest.skip("not a git checkout")
    for path in ("docker/.env", ".env"):
        proc = subprocess.run(["git", "-C", str(REPO_DIR), "check-ignore", "-q", path],
                              capture_output=True, timeout=30)
        assert proc.returncode == 0, f"{path} is not git-ignored"
    example = (REPO_DIR / "docker" / "env.example").read_text().splitlines()
    for name in SECRETS:
        [i] = [i for i, line in enumerate(example) if line.startswith(f"{name}=")]
        assert example[i] == f"{name}=", f"{name} must be empty in env.example (no weak default)"
        above = "\n".join(example[max(0, i - 5):i])
        assert "python3 -c" in above and ("secrets." in above or "Fernet" in above), name
    ignored = (REPO_DIR / "docker" / "Dockerfile.dockerignore").read_text().split()
    assert "**/.env" in ignored  # secrets never enter an image either


def test_compose_file_is_valid_and_scaled_out(tmp_path):
    cfg = _config(tmp_path)
    services = cfg["services"]
    commands = {name: " ".join(s.get("command") or []) if isinstance(s.get("command"), list)
                else (s.get("command") or "") for name, s in services.items()}
    for component in ("api-server", "scheduler", "dag-processor", "db migrate"):
        assert any(c == component for c in commands.values()), component
    workers = [n for n, c in commands.items() if c == "celery worker"]
    assert len(workers) >= 2
    assert services["postgres"]["image"].startswith("postgres")
    assert services["redis"]["image"].startswith("redis")
    for name in (*workers, "airflow-scheduler", "airflow-apiserver", "airflow-dag-processor"):
        env = services[name]["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:")
        assert env["NEWSFACTS_HOME"] == "/data"
        # by default the landing zone is a folder on that volume, not object storage
        assert str(Settings.from_env(env).landing) == "/data/landing"
        volumes = services[name]["volumes"]
        # landing zone, archive and warehouse: one volume every component shares
        assert any(v.get("source") == "newsfacts-data" and v.get("target") == "/data"
                   if isinstance(v, dict) else v.startswith("newsfacts-data:/data")
                   for v in volumes), volumes


def test_compose_reads_its_settings_from_the_environment(tmp_path):
    cfg = _config(tmp_path, NEWSFACTS_BATCH_SIZE="99", POSTGRES_PASSWORD="s3cret",
                  CELERY_WORKER_CONCURRENCY="8",
                  NEWSFACTS_LANDING="s3://landing-bucket/newsfacts",
                  NEWSFACTS_LANDING_OPTIONS='{"endpoint_url": "http://minio:9000"}')
    env = cfg["services"]["airflow-worker-1"]["environment"]
    assert env["NEWSFACTS_BATCH_SIZE"] == "99"
    assert env["AIRFLOW__CELERY__WORKER_CONCURRENCY"] == "8"
    assert ":s3cret@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    # the landing zone on object storage reaches every component as the settings read it
    for name in ("airflow-worker-1", "airflow-worker-2", "airflow-scheduler"):
        s = Settings.from_env(cfg["services"][name]["environment"])
        assert str(s.landing) == "s3://landing-bucket/newsfacts"
        assert s.landing.options == {"endpoint_url": "http://minio:9000"}
