"""Durability of Baton's engine under SIGKILL, with the fleet as a real process.

This module runs its own engine (``EngineProcess``: killed with SIGKILL and started again on the
same ports and data directory) and its own ``python -m workers`` pointed at it; Elasticsearch and
the simulator are the shared ones. Zeebe's contract is that what the engine acknowledged is
durable: a kill loses at most work in flight, which workers redo (at-least-once), and the
idempotency keys keep every side effect single.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from baton_cli.deploy import model_files
from clients import HttpOptions, PaymentsClient
from contextstore import drop_prefix
from tests.engine.camunda_rest import CamundaRest, eventually
from tests.engine.engine_process import EngineProcess, started_with_models, zeebe_client
from tests.engine.engine_records import completed, search
from tests.engine.fleet_process import FleetProcess, fleet_env

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "claims-adjudication" / "auto-approve-water.json"
CLAIMS = 40
FLEET_JOB_TIMEOUT_MS = 15_000
"""Short enough that a job whose completion died with the engine is redelivered soon."""
DOWN_S = 1.0
TIMER_S = 3
LOAD_TIMEOUT_S = 900

PROBES = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="restart-probes"
    targetNamespace="http://baton.example/restart">
  <bpmn:message id="go-message" name="restart-probe-go">
    <bpmn:extensionElements>
      <zeebe:subscription correlationKey="=orderId"/>
    </bpmn:extensionElements>
  </bpmn:message>
  <bpmn:process id="restart-timer" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:intermediateCatchEvent id="wait">
      <bpmn:timerEventDefinition>
        <bpmn:timeDuration>PT{timer_s}S</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
  </bpmn:process>
  <bpmn:process id="restart-ack" isExecutable="true">
    <bpmn:startEvent id="start-ack"/>
    <bpmn:userTask id="approve">
      <bpmn:extensionElements>
        <zeebe:userTask/>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:intermediateCatchEvent id="go">
      <bpmn:messageEventDefinition messageRef="go-message"/>
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="end-ack"/>
    <bpmn:sequenceFlow id="a1" sourceRef="start-ack" targetRef="approve"/>
    <bpmn:sequenceFlow id="a2" sourceRef="approve" targetRef="go"/>
    <bpmn:sequenceFlow id="a3" sourceRef="go" targetRef="end-ack"/>
  </bpmn:process>
</bpmn:definitions>
""".replace("{timer_s}", str(TIMER_S))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    folder = tmp_path_factory.mktemp("restart-engine")
    probes = folder / "restart-probes.bpmn"
    probes.write_text(PROBES)
    process = started_with_models(folder, [*model_files(), probes])
    yield process
    process.stop()


@pytest.fixture(scope="module")
def fleet(
    engine: EngineProcess, services: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FleetProcess]:
    prefix = f"restart-test-{uuid.uuid4().hex[:8]}"
    env = fleet_env(
        gateway_address=engine.gateway_address,
        rest_url=engine.rest_url,
        simulator_url=services["simulator"],
        elasticsearch_url=services["elasticsearch"],
        index_prefix=prefix,
        BATON_FLEET__JOB_TIMEOUT_MS=str(FLEET_JOB_TIMEOUT_MS),
        BATON_FLEET__RETRY_BACKOFF_MS="1000",
    )
    process = FleetProcess(env, tmp_path_factory.mktemp("restart-fleet") / "fleet.log")
    process.start()
    yield process
    process.kill()
    asyncio.run(drop_prefix(services["elasticsearch"], prefix))


async def kill_and_restart(engine: EngineProcess, down_s: float = DOWN_S) -> None:
    """SIGKILL, stay down ``down_s``, start again on the same ports and data directory."""
    engine.kill()
    await asyncio.sleep(down_s)
    await asyncio.to_thread(engine.start)


def unique_claim() -> dict[str, Any]:
    case: dict[str, Any] = json.loads(SAMPLE.read_text())
    case["claimId"] = f"{case['claimId']}-{uuid.uuid4().hex[:8]}"
    return case


async def completed_claims(engine: EngineProcess) -> int:
    found = await search(
        engine.rest_url,
        "process-instances",
        processDefinitionId="claims-adjudication",
        state="COMPLETED",
    )
    return len(found)


async def at_least_completed(engine: EngineProcess, count: int) -> None:
    async def reached() -> bool:
        return await completed_claims(engine) >= count

    await eventually(reached, what=f"{count} claims completed", timeout_s=LOAD_TIMEOUT_S)


async def payments_for(simulator_url: str, claim_id: str) -> int:
    async with PaymentsClient(HttpOptions(simulator_url)) as payments:
        return len(await payments.payments_for_claim(claim_id))


