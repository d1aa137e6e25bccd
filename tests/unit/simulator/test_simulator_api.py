from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR


def amount_of(record: dict[str, Any]) -> tuple[Decimal, str]:
    return Decimal(str(record["amount"]["value"])), record["amount"]["currency"]


def payment_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "claimId": "CLM-1",
        "policyNumber": "HOME-100001",
        "payee": {"name": "Anna Schmidt", "iban": "DE89370400440532013000"},
        "amount": {"value": "1250.00", "currency": "EUR"},
        "reference": "Claim CLM-1 water damage",
    }
    body.update(overrides)
    return body


def notification_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "recipient": "anna.schmidt@example.org",
        "channel": "email",
        "subject": "Your claim CLM-1",
        "body": "We approved your claim.",
        "caseRef": "CLM-1",
    }
    body.update(overrides)
    return body


def test_healthz_reports_the_number_of_policies(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "policies": 21}


def test_policy_is_served_in_camel_case(client: TestClient) -> None:
    response = client.get("/policy-admin/policies/HOME-100002")
    assert response.status_code == 200
    policy = response.json()
    assert policy["policyNumber"] == "HOME-100002"
    assert policy["status"] == "active"
    assert policy["holder"] == {"name": "Luca Rossi", "email": "luca.rossi@example.org"}
    assert policy["validFrom"] == "2025-06-01"
    water = next(c for c in policy["coverages"] if c["lossType"] == "water")
    assert water == {"lossType": "water", "limit": 50000, "deductible": 250}


def test_unknown_policy_is_a_404_with_a_json_error(client: TestClient) -> None:
    response = client.get("/policy-admin/policies/NOPE-1")
    assert response.status_code == 404
    assert response.json()["error"] == "policy-not-found"
    assert "NOPE-1" in response.json()["message"]


def test_prior_claims_list_the_policy_history(client: TestClient) -> None:
    response = client.get("/policy-admin/policies/MOTOR-200002/claims")
    assert response.status_code == 200
    claims = response.json()
    assert [c["claimId"] for c in claims] == ["CLM-2025-0233", "CLM-2025-0651", "CLM-2026-0044"]
    first = claims[0]
    assert (first["lossDate"], first["lossType"]) == ("2025-06-14", "collision")
    assert amount_of(first) == (Decimal("2890.00"), "EUR")


def test_policy_without_history_has_no_prior_claims(client: TestClient) -> None:
    response = client.get("/policy-admin/policies/HOME-100003/claims")
    assert response.status_code == 200
    assert response.json() == []


def test_prior_claims_of_unknown_policy_is_a_404(client: TestClient) -> None:
    assert client.get("/policy-admin/policies/NOPE-1/claims").status_code == 404


def test_payment_is_executed_and_can_be_read_back(client: TestClient) -> None:
    response = client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k-1"})
    assert response.status_code == 201
    payment = response.json()
    assert payment["status"] == "executed"
    assert payment["claimId"] == "CLM-1"
    assert amount_of(payment) == (Decimal("1250.00"), "EUR")
    assert payment["paymentId"].startswith("PAY-")
    assert payment["createdAt"]
    assert client.get(f"/payments/{payment['paymentId']}").json() == payment


def test_payment_replay_returns_the_same_payment_without_paying_again(client: TestClient) -> None:
    first = client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k-1"})
    again = client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k-1"})
    assert again.status_code == 200
    assert again.json() == first.json()
    assert len(client.get("/payments", params={"claimId": "CLM-1"}).json()) == 1


def test_payment_key_reused_for_another_body_is_rejected(client: TestClient) -> None:
    client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k-1"})
    other = payment_body(amount={"value": "99.00", "currency": "EUR"})
    response = client.post("/payments", json=other, headers={"Idempotency-Key": "k-1"})
    assert response.status_code == 422
    assert response.json()["error"] == "idempotency-key-conflict"
    assert "k-1" in response.json()["message"]
    assert len(client.get("/payments").json()) == 1


def test_payments_are_listed_per_claim(client: TestClient) -> None:
    client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "a"})
    client.post("/payments", json=payment_body(claimId="CLM-2"), headers={"Idempotency-Key": "b"})
    listed = client.get("/payments", params={"claimId": "CLM-2"}).json()
    assert [p["claimId"] for p in listed] == ["CLM-2"]
    assert len(client.get("/payments").json()) == 2


def test_unknown_payment_is_a_404(client: TestClient) -> None:
    response = client.get("/payments/PAY-NOPE")
    assert response.status_code == 404
    assert "PAY-NOPE" in response.json()["message"]


@pytest.mark.parametrize("path", ["/payments", "/notifications"])
def test_post_without_idempotency_key_is_a_400(client: TestClient, path: str) -> None:
    body = payment_body() if path == "/payments" else notification_body()
    response = client.post(path, json=body)
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["message"]


def test_overlong_idempotency_key_is_a_400(client: TestClient) -> None:
    response = client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k" * 256})
    assert response.status_code == 400
    assert response.json()["error"] == "idempotency-key-invalid"


