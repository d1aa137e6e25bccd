"""Build the ``customer-onboarding`` router with real clients: KYC, core banking, CRM,
notifications, the context store's knowledge retriever and the engine's REST API (the due
diligence planner completes its own jobs there)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from agents import AgentRuntime
from clients import (
    AccountRequest,
    CoreBankingClient,
    CrmClient,
    IdentityCheckRequest,
    KycClient,
    NotificationsClient,
    SanctionsScreeningRequest,
)
from config import OnboardingPolicy, Settings
from contracts.common import Citation
from contracts.errors import CustomerNotFoundError
from contracts.onboarding import Account, IdentityCheck, SanctionsScreening
from workers.agentic_step import EngineJobs, planner_on_runtime
from workers.knowledge import LazyContextStore
from workers.notices import Notice, send_notice
from workers.onboarding.agent_roles import OnboardingAgents
from workers.onboarding.handlers import (
    AccountOrder,
    IdentityQuery,
    OnboardingDependencies,
    SanctionsQuery,
    build_router,
)
from workers.onboarding.rules import KnownCustomer

GUIDANCE_CITED = 3
"""Knowledge-base passages the due diligence guidance tool returns."""


def onboarding_dependencies(
    kyc: KycClient,
    core_banking: CoreBankingClient,
    crm: CrmClient,
    notifications: NotificationsClient,
    retrieve: Callable[[str], Awaitable[list[Citation]]],
    engine_jobs: EngineJobs,
    policy: OnboardingPolicy,
    runtime: AgentRuntime,
) -> OnboardingDependencies:
    """Adapt the legacy-system clients to the callables the handlers take."""

    async def check_identity(query: IdentityQuery) -> IdentityCheck:
        checked = await kyc.check_identity(
            IdentityCheckRequest(
                applicant_id=query.applicant_id,
                name=query.name,
                date_of_birth=query.date_of_birth,
                country=query.country,
                documents=query.documents,
            )
        )
        return IdentityCheck.model_validate(checked.model_dump(mode="json", by_alias=True))

    async def screen_sanctions(query: SanctionsQuery) -> SanctionsScreening:
        screened = await kyc.screen_sanctions(
            SanctionsScreeningRequest(
                name=query.name, country=query.country, date_of_birth=query.date_of_birth
            )
        )
        return SanctionsScreening.model_validate(screened.model_dump(mode="json", by_alias=True))

    async def open_account(order: AccountOrder, key: str) -> Account:
        opened = await core_banking.open_account(
            AccountRequest(
                application_id=order.application_id,
                customer_name=order.customer_name,
                product=order.product,
                currency=order.currency,
            ),
            key,
        )
        return Account(account_id=opened.account_id, iban=opened.iban, status=opened.status)

    async def notify(notice: Notice, key: str) -> str:
        return await send_notice(notifications, notice, key)

    async def known_customer(customer_id: str) -> KnownCustomer | None:
        try:
            customer = await crm.get_customer(customer_id)
        except CustomerNotFoundError:
            return None
        return KnownCustomer(
            customer_id=customer.customer_id,
            segment=customer.segment.value,
            contacts=len(customer.history),
        )

    async def accounts_opened(application_id: str) -> int:
        return len(await core_banking.accounts_for_application(application_id))

    return OnboardingDependencies(
        check_identity=check_identity,
        screen_sanctions=screen_sanctions,
        open_account=open_account,
        notify=notify,
        policy=policy,
        agents=OnboardingAgents(runtime),
        known_customer=known_customer,
        accounts_opened=accounts_opened,
        retrieve=retrieve,
        plan_due_diligence=planner_on_runtime(runtime),
        complete_with_result=engine_jobs.complete_with_result,
    )


@asynccontextmanager
async def onboarding_router(
    settings: Settings,
    runtime: AgentRuntime,
    policy: OnboardingPolicy,
    engine_jobs: EngineJobs,
) -> AsyncIterator[ZeebeTaskRouter]:
    """The onboarding router, with clients that are closed when the fleet stops."""
    knowledge = LazyContextStore(settings, k=GUIDANCE_CITED)
    async with (
        KycClient.from_settings(settings) as kyc,
        CoreBankingClient.from_settings(settings) as core_banking,
        CrmClient.from_settings(settings) as crm,
        NotificationsClient.from_settings(settings) as notifications,
    ):
        deps = onboarding_dependencies(
            kyc,
            core_banking,
            crm,
            notifications,
            knowledge.retrieve,
            engine_jobs,
            policy,
            runtime,
        )
        try:
            yield build_router(deps)
        finally:
            await knowledge.close()
