"""Every process family's router, built with its real dependencies for one fleet process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from pyzeebe import ZeebeTaskRouter

from config.settings import Settings
from workers.claims_wiring import claims_router
from workers.content_wiring import content_router
from workers.escalation_wiring import escalation_router
from workers.onboarding_wiring import onboarding_router

ROUTER_FACTORIES = (claims_router, onboarding_router, content_router, escalation_router)


@asynccontextmanager
async def fleet_routers(settings: Settings) -> AsyncIterator[tuple[ZeebeTaskRouter, ...]]:
    """Open every family's clients; close them all when the fleet stops."""
    async with AsyncExitStack() as stack:
        yield tuple(
            [await stack.enter_async_context(factory(settings)) for factory in ROUTER_FACTORIES]
        )
