"""``GET /v2/forms/{formKey}``: a deployed Camunda form, its schema as the JSON text deployed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.http import json_response, path_key
from engine.rest.lookups import find
from engine.rest.wire import key_text
from engine.state import FormDefinition

if TYPE_CHECKING:
    from engine.runtime import Engine


class FormEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [Route("/forms/{formKey}", self.get, methods=["GET"])]

    async def get(self, request: Request) -> Response:
        key = path_key(request, "formKey")
        return json_response(form_json(find(self._engine.tables.form_definitions, key, "Form")))


def form_json(form: FormDefinition) -> dict[str, Any]:
    return {
        "tenantId": form.tenant_id,
        "formId": form.form_id,
        "schema": form.schema,
        "version": form.version,
        "formKey": key_text(form.key),
    }
