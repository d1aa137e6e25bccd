"""The agent roles of ``backoffice-escalation``, each a guarded call on the fleet's runtime.

Every function turns the job's contracts into one agent request and the guarded result back into
a contract. A held call (guardrail hit, low confidence, spent model budget) never raises: the
result says ``needsHumanReview`` with the reasons, and the ticket goes on to its person. Text
the agents write is PII-tokenised again before it becomes a process variable.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from agents import (
    REPORTER_ROLE,
    AgentContext,
    AgentRuntime,
    EscalationIntakeInput,
    QAInput,
    ReportInput,
    TaskInput,
    TimelineEvent,
    intake_ticket,
    review,
    work_task,
    write_report,
)
from agents import Evidence as QaEvidence
from config import EscalationPolicy
from contracts.errors import ModelBudgetExceededError
from contracts.escalation import (
    CaseBrief,
    CaseContext,
    Category,
    EvidenceSource,
    ExpertReview,
    Priority,
    QaDiffRow,
    QaReview,
    ResearchResult,
    Resolution,
    Routing,
    Ticket,
    Triage,
)
from guardrails import tokenise_pii
from workers.escalation.rules import classify_ticket, intake_text, research_answers

PROCESS_ID = "backoffice-escalation"
RETRO_EVENT = "retrospective"


def _context(runtime: AgentRuntime, ticket: Ticket, names: tuple[str, ...] = ()) -> AgentContext:
    return runtime.context(ticket.ticket_id, PROCESS_ID, known_names=names)


def triage_ticket(runtime: AgentRuntime, ticket: Ticket, policy: EscalationPolicy) -> Triage:
    """The intake agent's triage; held, the keyword rules' category and priority (the DMN still
    needs a route) with confidence 0 and the hold reasons, and no summary of the held text."""
    request = EscalationIntakeInput(
        case_id=ticket.ticket_id,
        process=PROCESS_ID,
        subject=ticket.subject,
        text=intake_text(ticket),
        earlier_messages=len(ticket.history),
        categories=[c.value for c in Category],
    )
    try:
        result = intake_ticket(_context(runtime, ticket), request)
    except ModelBudgetExceededError as exc:
        return _held_triage(ticket, policy, [f"budget: {exc}"], runtime.model_label)
    if result.output is None:
        return _held_triage(ticket, policy, result.reasons, result.model)
    out = result.output
    return Triage(
        category=Category(out.category),
        priority=Priority(out.priority),
        confidence=out.confidence,
        reasons=out.reasons,
        model=result.model,
        summary=tokenise_pii(out.summary),
        key_facts=[tokenise_pii(fact) for fact in out.key_facts],
        needs_human_review=result.needs_human_review,
        hold_reasons=result.reasons,
    )


def _held_triage(
    ticket: Ticket, policy: EscalationPolicy, reasons: list[str], model: str
) -> Triage:
    rules = classify_ticket(ticket, policy)
    return rules.model_copy(
        update={
            "confidence": 0.0,
            "reasons": ["intake agent held; keyword rules route it", *rules.reasons],
            "model": f"{rules.model}; agent {model} held",
            "needs_human_review": True,
            "hold_reasons": reasons,
        }
    )


def brief_case(
    runtime: AgentRuntime, ticket: Ticket, context: CaseContext, research: list[str]
) -> CaseBrief:
    """The task agent's summary of the ticket (the context pack and the research step's answers
    as context), then its escalation check on that summary."""
    ctx = _context(runtime, ticket)
    context_lines = [*context.summary.splitlines(), *research]
    try:
        summary = work_task(
            ctx,
            TaskInput(
                case_id=ticket.ticket_id,
                process=PROCESS_ID,
                action="summarise",
                text=f"{ticket.subject}. {ticket.body}",
                context=context_lines,
            ),
            text_is_external=True,
        )
        if summary.output is None:
            return CaseBrief(
                escalate=True,
                needs_human_review=True,
                reasons=summary.reasons,
                model=summary.model,
            )
        check = work_task(
            ctx,
            TaskInput(
                case_id=ticket.ticket_id,
                process=PROCESS_ID,
                action="escalation-check",
                text="\n".join([ticket.body, *(m.text for m in ticket.history)]),
            ),
            text_is_external=True,
        )
    except ModelBudgetExceededError as exc:
        return CaseBrief(
            escalate=True,
            needs_human_review=True,
            reasons=[f"budget: {exc}"],
            model=runtime.model_label,
        )
    escalate = check.output.escalate if check.output else True
    return CaseBrief(
        summary=tokenise_pii(summary.output.summary),
        escalate=escalate,
        escalation_reason=check.output.escalation_reason if check.output else None,
        needs_human_review=summary.needs_human_review or check.needs_human_review,
        reasons=list(dict.fromkeys([*summary.reasons, *check.reasons])),
        model=summary.model,
    )


@dataclass(frozen=True)
class QaRequest:
    """What the QA step checks before ``stage`` (a user task id)."""

    stage: str
    ticket: Ticket
    triage: Triage
    routing: Routing
    context: CaseContext
    expert_review: ExpertReview | None = None
    research: list[ResearchResult] = field(default_factory=list)


def proposal_of(request: QaRequest) -> dict[str, str | int | float | bool | None]:
    """The proposal a person reviews: classification, routing, the suggested guidance, and the
    expert's answer once there is one."""
    proposal: dict[str, str | int | float | bool | None] = {
        "category": request.triage.category.value,
        "priority": request.triage.priority.value,
        "expertGroup": request.routing.expert_group,
        "sla": request.routing.sla,
    }
    guidance = [e for e in request.context.evidence if e.source is EvidenceSource.KNOWLEDGE]
    if guidance:
        proposal["suggestedGuidance"] = guidance[0].excerpt.split(":", 1)[0]
    if request.expert_review is not None:
        proposal["expertOutcome"] = request.expert_review.outcome.value
        proposal["expertResolution"] = request.expert_review.resolution
    return proposal


