"""Checks on the decision requirements graph: required decisions exist and form no cycle."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

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
        cycle = _find_cycle(decision_id, decisions, finished)
        if cycle:
            raise DmnParseError(
                resource_name,
                cycle[0],
                f"Cyclic dependencies between decisions detected: {' -> '.join(cycle)}",
            )


def _find_cycle(start: str, decisions: Mapping[str, Decision], finished: set[str]) -> list[str]:
    """Depth-first from ``start`` with an explicit stack (a long chain must not exhaust
    Python's recursion limit); the cycle found, closed on its first decision, or []."""
    path: list[str] = []
    pending: list[Iterator[str]] = []

    def enter(decision_id: str) -> None:
        path.append(decision_id)
        pending.append(iter(decisions[decision_id].required_decision_ids))

    if start not in finished:
        enter(start)
    while pending:
        required_id = next(pending[-1], None)
        if required_id is None:
            finished.add(path.pop())
            pending.pop()
        elif required_id in path:
            return [*path[path.index(required_id) :], required_id]
        elif required_id not in finished:
            enter(required_id)
    return []
