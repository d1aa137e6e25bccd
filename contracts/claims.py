"""The claims-adjudication contract: starts with ``claim``, ends with ``decision``."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import Field, model_validator

from contracts.common import Amount, Citation, Contract, Document, Money


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
    payout: Amount
    currency: str
    reasons: list[str] = Field(min_length=1)
    decided_by: str = Field(alias="decidedBy", min_length=1)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Complexity(StrEnum):
    SIMPLE = "simple"
    STANDARD = "standard"
    COMPLEX = "complex"


class Coverage(Contract):
    """Outcome of the coverage check against the policy admin system."""

    covered: bool
    policy_status: str = Field(alias="policyStatus")
    loss_type: LossType = Field(alias="lossType")
    limit: Amount
    deductible: Amount
    covered_amount: Amount = Field(alias="coveredAmount")
    currency: str
    reason: str


class FraudAssessment(Contract):
    score: float = Field(ge=0, le=1)
    signals: list[str]
    prior_claims: int = Field(alias="priorClaims", ge=0)


class Proposal(Contract):
    """The machine's proposed decision; a person confirms or overrides it unless auto-decidable."""

    outcome: DecisionOutcome
    payout: Amount
    currency: str
    reasons: list[str] = Field(min_length=1)
    auto_decidable: bool = Field(alias="autoDecidable")
    review_reasons: list[str] = Field(alias="reviewReasons")
    evidence: list[Citation] = Field(
        default_factory=list, description="guidelines from the knowledge base, with citations"
    )


class Review(Contract):
    """A claims handler's decision, as submitted through the review form."""

    outcome: DecisionOutcome
    payout: Amount
    reason: str = Field(min_length=1)
    reviewer: str = Field(default="claims-handler", min_length=1)


class SeniorReview(Contract):
    approved: bool
    reason: str = Field(min_length=1)
    reviewer: str = Field(default="senior-handler", min_length=1)


class Denial(Contract):
    """Variables of a POLICY_NOT_FOUND / NOT_COVERED BPMN error."""

    code: str
    reason: str


class Payment(Contract):
    payment_id: str = Field(alias="paymentId")
    amount: Money
    status: str


class Triage(Contract):
    """Intake classification of a claim by the ingestion agent."""

    loss_type: LossType = Field(alias="lossType")
    priority: Priority
    complexity: Complexity
    confidence: float = Field(ge=0, le=1)
    reasons: list[str]
    model: str = Field(description="which model or rule set produced this, for the record")


class Limits(Contract):
    """Limits the BPMN gateways compare against, copied from config at decision time."""

    senior_approval_above: Amount = Field(alias="seniorApprovalAbove")


class LetterSent(Contract):
    """How the claimant's decision letter was written: drafted by the task agent, or the rule-based
    template when the agent's draft was held for a person (the letter still goes out)."""

    drafted_by: str = Field(alias="draftedBy", min_length=1)
    held_reasons: list[str] = Field(alias="heldReasons")


class CaseReport(Contract):
    """The reporter's closing record of the case; the retrospective is also on the case timeline."""

    subject: str
    retro_summary: str = Field(alias="retroSummary")
    needs_human_review: bool = Field(alias="needsHumanReview")
    reasons: list[str]
    model: str
