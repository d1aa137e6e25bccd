"""Policy admin: look up a policy and its prior claims (coverage check, fraud signals)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from urllib.parse import quote

import httpx

from clients.http import LegacySystemClient, WireModel, error_code
from contracts.claims import LossType
from contracts.common import CurrencyCode, Money
from contracts.errors import PolicyNotFoundError

SYSTEM = "policy admin"
POLICY_NOT_FOUND = "policy-not-found"


class PolicyStatus(StrEnum):
    ACTIVE = "active"
    LAPSED = "lapsed"
    CANCELLED = "cancelled"


class PolicyHolder(WireModel):
    name: str
    email: str | None = None


class Coverage(WireModel):
    loss_type: LossType
    limit: Decimal
    deductible: Decimal


class Policy(WireModel):
    policy_number: str
    product: str
    status: PolicyStatus
    holder: PolicyHolder
    valid_from: date
    valid_to: date
    currency: CurrencyCode
    coverages: list[Coverage]

    def coverage_for(self, loss_type: LossType) -> Coverage | None:
        return next((c for c in self.coverages if c.loss_type == loss_type), None)

    def in_force_on(self, day: date) -> bool:
        return self.status is PolicyStatus.ACTIVE and self.valid_from <= day <= self.valid_to


class PriorClaim(WireModel):
    claim_id: str
    loss_date: date
    loss_type: LossType
    amount: Money


class PolicyAdminClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "policy_admin"

    async def get_policy(self, policy_number: str) -> Policy:
        """The policy, or :class:`PolicyNotFoundError` (a BPMN error) when it does not exist."""
        response = await self._http.request(
            "GET", f"/policy-admin/policies/{quote(policy_number, safe='')}", accept={404}
        )
        if response.status_code == 404:
            raise self._not_found(policy_number, response)
        return self._http.parse(response, Policy)

    async def prior_claims(self, policy_number: str) -> list[PriorClaim]:
        response = await self._http.request(
            "GET", f"/policy-admin/policies/{quote(policy_number, safe='')}/claims", accept={404}
        )
        if response.status_code == 404:
            raise self._not_found(policy_number, response)
        return self._http.parse_list(response, PriorClaim)

    def _not_found(self, policy_number: str, response: httpx.Response) -> Exception:
        """A 404 for an unknown policy is a business outcome; any other 404 is a wrong URL."""
        if error_code(response) == POLICY_NOT_FOUND:
            return PolicyNotFoundError(
                f"Policy {policy_number!r} does not exist in the policy admin system",
                variables={"policyNumber": policy_number},
            )
        return self._unexplained_404(response, "policy")
