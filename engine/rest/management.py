"""The management port (9600 by default): health probes and Prometheus metrics, as Zeebe's.

Health, readiness and liveness answer ``{"status": "UP"}`` once the engine finished recovering
its state from disk, and 503 ``{"status": "DOWN"}`` before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from engine.rest.http import json_response

if TYPE_CHECKING:
    from engine.runtime import Engine


def create_management_app(engine: Engine) -> Starlette:
    async def health(request: Request) -> Response:
        if engine.ready:
            return json_response({"status": "UP"})
        return json_response({"status": "DOWN"}, status=503)

    async def prometheus(request: Request) -> Response:
        return Response(generate_latest(engine.metrics), media_type=CONTENT_TYPE_LATEST)

    return Starlette(
        routes=[
            Route("/actuator/health", health, methods=["GET"]),
            Route("/actuator/health/readiness", health, methods=["GET"]),
            Route("/actuator/health/liveness", health, methods=["GET"]),
            Route("/actuator/prometheus", prometheus, methods=["GET"]),
        ]
    )
