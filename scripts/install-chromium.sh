#!/usr/bin/env bash
# Installs Debian's chromium (used headless by scripts/render-diagrams.mjs) when it is missing.
# Playwright's own browser download needs the internet; the Debian package only needs the apt mirror.
set -euo pipefail

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

if [[ -x "$CHROMIUM" ]]; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "error: $CHROMIUM is missing and this script is not running as root." >&2
  echo "Install it with: sudo apt-get update && sudo apt-get install -y chromium" >&2
  echo "(or point CHROMIUM_PATH at an existing Chromium/Chrome binary)" >&2
  exit 1
fi
echo "Installing chromium from Debian packages" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
if [[ ! -x "$CHROMIUM" ]]; then
  echo "error: apt-get installed chromium but $CHROMIUM is still missing" >&2
  exit 1
fi
