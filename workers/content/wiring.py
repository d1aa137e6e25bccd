"""Build the content-approval router with real dependencies: the CMS and notification clients,
the content rules and their policies, the agent roles on the fleet's runtime."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from agents import AgentRuntime
from clients import Channel, CmsClient, NotificationsClient, PublicationRequest
from config import ContentPolicy, Settings
from contracts.content import ContentChecks, Publication, Submission
from guardrails import GuardrailPolicies
from workers.content.agent_roles import ContentAgents
from workers.content.handlers import ContentDependencies, PublicationOrder, build_router
from workers.content.rules import check_content
from workers.knowledge import LazyContextStore
from workers.notices import Notice, send_notice

POLICY_PASSAGES = 3


@asynccontextmanager
async def content_router(
    settings: Settings,
    runtime: AgentRuntime,
    policy: ContentPolicy,
    guardrails: GuardrailPolicies,
) -> AsyncIterator[ZeebeTaskRouter]:
    """The content router, with clients that are closed when the fleet stops."""
    knowledge = LazyContextStore(settings, k=POLICY_PASSAGES)
    async with (
        CmsClient.from_settings(settings) as cms,
        NotificationsClient.from_settings(settings) as notifications,
    ):

        async def check(submission: Submission) -> ContentChecks:
            return check_content(submission, policy, guardrails)

        async def publish(order: PublicationOrder, key: str) -> Publication:
            published = await cms.publish(
                PublicationRequest(
                    submission_id=order.submission_id,
                    channel=order.channel,
                    title=order.title,
                    body=order.body,
                ),
                key,
            )
            return Publication(
                publication_id=published.publication_id,
                url=published.url,
                published_at=published.published_at,
            )

        async def notify(notice: Notice, key: str) -> str:
            """Reviewer groups are reached by e-mail (their distribution lists)."""
            return await send_notice(notifications, notice, key, channel=Channel.EMAIL)

        try:
            yield build_router(
                ContentDependencies(
                    check=check,
                    publish=publish,
                    notify=notify,
                    policy=policy,
                    agents=ContentAgents(runtime=runtime, retrieve=knowledge.retrieve),
                )
            )
        finally:
            await knowledge.close()
