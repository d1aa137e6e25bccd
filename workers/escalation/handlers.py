"""Job handlers of ``backoffice-escalation`` (bpmn/backoffice-escalation.bpmn).

Triage by rules, a context pack (CRM + knowledge base) for the expert group the DMN picks, a
reassignment loop for wrong-team tickets, and an idempotent close in the ticketing system.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog
from pyzeebe import Job, ZeebeTaskRouter

from config import EscalationPolicy
from contracts.common import Citation
from contracts.errors import CustomerNotFoundError, InvalidCaseError
from contracts.escalation import (
    CaseContext,
    ClosedTicket,
    ExpertOutcome,
    ExpertReview,
    Reassignment,
    Resolution,
    ResolutionStatus,
    Routing,
    TeamLeadReview,
    Ticket,
    Triage,
)
from workers import metrics
from workers.escalation.rules import (
    CustomerProfile,
    classify_ticket,
    decide_reassignment,
    final_resolution,
    knowledge_query,
    package_context,
)
from workers.idempotency import side_effect_key
from workers.routers import Variables, family_router, handles
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

    ``customer`` raises :class:`CustomerNotFoundError` for a customer the CRM does not know.
    """

    customer: Callable[[str], Awaitable[CustomerProfile]]
    retrieve: Callable[[str], Awaitable[list[Citation]]]
    close_ticket: Callable[[TicketClosure, str], Awaitable[ClosedTicket]]
    policy: EscalationPolicy


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


@handles("escalation.classify")
async def classify(ticket: Ticket, deps: EscalationDependencies) -> Classified:
    triage = classify_ticket(ticket, deps.policy)
    log.info("escalation.classified", category=triage.category, priority=triage.priority)
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


def build_router(deps: EscalationDependencies) -> ZeebeTaskRouter:
    """Every escalation handler, bound to ``deps``."""
    return family_router(deps, classify, gather_context, reassign, close_ticket, record_resolution)
