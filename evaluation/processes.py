"""What the harness knows of each process: its start variable and contract, the field that is the
business key, the variable it ends with and the outcomes that variable may report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from contracts.claims import Claim
from contracts.content import Submission
from contracts.escalation import Ticket
from contracts.onboarding import Application

ProcessId = Literal[
    "claims-adjudication", "customer-onboarding", "content-approval", "backoffice-escalation"
]


@dataclass(frozen=True)
class ProcessSpec:
    variable: str
    contract: type[BaseModel]
    key_field: str
    outcome_variable: str
    outcome_field: str
    outcomes: tuple[str, ...]
    positive_outcome: str
    """The outcome that has a side effect in a legacy system (payment, account, publication,
    ticket closing), counted once per business key."""


PROCESSES: dict[str, ProcessSpec] = {
    "claims-adjudication": ProcessSpec(
        "claim",
        Claim,
        "claimId",
        "decision",
        "outcome",
        ("approved", "denied", "referred"),
        "approved",
    ),
    "customer-onboarding": ProcessSpec(
        "application",
        Application,
        "applicationId",
        "onboarding",
        "status",
        ("activated", "rejected", "abandoned"),
        "activated",
    ),
    "content-approval": ProcessSpec(
        "submission",
        Submission,
        "submissionId",
        "approval",
        "status",
        ("published", "rejected"),
        "published",
    ),
    "backoffice-escalation": ProcessSpec(
        "ticket",
        Ticket,
        "ticketId",
        "resolution",
        "status",
        ("resolved", "escalated"),
        "resolved",
    ),
}
INVALID = "invalid"
"""The expected outcome of a malformed case: rejected before start, no instance created."""
