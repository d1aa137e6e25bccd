"""The agentic step's job-worker loop through Camunda's Python SDK, unchanged, against ``/v2``.

A planner job of kind ``AD_HOC_SUB_PROCESS`` is completed with an ``adHocSubProcess`` result
that activates a tool; the tool's output comes back in the next planner job; a result naming
an element that is not in the sub-process is a 400 problem naming it.
"""

from __future__ import annotations

import pytest
from camunda_orchestration_sdk.errors import BadRequestError
from camunda_orchestration_sdk.models.job_activation_request import JobActivationRequest
from camunda_orchestration_sdk.models.job_completion_request import JobCompletionRequest
from camunda_orchestration_sdk.models.process_creation_by_id import ProcessCreationById
from camunda_orchestration_sdk.semantic_types import JobKey, ProcessInstanceKey

from tests.conformance.test_rest_sdk import Served, assert_serving, problem_of, served

__all__ = ["served"]

AGENTIC_PROCESS = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs"
    targetNamespace="http://baton.example/rest-ad-hoc">
  <bpmn:process id="rest-agentic" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:adHocSubProcess id="investigate" name="Investigate">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="conformance.planner"/>
        <zeebe:adHoc outputCollection="toolResults" outputElement="=lookupResult"/>
      </bpmn:extensionElements>
      <bpmn:serviceTask id="lookup-policy" name="Look up the policy">
        <bpmn:extensionElements>
          <zeebe:taskDefinition type="conformance.lookup"/>
        </bpmn:extensionElements>
      </bpmn:serviceTask>
    </bpmn:adHocSubProcess>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="investigate"/>
    <bpmn:sequenceFlow id="f2" sourceRef="investigate" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>
"""


def activation(job_type: str) -> JobActivationRequest:
    return JobActivationRequest.from_dict(
        {"type": job_type, "worker": "conformance", "timeout": 30_000, "maxJobsToActivate": 1}
    )


def ad_hoc_result(**fields: object) -> JobCompletionRequest:
    return JobCompletionRequest.from_dict({"result": {"type": "adHocSubProcess", **fields}})


async def test_planner_activates_a_tool_sees_its_result_and_completes(served: Served) -> None:
    path = served.resources / "agentic.bpmn"
    path.write_text(AGENTIC_PROCESS)
    await served.sdk.deploy_resources_from_files([path])
    created = await served.sdk.create_process_instance(
        data=ProcessCreationById.from_dict({"processDefinitionId": "rest-agentic"})
    )
    instance_key = str(created.process_instance_key)

    (plan,) = (await served.sdk.activate_jobs(data=activation("conformance.planner"))).jobs
    assert plan.kind.value == "AD_HOC_SUB_PROCESS"
    elements = plan.variables.to_dict()["adHocSubProcessElements"]
    assert [e["elementId"] for e in elements] == ["lookup-policy"]
    with pytest.raises(BadRequestError) as refused:
        await served.sdk.complete_job(
            JobKey(plan.job_key), data=ad_hoc_result(activateElements=[{"elementId": "ghost"}])
        )
    assert "'ghost'" in (problem_of(refused.value).detail or "")
    await assert_serving(served)

    await served.sdk.complete_job(
        JobKey(plan.job_key),
        data=ad_hoc_result(
            activateElements=[{"elementId": "lookup-policy", "variables": {"policy": "P-9"}}]
        ),
    )
    (lookup,) = (await served.sdk.activate_jobs(data=activation("conformance.lookup"))).jobs
    assert lookup.variables.to_dict()["policy"] == "P-9"
    await served.sdk.complete_job(
        JobKey(lookup.job_key),
        data=JobCompletionRequest.from_dict({"variables": {"lookupResult": "covered"}}),
    )
    (again,) = (await served.sdk.activate_jobs(data=activation("conformance.planner"))).jobs
    assert again.variables.to_dict()["toolResults"] == ["covered"]
    await served.sdk.complete_job(
        JobKey(again.job_key), data=ad_hoc_result(isCompletionConditionFulfilled=True)
    )
    finished = await served.sdk.get_process_instance(ProcessInstanceKey(instance_key))
    assert finished.state.value == "COMPLETED"


@pytest.mark.parametrize(
    ("result", "named"),
    [
        ({"type": "adHocSubProcess", "activateElements": {"elementId": "x"}}, "activateElements"),
        ({"type": "adHocSubProcess", "activateElements": [{"variables": {}}]}, "elementId"),
        ({"type": "adHocSubProcess", "activateElements": [{"elementId": 7}]}, "elementId"),
        (
            {"type": "adHocSubProcess", "activateElements": [{"elementId": "a", "variables": [1]}]},
            "variables",
        ),
        ({"type": "adHocSubProcess", "isCompletionConditionFulfilled": "yes"}, "isCompletion"),
        ({"type": "adHocSubProcess", "activate": []}, "activate"),
        ({"type": "adhoc"}, "result.type"),
    ],
)
async def test_malformed_ad_hoc_results_are_bad_requests_naming_the_field(
    served: Served, result: dict[str, object], named: str
) -> None:
    http = served.sdk.client.get_async_httpx_client()
    answer = await http.post("/jobs/2251799813685249/completion", json={"result": result})
    assert answer.status_code == 400, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert named in answer.json()["detail"]
    await assert_serving(served)
