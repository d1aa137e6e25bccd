"""CRM: who the customer is and what they talked to us about before (escalation context)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from urllib.parse import quote

from clients.http import LegacySystemClient, WireModel, error_code
from contracts.errors import CustomerNotFoundError

SYSTEM = "crm"
CUSTOMER_NOT_FOUND = "customer-not-found"


class Segment(StrEnum):
    RETAIL = "retail"
    BUSINESS = "business"
    PRIVATE = "private"


class Interaction(WireModel):
    date: date
    channel: str
    subject: str
    outcome: str


class Customer(WireModel):
    customer_id: str
    name: str
    segment: Segment
    email: str
    history: list[Interaction]


class CrmClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "crm"

    async def get_customer(self, customer_id: str) -> Customer:
        """The customer, or :class:`CustomerNotFoundError` (a BPMN error) when unknown."""
        response = await self._http.request(
            "GET", f"/crm/customers/{quote(customer_id, safe='')}", accept={404}
        )
        if response.status_code == 404:
            if error_code(response) == CUSTOMER_NOT_FOUND:
                raise CustomerNotFoundError(
                    f"Customer {customer_id!r} does not exist in the CRM",
                    variables={"customerId": customer_id},
                )
            raise self._unexplained_404(response, "customer")
        return self._http.parse(response, Customer)
