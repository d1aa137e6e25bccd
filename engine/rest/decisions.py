"""Decisions: evaluate a decision definition (by id, latest version, or by key) and search them.

Every decision value (output, input and output entries) travels as JSON text, as in Camunda's
``EvaluateDecisionResult``. Required decisions are listed before the called one. A failed
evaluation is not a rejection in Zeebe: it answers 200 with ``failedDecisionDefinitionId`` and
``failureMessage`` set, as the gRPC gateway's EvaluateDecision does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.dmn.results import EvaluatedDecision
from engine.rest.body import invalid, read_fields
from engine.rest.http import json_response
from engine.rest.problems import InvalidRequestError
from engine.rest.search import CustomFilter, Field, Kind, SearchSpec, search
from engine.rest.wire import json_text, key_text
from engine.runtime import DecisionEvaluationError
from engine.state import DecisionDefinition
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

NO_KEY = "0"
"""The engine keeps no decision evaluation records, so their keys read 0, as over gRPC."""
SORT_FIELDS = frozenset(
    {
        "decisionDefinitionId",
        "decisionDefinitionKey",
        "decisionRequirementsId",
        "decisionRequirementsKey",
        "decisionRequirementsName",
        "decisionRequirementsVersion",
        "name",
        "tenantId",
        "version",
    }
)


class DecisionEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/decision-definitions/evaluation", self.evaluate, methods=["POST"]),
            Route("/decision-definitions/search", self.search, methods=["POST"]),
        ]

    async def evaluate(self, request: Request) -> Response:
        body = await read_fields(request)
        decision_id = body.string("decisionDefinitionId")
        decision_key = body.key("decisionDefinitionKey")
        variables = body.variables("variables")
        body.string("tenantId")
        body.done()
        if decision_id is None and decision_key is None:
            raise InvalidRequestError(
                "At least one of [decisionDefinitionId, decisionDefinitionKey] is required"
            )
        if decision_id is not None and decision_key is not None:
            raise InvalidRequestError(
                "Only one of [decisionDefinitionId, decisionDefinitionKey] is allowed"
            )
        tables = self._engine.tables
        try:
            definition, evaluation = await self._engine.evaluate_decision(
                decision_id=decision_id, decision_key=decision_key, variables=variables
            )
        except DecisionEvaluationError as failure:
            failed = _called(tables, decision_id, decision_key)
            result = _evaluation_json(failed, [], None)
            result["failedDecisionDefinitionId"] = failure.failed_decision_id
            result["failureMessage"] = str(failure)
            return json_response(result)
        evaluated = [
            _evaluated_json(tables, definition, item, index)
            for index, item in enumerate(evaluation.evaluated_decisions, start=1)
        ]
        return json_response(_evaluation_json(definition, evaluated, evaluation.output))

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        tables = self._engine.tables
        definitions = list(tables.decision_definitions.values())
        page = search(definitions, body, _spec(tables, _latest_versions(definitions)))
        items = [decision_definition_json(tables, item) for item in page.items]
        return json_response({"items": items, "page": page.page_json()})


def _called(
    tables: Tables, decision_id: str | None, decision_key: int | None
) -> DecisionDefinition:
    """The definition an evaluation that failed was asked for: by key, else the latest by id."""
    if decision_key is not None:
        return tables.decision_definitions[decision_key]
    versions = [d for d in tables.decision_definitions.values() if d.decision_id == decision_id]
    return max(versions, key=lambda definition: definition.version)


def _evaluation_json(
    definition: DecisionDefinition, evaluated: list[dict[str, Any]], output: Any
) -> dict[str, Any]:
    return {
        "decisionDefinitionId": definition.decision_id,
        "decisionDefinitionKey": key_text(definition.key),
        "decisionDefinitionName": definition.name or definition.decision_id,
        "decisionDefinitionVersion": definition.version,
        "decisionEvaluationKey": NO_KEY,
        "decisionInstanceKey": NO_KEY,
        "decisionRequirementsId": definition.decision_requirements_id,
        "decisionRequirementsKey": key_text(definition.decision_requirements_key),
        "evaluatedDecisions": evaluated,
        "failedDecisionDefinitionId": None,
        "failureMessage": None,
        "output": json_text(output),
        "tenantId": definition.tenant_id,
    }


def _sibling(tables: Tables, called: DecisionDefinition, decision_id: str) -> DecisionDefinition:
    """The definition of a decision evaluated for ``called``: deployed in the same DRG."""
    for definition in tables.decision_definitions.values():
        if (
            definition.decision_id == decision_id
            and definition.decision_requirements_key == called.decision_requirements_key
        ):
            return definition
    return called


def _evaluated_json(
    tables: Tables,
    called: DecisionDefinition,
    evaluated: EvaluatedDecision,
    index: int,
) -> dict[str, Any]:
    definition = _sibling(tables, called, evaluated.decision_id)
    return {
        "decisionDefinitionId": evaluated.decision_id,
        "decisionDefinitionName": evaluated.decision_name,
        "decisionDefinitionVersion": definition.version,
        "decisionDefinitionType": evaluated.decision_type,
        "output": json_text(evaluated.output),
        "tenantId": definition.tenant_id,
        "matchedRules": [
            {
                "ruleId": rule.rule_id,
                "ruleIndex": rule.rule_index,
                "evaluatedOutputs": [
                    {
                        "outputId": output.output_id,
                        "outputName": output.output_name,
                        "outputValue": json_text(output.output_value),
                        "ruleId": rule.rule_id,
                        "ruleIndex": rule.rule_index,
                    }
                    for output in rule.evaluated_outputs
                ],
            }
            for rule in evaluated.matched_rules
        ],
        "evaluatedInputs": [
            {
                "inputId": item.input_id,
                "inputName": item.input_name,
                "inputValue": json_text(item.input_value),
            }
            for item in evaluated.evaluated_inputs
        ],
        "decisionDefinitionKey": key_text(definition.key),
        "decisionEvaluationInstanceKey": f"{NO_KEY}-{index}",
    }


def decision_definition_json(tables: Tables, definition: DecisionDefinition) -> dict[str, Any]:
    drg = tables.decision_requirements.get(definition.decision_requirements_key)
    return {
        "decisionDefinitionId": definition.decision_id,
        "decisionDefinitionKey": key_text(definition.key),
        "decisionRequirementsId": definition.decision_requirements_id,
        "decisionRequirementsKey": key_text(definition.decision_requirements_key),
        "decisionRequirementsName": drg.name if drg else None,
        "decisionRequirementsVersion": drg.version if drg else None,
        "name": definition.name,
        "tenantId": definition.tenant_id,
        "version": definition.version,
    }


def _latest_versions(definitions: list[DecisionDefinition]) -> set[int]:
    latest: dict[tuple[str, str], DecisionDefinition] = {}
    for definition in definitions:
        ident = (definition.tenant_id, definition.decision_id)
        if ident not in latest or latest[ident].version < definition.version:
            latest[ident] = definition
    return {definition.key for definition in latest.values()}


def _spec(tables: Tables, latest: set[int]) -> SearchSpec[DecisionDefinition]:
    def drg_attribute(read: Callable[[Any], Any]) -> Callable[[DecisionDefinition], Any]:
        def attribute(definition: DecisionDefinition) -> Any:
            drg = tables.decision_requirements.get(definition.decision_requirements_key)
            return read(drg) if drg else None

        return attribute

    def latest_only(value: Any, where: str) -> Callable[[DecisionDefinition], bool]:
        if not isinstance(value, bool):
            raise invalid(where, value, "a boolean")
        return lambda definition: (definition.key in latest) == value

    return SearchSpec(
        fields={
            "decisionDefinitionId": Field(Kind.STRING, lambda d: d.decision_id),
            "name": Field(Kind.STRING, lambda d: d.name),
            "version": Field(Kind.INTEGER, lambda d: d.version),
            "decisionRequirementsId": Field(Kind.STRING, lambda d: d.decision_requirements_id),
            "tenantId": Field(Kind.STRING, lambda d: d.tenant_id),
            "decisionDefinitionKey": Field(Kind.KEY, lambda d: d.key),
            "decisionRequirementsKey": Field(Kind.KEY, lambda d: d.decision_requirements_key),
            "decisionRequirementsName": Field(Kind.STRING, drg_attribute(lambda r: r.name)),
            "decisionRequirementsVersion": Field(Kind.INTEGER, drg_attribute(lambda r: r.version)),
        },
        key=lambda d: d.key,
        custom_filters={"isLatestVersion": CustomFilter(latest_only)},
        sort_fields=SORT_FIELDS,
    )
