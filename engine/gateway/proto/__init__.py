"""Stubs generated from Camunda 8.9's gateway.proto by scripts/regen-gateway-proto.sh."""
