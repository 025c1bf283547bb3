#!/usr/bin/env bash
# The test suite, after a fast quality gate: ruff (lint + format check) and mypy on l10n/, both
# configured in pyproject.toml. pytest's exit 5 ("no tests collected") is a failure here.
# Extra arguments go to pytest: `bash scripts/test.sh -x tests/test_cli.py`.
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
# Both cores (pytest-xdist). Arguments given later win: `-n 0` runs in one process, `-p no:xdist`
# drops the plugin (and these options with it). worksteal: each worker starts on one contiguous half
# of the suite (a module's tests and its module-scoped fixtures stay together) and the first to finish
# takes half of what the other has left. Not loadgroup: with pytest 9.2, xdist 3.8 silently ignores
# xdist_group marks (xdist issue 1386); no two test files need to be kept apart.
parallel=(-n 2 --dist worksteal)
for arg in "$@"; do
  case "$arg" in no:xdist | -pno:xdist) parallel=() ;; esac
done
.venv/bin/python -m pytest "${parallel[@]}" "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
