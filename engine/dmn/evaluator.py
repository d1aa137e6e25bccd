"""Evaluate a decision with its required decisions, as Zeebe's business rule task does.

As in dmn-scala, required decisions are evaluated first, in the order they are required, each
afresh (a decision required twice is evaluated twice); a decision sees the caller's variables
plus the results of its own required decisions, each under the required decision's result
name. Each evaluation is recorded when it ends, so required decisions precede their dependents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from engine.dmn.decision_table import Clock, TableAudit, evaluate_feel, evaluate_table
from engine.dmn.errors import DmnEvaluationError
from engine.dmn.failure import DecisionFailedError
from engine.dmn.model import Decision, DecisionRequirementsGraph, DecisionTable
from engine.dmn.result_types import check_result_type
from engine.dmn.results import (
    DecisionEvaluation,
    EvaluatedDecision,
    EvaluatedInput,
    EvaluatedOutput,
    MatchedRule,
)
from engine.feel import to_json


def evaluate_decision(
    drg: DecisionRequirementsGraph,
    decision_id: str,
    variables: Mapping[str, Any],
    *,
    clock: Clock | None = None,
) -> DecisionEvaluation:
    """Evaluate ``decision_id`` of ``drg``; raise DmnEvaluationError worded as Zeebe's incident."""
    decision = drg.decisions.get(decision_id)
    if decision is None:
        raise DmnEvaluationError(decision_id, f"no decision found with id '{decision_id}'")
    evaluated: list[EvaluatedDecision] = []
    try:
        result = _evaluate(drg, decision, variables, evaluated, clock)
    except DecisionFailedError as failure:
        raise DmnEvaluationError(
            decision_id,
            failure.reason,
            failed_decision_id=evaluated[-1].decision_id if evaluated else decision_id,
            evaluated_decisions=evaluated,
        ) from None
    except RecursionError:
        raise DmnEvaluationError(
            decision_id,
            "the chain of required decisions is too long to evaluate",
            evaluated_decisions=evaluated,
        ) from None
    return DecisionEvaluation(output=to_json(result), evaluated_decisions=evaluated)


def _evaluate(
    drg: DecisionRequirementsGraph,
    decision: Decision,
    variables: Mapping[str, Any],
    evaluated: list[EvaluatedDecision],
    clock: Clock | None,
) -> Any:
    scope = dict(variables)
    for required_id in decision.required_decision_ids:
        required = drg.decisions[required_id]
        scope[required.result_name] = _evaluate(drg, required, variables, evaluated, clock)
    if isinstance(decision.logic, DecisionTable):
        result = _evaluate_table(decision, decision.logic, scope, evaluated, clock)
    else:
        try:
            result = evaluate_feel(decision.logic.expression, scope, clock)
        except DecisionFailedError:
            evaluated.append(_record(decision, None))
            raise
        evaluated.append(_record(decision, result))
    if decision.result_type is not None:
        check_result_type(result, decision.result_type)
    return result


def _evaluate_table(
    decision: Decision,
    table: DecisionTable,
    scope: Mapping[str, Any],
    evaluated: list[EvaluatedDecision],
    clock: Clock | None,
) -> Any:
    audit = TableAudit()
    try:
        result = evaluate_table(table, scope, audit, clock)
    except DecisionFailedError:
        evaluated.append(_record(decision, None, table, audit))
        raise
    evaluated.append(_record(decision, result, table, audit))
    return result


def _record(
    decision: Decision,
    result: Any,
    table: DecisionTable | None = None,
    audit: TableAudit | None = None,
) -> EvaluatedDecision:
    record = EvaluatedDecision(
        decision_id=decision.id,
        decision_name=decision.name,
        decision_type=decision.kind,
        output=to_json(result),
    )
    if table is not None and audit is not None:
        record.evaluated_inputs = [
            EvaluatedInput(item.id, item.name, to_json(value))
            for item, value in zip(table.inputs, audit.input_values, strict=False)
        ]
        record.matched_rules = [
            MatchedRule(
                rule_id=rule.id,
                rule_index=rule.index,
                evaluated_outputs=[
                    EvaluatedOutput(output.id, output.display_name, to_json(value))
                    for output, value in zip(table.outputs, row, strict=True)
                ],
            )
            for rule, row in audit.matched_rules
        ]
    return record
