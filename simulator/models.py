"""The simulator's schemas: the data folder's files and the request bodies it accepts.

Strict on purpose (unknown fields are errors) so a typo in a user's data folder fails at
start-up instead of silently serving the wrong policy.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    model_validator,
)
from pydantic.alias_generators import to_camel

from contracts.claims import LossType
from contracts.common import CurrencyCode, Money

WireAmount = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2),
    PlainSerializer(float, return_type=float, when_used="json"),
]
"""A JSON number on the wire (as ``contracts.common.Money`` values are), exact in Python."""


class SimulatorModel(BaseModel):
    """camelCase on the wire and in the data files; unknown fields rejected."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )


class PolicyStatus(StrEnum):
    ACTIVE = "active"
    LAPSED = "lapsed"
    CANCELLED = "cancelled"


class Product(StrEnum):
    HOME = "home"
    MOTOR = "motor"


class Holder(SimulatorModel):
    name: str = Field(min_length=1)
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Coverage(SimulatorModel):
    loss_type: LossType
    limit: WireAmount = Field(gt=0)
    deductible: WireAmount = Field(ge=0)

    @model_validator(mode="after")
    def _deductible_below_limit(self) -> Coverage:
        if self.deductible >= self.limit:
            raise ValueError("deductible must be below limit")
        return self


class Policy(SimulatorModel):
    policy_number: str = Field(min_length=1, pattern=r"^[A-Za-z0-9._-]+$")
    product: Product
    status: PolicyStatus
    holder: Holder
    valid_from: date
    valid_to: date
    currency: CurrencyCode
    coverages: list[Coverage]

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        if self.valid_to < self.valid_from:
            raise ValueError("validTo is before validFrom")
        loss_types = [c.loss_type for c in self.coverages]
        if len(set(loss_types)) != len(loss_types):
            raise ValueError("a loss type appears in more than one coverage")
        return self


class PoliciesFile(SimulatorModel):
    """``policies.json``: every policy the policy admin system knows."""

    policies: list[Policy]

    @model_validator(mode="after")
    def _unique_numbers(self) -> PoliciesFile:
        seen: set[str] = set()
        for policy in self.policies:
            if policy.policy_number in seen:
                raise ValueError(f"policyNumber {policy.policy_number!r} appears twice")
            seen.add(policy.policy_number)
        return self


class PriorClaim(SimulatorModel):
    claim_id: str = Field(min_length=1)
    loss_date: date
    loss_type: LossType
    amount: Money


class PolicyClaimHistory(SimulatorModel):
    policy_number: str = Field(min_length=1)
    claims: list[PriorClaim]


class ClaimsHistoryFile(SimulatorModel):
    """``claims-history.json``: claims paid or closed before, per policy (fraud signals)."""

    histories: list[PolicyClaimHistory]


class Payee(SimulatorModel):
    name: str = Field(min_length=1, max_length=200)
    iban: str | None = Field(default=None, pattern=r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$")


class PaymentRequest(SimulatorModel):
    claim_id: str = Field(min_length=1, max_length=100)
    policy_number: str = Field(min_length=1, max_length=100)
    payee: Payee
    amount: Money
    reference: str = Field(min_length=1, max_length=140)


class Payment(PaymentRequest):
    payment_id: str
    status: str = "executed"
    created_at: datetime


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    LETTER = "letter"


class NotificationRequest(SimulatorModel):
    recipient: str = Field(min_length=1, max_length=320)
    channel: Channel
    subject: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=20_000)
    case_ref: str = Field(min_length=1, max_length=100)


class Notification(NotificationRequest):
    notification_id: str
    status: str = "sent"
    created_at: datetime


class FaultMode(StrEnum):
    DOWN = "down"
    SLOW = "slow"
    OK = "ok"


class System(StrEnum):
    POLICY_ADMIN = "policy-admin"
    PAYMENTS = "payments"
    NOTIFICATIONS = "notifications"


class FaultRequest(SimulatorModel):
    """``POST /_faults``: make one system answer 503 (``down``) or late (``slow``)."""

    system: System
    mode: FaultMode
    delay_s: float = Field(default=2.0, ge=0, le=60)
    count: int | None = Field(
        default=None, ge=1, description="requests affected before the system recovers"
    )


def describe_validation_error(exc: ValidationError) -> str:
    """``"amount.value: Input should be ...; payee: Field required"`` — fields as on the wire."""
    problems = []
    for err in exc.errors():
        where = ""
        for part in err["loc"]:
            where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        problems.append(f"{where or '(body)'}: {err['msg']}")
    return "; ".join(problems)
