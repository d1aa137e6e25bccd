"""Payments: pay a claim exactly once, whatever the retries, keyed by an idempotency key."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from clients.http import (
    IDEMPOTENCY_HEADER,
    LegacySystemClient,
    WireModel,
    validate_idempotency_key,
)
from contracts.common import Money

SYSTEM = "payments"


class Payee(WireModel):
    name: str = Field(min_length=1)
    iban: str | None = None


class PaymentRequest(WireModel):
    claim_id: str = Field(min_length=1)
    policy_number: str = Field(min_length=1)
    payee: Payee
    amount: Money
    reference: str = Field(min_length=1, max_length=140)


class Payment(WireModel):
    payment_id: str
    status: str
    claim_id: str
    amount: Money
    created_at: datetime


class PaymentsClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "payments"

    async def pay(self, request: PaymentRequest, idempotency_key: str) -> Payment:
        """Execute the payment; the same key again returns the first payment, never a second."""
        response = await self._http.request(
            "POST",
            "/payments",
            json=request.model_dump(mode="json", by_alias=True, exclude_none=True),
            headers={IDEMPOTENCY_HEADER: validate_idempotency_key(idempotency_key)},
        )
        return self._http.parse(response, Payment)

    async def payments_for_claim(self, claim_id: str) -> list[Payment]:
        response = await self._http.request("GET", "/payments", params={"claimId": claim_id})
        return self._http.parse_list(response, Payment)
