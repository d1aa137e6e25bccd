"""The simulator's HTTP API: the legacy systems of every Baton process, plus fault injection."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import structlog
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from clients import TicketStatus
from contracts.validation import describe_validation_error
from simulator import kyc
from simulator.data import SeedData, load_data
from simulator.models import (
    Account,
    AccountRequest,
    FaultMode,
    FaultRequest,
    IdentityCheckRequest,
    Notification,
    NotificationRequest,
    Payment,
    PaymentRequest,
    Publication,
    PublicationRequest,
    SanctionsScreeningRequest,
    System,
    Ticket,
    TicketCloseRequest,
    TicketQuery,
    TicketRequest,
)
from simulator.state import IdempotencyConflictError, Ledger, fingerprint

IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY_LENGTH = 255
TICKET_CLOSURES = "ticketing-closures"
"""Ledger scope of closings, apart from created tickets (``ticketing``)."""
BANK_CODE = "50010517"

log = structlog.get_logger("simulator")

_Body = TypeVar("_Body", bound=BaseModel)


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def _json(model: BaseModel, status: int = 200) -> JSONResponse:
    return JSONResponse(model.model_dump(mode="json", by_alias=True), status_code=status)


@dataclass
class Fault:
    mode: FaultMode
    delay_s: float
    remaining: int | None


class FaultInjector:
    """Per-system faults set through ``POST /_faults``; applied before the system's handler."""

    def __init__(self, app: ASGIApp, faults: dict[System, Fault]) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._fault_for(scope) if scope["type"] == "http" else None
        if fault is not None:
            if fault.remaining is not None:
                fault.remaining -= 1
            if fault.mode is FaultMode.DOWN:
                response = error(503, "unavailable", "injected fault: system is down")
                await response(scope, receive, send)
                return
            await asyncio.sleep(fault.delay_s)
        await self.app(scope, receive, send)

    def _fault_for(self, scope: Scope) -> Fault | None:
        path: str = scope["path"]
        for system, fault in self.faults.items():
            if path == f"/{system.value}" or path.startswith(f"/{system.value}/"):
                if fault.mode is FaultMode.OK or fault.remaining == 0:
                    return None
                return fault
        return None


