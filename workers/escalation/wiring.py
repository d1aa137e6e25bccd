"""Build the ``backoffice-escalation`` router with real dependencies: CRM, ticketing and
notification clients, the context store's hybrid knowledge retriever, the agent roles on the
fleet's runtime, the escalation policy."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import structlog
from pyzeebe import ZeebeTaskRouter

from agents import AgentRuntime
from clients import (
    CrmClient,
    Customer,
    NotificationsClient,
    TicketCloseRequest,
    TicketingClient,
)
from config import EscalationPolicy, Settings
from contracts.common import Citation
from contracts.errors import TicketAlreadyClosedError
from contracts.escalation import ClosedTicket
from workers.agentic_step import EngineJobs, planner_on_runtime
from workers.escalation.agent_roles import EscalationAgents
from workers.escalation.handlers import EscalationDependencies, TicketClosure, build_router
from workers.escalation.rules import (
    EARLIER_TICKETS_LISTED,
    CrmContact,
    CustomerProfile,
    EarlierTicket,
)
from workers.knowledge import LazyContextStore
from workers.notices import Notice, send_notice

log = structlog.get_logger("baton.escalation")


def customer_profile(customer: Customer) -> CustomerProfile:
    return CustomerProfile(
        customer_id=customer.customer_id,
        name=customer.name,
        segment=customer.segment.value,
        history=[
            CrmContact(date=i.date, channel=i.channel, subject=i.subject, outcome=i.outcome)
            for i in customer.history
        ],
        email=customer.email,
    )


def escalation_dependencies(
    crm: CrmClient,
    ticketing: TicketingClient,
    notifications: NotificationsClient,
    retrieve: Callable[[str], Awaitable[list[Citation]]],
    agents: EscalationAgents,
    engine_jobs: EngineJobs,
) -> EscalationDependencies:
    async def customer(customer_id: str) -> CustomerProfile:
        return customer_profile(await crm.get_customer(customer_id))

    async def earlier_tickets(customer_id: str) -> list[EarlierTicket]:
        """One more than reported, as the ticket being researched is listed too."""
        tickets = await ticketing.customer_tickets(customer_id, limit=EARLIER_TICKETS_LISTED + 1)
        return [
            EarlierTicket(
                ticket_id=t.ticket_id,
                status=t.status.value,
                subject=t.subject,
                created_at=t.created_at,
                resolution=t.resolution,
            )
            for t in tickets
        ]

    async def close_ticket(closure: TicketClosure, key: str) -> ClosedTicket:
        request = TicketCloseRequest(resolution=closure.resolution, resolved_by=closure.resolved_by)
        try:
            closed = await ticketing.close_ticket(closure.ticket_id, request, key)
        except TicketAlreadyClosedError:
            closed = await ticketing.get_ticket(closure.ticket_id)
            log.warning(
                "escalation.ticket_closed_elsewhere",
                ticket_id=closure.ticket_id,
                resolved_by=closed.resolved_by,
            )
        return ClosedTicket(
            ticket_id=closed.ticket_id,
            status=closed.status.value,
            resolved_by=closed.resolved_by or closure.resolved_by,
        )

    async def notify(notice: Notice, key: str) -> str:
        return await send_notice(notifications, notice, key)

    return EscalationDependencies(
        customer=customer,
        earlier_tickets=earlier_tickets,
        retrieve=retrieve,
        close_ticket=close_ticket,
        notify=notify,
        agents=agents,
        policy=agents.policy,
        plan_research=planner_on_runtime(agents.runtime),
        complete_with_result=engine_jobs.complete_with_result,
    )


@asynccontextmanager
async def escalation_router(
    settings: Settings,
    runtime: AgentRuntime,
    policy: EscalationPolicy,
    engine_jobs: EngineJobs,
) -> AsyncIterator[ZeebeTaskRouter]:
    """The escalation router, with clients that are closed when the fleet stops."""
    knowledge = LazyContextStore(settings, k=max(1, policy.context.max_knowledge_citations))
    async with (
        CrmClient.from_settings(settings) as crm,
        TicketingClient.from_settings(settings) as ticketing,
        NotificationsClient.from_settings(settings) as notifications,
    ):
        agents = EscalationAgents(runtime, policy)
        deps = escalation_dependencies(
            crm, ticketing, notifications, knowledge.retrieve, agents, engine_jobs
        )
        try:
            yield build_router(deps)
        finally:
            await knowledge.close()
