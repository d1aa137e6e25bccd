"""Element instances (Operate's flow node instances): search, get, and set variables on a scope.

The process instance's own root scope is not listed, as Camunda lists only flow elements.
Zeebe's lifecycle states map onto the REST enum: anything not yet completed or terminated is
ACTIVE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import missing, read_fields
from engine.rest.http import json_response, no_content, path_key
from engine.rest.lookups import root_process_instance_key
from engine.rest.problems import EntityNotFoundError
from engine.rest.search import Field, Kind, SearchSpec, search
from engine.rest.wire import date_text, key_text
from engine.state import ElementInstance
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

STATES = frozenset({"ACTIVE", "COMPLETED", "TERMINATED"})
TYPES = frozenset(
    {
        "AD_HOC_SUB_PROCESS",
        "AD_HOC_SUB_PROCESS_INNER_INSTANCE",
        "BOUNDARY_EVENT",
        "BUSINESS_RULE_TASK",
        "CALL_ACTIVITY",
        "END_EVENT",
        "EVENT_BASED_GATEWAY",
        "EVENT_SUB_PROCESS",
        "EXCLUSIVE_GATEWAY",
        "INCLUSIVE_GATEWAY",
        "INTERMEDIATE_CATCH_EVENT",
        "INTERMEDIATE_THROW_EVENT",
        "MANUAL_TASK",
        "MULTI_INSTANCE_BODY",
        "PARALLEL_GATEWAY",
        "PROCESS",
        "RECEIVE_TASK",
        "SCRIPT_TASK",
        "SEND_TASK",
        "SEQUENCE_FLOW",
        "SERVICE_TASK",
        "START_EVENT",
        "SUB_PROCESS",
        "TASK",
        "UNKNOWN",
        "UNSPECIFIED",
        "USER_TASK",
    }
)
SORT_FIELDS = frozenset(
    {
        "elementId",
        "elementInstanceKey",
        "elementName",
        "endDate",
        "incidentKey",
        "processDefinitionId",
        "processDefinitionKey",
        "processInstanceKey",
        "startDate",
        "state",
        "tenantId",
        "type",
    }
)


def element_state(element: ElementInstance) -> str:
    return element.state if element.state in ("COMPLETED", "TERMINATED") else "ACTIVE"


def element_type(element: ElementInstance) -> str:
    return element.element_type if element.element_type in TYPES else "UNKNOWN"


class ElementInstanceEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        element = "/element-instances/{elementInstanceKey}"
        return [
            Route("/element-instances/search", self.search, methods=["POST"]),
            Route(element, self.get, methods=["GET"]),
            Route(f"{element}/variables", self.set_variables, methods=["PUT"]),
        ]

    def _listed(self) -> list[ElementInstance]:
        return [
            element
            for element in self._engine.tables.element_instances.values()
            if element.key != element.process_instance_key
        ]

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        page = search(self._listed(), body, self._spec())
        items = [self._json(item) for item in page.items]
        return json_response({"items": items, "page": page.page_json()})

    async def get(self, request: Request) -> Response:
        key = path_key(request, "elementInstanceKey")
        element = self._engine.tables.element_instances.get(key)
        if element is None or element.key == element.process_instance_key:
            raise EntityNotFoundError(f"Element instance with key '{key}' not found")
        return json_response(self._json(element))

    async def set_variables(self, request: Request) -> Response:
        key = path_key(request, "elementInstanceKey")
        body = await read_fields(request)
        variables = body.variables("variables")
        local = body.boolean("local")
        body.integer("operationReference")
        body.done()
        if variables is None:
            raise missing("variables")
        await self._engine.set_variables(key, variables, bool(local))
        return no_content()

    def _name(self, element: ElementInstance) -> str:
        """The BPMN ``name`` of the element, or its id when it has none (as Operate shows it)."""
        model = self._engine.models.get(element.process_definition_key)
        flow_element = model.elements.get(element.element_id) if model else None
        return (flow_element.name if flow_element else None) or element.element_id

    def _has_incident(self, element: ElementInstance) -> bool:
        if element.incident_key is None:
            return False
        incident = self._engine.tables.incidents.get(element.incident_key)
        return incident is not None and incident.state == "ACTIVE"

    def _json(self, element: ElementInstance) -> dict[str, Any]:
        tables: Tables = self._engine.tables
        return {
            "processDefinitionId": element.bpmn_process_id,
            "startDate": date_text(element.start_date),
            "endDate": date_text(element.end_date),
            "elementId": element.element_id,
            "elementName": self._name(element),
            "type": element_type(element),
            "state": element_state(element),
            "hasIncident": self._has_incident(element),
            "tenantId": element.tenant_id,
            "elementInstanceKey": key_text(element.key),
            "processInstanceKey": key_text(element.process_instance_key),
            "rootProcessInstanceKey": key_text(
                root_process_instance_key(tables, element.process_instance_key)
            ),
            "processDefinitionKey": key_text(element.process_definition_key),
            "incidentKey": key_text(element.incident_key),
        }

    def _spec(self) -> SearchSpec[ElementInstance]:
        return SearchSpec(
            fields={
                "processDefinitionId": Field(Kind.STRING, lambda e: e.bpmn_process_id),
                "state": Field(Kind.ENUM, element_state, choices=STATES),
                "type": Field(Kind.ENUM, element_type, choices=TYPES),
                "elementId": Field(Kind.STRING, lambda e: e.element_id),
                "elementName": Field(Kind.STRING, self._name),
                "hasIncident": Field(Kind.BOOLEAN, self._has_incident, sortable=False),
                "tenantId": Field(Kind.STRING, lambda e: e.tenant_id),
                "elementInstanceKey": Field(Kind.KEY, lambda e: e.key),
                "processInstanceKey": Field(Kind.KEY, lambda e: e.process_instance_key),
                "processDefinitionKey": Field(Kind.KEY, lambda e: e.process_definition_key),
                "incidentKey": Field(Kind.KEY, lambda e: e.incident_key),
                "startDate": Field(Kind.DATE, lambda e: e.start_date),
                "endDate": Field(Kind.DATE, lambda e: e.end_date),
                "elementInstanceScopeKey": Field(
                    Kind.KEY, lambda e: e.flow_scope_key, sortable=False
                ),
            },
            key=lambda e: e.key,
            allow_or=True,
            sort_fields=SORT_FIELDS,
        )