class Simulator:
    """Request handlers over the seed data and the durable ledger."""

    def __init__(self, seed: SeedData, ledger: Ledger, faults: dict[System, Fault]) -> None:
        self.seed = seed
        self.ledger = ledger
        self.faults = faults

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "policies": len(self.seed.policies)})

    async def get_policy(self, request: Request) -> Response:
        number = request.path_params["policy_number"]
        policy = self.seed.policies.get(number)
        if policy is None:
            return error(404, "policy-not-found", f"No policy with number {number!r}")
        return _json(policy)

    async def prior_claims(self, request: Request) -> Response:
        number = request.path_params["policy_number"]
        if number not in self.seed.policies:
            return error(404, "policy-not-found", f"No policy with number {number!r}")
        claims = self.seed.prior_claims.get(number, [])
        return JSONResponse([c.model_dump(mode="json", by_alias=True) for c in claims])

    async def create_payment(self, request: Request) -> Response:
        return await self._execute(request, System.PAYMENTS, PaymentRequest, self._new_payment)

    async def list_payments(self, request: Request) -> Response:
        return self._list(System.PAYMENTS, "claimId", request.query_params.get("claimId"))

    async def get_payment(self, request: Request) -> Response:
        return self._get(System.PAYMENTS, "paymentId", request.path_params["payment_id"])

    async def create_notification(self, request: Request) -> Response:
        return await self._execute(
            request, System.NOTIFICATIONS, NotificationRequest, self._new_notification
        )

    async def list_notifications(self, request: Request) -> Response:
        return self._list(System.NOTIFICATIONS, "caseRef", request.query_params.get("caseRef"))

    async def get_notification(self, request: Request) -> Response:
        return self._get(
            System.NOTIFICATIONS, "notificationId", request.path_params["notification_id"]
        )

    async def set_fault(self, request: Request) -> Response:
        parsed = await _parse(request, FaultRequest)
        if isinstance(parsed, Response):
            return parsed
        self.faults[parsed.system] = Fault(parsed.mode, parsed.delay_s, parsed.count)
        log.info("fault.set", system=parsed.system.value, mode=parsed.mode.value)
        return self.list_faults_response()

    async def list_faults(self, request: Request) -> Response:
        return self.list_faults_response()

    def list_faults_response(self) -> Response:
        return JSONResponse(
            {
                system.value: {"mode": f.mode.value, "delayS": f.delay_s, "remaining": f.remaining}
                for system, f in self.faults.items()
            }
        )

    @staticmethod
    def _new_payment(body: PaymentRequest) -> BaseModel:
        return Payment(
            **body.model_dump(),
            payment_id=f"PAY-{uuid.uuid4().hex[:16].upper()}",
            created_at=datetime.now(UTC),
        )

    @staticmethod
    def _new_notification(body: NotificationRequest) -> BaseModel:
        return Notification(
            **body.model_dump(),
            notification_id=f"NTF-{uuid.uuid4().hex[:16].upper()}",
            created_at=datetime.now(UTC),
        )

    async def _execute(
        self,
        request: Request,
        system: System,
        model: type[_Body],
        create: Callable[[_Body], BaseModel],
        *,
        scope: str | None = None,
        context: Mapping[str, str] | None = None,
        precheck: Callable[[_Body], Response | None] | None = None,
        answer: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        created_status: int = 201,
    ) -> Response:
        """Validate the key and body, then execute once per key (``scope`` defaults to the system).

        ``context`` (path parameters) is part of the fingerprint, so a key reused for another
        ticket is a conflict; ``precheck`` runs only for a new key; ``answer`` shapes the response.
        """
        key = request.headers.get(IDEMPOTENCY_HEADER)
        if key is None or not key.strip():
            return error(
                400,
                "idempotency-key-missing",
                f"header {IDEMPOTENCY_HEADER} is required on POST {request.url.path}",
            )
        if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
            return error(
                400,
                "idempotency-key-invalid",
                f"header {IDEMPOTENCY_HEADER} is longer than {MAX_IDEMPOTENCY_KEY_LENGTH}",
            )
        parsed = await _parse(request, model)
        if isinstance(parsed, Response):
            return parsed
        ledger_scope = scope or system.value
        body = {**(context or {}), **parsed.model_dump(mode="json", by_alias=True)}
        if precheck is not None and not self.ledger.seen(ledger_scope, key):
            refused = precheck(parsed)
            if refused is not None:
                return refused
        record = create(parsed).model_dump(mode="json", by_alias=True)
        try:
            stored, created = self.ledger.execute(ledger_scope, key, body, record)
        except IdempotencyConflictError as exc:
            return error(422, "idempotency-key-conflict", str(exc))
        log.info(f"{ledger_scope}.executed" if created else f"{ledger_scope}.replayed", key=key)
        shown = answer(stored) if answer is not None else stored
        return JSONResponse(shown, status_code=created_status if created else 200)

    def _list(self, system: System, field: str, value: str | None) -> Response:
        records = self.ledger.records(system.value)
        if value is not None:
            records = [r for r in records if r.get(field) == value]
        return JSONResponse(records)

    def _get(self, system: System, field: str, value: str, code: str = "not-found") -> Response:
        for record in self.ledger.records(system.value):
            if record.get(field) == value:
                return JSONResponse(record)
        return error(404, code, f"No {system.value} record with {field} {value!r}")

    # KYC: verdicts are pure functions of the request, so their ids are fingerprints.

    async def check_identity(self, request: Request) -> Response:
        parsed = await _parse(request, IdentityCheckRequest)
        if isinstance(parsed, Response):
            return parsed
        status, reasons = kyc.check_identity(parsed, self.seed.identities)
        log.info("kyc.identity_checked", applicant=parsed.applicant_id, status=status)
        return JSONResponse(
            {"checkId": _derived_id("IDC", parsed), "status": status, "reasons": reasons}
        )

    async def screen_sanctions(self, request: Request) -> Response:
        parsed = await _parse(request, SanctionsScreeningRequest)
        if isinstance(parsed, Response):
            return parsed
        matched, hits = kyc.screen(parsed, self.seed.sanctions)
        log.info("kyc.sanctions_screened", matched=matched, hits=len(hits))
        return JSONResponse(
            {
                "screeningId": _derived_id("SCR", parsed),
                "matched": matched,
                "hits": [
                    {
                        "listEntryId": h.list_entry_id,
                        "listedName": h.listed_name,
                        "list": h.list_name,
                        "score": h.score,
                    }
                    for h in hits
                ],
            }
        )

    # Core banking

    async def open_account(self, request: Request) -> Response:
        return await self._execute(request, System.CORE_BANKING, AccountRequest, _new_account)

    async def list_accounts(self, request: Request) -> Response:
        return self._list(
            System.CORE_BANKING, "applicationId", request.query_params.get("applicationId")
        )

    async def get_account(self, request: Request) -> Response:
        return self._get(
            System.CORE_BANKING,
            "accountId",
            request.path_params["account_id"],
            "account-not-found",
        )

    # CMS

    async def publish(self, request: Request) -> Response:
        return await self._execute(request, System.CMS, PublicationRequest, _new_publication)

    async def list_publications(self, request: Request) -> Response:
        return self._list(System.CMS, "submissionId", request.query_params.get("submissionId"))

    async def get_publication(self, request: Request) -> Response:
        return self._get(
            System.CMS,
            "publicationId",
            request.path_params["publication_id"],
            "publication-not-found",
        )

    # CRM

    async def get_customer(self, request: Request) -> Response:
        customer_id = request.path_params["customer_id"]
        customer = self.seed.customers.get(customer_id)
        if customer is None:
            return error(404, "customer-not-found", f"No customer with id {customer_id!r}")
        return _json(customer)

    # Ticketing: seeded and created tickets, overlaid with their closing.

    def _ticket(self, ticket_id: str) -> dict[str, Any] | None:
        seeded = self.seed.tickets.get(ticket_id)
        ticket = seeded.model_dump(mode="json", by_alias=True) if seeded else None
        for created in self.ledger.records(System.TICKETING.value):
            if created["ticketId"] == ticket_id:
                ticket = created
        if ticket is None:
            return None
        for closing in self.ledger.records(TICKET_CLOSURES):
            if closing["ticketId"] == ticket_id:
                ticket = {**ticket, **closing, "status": TicketStatus.CLOSED.value}
        return ticket

    async def get_ticket(self, request: Request) -> Response:
        ticket_id = request.path_params["ticket_id"]
        ticket = self._ticket(ticket_id)
        if ticket is None:
            return _ticket_not_found(ticket_id)
        return JSONResponse(ticket)

    async def list_tickets(self, request: Request) -> Response:
        """A customer's tickets (seeded and created, with their closing), newest first; an
        unknown customer simply has none."""
        try:
            query = TicketQuery.model_validate(dict(request.query_params))
        except ValidationError as exc:
            return error(400, "invalid-query", describe_validation_error(exc))
        ids = dict.fromkeys(
            [
                *self.seed.tickets,
                *(r["ticketId"] for r in self.ledger.records(System.TICKETING.value)),
            ]
        )
        tickets = [t for t in map(self._ticket, ids) if t and t["customerId"] == query.customer_id]
        tickets.sort(
            key=lambda t: (datetime.fromisoformat(t["createdAt"]), t["ticketId"]), reverse=True
        )
        return JSONResponse(tickets[: query.limit])

    async def create_ticket(self, request: Request) -> Response:
        def refuse_taken_id(body: TicketRequest) -> Response | None:
            if self._ticket(body.ticket_id) is None:
                return None
            return error(
                409, "ticket-exists", f"Ticket {body.ticket_id!r} exists; choose another id"
            )

        return await self._execute(
            request, System.TICKETING, TicketRequest, _new_ticket, precheck=refuse_taken_id
        )

    async def close_ticket(self, request: Request) -> Response:
        ticket_id = request.path_params["ticket_id"]
        if self._ticket(ticket_id) is None:
            return _ticket_not_found(ticket_id)

        def refuse_closed(body: TicketCloseRequest) -> Response | None:
            ticket = self._ticket(ticket_id)
            if ticket is None or ticket["status"] != TicketStatus.CLOSED.value:
                return None
            return error(
                409,
                "ticket-already-closed",
                f"Ticket {ticket_id!r} was closed at {ticket['closedAt']} by "
                f"{ticket['resolvedBy']}",
            )

        def closing(body: TicketCloseRequest) -> BaseModel:
            return _TicketClosing(
                ticket_id=ticket_id, **body.model_dump(), closed_at=datetime.now(UTC)
            )

        def whole_ticket(stored: dict[str, Any]) -> dict[str, Any]:
            return self._ticket(ticket_id) or stored

        return await self._execute(
            request,
            System.TICKETING,
            TicketCloseRequest,
            closing,
            scope=TICKET_CLOSURES,
            context={"ticketId": ticket_id},
            precheck=refuse_closed,
            answer=whole_ticket,
            created_status=200,
        )


