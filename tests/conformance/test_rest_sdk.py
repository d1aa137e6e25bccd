"""Camunda's official Python SDK (``camunda-orchestration-sdk`` 10), unchanged, against ``/v2``.

One engine on a temporary data directory serves the REST app under uvicorn on a free loopback
port; every test drives it through ``CamundaAsyncClient``. Malformed JSON cannot be produced by
the SDK's models, so those cases go through the SDK client's own httpx client. Every bad-input
case is followed by a check that the server still answers.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import uvicorn
from camunda_orchestration_sdk import CamundaAsyncClient
from camunda_orchestration_sdk.errors import ApiError, BadRequestError, NotFoundError
from camunda_orchestration_sdk.models.cancel_process_instance_request import (
    CancelProcessInstanceRequest,
)
from camunda_orchestration_sdk.models.clock_pin_request import ClockPinRequest
from camunda_orchestration_sdk.models.decision_evaluation_by_id import DecisionEvaluationByID
from camunda_orchestration_sdk.models.element_instance_search_query import (
    ElementInstanceSearchQuery,
)
from camunda_orchestration_sdk.models.incident_search_query import IncidentSearchQuery
from camunda_orchestration_sdk.models.job_activation_request import JobActivationRequest
from camunda_orchestration_sdk.models.job_completion_request import JobCompletionRequest
from camunda_orchestration_sdk.models.job_fail_request import JobFailRequest
from camunda_orchestration_sdk.models.job_update_request import JobUpdateRequest
from camunda_orchestration_sdk.models.message_publication_request import (
    MessagePublicationRequest,
)
from camunda_orchestration_sdk.models.problem_detail import ProblemDetail
from camunda_orchestration_sdk.models.process_creation_by_id import ProcessCreationById
from camunda_orchestration_sdk.models.process_instance_search_query import (
    ProcessInstanceSearchQuery,
)
from camunda_orchestration_sdk.models.user_task_assignment_request import (
    UserTaskAssignmentRequest,
)
from camunda_orchestration_sdk.models.user_task_completion_request import (
    UserTaskCompletionRequest,
)
from camunda_orchestration_sdk.models.user_task_search_query import UserTaskSearchQuery
from camunda_orchestration_sdk.models.variable_search_query import VariableSearchQuery
from camunda_orchestration_sdk.semantic_types import (
    IncidentKey,
    JobKey,
    ProcessDefinitionKey,
    ProcessInstanceKey,
    UserTaskKey,
    VariableKey,
)

from engine.rest import create_rest_app
from engine.runtime import Engine, EngineConfig

CLAIM_PROCESS = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs"
    targetNamespace="http://baton.example/rest">
  <bpmn:message id="paid" name="claim-paid">
    <bpmn:extensionElements>
      <zeebe:subscription correlationKey="=claimId"/>
    </bpmn:extensionElements>
  </bpmn:message>
  <bpmn:process id="rest-claim" name="REST claim" isExecutable="true">
    <bpmn:startEvent id="start"/>
    <bpmn:userTask id="review" name="Review claim">
      <bpmn:extensionElements>
        <zeebe:userTask/>
        <zeebe:formDefinition formId="review-form"/>
        <zeebe:assignmentDefinition candidateGroups="adjusters"/>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:serviceTask id="charge" name="Charge">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="conformance.charge" retries="1"/>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:intermediateCatchEvent id="wait-paid">
      <bpmn:messageEventDefinition messageRef="paid"/>
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="charge"/>
    <bpmn:sequenceFlow id="f3" sourceRef="charge" targetRef="wait-paid"/>
    <bpmn:sequenceFlow id="f4" sourceRef="wait-paid" targetRef="end"/>
  </bpmn:process>
</bpmn:definitions>
"""

REVIEW_FORM = """{
  "id": "review-form",
  "type": "default",
  "schemaVersion": 16,
  "components": [{"type": "checkbox", "key": "approved", "label": "Approve"}]
}
"""

