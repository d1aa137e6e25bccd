"""Job handlers of ``claims-adjudication`` (bpmn/claims-adjudication.bpmn).

Each handler takes its variables as contracts, calls one agent, rule set or legacy system, and
returns the variables it sets. Side effects are keyed by claim id + BPMN element so a job
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

from agents import (
    AdHocElement,
    AuditEntry,
    AuditSink,
    GuardedResult,
    LoggingAudit,
    QAReport,
    TaskOutput,
    compare_decision,
    record_override,
)
from config import ClaimsPolicy
from contracts.claims import (
    CaseReport,
    Claim,
    Coverage,
    Decision,
    DecisionOutcome,
    Denial,
    FraudAssessment,
    LetterSent,
    Limits,
    Payment,
    Proposal,
    Review,
    SeniorReview,
    Triage,
)
from contracts.common import Citation, Money
from contracts.errors import PolicyNotFoundError
from guardrails import GuardrailPolicies
from workers import metrics
from workers.agentic_step import (
    CompleteWithResult,
    PlanStep,
    ToolAnswered,
    ToolResult,
    planner_request,
    take_planner_turn,
)
from workers.claims.agent_roles import ClaimsAgents
from workers.claims.case_evidence import (
    case_evidence,
    letter_request,
    qa_request,
    report_request,
)
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
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.routers import CompletedByHandler, Variables, family_router, handles
from workers.variables import DecisionResult, OptionalText, as_variable

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
    plan_investigation: PlanStep
    complete_with_result: CompleteWithResult
    agents: ClaimsAgents
    policy: ClaimsPolicy
    payout_limits: GuardrailPolicies
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


class Classified(Variables):
    triage: Triage


class CoverageChecked(Variables):
    coverage: Coverage


class FraudAssessed(Variables):
    fraud: FraudAssessment


class Proposed(Variables):
    proposal: Proposal
    limits: Limits
    review_sla: str


class Decided(Variables):
    decision: Decision
    human_override: bool


class Denied(Variables):
    decision: Decision


class Paid(Variables):
    payment: Payment


class ClaimantNotified(Variables):
    notification_id: str
    letter: LetterSent


class QualityChecked(Variables):
    qa_report: QAReport
    qa_evidence_sources: list[str]


class Reported(Variables):
    case_report: CaseReport


class ReviewEscalated(Variables):
    escalation_notification_id: str


@handles("claims.classify-intake")
async def classify_intake(claim: Claim, deps: ClaimsDependencies) -> Classified:
    triage = await deps.classify(claim)
    if claim.loss_type is not None and claim.loss_type != triage.loss_type:
        triage = triage.model_copy(
            update={
                "loss_type": claim.loss_type,
                "reasons": [
                    *triage.reasons,
                    f"claimant stated {claim.loss_type.value}; "
                    f"classifier suggested {triage.loss_type.value}",
                ],
            }
        )
    log.info("claims.classified", loss_type=triage.loss_type, priority=triage.priority)
    return Classified(triage=triage)


@handles("claims.check-coverage")
async def check_coverage(claim: Claim, triage: Triage, deps: ClaimsDependencies) -> CoverageChecked:
    try:
        terms = await deps.policy_terms(claim.policy_number)
    except PolicyNotFoundError as missing:
        reason = f"policy {claim.policy_number} not found in the policy admin system"
        raise PolicyNotFoundError(
            reason, variables={"denial": {"code": missing.code, "reason": reason}}
        ) from None
    return CoverageChecked(coverage=assess_coverage(claim, triage.loss_type, terms))


@handles("claims.assess-fraud")
async def assess_fraud(claim: Claim, deps: ClaimsDependencies) -> FraudAssessed:
    terms = await deps.policy_terms(claim.policy_number)
    prior = await deps.prior_claims(claim.policy_number)
    return FraudAssessed(fraud=score_fraud(claim, terms, prior, deps.policy))


@handles("claims.propose-decision")
async def propose(
    triage: Triage,
    coverage: Coverage,
    fraud: FraudAssessment,
    deps: ClaimsDependencies,
    review_sla: OptionalText = None,
) -> Proposed:
    proposal = propose_decision(
        coverage=coverage,
        fraud=fraud,
        confidence=triage.confidence,
        complexity=triage.complexity.value,
        policy=deps.policy,
        payout_limits=deps.payout_limits,
    )
    evidence = await deps.cite(guideline_query(triage, fraud))
    return Proposed(
        proposal=proposal.model_copy(update={"evidence": evidence}),
        limits=Limits(
            senior_approval_above=senior_approval_above(
                deps.payout_limits, coverage.loss_type.value
            )
        ),
        review_sla=review_sla or deps.review_sla,
    )


@handles("claims.record-decision")
async def record_decision(
    claim: Claim,
    proposal: Proposal,
    deps: ClaimsDependencies,
    review: Review | None = None,
    senior_review: SeniorReview | None = None,
) -> Decided:
    decision = final_decision(proposal, review, senior_review)
    overridden = review is not None and is_override(proposal, decision)
    record_decision_in_audit(
        deps.audit,
        claim.claim_id,
        decision,
        proposal=as_variable(proposal),
        review=as_variable(review),
        senior=as_variable(senior_review),
    )
    if overridden:
        override = compare_decision(
            proposal.model_dump(mode="json", by_alias=True),
            decision.model_dump(mode="json", by_alias=True),
            case_id=claim.claim_id,
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
    return Decided(decision=decision, human_override=overridden)


@handles("claims.record-denial")
async def record_denial(claim: Claim, denial: Denial, deps: ClaimsDependencies) -> Denied:
    decision = Decision(
        outcome=DecisionOutcome.DENIED,
        payout=Decimal(0),
        currency=claim.amount.currency,
        reasons=[denial.reason],
        decided_by="baton-auto",
    )
    record_decision_in_audit(deps.audit, claim.claim_id, decision, denial=as_variable(denial))
    return Denied(decision=decision)


@handles("claims.pay")
async def pay(job: Job, claim: Claim, decision: Decision, deps: ClaimsDependencies) -> Paid:
    order = PaymentOrder(
        claim_id=claim.claim_id,
        policy_number=claim.policy_number,
        payee=claim.claimant.name,
        amount=Money(value=decision.payout, currency=decision.currency),
        reference=f"Claim {claim.claim_id}",
    )
    payment = await deps.pay(order, idempotency_key(claim, job))
    log.info("claims.paid", payment_id=payment.payment_id)
    return Paid(payment=payment)


@handles("claims.qa-review")
async def qa_review(
    claim: Claim,
    triage: Triage,
    coverage: Coverage,
    fraud: FraudAssessment,
    proposal: Proposal,
    deps: ClaimsDependencies,
    investigation_results: list[ToolResult] | None = None,
    review: Review | None = None,
) -> QualityChecked:
    """The QA agent's check before a person reviews: the proposal (and, before senior approval,
    the handler's edits) against the case facts and the guidelines. It informs, never decides."""
    evidence = case_evidence(
        coverage,
        fraud,
        triage,
        [(r.element_id, r.result) for r in investigation_results or []],
    )
    request = qa_request(claim, triage, proposal, evidence, review)
    checked = await deps.agents.check_quality(request, guideline_query(triage, fraud))
    log.info(
        "claims.qa_reviewed",
        needs_human_review=checked.report.needs_human_review,
        reasons=checked.report.reasons,
    )
    return QualityChecked(qa_report=checked.report, qa_evidence_sources=checked.evidence_sources)


