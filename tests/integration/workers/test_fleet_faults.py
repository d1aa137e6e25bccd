"""Faults against the fleet running as a real process (``python -m workers``), with the real
simulator and Elasticsearch; the in-process fake gateway only hands out jobs and records what
the fleet answered. Counts asserted: side effects exactly once, nothing lost, exit codes."""

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clients import HttpOptions, PaymentsClient
from contextstore import IndexNames
from devservices import simulator
from tests.fakes.zeebe_gateway import FakeZeebeGateway
from tests.unit.claims.cases import claim_payload

ROOT = Path(__file__).resolve().parents[3]
DECISION = {
    "outcome": "approved",
    "payout": 1230.0,
    "currency": "EUR",
    "reasons": ["covered"],
    "decidedBy": "baton-auto",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def simulator_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    handle = simulator.ensure_running(free_port(), state_dir=tmp_path / "state", faults=True)
    try:
        yield handle.url
    finally:
        simulator.stop()


@pytest.fixture
async def gateway() -> AsyncIterator[FakeZeebeGateway]:
    async with FakeZeebeGateway() as gw:
        yield gw


class FleetProcess:
    """``python -m workers`` pointed at the fake gateway and the real local services."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self._env = env
        self._log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self._log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "workers"],
                cwd=ROOT,
                env=self._env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def signal(self, sig: signal.Signals) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    async def exit_code(self, timeout_s: float = 60) -> int:
        assert self.proc is not None
        deadline = time.monotonic() + timeout_s
        while self.proc.poll() is None:
            if time.monotonic() > deadline:
                self.proc.kill()
                raise TimeoutError(f"fleet did not exit within {timeout_s}s; log: {self.log()}")
            await asyncio.sleep(0.1)
        return int(self.proc.returncode)

    def log(self) -> str:
        return self._log.read_text(errors="replace")[-4000:]

    def lines(self) -> list[dict[str, Any]]:
        out = []
        for line in self._log.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                out.append(json.loads(line))
        return out


@pytest.fixture
def fleet(
    gateway: FakeZeebeGateway,
    simulator_url: str,
    elasticsearch_url: str,
    index_names: IndexNames,
    tmp_path: Path,
) -> Iterator[FleetProcess]:
    env = {
        **os.environ,
        "BATON_ZEEBE__ADDRESS": gateway.address,
        "BATON_SIMULATOR_URL": simulator_url,
        "BATON_ELASTICSEARCH_URL": elasticsearch_url,
        "BATON_ELASTICSEARCH_INDEX_PREFIX": index_names.prefix,
        "BATON_METRICS_HOST": "127.0.0.1",
        "BATON_METRICS_PORT": str(free_port()),
        "BATON_HTTP_RETRIES": "0",
        "BATON_FLEET__JOB_TIMEOUT_MS": "3000",
        "BATON_FLEET__RETRY_BACKOFF_MS": "500",
        "BATON_FLEET__REQUEST_TIMEOUT_MS": "500",
        "BATON_FLEET__SHUTDOWN_TIMEOUT_S": "20",
    }
    process = FleetProcess(env, tmp_path / "fleet.log")
    yield process
    if process.proc is not None and process.proc.poll() is None:
        process.proc.kill()
        process.proc.wait()


async def set_fault(simulator_url: str, **fault: Any) -> None:
    async with httpx.AsyncClient() as http:
        (await http.post(f"{simulator_url}/_faults", json=fault)).raise_for_status()


async def payments_for(simulator_url: str, claim_id: str) -> int:
    async with PaymentsClient(HttpOptions(simulator_url)) as payments:
        return len(await payments.payments_for_claim(claim_id))


def pay_job(gateway: FakeZeebeGateway, claim_id: str, retries: int = 3) -> int:
    return gateway.add_job(
        "claims.pay",
        {"claim": claim_payload(claimId=claim_id), "decision": DECISION, "businessKey": claim_id},
        retries=retries,
        bpmn_process_id="claims-adjudication",
        element_id="Task_Pay",
    )


async def test_payments_down_then_back_fails_with_backoff_then_pays_once(
    gateway: FakeZeebeGateway, fleet: FleetProcess, simulator_url: str
) -> None:
    await set_fault(simulator_url, system="payments", mode="down", count=2)
    fleet.start()
    job = pay_job(gateway, "CLM-FAULT-DOWN")
    await gateway.wait_for(lambda: job in gateway.completed, timeout=60)
    failures = gateway.failures.get(job, [])
    assert [f.retries for f in failures] == [2, 1]
    assert all(f.backoff_ms == 500 and "payments" in f.message for f in failures)
    assert await payments_for(simulator_url, "CLM-FAULT-DOWN") == 1
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0


async def test_payments_down_for_good_ends_as_an_incident_with_a_clear_message(
    gateway: FakeZeebeGateway, fleet: FleetProcess, simulator_url: str
) -> None:
    await set_fault(simulator_url, system="payments", mode="down")
    fleet.start()
    job = pay_job(gateway, "CLM-FAULT-INCIDENT", retries=2)
    await gateway.wait_for(lambda: job in gateway.incidents, timeout=60)
    assert "payments" in gateway.incidents[job].message
    await set_fault(simulator_url, system="payments", mode="ok")
    assert await payments_for(simulator_url, "CLM-FAULT-INCIDENT") == 0
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0


async def test_fleet_killed_mid_payment_the_redelivered_job_pays_once(
    gateway: FakeZeebeGateway, fleet: FleetProcess, simulator_url: str
) -> None:
    await set_fault(simulator_url, system="payments", mode="slow", delayS=3, count=1)
    fleet.start()
    job = pay_job(gateway, "CLM-FAULT-KILL")
    await gateway.wait_for(lambda: gateway.activations[job] >= 1, timeout=60)
    await asyncio.sleep(0.5)
    fleet.signal(signal.SIGKILL)
    assert await fleet.exit_code() == -signal.SIGKILL
    assert job not in gateway.completed
    fleet.start()
    await gateway.wait_for(lambda: job in gateway.completed, timeout=60)
    assert gateway.activations[job] >= 2
    await asyncio.sleep(3)
    assert await payments_for(simulator_url, "CLM-FAULT-KILL") == 1
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0


async def test_sigterm_during_a_payment_finishes_it_and_exits_zero(
    gateway: FakeZeebeGateway, fleet: FleetProcess, simulator_url: str
) -> None:
    await set_fault(simulator_url, system="payments", mode="slow", delayS=2, count=1)
    fleet.start()
    job = pay_job(gateway, "CLM-FAULT-TERM")
    await gateway.wait_for(lambda: gateway.activations[job] >= 1, timeout=60)
    await asyncio.sleep(0.3)
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0
    assert job in gateway.completed
    assert await payments_for(simulator_url, "CLM-FAULT-TERM") == 1
    events = [line.get("event") for line in fleet.lines()]
    assert "fleet.drained" in events


async def test_a_flood_of_malformed_cases_does_not_stop_good_ones(
    gateway: FakeZeebeGateway, fleet: FleetProcess
) -> None:
    fleet.start()
    bad = [
        gateway.add_job("claims.classify-intake", {"claim": {"claimId": f"BAD {n}"}})
        for n in range(40)
    ]
    good = [
        gateway.add_job("claims.classify-intake", {"claim": claim_payload(claimId=f"CLM-OK-{n}")})
        for n in range(5)
    ]
    everything = [*bad, *good]
    await gateway.wait_for(
        lambda: all(k in gateway.incidents or k in gateway.completed for k in everything),
        timeout=120,
    )
    assert all(k in gateway.incidents for k in bad)
    assert all(k in gateway.completed for k in good)
    message = gateway.incidents[bad[0]].message
    assert "claim.policyNumber: Field required" in message
    assert "claim.claimId: String should match pattern" in message
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0
