#!/usr/bin/env bash
# Installs the pinned Node tooling (bpmnlint + Camunda compat rules) from package-lock.json
# into ./node_modules with `npm ci`. Installs Node/npm first when missing (see ensure-system-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  bash scripts/ensure-system-tools.sh
fi
npm ci --no-audit --no-fund --loglevel=error
