#!/usr/bin/env bash
# Puts promtool (Prometheus' rule checker and rule unit-test runner) at $BATON_CACHE_DIR/bin/promtool.
# Prebuilt first: a promtool already on PATH, else Debian's `prometheus` package (ships
# /usr/bin/promtool, installed in well under a minute, as root). Only where neither works is it
# built from the Go module proxy, with a Go toolchain that scripts/ensure-go.sh provides.
# Idempotent. Prints nothing but the path of the promtool binary on stdout.
set -euo pipefail

MIN_PROMTOOL=2.42                 # oldest promtool that passes observability/ (Debian 12's)
PROMETHEUS_MODULE_VERSION=v0.316.0 # built only as the fallback: Prometheus 3.16.0
PROMETHEUS_VERSION=3.16.0

CACHE_DIR=${BATON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/baton}
BIN="$CACHE_DIR/bin"
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$BIN"

log() { echo "install-promtool: $*" >&2; }

usable() {
  local version
  version=$("$1" --version 2>&1 | sed -n 's/^promtool, version \([0-9]*\.[0-9]*\).*/\1/p')
  [[ -n "$version" ]] && [[ "$(printf '%s\n%s\n' "$MIN_PROMTOOL" "$version" | sort -V | head -1)" == "$MIN_PROMTOOL" ]]
}

link() {
  ln -sf "$1" "$BIN/promtool"
  echo "$BIN/promtool"
  exit 0
}

if [[ -x "$BIN/promtool" ]] && usable "$BIN/promtool"; then
  echo "$BIN/promtool"
  exit 0
fi
found=$(command -v promtool || true)
if [[ -n "$found" ]] && usable "$found"; then
  link "$found"
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  log "installing Debian's prometheus package for /usr/bin/promtool"
  if ! apt-cache policy prometheus 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get update -qq >&2
  fi
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >&2 \
    && usable /usr/bin/promtool; then
    link /usr/bin/promtool
  fi
  log "Debian's promtool is missing or older than $MIN_PROMTOOL; building instead"
fi

go=$(bash "$HERE/ensure-go.sh")
log "building promtool $PROMETHEUS_VERSION from the Go module proxy (several minutes on 2 cores)"
GOBIN="$BIN" "$go" install \
  -ldflags "-X github.com/prometheus/common/version.Version=$PROMETHEUS_VERSION" \
  "github.com/prometheus/prometheus/cmd/promtool@$PROMETHEUS_MODULE_VERSION" >&2
echo "$BIN/promtool"
