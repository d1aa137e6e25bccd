#!/usr/bin/env bash
# Copies the browser assets of the engine's Tasklist and Operate pages (bpmn-js viewer, form-js
# viewer and their stylesheets) from node_modules into engine/pages/vendor/ (git-ignored).
# Needs `make node-deps` first; `make page-assets` runs both.
set -euo pipefail
cd "$(dirname "$0")/.."

VENDOR=engine/pages/vendor
# node_modules path -> name under engine/pages/vendor/
declare -A ASSETS=(
  ["bpmn-js/dist/bpmn-navigated-viewer.production.min.js"]="bpmn-navigated-viewer.js"
  ["bpmn-js/dist/assets/diagram-js.css"]="diagram-js.css"
  ["bpmn-js/dist/assets/bpmn-js.css"]="bpmn-js.css"
  ["@bpmn-io/form-js/dist/form-viewer.umd.js"]="form-viewer.umd.js"
  ["@bpmn-io/form-js/dist/assets/form-js.css"]="form-js.css"
  ["@bpmn-io/form-js/dist/assets/flatpickr/light.css"]="flatpickr-light.css"
)

for source in "${!ASSETS[@]}"; do
  if [[ ! -f "node_modules/$source" ]]; then
    echo "error: node_modules/$source is missing; run 'make node-deps' (npm ci) first" >&2
    exit 1
  fi
done
rm -rf "$VENDOR"
mkdir -p "$VENDOR"
for source in "${!ASSETS[@]}"; do
  cp "node_modules/$source" "$VENDOR/${ASSETS[$source]}"
done