class _TicketClosing(TicketCloseRequest):
    ticket_id: str
    closed_at: datetime


def _ticket_not_found(ticket_id: str) -> Response:
    return error(404, "ticket-not-found", f"No ticket with id {ticket_id!r}")


def _derived_id(prefix: str, body: BaseModel) -> str:
    return f"{prefix}-{fingerprint(body.model_dump(mode='json', by_alias=True))[:16].upper()}"


def iban_for(account_number: str, country: str = "DE", bank_code: str = BANK_CODE) -> str:
    """A syntactically valid IBAN (ISO 13616 mod-97 check digits) for a simulated account."""
    bban = f"{bank_code}{account_number}"
    digits = "".join(str(int(c, 36)) for c in f"{bban}{country}00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _new_account(body: AccountRequest) -> BaseModel:
    number = f"{uuid.uuid4().int % 10**10:010d}"
    return Account(
        **body.model_dump(),
        account_id=f"ACC-{number}",
        iban=iban_for(number),
        opened_at=datetime.now(UTC),
    )


def _new_publication(body: PublicationRequest) -> BaseModel:
    publication_id = f"PUB-{uuid.uuid4().hex[:12].upper()}"
    slug = "-".join(_slug(body.title))
    return Publication(
        **body.model_dump(),
        publication_id=publication_id,
        url=f"https://cms.example.org/{body.channel}/{slug}-{publication_id.lower()}",
        published_at=datetime.now(UTC),
    )


def _slug(title: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", title.casefold()).split()[:8] or ["untitled"]


def _new_ticket(body: TicketRequest) -> BaseModel:
    return Ticket(**body.model_dump(), status=TicketStatus.OPEN, created_at=datetime.now(UTC))


async def _parse(request: Request, model: type[_Body]) -> _Body | Response:
    raw = await request.body()
    try:
        document = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return error(422, "invalid-request", f"request body is not valid JSON: {exc}")
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        return error(422, "invalid-request", describe_validation_error(exc))


def create_app(data_dir: Path, state_dir: Path, *, faults: bool = False) -> Starlette:
    """Build the app; raises :class:`simulator.data.DataFolderError` for a bad data folder."""
    seed = load_data(data_dir)
    active_faults: dict[System, Fault] = {}
    sim = Simulator(seed, Ledger(state_dir), active_faults)
    routes = [
        Route("/healthz", sim.healthz, methods=["GET"]),
        Route("/policy-admin/policies/{policy_number}", sim.get_policy, methods=["GET"]),
        Route("/policy-admin/policies/{policy_number}/claims", sim.prior_claims, methods=["GET"]),
        Route("/payments", sim.create_payment, methods=["POST"]),
        Route("/payments", sim.list_payments, methods=["GET"]),
        Route("/payments/{payment_id}", sim.get_payment, methods=["GET"]),
        Route("/notifications", sim.create_notification, methods=["POST"]),
        Route("/notifications", sim.list_notifications, methods=["GET"]),
        Route("/notifications/{notification_id}", sim.get_notification, methods=["GET"]),
        Route("/kyc/identity-checks", sim.check_identity, methods=["POST"]),
        Route("/kyc/sanctions-screenings", sim.screen_sanctions, methods=["POST"]),
        Route("/core-banking/accounts", sim.open_account, methods=["POST"]),
        Route("/core-banking/accounts", sim.list_accounts, methods=["GET"]),
        Route("/core-banking/accounts/{account_id}", sim.get_account, methods=["GET"]),
        Route("/cms/publications", sim.publish, methods=["POST"]),
        Route("/cms/publications", sim.list_publications, methods=["GET"]),
        Route("/cms/publications/{publication_id}", sim.get_publication, methods=["GET"]),
        Route("/crm/customers/{customer_id}", sim.get_customer, methods=["GET"]),
        Route("/ticketing/tickets", sim.create_ticket, methods=["POST"]),
        Route("/ticketing/tickets", sim.list_tickets, methods=["GET"]),
        Route("/ticketing/tickets/{ticket_id}", sim.get_ticket, methods=["GET"]),
        Route("/ticketing/tickets/{ticket_id}/close", sim.close_ticket, methods=["POST"]),
    ]
    if faults:
        routes += [
            Route("/_faults", sim.set_fault, methods=["POST"]),
            Route("/_faults", sim.list_faults, methods=["GET"]),
        ]
    app = Starlette(routes=routes)
    app.add_middleware(FaultInjector, faults=active_faults)
    return app
