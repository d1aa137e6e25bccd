"""The servicer over a real loopback gRPC server, with a fake engine behind it."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from typing import cast

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc  # type: ignore[import-untyped]

from engine.api import JobResult
from engine.errors import NotFoundError
from engine.gateway import GatewayStartError, start_gateway
from engine.gateway.proto import gateway_pb2 as pb
from engine.gateway.proto.gateway_pb2_grpc import GatewayStub
from engine.runtime import DecisionEvaluationError, Engine
from engine.state import DecisionDefinition
from tests.unit.engine.gateway.fake_engine import FakeEngine, activated_job, failing


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
async def channel(engine: FakeEngine) -> AsyncIterator[grpc.aio.Channel]:
    port = free_port()
    server = await start_gateway(cast(Engine, engine), "127.0.0.1", port)
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield channel
    await server.stop(None)


@pytest.fixture
def gateway(channel: grpc.aio.Channel) -> GatewayStub:
    return GatewayStub(channel)


async def rpc_error(call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call  # type: ignore[misc]
    return raised.value


@pytest.mark.parametrize(
    ("rpc", "request_type"),
    [
        ("ModifyProcessInstance", pb.ModifyProcessInstanceRequest),
        ("MigrateProcessInstance", pb.MigrateProcessInstanceRequest),
        ("DeleteResource", pb.DeleteResourceRequest),
        ("EvaluateConditional", pb.EvaluateConditionalRequest),
    ],
)
async def test_rpcs_baton_does_not_serve_answer_unimplemented_naming_the_rpc(
    gateway: GatewayStub, rpc: str, request_type: type
) -> None:
    error = await rpc_error(getattr(gateway, rpc)(request_type()))
    assert error.code() is grpc.StatusCode.UNIMPLEMENTED
    assert error.details() == f"Baton's local engine does not implement {rpc}; see docs/engine.md"


async def test_deprecated_deploy_process_points_to_deploy_resource(gateway: GatewayStub) -> None:
    error = await rpc_error(gateway.DeployProcess(pb.DeployProcessRequest()))
    assert error.code() is grpc.StatusCode.UNIMPLEMENTED
    assert "use DeployResource" in error.details()


async def test_topology_reports_the_gateways_own_address(gateway: GatewayStub) -> None:
    topology = await gateway.Topology(pb.TopologyRequest())
    assert topology.brokers[0].host == "127.0.0.1"
    assert topology.brokers[0].port > 0
    assert topology.gatewayVersion == "8.9.0"


async def test_engine_rejection_answers_its_status_in_zeebes_words(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    failing(
        engine, NotFoundError("Expected to complete job with key '5', but no such job was found")
    )
    error = await rpc_error(gateway.CompleteJob(pb.CompleteJobRequest(jobKey=5)))
    assert error.code() is grpc.StatusCode.NOT_FOUND
    assert error.details() == (
        "Command 'COMPLETE' rejected with code 'NOT_FOUND': "
        "Expected to complete job with key '5', but no such job was found"
    )


async def test_an_engine_bug_answers_internal_and_the_gateway_keeps_serving(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    failing(engine, KeyError("scope"))
    error = await rpc_error(gateway.CompleteJob(pb.CompleteJobRequest(jobKey=5)))
    assert error.code() is grpc.StatusCode.INTERNAL
    assert error.details().startswith("Unexpected error while processing CompleteJob: KeyError")
    engine.fail_with = None
    await gateway.CompleteJob(pb.CompleteJobRequest(jobKey=5))


@pytest.mark.parametrize("variables", ["[1]", '"text"', "{not json"])
async def test_variables_that_are_not_an_object_are_invalid_before_reaching_the_engine(
    gateway: GatewayStub, engine: FakeEngine, variables: str
) -> None:
    request = pb.CreateProcessInstanceRequest(bpmnProcessId="claim", variables=variables)
    error = await rpc_error(gateway.CreateProcessInstance(request))
    assert error.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "Expected document to be a root level object" in error.details() or (
        error.details().startswith("Invalid JSON value")
    )
    assert engine.calls == []


async def test_variables_over_the_engines_limit_are_resource_exhausted(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    variables = json.dumps({"big": "x" * engine.config.max_variables_bytes})
    error = await rpc_error(gateway.SetVariables(pb.SetVariablesRequest(variables=variables)))
    assert error.code() is grpc.StatusCode.RESOURCE_EXHAUSTED
    assert error.details().startswith("Command 'UPDATE' rejected with code")


async def test_create_process_instance_passes_id_version_variables_and_start_elements(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    response = await gateway.CreateProcessInstance(
        pb.CreateProcessInstanceRequest(
            bpmnProcessId="claim",
            version=-1,
            variables='{"a": 1}',
            startInstructions=[pb.ProcessInstanceCreationStartInstruction(elementId="review")],
        )
    )
    assert (response.processInstanceKey, response.tenantId) == (11, "<default>")
    assert engine.arguments("create_process_instance") == {
        "bpmn_process_id": "claim",
        "version": -1,
        "variables": {"a": 1},
        "start_element_ids": ["review"],
        "tenant_id": None,
    }


async def test_create_process_instance_by_key(gateway: GatewayStub, engine: FakeEngine) -> None:
    await gateway.CreateProcessInstance(pb.CreateProcessInstanceRequest(processDefinitionKey=1))
    assert engine.arguments("create_process_instance")["process_definition_key"] == 1


async def test_features_baton_lacks_are_refused_rather_than_dropped(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    request = pb.CreateProcessInstanceRequest(bpmnProcessId="claim", tags=["vip"])
    error = await rpc_error(gateway.CreateProcessInstance(request))
    assert error.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "does not support tags" in error.details()
    assert engine.calls == []


async def test_with_result_waits_no_longer_than_the_clients_deadline(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    request = pb.CreateProcessInstanceWithResultRequest(
        request=pb.CreateProcessInstanceRequest(bpmnProcessId="claim"),
        requestTimeout=60_000,
        fetchVariables=["approved"],
    )
    response = await gateway.CreateProcessInstanceWithResult(request, timeout=2)
    assert json.loads(response.variables) == {"approved": True}
    waited = engine.arguments("await_result")
    assert 0 < waited["timeout_ms"] <= 2_000
    assert waited["fetch_variables"] == ["approved"]


async def test_activate_jobs_sends_one_response_with_all_jobs(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    engine.jobs = [activated_job(1), activated_job(2)]
    request = pb.ActivateJobsRequest(type="claims.check", maxJobsToActivate=5, requestTimeout=-1)
    responses = [response async for response in gateway.ActivateJobs(request)]
    assert [[job.key for job in response.jobs] for response in responses] == [[1, 2]]
    assert engine.arguments("activate_jobs")["arguments"][5] == -1


async def test_activate_jobs_long_polls_within_the_clients_deadline(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    request = pb.ActivateJobsRequest(type="claims.check", maxJobsToActivate=5)
    responses = [response async for response in gateway.ActivateJobs(request, timeout=2)]
    assert responses == []
    request_timeout_ms = engine.arguments("activate_jobs")["arguments"][5]
    assert 0 < request_timeout_ms <= 2_000


async def test_stream_pushes_jobs_and_closes_the_engine_stream_when_the_client_leaves(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    engine.jobs = [activated_job(3)]
    call = gateway.StreamActivatedJobs(pb.StreamActivatedJobsRequest(type="claims.check"))
    first = await call.read()
    assert first.key == 3
    call.cancel()
    await engine.stream_closed.wait()


async def test_complete_job_maps_the_listener_result(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    result = pb.JobResult(
        denied=True,
        deniedReason="no",
        corrections=pb.JobResultCorrections(
            assignee="bo", candidateUsers=pb.StringList(values=["x"])
        ),
    )
    await gateway.CompleteJob(pb.CompleteJobRequest(jobKey=5, result=result))
    assert engine.arguments("complete_job") == {
        "job_key": 5,
        "variables": None,
        "result": JobResult(
            denied=True,
            denied_reason="no",
            corrections={"assignee": "bo", "candidateUsers": ["x"]},
        ),
    }


ROUTE_V1 = DecisionDefinition(4, "route", "Route", 1, 3, "drg", 100)
ROUTE_V2 = DecisionDefinition(8, "route", "Route", 2, 3, "drg", 101)


async def test_decision_id_wins_over_decision_key_as_in_zeebe(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    engine.tables.decision_definitions = {4: ROUTE_V1}
    response = await gateway.EvaluateDecision(
        pb.EvaluateDecisionRequest(decisionId="route", decisionKey=4, variables='{"a": 1}')
    )
    assert engine.arguments("evaluate_decision") == {"decision_id": "route", "variables": {"a": 1}}
    assert (response.decisionKey, response.decisionOutput) == (4, '"fast"')


async def test_failed_evaluation_is_an_answer_naming_the_failed_decision(
    gateway: GatewayStub, engine: FakeEngine
) -> None:
    engine.tables.decision_definitions = {4: ROUTE_V1, 8: ROUTE_V2}
    failing(
        engine, DecisionEvaluationError("Expected to evaluate decision 'route', but boom", "route")
    )
    response = await gateway.EvaluateDecision(pb.EvaluateDecisionRequest(decisionId="route"))
    assert (response.decisionKey, response.decisionVersion) == (8, 2)
    assert response.failedDecisionId == "route"
    assert response.failureMessage == "Expected to evaluate decision 'route', but boom"
    assert response.decisionOutput == "null"


async def test_health_follows_engine_readiness(
    channel: grpc.aio.Channel, engine: FakeEngine
) -> None:
    health = health_pb2_grpc.HealthStub(channel)
    request = health_pb2.HealthCheckRequest(service="gateway_protocol.Gateway")
    assert (await health.Check(request)).status == health_pb2.HealthCheckResponse.SERVING
    engine.ready = False
    assert (await health.Check(request)).status == health_pb2.HealthCheckResponse.NOT_SERVING
    unknown = await rpc_error(health.Check(health_pb2.HealthCheckRequest(service="other")))
    assert unknown.code() is grpc.StatusCode.NOT_FOUND


async def test_a_port_in_use_is_a_named_start_error(engine: FakeEngine) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(GatewayStartError, match=f"127.0.0.1:{port}"):
            await start_gateway(cast(Engine, engine), "127.0.0.1", port)
