from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from clients import (
    HttpOptions,
    LegacyHttpClient,
    PaymentRequest,
    PaymentsClient,
    PolicyAdminClient,
    validate_idempotency_key,
)
from config import Settings
from contracts.errors import (
    LegacySystemRejectedError,
    LegacySystemUnavailableError,
    PolicyNotFoundError,
)

BASE = "http://legacy.test"
OPTIONS = HttpOptions(BASE, timeout_s=2.0, retries=3, backoff_base_s=0.0)
POLICY_URL = f"{BASE}/policy-admin/policies/HOME-1"

POLICY: dict[str, Any] = {
    "policyNumber": "HOME-1",
    "product": "home",
    "status": "active",
    "holder": {"name": "Anna Schmidt", "email": "anna@example.org"},
    "validFrom": "2025-01-01",
    "validTo": "2026-12-31",
    "currency": "EUR",
    "coverages": [{"lossType": "water", "limit": 50000, "deductible": 250}],
    "fieldAddedLater": "ignored",
}

PAYMENT_REQUEST = PaymentRequest.model_validate(
    {
        "claimId": "CLM-1",
        "policyNumber": "HOME-1",
        "payee": {"name": "Anna Schmidt"},
        "amount": {"value": 100, "currency": "EUR"},
        "reference": "Claim CLM-1",
    }
)
PAYMENT: dict[str, Any] = {
    "paymentId": "PAY-1",
    "status": "executed",
    "claimId": "CLM-1",
    "amount": {"value": 100, "currency": "EUR"},
    "createdAt": "2026-01-01T10:00:00Z",
}


@respx.mock
async def test_503_is_retried_until_the_system_answers() -> None:
    route = respx.get(POLICY_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(503), httpx.Response(200, json=POLICY)]
    )
    async with PolicyAdminClient(OPTIONS) as client:
        policy = await client.get_policy("HOME-1")
    assert policy.policy_number == "HOME-1"
    assert route.call_count == 3


@respx.mock
async def test_system_down_after_every_retry_raises_unavailable_with_advice() -> None:
    route = respx.get(POLICY_URL).mock(
        return_value=httpx.Response(503, json={"error": "unavailable", "message": "maintenance"})
    )
    async with PolicyAdminClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError) as caught:
            await client.get_policy("HOME-1")
    assert route.call_count == 4
    message = str(caught.value)
    assert "policy admin at http://legacy.test failed GET /policy-admin/policies/HOME-1" in message
    assert "after 4 attempt(s)" in message
    assert "HTTP 503: maintenance" in message
    assert "baton simulator status" in message


@respx.mock
async def test_timeouts_are_retried_then_reported() -> None:
    route = respx.get(POLICY_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    async with PolicyAdminClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError, match=r"no answer within 2s"):
            await client.get_policy("HOME-1")
    assert route.call_count == 4


@respx.mock
async def test_connect_errors_are_retried_then_reported() -> None:
    route = respx.get(POLICY_URL).mock(side_effect=httpx.ConnectError("refused"))
    async with PolicyAdminClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError, match=r"could not connect"):
            await client.get_policy("HOME-1")
    assert route.call_count == 4


@respx.mock
async def test_a_timeout_then_success_returns_the_answer() -> None:
    respx.get(POLICY_URL).mock(
        side_effect=[httpx.ConnectTimeout("slow"), httpx.Response(200, json=POLICY)]
    )
    async with PolicyAdminClient(OPTIONS) as client:
        assert (await client.get_policy("HOME-1")).status == "active"


@respx.mock
async def test_4xx_is_never_retried_and_quotes_the_system() -> None:
    route = respx.post(f"{BASE}/payments").mock(
        return_value=httpx.Response(
            422, json={"error": "invalid-request", "message": "amount.value: too large"}
        )
    )
    async with PaymentsClient(OPTIONS) as client:
        with pytest.raises(LegacySystemRejectedError) as caught:
            await client.pay(PAYMENT_REQUEST, "CLM-1:pay")
    assert route.call_count == 1
    message = str(caught.value)
    assert "payments rejected POST /payments with HTTP 422: amount.value: too large" in message
    assert "Retrying will not help" in message


