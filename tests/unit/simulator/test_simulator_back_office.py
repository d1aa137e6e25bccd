"""Core banking, CMS, CRM and ticketing endpoints: creation, idempotent replays, 404s, 422s."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from simulator.app import create_app, iban_for
from simulator.data import DEFAULT_DATA_DIR


def account_body(**overrides: Any) -> dict[str, Any]:
    body = {
        "applicationId": "APP-1",
        "customerName": "Anna Schmidt",
        "product": "current-account",
        "currency": "EUR",
    }
    return body | overrides


def publication_body(**overrides: Any) -> dict[str, Any]:
    body = {"submissionId": "SUB-1", "channel": "web", "title": "Spring Rates!", "body": "Text"}
    return body | overrides


def ticket_body(**overrides: Any) -> dict[str, Any]:
    body = {
        "ticketId": "TCK-9001",
        "customerId": "CUST-1001",
        "subject": "Card blocked",
        "body": "My card is blocked.",
        "channel": "email",
    }
    return body | overrides


CLOSE = {"resolution": "Card unblocked", "resolvedBy": "cards-team"}


def iban_is_valid(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def test_account_is_opened_once_per_key(client: TestClient) -> None:
    key = {"Idempotency-Key": "APP-1:open"}
    first = client.post("/core-banking/accounts", json=account_body(), headers=key)
    again = client.post("/core-banking/accounts", json=account_body(), headers=key)
    assert (first.status_code, again.status_code) == (201, 200)
    account = first.json()
    assert again.json() == account
    assert account["status"] == "active"
    assert account["applicationId"] == "APP-1"
    assert iban_is_valid(account["iban"])
    listed = client.get("/core-banking/accounts", params={"applicationId": "APP-1"}).json()
    assert listed == [account]
    assert client.get(f"/core-banking/accounts/{account['accountId']}").json() == account
    assert client.get("/core-banking/accounts", params={"applicationId": "APP-2"}).json() == []


def test_iban_check_digits_follow_iso_13616() -> None:
    assert iban_for("0532013000", bank_code="37040044") == "DE89370400440532013000"


def test_account_key_reused_for_another_application_is_a_conflict(client: TestClient) -> None:
    key = {"Idempotency-Key": "APP-1:open"}
    client.post("/core-banking/accounts", json=account_body(), headers=key)
    response = client.post(
        "/core-banking/accounts", json=account_body(applicationId="APP-2"), headers=key
    )
    assert response.status_code == 422
    assert response.json()["error"] == "idempotency-key-conflict"


def test_unknown_account_is_a_404_naming_the_kind(client: TestClient) -> None:
    response = client.get("/core-banking/accounts/ACC-0")
    assert response.status_code == 404
    assert response.json()["error"] == "account-not-found"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/core-banking/accounts", account_body(currency="euro"), "currency"),
        ("/core-banking/accounts", account_body(product="current account"), "product"),
        ("/cms/publications", publication_body(title=""), "title"),
        ("/cms/publications", {"submissionId": "SUB-1", "channel": "web", "title": "T"}, "body"),
        ("/ticketing/tickets", ticket_body(ticketId="TCK 1"), "ticketId"),
        ("/ticketing/tickets/TCK-5001/close", {"resolution": "done"}, "resolvedBy"),
    ],
)
def test_malformed_body_is_a_422_naming_the_field(
    client: TestClient, path: str, body: dict[str, Any], field: str
) -> None:
    response = client.post(path, json=body, headers={"Idempotency-Key": "k-1"})
    assert response.status_code == 422
    assert response.json()["message"].startswith(f"{field}:")


@pytest.mark.parametrize(
    "path",
    [
        "/core-banking/accounts",
        "/cms/publications",
        "/ticketing/tickets",
        "/ticketing/tickets/TCK-5001/close",
    ],
)
def test_creating_posts_require_an_idempotency_key(client: TestClient, path: str) -> None:
    response = client.post(path, json={})
    assert response.status_code == 400
    assert response.json()["error"] == "idempotency-key-missing"
    assert path in response.json()["message"]


def test_publication_is_published_once_with_a_readable_url(client: TestClient) -> None:
    key = {"Idempotency-Key": "SUB-1:publish"}
    first = client.post("/cms/publications", json=publication_body(), headers=key)
    again = client.post("/cms/publications", json=publication_body(), headers=key)
    assert (first.status_code, again.status_code) == (201, 200)
    publication = first.json()
    assert again.json() == publication
    assert publication["url"].startswith("https://cms.example.org/web/spring-rates-pub-")
    assert client.get("/cms/publications", params={"submissionId": "SUB-1"}).json() == [publication]
    assert client.get(f"/cms/publications/{publication['publicationId']}").json() == publication


def test_unknown_publication_is_a_404_naming_the_kind(client: TestClient) -> None:
    response = client.get("/cms/publications/PUB-0")
    assert (response.status_code, response.json()["error"]) == (404, "publication-not-found")


def test_customer_is_served_with_history(client: TestClient) -> None:
    response = client.get("/crm/customers/CUST-1002")
    assert response.status_code == 200
    customer = response.json()
    assert (customer["name"], customer["segment"]) == ("Luca Rossi", "retail")
    assert customer["email"] == "luca.rossi@example.org"
    assert [h["date"] for h in customer["history"]] == ["2025-09-20", "2025-12-02", "2026-01-18"]
    assert set(customer["history"][0]) == {"date", "channel", "subject", "outcome"}


def test_unknown_customer_is_a_404(client: TestClient) -> None:
    response = client.get("/crm/customers/CUST-0")
    assert (response.status_code, response.json()["error"]) == (404, "customer-not-found")


def test_seeded_ticket_is_served_open(client: TestClient) -> None:
    ticket = client.get("/ticketing/tickets/TCK-5001").json()
    assert (ticket["status"], ticket["customerId"]) == ("open", "CUST-1002")
    assert ticket["closedAt"] is None


def test_unknown_ticket_is_a_404_on_read_and_close(client: TestClient) -> None:
    assert client.get("/ticketing/tickets/TCK-0").json()["error"] == "ticket-not-found"
    response = client.post(
        "/ticketing/tickets/TCK-0/close", json=CLOSE, headers={"Idempotency-Key": "k"}
    )
    assert (response.status_code, response.json()["error"]) == (404, "ticket-not-found")


def test_ticket_is_closed_once_and_replays_the_closing(client: TestClient) -> None:
    key = {"Idempotency-Key": "TCK-5001:close"}
    first = client.post("/ticketing/tickets/TCK-5001/close", json=CLOSE, headers=key)
    again = client.post("/ticketing/tickets/TCK-5001/close", json=CLOSE, headers=key)
    assert (first.status_code, again.status_code) == (200, 200)
    closed = first.json()
    assert again.json() == closed
    assert closed["status"] == "closed"
    assert (closed["resolution"], closed["resolvedBy"]) == ("Card unblocked", "cards-team")
    assert closed["subject"] == "Card payment disputed three times"
    assert client.get("/ticketing/tickets/TCK-5001").json() == closed


def test_closing_a_closed_ticket_with_a_new_key_is_a_conflict(client: TestClient) -> None:
    response = client.post(
        "/ticketing/tickets/TCK-4001/close", json=CLOSE, headers={"Idempotency-Key": "new"}
    )
    assert (response.status_code, response.json()["error"]) == (409, "ticket-already-closed")
    assert "service-desk" in response.json()["message"]


def test_close_key_reused_for_another_ticket_is_a_conflict(client: TestClient) -> None:
    key = {"Idempotency-Key": "close-1"}
    client.post("/ticketing/tickets/TCK-5001/close", json=CLOSE, headers=key)
    response = client.post("/ticketing/tickets/TCK-5002/close", json=CLOSE, headers=key)
    assert (response.status_code, response.json()["error"]) == (422, "idempotency-key-conflict")
    assert client.get("/ticketing/tickets/TCK-5002").json()["status"] == "open"


def test_created_ticket_can_be_read_and_closed(client: TestClient) -> None:
    key = {"Idempotency-Key": "TCK-9001:create"}
    created = client.post("/ticketing/tickets", json=ticket_body(), headers=key)
    replay = client.post("/ticketing/tickets", json=ticket_body(), headers=key)
    assert (created.status_code, replay.status_code) == (201, 200)
    assert replay.json() == created.json()
    assert created.json()["status"] == "open"
    assert client.get("/ticketing/tickets/TCK-9001").json() == created.json()
    closing = client.post(
        "/ticketing/tickets/TCK-9001/close", json=CLOSE, headers={"Idempotency-Key": "c"}
    )
    assert closing.json()["status"] == "closed"


@pytest.mark.parametrize("ticket_id", ["TCK-5001", "TCK-9001"])
def test_creating_a_taken_ticket_id_is_a_conflict(client: TestClient, ticket_id: str) -> None:
    client.post("/ticketing/tickets", json=ticket_body(), headers={"Idempotency-Key": "a"})
    response = client.post(
        "/ticketing/tickets", json=ticket_body(ticketId=ticket_id), headers={"Idempotency-Key": "b"}
    )
    assert (response.status_code, response.json()["error"]) == (409, "ticket-exists")


def test_new_records_survive_a_restart(state_dir: Path) -> None:
    before = TestClient(create_app(DEFAULT_DATA_DIR, state_dir))
    before.post("/ticketing/tickets", json=ticket_body(), headers={"Idempotency-Key": "t"})
    before.post("/ticketing/tickets/TCK-5003/close", json=CLOSE, headers={"Idempotency-Key": "c"})
    opened = before.post(
        "/core-banking/accounts", json=account_body(), headers={"Idempotency-Key": "o"}
    ).json()
    after = TestClient(create_app(DEFAULT_DATA_DIR, state_dir))
    assert after.get("/ticketing/tickets/TCK-9001").json()["status"] == "open"
    assert after.get("/ticketing/tickets/TCK-5003").json()["status"] == "closed"
    replay = after.post(
        "/core-banking/accounts", json=account_body(), headers={"Idempotency-Key": "o"}
    )
    assert (replay.status_code, replay.json()) == (200, opened)


@pytest.mark.parametrize(
    ("system", "path"),
    [
        ("core-banking", "/core-banking/accounts"),
        ("cms", "/cms/publications"),
        ("crm", "/crm/customers/CUST-1001"),
        ("ticketing", "/ticketing/tickets/TCK-5001"),
    ],
)
def test_faults_apply_to_each_new_system(faulty_client: TestClient, system: str, path: str) -> None:
    faulty_client.post("/_faults", json={"system": system, "mode": "down", "count": 1})
    assert faulty_client.get(path).status_code == 503
    assert faulty_client.get(path).status_code == 200
