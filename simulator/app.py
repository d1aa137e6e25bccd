"""The simulator's HTTP API: policy admin, payments and notifications, plus fault injection."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import structlog
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from simulator.data import SeedData, load_data
from simulator.models import (
    FaultMode,
    FaultRequest,
    Notification,
    NotificationRequest,
    Payment,
    PaymentRequest,
    System,
    describe_validation_error,
)
from simulator.state import IdempotencyConflictError, Ledger

IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_IDEMPOTENCY_KEY_LENGTH = 255

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
    ) -> Response:
        key = request.headers.get(IDEMPOTENCY_HEADER)
        if key is None or not key.strip():
            return error(
                400,
                "idempotency-key-missing",
                f"header {IDEMPOTENCY_HEADER} is required on POST /{system.value}",
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
        body = parsed.model_dump(mode="json", by_alias=True)
        record = create(parsed).model_dump(mode="json", by_alias=True)
        try:
            stored, created = self.ledger.execute(system.value, key, body, record)
        except IdempotencyConflictError as exc:
            return error(422, "idempotency-key-conflict", str(exc))
        log.info(f"{system.value}.executed" if created else f"{system.value}.replayed", key=key)
        return JSONResponse(stored, status_code=201 if created else 200)

    def _list(self, system: System, field: str, value: str | None) -> Response:
        records = self.ledger.records(system.value)
        if value is not None:
            records = [r for r in records if r.get(field) == value]
        return JSONResponse(records)

    def _get(self, system: System, field: str, value: str) -> Response:
        for record in self.ledger.records(system.value):
            if record.get(field) == value:
                return JSONResponse(record)
        return error(404, "not-found", f"No {system.value} record with {field} {value!r}")


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
    ]
    if faults:
        routes += [
            Route("/_faults", sim.set_fault, methods=["POST"]),
            Route("/_faults", sim.list_faults, methods=["GET"]),
        ]
    app = Starlette(routes=routes)
    app.add_middleware(FaultInjector, faults=active_faults)
    return app
