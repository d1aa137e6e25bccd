#!/usr/bin/env bash
# Installs promtool (Prometheus' rule checker and rule unit-test runner) into a cache folder outside
# the clone, so CI reuses it: built from the Go module proxy with
#   go install github.com/prometheus/prometheus/cmd/promtool@$PROMETHEUS_MODULE_VERSION
# The Go module v0.3XX.Y is Prometheus v3.XX.Y. Idempotent: skipped when the pinned version is
# already in the cache. Prints nothing but the path of the promtool binary on stdout.
set -euo pipefail

PROMETHEUS_MODULE_VERSION=v0.316.0
PROMETHEUS_VERSION=3.16.0

CACHE_DIR=${BATON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/baton}
BIN="$CACHE_DIR/bin"
mkdir -p "$BIN"

log() { echo "install-promtool: $*" >&2; }

if [[ ! -x "$BIN/promtool" || "$(cat "$BIN/.promtool-version" 2>/dev/null)" != "$PROMETHEUS_MODULE_VERSION" ]]; then
  command -v go >/dev/null 2>&1 || {
    log "go is required to build promtool from the Go module proxy (Debian: apt-get install -y golang)"
    exit 1
  }
  log "building promtool $PROMETHEUS_VERSION ($PROMETHEUS_MODULE_VERSION) from the Go module proxy (several minutes on 2 cores)"
  GOBIN="$BIN" go install \
    -ldflags "-X github.com/prometheus/common/version.Version=$PROMETHEUS_VERSION" \
    "github.com/prometheus/prometheus/cmd/promtool@$PROMETHEUS_MODULE_VERSION" >&2
  echo "$PROMETHEUS_MODULE_VERSION" >"$BIN/.promtool-version"
fi

echo "$BIN/promtool"
