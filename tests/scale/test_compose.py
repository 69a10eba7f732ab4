"""The docker compose deployment: valid for docker-compose (no daemon needed for `config`),
and shaped as the scaled-out design says (Celery workers, Postgres, Redis, shared data)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from newsfacts.settings import REPO_DIR, Settings

COMPOSE = REPO_DIR / "docker" / "docker-compose.yml"


def _config() -> dict:
    exe = shutil.which("docker-compose")
    if exe is None:
        pytest.skip("docker-compose (Debian package, 1.29) is not installed: .ci/run installs "
                    "it with apt when it runs as root")
    quiet = subprocess.run([exe, "-f", str(COMPOSE), "config", "-q"], capture_output=True,
                           text=True, timeout=60)
    assert quiet.returncode == 0, quiet.stderr
    full = subprocess.run([exe, "-f", str(COMPOSE), "config"], capture_output=True, text=True,
                          timeout=60, check=True)
    return yaml.safe_load(full.stdout)


def test_compose_file_is_valid_and_scaled_out():
    cfg = _config()
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
    exe = shutil.which("docker-compose")
    if exe is None:
        pytest.skip("docker-compose is not installed")
    env_file = tmp_path / "scale.env"
    env_file.write_text("NEWSFACTS_BATCH_SIZE=99\nPOSTGRES_PASSWORD=s3cret\n"
                        "CELERY_WORKER_CONCURRENCY=8\n"
                        "NEWSFACTS_LANDING=s3://landing-bucket/newsfacts\n"
                        'NEWSFACTS_LANDING_OPTIONS={"endpoint_url": "http://minio:9000"}\n')
    out = subprocess.run([exe, "--env-file", str(env_file), "-f", str(COMPOSE), "config"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    cfg = yaml.safe_load(out)
    env = cfg["services"]["airflow-worker-1"]["environment"]
    assert env["NEWSFACTS_BATCH_SIZE"] == "99"
    assert env["AIRFLOW__CELERY__WORKER_CONCURRENCY"] == "8"
    assert ":s3cret@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    # the landing zone on object storage reaches every component as the settings read it
    for name in ("airflow-worker-1", "airflow-worker-2", "airflow-scheduler"):
        s = Settings.from_env(cfg["services"][name]["environment"])
        assert str(s.landing) == "s3://landing-bucket/newsfacts"
        assert s.landing.options == {"endpoint_url": "http://minio:9000"}
