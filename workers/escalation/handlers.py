"""Job handlers of ``backoffice-escalation`` (bpmn/backoffice-escalation.bpmn).

Triage by the intake agent, a context pack (CRM + knowledge base) and the task agent's brief for
the expert group the DMN picks, a QA check before each person's review, a reassignment loop for
wrong-team tickets, an idempotent close in the ticketing system and the reporter's closing notice.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog
from pyzeebe import Job, ZeebeTaskRouter

from agents import AdHocElement
from config import EscalationPolicy
from contracts.common import Citation
from contracts.errors import CustomerNotFoundError, InvalidCaseError
from contracts.escalation import (
    CaseBrief,
    CaseContext,
    CaseReport,
    ClosedTicket,
    ExpertOutcome,
    ExpertReview,
    QaReview,
    Reassignment,
    ResearchResult,
    Resolution,
    ResolutionStatus,
    Routing,
    TeamLeadReview,
    Ticket,
    Triage,
)
from workers import metrics
from workers.agentic_step import (
    CompleteWithResult,
    PlanStep,
    ToolAnswered,
    ToolResult,
    planner_request,
    take_planner_turn,
)
from workers.escalation.agent_roles import EscalationAgents, QaRequest
from workers.escalation.rules import (
    EARLIER_TICKETS_LISTED,
    CustomerProfile,
    EarlierTicket,
    contact_history_answer,
    decide_reassignment,
    earlier_tickets_answer,
    final_resolution,
    guidance_summary,
    knowledge_query,
    package_context,
    research_answers,
    research_facts,
    resolution_query,
)
from workers.idempotency import side_effect_key
from workers.notices import Notice
from workers.routers import CompletedByHandler, Variables, family_router, handles
from workers.variables import Count, Flag, as_variable

log = structlog.get_logger("baton.escalation")

PROCESS_ID = "backoffice-escalation"


@dataclass(frozen=True)
class TicketClosure:
    ticket_id: str
    resolution: str
    resolved_by: str


@dataclass(frozen=True)
class EscalationDependencies:
    """What the escalation handlers call; the fleet wires real clients, tests wire fakes.

    ``customer`` raises :class:`CustomerNotFoundError` for a customer the CRM does not know;
    ``earlier_tickets`` lists a customer's tickets newest first (none for an unknown customer).
    """

    customer: Callable[[str], Awaitable[CustomerProfile]]
    earlier_tickets: Callable[[str], Awaitable[list[EarlierTicket]]]
    retrieve: Callable[[str], Awaitable[list[Citation]]]
    close_ticket: Callable[[TicketClosure, str], Awaitable[ClosedTicket]]
    notify: Callable[[Notice, str], Awaitable[str]]
    agents: EscalationAgents
    policy: EscalationPolicy
    plan_research: PlanStep
    complete_with_result: CompleteWithResult


def idempotency_key(ticket: Ticket, job: Job) -> str:
    return side_effect_key(PROCESS_ID, ticket.ticket_id, job)


def _resolution(
    routing: Routing,
    expert: ExpertReview | None,
    team_lead: TeamLeadReview | None,
    reassign_count: int,
    sla_breached: bool,
) -> Resolution:
    """The resolution the variables describe."""
    try:
        return final_resolution(
            expert_group=routing.expert_group,
            expert=expert,
            team_lead=team_lead,
            reassign_count=reassign_count,
            sla_breached=sla_breached,
        )
    except ValueError as exc:
        raise InvalidCaseError(str(exc)) from None


class Classified(Variables):
    triage: Triage


class ContextGathered(Variables):
    context: CaseContext


class Reassigned(Variables):
    triage: Triage
    reassignment: Reassignment
    reassign_count: int


class TicketClosed(Variables):
    closed_ticket: ClosedTicket


class ResolutionRecorded(Variables):
    resolution: Resolution


class CaseBriefed(Variables):
    brief: CaseBrief


class QaReviewed(Variables):
    qa_report: QaReview


class CaseReported(Variables):
    case_report: CaseReport


@handles("escalation.classify")
async def classify(ticket: Ticket, deps: EscalationDependencies) -> Classified:
    triage = await deps.agents.triage(ticket)
    log.info(
        "escalation.classified",
        category=triage.category,
        priority=triage.priority,
        held=triage.needs_human_review,
    )
    return Classified(triage=triage)


@handles("escalation.gather-context")
async def gather_context(
    ticket: Ticket, triage: Triage, deps: EscalationDependencies
) -> ContextGathered:
    customer: CustomerProfile | None
    try:
        customer = await deps.customer(ticket.customer_id)
    except CustomerNotFoundError:
        customer = None
    citations = await deps.retrieve(knowledge_query(ticket, triage))
    context = package_context(ticket, customer, citations, deps.policy.context)
    if customer is None:
        log.warning("escalation.customer_unknown", customer_id=ticket.customer_id)
        raise CustomerNotFoundError(
            f"customer {ticket.customer_id} is not in the CRM; routing with the ticket alone",
            variables={"context": as_variable(context)},
        )
    return ContextGathered(context=context)


@handles("escalation.summarise")
async def summarise_case(
    ticket: Ticket,
    context: CaseContext,
    deps: EscalationDependencies,
    research_results: list[ResearchResult] | None = None,
) -> CaseBriefed:
    brief = await deps.agents.brief(
        ticket, context, [f"{e}: {t}" for e, t in research_answers(research_results or [])]
    )
    log.info("escalation.briefed", escalate=brief.escalate, held=brief.needs_human_review)
    return CaseBriefed(brief=brief)


@handles("escalation.qa-review")
async def qa_review(
    job: Job,
    ticket: Ticket,
    triage: Triage,
    routing: Routing,
    context: CaseContext,
    deps: EscalationDependencies,
    expert_review: ExpertReview | None = None,
    research_results: list[ResearchResult] | None = None,
) -> QaReviewed:
    stage = (
        "UserTask_TeamLead"
        if job.element_id == "Task_QaBeforeTeamLead"
        else ("UserTask_ResolveTicket")
    )
    request = QaRequest(
        stage,
        ticket,
        triage,
        routing,
        context,
        expert_review,
        research_results or [],
    )
    report = await deps.agents.qa(request)
    log.info("escalation.qa", stage=stage, held=report.needs_human_review)
    return QaReviewed(qa_report=report)


@handles("escalation.reassign")
async def reassign(
    triage: Triage,
    routing: Routing,
    expert_review: ExpertReview,
    deps: EscalationDependencies,
    reassign_count: Count = 0,
) -> Reassigned:
    if expert_review.outcome is not ExpertOutcome.REASSIGN:
        raise InvalidCaseError(
            f"variable 'expertReview' has outcome {expert_review.outcome.value}; "
            "only a reassignment reaches this task"
        )
    decision = decide_reassignment(
        expert_review, triage, reassign_count, routing.expert_group, deps.policy.reassignment
    )
    log.info(
        "escalation.reassignment",
        allowed=decision.reassignment.allowed,
        from_group=routing.expert_group,
        reassign_count=decision.reassign_count,
    )
    return Reassigned(
        triage=decision.triage,
        reassignment=decision.reassignment,
        reassign_count=decision.reassign_count,
    )


@handles("escalation.close-ticket")
async def close_ticket(
    job: Job,
    ticket: Ticket,
    routing: Routing,
    deps: EscalationDependencies,
    expert_review: ExpertReview | None = None,
    team_lead_review: TeamLeadReview | None = None,
    reassign_count: Count = 0,
    sla_breached: Flag = False,
) -> TicketClosed:
    outcome = _resolution(routing, expert_review, team_lead_review, reassign_count, sla_breached)
    if outcome.status is not ResolutionStatus.RESOLVED:
        raise InvalidCaseError(
            f"ticket {ticket.ticket_id} is {outcome.status.value}, not resolved; "
            "only a resolved ticket is closed"
        )
    closure = TicketClosure(
        ticket_id=ticket.ticket_id,
        resolution=outcome.resolution,
        resolved_by=outcome.resolved_by,
    )
    closed = await deps.close_ticket(closure, idempotency_key(ticket, job))
    log.info("escalation.ticket_closed", ticket_id=closed.ticket_id, status=closed.status)
    return TicketClosed(closed_ticket=closed)


@handles("escalation.record-resolution")
async def record_resolution(
    routing: Routing,
    expert_review: ExpertReview | None = None,
    team_lead_review: TeamLeadReview | None = None,
    reassign_count: Count = 0,
    sla_breached: Flag = False,
) -> ResolutionRecorded:
    resolution = _resolution(routing, expert_review, team_lead_review, reassign_count, sla_breached)
    if resolution.sla_breached:
        metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_ResolveTicket").inc()
    log.info(
        "escalation.recorded",
        status=resolution.status,
        first_contact_resolution=resolution.first_contact_resolution,
        resolved_by=resolution.resolved_by,
        sla_breached=resolution.sla_breached,
    )
    return ResolutionRecorded(resolution=resolution)


@handles("escalation.report")
async def report(
    job: Job,
    ticket: Ticket,
    triage: Triage,
    resolution: Resolution,
    deps: EscalationDependencies,
    context: CaseContext | None = None,
) -> CaseReported:
    """The reporter's notice to the customer (once; close-ticket sends none) and the retro entry
    in the case file. A held report is not sent: the reasons stay in the variables and audit."""
    customer_name = context.customer_name if context else None
    draft = await deps.agents.report(ticket, triage, resolution, customer_name)
    reasons = list(draft.held_reasons)
    notification_id: str | None = None
    if draft.subject is not None and draft.body is not None:
        recipient = await _customer_email(ticket, deps)
        if recipient is None:
            reasons.append(f"customer {ticket.customer_id} has no address in the CRM; not sent")
        else:
            notice = Notice(recipient, draft.subject, draft.body, ticket.ticket_id)
            notification_id = await deps.notify(notice, idempotency_key(ticket, job))
    case_report = CaseReport(
        subject=draft.subject,
        retro_summary=draft.retro_summary,
        notification_id=notification_id,
        needs_human_review=bool(draft.held_reasons),
        reasons=reasons,
        model=draft.model,
    )
    deps.agents.retrospective(ticket.ticket_id, as_variable(case_report))
    log.info("escalation.reported", sent=notification_id is not None, held=bool(reasons))
    return CaseReported(case_report=case_report)


async def _customer_email(ticket: Ticket, deps: EscalationDependencies) -> str | None:
    try:
        return (await deps.customer(ticket.customer_id)).email
    except CustomerNotFoundError:
        return None


@handles("escalation.research")
async def research(
    job: Job,
    ticket: Ticket,
    triage: Triage,
    ad_hoc_sub_process_elements: list[AdHocElement],
    deps: EscalationDependencies,
    tool_results: list[ToolResult] | None = None,
) -> CompletedByHandler:
    """The planner's turn in "Research the ticket". Its facts are the intake's screened triage,
    not the raw thread: a held intake already reaches the expert with its reasons."""
    request = planner_request(
        case_id=ticket.ticket_id,
        process=PROCESS_ID,
        facts=research_facts(triage),
        elements=ad_hoc_sub_process_elements,
        tool_results=tool_results,
    )
    return await take_planner_turn(job, request, deps.plan_research, deps.complete_with_result)


@handles("escalation.look-up-contact-history")
async def look_up_contact_history(ticket: Ticket, deps: EscalationDependencies) -> ToolAnswered:
    """The customer's earlier contacts from the CRM; an unknown customer is an answer too."""
    customer: CustomerProfile | None
    try:
        customer = await deps.customer(ticket.customer_id)
    except CustomerNotFoundError:
        customer = None
    return ToolAnswered(tool_result=contact_history_answer(customer))


