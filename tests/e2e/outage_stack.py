"""A stack of its own for the payments outage: engine, simulator with fault injection, fleet.

The session's fleet talks to the shared simulator, which has no fault API and would pay at the
first try; this stack's fleet is the only one subscribed to its engine, so the outage it sees is
the one the test injects through ``POST /_faults``.
"""

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from contextstore import drop_prefix
from tests.engine.engine_process import ROOT, EngineProcess, free_port


@dataclass(frozen=True)
class OutageStack:
    engine: EngineProcess
    simulator_url: str

    def set_fault(self, **fault: Any) -> None:
        httpx.post(f"{self.simulator_url}/_faults", json=fault, timeout=10).raise_for_status()


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the simulator exited; see {log}:\n{log.read_text()[-2000:]}")
        try:
            httpx.get(f"{url}/_faults", timeout=1).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise TimeoutError(f"the simulator at {url} was not up within 60 s; see {log}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_outage_stack(folder: Path, elasticsearch_url: str) -> Iterator[OutageStack]:
    """Start engine, faulty simulator and fleet; stop all three (only these) afterwards."""
    engine = EngineProcess(folder / "engine-data", folder / "engine.log")
    engine.start()
    simulator_port = free_port()
    simulator_url = f"http://127.0.0.1:{simulator_port}"
    simulator_log = folder / "simulator.log"
    with simulator_log.open("ab") as log:
        simulator = subprocess.Popen(
            [
                *(sys.executable, "-m", "simulator", "--faults"),
                *("--port", str(simulator_port), "--state", str(folder / "simulator-state")),
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    fleet: subprocess.Popen[bytes] | None = None
    prefix = f"e2e-outage-{uuid.uuid4().hex[:8]}"
    try:
        _wait_until_up(simulator_url, simulator, simulator_log)
        env = {
            **os.environ,
            "BATON_ZEEBE__ADDRESS": engine.gateway_address,
            "BATON_ZEEBE__REST_URL": engine.rest_url,
            "BATON_ELASTICSEARCH_URL": elasticsearch_url,
            "BATON_ELASTICSEARCH_INDEX_PREFIX": prefix,
            "BATON_SIMULATOR_URL": simulator_url,
            "BATON_METRICS_PORT": str(free_port()),
            "BATON_HTTP_RETRIES": "0",
            "BATON_FLEET__RETRY_BACKOFF_MS": "500",
        }
        with (folder / "fleet.log").open("ab") as log:
            fleet = subprocess.Popen(
                [sys.executable, "-m", "workers"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        yield OutageStack(engine, simulator_url)
    finally:
        if fleet is not None:
            _stop(fleet)
        _stop(simulator)
        engine.stop()
        asyncio.run(drop_prefix(elasticsearch_url, prefix))
