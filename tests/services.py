"""Session fixtures shared by the engine, browser and fault suites.

The local engine (Baton's own by default, this session's own process on free ports; Camunda 8.9
with ``BATON_ENGINE=camunda`` through the shared launcher), Elasticsearch, the simulator, every
model deployed, and the fleet running as ``python -m workers`` in a subprocess — each started
once per session."""

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from pyzeebe import ZeebeClient, create_insecure_channel

from baton_cli.deploy import model_files
from contextstore import drop_prefix
from devservices import elasticsearch, engine, simulator
from devservices.engine_handle import EngineHandle
from tests.engine.camunda_rest import CamundaRest
from tests.engine.engine_process import EngineProcess, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def engine_handle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineHandle]:
    """Baton's engine, this session's own; ``BATON_ENGINE=camunda`` uses the shared launcher."""
    if engine.selected() == "camunda":
        handle = engine.ensure_running()
        yield handle
        if handle.started_here:
            engine.stop()
        return
    folder = tmp_path_factory.mktemp("engine")
    process = EngineProcess(folder / "data", folder / "engine.log")
    startup_s = process.start()
    assert process.proc is not None
    yield EngineHandle(process.proc.pid, process.gateway_address, process.rest_url, True, startup_s)
    process.stop()


@pytest.fixture(scope="session")
def services(engine_handle: EngineHandle) -> Iterator[dict[str, str]]:
    es = elasticsearch.ensure_running()
    sim = simulator.ensure_running()
    yield {"elasticsearch": es.url, "simulator": sim.url}
    if not sim.reused:
        simulator.stop()
    if es.started_here:
        elasticsearch.stop_running()


@pytest.fixture(scope="session")
def deployed(engine_handle: EngineHandle) -> None:
    async def deploy() -> None:
        channel = create_insecure_channel(grpc_address=engine_handle.gateway_address)
        try:
            await ZeebeClient(channel).deploy_resource(*[str(f) for f in model_files()])
        finally:
            await channel.close()

    asyncio.run(deploy())


@pytest.fixture(scope="session")
def fleet_index_prefix(services: dict[str, str]) -> Iterator[str]:
    """The index prefix the session's fleet writes its context store under; its indices are
    removed at the end of the session."""
    prefix = f"engine-test-{uuid.uuid4().hex[:8]}"
    yield prefix
    asyncio.run(drop_prefix(services["elasticsearch"], prefix))


def _wait_until_ready(proc: subprocess.Popen[bytes], readyz: str, limit_s: float = 300) -> None:
    """Block until the fleet's ``/readyz`` answers 200, so no test starts against a fleet that
    is still importing (a minute and more on a loaded 2-core machine)."""
    deadline = time.monotonic() + limit_s
    reason = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the fleet exited with {proc.returncode} before it was ready")
        try:
            answer = httpx.get(readyz, timeout=2)
        except httpx.HTTPError as error:
            reason = str(error) or type(error).__name__
        else:
            if answer.status_code == 200:
                return
            reason = answer.text.strip()
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the fleet was not ready after {limit_s:.0f} s: {reason}")


@pytest.fixture(scope="session")
def fleet(
    engine_handle: EngineHandle,
    services: dict[str, str],
    deployed: None,
    fleet_index_prefix: str,
) -> Iterator[subprocess.Popen[bytes]]:
    metrics_port = free_port()
    env = {
        **os.environ,
        "BATON_ZEEBE__ADDRESS": engine_handle.gateway_address,
        "BATON_ZEEBE__REST_URL": engine_handle.rest_url,
        "BATON_ELASTICSEARCH_URL": services["elasticsearch"],
        "BATON_ELASTICSEARCH_INDEX_PREFIX": fleet_index_prefix,
        "BATON_SIMULATOR_URL": services["simulator"],
        "BATON_METRICS_PORT": str(metrics_port),
        "BATON_FLEET__RETRY_BACKOFF_MS": "1000",
    }
    proc = subprocess.Popen([sys.executable, "-m", "workers"], cwd=ROOT, env=env)
    _wait_until_ready(proc, f"http://127.0.0.1:{metrics_port}/readyz")
    yield proc
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0, "the fleet must exit 0 on SIGTERM"


@pytest.fixture
async def rest(engine_handle: EngineHandle) -> AsyncIterator[CamundaRest]:
    client = CamundaRest(engine_handle.rest_url)
    yield client
    await client.aclose()


@pytest.fixture
async def zeebe(engine_handle: EngineHandle) -> AsyncIterator[ZeebeClient]:
    channel = create_insecure_channel(grpc_address=engine_handle.gateway_address)
    yield ZeebeClient(channel)
    await channel.close()
