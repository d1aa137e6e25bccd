"""The escalation handlers' router on fake systems, shared by the family's handler tests."""

import pytest
from pyzeebe import ZeebeTaskRouter

from tests.unit.escalation.fakes import FakeBackOffice
from workers.escalation import build_router


@pytest.fixture
def office() -> FakeBackOffice:
    return FakeBackOffice()


@pytest.fixture
def router(office: FakeBackOffice) -> ZeebeTaskRouter:
    return build_router(office.dependencies())
