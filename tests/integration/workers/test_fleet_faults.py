"""Faults against the fleet running as a real process (``python -m workers``), on Baton's real
engine, with a simulator of this test's own (faults enabled) and the real Elasticsearch.

The engine is this module's own (``EngineProcess``), so no other fleet competes for the jobs.
Each fault runs on a one-task model holding the claims task under fault (``claims.pay`` at
``Task_Pay``, ``claims.classify-intake`` at ``Task_ClassifyIntake``): the engine applies its own
retries, backoff, job timeouts and incidents to the fleet's answers, and the fleet's JSON log
says what it sent. The rest of the claims path is proven in ``tests/engine``. Counts asserted:
side effects exactly once, nothing lost, exit codes.
"""

import asyncio
import json
import signal
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from clients import HttpOptions, PaymentsClient
from contextstore import IndexNames
from devservices import simulator
from tests.engine.camunda_rest import eventually
from tests.engine.engine_process import (
    EngineProcess,
    free_port,
    started_with_models,
    zeebe_client,
)
from tests.engine.engine_records import completed, instance_state, search
from tests.engine.fleet_process import FleetProcess, LogLine, fleet_env

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "claims-adjudication"
DECISION = {
    "outcome": "approved",
    "payout": 1230.0,
    "currency": "EUR",
    "reasons": ["covered"],
    "decidedBy": "baton-auto",
}
JOB_TIMEOUT_MS = 3000
RETRY_BACKOFF_MS = 500

ONE_TASK = """<bpmn:process id="{process_id}" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:serviceTask id="{element_id}">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="{job_type}" retries="3"/>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="{element_id}"/>
    <bpmn:sequenceFlow id="f2" sourceRef="{element_id}" targetRef="end"/>
  </bpmn:process>"""
FAULT_MODELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="fleet-faults" '
    'targetNamespace="http://baton.example/faults">\n  '
    + ONE_TASK.format(process_id="fault-pay", element_id="Task_Pay", job_type="claims.pay")
    + "\n  "
    + ONE_TASK.format(
        process_id="fault-intake",
        element_id="Task_ClassifyIntake",
        job_type="claims.classify-intake",
    )
    + "\n</bpmn:definitions>\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    folder = tmp_path_factory.mktemp("fault-engine")
    models = folder / "fleet-faults.bpmn"
    models.write_text(FAULT_MODELS)
    process = started_with_models(folder, [models])
    yield process
    process.stop()


@pytest.fixture
def simulator_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("BATON_CACHE_DIR", str(tmp_path / "cache"))
    handle = simulator.ensure_running(free_port(), state_dir=tmp_path / "state", faults=True)
    try:
        yield handle.url
    finally:
        simulator.stop()


class Fleets:
    """Starts fleet processes on the fault engine and simulator; kills what is left at the end."""

    def __init__(self, base: dict[str, str], folder: Path) -> None:
        self._base = base
        self._folder = folder
        self.started: list[FleetProcess] = []

    def start(self, name: str = "fleet", **overrides: str) -> FleetProcess:
        env = {**self._base, **overrides}
        env["BATON_METRICS_PORT"] = str(free_port())
        process = FleetProcess(env, self._folder / f"{name}.log")
        process.start()
        self.started.append(process)
        return process


@pytest.fixture
def fleets(
    engine: EngineProcess,
    simulator_url: str,
    elasticsearch_url: str,
    index_names: IndexNames,
    tmp_path: Path,
) -> Iterator[Fleets]:
    base = fleet_env(
        gateway_address=engine.gateway_address,
        rest_url=engine.rest_url,
        simulator_url=simulator_url,
        elasticsearch_url=elasticsearch_url,
        index_prefix=index_names.prefix,
        BATON_HTTP_RETRIES="0",
        BATON_FLEET__JOB_TIMEOUT_MS=str(JOB_TIMEOUT_MS),
        BATON_FLEET__RETRY_BACKOFF_MS=str(RETRY_BACKOFF_MS),
        BATON_FLEET__REQUEST_TIMEOUT_MS="500",
        BATON_FLEET__SHUTDOWN_TIMEOUT_S="20",
    )
    started = Fleets(base, tmp_path)
    yield started
    for process in started.started:
        process.kill()


async def set_fault(simulator_url: str, **fault: Any) -> None:
    async with httpx.AsyncClient() as http:
        (await http.post(f"{simulator_url}/_faults", json=fault)).raise_for_status()


async def payments_for(simulator_url: str, claim_id: str) -> int:
    async with PaymentsClient(HttpOptions(simulator_url)) as payments:
        return len(await payments.payments_for_claim(claim_id))


def claim(claim_id: str) -> dict[str, Any]:
    case: dict[str, Any] = json.loads((SAMPLE / "auto-approve-water.json").read_text())
    return {**case, "claimId": claim_id}


async def start_payment(engine: EngineProcess, label: str) -> tuple[int, str]:
    """A ``fault-pay`` instance for a fresh claim id, so reruns never share idempotency keys."""
    claim_id = f"CLM-{label}-{uuid.uuid4().hex[:8]}"
    variables: dict[str, Any] = {
        "claim": claim(claim_id),
        "decision": DECISION,
        "businessKey": claim_id,
    }
    async with zeebe_client(engine) as client:
        created = await client.run_process("fault-pay", variables)
    return int(created.process_instance_key), claim_id


