#!/usr/bin/env bash
# The main job on the embedded default: the real Airflow DAG (`airflow dags test`, SQLite
# metadata, no servers) over the bundled demo feed -> DuckDB -> dbt build -> quality gate
# -> publish, then a summary of what was published.
# Usage: bash scripts/demo.sh     (data goes to ./var unless NEWSFACTS_HOME is set)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# newsfacts.airflow_run sets Airflow's environment itself (home under $NEWSFACTS_HOME)
exec .venv/bin/python -m newsfacts.airflow_run newsfacts
