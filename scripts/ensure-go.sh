#!/usr/bin/env bash
# Prints the path of a `go` command new enough to build promtool from the Go module proxy (its
# go.mod asks for Go $MIN_GO), installing one when needed. Only scripts/install-promtool.sh calls
# it, and only where Debian's prometheus package cannot be installed. Debian's golang-go
# (as root) when there is no go at all, then, when that is too old, the Go toolchain module
# golang.org/toolchain that the go command itself fetches from the module proxy (GOTOOLCHAIN).
set -euo pipefail

MIN_GO=1.24
TOOLCHAIN=go1.24.13

log() { echo "ensure-go: $*" >&2; }

new_enough() {
  local version
  version=$("$1" env GOVERSION 2>/dev/null | sed 's/^go//')
  [[ -n "$version" ]] && [[ "$(printf '%s\n%s\n' "$MIN_GO" "$version" | sort -V | head -1)" == "$MIN_GO" ]]
}

go=$(command -v go || true)
[[ -z "$go" && -x /usr/local/go/bin/go ]] && go=/usr/local/go/bin/go
if [[ -z "$go" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    log "no go command; install Go $MIN_GO+ (Debian: apt-get install -y golang-go)"
    exit 1
  fi
  log "installing Debian's golang-go"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends golang-go >&2
  go=$(command -v go)
fi
if new_enough "$go"; then
  echo "$go"
  exit 0
fi
log "$("$go" version) is older than $MIN_GO; fetching the $TOOLCHAIN toolchain module"
module="golang.org/toolchain@v0.0.1-$TOOLCHAIN.linux-$("$go" env GOARCH)"
dir=$(cd "$(mktemp -d)" && GOFLAGS=-mod=mod "$go" mod download -json "$module" \
  | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
chmod +x "$dir/bin/go" "$dir"/pkg/tool/*/* 2>/dev/null || true
new_enough "$dir/bin/go" || { log "the $TOOLCHAIN toolchain module did not give a usable go"; exit 1; }
echo "$dir/bin/go"
