#!/usr/bin/env bash
# Regenerates engine/gateway/proto/ from Camunda 8.9's gateway.proto: fetches the Maven Central
# artifact that ships it, checks the pinned SHA-256, and runs grpc_tools.protoc. The generated
# gateway_pb2 registers into a private descriptor pool, because pyzeebe's own generated stubs
# register the same gateway_protocol.* names in protobuf's default pool in the same process.
set -euo pipefail

ARTIFACT=io.camunda:zeebe-gateway-protocol-impl
VERSION=8.9.0
JAR_SHA256=4790ce23ee0805dfe0a5eb75929ce89196b37373ca633f9d58d3857ac3993617

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT=engine/gateway/proto
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mvn -q dependency:copy -Dartifact="$ARTIFACT:$VERSION" -DoutputDirectory="$WORK"
JAR="$WORK/zeebe-gateway-protocol-impl-$VERSION.jar"
echo "$JAR_SHA256  $JAR" | sha256sum --check --quiet -

unzip -q -o "$JAR" gateway.proto -d "$WORK"
{
  echo "// Camunda 8.9 Zeebe gateway protocol, taken unchanged below this header from the Maven"
  echo "// Central artifact $ARTIFACT:$VERSION (jar SHA-256 $JAR_SHA256),"
  echo "// licensed under the Apache License, Version 2.0 as its POM declares:"
  echo "// http://www.apache.org/licenses/LICENSE-2.0"
  echo "// Regenerate with scripts/regen-gateway-proto.sh; do not edit."
  echo
  cat "$WORK/gateway.proto"
} >"$ROOT/$OUT/gateway.proto"

cd "$ROOT"
"$PYTHON" -m grpc_tools.protoc -I . \
  --python_out=. --pyi_out=. --grpc_python_out=. "$OUT/gateway.proto"

# Register our descriptors in a pool of our own; the service keeps its full name
# gateway_protocol.Gateway, so nothing changes on the wire.
PB2="$OUT/gateway_pb2.py"
grep -q '_descriptor_pool.Default().AddSerializedFile' "$PB2"
sed -i 's/_descriptor_pool\.Default()\.AddSerializedFile/_descriptor_pool.DescriptorPool().AddSerializedFile/' "$PB2"
if grep -q '_descriptor_pool.Default()' "$PB2"; then
  echo "error: $PB2 still registers into the default descriptor pool" >&2
  exit 1
fi
grep -q '^from engine.gateway.proto import gateway_pb2 as ' "$OUT/gateway_pb2_grpc.py"
