"""Every error class a caller may catch. Business outcomes carry the BPMN error code the model
catches; technical faults are retried by the engine and end as incidents; invalid input names
what was wrong."""

from __future__ import annotations

from typing import Any, ClassVar


class BatonError(Exception):
    """Base of all Baton errors."""


class BusinessError(BatonError):
    """A business outcome the BPMN model handles with an error boundary event."""

    code: ClassVar[str] = "BUSINESS_ERROR"

    def __init__(self, message: str, *, variables: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.variables = variables or {}


class TechnicalError(BatonError):
    """A fault that a retry may fix (a system down, a timeout); fails the job with backoff."""


class InvalidCaseError(BatonError):
    """The job's variables do not match the contract; retrying will not help.

    The message names every field that was wrong so the person resolving the incident can fix
    the variables in Operate and retry.
    """


class PolicyNotFoundError(BusinessError):
    code = "POLICY_NOT_FOUND"


class NotCoveredError(BusinessError):
    code = "NOT_COVERED"


class LegacySystemUnavailableError(TechnicalError):
    """A legacy system did not answer, or answered 5xx, after the client's own retries."""


class LegacySystemRejectedError(BatonError):
    """A legacy system rejected a request as invalid (4xx other than not-found)."""
