"""Deterministic claims rules: coverage, fraud signals, the proposed decision, the final one.

Pure functions over contracts and the loaded policies: fraud weights, score and confidence
limits from ``claims.yaml``; payout limits per loss type only from ``guardrails.yaml``'s
``payout_limits`` (the table the QA agent checks too). The workers fetch the data (policy admin,
prior claims) and the people decide where these rules say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from config import ClaimsPolicy
from contracts.claims import (
    Claim,
    Coverage,
    Decision,
    DecisionOutcome,
    FraudAssessment,
    LossType,
    Proposal,
    Review,
    SeniorReview,
)
from contracts.errors import NotCoveredError
from guardrails import Action, GuardrailPolicies, check_payout, payout_limit

PROCESS_ID = "claims-adjudication"


@dataclass(frozen=True)
class PolicyTerms:
    """What the rules need to know about a policy, whatever system it came from."""

    policy_number: str
    status: str
    valid_from: date
    valid_to: date
    currency: str
    coverages: dict[LossType, tuple[Decimal, Decimal]]  # loss type → (limit, deductible)


@dataclass(frozen=True)
class PriorClaim:
    loss_date: date
    amount: Decimal


def assess_coverage(claim: Claim, loss_type: LossType, terms: PolicyTerms) -> Coverage:
    """Covered amount for the claim, or :class:`NotCoveredError` with the reason."""

    def deny(reason: str) -> NotCoveredError:
        return NotCoveredError(
            reason, variables={"denial": {"code": NotCoveredError.code, "reason": reason}}
        )

    if terms.status != "active":
        raise deny(f"policy {terms.policy_number} is {terms.status}")
    if not terms.valid_from <= claim.loss_date <= terms.valid_to:
        raise deny(
            f"loss date {claim.loss_date} is outside the policy period "
            f"{terms.valid_from} to {terms.valid_to}"
        )
    if claim.amount.currency != terms.currency:
        raise deny(
            f"claim currency {claim.amount.currency} differs from policy currency {terms.currency}"
        )
    if loss_type not in terms.coverages:
        raise deny(f"policy {terms.policy_number} does not cover {loss_type.value} losses")
    limit, deductible = terms.coverages[loss_type]
    covered_amount = max(Decimal(0), min(claim.amount.value, limit) - deductible)
    return Coverage(
        covered=True,
        policy_status=terms.status,
        loss_type=loss_type,
        limit=limit,
        deductible=deductible,
        covered_amount=covered_amount,
        currency=terms.currency,
        reason=(
            f"{loss_type.value} covered up to {limit} {terms.currency}, "
            f"deductible {deductible} {terms.currency}"
        ),
    )


def score_fraud(
    claim: Claim, terms: PolicyTerms, prior: Sequence[PriorClaim], policy: ClaimsPolicy
) -> FraudAssessment:
    rules = policy.fraud
    weights = rules.weights
    signals: list[str] = []
    score = 0.0
    if (claim.loss_date - terms.valid_from).days <= rules.inception_window_days:
        signals.append(f"loss within {rules.inception_window_days} days of policy start")
        score += weights.loss_soon_after_inception
    if (claim.reported_at.date() - claim.loss_date).days > rules.late_reporting_days:
        signals.append(f"reported more than {rules.late_reporting_days} days after the loss")
        score += weights.late_reporting
    recent = [p for p in prior if 0 <= (claim.loss_date - p.loss_date).days <= 365]
    if len(recent) >= rules.prior_claims_threshold:
        signals.append(f"{len(recent)} prior claims in the last 365 days")
        score += weights.frequent_claimant
    if claim.amount.value >= 1000 and claim.amount.value % 1000 == 0:
        signals.append("claimed amount is a round figure")
        score += weights.round_amount
    if claim.amount.value > rules.documents_required_above and not claim.documents:
        signals.append(
            f"no supporting documents for a claim above {rules.documents_required_above}"
        )
        score += weights.no_supporting_documents
    return FraudAssessment(
        score=round(min(score, 1.0), 3), signals=signals, prior_claims=len(prior)
    )


def propose_decision(
    *,
    coverage: Coverage,
    fraud: FraudAssessment,
    confidence: float,
    complexity: str,
    policy: ClaimsPolicy,
    payout_limits: GuardrailPolicies,
) -> Proposal:
    limits = policy.auto_approval
    review_reasons: list[str] = []
    payout_verdict = check_payout(
        payout_limits,
        process=PROCESS_ID,
        loss_type=coverage.loss_type.value,
        amount=coverage.covered_amount,
        currency=coverage.currency,
    )
    if payout_verdict.action is not Action.ALLOW:
        review_reasons.append(f"payout: {payout_verdict.reason} ({payout_verdict.rule})")
    if fraud.score > limits.max_fraud_score:
        review_reasons.append(
            f"fraud score {fraud.score} above {limits.max_fraud_score}: {'; '.join(fraud.signals)}"
        )
    if confidence < limits.min_triage_confidence:
        review_reasons.append(
            f"classification confidence {confidence:.2f} below {limits.min_triage_confidence}"
        )
    if complexity not in limits.allowed_complexity:
        review_reasons.append(f"{complexity} claims are decided by a person")
    if coverage.covered_amount == 0:
        outcome = DecisionOutcome.DENIED
        reasons = [f"claimed amount does not exceed the deductible {coverage.deductible}"]
    elif fraud.score > limits.max_fraud_score:
        outcome = DecisionOutcome.REFERRED
        reasons = [f"refer for investigation: {'; '.join(fraud.signals)}"]
    else:
        outcome = DecisionOutcome.APPROVED
        reasons = [coverage.reason]
    return Proposal(
        outcome=outcome,
        payout=coverage.covered_amount if outcome is DecisionOutcome.APPROVED else Decimal(0),
        currency=coverage.currency,
        reasons=reasons,
        auto_decidable=not review_reasons,
        review_reasons=review_reasons,
    )


def senior_approval_above(payout_limits: GuardrailPolicies, loss_type: str) -> Decimal:
    """A person-approved payout above this needs a second, senior approval: the loss type's
    ``senior_approval_above`` in guardrails.yaml, the one table the agents and the QA check read
    too. With no limit configured every approved payout goes to a senior."""
    limit = payout_limit(payout_limits, PROCESS_ID, loss_type)
    return limit.senior_approval_above if limit is not None else Decimal(0)


def final_decision(
    proposal: Proposal, review: Review | None, senior: SeniorReview | None
) -> Decision:
    """The decision of record: the machine's if nobody reviewed, else the people's."""
    if review is None:
        return Decision(
            outcome=proposal.outcome,
            payout=proposal.payout,
            currency=proposal.currency,
            reasons=proposal.reasons,
            decided_by="baton-auto",
        )
    if senior is not None and not senior.approved:
        return Decision(
            outcome=DecisionOutcome.DENIED,
            payout=Decimal(0),
            currency=proposal.currency,
            reasons=[f"senior approval refused: {senior.reason}", review.reason],
            decided_by=senior.reviewer,
        )
    payout = review.payout if review.outcome is DecisionOutcome.APPROVED else Decimal(0)
    reasons = [review.reason] + ([f"senior approval: {senior.reason}"] if senior else [])
    return Decision(
        outcome=review.outcome,
        payout=payout,
        currency=proposal.currency,
        reasons=reasons,
        decided_by=senior.reviewer if senior else review.reviewer,
    )


def is_override(proposal: Proposal, decision: Decision) -> bool:
    """A person's decision differs from the machine's proposal."""
    return decision.outcome != proposal.outcome or decision.payout != proposal.payout
