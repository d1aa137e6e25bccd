"""The typed clients against the simulator app in-process (no sockets)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError
from starlette.applications import Starlette

from clients import (
    Channel,
    HttpOptions,
    NotificationRequest,
    NotificationsClient,
    Payee,
    PaymentRequest,
    PaymentsClient,
    PolicyAdminClient,
    PolicyStatus,
)
from contracts.claims import LossType
from contracts.common import Money
from contracts.errors import (
    LegacySystemRejectedError,
    LegacySystemUnavailableError,
    PolicyNotFoundError,
)
from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR

OPTIONS = HttpOptions("http://simulator", retries=0)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Starlette]:
    yield create_app(DEFAULT_DATA_DIR, tmp_path / "state")


def transport(app: Starlette) -> httpx.ASGITransport:
    return httpx.ASGITransport(app=app)


def payment(value: str = "1250.00") -> PaymentRequest:
    return PaymentRequest(
        claim_id="CLM-9",
        policy_number="HOME-100001",
        payee=Payee(name="Anna Schmidt", iban="DE89370400440532013000"),
        amount=Money(value=Decimal(value), currency="EUR"),
        reference="Claim CLM-9",
    )


async def test_policy_is_read_with_its_coverages(app: Starlette) -> None:
    async with PolicyAdminClient(OPTIONS, transport=transport(app)) as client:
        policy = await client.get_policy("HOME-100006")
    assert policy.status is PolicyStatus.ACTIVE
    assert policy.coverage_for(LossType.WATER) is None
    fire = policy.coverage_for(LossType.FIRE)
    assert fire is not None
    assert (fire.limit, fire.deductible) == (Decimal("250000"), Decimal("500"))
    assert policy.in_force_on(date(2025, 12, 1))
    assert not policy.in_force_on(date(2026, 6, 1))


async def test_lapsed_policy_is_not_in_force(app: Starlette) -> None:
    async with PolicyAdminClient(OPTIONS, transport=transport(app)) as client:
        policy = await client.get_policy("HOME-100004")
    assert policy.status is PolicyStatus.LAPSED
    assert not policy.in_force_on(policy.valid_from)


async def test_unknown_policy_raises_policy_not_found(app: Starlette) -> None:
    async with PolicyAdminClient(OPTIONS, transport=transport(app)) as client:
        with pytest.raises(PolicyNotFoundError):
            await client.get_policy("HOME-999999")
        with pytest.raises(PolicyNotFoundError):
            await client.prior_claims("HOME-999999")


async def test_prior_claims_are_typed(app: Starlette) -> None:
    async with PolicyAdminClient(OPTIONS, transport=transport(app)) as client:
        claims = await client.prior_claims("HOME-100002")
    assert [c.loss_type for c in claims] == [
        LossType.WATER,
        LossType.THEFT,
        LossType.THEFT,
        LossType.WATER,
    ]
    assert claims[0].amount == Money(value=Decimal("3850.00"), currency="EUR")


async def test_paying_twice_with_one_key_makes_one_payment(app: Starlette) -> None:
    async with PaymentsClient(OPTIONS, transport=transport(app)) as client:
        first = await client.pay(payment(), "CLM-9:pay")
        second = await client.pay(payment(), "CLM-9:pay")
        listed = await client.payments_for_claim("CLM-9")
    assert first == second
    assert first.status == "executed"
    assert first.amount.value == Decimal("1250.00")
    assert listed == [first]


async def test_reusing_a_key_for_another_amount_is_rejected(app: Starlette) -> None:
    async with PaymentsClient(OPTIONS, transport=transport(app)) as client:
        await client.pay(payment(), "CLM-9:pay")
        with pytest.raises(LegacySystemRejectedError, match="already used for a different"):
            await client.pay(payment("99.00"), "CLM-9:pay")


def test_malformed_payment_request_is_refused_before_sending() -> None:
    with pytest.raises(ValidationError, match="amount"):
        PaymentRequest.model_validate(
            {
                "claimId": "CLM-9",
                "policyNumber": "HOME-100001",
                "payee": {"name": "Anna"},
                "amount": {"value": -1, "currency": "EUR"},
                "reference": "r",
            }
        )


async def test_notification_is_sent_once_and_listed_for_the_case(app: Starlette) -> None:
    request = NotificationRequest(
        recipient="anna.schmidt@example.org",
        channel=Channel.EMAIL,
        subject="Your claim CLM-9",
        body="Approved.",
        case_ref="CLM-9",
    )
    async with NotificationsClient(OPTIONS, transport=transport(app)) as client:
        sent = await client.send(request, "CLM-9:notify")
        again = await client.send(request, "CLM-9:notify")
        listed = await client.notifications_for_case("CLM-9")
    assert sent == again
    assert sent.status == "sent"
    assert listed == [sent]


async def test_one_injected_outage_is_absorbed_by_a_retry(tmp_path: Path) -> None:
    app = create_app(DEFAULT_DATA_DIR, tmp_path, faults=True)
    async with httpx.AsyncClient(transport=transport(app), base_url="http://simulator") as raw:
        await raw.post("/_faults", json={"system": "notifications", "mode": "down", "count": 1})
    options = HttpOptions("http://simulator", retries=1, backoff_base_s=0.0)
    async with NotificationsClient(options, transport=transport(app)) as client:
        assert await client.notifications_for_case("CLM-9") == []


async def test_system_down_in_the_simulator_surfaces_as_unavailable(tmp_path: Path) -> None:
    app = create_app(DEFAULT_DATA_DIR, tmp_path, faults=True)
    async with httpx.AsyncClient(transport=transport(app), base_url="http://simulator") as raw:
        await raw.post("/_faults", json={"system": "payments", "mode": "down"})
    async with PaymentsClient(OPTIONS, transport=transport(app)) as client:
        with pytest.raises(LegacySystemUnavailableError, match="injected fault"):
            await client.pay(payment(), "CLM-9:pay")
