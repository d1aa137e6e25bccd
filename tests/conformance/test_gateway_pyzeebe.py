"""pyzeebe 4.7, unchanged, against Baton's engine through its gRPC gateway.

Each test starts an engine on a temporary data directory and the gateway on a free loopback
port, then drives it only through pyzeebe: ``ZeebeClient``, ``ZeebeWorker``, its job adapter,
and, for the RPCs its client does not wrap (SetVariables, UpdateJobRetries, ResolveIncident),
the ``GatewayStub`` pyzeebe bundles (generated from Camunda 8.6's gateway.proto).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import pytest
from pyzeebe import ZeebeClient, ZeebeWorker, create_insecure_channel
from pyzeebe.errors import (
    BusinessError,
    InvalidJSONError,
    JobNotFoundError,
    MessageAlreadyExistsError,
    ProcessDefinitionNotFoundError,
    ProcessInstanceNotFoundError,
    ProcessInvalidError,
)
from pyzeebe.grpc_internals.zeebe_adapter import ZeebeAdapter
from pyzeebe.proto import gateway_pb2 as pyzeebe_pb
from pyzeebe.proto.gateway_pb2_grpc import GatewayStub

from engine.gateway import start_gateway
from engine.runtime import Engine, EngineConfig

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" '
    'targetNamespace="http://baton.example/gateway">\n'
)
TAIL = "</bpmn:definitions>\n"

ONE_TASK = """
<bpmn:process id="{process_id}" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:serviceTask id="task">
    <bpmn:extensionElements>
      <zeebe:taskDefinition type="{job_type}" retries="{retries}"/>
    </bpmn:extensionElements>
  </bpmn:serviceTask>
  <bpmn:endEvent id="end"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task"/>
  <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end"/>
</bpmn:process>
"""

CAUGHT_ERROR = """
<bpmn:error id="rejected-error" name="Rejected" errorCode="REJECTED"/>
<bpmn:process id="claim-review" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:serviceTask id="review">
    <bpmn:extensionElements>
      <zeebe:taskDefinition type="claims.review"/>
    </bpmn:extensionElements>
  </bpmn:serviceTask>
  <bpmn:boundaryEvent id="rejected" attachedToRef="review">
    <bpmn:errorEventDefinition errorRef="rejected-error"/>
  </bpmn:boundaryEvent>
  <bpmn:endEvent id="approved-end"/>
  <bpmn:endEvent id="rejected-end"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
  <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="approved-end"/>
  <bpmn:sequenceFlow id="f3" sourceRef="rejected" targetRef="rejected-end"/>
</bpmn:process>
"""

AWAIT_PAYMENT = """
<bpmn:message id="payment-message" name="payment-received">
  <bpmn:extensionElements>
    <zeebe:subscription correlationKey="=orderId"/>
  </bpmn:extensionElements>
</bpmn:message>
<bpmn:process id="await-payment" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:intermediateCatchEvent id="paid">
    <bpmn:messageEventDefinition messageRef="payment-message"/>
  </bpmn:intermediateCatchEvent>
  <bpmn:endEvent id="end"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="paid"/>
  <bpmn:sequenceFlow id="f2" sourceRef="paid" targetRef="end"/>
</bpmn:process>
"""

AWAIT_SIGNAL = """
<bpmn:signal id="release-signal" name="release-all"/>
<bpmn:process id="await-release" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:intermediateCatchEvent id="released">
    <bpmn:signalEventDefinition signalRef="release-signal"/>
  </bpmn:intermediateCatchEvent>
  <bpmn:endEvent id="end"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="released"/>
  <bpmn:sequenceFlow id="f2" sourceRef="released" targetRef="end"/>
</bpmn:process>
"""

UNSUPPORTED_ELEMENT = """
<bpmn:process id="complex" isExecutable="true">
  <bpmn:startEvent id="start"/>
  <bpmn:complexGateway id="fork"/>
  <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork"/>
