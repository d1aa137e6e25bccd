"""Ticketing: read, open and close the back-office tickets an escalation works on."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from urllib.parse import quote

import httpx
from pydantic import Field

from clients.http import (
    IDEMPOTENCY_HEADER,
    LegacySystemClient,
    WireModel,
    error_code,
    validate_idempotency_key,
)
from contracts.errors import (
    LegacySystemRejectedError,
    TicketAlreadyClosedError,
    TicketExistsError,
    TicketNotFoundError,
)

SYSTEM = "ticketing"
TICKET_NOT_FOUND = "ticket-not-found"
TICKET_ALREADY_CLOSED = "ticket-already-closed"
TICKET_EXISTS = "ticket-exists"
MAX_TICKETS_LISTED = 100


class TicketStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


_ID = r"^[A-Za-z0-9._-]+$"


class TicketRequest(WireModel):
    ticket_id: str = Field(min_length=1, max_length=100, pattern=_ID)
    customer_id: str = Field(min_length=1, max_length=100)
    subject: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=20_000)
    channel: str = Field(min_length=1, max_length=50)


class TicketCloseRequest(WireModel):
    resolution: str = Field(min_length=1, max_length=5_000)
    resolved_by: str = Field(min_length=1, max_length=200)


class Ticket(WireModel):
    ticket_id: str
    customer_id: str
    subject: str
    status: TicketStatus
    body: str | None = None
    channel: str | None = None
    created_at: datetime | None = None
    resolution: str | None = None
    resolved_by: str | None = None
    closed_at: datetime | None = None


class TicketingClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "ticketing"

    async def get_ticket(self, ticket_id: str) -> Ticket:
        """The ticket, or :class:`TicketNotFoundError` (a BPMN error) when unknown."""
        response = await self._http.request("GET", _path(ticket_id), accept={404})
        if response.status_code == 404:
            raise self._not_found(ticket_id, response)
        return self._http.parse(response, Ticket)

    async def customer_tickets(self, customer_id: str, limit: int = 20) -> list[Ticket]:
        """The customer's tickets, newest first, at most ``limit`` (1 to
        :data:`MAX_TICKETS_LISTED`); none for a customer the ticketing system does not know."""
        if not 1 <= limit <= MAX_TICKETS_LISTED:
            raise ValueError(f"limit must be 1 to {MAX_TICKETS_LISTED}, got {limit}")
        response = await self._http.request(
            "GET", "/ticketing/tickets", params={"customerId": customer_id, "limit": str(limit)}
        )
        return self._http.parse_list(response, Ticket)

    async def create_ticket(self, request: TicketRequest, idempotency_key: str) -> Ticket:
        """Open a ticket once; :class:`TicketExistsError` when the id is already taken."""
        response = await self._http.request(
            "POST",
            "/ticketing/tickets",
            json=request.model_dump(mode="json", by_alias=True),
            headers={IDEMPOTENCY_HEADER: validate_idempotency_key(idempotency_key)},
            accept={409},
        )
        if response.status_code == 409:
            raise _conflict(request.ticket_id, response)
        return self._http.parse(response, Ticket)

    async def close_ticket(
        self, ticket_id: str, request: TicketCloseRequest, idempotency_key: str
    ) -> Ticket:
        """Close once; the same key again returns the first closing, a new key on a closed
        ticket raises :class:`TicketAlreadyClosedError`."""
        response = await self._http.request(
            "POST",
            f"{_path(ticket_id)}/close",
            json=request.model_dump(mode="json", by_alias=True),
            headers={IDEMPOTENCY_HEADER: validate_idempotency_key(idempotency_key)},
            accept={404, 409},
        )
        if response.status_code == 404:
            raise self._not_found(ticket_id, response)
        if response.status_code == 409:
            raise _conflict(ticket_id, response)
        return self._http.parse(response, Ticket)

    def _not_found(self, ticket_id: str, response: httpx.Response) -> Exception:
        if error_code(response) == TICKET_NOT_FOUND:
            return TicketNotFoundError(
                f"Ticket {ticket_id!r} does not exist in the ticketing system",
                variables={"ticketId": ticket_id},
            )
        return self._unexplained_404(response, "ticket")


def _path(ticket_id: str) -> str:
    return f"/ticketing/tickets/{quote(ticket_id, safe='')}"


def _conflict(ticket_id: str, response: httpx.Response) -> Exception:
    code = error_code(response)
    if code == TICKET_ALREADY_CLOSED:
        return TicketAlreadyClosedError(
            f"Ticket {ticket_id!r} is already closed", variables={"ticketId": ticket_id}
        )
    if code == TICKET_EXISTS:
        return TicketExistsError(
            f"Ticket {ticket_id!r} already exists; choose another ticket id",
            variables={"ticketId": ticket_id},
        )
    return LegacySystemRejectedError(
        f"{SYSTEM} answered {response.request.url.path} with HTTP 409 ({code or 'no code'}); "
        "the request conflicts with the ticket's state."
    )
