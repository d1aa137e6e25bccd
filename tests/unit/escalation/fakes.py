"""Ticket fixtures and in-memory CRM, knowledge base and ticketing, recording every side effect."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from agents import AgentRuntime
from config import escalation_policy
from contracts.common import Citation
from contracts.errors import CustomerNotFoundError, LegacySystemUnavailableError
from contracts.escalation import ClosedTicket
from tests.unit.handler_helpers import offline_runtime
from workers.agentic_step import planner_on_runtime
from workers.escalation.agent_roles import EscalationAgents
from workers.escalation.handlers import EscalationDependencies, TicketClosure
from workers.escalation.rules import CrmContact, CustomerProfile, EarlierTicket
from workers.notices import Notice


def ticket_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "ticketId": "TCK-2001",
        "customerId": "CUST-7",
        "channel": "email",
        "subject": "Charged twice on my invoice",
        "body": (
            "My March invoice shows the premium charged twice. "
            "Please refund the second payment. "
            "I have been a customer for ten years."
        ),
        "history": [],
    }
    payload.update(overrides)
    return payload


def customer(**overrides: Any) -> CustomerProfile:
    values: dict[str, Any] = {
        "customer_id": "CUST-7",
        "name": "Jo Park",
        "segment": "private",
        "email": "jo.park@example.com",
        "history": [
            CrmContact(date(2026, 1, 5), "phone", "Address change", "done"),
            CrmContact(date(2026, 2, 11), "email", "Invoice question", "explained"),
        ],
    }
    values.update(overrides)
    return CustomerProfile(**values)


def routing(group: str = "billing", **overrides: Any) -> dict[str, Any]:
    return {"expertGroup": group, "sla": "P1D", "taskPriority": 50, **overrides}


@dataclass
class FakeBackOffice:
    customers: dict[str, CustomerProfile] = field(default_factory=lambda: {"CUST-7": customer()})
    passages: list[Citation] = field(
        default_factory=lambda: [
            Citation(
                source="billing-refunds#1",
                title="Refund policy",
                excerpt="Duplicate charges are refunded.",
            ),
            Citation(
                source="billing-refunds#2",
                title="Refund policy",
                excerpt="Refunds take five working days.",
            ),
        ]
    )
    tickets: list[EarlierTicket] = field(
        default_factory=lambda: [
            EarlierTicket("TCK-2001", "open", "Charged twice on my invoice"),
            EarlierTicket(
                "TCK-1990",
                "closed",
                "Refund to IBAN DE89370400440532013000 for Jo Park",
                created_at=datetime(2026, 2, 11, 9, 0, tzinfo=UTC),
                resolution="Refunded; told Jo Park by phone +49 30 1234567",
            ),
            EarlierTicket(
                "TCK-1800", "closed", "Address change", datetime(2025, 9, 1, tzinfo=UTC), "done"
            ),
        ]
    )
    queries: list[str] = field(default_factory=list)
    closed: dict[str, ClosedTicket] = field(default_factory=dict)
    closures: list[TicketClosure] = field(default_factory=list)
    crm_down: bool = False
    notices: dict[str, Notice] = field(default_factory=dict)
    runtime: AgentRuntime = field(default_factory=offline_runtime)
    job_results: dict[int, dict[str, Any]] = field(default_factory=dict)

    async def customer(self, customer_id: str) -> CustomerProfile:
        if self.crm_down:
            raise LegacySystemUnavailableError("CRM did not answer (test)")
        if customer_id not in self.customers:
            raise CustomerNotFoundError(f"Customer {customer_id!r} does not exist in the CRM")
        return self.customers[customer_id]

    async def earlier_tickets(self, customer_id: str) -> list[EarlierTicket]:
        if customer_id not in self.customers:
            return []
        return list(self.tickets)

    async def retrieve(self, query: str) -> list[Citation]:
        self.queries.append(query)
        return list(self.passages)

    async def close_ticket(self, closure: TicketClosure, key: str) -> ClosedTicket:
        self.closures.append(closure)
        if key not in self.closed:
            self.closed[key] = ClosedTicket(
                ticket_id=closure.ticket_id, status="closed", resolved_by=closure.resolved_by
            )
        return self.closed[key]

    async def notify(self, notice: Notice, key: str) -> str:
        self.notices.setdefault(key, notice)
        return f"NTF-{list(self.notices).index(key) + 1}"

    async def complete_with_result(self, job_key: int, result: dict[str, Any]) -> None:
        self.job_results[job_key] = result

    def dependencies(self) -> EscalationDependencies:
        return EscalationDependencies(
            customer=self.customer,
            earlier_tickets=self.earlier_tickets,
            retrieve=self.retrieve,
            close_ticket=self.close_ticket,
            notify=self.notify,
            agents=EscalationAgents(self.runtime, escalation_policy()),
            policy=escalation_policy(),
            plan_research=planner_on_runtime(self.runtime),
            complete_with_result=self.complete_with_result,
        )