def test_payment_body_that_is_not_json_is_a_422(client: TestClient) -> None:
    response = client.post("/payments", content=b"{not json", headers={"Idempotency-Key": "k"})
    assert response.status_code == 422
    assert "not valid JSON" in response.json()["message"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"amount": {"value": "-5.00", "currency": "EUR"}}, "amount.value"),
        ({"amount": {"value": "5.00", "currency": "euro"}}, "amount.currency"),
        ({"payee": {"iban": "DE89370400440532013000"}}, "payee.name"),
        ({"claimId": ""}, "claimId"),
        ({"unexpected": 1}, "unexpected"),
    ],
)
def test_malformed_payment_is_a_422_naming_the_field(
    client: TestClient, overrides: dict[str, Any], field: str
) -> None:
    body = payment_body(**overrides)
    response = client.post("/payments", json=body, headers={"Idempotency-Key": "k"})
    assert response.status_code == 422
    assert response.json()["message"].startswith(f"{field}:")
    assert client.get("/payments").json() == []


def test_payment_body_that_is_a_list_is_a_422(client: TestClient) -> None:
    response = client.post("/payments", json=[1, 2], headers={"Idempotency-Key": "k"})
    assert response.status_code == 422


def test_notification_is_sent_replayed_and_listed_per_case(client: TestClient) -> None:
    first = client.post(
        "/notifications", json=notification_body(), headers={"Idempotency-Key": "n-1"}
    )
    again = client.post(
        "/notifications", json=notification_body(), headers={"Idempotency-Key": "n-1"}
    )
    assert first.status_code == 201
    assert first.json()["notificationId"].startswith("NTF-")
    assert first.json()["status"] == "sent"
    assert again.status_code == 200
    assert again.json() == first.json()
    listed = client.get("/notifications", params={"caseRef": "CLM-1"}).json()
    assert listed == [first.json()]
    assert client.get("/notifications", params={"caseRef": "CLM-2"}).json() == []
    assert client.get(f"/notifications/{first.json()['notificationId']}").json() == first.json()


def test_notification_key_reused_for_another_body_is_rejected(client: TestClient) -> None:
    client.post("/notifications", json=notification_body(), headers={"Idempotency-Key": "n"})
    response = client.post(
        "/notifications", json=notification_body(subject="Other"), headers={"Idempotency-Key": "n"}
    )
    assert response.status_code == 422
    assert response.json()["error"] == "idempotency-key-conflict"


def test_notification_with_unknown_channel_is_a_422_naming_channel(client: TestClient) -> None:
    response = client.post(
        "/notifications", json=notification_body(channel="pigeon"), headers={"Idempotency-Key": "n"}
    )
    assert response.status_code == 422
    assert response.json()["message"].startswith("channel:")


def test_idempotency_keys_are_scoped_per_system(client: TestClient) -> None:
    paid = client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "same"})
    sent = client.post(
        "/notifications", json=notification_body(), headers={"Idempotency-Key": "same"}
    )
    assert (paid.status_code, sent.status_code) == (201, 201)


def test_payments_survive_a_restart_on_the_same_state_dir(state_dir: Path) -> None:
    before = TestClient(create_app(DEFAULT_DATA_DIR, state_dir))
    paid = before.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k-1"}).json()
    before.post("/notifications", json=notification_body(), headers={"Idempotency-Key": "n-1"})

    after = TestClient(create_app(DEFAULT_DATA_DIR, state_dir))
    replay = after.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k-1"})
    assert replay.status_code == 200
    assert replay.json() == paid
    assert after.get("/payments").json() == [paid]
    assert len(after.get("/notifications").json()) == 1


def test_fault_endpoint_does_not_exist_unless_enabled(client: TestClient) -> None:
    response = client.post("/_faults", json={"system": "payments", "mode": "down"})
    assert response.status_code == 404


def test_system_marked_down_answers_503_while_others_keep_working(
    faulty_client: TestClient,
) -> None:
    set_fault = faulty_client.post("/_faults", json={"system": "payments", "mode": "down"})
    assert set_fault.status_code == 200
    down = faulty_client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k"})
    assert down.status_code == 503
    assert faulty_client.get("/payments").status_code == 503
    assert faulty_client.get("/policy-admin/policies/HOME-100001").status_code == 200

    faulty_client.post("/_faults", json={"system": "payments", "mode": "ok"})
    up = faulty_client.post("/payments", json=payment_body(), headers={"Idempotency-Key": "k"})
    assert up.status_code == 201


def test_fault_with_a_count_recovers_after_that_many_requests(faulty_client: TestClient) -> None:
    faulty_client.post("/_faults", json={"system": "policy-admin", "mode": "down", "count": 2})
    statuses = [
        faulty_client.get("/policy-admin/policies/HOME-100001").status_code for _ in range(3)
    ]
    assert statuses == [503, 503, 200]


def test_slow_system_still_answers(faulty_client: TestClient) -> None:
    faulty_client.post("/_faults", json={"system": "notifications", "mode": "slow", "delayS": 0.01})
    assert faulty_client.get("/notifications").status_code == 200
    assert faulty_client.get("/_faults").json()["notifications"]["mode"] == "slow"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"system": "mainframe", "mode": "down"}, "system"),
        ({"system": "payments", "mode": "broken"}, "mode"),
        ({"system": "payments", "mode": "slow", "delayS": -1}, "delayS"),
    ],
)
def test_malformed_fault_is_a_422_naming_the_field(
    faulty_client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = faulty_client.post("/_faults", json=body)
    assert response.status_code == 422
    assert response.json()["message"].startswith(f"{field}:")
