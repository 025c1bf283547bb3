#!/usr/bin/env bash
# The test suite, after a fast quality gate: ruff (lint + format check) and mypy on l10n/, both
# configured in pyproject.toml. pytest's exit 5 ("no tests collected") is a failure here.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
SOURCES=(l10n tests bench tools workflow.py)
gate=0
.venv/bin/ruff check --quiet "${SOURCES[@]}" || gate=1
.venv/bin/ruff format --check --quiet "${SOURCES[@]}" || { echo "test.sh: run '.venv/bin/ruff format ${SOURCES[*]}'" >&2; gate=1; }
.venv/bin/mypy || gate=1
if [ "$gate" -ne 0 ]; then
  echo "test.sh: the quality gate (ruff, mypy) failed: fix the findings above" >&2
  exit 1
fi
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
