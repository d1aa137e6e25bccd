"""The content handlers' router on fake systems, shared by the family's handler tests."""

import pytest
from pyzeebe import ZeebeTaskRouter

from tests.unit.content.content_cases import FakeContentSystems
from workers.content.handlers import build_router


@pytest.fixture
def systems() -> FakeContentSystems:
    return FakeContentSystems()


@pytest.fixture
def router(systems: FakeContentSystems) -> ZeebeTaskRouter:
    return build_router(systems.dependencies())
