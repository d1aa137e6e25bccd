"""``TicketingClient.customer_tickets``: the query it sends, the list it parses, what it refuses."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from clients import HttpOptions, TicketingClient, TicketStatus
from contracts.errors import LegacySystemRejectedError, LegacySystemUnavailableError
from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR

BASE = "http://legacy.test"
OPTIONS = HttpOptions(BASE, timeout_s=2.0, retries=0, backoff_base_s=0.0)


async def test_earlier_tickets_come_from_the_simulator_newest_first(tmp_path: Path) -> None:
    transport = httpx.ASGITransport(app=create_app(DEFAULT_DATA_DIR, tmp_path / "state"))
    async with TicketingClient(HttpOptions("http://simulator"), transport=transport) as client:
        tickets = await client.customer_tickets("CUST-1001")
        unknown = await client.customer_tickets("CUST-9999")
    assert [(t.ticket_id, t.status) for t in tickets] == [
        ("TCK-5003", TicketStatus.OPEN),
        ("TCK-4001", TicketStatus.CLOSED),
    ]
    assert tickets[1].resolution and tickets[1].closed_at is not None
    assert unknown == []


@respx.mock
async def test_customer_and_limit_are_sent_as_query_parameters() -> None:
    route = respx.get(f"{BASE}/ticketing/tickets").mock(return_value=httpx.Response(200, json=[]))
    async with TicketingClient(OPTIONS) as client:
        assert await client.customer_tickets("CUST 1", limit=3) == []
    assert dict(route.calls.last.request.url.params) == {"customerId": "CUST 1", "limit": "3"}


@pytest.mark.parametrize("limit", [0, 101])
async def test_limit_out_of_bounds_is_refused_before_any_request(limit: int) -> None:
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(ValueError, match="limit must be 1 to 100"):
            await client.customer_tickets("CUST-1", limit=limit)


@respx.mock
async def test_a_body_that_is_not_a_ticket_list_is_a_technical_fault() -> None:
    respx.get(f"{BASE}/ticketing/tickets").mock(
        return_value=httpx.Response(200, json={"ticketId": "TCK-1"})
    )
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError, match="does not understand"):
            await client.customer_tickets("CUST-1")


@respx.mock
async def test_a_refused_query_is_not_retried() -> None:
    route = respx.get(f"{BASE}/ticketing/tickets").mock(
        return_value=httpx.Response(400, json={"error": "invalid-query", "message": "customerId"})
    )
    async with TicketingClient(OPTIONS) as client:
        with pytest.raises(LegacySystemRejectedError, match="customerId"):
            await client.customer_tickets("bad id")
    assert route.call_count == 1
