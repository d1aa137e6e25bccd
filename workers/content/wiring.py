"""Build the content-approval router with real dependencies: the CMS and notification clients,
the content rules and their policies, the context store's knowledge retriever, the agent roles
and the fact-checking planner on the fleet's runtime."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from agents import AgentRuntime
from clients import Channel, CmsClient, NotificationsClient, PublicationRequest
from config import ContentPolicy, Settings
from contracts.content import ContentChecks, EarlierPublication, Publication, Submission
from guardrails import GuardrailPolicies
from workers.agentic_step import EngineJobs, planner_on_runtime
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
    engine_jobs: EngineJobs,
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

        async def publications() -> list[EarlierPublication]:
            return [
                EarlierPublication(
                    publication_id=p.publication_id,
                    submission_id=p.submission_id,
                    channel=p.channel,
                    title=p.title,
                    url=p.url,
                    published_at=p.published_at,
                )
                for p in await cms.list_publications()
            ]

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
                    retrieve=knowledge.retrieve,
                    publications=publications,
                    plan_fact_check=planner_on_runtime(runtime),
                    complete_with_result=engine_jobs.complete_with_result,
                )
            )
        finally:
            await knowledge.close()
