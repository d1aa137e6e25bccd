"""Messages (publish, correlate) and signals (broadcast).

Correlation publishes the message with a time-to-live of zero and answers with the first
process instance it reached; when no subscription or message start event took it, the answer
is 404, as Camunda's ``POST /v2/messages/correlation`` rejects an uncorrelated message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import invalid, read_fields
from engine.rest.http import json_response
from engine.rest.problems import EntityNotFoundError, InvalidRequestError
from engine.rest.wire import key_text
from engine.state import DEFAULT_TENANT

if TYPE_CHECKING:
    from engine.runtime import Engine


class MessageEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/messages/publication", self.publish, methods=["POST"]),
            Route("/messages/correlation", self.correlate, methods=["POST"]),
            Route("/signals/broadcast", self.broadcast_signal, methods=["POST"]),
        ]

    async def publish(self, request: Request) -> Response:
        body = await read_fields(request)
        name = body.required_string("name")
        correlation_key = body.string("correlationKey") or ""
        ttl = body.integer("timeToLive")
        message_id = body.string("messageId")
        variables = body.variables("variables")
        tenant_id = body.string("tenantId")
        _refuse_business_id(body.string("businessId"))
        body.done()
        if ttl is not None and ttl < 0:
            raise invalid("timeToLive", ttl, "zero or more milliseconds")
        message = await self._engine.publish_message(
            name, correlation_key, ttl or 0, message_id or None, variables, tenant_id
        )
        return json_response({"tenantId": message.tenant_id, "messageKey": key_text(message.key)})

    async def correlate(self, request: Request) -> Response:
        body = await read_fields(request)
        name = body.required_string("name")
        correlation_key = body.string("correlationKey") or ""
        variables = body.variables("variables")
        tenant_id = body.string("tenantId")
        _refuse_business_id(body.string("businessId"))
        body.done()
        message = await self._engine.publish_message(
            name, correlation_key, 0, None, variables, tenant_id
        )
        if not message.correlated:
            raise EntityNotFoundError(
                f"Expected to find subscription for message with name '{name}' and correlation "
                f"key '{correlation_key}', but none was found."
            )
        return json_response(
            {
                "tenantId": message.tenant_id,
                "messageKey": key_text(message.key),
                "processInstanceKey": key_text(message.correlated[0]),
            }
        )

    async def broadcast_signal(self, request: Request) -> Response:
        body = await read_fields(request)
        name = body.required_string("signalName")
        variables = body.variables("variables")
        tenant_id = body.string("tenantId")
        body.done()
        signal_key = await self._engine.broadcast_signal(name, variables)
        return json_response(
            {"tenantId": tenant_id or DEFAULT_TENANT, "signalKey": key_text(signal_key)}
        )


def _refuse_business_id(business_id: str | None) -> None:
    if business_id is not None:
        raise InvalidRequestError("businessId is not supported by this engine")