@respx.mock
async def test_unknown_policy_is_the_policy_not_found_business_error() -> None:
    route = respx.get(f"{BASE}/policy-admin/policies/NOPE").mock(
        return_value=httpx.Response(404, json={"error": "policy-not-found", "message": "no"})
    )
    async with PolicyAdminClient(OPTIONS) as client:
        with pytest.raises(PolicyNotFoundError) as caught:
            await client.get_policy("NOPE")
    assert route.call_count == 1
    assert caught.value.code == "POLICY_NOT_FOUND"
    assert caught.value.variables == {"policyNumber": "NOPE"}
    assert "'NOPE' does not exist" in str(caught.value)


@respx.mock
async def test_404_without_the_not_found_code_points_at_the_base_url() -> None:
    respx.get(POLICY_URL).mock(return_value=httpx.Response(404, text="Not Found"))
    async with PolicyAdminClient(OPTIONS) as client:
        with pytest.raises(LegacySystemRejectedError, match="BATON_SIMULATOR_URL"):
            await client.get_policy("HOME-1")


@respx.mock
async def test_policy_numbers_are_escaped_in_the_path() -> None:
    route = respx.get(f"{BASE}/policy-admin/policies/A%2FB").mock(
        return_value=httpx.Response(200, json=POLICY)
    )
    async with PolicyAdminClient(OPTIONS) as client:
        await client.get_policy("A/B")
    assert route.called


@respx.mock
async def test_unexpected_response_body_is_a_technical_error_naming_the_field() -> None:
    respx.get(POLICY_URL).mock(return_value=httpx.Response(200, json={"policyNumber": "HOME-1"}))
    async with PolicyAdminClient(OPTIONS) as client:
        with pytest.raises(LegacySystemUnavailableError, match=r"does not understand .*product"):
            await client.get_policy("HOME-1")


@respx.mock
async def test_payment_retries_carry_the_same_idempotency_key() -> None:
    route = respx.post(f"{BASE}/payments").mock(
        side_effect=[httpx.Response(502), httpx.Response(201, json=PAYMENT)]
    )
    async with PaymentsClient(OPTIONS) as client:
        payment = await client.pay(PAYMENT_REQUEST, "CLM-1:pay")
    assert payment.payment_id == "PAY-1"
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert keys == ["CLM-1:pay", "CLM-1:pay"]


@respx.mock
async def test_no_retries_configured_means_one_attempt() -> None:
    route = respx.get(POLICY_URL).mock(return_value=httpx.Response(500))
    async with PolicyAdminClient(HttpOptions(BASE, retries=0)) as client:
        with pytest.raises(LegacySystemUnavailableError, match=r"after 1 attempt\(s\)"):
            await client.get_policy("HOME-1")
    assert route.call_count == 1


@respx.mock
async def test_backoff_grows_exponentially_between_attempts() -> None:
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(503))
    delays: list[float] = []

    async def record(delay: float) -> None:
        delays.append(delay)

    options = HttpOptions(BASE, retries=4, backoff_base_s=0.5, backoff_max_s=1.5)
    http = LegacyHttpClient("test system", options, sleep=record)
    with pytest.raises(LegacySystemUnavailableError):
        await http.request("GET", "/x")
    await http.aclose()
    assert delays == [0.5, 1.0, 1.5, 1.5]


@pytest.mark.parametrize("key", ["", "k" * 256, "naïve", "line\nbreak"])
def test_invalid_idempotency_keys_are_refused_before_sending(key: str) -> None:
    with pytest.raises(ValueError, match="idempotency key must be"):
        validate_idempotency_key(key)


def test_options_come_from_settings() -> None:
    settings = Settings(simulator_url="http://sim.local:9000/", http_timeout_s=1.5, http_retries=2)
    options = HttpOptions.from_settings(settings, "payments")
    assert (options.base_url, options.timeout_s, options.retries) == (
        "http://sim.local:9000",
        1.5,
        2,
    )


def test_a_system_with_its_own_url_leaves_the_others_on_the_simulator() -> None:
    settings = Settings.model_validate(
        {
            "simulator_url": "http://sim.local:9000",
            "systems": {"payments_url": "https://payments.example.com/api/"},
        }
    )
    assert HttpOptions.from_settings(settings, "payments").base_url == (
        "https://payments.example.com/api"
    )
    assert HttpOptions.from_settings(settings, "crm").base_url == "http://sim.local:9000"
    assert (
        "BATON_SYSTEMS__PAYMENTS_URL" in HttpOptions.from_settings(settings, "payments").url_setting
    )
