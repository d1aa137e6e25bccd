"""An in-process engine on a temporary data directory, fresh for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine.runtime import Engine, EngineConfig


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    opened = await Engine.open(EngineConfig(data_dir=tmp_path / "data"))
    yield opened
    await opened.close()
