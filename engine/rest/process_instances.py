"""Process instances: create (optionally awaiting the result), get, search and cancel.

``awaitCompletion`` waits up to ``requestTimeout`` ms (0: the cluster's request timeout, 15 s
by default) and returns the instance's variables, narrowed to ``fetchVariables`` when given.
The search's ``variables`` filter matches variables on the instance's root scope.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import Fields, invalid, read_fields
from engine.rest.http import json_response, no_content, path_key
from engine.rest.lookups import find, instances_with_incidents, root_process_instance_key
from engine.rest.problems import InvalidRequestError
from engine.rest.search import CustomFilter, Field, Kind, SearchSpec, search
from engine.rest.variable_filters import variable_value_filter
from engine.rest.wire import date_text, key_text
from engine.state import ProcessInstance
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

DEFAULT_AWAIT_TIMEOUT_MS = 15_000
_STATES = frozenset({"ACTIVE", "COMPLETED", "SUSPENDED", "TERMINATED"})


class ProcessInstanceEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/process-instances", self.create, methods=["POST"]),
            Route("/process-instances/search", self.search, methods=["POST"]),
            Route("/process-instances/{processInstanceKey}", self.get, methods=["GET"]),
            Route(
                "/process-instances/{processInstanceKey}/cancellation",
                self.cancel,
                methods=["POST"],
            ),
        ]

    async def create(self, request: Request) -> Response:
        body = await read_fields(request)
        process_id = body.string("processDefinitionId")
        definition_key = body.key("processDefinitionKey")
        version = body.integer("processDefinitionVersion")
        variables = body.variables("variables")
        tenant_id = body.string("tenantId")
        body.integer("operationReference")
        start_elements = _start_elements(body)
        await_completion = bool(body.boolean("awaitCompletion"))
        fetch_variables = body.string_list("fetchVariables")
        request_timeout = body.integer("requestTimeout")
        _reject_unsupported(body)
        body.done()
        if process_id is None and definition_key is None:
            raise InvalidRequestError(
                "At least one of [processDefinitionId, processDefinitionKey] is required"
            )
        if process_id is not None and definition_key is not None:
            raise InvalidRequestError(
                "Only one of [processDefinitionId, processDefinitionKey] is allowed"
            )
        if request_timeout is not None and request_timeout < 0:
            raise invalid("requestTimeout", request_timeout, "zero or more milliseconds")
        instance = await self._engine.create_process_instance(
            bpmn_process_id=process_id,
            process_definition_key=definition_key,
            version=-1 if version is None else version,
            variables=variables,
            start_element_ids=start_elements,
            tenant_id=tenant_id,
        )
        result_variables: dict[str, Any] = {}
        if await_completion:
            result_variables = await self._engine.await_result(
                instance.key, request_timeout or DEFAULT_AWAIT_TIMEOUT_MS, fetch_variables
            )
        return json_response(
            {
                "processDefinitionId": instance.bpmn_process_id,
                "processDefinitionVersion": instance.version,
                "tenantId": instance.tenant_id,
                "variables": result_variables,
                "processDefinitionKey": key_text(instance.process_definition_key),
                "processInstanceKey": key_text(instance.key),
                "tags": [],
                "businessId": None,
            }
        )

    async def get(self, request: Request) -> Response:
        key = path_key(request, "processInstanceKey")
        instance = find(self._engine.tables.process_instances, key, "Process instance")
        tables = self._engine.tables
        return json_response(
            process_instance_json(tables, instance, key in instances_with_incidents(tables))
        )

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        tables = self._engine.tables
        with_incidents = instances_with_incidents(tables)
        page = search(tables.process_instances.values(), body, _spec(tables, with_incidents))
        items = [
            process_instance_json(tables, item, item.key in with_incidents) for item in page.items
        ]
        return json_response({"items": items, "page": page.page_json()})

    async def cancel(self, request: Request) -> Response:
        key = path_key(request, "processInstanceKey")
        body = await read_fields(request)
        body.integer("operationReference")
        body.done()
        await self._engine.cancel_process_instance(key)
        return no_content()


def _start_elements(body: Fields) -> list[str] | None:
    value = body.raw("startInstructions")
    if value is None:
        return None
    if not isinstance(value, list):
        raise invalid("startInstructions", value, "a list of {elementId}")
    element_ids: list[str] = []
    for i, item in enumerate(value):
        instruction = Fields.of(item, f"startInstructions[{i}]")
        element_ids.append(instruction.required_string("elementId"))
        instruction.done()
    return element_ids


def _reject_unsupported(body: Fields) -> None:
    """Fields of Camunda's request this engine does not implement: refused, never ignored."""
    for name in ("runtimeInstructions", "tags", "businessId"):
        value = body.raw(name)
        if value not in (None, [], ""):
            raise InvalidRequestError(f"{name} is not supported by this engine")


