"""The onboarding handlers' router on fake systems, shared by the family's handler tests."""

import pytest
from pyzeebe import ZeebeTaskRouter

from tests.unit.onboarding.cases import FakeOnboardingSystems
from workers.onboarding.handlers import build_router


@pytest.fixture
def systems() -> FakeOnboardingSystems:
    return FakeOnboardingSystems()


@pytest.fixture
def router(systems: FakeOnboardingSystems) -> ZeebeTaskRouter:
    return build_router(systems.dependencies())
