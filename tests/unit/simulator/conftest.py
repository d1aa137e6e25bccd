from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def client(state_dir: Path) -> TestClient:
    return TestClient(create_app(DEFAULT_DATA_DIR, state_dir))


@pytest.fixture
def faulty_client(state_dir: Path) -> TestClient:
    return TestClient(create_app(DEFAULT_DATA_DIR, state_dir, faults=True))
