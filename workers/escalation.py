"""Job handlers of ``backoffice-escalation`` (bpmn/backoffice-escalation.bpmn).

Triage by rules, a context pack (CRM + knowledge base) for the expert group the DMN picks, a
reassignment loop for wrong-team tickets, and an idempotent close in the ticketing system.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog
from pyzeebe import Job, ZeebeTaskRouter

from agents.escalation_rules import (
    Citation,
    CustomerProfile,
    classify_ticket,
    decide_reassignment,
    final_resolution,
    knowledge_query,
    package_context,
)
from config.escalation_policy import EscalationPolicy
from contracts.errors import CustomerNotFoundError, InvalidCaseError
from contracts.escalation import (
    ClosedTicket,
    ExpertOutcome,
    ExpertReview,
    Resolution,
    ResolutionStatus,
    Routing,
    TeamLeadReview,
    Ticket,
    Triage,
)
from workers import metrics
from workers.idempotency import side_effect_key
from workers.routers import handles
from workers.variables import parse_variable, to_variables

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


def _count(value: Any, name: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidCaseError(f"variable '{name}' must be a non-negative integer, got {value!r}")
    return value


def _flag(value: Any, name: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InvalidCaseError(f"variable '{name}' must be true or false, got {value!r}")
    return value


def _resolution(
    routing: Any, expert_review: Any, team_lead_review: Any, reassign_count: Any, sla: Any
) -> Resolution:
    """The resolution the variables describe; ``sla`` is the ``slaBreached`` flag."""
    routed = parse_variable(Routing, routing, "routing")
    expert = (
        parse_variable(ExpertReview, expert_review, "expertReview")
        if expert_review is not None
        else None
    )
    lead = (
        parse_variable(TeamLeadReview, team_lead_review, "teamLeadReview")
        if team_lead_review is not None
        else None
    )
    try:
        return final_resolution(
            expert_group=routed.expert_group,
            expert=expert,
            team_lead=lead,
            reassign_count=_count(reassign_count, "reassignCount"),
            sla_breached=_flag(sla, "slaBreached"),
        )
    except ValueError as exc:
        raise InvalidCaseError(str(exc)) from None


def build_router(deps: EscalationDependencies) -> ZeebeTaskRouter:
    router = ZeebeTaskRouter()

    @handles(router, "escalation.classify", variables=["ticket"])
    async def classify(ticket: Any) -> dict[str, Any]:
        case = parse_variable(Ticket, ticket, "ticket")
        triage = classify_ticket(case, deps.policy)
        log.info("escalation.classified", category=triage.category, priority=triage.priority)
        return to_variables(triage=triage)

    @handles(router, "escalation.gather-context", variables=["ticket", "triage"])
    async def gather_context(ticket: Any, triage: Any) -> dict[str, Any]:
        case = parse_variable(Ticket, ticket, "ticket")
        triaged = parse_variable(Triage, triage, "triage")
        customer: CustomerProfile | None
        try:
            customer = await deps.customer(case.customer_id)
        except CustomerNotFoundError:
            customer = None
        citations = await deps.retrieve(knowledge_query(case, triaged))
        context = package_context(case, customer, citations, deps.policy.context)
        if customer is None:
            log.warning("escalation.customer_unknown", customer_id=case.customer_id)
            raise CustomerNotFoundError(
                f"customer {case.customer_id} is not in the CRM; routing with the ticket alone",
                variables=to_variables(context=context),
            )
        return to_variables(context=context)

    @handles(
        router,
        "escalation.reassign",
        variables=["triage", "routing", "expertReview", "reassignCount"],
    )
    async def reassign(
        triage: Any,
        routing: Any,
        expertReview: Any,  # noqa: N803
        reassignCount: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        triaged = parse_variable(Triage, triage, "triage")
        routed = parse_variable(Routing, routing, "routing")
        review = parse_variable(ExpertReview, expertReview, "expertReview")
        if review.outcome is not ExpertOutcome.REASSIGN:
            raise InvalidCaseError(
                f"variable 'expertReview' has outcome {review.outcome.value}; "
                "only a reassignment reaches this task"
            )
        decision = decide_reassignment(
            review,
            triaged,
            _count(reassignCount, "reassignCount"),
            routed.expert_group,
            deps.policy.reassignment,
        )
        log.info(
            "escalation.reassignment",
            allowed=decision.reassignment.allowed,
            from_group=routed.expert_group,
            reassign_count=decision.reassign_count,
        )
        return {
            **to_variables(triage=decision.triage, reassignment=decision.reassignment),
            "reassignCount": decision.reassign_count,
        }

    @handles(
        router,
        "escalation.close-ticket",
        variables=[
            "ticket",
            "routing",
            "expertReview",
            "teamLeadReview",
            "reassignCount",
            "slaBreached",
        ],
    )
    async def close_ticket(
        job: Job,
        ticket: Any,
        routing: Any,
        expertReview: Any = None,  # noqa: N803
        teamLeadReview: Any = None,  # noqa: N803
        reassignCount: Any = None,  # noqa: N803
        slaBreached: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        case = parse_variable(Ticket, ticket, "ticket")
        outcome = _resolution(routing, expertReview, teamLeadReview, reassignCount, slaBreached)
        if outcome.status is not ResolutionStatus.RESOLVED:
            raise InvalidCaseError(
                f"ticket {case.ticket_id} is {outcome.status.value}, not resolved; "
                "only a resolved ticket is closed"
            )
        closure = TicketClosure(
            ticket_id=case.ticket_id,
            resolution=outcome.resolution,
            resolved_by=outcome.resolved_by,
        )
        closed = await deps.close_ticket(closure, idempotency_key(case, job))
        log.info("escalation.ticket_closed", ticket_id=closed.ticket_id, status=closed.status)
        return to_variables(closedTicket=closed)

    @handles(
        router,
        "escalation.record-resolution",
        variables=["routing", "expertReview", "teamLeadReview", "reassignCount", "slaBreached"],
    )
    async def record_resolution(
        routing: Any,
        expertReview: Any = None,  # noqa: N803
        teamLeadReview: Any = None,  # noqa: N803
        reassignCount: Any = None,  # noqa: N803
        slaBreached: Any = None,  # noqa: N803
    ) -> dict[str, Any]:
        resolution = _resolution(routing, expertReview, teamLeadReview, reassignCount, slaBreached)
        if resolution.sla_breached:
            metrics.SLA_BREACHES.labels(PROCESS_ID, "UserTask_ResolveTicket").inc()
        log.info(
            "escalation.recorded",
            status=resolution.status,
            first_contact_resolution=resolution.first_contact_resolution,
            resolved_by=resolution.resolved_by,
            sla_breached=resolution.sla_breached,
        )
        return to_variables(resolution=resolution)

    return router
