#!/usr/bin/env bash
# The demo: the whole chain on seeds/ (extract, update, MT, QA, assemble, publish).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/l10n run --root . "$@"
