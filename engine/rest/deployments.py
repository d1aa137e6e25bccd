"""``POST /v2/deployments``: multipart ``resources`` files, optional ``tenantId``.

The answer lists one entry per deployed definition — ``processDefinition``,
``decisionDefinition``, ``decisionRequirements`` or ``form`` — with the others null, as
Camunda's ``DeploymentMetadataResult`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.api import DeploymentResult
from engine.rest.body import missing
from engine.rest.http import json_response
from engine.rest.multipart import parse_form_data
from engine.rest.problems import InvalidRequestError
from engine.rest.wire import key_text

if TYPE_CHECKING:
    from engine.runtime import Engine

_KINDS = ("processDefinition", "decisionDefinition", "decisionRequirements", "form", "resource")
_FORM_FIELDS = {"resources", "tenantId"}


class DeploymentEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [Route("/deployments", self.deploy, methods=["POST"])]

    async def deploy(self, request: Request) -> Response:
        form = parse_form_data(request.headers.get("content-type", ""), await request.body())
        unknown = sorted((set(form.files) | set(form.values)) - _FORM_FIELDS)
        if unknown:
            raise InvalidRequestError(
                f"Unknown form field '{unknown[0]}'; expected one of: resources, tenantId"
            )
        files = form.files.get("resources", [])
        if not files:
            raise missing("resources")
        tenant_id = form.values.get("tenantId") or None
        result = await self._engine.deploy(
            [(upload.name, upload.content) for upload in files], tenant_id
        )
        return json_response(deployment_json(result))


def deployment_json(result: DeploymentResult) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    for process in result.processes:
        entries.append(
            _entry(
                "processDefinition",
                {
                    "processDefinitionId": process.bpmn_process_id,
                    "processDefinitionVersion": process.version,
                    "resourceName": process.resource_name,
                    "tenantId": process.tenant_id,
                    "processDefinitionKey": key_text(process.key),
                },
            )
        )
    for decision in result.decisions:
        entries.append(
            _entry(
                "decisionDefinition",
                {
                    "decisionDefinitionId": decision.decision_id,
                    "version": decision.version,
                    "name": decision.name,
                    "tenantId": decision.tenant_id,
                    "decisionRequirementsId": decision.decision_requirements_id,
                    "decisionDefinitionKey": key_text(decision.key),
                    "decisionRequirementsKey": key_text(decision.decision_requirements_key),
                },
            )
        )
    for drg in result.decision_requirements:
        entries.append(
            _entry(
                "decisionRequirements",
                {
                    "decisionRequirementsId": drg.drg_id,
                    "decisionRequirementsName": drg.name,
                    "version": drg.version,
                    "resourceName": drg.resource_name,
                    "tenantId": drg.tenant_id,
                    "decisionRequirementsKey": key_text(drg.key),
                },
            )
        )
    for form in result.forms:
        entries.append(
            _entry(
                "form",
                {
                    "formId": form.form_id,
                    "version": form.version,
                    "resourceName": form.resource_name,
                    "tenantId": form.tenant_id,
                    "formKey": key_text(form.key),
                },
            )
        )
    return {
        "deploymentKey": key_text(result.key),
        "tenantId": result.tenant_id,
        "deployments": entries,
    }


def _entry(kind: str, metadata: dict[str, Any]) -> dict[str, Any]:
    return {name: (metadata if name == kind else None) for name in _KINDS}
