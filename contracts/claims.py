"""The claims-adjudication contract: starts with ``claim``, ends with ``decision``."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from contracts.common import Contract, Document, Money


class LossType(StrEnum):
    WATER = "water"
    FIRE = "fire"
    THEFT = "theft"
    STORM = "storm"
    COLLISION = "collision"
    LIABILITY = "liability"
    GLASS = "glass"
    OTHER = "other"


class Claimant(Contract):
    name: str = Field(min_length=1)
    email: str | None = None
    phone: str | None = None


class Claim(Contract):
    claim_id: str = Field(alias="claimId", min_length=1, pattern=r"^[A-Za-z0-9._-]+$")
    policy_number: str = Field(alias="policyNumber", min_length=1)
    claimant: Claimant
    loss_date: date = Field(alias="lossDate")
    reported_at: datetime = Field(alias="reportedAt")
    loss_type: LossType | None = Field(default=None, alias="lossType")
    description: str = Field(min_length=1, max_length=20_000)
    amount: Money
    documents: list[Document] = Field(default_factory=list)

    @model_validator(mode="after")
    def _loss_before_report(self) -> Claim:
        if self.loss_date > self.reported_at.date():
            raise ValueError("lossDate is after reportedAt")
        return self


class DecisionOutcome(StrEnum):
    APPROVED = "approved"
    DENIED = "denied"
    REFERRED = "referred"


class Decision(Contract):
    outcome: DecisionOutcome
    payout: Decimal = Field(ge=0)
    currency: str
    reasons: list[str] = Field(min_length=1)
    decided_by: str = Field(alias="decidedBy", min_length=1)
