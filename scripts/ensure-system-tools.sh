#!/usr/bin/env bash
# Installs the system tools Baton's scripts call when they are missing: Maven (to fetch
# Java artifacts from Maven Central) and Node.js/npm (bpmnlint). Debian packages, as root.
set -euo pipefail

missing=()
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if ((${#missing[@]} == 0)); then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing system tools: ${missing[*]}. Install them with your package manager (Debian: apt-get install -y ${missing[*]})." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian packages" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
