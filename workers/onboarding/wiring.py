"""Build the ``customer-onboarding`` router with real clients: KYC, core banking, notifications."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from agents import AgentRuntime
from clients import (
    AccountRequest,
    CoreBankingClient,
    IdentityCheckRequest,
    KycClient,
    NotificationsClient,
    SanctionsScreeningRequest,
)
from config import OnboardingPolicy, Settings
from contracts.onboarding import Account, IdentityCheck, SanctionsScreening
from workers.notices import Notice, send_notice
from workers.onboarding.agent_roles import OnboardingAgents
from workers.onboarding.handlers import (
    AccountOrder,
    IdentityQuery,
    OnboardingDependencies,
    SanctionsQuery,
    build_router,
)


def onboarding_dependencies(
    kyc: KycClient,
    core_banking: CoreBankingClient,
    notifications: NotificationsClient,
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

    return OnboardingDependencies(
        check_identity=check_identity,
        screen_sanctions=screen_sanctions,
        open_account=open_account,
        notify=notify,
        policy=policy,
        agents=OnboardingAgents(runtime),
    )


@asynccontextmanager
async def onboarding_router(
    settings: Settings, runtime: AgentRuntime, policy: OnboardingPolicy
) -> AsyncIterator[ZeebeTaskRouter]:
    """The onboarding router, with clients that are closed when the fleet stops."""
    async with (
        KycClient.from_settings(settings) as kyc,
        CoreBankingClient.from_settings(settings) as core_banking,
        NotificationsClient.from_settings(settings) as notifications,
    ):
        yield build_router(
            onboarding_dependencies(kyc, core_banking, notifications, policy, runtime)
        )