</bpmn:process>
"""

ROUTING_DMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="claim-routing"
    name="Claim routing" namespace="http://baton.example/dmn">
  <decision id="route-claim" name="Route claim">
    <decisionTable id="routing-table" hitPolicy="FIRST">
      <input id="amount-input" label="Amount">
        <inputExpression id="amount-expression" typeRef="number">
          <text>amount</text>
        </inputExpression>
      </input>
      <output id="queue-output" name="queue" typeRef="string"/>
      <rule id="large-claims">
        <inputEntry id="large-entry"><text>&gt;= 1000</text></inputEntry>
        <outputEntry id="large-queue"><text>"senior"</text></outputEntry>
      </rule>
      <rule id="small-claims">
        <inputEntry id="small-entry"><text>-</text></inputEntry>
        <outputEntry id="small-queue"><text>"fast"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""


def one_task(process_id: str, job_type: str, retries: int = 3) -> str:
    return ONE_TASK.format(process_id=process_id, job_type=job_type, retries=retries)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def eventually(check: Callable[[], bool], what: str, timeout_s: float = 10.0) -> None:
    """Wait until ``check()`` holds; the engine works asynchronously after a command answers."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not check():
        if loop.time() > deadline:
            pytest.fail(f"Timed out after {timeout_s} s waiting until {what}")
        await asyncio.sleep(0.02)


@dataclass
class Gateway:
    engine: Engine
    channel: grpc.aio.Channel
    client: ZeebeClient
    adapter: ZeebeAdapter
    stub: GatewayStub
    resources: Path

    async def deploy(self, name: str, content: str) -> None:
        path = self.resources / name
        path.write_text(content)
        await self.client.deploy_resource(str(path))

    def instance_state(self, process_instance_key: int) -> str:
        return self.engine.tables.process_instances[process_instance_key].state

    def completed(self, process_instance_key: int) -> Callable[[], bool]:
        return lambda: self.instance_state(process_instance_key) == "COMPLETED"

    async def still_serving(self) -> None:
        topology = await self.client.topology()
        assert topology.gateway_version == "8.9.0"


@pytest.fixture
async def gateway(tmp_path: Path) -> AsyncIterator[Gateway]:
    engine = await Engine.open(EngineConfig(data_dir=tmp_path / "data"))
    port = free_port()
    server = await start_gateway(engine, "127.0.0.1", port)
    channel = create_insecure_channel(grpc_address=f"127.0.0.1:{port}")
    resources = tmp_path / "resources"
    resources.mkdir()
    yield Gateway(
        engine,
        channel,
        ZeebeClient(channel),
        ZeebeAdapter(channel),
        GatewayStub(channel),
        resources,
    )
    await channel.close()
    await server.stop(None)
    await engine.close()


@asynccontextmanager
async def working(worker: ZeebeWorker) -> AsyncIterator[ZeebeWorker]:
    """Run ``worker`` for the duration of the block."""
    running = asyncio.create_task(worker.work())
    try:
        yield worker
    finally:
        await worker.stop()
        await asyncio.wait_for(running, timeout=10)


async def grpc_cause(call: Awaitable[Any], expected: type[Exception]) -> grpc.aio.AioRpcError:
    """The gRPC status behind the pyzeebe error ``call`` raises."""
    with pytest.raises(expected) as raised:
        await call
    cause = raised.value.__cause__
    assert isinstance(cause, grpc.aio.AioRpcError)
    return cause


async def test_topology_and_health_describe_one_broker(gateway: Gateway) -> None:
    topology = await gateway.client.topology()
    assert (topology.cluster_size, topology.partitions_count, topology.replication_factor) == (
        1,
        1,
        1,
    )
    (broker,) = topology.brokers
    assert (broker.node_id, broker.host, broker.version) == (0, "127.0.0.1", "8.9.0")
    assert [partition.partition_id for partition in broker.partitions] == [1]
    assert (await gateway.client.healthcheck()).status == 1  # SERVING


async def test_worker_completes_jobs_and_the_process_returns_its_result(gateway: Gateway) -> None:
    await gateway.deploy("check.bpmn", HEAD + one_task("claim-check", "claims.check") + TAIL)
    worker = ZeebeWorker(gateway.channel, name="checker")

    @worker.task(task_type="claims.check")  # type: ignore[arg-type]
    async def check_claim(amount: int) -> dict[str, Any]:
        return {"approved": amount < 1000}

    async with working(worker):
        result = await gateway.client.run_process_with_result(
            "claim-check", {"amount": 250}, timeout=10_000
        )
    assert result.variables == {"amount": 250, "approved": True}
    assert result.bpmn_process_id == "claim-check"
    assert result.tenant_id == "<default>"
    assert gateway.instance_state(result.process_instance_key) == "COMPLETED"


