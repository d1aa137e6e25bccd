"""In-memory stand-ins for the legacy systems and the classifier, recording every side effect."""

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from agents import (
    AgentRuntime,
    InMemoryAudit,
    InMemoryTimeline,
    ModelBudget,
    offline_context,
    offline_roles,
)
from agents.investigation import (
    InvestigationBudget,
    InvestigationInput,
    InvestigationStep,
    next_step,
)
from config import claims_policy
from contracts.claims import Claim, Complexity, Payment, Priority, Triage
from contracts.common import Citation
from contracts.errors import LegacySystemUnavailableError, PolicyNotFoundError
from guardrails import load_guardrail_policies
from tests.unit.claims.cases import home_policy
from tests.unit.handler_helpers import offline_runtime
from workers.claims.agent_roles import ClaimsAgents
from workers.claims.handlers import ClaimsDependencies, PaymentOrder
from workers.claims.rules import PolicyTerms, PriorClaim
from workers.notices import Notice


@dataclass
class FakeLegacySystems:
    policies: dict[str, PolicyTerms] = field(default_factory=lambda: {"HOME-1001": home_policy()})
    payments: dict[str, Payment] = field(default_factory=dict)
    payment_calls: int = 0
    notices: dict[str, Notice] = field(default_factory=dict)
    down: bool = False
    confidence: float = 0.9
    audit: InMemoryAudit = field(default_factory=InMemoryAudit)
    job_results: dict[int, dict[str, Any]] = field(default_factory=dict)
    timeline: InMemoryTimeline = field(default_factory=InMemoryTimeline)
    guidelines: list[Citation] = field(default_factory=list)
    timeline_lines: list[str] = field(default_factory=list)
    model_calls_per_case: int = 20

    async def cite(self, query: str) -> list[Citation]:
        return self.guidelines

    async def read_timeline(self, case_id: str) -> list[str]:
        return self.timeline_lines

    def runtime(self) -> AgentRuntime:
        """The offline runtime, its timeline and audit kept here and its budget as set."""
        return dataclasses.replace(
            offline_runtime(),
            timeline=self.timeline,
            audit=self.audit,
            budget=ModelBudget(self.model_calls_per_case, 100_000),
        )

    async def classify(self, claim: Claim) -> Triage:
        return Triage(
            loss_type=claim.loss_type or "other",
            priority=Priority.NORMAL,
            complexity=Complexity.SIMPLE,
            confidence=self.confidence,
            reasons=["test classifier"],
            model="test",
        )

    async def policy_terms(self, number: str) -> PolicyTerms:
        if self.down:
            raise LegacySystemUnavailableError("policy admin did not answer (test)")
        if number not in self.policies:
            raise PolicyNotFoundError(f"policy {number} not found")
        return self.policies[number]

    async def prior_claims(self, number: str) -> list[PriorClaim]:
        return []

    async def pay(self, order: PaymentOrder, key: str) -> Payment:
        self.payment_calls += 1
        if key not in self.payments:
            self.payments[key] = Payment(
                payment_id=f"PAY-{len(self.payments) + 1}", amount=order.amount, status="executed"
            )
        return self.payments[key]

    async def notify(self, notice: Notice, key: str) -> str:
        self.notices.setdefault(key, notice)
        return f"N-{key}"

    async def plan_investigation(
        self, request: InvestigationInput, budget: InvestigationBudget
    ) -> InvestigationStep:
        ctx = offline_context(
            request.case_id,
            request.process,
            timeline=InMemoryTimeline(),
            audit=self.audit,
            budget=ModelBudget(20, 100_000),
            roles=offline_roles(),
        )
        return next_step(ctx, request, budget)

    async def complete_with_result(self, job_key: int, result: dict[str, Any]) -> None:
        self.job_results[job_key] = result

    def dependencies(self) -> ClaimsDependencies:
        return ClaimsDependencies(
            classify=self.classify,
            policy_terms=self.policy_terms,
            prior_claims=self.prior_claims,
            pay=self.pay,
            notify=self.notify,
            plan_investigation=self.plan_investigation,
            complete_with_result=self.complete_with_result,
            agents=ClaimsAgents(
                runtime=self.runtime(), cite=self.cite, read_timeline=self.read_timeline
            ),
            policy=claims_policy(),
            payout_limits=load_guardrail_policies(),
            audit=self.audit,
        )

    @property
    def total_paid(self) -> Decimal:
        return sum((p.amount.value for p in self.payments.values()), Decimal(0))
