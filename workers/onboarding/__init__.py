"""The ``customer-onboarding`` family: handlers, wiring, step rules (README.md)."""

from workers.onboarding.handlers import (
    AccountOrder,
    IdentityQuery,
    OnboardingDependencies,
    SanctionsQuery,
    build_router,
)
from workers.onboarding.wiring import onboarding_router

__all__ = [
    "AccountOrder",
    "IdentityQuery",
    "OnboardingDependencies",
    "SanctionsQuery",
    "build_router",
    "onboarding_router",
]
