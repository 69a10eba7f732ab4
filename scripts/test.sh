#!/usr/bin/env bash
# Set up the venv, lint, and run the whole test suite (unit, integration, DAG, end-to-end).
# Usage: bash scripts/test.sh [pytest args]
# Test files run on NEWSFACTS_TEST_WORKERS processes (default 2, one per core here; 0 runs
# them in this process). A file's tests stay on one worker, so its shared fixtures (one
# pipeline run per module) are built once; files are handed out in collection order, the
# longest first (tests/conftest.py, LONGEST_FIRST), so both workers finish together.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/ensure_chromium.sh
export GX_ANALYTICS_ENABLED=False DO_NOT_TRACK=1
.venv/bin/ruff check dags include tests bench
workers="${NEWSFACTS_TEST_WORKERS:-2}"
if [ "$workers" = 0 ]; then
  .venv/bin/python -m pytest "$@"
else
  .venv/bin/python -m pytest -n "$workers" --dist loadfile --no-loadscope-reorder "$@"
fi
