"""The planner loop over gRPC with Camunda 8.9's gateway.proto (``CompleteJob.result``).

pyzeebe 4.7 bundles the 8.6 protocol, which has no ad-hoc result, so these calls use the stub
generated from the 8.9 gateway.proto on the same gateway pyzeebe's tests start.
"""

from __future__ import annotations

import json

import grpc
import pytest

from engine.gateway.proto import gateway_pb2 as pb
from engine.gateway.proto.gateway_pb2_grpc import GatewayStub
from tests.conformance.test_gateway_pyzeebe import Gateway, gateway

__all__ = ["gateway"]

PLANNED = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs"
    targetNamespace="http://baton.example/grpc-ad-hoc">
  <bpmn:process id="grpc-agentic" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:adHocSubProcess id="investigate">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="grpc.planner"/>
        <zeebe:adHoc outputCollection="toolResults" outputElement="=toolResult"/>
      </bpmn:extensionElements>
      <bpmn:serviceTask id="lookup">
        <bpmn:extensionElements><zeebe:taskDefinition type="grpc.lookup"/></bpmn:extensionElements>
      </bpmn:serviceTask>
    </bpmn:adHocSubProcess>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate"/>
    <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>
"""


async def one_job(stub: GatewayStub, job_type: str) -> pb.ActivatedJob:
    request = pb.ActivateJobsRequest(
        type=job_type, worker="grpc", timeout=30_000, maxJobsToActivate=1, requestTimeout=2_000
    )
    jobs: list[pb.ActivatedJob] = [
        job async for response in stub.ActivateJobs(request) for job in response.jobs
    ]
    assert len(jobs) == 1, jobs
    return jobs[0]


async def test_complete_job_result_drives_the_ad_hoc_sub_process(gateway: Gateway) -> None:
    await gateway.deploy("agentic.bpmn", PLANNED)
    created = await gateway.client.run_process("grpc-agentic")
    stub = GatewayStub(gateway.channel)
    plan = await one_job(stub, "grpc.planner")
    assert plan.kind == pb.ActivatedJob.JobKind.AD_HOC_SUB_PROCESS
    elements = json.loads(plan.variables)["adHocSubProcessElements"]
    assert [e["elementId"] for e in elements] == ["lookup"]

    unknown = pb.JobResult(type="adHocSubProcess")
    unknown.activateElements.add(elementId="ghost", variables="{}")
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.CompleteJob(pb.CompleteJobRequest(jobKey=plan.key, result=unknown))
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "'ghost'" in (refused.value.details() or "")

    chosen = pb.JobResult(type="adHocSubProcess")
    chosen.activateElements.add(elementId="lookup", variables=json.dumps({"claimId": "c-9"}))
    await stub.CompleteJob(pb.CompleteJobRequest(jobKey=plan.key, result=chosen))
    tool = await one_job(stub, "grpc.lookup")
    assert json.loads(tool.variables)["claimId"] == "c-9"
    await stub.CompleteJob(
        pb.CompleteJobRequest(jobKey=tool.key, variables=json.dumps({"toolResult": "covered"}))
    )
    again = await one_job(stub, "grpc.planner")
    assert json.loads(again.variables)["toolResults"] == ["covered"]
    done = pb.JobResult(type="adHocSubProcess", isCompletionConditionFulfilled=True)
    await stub.CompleteJob(pb.CompleteJobRequest(jobKey=again.key, result=done))
    assert gateway.instance_state(created.process_instance_key) == "COMPLETED"
