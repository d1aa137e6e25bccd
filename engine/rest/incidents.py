"""Incidents: search, get by key, and resolve (``POST /v2/incidents/{key}/resolution``).

Resolving re-runs what failed once the cause is fixed; for a job incident the job's retries must
have been raised first (``PATCH /v2/jobs/{key}``), as in Zeebe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import read_fields
from engine.rest.http import json_response, no_content, path_key
from engine.rest.lookups import find, root_process_instance_key
from engine.rest.search import Field, Kind, SearchSpec, search
from engine.rest.wire import date_text, key_text
from engine.state import Incident
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

ERROR_TYPES = frozenset(
    {
        "AD_HOC_SUB_PROCESS_NO_RETRIES",
        "CALLED_DECISION_ERROR",
        "CALLED_ELEMENT_ERROR",
        "CONDITION_ERROR",
        "DECISION_EVALUATION_ERROR",
        "EXECUTION_LISTENER_NO_RETRIES",
        "EXTRACT_VALUE_ERROR",
        "FORM_NOT_FOUND",
        "IO_MAPPING_ERROR",
        "JOB_NO_RETRIES",
        "MESSAGE_SIZE_EXCEEDED",
        "RESOURCE_NOT_FOUND",
        "SECRET_RESOLUTION_ERROR",
        "TASK_LISTENER_NO_RETRIES",
        "UNHANDLED_ERROR_EVENT",
        "UNKNOWN",
        "UNSPECIFIED",
    }
)
STATES = frozenset({"ACTIVE", "MIGRATED", "PENDING", "RESOLVED", "UNKNOWN"})


class IncidentEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/incidents/search", self.search, methods=["POST"]),
            Route("/incidents/{incidentKey}", self.get, methods=["GET"]),
            Route("/incidents/{incidentKey}/resolution", self.resolve, methods=["POST"]),
        ]

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        tables = self._engine.tables
        page = search(tables.incidents.values(), body, INCIDENT_SEARCH)
        items = [incident_json(tables, item) for item in page.items]
        return json_response({"items": items, "page": page.page_json()})

    async def get(self, request: Request) -> Response:
        key = path_key(request, "incidentKey")
        tables = self._engine.tables
        return json_response(incident_json(tables, find(tables.incidents, key, "Incident")))

    async def resolve(self, request: Request) -> Response:
        key = path_key(request, "incidentKey")
        body = await read_fields(request)
        body.integer("operationReference")
        body.done()
        await self._engine.resolve_incident(key)
        return no_content()


def error_type(incident: Incident) -> str:
    """The incident's Zeebe error type, or ``UNKNOWN`` for one the REST enum does not list."""
    return incident.error_type if incident.error_type in ERROR_TYPES else "UNKNOWN"


def incident_json(tables: Tables, incident: Incident) -> dict[str, Any]:
    return {
        "processDefinitionId": incident.bpmn_process_id,
        "errorType": error_type(incident),
        "errorMessage": incident.error_message,
        "elementId": incident.element_id,
        "creationTime": date_text(incident.creation_time),
        "state": incident.state,
        "tenantId": incident.tenant_id,
        "incidentKey": key_text(incident.key),
        "processDefinitionKey": key_text(incident.process_definition_key),
        "processInstanceKey": key_text(incident.process_instance_key),
        "rootProcessInstanceKey": key_text(
            root_process_instance_key(tables, incident.process_instance_key)
        ),
        "elementInstanceKey": key_text(incident.element_instance_key),
        "jobKey": key_text(incident.job_key),
    }


INCIDENT_SEARCH: SearchSpec[Incident] = SearchSpec(
    fields={
        "processDefinitionId": Field(Kind.STRING, lambda i: i.bpmn_process_id),
        "errorType": Field(Kind.ENUM, error_type, choices=ERROR_TYPES),
        "errorMessage": Field(Kind.STRING, lambda i: i.error_message),
        "elementId": Field(Kind.STRING, lambda i: i.element_id),
        "creationTime": Field(Kind.DATE, lambda i: i.creation_time),
        "state": Field(Kind.ENUM, lambda i: i.state, choices=STATES),
        "tenantId": Field(Kind.STRING, lambda i: i.tenant_id),
        "incidentKey": Field(Kind.KEY, lambda i: i.key),
        "processDefinitionKey": Field(Kind.KEY, lambda i: i.process_definition_key),
        "processInstanceKey": Field(Kind.KEY, lambda i: i.process_instance_key),
        "elementInstanceKey": Field(Kind.KEY, lambda i: i.element_instance_key),
        "jobKey": Field(Kind.KEY, lambda i: i.job_key),
    },
    key=lambda i: i.key,
    sort_fields=frozenset(
        {
            "creationTime",
            "elementId",
            "elementInstanceKey",
            "errorType",
            "incidentKey",
            "jobKey",
            "processDefinitionId",
            "processDefinitionKey",
            "processInstanceKey",
            "state",
            "tenantId",
        }
    ),
)
