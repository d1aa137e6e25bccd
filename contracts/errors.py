"""Every error class a caller may catch, and the table of BPMN error codes.

Business outcomes carry the BPMN error code the model catches; technical faults are retried by
the engine and end as incidents; invalid input names what was wrong. Every class derives from
:class:`BatonError`; configuration errors are also ``ValueError`` as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
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


# Business outcomes (BPMN errors), by process family.


class PolicyNotFoundError(BusinessError):
    code = "POLICY_NOT_FOUND"


class NotCoveredError(BusinessError):
    code = "NOT_COVERED"


class SanctionsHitError(BusinessError):
    """The applicant matches a sanctions list entry; a compliance officer must review."""

    code = "SANCTIONS_HIT"


class RevisionLimitError(BusinessError):
    """Reviewers asked for changes again after the last allowed revision round."""

    code = "REVISION_LIMIT"


class CustomerNotFoundError(BusinessError):
    code = "CUSTOMER_NOT_FOUND"


class TicketNotFoundError(BusinessError):
    code = "TICKET_NOT_FOUND"


class TicketAlreadyClosedError(BusinessError):
    """Closing a ticket someone else already closed (with another idempotency key)."""

    code = "TICKET_ALREADY_CLOSED"


class TicketExistsError(BusinessError):
    """Creating a ticket whose id is taken (by the seed or another request)."""

    code = "TICKET_EXISTS"


class ModelBudgetExceededError(BusinessError):
    """A case used more model calls or tokens than ``BATON_LLM__MAX_*_PER_CASE`` allow."""

    code = "MODEL_BUDGET_EXCEEDED"


class GuardrailBlockedError(BusinessError):
    """A guardrail blocked an agent's input or output; a person must look at the case."""

    code = "GUARDRAIL_BLOCKED"


# Legacy systems.


class LegacySystemUnavailableError(TechnicalError):
    """A legacy system did not answer, or answered 5xx, after the client's own retries."""


class LegacySystemRejectedError(BatonError):
    """A legacy system rejected a request as invalid (4xx other than not-found)."""


# Context store.


class ContextStoreUnavailableError(TechnicalError):
    """Elasticsearch did not answer or timed out; the job is retried with backoff."""


class ConcurrentUpdateError(TechnicalError):
    """A case file kept changing under us for every retry; retry the job."""


class CaseNotFoundError(BatonError):
    """No case file exists for the business key."""


class KnowledgeFormatError(BatonError):
    """A knowledge-base source document or query-set entry is malformed."""


class AuditChainBrokenError(BatonError):
    """The audit chain of a case does not verify: an entry was changed, removed or reordered."""


# Configuration: stops start-up with a message naming the variable, file or field.


class SettingsError(BatonError, ValueError):
    """Settings were invalid; the message names every offending environment variable."""


class PolicyFileError(BatonError, ValueError):
    """A policy file is missing, is not YAML, or does not match its model."""


class PolicyConfigError(BatonError, ValueError):
    """The guardrail policy file is missing or invalid; the message names file and fields."""


class UnknownJobTypeError(BatonError, ValueError):
    """BATON_FLEET__JOB_TYPES names a job type no handler serves."""


@dataclass(frozen=True)
class BpmnError:
    """One BPMN error code: the class that raises it and the processes whose models catch it.

    A code no process catches is still raised as a BPMN error; Zeebe then opens an incident
    (unhandled error event) that names the code.
    """

    error: type[BusinessError]
    caught_by: frozenset[str] = frozenset()


BPMN_ERRORS: Mapping[str, BpmnError] = MappingProxyType(
    {
        entry.error.code: entry
        for entry in (
            BpmnError(PolicyNotFoundError, frozenset({"claims-adjudication"})),
            BpmnError(NotCoveredError, frozenset({"claims-adjudication"})),
            BpmnError(SanctionsHitError, frozenset({"customer-onboarding"})),
            BpmnError(RevisionLimitError, frozenset({"content-approval"})),
            BpmnError(CustomerNotFoundError, frozenset({"backoffice-escalation"})),
            BpmnError(TicketNotFoundError),
            BpmnError(TicketAlreadyClosedError),
            BpmnError(TicketExistsError),
            BpmnError(ModelBudgetExceededError),
            BpmnError(GuardrailBlockedError),
        )
    }
)
"""Every BPMN error code Baton raises, by code; ``tests/unit/bpmn`` checks it against the models."""
