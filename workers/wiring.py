"""Every process family's router, built with its real dependencies for one fleet process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from agents.runtime import AgentRuntime
from config.settings import Settings
from workers.claims import claims_router
from workers.content import content_router
from workers.context_sinks import open_context_sinks
from workers.escalation import escalation_router
from workers.onboarding import onboarding_router


@asynccontextmanager
async def fleet_routers(settings: Settings) -> AsyncIterator[tuple[ZeebeTaskRouter, ...]]:
    """Open the context store and every family's clients; close them all when the fleet stops."""
    async with AsyncExitStack() as stack:
        sinks = await stack.enter_async_context(open_context_sinks(settings))
        runtime = AgentRuntime.from_settings(
            settings.llm,
            timeline=sinks,
            audit=sinks,
        )
        routers = [await stack.enter_async_context(claims_router(settings, runtime))]
        for factory in (onboarding_router, content_router, escalation_router):
            routers.append(await stack.enter_async_context(factory(settings)))
        yield tuple(routers)
