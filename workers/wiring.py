"""Every process family's router, built with its real dependencies for one fleet process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from agents import AgentRuntime, offline_roles
from config import Settings, load_policies
from guardrails import InjectionModel
from workers.agentic_step import EngineJobs
from workers.claims import claims_router
from workers.content import content_router
from workers.context_sinks import open_context_sinks
from workers.engine_rest import engine_rest_client
from workers.escalation import escalation_router
from workers.onboarding import onboarding_router
from workers.tasks import tasks_router


@asynccontextmanager
async def fleet_routers(settings: Settings) -> AsyncIterator[tuple[ZeebeTaskRouter, ...]]:
    """Load the policies, open the context store and every family's clients; close them all
    when the fleet stops. A malformed policy stops start-up before anything opens."""
    policies = load_policies(settings.policies_dir)
    async with AsyncExitStack() as stack:
        sinks = await stack.enter_async_context(open_context_sinks(settings))
        runtime = AgentRuntime.from_settings(
            settings.llm,
            timeline=sinks,
            audit=sinks,
            policies=policies.guardrails,
            offline_roles=offline_roles(),
            injection_model=InjectionModel.trained(),
        )
        # One engine REST client (and so one OAuth token) for every family.
        engine_rest = await stack.enter_async_context(engine_rest_client(settings))
        engine_jobs = EngineJobs(engine_rest)
        routers = (
            await stack.enter_async_context(
                claims_router(settings, runtime, policies.claims, engine_jobs)
            ),
            await stack.enter_async_context(
                onboarding_router(settings, runtime, policies.onboarding, engine_jobs)
            ),
            await stack.enter_async_context(
                content_router(
                    settings, runtime, policies.content, policies.guardrails, engine_jobs
                )
            ),
            await stack.enter_async_context(
                escalation_router(settings, runtime, policies.escalation, engine_jobs)
            ),
            tasks_router(engine_rest, runtime.audit),
        )
        yield routers
