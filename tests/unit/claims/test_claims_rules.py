from datetime import date
from decimal import Decimal

import pytest

from config import claims_policy
from contracts.claims import (
    Claim,
    DecisionOutcome,
    FraudAssessment,
    LossType,
    Review,
    SeniorReview,
)
from contracts.errors import NotCoveredError
from guardrails import GuardrailPolicies, load_guardrail_policies
from tests.unit.claims.cases import claim_payload, home_policy
from workers.claims.rules import (
    PolicyTerms,
    PriorClaim,
    assess_coverage,
    final_decision,
    is_override,
    propose_decision,
    score_fraud,
    senior_approval_above,
)

POLICY = claims_policy()
LIMITS = load_guardrail_policies()


def claim(**overrides: object) -> Claim:
    return Claim.model_validate(claim_payload(**overrides))


def test_covered_amount_is_claim_minus_deductible_capped_at_limit() -> None:
    coverage = assess_coverage(claim(), LossType.WATER, home_policy())
    assert coverage.covered_amount == Decimal("1550.50")
    big = claim(amount={"value": 50000, "currency": "EUR"})
    assert assess_coverage(big, LossType.WATER, home_policy()).covered_amount == Decimal(19750)


def test_denied_when_policy_lapsed() -> None:
    with pytest.raises(NotCoveredError, match="lapsed") as raised:
        assess_coverage(claim(), LossType.WATER, home_policy(status="lapsed"))
    assert raised.value.code == "NOT_COVERED"
    assert raised.value.variables["denial"]["reason"] == "policy HOME-1001 is lapsed"


def test_denied_when_loss_type_not_covered() -> None:
    with pytest.raises(NotCoveredError, match="does not cover theft"):
        assess_coverage(claim(), LossType.THEFT, home_policy())


def test_denied_when_loss_outside_policy_period() -> None:
    with pytest.raises(NotCoveredError, match="outside the policy period"):
        assess_coverage(claim(), LossType.WATER, home_policy(valid_to=date(2026, 1, 31)))


def test_denied_when_currency_differs() -> None:
    with pytest.raises(NotCoveredError, match="currency"):
        assess_coverage(claim(), LossType.WATER, home_policy(currency="GBP"))


def test_fraud_score_sums_signals() -> None:
    suspicious = claim(
        lossDate="2025-06-10",
        reportedAt="2025-09-20T10:00:00Z",
        amount={"value": 3000, "currency": "EUR"},
        documents=[],
    )
    prior = [PriorClaim(date(2025, 1, 5), Decimal(900)), PriorClaim(date(2025, 4, 1), Decimal(50))]
    fraud = score_fraud(suspicious, home_policy(), prior, POLICY)
    assert len(fraud.signals) == 5
    assert fraud.score == 1.0
    clean = score_fraud(claim(), home_policy(), [], POLICY)
    assert clean.signals == []
    assert clean.score == 0.0


def test_small_clean_claim_is_auto_approved() -> None:
    coverage = assess_coverage(claim(), LossType.WATER, home_policy())
    fraud = score_fraud(claim(), home_policy(), [], POLICY)
    proposal = propose_decision(
        coverage=coverage,
        fraud=fraud,
        confidence=0.9,
        complexity="simple",
        policy=POLICY,
        payout_limits=LIMITS,
    )
    assert proposal.auto_decidable
    assert proposal.outcome is DecisionOutcome.APPROVED
    assert proposal.payout == Decimal("1550.50")


@pytest.mark.parametrize(
    ("amount", "confidence", "complexity", "expected_reason"),
    [
        (9000, 0.9, "simple", "above the auto-approve limit 5000"),
        (1800, 0.5, "simple", "confidence 0.50 below"),
        (1800, 0.9, "complex", "complex claims are decided by a person"),
    ],
)
def test_goes_to_a_person_when_outside_auto_limits(
    amount: int, confidence: float, complexity: str, expected_reason: str
) -> None:
    case = claim(amount={"value": amount + 0.5, "currency": "EUR"})
    coverage = assess_coverage(case, LossType.WATER, home_policy())
    fraud = score_fraud(case, home_policy(), [], POLICY)
    proposal = propose_decision(
        coverage=coverage,
        fraud=fraud,
        confidence=confidence,
        complexity=complexity,
        policy=POLICY,
        payout_limits=LIMITS,
    )
    assert not proposal.auto_decidable
    assert any(expected_reason in reason for reason in proposal.review_reasons)