TIER_DECISION = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="tiers"
    name="Tiers" namespace="http://baton.example/rest">
  <decision id="claim-tier" name="Claim tier">
    <decisionTable id="table" hitPolicy="FIRST">
      <input id="in-amount" label="Amount">
        <inputExpression id="amount" typeRef="number"><text>amount</text></inputExpression>
      </input>
      <output id="out-tier" name="tier" typeRef="string"/>
      <rule id="small">
        <inputEntry id="small-in"><text>&lt; 1000</text></inputEntry>
        <outputEntry id="small-out"><text>"fast"</text></outputEntry>
      </rule>
      <rule id="large">
        <inputEntry id="large-in"><text>&gt;= 1000</text></inputEntry>
        <outputEntry id="large-out"><text>"full"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>
"""

LONG_NOTES = "n" * 9000


@dataclass
class Served:
    sdk: CamundaAsyncClient
    engine: Engine
    resources: Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def served(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Served]:
    engine = await Engine.open(EngineConfig(data_dir=tmp_path_factory.mktemp("rest-engine")))
    port = _free_port()
    config = uvicorn.Config(
        create_rest_app(engine), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    resources = tmp_path_factory.mktemp("rest-resources")
    for name, text in (
        ("claim.bpmn", CLAIM_PROCESS),
        ("review.form", REVIEW_FORM),
        ("tiers.dmn", TIER_DECISION),
    ):
        (resources / name).write_text(text)
    sdk = CamundaAsyncClient(
        configuration={
            "CAMUNDA_REST_ADDRESS": f"http://127.0.0.1:{port}",
            "CAMUNDA_AUTH_STRATEGY": "NONE",
        }
    )
    try:
        yield Served(sdk, engine, resources)
    finally:
        await sdk.aclose()
        server.should_exit = True
        await serving
        await engine.close()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def deployed(served: Served) -> dict[str, str]:
    result = await served.sdk.deploy_resources_from_files(
        [served.resources / name for name in ("claim.bpmn", "review.form", "tiers.dmn")]
    )
    (process,) = result.processes
    (form,) = result.forms
    (decision,) = result.decisions
    return {
        "process_definition_key": process.process_definition_key,
        "form_key": form.form_key,
        "decision_key": decision.decision_definition_key,
    }


async def assert_serving(served: Served) -> None:
    topology = await served.sdk.get_topology()
    assert topology.gateway_version == served.engine.version


def problem_of(error: ApiError) -> ProblemDetail:
    assert isinstance(error.parsed, ProblemDetail), error
    return error.parsed


async def start_claim(served: Served, claim_id: str, **variables: Any) -> str:
    created = await served.sdk.create_process_instance(
        data=ProcessCreationById.from_dict(
            {"processDefinitionId": "rest-claim", "variables": {"claimId": claim_id, **variables}}
        )
    )
    return str(created.process_instance_key)


async def open_review(served: Served, instance_key: str) -> str:
    tasks = await served.sdk.search_user_tasks(
        data=UserTaskSearchQuery.from_dict(
            {"filter": {"processInstanceKey": instance_key, "state": "CREATED"}}
        )
    )
    (task,) = tasks.items
    return str(task.user_task_key)


async def test_topology_names_the_engine_version(served: Served) -> None:
    topology = await served.sdk.get_topology()
    assert topology.cluster_size == 1
    assert topology.brokers[0].partitions[0].partition_id == 1


async def test_deployment_lists_process_form_and_decision(
    served: Served, deployed: dict[str, str]
) -> None:
    definition = await served.sdk.get_process_definition(
        ProcessDefinitionKey(deployed["process_definition_key"])
    )
    assert (definition.process_definition_id, definition.version) == ("rest-claim", 1)
    assert definition.name == "REST claim"
    xml = await served.sdk.get_process_definition_xml(
        ProcessDefinitionKey(deployed["process_definition_key"])
    )
    assert 'id="rest-claim"' in str(xml)


async def test_user_task_search_form_assign_unassign_complete(
    served: Served, deployed: dict[str, str]
) -> None:
    instance_key = await start_claim(served, "c-1", amount=300)
    task_key = await open_review(served, instance_key)
    task = await served.sdk.get_user_task(UserTaskKey(task_key))
    assert (task.element_id, task.name, task.candidate_groups) == (
        "review",
        "Review claim",
        ["adjusters"],
    )
    assert task.form_key == deployed["form_key"]
    form = await served.sdk.get_user_task_form(UserTaskKey(task_key))
    assert form is not None and '"review-form"' in form.schema

    await served.sdk.assign_user_task(
        UserTaskKey(task_key), data=UserTaskAssignmentRequest.from_dict({"assignee": "ann"})
    )
    mine = await served.sdk.search_user_tasks(
        data=UserTaskSearchQuery.from_dict({"filter": {"assignee": "ann"}})
    )
    assert [str(t.user_task_key) for t in mine.items] == [task_key]
    await served.sdk.unassign_user_task(UserTaskKey(task_key))
    assert (await served.sdk.get_user_task(UserTaskKey(task_key))).assignee is None

    await served.sdk.complete_user_task(
        UserTaskKey(task_key),
        data=UserTaskCompletionRequest.from_dict({"variables": {"approved": True}}),
    )
    completed = await served.sdk.get_user_task(UserTaskKey(task_key))
    assert completed.state.value == "COMPLETED"

    with pytest.raises(NotFoundError) as again:
        await served.sdk.complete_user_task(UserTaskKey(task_key))
    assert problem_of(again.value).title == "NOT_FOUND"
    await assert_serving(served)


async def test_long_variable_values_are_truncated_in_search_and_whole_by_key(
    served: Served, deployed: dict[str, str]
) -> None:
    instance_key = await start_claim(served, "c-2", notes=LONG_NOTES)
    found = await served.sdk.search_variables(
        data=VariableSearchQuery.from_dict(
            {"filter": {"processInstanceKey": instance_key, "name": "notes"}}
        )
    )
    (preview,) = found.items
    assert preview.is_truncated is True
    assert len(preview.value) == 8191
    full = await served.sdk.get_variable(VariableKey(preview.variable_key))
    assert full.value == f'"{LONG_NOTES}"'


async def test_job_failure_to_incident_resolution_completion_and_message(
    served: Served, deployed: dict[str, str]
) -> None:
    instance_key = await start_claim(served, "c-3", amount=2500)
    task_key = await open_review(served, instance_key)
    await served.sdk.complete_user_task(UserTaskKey(task_key))
    activation = JobActivationRequest.from_dict(
        {
            "type": "conformance.charge",
            "worker": "conformance",
            "timeout": 30_000,
            "maxJobsToActivate": 10,
            "requestTimeout": 5_000,
        }
    )
    activated = (await served.sdk.activate_jobs(data=activation)).jobs
    (job,) = [j for j in activated if str(j.process_instance_key) == str(instance_key)]
    assert job.variables.to_dict()["amount"] == 2500
    await served.sdk.fail_job(
        JobKey(job.job_key),
        data=JobFailRequest.from_dict({"retries": 0, "errorMessage": "card declined"}),
    )
    incidents = await served.sdk.search_incidents(
        data=IncidentSearchQuery.from_dict({"filter": {"processInstanceKey": instance_key}})
    )
    (incident,) = incidents.items
    assert (incident.error_type.value, incident.state.value) == ("JOB_NO_RETRIES", "ACTIVE")
    assert incident.error_message == "card declined"
    assert (await served.sdk.get_process_instance(ProcessInstanceKey(instance_key))).has_incident

    await served.sdk.update_job(
        JobKey(job.job_key), data=JobUpdateRequest.from_dict({"changeset": {"retries": 1}})
    )
    await served.sdk.resolve_incident(IncidentKey(incident.incident_key))
    (again,) = (await served.sdk.activate_jobs(data=activation)).jobs
    await served.sdk.complete_job(
        JobKey(again.job_key), data=JobCompletionRequest.from_dict({"variables": {"paid": 2500}})
    )
    published = await served.sdk.publish_message(
        data=MessagePublicationRequest.from_dict(
            {"name": "claim-paid", "correlationKey": "c-3", "timeToLive": 60_000}
        )
    )
    assert int(published.message_key) > 0
    finished = await served.sdk.get_process_instance(ProcessInstanceKey(instance_key))
    assert finished.state.value == "COMPLETED"
    elements = await served.sdk.search_element_instances(
        data=ElementInstanceSearchQuery.from_dict(
            {"filter": {"processInstanceKey": instance_key, "elementId": "charge"}}
        )
    )
    (charge,) = elements.items
    assert (charge.element_name, charge.state.value) == ("Charge", "COMPLETED")


async def test_decision_evaluation_returns_output_and_matched_rule(
    served: Served, deployed: dict[str, str]
) -> None:
    result = await served.sdk.evaluate_decision(
        data=DecisionEvaluationByID.from_dict(
            {"decisionDefinitionId": "claim-tier", "variables": {"amount": 1500}}
        )
    )
    assert result.output == '"full"'
    assert result.decision_definition_key == deployed["decision_key"]
    (evaluated,) = result.evaluated_decisions
    assert [rule.rule_id for rule in evaluated.matched_rules] == ["large"]


async def test_pinned_clock_dates_new_instances_until_reset(
    served: Served, deployed: dict[str, str]
) -> None:
    pinned = 1_767_225_600_123  # 2026-01-01T00:00:00.123Z
    await served.sdk.pin_clock(data=ClockPinRequest(timestamp=pinned))
    try:
        instance_key = await start_claim(served, "c-4")
        instance = await served.sdk.get_process_instance(ProcessInstanceKey(instance_key))
        assert int(instance.start_date.timestamp() * 1000) == pinned
    finally:
        await served.sdk.reset_clock()
    assert not served.engine.clock.pinned


async def test_cancelled_instance_reads_terminated(
    served: Served, deployed: dict[str, str]
) -> None:
    instance_key = await start_claim(served, "c-5")
    await served.sdk.cancel_process_instance(
        ProcessInstanceKey(instance_key), data=CancelProcessInstanceRequest()
    )
    found = await served.sdk.search_process_instances(
        data=ProcessInstanceSearchQuery.from_dict(
            {"filter": {"processInstanceKey": instance_key, "state": "TERMINATED"}}
        )
    )
    assert [str(item.process_instance_key) for item in found.items] == [instance_key]


async def test_unknown_keys_are_not_found_problems(served: Served) -> None:
    with pytest.raises(NotFoundError) as missing_task:
        await served.sdk.get_user_task(UserTaskKey("2251799813999999"))
    problem = problem_of(missing_task.value)
    assert (problem.status, problem.title) == (404, "NOT_FOUND")
    assert "2251799813999999" in problem.detail
    await assert_serving(served)
    with pytest.raises(NotFoundError):
        await served.sdk.get_process_instance(ProcessInstanceKey("2251799813999999"))
    await assert_serving(served)


async def test_malformed_json_and_non_object_variables_are_bad_requests(
    served: Served, deployed: dict[str, str]
) -> None:
    http = served.sdk.client.get_async_httpx_client()
    malformed = await http.post(
        "/process-instances",
        content=b'{"processDefinitionId": "rest-claim",',
        headers={"content-type": "application/json"},
    )
    assert malformed.status_code == 400
    assert malformed.headers["content-type"] == "application/problem+json"
    await assert_serving(served)
    listed = await http.post(
        "/process-instances", json={"processDefinitionId": "rest-claim", "variables": [1, 2]}
    )
    assert listed.status_code == 400
    assert "variables" in listed.json()["detail"]
    await assert_serving(served)


async def test_sdk_requests_the_engine_rejects_answer_problems(
    served: Served, deployed: dict[str, str]
) -> None:
    with pytest.raises(BadRequestError) as unknown_sort:
        await served.sdk.search_user_tasks(
            data=UserTaskSearchQuery.from_dict(
                {"sort": [{"field": "priority"}], "page": {"from": -1}}
            )
        )
    assert "page.from" in problem_of(unknown_sort.value).detail
    await assert_serving(served)
    with pytest.raises(ApiError) as unknown_process:
        await served.sdk.create_process_instance(
            data=ProcessCreationById.from_dict({"processDefinitionId": "no-such-process"})
        )
    assert unknown_process.value.status_code == 404
    assert b"no-such-process" in unknown_process.value.content
    await assert_serving(served)