async def only_job(engine: EngineProcess, process_instance_key: int) -> dict[str, Any]:
    (job,) = await search(engine.rest_url, "jobs", processInstanceKey=process_instance_key)
    return job


async def started_job(fleet: FleetProcess, claim_id: str) -> int:
    """The key of the job the fleet logged as started for ``claim_id``."""

    async def logged() -> int | None:
        lines = fleet.events("job.started", business_key=claim_id)
        return int(lines[0]["job_key"]) if lines else None

    return await eventually(logged, what=f"the fleet started the job of {claim_id}", timeout_s=120)


async def until_completed(engine: EngineProcess, key: int) -> None:
    await eventually(
        lambda: completed(engine.rest_url, key), what=f"instance {key} completed", timeout_s=120
    )


async def test_payments_down_then_back_fails_with_backoff_then_pays_once(
    engine: EngineProcess, fleets: Fleets, simulator_url: str
) -> None:
    """Payments answer 503 twice, then work. Asserts: the fleet failed the job twice with
    retries 2 then 1, the configured 500 ms backoff and a message naming payments; the engine
    kept the one job (COMPLETED, retries 1) and completed the instance; one payment."""
    await set_fault(simulator_url, system="payments", mode="down", count=2)
    fleet = fleets.start()
    key, claim_id = await start_payment(engine, "DOWN")
    await until_completed(engine, key)
    job = await only_job(engine, key)
    assert (job["state"], job["retries"]) == ("COMPLETED", 1)
    failures = fleet.events("job.failed", job_key=int(job["jobKey"]))
    assert [f["retries_left"] for f in failures] == [2, 1]
    assert all(f["retry_backoff_ms"] == RETRY_BACKOFF_MS for f in failures)
    assert all("payments" in f["reason"] for f in failures)
    assert await payments_for(simulator_url, claim_id) == 1
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0


async def test_payments_down_for_good_ends_as_an_incident_with_a_clear_message(
    engine: EngineProcess, fleets: Fleets, simulator_url: str
) -> None:
    """Payments stay down. Asserts: after the model's 3 retries the engine raised one
    JOB_NO_RETRIES incident on Task_Pay whose message names payments, the job is FAILED with 0
    retries, the instance is still ACTIVE, and nothing was paid."""
    await set_fault(simulator_url, system="payments", mode="down")
    fleet = fleets.start()
    key, claim_id = await start_payment(engine, "INCIDENT")

    async def incidents() -> list[dict[str, Any]]:
        return await search(engine.rest_url, "incidents", processInstanceKey=key)

    (incident,) = await eventually(incidents, what="an incident", timeout_s=120)
    assert (incident["errorType"], incident["elementId"]) == ("JOB_NO_RETRIES", "Task_Pay")
    assert "payments" in incident["errorMessage"]
    job = await only_job(engine, key)
    assert (job["state"], job["retries"]) == ("FAILED", 0)
    assert await instance_state(engine.rest_url, key) == "ACTIVE"
    await set_fault(simulator_url, system="payments", mode="ok")
    assert await payments_for(simulator_url, claim_id) == 0
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0


async def test_fleet_killed_mid_payment_the_redelivered_job_pays_once(
    engine: EngineProcess, fleets: Fleets, simulator_url: str
) -> None:
    """The fleet is SIGKILLed while a payment call hangs for 3 s. Asserts: the instance is not
    completed by the dead fleet; a new fleet process gets the same job again after its 3 s
    timeout and completes it; the instance COMPLETES; one payment once the hung call has landed
    too (the idempotency key is the same for both calls)."""
    await set_fault(simulator_url, system="payments", mode="slow", delayS=3, count=1)
    first = fleets.start("first")
    key, claim_id = await start_payment(engine, "KILL")
    job_key = await started_job(first, claim_id)
    await asyncio.sleep(0.5)
    first.signal(signal.SIGKILL)
    assert await first.exit_code() == -signal.SIGKILL
    assert await instance_state(engine.rest_url, key) == "ACTIVE"
    second = fleets.start("second")
    await until_completed(engine, key)
    assert await started_job(second, claim_id) == job_key
    assert (await only_job(engine, key))["state"] == "COMPLETED"
    await asyncio.sleep(3)
    assert await payments_for(simulator_url, claim_id) == 1
    second.signal(signal.SIGTERM)
    assert await second.exit_code() == 0


async def test_sigterm_during_a_payment_finishes_it_and_exits_zero(
    engine: EngineProcess, fleets: Fleets, simulator_url: str
) -> None:
    """SIGTERM arrives while a payment call takes 2 s. Asserts: the fleet exits 0 after logging
    ``fleet.drained``, and by then the engine has the job COMPLETED and the instance COMPLETED,
    with one payment."""
    await set_fault(simulator_url, system="payments", mode="slow", delayS=2, count=1)
    fleet = fleets.start()
    key, claim_id = await start_payment(engine, "TERM")
    await started_job(fleet, claim_id)
    await asyncio.sleep(0.3)
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0
    assert fleet.events("fleet.drained")
    assert (await only_job(engine, key))["state"] == "COMPLETED"
    assert await completed(engine.rest_url, key)
    assert await payments_for(simulator_url, claim_id) == 1


