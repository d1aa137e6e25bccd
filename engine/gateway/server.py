"""Starting the gateway: Zeebe's gRPC service plus the standard gRPC health service."""

from __future__ import annotations

import grpc
from grpc_health.v1 import health_pb2_grpc  # type: ignore[import-untyped]

from engine.gateway.health import EngineHealthServicer
from engine.gateway.proto import gateway_pb2_grpc
from engine.gateway.servicer import GatewayServicer
from engine.runtime import Engine


class GatewayStartError(Exception):
    """The gateway could not listen on the address it was given."""


async def start_gateway(engine: Engine, host: str, port: int) -> grpc.aio.Server:
    """Serve the engine on ``host:port``; port 0 picks a free port, which Topology reports.

    The caller stops it with ``await server.stop(grace)``.
    """
    server = grpc.aio.server()
    try:
        bound_port = server.add_insecure_port(f"{host}:{port}")
    except RuntimeError as error:
        raise GatewayStartError(f"Cannot listen on {host}:{port}: {error}") from error
    gateway_pb2_grpc.add_GatewayServicer_to_server(
        GatewayServicer(engine, host, bound_port), server
    )
    health_pb2_grpc.add_HealthServicer_to_server(EngineHealthServicer(engine), server)
    await server.start()
    return server