async def test_failed_job_is_retried_then_succeeds(gateway: Gateway) -> None:
    await gateway.deploy("flaky.bpmn", HEAD + one_task("flaky", "claims.flaky") + TAIL)
    attempts: list[str] = []
    worker = ZeebeWorker(gateway.channel, name="flaky-worker")

    @worker.task(task_type="claims.flaky")  # type: ignore[arg-type]
    async def flaky() -> dict[str, Any]:
        attempts.append("attempt")
        if len(attempts) == 1:
            raise RuntimeError("payments system timed out")
        return {"paid": True}

    async with working(worker):
        result = await gateway.client.run_process_with_result("flaky", {}, timeout=10_000)
    assert len(attempts) == 2
    assert result.variables == {"paid": True}
    (job,) = [
        job
        for job in gateway.engine.tables.jobs.values()
        if job.process_instance_key == result.process_instance_key
    ]
    assert (job.state, job.retries) == ("COMPLETED", 2)


async def test_job_out_of_retries_raises_an_incident_that_retries_and_resolve_clear(
    gateway: Gateway,
) -> None:
    await gateway.deploy("broken.bpmn", HEAD + one_task("broken", "claims.broken", 1) + TAIL)
    payments_down = True
    worker = ZeebeWorker(gateway.channel, name="payer")

    @worker.task(task_type="claims.broken")  # type: ignore[arg-type]
    async def pay() -> dict[str, Any]:
        if payments_down:
            raise RuntimeError("payments system down")
        return {"paid": True}

    async with working(worker):
        instance = await gateway.client.run_process("broken", {})
        key = instance.process_instance_key
        incidents = gateway.engine.tables.incidents
        await eventually(
            lambda: any(i.process_instance_key == key for i in incidents.values()),
            "the job without retries raised an incident",
        )
        (incident,) = [i for i in incidents.values() if i.process_instance_key == key]
        assert incident.state == "ACTIVE"
        assert "payments system down" in incident.error_message
        assert incident.job_key is not None

        payments_down = False
        await gateway.stub.UpdateJobRetries(
            pyzeebe_pb.UpdateJobRetriesRequest(jobKey=incident.job_key, retries=1)
        )
        await gateway.stub.ResolveIncident(
            pyzeebe_pb.ResolveIncidentRequest(incidentKey=incident.key)
        )
        await eventually(gateway.completed(key), "the job completed")
    assert incidents[incident.key].state == "RESOLVED"
    assert gateway.engine.visible_variables(key) == {"paid": True}


async def test_business_error_is_caught_by_the_boundary_event(gateway: Gateway) -> None:
    await gateway.deploy("review.bpmn", HEAD + CAUGHT_ERROR + TAIL)
    worker = ZeebeWorker(gateway.channel, name="reviewer")

    @worker.task(task_type="claims.review")  # type: ignore[arg-type]
    async def review() -> dict[str, Any]:
        raise BusinessError("REJECTED")

    async with working(worker):
        result = await gateway.client.run_process_with_result("claim-review", {}, timeout=10_000)
    reached = {
        element.element_id
        for element in gateway.engine.tables.element_instances.values()
        if element.process_instance_key == result.process_instance_key
    }
    assert {"rejected", "rejected-end"} <= reached
    assert "approved-end" not in reached


async def test_published_message_is_correlated_to_the_waiting_instance(gateway: Gateway) -> None:
    await gateway.deploy("payment.bpmn", HEAD + AWAIT_PAYMENT + TAIL)
    instance = await gateway.client.run_process("await-payment", {"orderId": "o-1"})
    key = instance.process_instance_key
    subscriptions = gateway.engine.tables.message_subscriptions.values()
    await eventually(
        lambda: any(s.process_instance_key == key for s in subscriptions),
        "the instance waits for the message",
    )
    published = await gateway.client.publish_message("payment-received", "o-1", {"paidAmount": 40})
    assert published.key > 0
    assert published.tenant_id == "<default>"
    await eventually(gateway.completed(key), "the message arrived")
    assert gateway.engine.visible_variables(key)["paidAmount"] == 40