async def test_a_flood_of_malformed_cases_does_not_stop_good_ones(
    engine: EngineProcess, fleets: Fleets
) -> None:
    """40 instances with an invalid claim and 5 valid ones. Asserts: every invalid one ends at
    once in an incident (no retries burnt) whose message names the bad fields; every valid one
    COMPLETES; the fleet still exits 0 on SIGTERM."""
    fleet = fleets.start()
    async with zeebe_client(engine) as client:
        bad = [
            int(
                (
                    await client.run_process("fault-intake", {"claim": {"claimId": f"BAD {n}"}})
                ).process_instance_key
            )
            for n in range(40)
        ]
        good = [
            int(
                (
                    await client.run_process(
                        "fault-intake", {"claim": claim(f"CLM-OK-{uuid.uuid4().hex[:8]}")}
                    )
                ).process_instance_key
            )
            for _ in range(5)
        ]

    async def settled() -> dict[int, str] | None:
        found = await search(engine.rest_url, "incidents", processDefinitionId="fault-intake")
        messages = {int(i["processInstanceKey"]): str(i["errorMessage"]) for i in found}
        done = await search(
            engine.rest_url,
            "process-instances",
            processDefinitionId="fault-intake",
            state="COMPLETED",
        )
        finished = set(messages) | {int(i["processInstanceKey"]) for i in done}
        return messages if finished >= {*bad, *good} else None

    messages = await eventually(settled, what="every case settled", timeout_s=300)
    assert set(messages) == set(bad)
    assert all([await completed(engine.rest_url, key) for key in good])
    assert "claim.policyNumber: Field required" in messages[bad[0]]
    assert "claim.claimId: String should match pattern" in messages[bad[0]]
    retries = {
        j["retries"]
        for k in bad
        for j in await search(engine.rest_url, "jobs", processInstanceKey=k)
    }
    assert retries == {0}
    fleet.signal(signal.SIGTERM)
    assert await fleet.exit_code() == 0


def rejected_completion(job_key: int) -> Callable[[LogLine], bool]:
    """pyzeebe's log line when CompleteJob answers NOT_FOUND for ``job_key``."""
    return lambda line: f"Job {job_key} not found" in str(line.get("event", ""))


async def serving(fleet: FleetProcess) -> None:
    async def reachable() -> bool:
        """The worker starts only once the gateway answers (``workers/fleet.py``)."""
        return bool(fleet.events("fleet.worker_started"))

    await eventually(reachable, what=f"{fleet.log_file.name} serving", timeout_s=300)


async def test_completion_after_the_job_timeout_is_rejected_and_pays_once(
    engine: EngineProcess, fleets: Fleets, simulator_url: str
) -> None:
    """Two fleet processes serve ``claims.pay``, one job at a time each. The first payment call
    hangs 10 s, past the 3 s job timeout, so the fleet that took the job first is late: the
    engine makes the job activatable again and the other fleet takes it, pays and completes it.
    Asserts: both fleets started the same job key; the instance COMPLETED with one job for
    Task_Pay, COMPLETED; the late fleet's CompleteJob was rejected by the engine (NOT_FOUND,
    "Job <key> not found") and the late fleet logged it; the simulator holds one payment (both
    calls carried the same idempotency key); both fleets still exit 0 on SIGTERM."""
    await set_fault(simulator_url, system="payments", mode="slow", delayS=10, count=1)
    one_at_a_time = {
        "BATON_FLEET__JOB_TYPES": '["claims.pay"]',
        "BATON_FLEET__MAX_RUNNING_JOBS": "1",
        "BATON_FLEET__MAX_JOBS_TO_ACTIVATE": "1",
        "BATON_HTTP_TIMEOUT_S": "30",
    }
    pair = [fleets.start("fleet-a", **one_at_a_time), fleets.start("fleet-b", **one_at_a_time)]
    for fleet in pair:
        await serving(fleet)
    key, claim_id = await start_payment(engine, "LATE")
    await until_completed(engine, key)
    job = await only_job(engine, key)
    assert (job["state"], job["elementId"]) == ("COMPLETED", "Task_Pay")
    job_key = int(job["jobKey"])
    took = {fleet: await started_job(fleet, claim_id) for fleet in pair}
    assert set(took.values()) == {job_key}
    late, _ = sorted(
        pair, key=lambda f: str(f.events("job.started", job_key=job_key)[0]["timestamp"])
    )

    async def rejection_logged() -> bool:
        return bool(late.matching(rejected_completion(job_key)))

    await eventually(rejection_logged, what="the late completion rejected and logged", timeout_s=60)
    assert await payments_for(simulator_url, claim_id) == 1
    for fleet in pair:
        fleet.signal(signal.SIGTERM)
        assert await fleet.exit_code() == 0