def qa_review(runtime: AgentRuntime, request: QaRequest) -> QaReview:
    """The QA agent on the proposal against the ticket, the CRM profile and the knowledge
    citations ``escalation.gather-context`` packed."""
    ticket = request.ticket
    evidence = [
        QaEvidence(source=f"ticket:{ticket.ticket_id}/subject", text=ticket.subject, external=True),
        *(QaEvidence(source=e.id, text=e.excerpt, external=True) for e in request.context.evidence),
        QaEvidence(source="crm:segment", text=request.context.customer_segment, external=True),
        *(
            QaEvidence(source=f"research:{element}", text=text, external=True)
            for element, text in research_answers(request.research)
        ),
    ]
    qa_input = QAInput(
        case_id=ticket.ticket_id,
        process=PROCESS_ID,
        proposal=proposal_of(request),
        evidence=evidence,
    )
    try:
        report = review(_context(runtime, ticket), qa_input)
    except ModelBudgetExceededError as exc:
        return QaReview(
            stage=request.stage,
            consistent=None,
            diff=[],
            needs_human_review=True,
            reasons=[f"budget: {exc}"],
            model=runtime.model_label,
        )
    findings = report.findings
    return QaReview(
        stage=request.stage,
        consistent=findings.consistent if findings else None,
        confidence=findings.confidence if findings else None,
        findings=[tokenise_pii(f) for f in findings.findings] if findings else [],
        cited_sources=findings.cited_sources if findings else [],
        diff=[
            QaDiffRow(
                field=row.field,
                proposed=tokenise_pii(str(row.proposed)),
                supported_by=", ".join(row.supported_by) or "no evidence",
            )
            for row in report.diff
        ],
        needs_human_review=report.needs_human_review,
        reasons=report.reasons,
        model=report.model,
    )


@dataclass(frozen=True)
class ReportDraft:
    """The reporter's message (body included, for sending only) and why it was held, if so."""

    subject: str | None
    body: str | None
    retro_summary: str | None
    held_reasons: list[str]
    model: str


def draft_report(
    runtime: AgentRuntime,
    ticket: Ticket,
    triage: Triage,
    resolution: Resolution,
    customer_name: str | None,
) -> ReportDraft:
    """The reporter's customer notification and retro summary of the closed case."""
    names = (customer_name,) if customer_name else ()
    timeline = [
        f"classified {triage.category.value}/{triage.priority.value} by {triage.model}",
        *triage.reasons,
        f"reassigned {resolution.reassign_count} time(s)",
        f"SLA {'breached' if resolution.sla_breached else 'kept'}",
        f"{resolution.status.value} by {resolution.resolved_by}",
    ]
    request = ReportInput(
        case_id=ticket.ticket_id,
        process=PROCESS_ID,
        audience="customer",
        outcome=resolution.status.value,
        reasons=[resolution.resolution],
        recipient_name=customer_name,
        timeline=timeline,
    )
    try:
        result = write_report(_context(runtime, ticket, names), request)
    except ModelBudgetExceededError as exc:
        return ReportDraft(None, None, None, [f"budget: {exc}"], runtime.model_label)
    out = result.output
    if out is None or result.needs_human_review:
        return ReportDraft(None, None, None, result.reasons or ["reporter held"], result.model)
    return ReportDraft(
        subject=out.subject,
        body=out.body,
        retro_summary=tokenise_pii(out.retro_summary, known_names=names),
        held_reasons=[],
        model=result.model,
    )


def file_retrospective(runtime: AgentRuntime, ticket_id: str, entry: dict[str, object]) -> None:
    """The retro entry on the case's timeline (the context store's case file in the fleet)."""
    runtime.timeline.append(
        TimelineEvent.agent_step(ticket_id, RETRO_EVENT, agent=REPORTER_ROLE, **entry)
    )


@dataclass(frozen=True)
class EscalationAgents:
    """The agent calls the handlers await, bound to one runtime."""

    runtime: AgentRuntime
    policy: EscalationPolicy

    async def triage(self, ticket: Ticket) -> Triage:
        return await asyncio.to_thread(triage_ticket, self.runtime, ticket, self.policy)

    async def brief(self, ticket: Ticket, context: CaseContext, research: list[str]) -> CaseBrief:
        return await asyncio.to_thread(brief_case, self.runtime, ticket, context, research)

    async def qa(self, request: QaRequest) -> QaReview:
        return await asyncio.to_thread(qa_review, self.runtime, request)

    async def report(
        self, ticket: Ticket, triage: Triage, resolution: Resolution, customer_name: str | None
    ) -> ReportDraft:
        return await asyncio.to_thread(
            draft_report, self.runtime, ticket, triage, resolution, customer_name
        )

    def retrospective(self, ticket_id: str, entry: dict[str, object]) -> None:
        file_retrospective(self.runtime, ticket_id, entry)
