"""Zeebe's gRPC gateway (``gateway_protocol.Gateway``, Camunda 8.9) over Baton's engine."""

from engine.gateway.errors import GatewayRequestError, InvalidVariablesError, VariablesTooLargeError
from engine.gateway.server import GatewayStartError, start_gateway
from engine.gateway.servicer import GatewayServicer

__all__ = [
    "GatewayRequestError",
    "GatewayServicer",
    "GatewayStartError",
    "InvalidVariablesError",
    "VariablesTooLargeError",
    "start_gateway",
]
