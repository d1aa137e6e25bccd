"""Job handlers of ``claims-adjudication`` (bpmn/claims-adjudication.bpmn).

Each handler parses its variables into contracts, calls one agent, rule set or legacy system,
and returns the variables it sets. Side effects are keyed by claim id + BPMN element so a job
delivered twice pays and notifies once.
"""

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import structlog
from pyzeebe import Job, ZeebeTaskRouter

from agents.claims_rules import (
    PolicyTerms,
    PriorClaim,
    assess_coverage,
    final_decision,
    is_override,
    propose_decision,
    score_fraud,
)
from agents.overrides import compare_decision, record_override
from agents.protocols import AuditEntry, AuditSink
from agents.runtime import LoggingAudit
from config.policies import ClaimsPolicy
from contracts.claims import (
    Citation,
    Claim,
    Coverage,
    Decision,
    DecisionOutcome,
    Denial,
    FraudAssessment,
    Limits,
    Payment,
    Proposal,
    Review,
    SeniorReview,
    Triage,
)
from contracts.common import Money
from contracts.errors import PolicyNotFoundError
from workers import metrics
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.routers import handles
from workers.variables import parse_variable, to_variables

log = structlog.get_logger("baton.claims")

PROCESS_ID = "claims-adjudication"
DEFAULT_REVIEW_SLA = "PT4H"


@dataclass(frozen=True)
class PaymentOrder:
    claim_id: str
    policy_number: str
    payee: str
    amount: Money
    reference: str


async def cite_nothing(query: str) -> list[Citation]:
    return []


@dataclass(frozen=True)
class ClaimsDependencies:
    """What the claims handlers call; the fleet wires real clients, tests wire fakes."""

    classify: Callable[[Claim], Awaitable[Triage]]
    policy_terms: Callable[[str], Awaitable[PolicyTerms]]
    prior_claims: Callable[[str], Awaitable[list[PriorClaim]]]
    pay: Callable[[PaymentOrder, str], Awaitable[Payment]]
    notify: Callable[[Notice, str], Awaitable[str]]
    policy: ClaimsPolicy
    review_sla: str = DEFAULT_REVIEW_SLA
    audit: AuditSink = field(default_factory=LoggingAudit)
    cite: Callable[[str], Awaitable[list[Citation]]] = field(default=cite_nothing)


def guideline_query(triage: Triage, fraud: FraudAssessment) -> str:
    """What a claims handler would look up: the loss type's rules, and any fraud signal."""
    return " ".join(
        [
            f"{triage.loss_type.value} claims coverage, deductible, limits and handling",
            *fraud.signals,
        ]
    )


def idempotency_key(claim: Claim, job: Job) -> str:
    return side_effect_key(PROCESS_ID, claim.claim_id, job)


def inputs_hash(**inputs: Any) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True, default=str).encode()).hexdigest()


def record_decision_in_audit(
    audit: AuditSink, claim_id: str, decision: Decision, **inputs: Any
) -> None:
    """Who decided, on which inputs (by hash), what and why."""
    audit.record(
        AuditEntry(
            case_id=claim_id,
            actor=decision.decided_by,
            action="claims.decision",
            inputs_hash=inputs_hash(**inputs),
            output=decision.model_dump(mode="json", by_alias=True),
            reason="; ".join(decision.reasons),
        )
    )