async def test_message_published_first_waits_out_its_time_to_live(gateway: Gateway) -> None:
    await gateway.deploy("payment.bpmn", HEAD + AWAIT_PAYMENT + TAIL)
    await gateway.client.publish_message(
        "payment-received", "o-2", {"early": True}, time_to_live_in_milliseconds=60_000
    )
    result = await gateway.client.run_process_with_result(
        "await-payment", {"orderId": "o-2"}, timeout=10_000
    )
    assert result.variables["early"] is True


async def test_a_second_message_with_the_same_id_already_exists(gateway: Gateway) -> None:
    await gateway.client.publish_message(
        "payment-received", "o-3", {}, time_to_live_in_milliseconds=60_000, message_id="pay-3"
    )
    cause = await grpc_cause(
        gateway.client.publish_message(
            "payment-received", "o-3", {}, time_to_live_in_milliseconds=60_000, message_id="pay-3"
        ),
        MessageAlreadyExistsError,
    )
    assert cause.code() is grpc.StatusCode.ALREADY_EXISTS
    assert cause.details().startswith("Command 'PUBLISH' rejected with code 'ALREADY_EXISTS'")
    await gateway.still_serving()


async def test_cancelled_instance_terminates_and_cannot_be_cancelled_again(
    gateway: Gateway,
) -> None:
    await gateway.deploy("idle.bpmn", HEAD + one_task("idle", "nobody.works") + TAIL)
    instance = await gateway.client.run_process("idle", {})
    key = instance.process_instance_key
    await gateway.client.cancel_process_instance(key)
    assert gateway.instance_state(key) == "TERMINATED"
    cause = await grpc_cause(
        gateway.client.cancel_process_instance(key), ProcessInstanceNotFoundError
    )
    assert cause.details().startswith("Command 'CANCEL' rejected with code 'NOT_FOUND'")


async def test_job_timeout_is_updated(gateway: Gateway) -> None:
    await gateway.deploy("slow.bpmn", HEAD + one_task("slow", "claims.slow") + TAIL)
    await gateway.client.run_process("slow", {})
    jobs = [
        job
        async for job in gateway.adapter.activate_jobs(
            "claims.slow", "slow-worker", 10_000, 1, [], request_timeout=5_000
        )
    ]
    (job,) = jobs
    before = gateway.engine.clock.now_ms()
    await gateway.adapter.update_job_timeout(job.key, 600_000)
    deadline = gateway.engine.tables.jobs[job.key].deadline
    assert deadline is not None
    assert deadline >= before + 600_000


async def test_variables_set_on_the_instance_are_visible(gateway: Gateway) -> None:
    await gateway.deploy("idle.bpmn", HEAD + one_task("idle", "nobody.works") + TAIL)
    instance = await gateway.client.run_process("idle", {"a": 1})
    key = instance.process_instance_key
    response = await gateway.stub.SetVariables(
        pyzeebe_pb.SetVariablesRequest(elementInstanceKey=key, variables='{"b": [2, 3]}')
    )
    assert response.key > 0
    assert gateway.engine.visible_variables(key) == {"a": 1, "b": [2, 3]}


async def test_decision_is_evaluated_by_id_and_by_key(gateway: Gateway) -> None:
    await gateway.deploy("routing.dmn", ROUTING_DMN)
    by_id = await gateway.client.evaluate_decision(None, "route-claim", {"amount": 5000})
    assert by_id.decision_output == "senior"
    assert (by_id.decision_id, by_id.decision_name, by_id.decision_version) == (
        "route-claim",
        "Route claim",
        1,
    )
    assert by_id.decision_requirements_id == "claim-routing"
    assert by_id.failed_decision_id == ""
    (evaluated,) = by_id.evaluated_decisions
    assert evaluated.decision_key == by_id.decision_key
    assert evaluated.decision_type == "DECISION_TABLE"
    assert [(i.input_id, i.input_value) for i in evaluated.evaluated_inputs] == [
        ("amount-input", 5000)
    ]
    (rule,) = evaluated.matched_rules
    assert (rule.rule_id, rule.rule_index) == ("large-claims", 1)
    assert [(o.output_name, o.output_value) for o in rule.evaluated_outputs] == [
        ("queue", "senior")
    ]

    by_key = await gateway.client.evaluate_decision(by_id.decision_key, None, {"amount": 10})
    assert by_key.decision_output == "fast"
    assert by_key.evaluated_decisions[0].matched_rules[0].rule_index == 2