@handles("escalation.look-up-earlier-tickets")
async def look_up_earlier_tickets(ticket: Ticket, deps: EscalationDependencies) -> ToolAnswered:
    """The customer's earlier tickets (this one left out), newest first: a repeat complaint and
    how it was resolved before are context the expert needs. Names come from the CRM when it
    knows the customer, so they are tokenised too."""
    listed = await deps.earlier_tickets(ticket.customer_id)
    earlier = [t for t in listed if t.ticket_id != ticket.ticket_id][:EARLIER_TICKETS_LISTED]
    try:
        names: tuple[str, ...] = ((await deps.customer(ticket.customer_id)).name,)
    except CustomerNotFoundError:
        names = ()
    return ToolAnswered(tool_result=earlier_tickets_answer(earlier, names))


@handles("escalation.search-knowledge")
async def search_knowledge(
    ticket: Ticket, triage: Triage, deps: EscalationDependencies
) -> ToolAnswered:
    """How tickets of this category are resolved, from the knowledge base, with citations."""
    citations = await deps.retrieve(resolution_query(ticket, triage))
    return ToolAnswered(
        tool_result={
            "summary": guidance_summary([c.title or c.source for c in citations]),
            "guidance": [c.model_dump(mode="json", by_alias=True) for c in citations],
        }
    )


def build_router(deps: EscalationDependencies) -> ZeebeTaskRouter:
    """Every escalation handler, bound to ``deps``."""
    return family_router(
        deps,
        classify,
        gather_context,
        summarise_case,
        qa_review,
        reassign,
        close_ticket,
        record_resolution,
        report,
        research,
        look_up_contact_history,
        look_up_earlier_tickets,
        search_knowledge,
    )
