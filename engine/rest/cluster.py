"""``GET /v2/topology`` and the clock: ``GET``/``PUT /v2/clock``, ``POST /v2/clock/reset``.

The engine is a single broker owning one partition, so the topology is one healthy leader.
Pinning the clock stops it at the given epoch milliseconds until it is reset, as Camunda's
clock endpoints (enabled for testing) do. ``GET /v2/clock`` (Camunda 8.11) reads the engine's
time as ``{"timestamp": ISO 8601}``, so a page can tell due from overdue by the engine's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import invalid, read_fields
from engine.rest.http import json_response, no_content
from engine.rest.wire import date_text

if TYPE_CHECKING:
    from engine.runtime import Engine


@dataclass(frozen=True, slots=True)
class GatewayAddress:
    """Where clients reach the engine's gRPC gateway, reported as the broker's address."""

    host: str
    port: int


class ClusterEndpoints:
    def __init__(self, engine: Engine, gateway: GatewayAddress) -> None:
        self._engine = engine
        self._gateway = gateway

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/topology", self.topology, methods=["GET"]),
            Route("/clock", self.read_clock, methods=["GET"]),
            Route("/clock", self.pin_clock, methods=["PUT"]),
            Route("/clock/reset", self.reset_clock, methods=["POST"]),
        ]

    async def topology(self, request: Request) -> Response:
        version = self._engine.version
        partition = {"partitionId": 1, "role": "leader", "health": "healthy", "state": "active"}
        broker = {
            "nodeId": 0,
            "brokerId": "0",
            "host": self._gateway.host,
            "port": self._gateway.port,
            "partitions": [partition],
            "version": version,
        }
        return json_response(
            {
                "brokers": [broker],
                "clusterId": None,
                "clusterSize": 1,
                "partitionsCount": 1,
                "replicationFactor": 1,
                "gatewayVersion": version,
                "lastCompletedChangeId": "-1",
            }
        )

    async def read_clock(self, request: Request) -> Response:
        return json_response({"timestamp": date_text(self._engine.clock.now_ms())})

    async def pin_clock(self, request: Request) -> Response:
        body = await read_fields(request)
        timestamp = body.required_integer("timestamp")
        body.done()
        if timestamp < 0:
            raise invalid("timestamp", timestamp, "not negative")
        self._engine.clock.pin(timestamp)
        return no_content()

    async def reset_clock(self, request: Request) -> Response:
        (await read_fields(request)).done()
        self._engine.clock.reset()
        return no_content()
