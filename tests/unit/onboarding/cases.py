"""Onboarding fixtures and in-memory stand-ins for KYC, sanctions, core banking, CRM, the
knowledge base, the planner and notices."""

from dataclasses import dataclass, field
from typing import Any

from agents import AgentRuntime, InvestigationBudget, InvestigationInput, InvestigationStep
from config import onboarding_policy
from contracts.common import Citation
from contracts.errors import LegacySystemUnavailableError
from contracts.onboarding import (
    Account,
    IdentityCheck,
    IdentityStatus,
    SanctionsHit,
    SanctionsScreening,
)
from tests.unit.handler_helpers import offline_runtime
from workers.agentic_step import planner_on_runtime
from workers.notices import Notice
from workers.onboarding.agent_roles import OnboardingAgents
from workers.onboarding.handlers import (
    AccountOrder,
    IdentityQuery,
    OnboardingDependencies,
    SanctionsQuery,
)
from workers.onboarding.rules import KnownCustomer


def person_application(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "applicationId": "APP-1001",
        "applicant": {
            "kind": "person",
            "name": "Ana Ruiz",
            "dateOfBirth": "1988-04-12",
            "country": "ES",
            "email": "ana@example.com",
        },
        "requestedProduct": "current-account",
        "documents": [
            {"kind": "id", "name": "passport.pdf", "text": "Passport Ana Ruiz"},
            {"kind": "proof-of-address", "name": "utility.pdf", "text": "Calle Mayor 1"},
        ],
    }
    payload.update(overrides)
    return payload


def company_application(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "applicationId": "APP-2001",
        "applicant": {
            "kind": "company",
            "name": "Nordlicht GmbH",
            "registrationNumber": "HRB 12345",
            "country": "DE",
            "email": "office@nordlicht.example",
        },
        "requestedProduct": "business-account",
        "documents": [],
    }
    payload.update(overrides)
    return payload


def hit(name: str, score: float) -> SanctionsHit:
    return SanctionsHit(
        list_entry_id=f"EU-{name[:3]}", listed_name=name, list_name="EU-CFSP", score=score
    )


@dataclass
class FakeOnboardingSystems:
    identity_status: IdentityStatus = IdentityStatus.VERIFIED
    sanctions_hits: list[SanctionsHit] = field(default_factory=list)
    sanctions_matched: bool = False
    down: bool = False
    identity_queries: list[IdentityQuery] = field(default_factory=list)
    sanctions_queries: list[SanctionsQuery] = field(default_factory=list)
    accounts: dict[str, Account] = field(default_factory=dict)
    account_orders: list[AccountOrder] = field(default_factory=list)
    notices: dict[str, Notice] = field(default_factory=dict)
    runtime: AgentRuntime = field(default_factory=offline_runtime)
    customers: dict[str, KnownCustomer] = field(default_factory=dict)
    guidance: list[Citation] = field(default_factory=list)
    guidance_queries: list[str] = field(default_factory=list)
    job_results: dict[int, dict[str, Any]] = field(default_factory=dict)

    async def check_identity(self, query: IdentityQuery) -> IdentityCheck:
        if self.down:
            raise LegacySystemUnavailableError("kyc did not answer (test)")
        self.identity_queries.append(query)
        return IdentityCheck(
            check_id=f"IDC-{query.applicant_id}",
            status=self.identity_status,
            reasons=[f"test verdict {self.identity_status.value}"],
        )

    async def screen_sanctions(self, query: SanctionsQuery) -> SanctionsScreening:
        self.sanctions_queries.append(query)
        return SanctionsScreening(
            screening_id="SCR-1", matched=self.sanctions_matched, hits=self.sanctions_hits
        )

    async def open_account(self, order: AccountOrder, key: str) -> Account:
        self.account_orders.append(order)
        if key not in self.accounts:
            number = len(self.accounts) + 1
            self.accounts[key] = Account(
                account_id=f"ACC-{number}",
                iban=f"DE000000000000000000{number:02d}",
                status="active",
            )
        return self.accounts[key]

    async def notify(self, notice: Notice, key: str) -> str:
        self.notices.setdefault(key, notice)
        return f"N-{key}"

    async def known_customer(self, customer_id: str) -> KnownCustomer | None:
        if self.down:
            raise LegacySystemUnavailableError("crm did not answer (test)")
        return self.customers.get(customer_id)

    async def accounts_opened(self, application_id: str) -> int:
        return sum(1 for o in self.account_orders if o.application_id == application_id)

    async def retrieve(self, query: str) -> list[Citation]:
        self.guidance_queries.append(query)
        return self.guidance

    async def plan(
        self, request: InvestigationInput, budget: InvestigationBudget
    ) -> InvestigationStep:
        return await planner_on_runtime(self.runtime)(request, budget)

    async def complete_with_result(self, job_key: int, result: dict[str, Any]) -> None:
        self.job_results[job_key] = result

    def dependencies(self) -> OnboardingDependencies:
        return OnboardingDependencies(
            check_identity=self.check_identity,
            screen_sanctions=self.screen_sanctions,
            open_account=self.open_account,
            notify=self.notify,
            policy=onboarding_policy(),
            agents=OnboardingAgents(self.runtime),
            known_customer=self.known_customer,
            accounts_opened=self.accounts_opened,
            retrieve=self.retrieve,
            plan_due_diligence=self.plan,
            complete_with_result=self.complete_with_result,
        )
