#!/usr/bin/env bash
# Bootstraps everything the demo and the tests need on a fresh Debian machine with Python 3.11:
# Debian packages (gettext's msgfmt, Apertium pairs, Chromium, CJK/Arabic fonts) and .venv.
# Idempotent: stamps make a second run take a second.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(gettext iso-codes apertium apertium-eng-spa apertium-eng-cat chromium fonts-noto-cjk fonts-noto-core)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
stamp=.venv/.l10n-installed
# Installs are locked (requirements/*.txt, exact versions with hashes; `bash scripts/lock.sh`
# refreshes them from pyproject.toml's ranges): the same versions on every machine, every time.
if [ ! -f "$stamp" ] || [ requirements/lock.txt -nt "$stamp" ] || [ requirements/no-deps.txt -nt "$stamp" ] \
   || [ pyproject.toml -nt "$stamp" ]; then
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  # pip installs only uv (its locked version and hashes, cut from lock.txt); uv installs the rest:
  # parallel downloads and a wheel cache (~/.cache/uv) that the next fresh clone reuses. A fresh
  # venv took pip 6.5 min under load, uv 1.7 min with a cold cache and 1 min with a warm one.
  # --compile-bytecode: imports must not recompile site-packages where PYTHONDONTWRITEBYTECODE is set.
  uv_lock=$(awk '/^[a-z]/ { keep = ($0 ~ /^uv==/) } keep && !/^ *#/' requirements/lock.txt)
  [ -n "$uv_lock" ] || { echo "setup: no uv pin in requirements/lock.txt" >&2; exit 1; }
  .venv/bin/python -m pip install -q --require-hashes -r /dev/stdin <<<"$uv_lock"
  uv_install=(.venv/bin/uv pip install --quiet --python .venv/bin/python --compile-bytecode)
  "${uv_install[@]}" --require-hashes -r requirements/lock.txt
  # argostranslate's own dependency list drags in torch, stanza and spacy; we use only its
  # package module, whose needs (ctranslate2, sentencepiece, packaging) pyproject declares.
  "${uv_install[@]}" --require-hashes --no-deps -r requirements/no-deps.txt
  "${uv_install[@]}" --no-deps --no-build-isolation -e .
  touch "$stamp"
fi
# The package's bytecode, as a wheel install has it: where PYTHONDONTWRITEBYTECODE is set, an
# editable checkout would otherwise recompile ~90 modules in every `l10n` process (~0.07 s each).
.venv/bin/python -m compileall -q l10n >/dev/null