def test_claim_below_deductible_is_proposed_denied() -> None:
    case = claim(amount={"value": 100, "currency": "EUR"})
    coverage = assess_coverage(case, LossType.WATER, home_policy())
    fraud = score_fraud(case, home_policy(), [], POLICY)
    proposal = propose_decision(
        coverage=coverage,
        fraud=fraud,
        confidence=0.9,
        complexity="simple",
        policy=POLICY,
        payout_limits=LIMITS,
    )
    assert proposal.outcome is DecisionOutcome.DENIED
    assert proposal.payout == 0


def test_human_decision_wins_and_counts_as_override() -> None:
    coverage = assess_coverage(claim(), LossType.WATER, home_policy())
    fraud = score_fraud(claim(), home_policy(), [], POLICY)
    proposal = propose_decision(
        coverage=coverage,
        fraud=fraud,
        confidence=0.5,
        complexity="simple",
        policy=POLICY,
        payout_limits=LIMITS,
    )
    review = Review(outcome=DecisionOutcome.APPROVED, payout=Decimal(1000), reason="partial")
    decision = final_decision(proposal, review, None)
    assert decision.payout == Decimal(1000)
    assert decision.decided_by == "claims-handler"
    assert is_override(proposal, decision)
    assert not is_override(proposal, final_decision(proposal, None, None))


def test_senior_refusal_denies_the_claim() -> None:
    coverage = assess_coverage(
        claim(amount={"value": 19000, "currency": "EUR"}), LossType.WATER, home_policy()
    )
    fraud = score_fraud(claim(), home_policy(), [], POLICY)
    proposal = propose_decision(
        coverage=coverage,
        fraud=fraud,
        confidence=0.9,
        complexity="simple",
        policy=POLICY,
        payout_limits=LIMITS,
    )
    review = Review(outcome=DecisionOutcome.APPROVED, payout=Decimal(30000), reason="agreed")
    refused = SeniorReview(approved=False, reason="exceeds the loss evidenced")
    decision = final_decision(proposal, review, refused)
    assert decision.outcome is DecisionOutcome.DENIED
    assert decision.payout == 0
    assert decision.decided_by == "senior-handler"


def glass_policy() -> PolicyTerms:
    return home_policy(coverages={LossType.GLASS: (Decimal(20000), Decimal(100))})


@pytest.mark.parametrize(
    ("amount", "auto_decidable"), [(1600, True), (1601, False), (3000, False), (5100, False)]
)
def test_glass_payout_follows_the_glass_auto_approval_limit(
    amount: int, auto_decidable: bool
) -> None:
    case = claim(amount={"value": amount, "currency": "EUR"})
    coverage = assess_coverage(case, LossType.GLASS, glass_policy())
    proposal = propose_decision(
        coverage=coverage,
        fraud=FraudAssessment(score=0.0, signals=[], prior_claims=0),
        confidence=0.9,
        complexity="simple",
        policy=POLICY,
        payout_limits=LIMITS,
    )
    assert proposal.auto_decidable is auto_decidable
    if not auto_decidable:
        assert any("auto-approve limit 1500" in r for r in proposal.review_reasons)


def test_water_payout_between_glass_and_general_limit_is_auto_decidable() -> None:
    case = claim(amount={"value": 3250.5, "currency": "EUR"})
    coverage = assess_coverage(case, LossType.WATER, home_policy())
    proposal = propose_decision(
        coverage=coverage,
        fraud=FraudAssessment(score=0.0, signals=[], prior_claims=0),
        confidence=0.9,
        complexity="simple",
        policy=POLICY,
        payout_limits=LIMITS,
    )
    assert proposal.auto_decidable, proposal.review_reasons


def test_payout_without_a_configured_limit_goes_to_a_person() -> None:
    coverage = assess_coverage(claim(), LossType.WATER, home_policy())
    proposal = propose_decision(
        coverage=coverage,
        fraud=FraudAssessment(score=0.0, signals=[], prior_claims=0),
        confidence=0.9,
        complexity="simple",
        policy=POLICY,
        payout_limits=GuardrailPolicies(version=1),
    )
    assert not proposal.auto_decidable
    assert any("no payout limit configured" in r for r in proposal.review_reasons)


@pytest.mark.parametrize(("loss_type", "limit"), [("water", 25000), ("glass", 5000)])
def test_senior_approval_limit_is_the_loss_types_guardrail_limit(
    loss_type: str, limit: int
) -> None:
    assert senior_approval_above(LIMITS, loss_type) == Decimal(limit)


def test_with_no_payout_limit_every_approved_payout_needs_a_senior() -> None:
    assert senior_approval_above(GuardrailPolicies(version=1), "water") == Decimal(0)
