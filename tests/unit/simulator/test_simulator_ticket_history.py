"""``GET /ticketing/tickets?customerId=``: a customer's earlier tickets, newest first, bounded."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from simulator.models import MAX_TICKETS_LISTED

NEW_TICKET = {
    "ticketId": "TCK-9001",
    "customerId": "CUST-1001",
    "subject": "Card blocked again",
    "body": "Blocked in Porto this time.",
    "channel": "chat",
}


def ticket_ids(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/ticketing/tickets?{query}")
    assert response.status_code == 200
    return [t["ticketId"] for t in response.json()]


def test_customer_tickets_are_listed_newest_first(client: TestClient) -> None:
    assert ticket_ids(client, "customerId=CUST-1001") == ["TCK-5003", "TCK-4001"]


def test_created_and_closed_tickets_are_listed_as_they_are_now(client: TestClient) -> None:
    created = client.post("/ticketing/tickets", json=NEW_TICKET, headers={"Idempotency-Key": "n"})
    assert created.status_code == 201
    client.post(
        "/ticketing/tickets/TCK-5003/close",
        json={"resolution": "Card unblocked", "resolvedBy": "cards-team"},
        headers={"Idempotency-Key": "c"},
    )
    tickets = client.get("/ticketing/tickets?customerId=CUST-1001").json()
    assert [(t["ticketId"], t["status"]) for t in tickets] == [
        ("TCK-9001", "open"),
        ("TCK-5003", "closed"),
        ("TCK-4001", "closed"),
    ]


def test_limit_keeps_the_newest(client: TestClient) -> None:
    assert ticket_ids(client, "customerId=CUST-1001&limit=1") == ["TCK-5003"]


def test_unknown_customer_has_no_tickets(client: TestClient) -> None:
    assert ticket_ids(client, "customerId=CUST-9999") == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("", "customerId"),
        ("customerId=", "customerId"),
        ("customerId=CUST%201001", "customerId"),
        ("customerId=CUST-1001&limit=0", "limit"),
        (f"customerId=CUST-1001&limit={MAX_TICKETS_LISTED + 1}", "limit"),
        ("customerId=CUST-1001&limit=many", "limit"),
        ("customerId=CUST-1001&status=open", "status"),
    ],
)
def test_malformed_query_is_a_400_naming_the_parameter(
    client: TestClient, query: str, field: str
) -> None:
    response = client.get(f"/ticketing/tickets?{query}")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid-query"
    assert field in response.json()["message"]