def build_router(deps: ClaimsDependencies) -> ZeebeTaskRouter:
    router = ZeebeTaskRouter()

    @handles(router, "claims.classify-intake", variables=["claim"])
    async def classify_intake(claim: Any) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        triage = await deps.classify(case)
        if case.loss_type is not None and case.loss_type != triage.loss_type:
            triage = triage.model_copy(
                update={
                    "loss_type": case.loss_type,
                    "reasons": [
                        *triage.reasons,
                        f"claimant stated {case.loss_type.value}; "
                        f"classifier suggested {triage.loss_type.value}",
                    ],
                }
            )
        log.info("claims.classified", loss_type=triage.loss_type, priority=triage.priority)
        return to_variables(triage=triage)

    @handles(router, "claims.check-coverage", variables=["claim", "triage"])
    async def check_coverage(claim: Any, triage: Any) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        triaged = parse_variable(Triage, triage, "triage")
        try:
            terms = await deps.policy_terms(case.policy_number)
        except PolicyNotFoundError as missing:
            reason = f"policy {case.policy_number} not found in the policy admin system"
            raise PolicyNotFoundError(
                reason, variables={"denial": {"code": missing.code, "reason": reason}}
            ) from None
        coverage = assess_coverage(case, triaged.loss_type, terms)
        return to_variables(coverage=coverage)

    @handles(router, "claims.assess-fraud", variables=["claim"])
    async def assess_fraud(claim: Any) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        terms = await deps.policy_terms(case.policy_number)
        prior = await deps.prior_claims(case.policy_number)
        fraud = score_fraud(case, terms, prior, deps.policy)
        return to_variables(fraud=fraud)

    @handles(
        router,
        "claims.propose-decision",
        variables=["triage", "coverage", "fraud", "reviewSla"],
    )
    async def propose(
        triage: Any,
        coverage: Any,
        fraud: Any,
        reviewSla: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        triaged = parse_variable(Triage, triage, "triage")
        assessed = parse_variable(FraudAssessment, fraud, "fraud")
        proposal = propose_decision(
            coverage=parse_variable(Coverage, coverage, "coverage"),
            fraud=assessed,
            confidence=triaged.confidence,
            complexity=triaged.complexity.value,
            policy=deps.policy,
        )
        evidence = await deps.cite(guideline_query(triaged, assessed))
        proposal = proposal.model_copy(update={"evidence": evidence})
        limits = Limits(senior_approval_above=deps.policy.senior_approval.min_payout)
        return {
            **to_variables(proposal=proposal, limits=limits),
            "reviewSla": reviewSla if isinstance(reviewSla, str) and reviewSla else deps.review_sla,
        }

    @handles(
        router,
        "claims.record-decision",
        variables=["claim", "proposal", "review", "seniorReview"],
    )
    async def record_decision(
        claim: Any,
        proposal: Any,
        review: Any = None,
        seniorReview: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        proposed = parse_variable(Proposal, proposal, "proposal")
        reviewed = parse_variable(Review, review, "review") if review is not None else None
        senior = (
            parse_variable(SeniorReview, seniorReview, "seniorReview")
            if seniorReview is not None
            else None
        )
        decision = final_decision(proposed, reviewed, senior)
        overridden = reviewed is not None and is_override(proposed, decision)
        record_decision_in_audit(
            deps.audit,
            case.claim_id,
            decision,
            proposal=proposal,
            review=review,
            senior=seniorReview,
        )
        if overridden:
            override = compare_decision(
                proposed.model_dump(mode="json", by_alias=True),
                decision.model_dump(mode="json", by_alias=True),
                case_id=case.claim_id,
                process=PROCESS_ID,
                task="UserTask_ReviewClaim",
                actor=decision.decided_by,
                reason="; ".join(decision.reasons),
                fields=("outcome", "payout"),
            )
            if override is not None:
                record_override(override, deps.audit)
        log.info(
            "claims.decided",
            outcome=decision.outcome,
            decided_by=decision.decided_by,
            human_override=overridden,
        )
        return {**to_variables(decision=decision), "humanOverride": overridden}

    @handles(router, "claims.record-denial", variables=["claim", "denial"])
    async def record_denial(claim: Any, denial: Any) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        refused = parse_variable(Denial, denial, "denial")
        decision = Decision(
            outcome=DecisionOutcome.DENIED,
            payout=Decimal(0),
            currency=case.amount.currency,
            reasons=[refused.reason],
            decided_by="baton-auto",
        )
        record_decision_in_audit(deps.audit, case.claim_id, decision, denial=denial)
        return to_variables(decision=decision)

    @handles(router, "claims.pay", variables=["claim", "decision"])
    async def pay(job: Job, claim: Any, decision: Any) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        decided = parse_variable(Decision, decision, "decision")
        order = PaymentOrder(
            claim_id=case.claim_id,
            policy_number=case.policy_number,
            payee=case.claimant.name,
            amount=Money(value=decided.payout, currency=decided.currency),
            reference=f"Claim {case.claim_id}",
        )
        payment = await deps.pay(order, idempotency_key(case, job))
        log.info("claims.paid", payment_id=payment.payment_id)
        return to_variables(payment=payment)

    @handles(router, "claims.notify-claimant", variables=["claim", "decision"])
    async def notify_claimant(job: Job, claim: Any, decision: Any) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        decided = parse_variable(Decision, decision, "decision")
        notice = Notice(
            recipient=case.claimant.email or case.claimant.name,
            subject=f"Your claim {case.claim_id}: {decided.outcome.value}",
            body=claim_letter(case, decided),
            case_ref=case.claim_id,
        )
        notification_id = await deps.notify(notice, idempotency_key(case, job))
        return {"notificationId": notification_id}

    @handles(router, "claims.escalate-review", variables=["claim", "routing"])
    async def escalate_review(job: Job, claim: Any, routing: Any = None) -> dict[str, Any]:
        case = parse_variable(Claim, claim, "claim")
        group = routing.get("reviewGroup") if isinstance(routing, dict) else None
        notice = Notice(
            recipient=f"team-lead:{group or 'claims-handlers'}",
            subject=f"Review SLA breached for claim {case.claim_id}",
            body=(
                f"The review of claim {case.claim_id} ({case.amount.value} "
                f"{case.amount.currency}) is overdue. Please reassign or decide it in Tasklist."
            ),
            case_ref=case.claim_id,
        )
        notification_id = await deps.notify(notice, idempotency_key(case, job))
        metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_ReviewClaim").inc()
        log.warning("claims.review_sla_breached", review_group=group)
        return {"escalationNotificationId": notification_id}

    return router


def claim_letter(claim: Claim, decision: Decision) -> str:
    """The claimant's letter: plain facts, no internal scores."""
    lines = [f"Dear {claim.claimant.name},", ""]
    if decision.outcome is DecisionOutcome.APPROVED:
        lines.append(
            f"we approved your claim {claim.claim_id}; we are paying "
            f"{decision.payout} {decision.currency}."
        )
    elif decision.outcome is DecisionOutcome.DENIED:
        lines.append(f"we cannot pay your claim {claim.claim_id}.")
    else:
        lines.append(f"your claim {claim.claim_id} needs further checks; we will contact you.")
    lines += ["", "Reasons:", *(f"- {reason}" for reason in decision.reasons)]
    return "\n".join(lines)
