"""Real dependencies of the claims handlers: legacy-system clients, the ingestion agent, limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from elasticsearch import AsyncElasticsearch
from pyzeebe import ZeebeTaskRouter

from agents import (
    AgentRuntime,
    classify_claim,
)
from clients import (
    NotificationsClient,
    Payee,
    PaymentRequest,
    PaymentsClient,
    Policy,
    PolicyAdminClient,
)
from config import ClaimsPolicy, Settings
from contextstore import CaseTimeline, IndexNames, connect
from contracts.claims import Claim, Payment, Triage
from contracts.common import Citation
from workers.agentic_step import EngineJobs, planner_on_runtime
from workers.claims.agent_roles import ClaimsAgents
from workers.claims.handlers import ClaimsDependencies, PaymentOrder, build_router
from workers.claims.rules import PolicyTerms, PriorClaim
from workers.knowledge import LazyContextStore
from workers.notices import Notice, send_notice

log = structlog.get_logger("baton.claims")

GUIDELINES_CITED = 3
EXCERPT_CHARS = 400


def policy_terms_of(policy: Policy) -> PolicyTerms:
    return PolicyTerms(
        policy_number=policy.policy_number,
        status=policy.status.value,
        valid_from=policy.valid_from,
        valid_to=policy.valid_to,
        currency=policy.currency,
        coverages={c.loss_type: (c.limit, c.deductible) for c in policy.coverages},
    )


class CaseTimelineReader:
    """A case's timeline as short lines for the reporter's retrospective (who did what, no case
    text). Connects on first use; without the context store the retrospective says so."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client: AsyncElasticsearch | None = None

    async def lines(self, case_id: str) -> list[str]:
        try:
            if self._client is None:
                self._client = await connect(str(self._settings.elasticsearch_url))
            timeline = CaseTimeline(
                self._client, IndexNames(self._settings.elasticsearch_index_prefix)
            )
            events = await timeline.list(case_id)
        except Exception as error:  # the report is written without the timeline, never held up
            log.warning("claims.timeline_unavailable", case_id=case_id, error=repr(error))
            return []
        return [f"{event.actor} {event.summary} at {event.element_id}" for event in events]

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()


@asynccontextmanager
async def claims_router(
    settings: Settings, runtime: AgentRuntime, policy: ClaimsPolicy, engine_jobs: EngineJobs
) -> AsyncIterator[ZeebeTaskRouter]:
    """The claims router, with clients that are closed when the fleet stops."""
    knowledge = LazyContextStore(settings, k=GUIDELINES_CITED)
    timeline = CaseTimelineReader(settings)
    try:
        async with (
            PolicyAdminClient.from_settings(settings) as policy_admin,
            PaymentsClient.from_settings(settings) as payments,
            NotificationsClient.from_settings(settings) as notifications,
        ):

            async def cite(query: str) -> list[Citation]:
                """Guidelines are evidence for the reviewer, not a precondition: without the
                knowledge base the proposal goes out uncited and the log says why."""
                try:
                    passages = await knowledge.retrieve(query)
                except Exception as error:  # evidence is optional; the decision never waits on it
                    log.warning("claims.guidelines_unavailable", error=repr(error))
                    return []
                return [
                    p.model_copy(update={"excerpt": p.excerpt[:EXCERPT_CHARS]}) for p in passages
                ]

            async def classify(claim: Claim) -> Triage:
                return await classify_claim(claim, runtime)

            async def policy_terms(policy_number: str) -> PolicyTerms:
                return policy_terms_of(await policy_admin.get_policy(policy_number))

            async def prior_claims(policy_number: str) -> list[PriorClaim]:
                return [
                    PriorClaim(loss_date=c.loss_date, amount=c.amount.value)
                    for c in await policy_admin.prior_claims(policy_number)
                ]

            async def pay(order: PaymentOrder, key: str) -> Payment:
                executed = await payments.pay(
                    PaymentRequest(
                        claim_id=order.claim_id,
                        policy_number=order.policy_number,
                        payee=Payee(name=order.payee),
                        amount=order.amount,
                        reference=order.reference,
                    ),
                    key,
                )
                return Payment(
                    payment_id=executed.payment_id, amount=executed.amount, status=executed.status
                )

            async def notify(notice: Notice, key: str) -> str:
                return await send_notice(notifications, notice, key)

            yield build_router(
                ClaimsDependencies(
                    classify=classify,
                    policy_terms=policy_terms,
                    prior_claims=prior_claims,
                    pay=pay,
                    notify=notify,
                    plan_investigation=planner_on_runtime(runtime),
                    complete_with_result=engine_jobs.complete_with_result,
                    agents=ClaimsAgents(runtime=runtime, cite=cite, read_timeline=timeline.lines),
                    policy=policy,
                    payout_limits=runtime.policies,
                    audit=runtime.audit,
                    cite=cite,
                )
            )
    finally:
        await knowledge.close()
        await timeline.close()
