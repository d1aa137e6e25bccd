"""The real escalation dependencies against the simulator app in-process (no sockets)."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from langchain_core.documents import Document

from clients import (
    CrmClient,
    HttpOptions,
    NotificationsClient,
    TicketCloseRequest,
    TicketingClient,
)
from config import Settings, escalation_policy
from contracts.common import Citation
from contracts.errors import (
    ContextStoreUnavailableError,
    CustomerNotFoundError,
    TicketNotFoundError,
)
from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR
from tests.unit.handler_helpers import offline_runtime
from workers.agentic_step import EngineJobs
from workers.escalation.agent_roles import EscalationAgents
from workers.escalation.handlers import EscalationDependencies, TicketClosure
from workers.escalation.wiring import escalation_dependencies, escalation_router
from workers.knowledge import LazyContextStore, citation_of

OPTIONS = HttpOptions("http://simulator", retries=0)


async def no_knowledge(query: str) -> list[Citation]:
    return []


@pytest.fixture
async def systems(tmp_path: Path) -> AsyncIterator[tuple[EscalationDependencies, TicketingClient]]:
    transport = httpx.ASGITransport(app=create_app(DEFAULT_DATA_DIR, tmp_path / "state"))
    async with (
        CrmClient(OPTIONS, transport=transport) as crm,
        TicketingClient(OPTIONS, transport=transport) as ticketing,
        NotificationsClient(OPTIONS, transport=transport) as notifications,
        httpx.AsyncClient(transport=transport, base_url="http://engine") as engine_rest,
    ):
        agents = EscalationAgents(offline_runtime(), escalation_policy())
        deps = escalation_dependencies(
            crm, ticketing, notifications, no_knowledge, agents, EngineJobs(engine_rest)
        )
        yield deps, ticketing


async def test_seeded_customer_becomes_a_profile_with_history(
    systems: tuple[EscalationDependencies, TicketingClient],
) -> None:
    deps, _ = systems
    profile = await deps.customer("CUST-1003")
    assert profile.customer_id == "CUST-1003"
    assert profile.segment == "private"
    assert all(contact.subject for contact in profile.history)


async def test_unknown_customer_raises_customer_not_found(
    systems: tuple[EscalationDependencies, TicketingClient],
) -> None:
    deps, _ = systems
    with pytest.raises(CustomerNotFoundError):
        await deps.customer("CUST-NOPE")


async def test_closing_twice_with_one_key_closes_once(
    systems: tuple[EscalationDependencies, TicketingClient],
) -> None:
    deps, ticketing = systems
    closure = TicketClosure(ticket_id="TCK-5014", resolution="Fee refunded.", resolved_by="billing")
    first = await deps.close_ticket(closure, "backoffice-escalation:TCK-5014:Task_CloseTicket")
    again = await deps.close_ticket(closure, "backoffice-escalation:TCK-5014:Task_CloseTicket")
    assert first == again
    assert first.status == "closed"
    stored = await ticketing.get_ticket("TCK-5014")
    assert stored.resolution == "Fee refunded."


async def test_ticket_closed_by_someone_else_is_reported_as_closed_by_them(
    systems: tuple[EscalationDependencies, TicketingClient],
) -> None:
    deps, ticketing = systems
    await ticketing.close_ticket(
        "TCK-5010", TicketCloseRequest(resolution="Reset password.", resolved_by="agent-7"), "k-1"
    )
    closure = TicketClosure(ticket_id="TCK-5010", resolution="Done.", resolved_by="tech-support")
    closed = await deps.close_ticket(closure, "backoffice-escalation:TCK-5010:Task_CloseTicket")
    assert closed.status == "closed"
    assert closed.resolved_by == "agent-7"


async def test_closing_an_unknown_ticket_is_a_named_business_error(
    systems: tuple[EscalationDependencies, TicketingClient],
) -> None:
    deps, _ = systems
    closure = TicketClosure(ticket_id="TCK-NOPE", resolution="x", resolved_by="billing")
    with pytest.raises(TicketNotFoundError, match="TCK-NOPE"):
        await deps.close_ticket(closure, "backoffice-escalation:TCK-NOPE:Task_CloseTicket")


def test_context_store_documents_become_citations() -> None:
    document = Document(
        page_content="Duplicate fees are refunded within five days.",
        metadata={"chunk_id": "fees#2", "title": "Fee policy", "doc_id": "fees"},
    )
    assert citation_of(document) == Citation(
        source="fees#2",
        title="Fee policy",
        excerpt="Duplicate fees are refunded within five days.",
    )


def test_documents_without_metadata_still_cite_something() -> None:
    citation = citation_of(Document(page_content="text", id="doc-1"))
    assert citation.source == "doc-1"
    assert citation.title == "knowledge base"


async def test_router_starts_without_elasticsearch_and_serves_every_escalation_job() -> None:
    settings = Settings(elasticsearch_url="http://127.0.0.1:9", simulator_url="http://127.0.0.1:9")
    engine_jobs = EngineJobs(httpx.AsyncClient())
    async with escalation_router(
        settings, offline_runtime(), escalation_policy(), engine_jobs
    ) as router:
        types = sorted(task.type for task in router.tasks)
    assert types == [
        "escalation.classify",
        "escalation.close-ticket",
        "escalation.gather-context",
        "escalation.look-up-contact-history",
        "escalation.look-up-earlier-tickets",
        "escalation.qa-review",
        "escalation.reassign",
        "escalation.record-resolution",
        "escalation.report",
        "escalation.research",
        "escalation.search-knowledge",
        "escalation.summarise",
    ]


async def test_retrieval_while_elasticsearch_is_down_is_a_technical_error() -> None:
    settings = Settings(elasticsearch_url="http://127.0.0.1:9")
    knowledge = LazyContextStore(settings, k=3)
    with pytest.raises(ContextStoreUnavailableError, match=r"127\.0\.0\.1:9"):
        await knowledge.retrieve("fee charged twice")
    await knowledge.close()


async def test_earlier_tickets_come_from_the_ticketing_system_newest_first(
    systems: tuple[EscalationDependencies, TicketingClient],
) -> None:
    deps, _ = systems
    tickets = await deps.earlier_tickets("CUST-1002")
    assert [(t.ticket_id, t.status) for t in tickets] == [
        ("TCK-5001", "open"),
        ("TCK-4002", "closed"),
    ]
    assert tickets[1].resolution and tickets[1].created_at is not None
    assert await deps.earlier_tickets("CUST-NOPE") == []
