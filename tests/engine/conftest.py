"""Fixtures of the process suites beyond the shared session services."""

from collections.abc import AsyncIterator

import pytest

from tests.engine.simulator_records import SimulatorRecords


@pytest.fixture
async def simulator(services: dict[str, str]) -> AsyncIterator[SimulatorRecords]:
    records = SimulatorRecords(services["simulator"])
    yield records
    await records.aclose()
