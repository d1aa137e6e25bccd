"""Core banking: open the customer's account once an application is approved."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from clients.http import (
    IDEMPOTENCY_HEADER,
    LegacySystemClient,
    WireModel,
    validate_idempotency_key,
)
from contracts.common import CurrencyCode

SYSTEM = "core banking"


class AccountRequest(WireModel):
    application_id: str = Field(min_length=1, max_length=100)
    customer_name: str = Field(min_length=1, max_length=200)
    product: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$")
    currency: CurrencyCode


class Account(WireModel):
    account_id: str
    iban: str
    status: str
    application_id: str
    opened_at: datetime
    customer_name: str | None = None
    product: str | None = None
    currency: CurrencyCode | None = None


class CoreBankingClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "core_banking"

    async def open_account(self, request: AccountRequest, idempotency_key: str) -> Account:
        """Open once; the same key again returns the first account, never a second one."""
        response = await self._http.request(
            "POST",
            "/core-banking/accounts",
            json=request.model_dump(mode="json", by_alias=True),
            headers={IDEMPOTENCY_HEADER: validate_idempotency_key(idempotency_key)},
        )
        return self._http.parse(response, Account)

    async def accounts_for_application(self, application_id: str) -> list[Account]:
        response = await self._http.request(
            "GET", "/core-banking/accounts", params={"applicationId": application_id}
        )
        return self._http.parse_list(response, Account)
