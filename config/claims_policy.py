"""The claims-adjudication policy (``claims.yaml``): auto-approval conditions and fraud weights.
Payout limits per loss type, the senior-approval limit among them, live in ``guardrails.yaml``
(``payout_limits``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pydantic import Field

from config.policy_files import DEFAULT_POLICIES_DIR, PolicyModel, load_policy


class AutoApproval(PolicyModel):
    max_fraud_score: float = Field(alias="maxFraudScore", ge=0, le=1)
    min_triage_confidence: float = Field(alias="minTriageConfidence", ge=0, le=1)
    allowed_complexity: list[str] = Field(alias="allowedComplexity", min_length=1)


class FraudWeights(PolicyModel):
    loss_soon_after_inception: float = Field(alias="lossSoonAfterInception", ge=0, le=1)
    late_reporting: float = Field(alias="lateReporting", ge=0, le=1)
    frequent_claimant: float = Field(alias="frequentClaimant", ge=0, le=1)
    round_amount: float = Field(alias="roundAmount", ge=0, le=1)
    no_supporting_documents: float = Field(alias="noSupportingDocuments", ge=0, le=1)


class FraudPolicy(PolicyModel):
    weights: FraudWeights
    inception_window_days: int = Field(alias="inceptionWindowDays", ge=0)
    late_reporting_days: int = Field(alias="lateReportingDays", ge=0)
    prior_claims_threshold: int = Field(alias="priorClaimsThreshold", ge=1)
    documents_required_above: Decimal = Field(alias="documentsRequiredAbove", ge=0)


class ClaimsPolicy(PolicyModel):
    auto_approval: AutoApproval = Field(alias="autoApproval")
    fraud: FraudPolicy


def claims_policy(directory: Path = DEFAULT_POLICIES_DIR) -> ClaimsPolicy:
    return load_policy(ClaimsPolicy, directory / "claims.yaml")
