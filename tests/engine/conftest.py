"""Session fixtures for the engine suite: the real Camunda 8.9 engine (same launcher as
``make engine-up``), Elasticsearch, the simulator, every model deployed, and the fleet running
as ``python -m workers`` in a subprocess — each started once per session."""

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from pyzeebe import ZeebeClient, create_insecure_channel

from baton_cli.deploy import model_files
from devservices import elasticsearch, engine, simulator
from tests.engine.camunda_rest import CamundaRest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def engine_handle() -> Iterator[engine.EngineHandle]:
    handle = engine.ensure_running()
    yield handle
    if handle.started_here:
        engine.stop()


@pytest.fixture(scope="session")
def services(engine_handle: engine.EngineHandle) -> Iterator[dict[str, str]]:
    es = elasticsearch.ensure_running()
    sim = simulator.ensure_running()
    yield {"elasticsearch": es.url, "simulator": sim.url}
    if not sim.reused:
        simulator.stop()
    if es.started_here:
        elasticsearch.stop_running()


@pytest.fixture(scope="session")
def deployed(engine_handle: engine.EngineHandle) -> None:
    async def deploy() -> None:
        channel = create_insecure_channel(grpc_address=engine_handle.gateway_address)
        try:
            await ZeebeClient(channel).deploy_resource(*[str(f) for f in model_files()])
        finally:
            await channel.close()

    asyncio.run(deploy())


@pytest.fixture(scope="session")
def fleet(
    engine_handle: engine.EngineHandle, services: dict[str, str], deployed: None
) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "BATON_ZEEBE__ADDRESS": engine_handle.gateway_address,
        "BATON_ZEEBE__REST_URL": engine_handle.rest_url,
        "BATON_ELASTICSEARCH_URL": services["elasticsearch"],
        "BATON_ELASTICSEARCH_INDEX_PREFIX": f"engine-test-{uuid.uuid4().hex[:8]}",
        "BATON_SIMULATOR_URL": services["simulator"],
        "BATON_METRICS_PORT": "19464",
        "BATON_FLEET__RETRY_BACKOFF_MS": "1000",
    }
    proc = subprocess.Popen([sys.executable, "-m", "workers"], cwd=ROOT, env=env)
    yield proc
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0, "the fleet must exit 0 on SIGTERM"


@pytest.fixture
async def rest(engine_handle: engine.EngineHandle) -> AsyncIterator[CamundaRest]:
    client = CamundaRest(engine_handle.rest_url)
    yield client
    await client.aclose()


@pytest.fixture
async def zeebe(engine_handle: engine.EngineHandle) -> AsyncIterator[ZeebeClient]:
    channel = create_insecure_channel(grpc_address=engine_handle.gateway_address)
    yield ZeebeClient(channel)
    await channel.close()
