"""Checks on the decision requirements graph: required decisions exist and form no cycle."""

from __future__ import annotations

from collections.abc import Mapping

from engine.dmn.errors import DmnParseError
from engine.dmn.model import Decision


def check_requirements(decisions: Mapping[str, Decision], resource_name: str) -> None:
    """Raise DmnParseError for a missing required decision or a cycle.

    Zeebe rejects a DRG with cyclic dependencies ("Cyclic dependencies between decisions
    detected"); a dangling ``requiredDecision`` is rejected too rather than silently dropped.
    """
    for decision in decisions.values():
        for required_id in decision.required_decision_ids:
            if required_id not in decisions:
                raise DmnParseError(
                    resource_name,
                    decision.id,
                    f"requires decision '{required_id}', which is not defined in this resource",
                )
    finished: set[str] = set()
    for decision_id in decisions:
        _visit(decision_id, decisions, [], finished, resource_name)


def _visit(
    decision_id: str,
    decisions: Mapping[str, Decision],
    path: list[str],
    finished: set[str],
    resource_name: str,
) -> None:
    if decision_id in finished:
        return
    if decision_id in path:
        cycle = " -> ".join([*path[path.index(decision_id) :], decision_id])
        raise DmnParseError(
            resource_name,
            decision_id,
            f"Cyclic dependencies between decisions detected: {cycle}",
        )
    path.append(decision_id)
    for required_id in decisions[decision_id].required_decision_ids:
        _visit(required_id, decisions, path, finished, resource_name)
    path.pop()
    finished.add(decision_id)
