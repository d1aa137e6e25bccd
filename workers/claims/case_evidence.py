"""What the claims agents are given: the facts the process already holds, as evidence and requests.

Only Baton's own findings (coverage, fraud, classification, investigation answers) and the
decision go in; the claimant's description and documents stay out, so no new personal text
reaches the model or the process variables.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from agents import Evidence, QAInput, ReportInput, TaskInput
from contracts.claims import Claim, Coverage, Decision, FraudAssessment, Proposal, Review, Triage

PROCESS_ID = "claims-adjudication"


def coverage_evidence(coverage: Coverage) -> Evidence:
    verdict = "covered" if coverage.covered else "not covered"
    supports = "approved" if coverage.covered else "denied"
    return Evidence(
        source="coverage-check",
        text=(
            f"Policy status {coverage.policy_status}; loss type {coverage.loss_type.value} is "
            f"{verdict} (supports outcome {supports}); limit {coverage.limit}, deductible "
            f"{coverage.deductible}, covered amount {coverage.covered_amount} "
            f"{coverage.currency}. {coverage.reason}"
        ),
    )


def fraud_evidence(fraud: FraudAssessment) -> Evidence:
    signals = "; ".join(fraud.signals) or "none"
    return Evidence(
        source="fraud-assessment",
        text=(
            f"Fraud score {fraud.score}; {fraud.prior_claims} prior claims on the policy; "
            f"signals: {signals}."
        ),
    )


def triage_evidence(triage: Triage) -> Evidence:
    return Evidence(
        source="intake-classification",
        text=(
            f"Classified as loss type {triage.loss_type.value}, {triage.complexity.value}, "
            f"priority {triage.priority.value}, confidence {triage.confidence} by {triage.model}."
        ),
    )


def case_evidence(
    coverage: Coverage,
    fraud: FraudAssessment,
    triage: Triage,
    investigation: Sequence[tuple[str, Any]] = (),
) -> list[Evidence]:
    """The case facts as QA evidence; each investigation tool's answer is one source."""
    facts = [coverage_evidence(coverage), fraud_evidence(fraud), triage_evidence(triage)]
    facts += [
        Evidence(
            source=f"investigation:{element_id}",
            text=json.dumps(result, sort_keys=True, default=str),
            external=True,
        )
        for element_id, result in investigation
    ]
    return facts


def qa_request(
    claim: Claim,
    triage: Triage,
    proposal: Proposal,
    evidence: list[Evidence],
    review: Review | None = None,
) -> QAInput:
    """The proposal's checkable fields; before senior approval the handler's edits as well."""
    edits: dict[str, str | int | float | bool | None] = {}
    if review is not None:
        edits = {"outcome": review.outcome.value, "payout": str(review.payout)}
    return QAInput(
        case_id=claim.claim_id,
        process=PROCESS_ID,
        proposal={
            "outcome": proposal.outcome.value,
            "payout": str(proposal.payout),
            "currency": proposal.currency,
            "lossType": triage.loss_type.value,
        },
        evidence=evidence,
        edits=edits,
    )


def letter_request(claim: Claim, decision: Decision) -> TaskInput:
    """The decision in two sentences (outcome, reasons), so a summary keeps both."""
    if decision.payout > 0:
        outcome = f"Claim {claim.claim_id} is {decision.outcome.value} with a payout of "
        outcome += f"{decision.payout} {decision.currency}."
    else:
        outcome = f"Claim {claim.claim_id} is {decision.outcome.value}."
    reasons = "; ".join(reason.rstrip(". ") for reason in decision.reasons)
    return TaskInput(
        case_id=claim.claim_id,
        process=PROCESS_ID,
        action="draft-notification",
        text=f"{outcome} Reasons: {reasons}.",
        recipient=claim.claimant.name,
    )


def report_request(claim: Claim, decision: Decision, timeline: list[str]) -> ReportInput:
    return ReportInput(
        case_id=claim.claim_id,
        process=PROCESS_ID,
        audience="internal",
        outcome=decision.outcome.value,
        reasons=decision.reasons,
        timeline=timeline,
    )