async def test_broadcast_signal_releases_waiting_instances(gateway: Gateway) -> None:
    await gateway.deploy("release.bpmn", HEAD + AWAIT_SIGNAL + TAIL)
    first = await gateway.client.run_process("await-release", {})
    second = await gateway.client.run_process("await-release", {})
    signal = await gateway.client.broadcast_signal("release-all", {"releasedBy": "ops"})
    assert signal.key > 0
    for instance in (first, second):
        key = instance.process_instance_key
        await eventually(gateway.completed(key), "the signal released the instance")
        assert gateway.engine.visible_variables(key)["releasedBy"] == "ops"


async def test_streaming_worker_gets_jobs_pushed(gateway: Gateway) -> None:
    await gateway.deploy("pushed.bpmn", HEAD + one_task("pushed", "claims.pushed") + TAIL)
    worker = ZeebeWorker(gateway.channel, name="streamer", stream_enabled=True)

    @worker.task(task_type="claims.pushed")  # type: ignore[arg-type]
    async def handle() -> dict[str, Any]:
        return {"handled": True}

    def pushed() -> float:
        sample = gateway.engine.metrics.get_sample_value(
            "baton_engine_jobs_activated_total", {"channel": "stream"}
        )
        return sample or 0.0

    async with working(worker):
        for _ in range(50):
            result = await gateway.client.run_process_with_result("pushed", {}, timeout=10_000)
            assert result.variables == {"handled": True}
            if pushed() > 0:
                break
            await asyncio.sleep(0.1)
    assert pushed() > 0, "no job reached the worker through its stream"


async def test_malformed_xml_is_rejected_and_the_engine_keeps_serving(gateway: Gateway) -> None:
    path = gateway.resources / "broken.bpmn"
    path.write_text(HEAD + "<bpmn:process id='broken'>")
    cause = await grpc_cause(gateway.client.deploy_resource(str(path)), ProcessInvalidError)
    assert cause.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert cause.details().startswith("Command 'CREATE' rejected with code 'INVALID_ARGUMENT'")
    assert "broken.bpmn" in cause.details()
    await gateway.still_serving()


async def test_unsupported_element_is_rejected_naming_it(gateway: Gateway) -> None:
    path = gateway.resources / "complex.bpmn"
    path.write_text(HEAD + UNSUPPORTED_ELEMENT + TAIL)
    cause = await grpc_cause(gateway.client.deploy_resource(str(path)), ProcessInvalidError)
    assert cause.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "complexGateway" in cause.details()
    await gateway.still_serving()


async def test_unknown_process_id_is_not_found(gateway: Gateway) -> None:
    cause = await grpc_cause(
        gateway.client.run_process("no-such-process", {}), ProcessDefinitionNotFoundError
    )
    assert cause.code() is grpc.StatusCode.NOT_FOUND
    assert cause.details().startswith("Command 'CREATE' rejected with code 'NOT_FOUND'")
    assert "no-such-process" in cause.details()
    await gateway.still_serving()


async def test_completing_an_unknown_job_is_not_found(gateway: Gateway) -> None:
    cause = await grpc_cause(gateway.adapter.complete_job(2251799813685249, {}), JobNotFoundError)
    assert cause.code() is grpc.StatusCode.NOT_FOUND
    assert cause.details().startswith("Command 'COMPLETE' rejected with code 'NOT_FOUND'")
    await gateway.still_serving()


async def test_variables_that_are_not_a_json_object_are_invalid(gateway: Gateway) -> None:
    await gateway.deploy("idle.bpmn", HEAD + one_task("idle", "nobody.works") + TAIL)
    cause = await grpc_cause(
        gateway.client.run_process("idle", ["not", "an", "object"]),  # type: ignore[arg-type]
        InvalidJSONError,
    )
    assert cause.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert cause.details() == (
        "Property 'variables' is invalid: Expected document to be a root level object, "
        "but was 'ARRAY'"
    )
    await gateway.still_serving()