async def test_claims_under_load_complete_and_pay_once_across_three_engine_kills(
    engine: EngineProcess, fleet: FleetProcess, services: dict[str, str]
) -> None:
    """40 auto-approvable claims run while the engine is SIGKILLed three times: right after the
    last start was acknowledged, once 10 had completed, once 25 had completed. Asserts: the
    engine holds exactly the 40 instances it acknowledged and each is COMPLETED; every service
    task of each instance has exactly one job, COMPLETED (a job redelivered after a kill is the
    same job, never a second one); the simulator holds exactly one payment per claim; the same
    fleet process is still running (it reconnected by itself, nobody restarted it)."""
    fleet_pid = fleet.proc.pid if fleet.proc else None
    started: dict[int, str] = {}
    async with zeebe_client(engine) as client:
        for _ in range(CLAIMS):
            case = unique_claim()
            variables = {"claim": case, "businessKey": case["claimId"]}
            created = await client.run_process("claims-adjudication", variables)
            started[int(created.process_instance_key)] = case["claimId"]

    await kill_and_restart(engine)
    await at_least_completed(engine, 10)
    await kill_and_restart(engine)
    await at_least_completed(engine, 25)
    await kill_and_restart(engine)
    await at_least_completed(engine, CLAIMS)

    instances = await search(
        engine.rest_url, "process-instances", processDefinitionId="claims-adjudication"
    )
    assert sorted(int(i["processInstanceKey"]) for i in instances) == sorted(started)
    assert {i["state"] for i in instances} == {"COMPLETED"}
    jobs = await search(engine.rest_url, "jobs", processDefinitionId="claims-adjudication")
    per_element = Counter((j["processInstanceKey"], j["elementId"]) for j in jobs)
    assert set(per_element.values()) == {1}, [k for k, n in per_element.items() if n > 1]
    assert {j["state"] for j in jobs} == {"COMPLETED"}
    assert {int(j["processInstanceKey"]) for j in jobs} == set(started)
    paid = {
        claim_id: await payments_for(services["simulator"], claim_id)
        for claim_id in started.values()
    }
    assert paid == dict.fromkeys(started.values(), 1)
    assert fleet.running() and fleet.proc is not None and fleet.proc.pid == fleet_pid


async def test_timer_due_while_the_engine_is_down_fires_after_restart(
    engine: EngineProcess,
) -> None:
    """A PT3S timer catch event of an acknowledged instance; the engine is SIGKILLed at once and
    stays down past the due date. Asserts: after the restart the timer fires by itself (no clock
    moved, no command sent) and the instance COMPLETES through the timer's element."""
    async with zeebe_client(engine) as client:
        created = await client.run_process("restart-timer", {})
    key = int(created.process_instance_key)
    await kill_and_restart(engine, down_s=TIMER_S + 1)
    await eventually(lambda: completed(engine.rest_url, key), what="timer fired after restart")
    passed = await search(
        engine.rest_url, "element-instances", processInstanceKey=key, elementId="wait"
    )
    assert [e["state"] for e in passed] == ["COMPLETED"]


async def test_acknowledged_message_and_user_task_completion_survive_sigkill(
    engine: EngineProcess,
) -> None:
    """A message published with a one-hour TTL before anyone waits for it, then a SIGKILL; an
    instance created after the restart, its user task completed over REST (204), then a SIGKILL
    right after the answer. Asserts: after the second restart the user task is COMPLETED, the
    instance went on to its message catch event, correlated the buffered message (its variable
    is set) and COMPLETED — neither acknowledged command was lost."""
    order_id = f"order-{uuid.uuid4().hex[:8]}"
    async with zeebe_client(engine) as client:
        await client.publish_message(
            "restart-probe-go",
            order_id,
            variables={"goReceived": True},
            time_to_live_in_milliseconds=3_600_000,
        )
    await kill_and_restart(engine)
    async with zeebe_client(engine) as client:
        created = await client.run_process("restart-ack", {"orderId": order_id})
    key = int(created.process_instance_key)
    rest = CamundaRest(engine.rest_url)
    try:
        tasks = await eventually(lambda: rest.open_user_tasks(key, "approve"), what="user task")
        await rest.complete_user_task(tasks[0], {"approved": True})
        await kill_and_restart(engine)
        await eventually(lambda: completed(engine.rest_url, key), what="instance completed")
        assert await rest.variable(key, "goReceived") is True
        assert await rest.variable(key, "approved") is True
    finally:
        await rest.aclose()
    (task,) = await search(engine.rest_url, "user-tasks", processInstanceKey=key)
    assert task["state"] == "COMPLETED"