@handles("claims.notify-claimant")
async def notify_claimant(
    job: Job, claim: Claim, decision: Decision, deps: ClaimsDependencies
) -> ClaimantNotified:
    """The task agent drafts the letter; if its draft is held for a person, the rule-based
    template goes out instead (the payment is made, the claimant must hear) and the timeline
    records the hand-over."""
    drafted = await deps.agents.draft_letter(
        letter_request(claim, decision), (claim.claimant.name,)
    )
    body, letter = letter_body(claim, decision, drafted)
    if letter.held_reasons:
        deps.agents.record(
            claim.claim_id,
            "claims.letter-handed-over",
            {"agent": "task_agent", "sent": "template", "reasons": letter.held_reasons},
        )
    notice = Notice(
        recipient=claim.claimant.email or claim.claimant.name,
        subject=f"Your claim {claim.claim_id}: {decision.outcome.value}",
        body=body,
        case_ref=claim.claim_id,
    )
    notification_id = await deps.notify(notice, idempotency_key(claim, job))
    return ClaimantNotified(notification_id=notification_id, letter=letter)


def letter_body(
    claim: Claim, decision: Decision, drafted: GuardedResult[TaskOutput]
) -> tuple[str, LetterSent]:
    draft = drafted.output.draft if drafted.output is not None else None
    if draft and not drafted.needs_human_review:
        return draft, LetterSent(drafted_by="task_agent", held_reasons=[])
    reasons = drafted.reasons or ["task agent returned no draft"]
    return claim_letter(claim, decision), LetterSent(drafted_by="template", held_reasons=reasons)


