"""The standard gRPC health service, answered from the engine's readiness.

pyzeebe's ``healthcheck`` asks ``grpc.health.v1.Health/Check`` about ``gateway_protocol.Gateway``;
it is SERVING once the engine has recovered its state from disk.
"""

from __future__ import annotations

from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc  # type: ignore[import-untyped]
from typing_extensions import override

from engine.gateway.handling import abort
from engine.runtime import Engine

GATEWAY_SERVICE = "gateway_protocol.Gateway"
KNOWN_SERVICES = frozenset({"", GATEWAY_SERVICE})
"""The empty name stands for the server as a whole, per the gRPC health checking protocol."""


class EngineHealthServicer(health_pb2_grpc.HealthServicer):  # type: ignore[misc]
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @override
    async def Check(self, request: Any, context: Any) -> Any:
        if request.service not in KNOWN_SERVICES:
            await abort(context, grpc.StatusCode.NOT_FOUND, f"Unknown service '{request.service}'")
        serving = health_pb2.HealthCheckResponse.SERVING
        not_serving = health_pb2.HealthCheckResponse.NOT_SERVING
        return health_pb2.HealthCheckResponse(status=serving if self._engine.ready else not_serving)
