#!/usr/bin/env bash
# Refreshes the lock files from pyproject.toml's ranges: requirements/lock.txt (the project, dev
# and distributed extras, and the build backend) and requirements/no-deps.txt (argostranslate,
# installed without its dependencies). Exact versions with hashes, resolved for the machines the
# project runs on (Linux x86_64, CPython 3.11). Commit both files after a refresh.
#   bash scripts/lock.sh            keep locked versions where the ranges still allow them
#   bash scripts/lock.sh --upgrade  take the newest versions the ranges allow
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/uv ] || bash scripts/setup.sh
target=(--python-version 3.11 --python-platform x86_64-unknown-linux-gnu --generate-hashes --quiet)
.venv/bin/uv pip compile "${target[@]}" "$@" --extra dev --extra distributed \
  --custom-compile-command "bash scripts/lock.sh" \
  pyproject.toml requirements/build.in -o requirements/lock.txt
.venv/bin/uv pip compile "${target[@]}" "$@" --no-deps \
  --custom-compile-command "bash scripts/lock.sh" \
  requirements/no-deps.in -o requirements/no-deps.txt
echo "lock: requirements/lock.txt and requirements/no-deps.txt refreshed"
