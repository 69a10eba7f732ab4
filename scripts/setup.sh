#!/usr/bin/env bash
# Create or update the project's virtual environment (.venv) exactly from uv.lock.
# Usage: bash scripts/setup.sh   (idempotent; about a minute on a fresh machine)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_python() {
  if [ -n "${NEWSFACTS_PYTHON:-}" ]; then echo "$NEWSFACTS_PYTHON"; return; fi
  if command -v pyenv >/dev/null 2>&1; then
    for v in "$(pyenv root)"/versions/3.12.*/bin/python3.12; do
      [ -x "$v" ] && { echo "$v"; return; }
    done
  fi
  if command -v python3.12 >/dev/null 2>&1; then command -v python3.12; return; fi
  echo "setup: Python 3.12 not found: install it (pyenv install 3.12) or set NEWSFACTS_PYTHON" >&2
  exit 1
}

PY=$(find_python)
UV=(uv)
if ! command -v uv >/dev/null 2>&1; then
  if ! python3 -m uv --version >/dev/null 2>&1; then
    echo "setup: installing uv (the package manager that reads uv.lock)" >&2
    python3 -m pip install --quiet --disable-pip-version-check uv
  fi
  UV=(python3 -m uv)
fi
echo "setup: syncing .venv from uv.lock with $PY" >&2
"${UV[@]}" sync --frozen --python "$PY" --compile-bytecode --quiet
echo "setup: ready ($(.venv/bin/python --version), newsfacts $(.venv/bin/python -c 'import newsfacts; print(newsfacts.__version__)'))" >&2