def process_instance_json(
    tables: Tables, instance: ProcessInstance, has_incident: bool
) -> dict[str, Any]:
    definition = tables.process_definitions.get(instance.process_definition_key)
    return {
        "processDefinitionId": instance.bpmn_process_id,
        "processDefinitionName": definition.name if definition else None,
        "processDefinitionVersion": instance.version,
        "processDefinitionVersionTag": definition.version_tag if definition else None,
        "startDate": date_text(instance.start_date),
        "endDate": date_text(instance.end_date),
        "state": instance.state,
        "suspendedDate": None,
        "hasIncident": has_incident,
        "tenantId": instance.tenant_id,
        "processInstanceKey": key_text(instance.key),
        "processDefinitionKey": key_text(instance.process_definition_key),
        "parentProcessInstanceKey": key_text(instance.parent_process_instance_key),
        "parentElementInstanceKey": key_text(instance.parent_element_instance_key),
        "rootProcessInstanceKey": key_text(root_process_instance_key(tables, instance.key)),
        "tags": [],
        "businessId": None,
    }


def _spec(tables: Tables, with_incidents: set[int]) -> SearchSpec[ProcessInstance]:
    def definition_attribute(read: Callable[[Any], Any]) -> Callable[[ProcessInstance], Any]:
        def attribute(instance: ProcessInstance) -> Any:
            definition = tables.process_definitions.get(instance.process_definition_key)
            return read(definition) if definition else None

        return attribute

    def variables(value: Any, where: str) -> Callable[[ProcessInstance], bool]:
        matches = variable_value_filter(value, where)
        return lambda instance: matches(tables.scope_variables(instance.key))

    return SearchSpec(
        fields={
            "processDefinitionId": Field(Kind.STRING, lambda i: i.bpmn_process_id),
            "processDefinitionName": Field(Kind.STRING, definition_attribute(lambda d: d.name)),
            "processDefinitionVersion": Field(Kind.INTEGER, lambda i: i.version),
            "processDefinitionVersionTag": Field(
                Kind.STRING, definition_attribute(lambda d: d.version_tag)
            ),
            "processDefinitionKey": Field(Kind.KEY, lambda i: i.process_definition_key),
            "startDate": Field(Kind.DATE, lambda i: i.start_date),
            "endDate": Field(Kind.DATE, lambda i: i.end_date),
            "state": Field(Kind.ENUM, lambda i: i.state, choices=_STATES),
            "hasIncident": Field(Kind.BOOLEAN, lambda i: i.key in with_incidents),
            "tenantId": Field(Kind.STRING, lambda i: i.tenant_id),
            "processInstanceKey": Field(Kind.KEY, lambda i: i.key),
            "parentProcessInstanceKey": Field(Kind.KEY, lambda i: i.parent_process_instance_key),
            "parentElementInstanceKey": Field(Kind.KEY, lambda i: i.parent_element_instance_key),
        },
        key=lambda i: i.key,
        custom_filters={"variables": CustomFilter(variables)},
        allow_or=True,
    )
