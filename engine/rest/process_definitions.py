"""Process definitions: get by key, search, their BPMN XML and their (absent) start form.

Start forms (a form linked on a none start event) are not executed by this engine, so
``hasStartForm`` is always false and ``GET .../form`` answers 204 No Content, as Camunda does
for a process without a start form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import invalid, read_fields
from engine.rest.http import json_response, no_content, path_key
from engine.rest.lookups import find
from engine.rest.search import CustomFilter, Field, Kind, SearchSpec, search
from engine.rest.wire import key_text
from engine.state import ProcessDefinition

if TYPE_CHECKING:
    from engine.runtime import Engine

_STATES = frozenset({"ACTIVE", "DELETED", "DRAINING"})


class ProcessDefinitionEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/process-definitions/search", self.search, methods=["POST"]),
            Route("/process-definitions/{processDefinitionKey}", self.get, methods=["GET"]),
            Route("/process-definitions/{processDefinitionKey}/xml", self.xml, methods=["GET"]),
            Route(
                "/process-definitions/{processDefinitionKey}/form", self.start_form, methods=["GET"]
            ),
        ]

    def _definition(self, request: Request) -> ProcessDefinition:
        key = path_key(request, "processDefinitionKey")
        return find(self._engine.tables.process_definitions, key, "Process definition")

    async def get(self, request: Request) -> Response:
        return json_response(process_definition_json(self._definition(request)))

    async def xml(self, request: Request) -> Response:
        definition = self._definition(request)
        resource = find(self._engine.tables.resources, definition.resource_key, "Resource")
        return Response(resource.content, media_type="text/xml")

    async def start_form(self, request: Request) -> Response:
        self._definition(request)
        return no_content()

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        definitions = list(self._engine.tables.process_definitions.values())
        page = search(definitions, body, _spec(_latest_versions(definitions)))
        return json_response(
            {
                "items": [process_definition_json(item) for item in page.items],
                "page": page.page_json(),
            }
        )


def process_definition_json(definition: ProcessDefinition) -> dict[str, Any]:
    return {
        "name": definition.name,
        "resourceName": definition.resource_name,
        "version": definition.version,
        "versionTag": definition.version_tag,
        "processDefinitionId": definition.bpmn_process_id,
        "tenantId": definition.tenant_id,
        "processDefinitionKey": key_text(definition.key),
        "hasStartForm": False,
        "state": "ACTIVE",
    }


def _latest_versions(definitions: list[ProcessDefinition]) -> set[int]:
    latest: dict[tuple[str, str], ProcessDefinition] = {}
    for definition in definitions:
        ident = (definition.tenant_id, definition.bpmn_process_id)
        if ident not in latest or latest[ident].version < definition.version:
            latest[ident] = definition
    return {definition.key for definition in latest.values()}


def _spec(latest: set[int]) -> SearchSpec[ProcessDefinition]:
    def latest_only(value: Any, where: str) -> Callable[[ProcessDefinition], bool]:
        if not isinstance(value, bool):
            raise invalid(where, value, "a boolean")
        return lambda definition: (definition.key in latest) == value

    return SearchSpec(
        fields={
            "name": Field(Kind.STRING, lambda d: d.name),
            "resourceName": Field(Kind.STRING, lambda d: d.resource_name),
            "version": Field(Kind.INTEGER, lambda d: d.version),
            "versionTag": Field(Kind.STRING, lambda d: d.version_tag),
            "processDefinitionId": Field(Kind.STRING, lambda d: d.bpmn_process_id),
            "tenantId": Field(Kind.STRING, lambda d: d.tenant_id),
            "processDefinitionKey": Field(Kind.KEY, lambda d: d.key),
            "hasStartForm": Field(Kind.BOOLEAN, lambda d: False, sortable=False),
            "state": Field(Kind.ENUM, lambda d: "ACTIVE", choices=_STATES, sortable=False),
        },
        key=lambda d: d.key,
        custom_filters={"isLatestVersion": CustomFilter(latest_only)},
    )