@handles("claims.report")
async def report(claim: Claim, decision: Decision, deps: ClaimsDependencies) -> Reported:
    """The reporter's internal case summary and retrospective, written to the case file."""
    timeline = await deps.agents.read_timeline(claim.claim_id)
    written = await deps.agents.write_report(report_request(claim, decision, timeline))
    if written.output is not None:
        subject, retro = written.output.subject, written.output.retro_summary
    else:
        subject = f"Case {claim.claim_id}: {decision.outcome.value}"
        retro = f"reporter held for a person: {'; '.join(written.reasons)}"
    case_report = CaseReport(
        subject=subject,
        retro_summary=retro,
        needs_human_review=written.needs_human_review,
        reasons=written.reasons,
        model=written.model,
    )
    deps.agents.record(
        claim.claim_id,
        "claims.retrospective",
        {"agent": "reporter", "outcome": decision.outcome.value, "timelineEntries": len(timeline)}
        | case_report.model_dump(mode="json", by_alias=True),
    )
    return Reported(case_report=case_report)


@handles("claims.escalate-review")
async def escalate_review(
    job: Job, claim: Claim, deps: ClaimsDependencies, routing: DecisionResult = None
) -> ReviewEscalated:
    group = routing.get("reviewGroup") if routing is not None else None
    notice = Notice(
        recipient=f"team-lead:{group or 'claims-handlers'}",
        subject=f"Review SLA breached for claim {claim.claim_id}",
        body=(
            f"The review of claim {claim.claim_id} ({claim.amount.value} "
            f"{claim.amount.currency}) is overdue. Please reassign or decide it in Tasklist."
        ),
        case_ref=claim.claim_id,
    )
    notification_id = await deps.notify(notice, idempotency_key(claim, job))
    metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_ReviewClaim").inc()
    log.warning("claims.review_sla_breached", review_group=group)
    return ReviewEscalated(escalation_notification_id=notification_id)


@handles("claims.investigate")
async def investigate(
    job: Job,
    claim: Claim,
    fraud: FraudAssessment,
    ad_hoc_sub_process_elements: list[AdHocElement],
    deps: ClaimsDependencies,
    tool_results: list[ToolResult] | None = None,
) -> CompletedByHandler:
    """The planner's turn in the agentic step; what the case tells the planner is claims' own."""
    request = planner_request(
        case_id=claim.claim_id,
        process=PROCESS_ID,
        facts=[claim.description, *fraud.signals],
        elements=ad_hoc_sub_process_elements,
        tool_results=tool_results,
    )
    return await take_planner_turn(job, request, deps.plan_investigation, deps.complete_with_result)


@handles("claims.look-up-policy")
async def look_up_policy(claim: Claim, deps: ClaimsDependencies) -> ToolAnswered:
    terms = await deps.policy_terms(claim.policy_number)
    return ToolAnswered(
        tool_result={
            "policyNumber": terms.policy_number,
            "status": terms.status,
            "validFrom": terms.valid_from.isoformat(),
            "validTo": terms.valid_to.isoformat(),
            "coverages": {
                loss.value: {"limit": str(limit), "deductible": str(deductible)}
                for loss, (limit, deductible) in terms.coverages.items()
            },
        }
    )


@handles("claims.look-up-prior-claims")
async def look_up_prior_claims(claim: Claim, deps: ClaimsDependencies) -> ToolAnswered:
    prior = await deps.prior_claims(claim.policy_number)
    return ToolAnswered(
        tool_result={
            "priorClaims": [
                {"lossDate": p.loss_date.isoformat(), "amount": str(p.amount)} for p in prior
            ]
        }
    )


@handles("claims.search-guidelines")
async def search_guidelines(
    triage: Triage, fraud: FraudAssessment, deps: ClaimsDependencies
) -> ToolAnswered:
    citations = await deps.cite(guideline_query(triage, fraud))
    return ToolAnswered(
        tool_result={"guidelines": [c.model_dump(mode="json", by_alias=True) for c in citations]}
    )


def build_router(deps: ClaimsDependencies) -> ZeebeTaskRouter:
    """Every claims handler, bound to ``deps``."""
    return family_router(
        deps,
        classify_intake,
        check_coverage,
        assess_fraud,
        propose,
        record_decision,
        record_denial,
        pay,
        qa_review,
        notify_claimant,
        report,
        escalate_review,
        investigate,
        look_up_policy,
        look_up_prior_claims,
        search_guidelines,
    )


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
