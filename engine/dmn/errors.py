"""Errors of the DMN engine: one for a resource that cannot be deployed, one for an evaluation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from engine.dmn.results import EvaluatedDecision


class DmnError(Exception):
    """Base of every error the DMN engine raises."""


class DmnParseError(DmnError):
    """The DMN resource is invalid or uses something the engine does not support.

    Zeebe rejects such a deployment; the message names the resource, the element and the reason.
    """

    def __init__(self, resource_name: str, element_id: str, reason: str) -> None:
        super().__init__(f"'{resource_name}': element '{element_id}': {reason}")
        self.resource_name = resource_name
        self.element_id = element_id
        self.reason = reason


class DmnEvaluationError(DmnError):
    """A decision could not be evaluated; Zeebe raises an incident with this message.

    The message reads as Zeebe's: ``Expected to evaluate decision '<id>', but <reason>``.
    ``failed_decision_id`` is the decision that failed (a required one, or the called one) and
    ``evaluated_decisions`` what was evaluated up to and including the failure.
    """

    def __init__(
        self,
        decision_id: str,
        reason: str,
        *,
        failed_decision_id: str | None = None,
        evaluated_decisions: list[EvaluatedDecision] | None = None,
    ) -> None:
        super().__init__(f"Expected to evaluate decision '{decision_id}', but {reason}")
        self.decision_id = decision_id
        self.reason = reason
        self.failed_decision_id = failed_decision_id or decision_id
        self.evaluated_decisions = evaluated_decisions or []
