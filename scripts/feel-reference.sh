#!/usr/bin/env bash
# Evaluate one FEEL expression with FEEL-Scala 1.21 driven as Zeebe 8.9 drives it.
#   scripts/feel-reference.sh 'x.a * 2' '{"x": {"a": 21}}'
# The first run fetches the pinned jars into ${BATON_CACHE_DIR:-~/.cache/baton}/feel-reference/.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m tests.conformance.reference_engine "$@"
