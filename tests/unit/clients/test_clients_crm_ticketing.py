"""CRM and ticketing clients against mocked HTTP: not-found and conflict mapping, retries."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from clients import (
    CrmClient,
    HttpOptions,
    Segment,
    TicketCloseRequest,
    TicketingClient,
    TicketRequest,
    TicketStatus,
)
from contracts.errors import (
    BusinessError,
    CustomerNotFoundError,
    LegacySystemRejectedError,
    TicketAlreadyClosedError,
    TicketExistsError,
    TicketNotFoundError,
)

BASE = "http://legacy.test"
OPTIONS = HttpOptions(BASE, timeout_s=2.0, retries=2, backoff_base_s=0.0)

CUSTOMER: dict[str, Any] = {
    "customerId": "CUST-1",
    "name": "Anna Schmidt",
    "segment": "retail",
    "email": "anna@example.org",
    "history": [
        {"date": "2026-01-02", "channel": "phone", "subject": "Card", "outcome": "resolved"}
    ],
}
TICKET: dict[str, Any] = {
    "ticketId": "TCK-1",
    "customerId": "CUST-1",
    "subject": "Card blocked",
    "status": "open",
}
CLOSE = TicketCloseRequest(resolution="Unblocked", resolved_by="cards-team")


@respx.mock
async def test_customer_is_read_after_a_transient_outage() -> None:
    route = respx.get(f"{BASE}/crm/customers/CUST-1").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=CUSTOMER)]
    )
    async with CrmClient(OPTIONS) as client:
        customer = await client.get_customer("CUST-1")
    assert customer.segment is Segment.RETAIL
    assert customer.history[0].outcome == "resolved"
    assert route.call_count == 2


@respx.mock
async def test_unknown_customer_is_the_customer_not_found_business_error() -> None:
    route = respx.get(f"{BASE}/crm/customers/NOPE").mock(
        return_value=httpx.Response(404, json={"error": "customer-not-found", "message": "no"})
    )
    async with CrmClient(OPTIONS) as client:
        with pytest.raises(CustomerNotFoundError) as caught:
            await client.get_customer("NOPE")
    assert route.call_count == 1
    assert isinstance(caught.value, BusinessError)
    assert caught.value.code == "CUSTOMER_NOT_FOUND"
    assert caught.value.variables == {"customerId": "NOPE"}


@respx.mock
async def test_crm_404_without_the_code_points_at_the_base_url() -> None:
    respx.get(f"{BASE}/crm/customers/CUST-1").mock(return_value=httpx.Response(404))
    async with CrmClient(OPTIONS) as client:
        with pytest.raises(LegacySystemRejectedError, match="BATON_SIMULATOR_URL"):
            await client.get_customer("CUST-1")


@respx.mock
async def test_customer_id_is_escaped_in_the_path() -> None:
    route = respx.get(f"{BASE}/crm/customers/a%2Fb").mock(
        return_value=httpx.Response(200, json=CUSTOMER)
    )
    async with CrmClient(OPTIONS) as client:
        await client.get_customer("a/b")
    assert route.called


@respx.mock
async def test_unknown_ticket_is_the_ticket_not_found_business_error() -> None:
    respx.get(f"{BASE}/ticketing/tickets/TCK-9").mock(
        return_value=httpx.Response(404, json={"error": "ticket-not-found"})
    )
    respx.post(f"{BASE}/ticketing/tickets/TCK-9/close").mock(
        return_value=httpx.Response(404, json={"error": "ticket-not-found"})
    )
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(TicketNotFoundError):
            await client.get_ticket("TCK-9")
        with pytest.raises(TicketNotFoundError) as caught:
            await client.close_ticket("TCK-9", CLOSE, "TCK-9:close")
    assert caught.value.code == "TICKET_NOT_FOUND"


@respx.mock
async def test_closing_sends_the_key_and_reads_the_closed_ticket() -> None:
    closed = TICKET | {
        "status": "closed",
        "resolution": "Unblocked",
        "resolvedBy": "cards-team",
        "closedAt": "2026-01-03T09:00:00Z",
    }
    route = respx.post(f"{BASE}/ticketing/tickets/TCK-1/close").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=closed)]
    )
    async with TicketingClient(OPTIONS) as client:
        ticket = await client.close_ticket("TCK-1", CLOSE, "TCK-1:close")
    assert ticket.status is TicketStatus.CLOSED
    assert ticket.resolved_by == "cards-team"
    assert route.calls.last.request.headers["Idempotency-Key"] == "TCK-1:close"
    assert b'"resolvedBy":"cards-team"' in route.calls.last.request.read()


@respx.mock
async def test_closing_a_closed_ticket_is_a_business_error() -> None:
    respx.post(f"{BASE}/ticketing/tickets/TCK-1/close").mock(
        return_value=httpx.Response(409, json={"error": "ticket-already-closed"})
    )
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(TicketAlreadyClosedError):
            await client.close_ticket("TCK-1", CLOSE, "TCK-1:close-2")


@respx.mock
async def test_creating_a_taken_ticket_id_is_a_business_error() -> None:
    respx.post(f"{BASE}/ticketing/tickets").mock(
        return_value=httpx.Response(409, json={"error": "ticket-exists"})
    )
    request = TicketRequest(
        ticket_id="TCK-1", customer_id="CUST-1", subject="S", body="B", channel="email"
    )
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(TicketExistsError):
            await client.create_ticket(request, "TCK-1:create")


@respx.mock
async def test_unexplained_conflict_is_a_rejection() -> None:
    respx.post(f"{BASE}/ticketing/tickets").mock(return_value=httpx.Response(409))
    request = TicketRequest(
        ticket_id="TCK-1", customer_id="CUST-1", subject="S", body="B", channel="email"
    )
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(LegacySystemRejectedError, match="HTTP 409"):
            await client.create_ticket(request, "TCK-1:create")


def test_malformed_ticket_requests_are_refused_before_sending() -> None:
    with pytest.raises(ValueError, match="ticketId"):
        TicketRequest.model_validate(
            {"ticketId": "a b", "customerId": "C", "subject": "S", "body": "B", "channel": "x"}
        )
    with pytest.raises(ValueError, match="resolvedBy"):
        TicketCloseRequest.model_validate({"resolution": "done"})
