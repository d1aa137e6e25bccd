"""The research tool ``escalation.look-up-earlier-tickets``: the customer's other tickets, newest
first, tokenised, with a summary line; bad input and a broken ticketing answer are named."""

import dataclasses
from typing import Any

import pytest
from pyzeebe import ZeebeTaskRouter

from contracts.errors import InvalidCaseError, LegacySystemUnavailableError
from tests.unit.escalation.fakes import FakeBackOffice, ticket_payload
from tests.unit.handler_helpers import handler
from workers.escalation import build_router
from workers.escalation.rules import EARLIER_TICKETS_LISTED, EarlierTicket

TOOL = "escalation.look-up-earlier-tickets"


async def answer(router: ZeebeTaskRouter, **ticket: Any) -> dict[str, Any]:
    returned = await handler(router, TOOL)(ticket=ticket_payload(**ticket))
    result: dict[str, Any] = returned["toolResult"]
    return result


async def test_earlier_tickets_leave_out_the_ticket_being_researched(
    router: ZeebeTaskRouter,
) -> None:
    result = await answer(router)
    assert [t["ticketId"] for t in result["tickets"]] == ["TCK-1990", "TCK-1800"]
    assert result["tickets"][1] == {
        "ticketId": "TCK-1800",
        "createdAt": "2025-09-01",
        "status": "closed",
        "subject": "Address change",
        "resolution": "done",
    }
    assert result["summary"].startswith("2 earlier ticket(s): 2026-02-11 TCK-1990 closed: ")
    assert "2025-09-01 TCK-1800 closed: Address change (resolved: done)" in result["summary"]


async def test_names_and_account_numbers_in_earlier_tickets_are_tokenised(
    router: ZeebeTaskRouter,
) -> None:
    result = await answer(router)
    shown = repr(result)
    for personal in ("Jo Park", "DE89370400440532013000", "1234567"):
        assert personal not in shown
    assert "<PII:" in result["tickets"][0]["subject"]
    assert "<PII:" in result["tickets"][0]["resolution"]


async def test_a_customer_without_earlier_tickets_is_an_answer_too(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    office.tickets = [EarlierTicket("TCK-2001", "open", "Charged twice on my invoice")]
    assert await answer(router) == {
        "summary": "no earlier tickets in the ticketing system",
        "tickets": [],
    }
    assert (await answer(router, customerId="CUST-404"))["tickets"] == []


async def test_only_the_newest_earlier_tickets_are_reported(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    office.tickets = [EarlierTicket(f"TCK-{n}", "closed", "Invoice", None, "ok") for n in range(9)]
    result = await answer(router)
    assert [t["ticketId"] for t in result["tickets"]] == [
        f"TCK-{n}" for n in range(EARLIER_TICKETS_LISTED)
    ]
    assert result["summary"].startswith(f"{EARLIER_TICKETS_LISTED} earlier ticket(s): undated")


@pytest.mark.parametrize(
    ("ticket", "named"),
    [
        ({"ticketId": "TCK-1"}, "customerId"),
        (ticket_payload(customerId="CUST 7"), "customerId"),
        ("TCK-2001", "ticket"),
    ],
)
async def test_malformed_ticket_is_invalid_input(
    router: ZeebeTaskRouter, ticket: Any, named: str
) -> None:
    with pytest.raises(InvalidCaseError, match=named):
        await handler(router, TOOL)(ticket=ticket)


async def test_a_ticketing_outage_is_a_technical_error(
    router: ZeebeTaskRouter, office: FakeBackOffice
) -> None:
    async def down(customer_id: str) -> list[EarlierTicket]:
        raise LegacySystemUnavailableError("ticketing did not answer (test)")

    broken = build_router(dataclasses.replace(office.dependencies(), earlier_tickets=down))
    with pytest.raises(LegacySystemUnavailableError):
        await handler(broken, TOOL)(ticket=ticket_payload())
