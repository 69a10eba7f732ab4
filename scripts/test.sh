#!/usr/bin/env bash
# Set up the venv, lint, and run the whole test suite (unit, integration, DAG, end-to-end).
# Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/ensure_chromium.sh
export GX_ANALYTICS_ENABLED=False DO_NOT_TRACK=1
.venv/bin/ruff check dags include tests bench
.venv/bin/python -m pytest "$@"
