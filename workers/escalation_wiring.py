"""Build the ``backoffice-escalation`` router with real dependencies: CRM and ticketing clients,
the context store's hybrid knowledge retriever, the escalation policy."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import structlog
from langchain_core.documents import Document
from pyzeebe import ZeebeTaskRouter

from agents.escalation_rules import Citation, CrmContact, CustomerProfile
from agents.tools.crm import CrmClient, Customer
from agents.tools.ticketing import TicketAlreadyClosedError, TicketCloseRequest, TicketingClient
from config.escalation_policy import EscalationPolicy, escalation_policy
from config.settings import Settings
from contextstore.store import ContextStore
from contracts.escalation import ClosedTicket
from workers import escalation
from workers.escalation import EscalationDependencies, TicketClosure

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
    )


def citation_of(document: Document) -> Citation:
    """The context store's Documents carry ``chunk_id`` and ``title`` metadata for citation."""
    metadata = document.metadata
    return Citation(
        id=str(metadata.get("chunk_id") or document.id or "unknown"),
        title=str(metadata.get("title") or metadata.get("doc_id") or "knowledge base"),
        text=document.page_content,
    )


class LazyContextStore:
    """Opens the context store on first use, so the fleet starts while Elasticsearch is down;
    until it answers, retrieval fails the job with a technical error the engine retries."""

    def __init__(self, settings: Settings, k: int) -> None:
        self._settings = settings
        self._k = k
        self._store: ContextStore | None = None
        self._lock = asyncio.Lock()

    async def retrieve(self, query: str) -> list[Citation]:
        async with self._lock:
            if self._store is None:
                self._store = await ContextStore.open(
                    str(self._settings.elasticsearch_url),
                    prefix=self._settings.elasticsearch_index_prefix,
                    embeddings_provider=self._settings.embeddings_provider,
                )
        documents = await self._store.retriever(k=self._k).ainvoke(query)
        return [citation_of(document) for document in documents]

    async def close(self) -> None:
        if self._store is not None:
            await self._store.close()


def escalation_dependencies(
    crm: CrmClient,
    ticketing: TicketingClient,
    retrieve: Callable[[str], Awaitable[list[Citation]]],
    policy: EscalationPolicy,
) -> EscalationDependencies:
    async def customer(customer_id: str) -> CustomerProfile:
        return customer_profile(await crm.get_customer(customer_id))

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

    return EscalationDependencies(
        customer=customer, retrieve=retrieve, close_ticket=close_ticket, policy=policy
    )


@asynccontextmanager
async def escalation_router(settings: Settings) -> AsyncIterator[ZeebeTaskRouter]:
    """The escalation router, with clients that are closed when the fleet stops."""
    policy = escalation_policy()
    knowledge = LazyContextStore(settings, k=max(1, policy.context.max_knowledge_citations))
    async with (
        CrmClient.from_settings(settings) as crm,
        TicketingClient.from_settings(settings) as ticketing,
    ):
        try:
            yield escalation.build_router(
                escalation_dependencies(crm, ticketing, knowledge.retrieve, policy)
            )
        finally:
            await knowledge.close()
