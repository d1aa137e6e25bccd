import json

from engine.api import DeploymentResult
from engine.dmn import (
    DecisionEvaluation,
    EvaluatedDecision,
    EvaluatedInput,
    EvaluatedOutput,
    MatchedRule,
)
from engine.gateway import messages
from engine.gateway.proto import gateway_pb2 as pb
from engine.state import DecisionDefinition, DecisionRequirements, FormDefinition, ProcessDefinition
from tests.unit.engine.gateway.fake_engine import activated_job


def test_activated_job_carries_json_text_and_enum_names() -> None:
    job = messages.activated_job(
        activated_job(kind="TASK_LISTENER", listener_event_type="COMPLETING")
    )
    assert (job.key, job.processInstanceKey, job.elementInstanceKey) == (7, 2, 5)
    assert json.loads(job.customHeaders) == {"h": "v"}
    assert json.loads(job.variables) == {"a": 1}
    assert job.kind == pb.ActivatedJob.JobKind.TASK_LISTENER
    assert job.listenerEventType == pb.ActivatedJob.ListenerEventType.COMPLETING
    assert job.tenantId == "<default>"
    assert not job.HasField("userTask")


def test_job_without_listener_event_is_unspecified() -> None:
    job = messages.activated_job(activated_job())
    assert job.kind == pb.ActivatedJob.JobKind.BPMN_ELEMENT
    assert job.listenerEventType == pb.ActivatedJob.ListenerEventType.UNSPECIFIED


def test_user_task_properties_set_only_what_the_task_has() -> None:
    job = messages.activated_job(
        activated_job(
            user_task={
                "userTaskKey": 8,
                "assignee": "ana",
                "candidateGroups": ["a"],
                "dueDate": None,
            }
        )
    )
    assert job.userTask.userTaskKey == 8
    assert job.userTask.assignee == "ana"
    assert list(job.userTask.candidateGroups) == ["a"]
    assert not job.userTask.HasField("dueDate")


def test_deployment_lists_each_kind_of_resource_with_its_metadata() -> None:
    result = DeploymentResult(
        key=100,
        processes=[ProcessDefinition(1, "claim", 2, "Claim", 10, "claim.bpmn", "c", 100)],
        decision_requirements=[DecisionRequirements(3, "drg", None, 1, 11, "t.dmn", "c", 100)],
        decisions=[DecisionDefinition(4, "route", "Route", 1, 3, "drg", 100)],
        forms=[FormDefinition(5, "form", 1, 12, "f.form", "c", 100, "{}")],
    )
    response = messages.deployment_response(result)
    assert response.key == 100
    assert response.tenantId == "<default>"
    kinds = [deployment.WhichOneof("Metadata") for deployment in response.deployments]
    assert kinds == ["process", "decision", "decisionRequirements", "form"]
    process, decision, drg, form = response.deployments
    assert (process.process.bpmnProcessId, process.process.version) == ("claim", 2)
    assert process.process.processDefinitionKey == 1
    assert process.process.resourceName == "claim.bpmn"
    assert (decision.decision.dmnDecisionId, decision.decision.decisionRequirementsKey) == (
        "route",
        3,
    )
    assert drg.decisionRequirements.dmnDecisionRequirementsName == ""
    assert (form.form.formId, form.form.formKey) == ("form", 5)


def test_decision_evaluation_lists_required_decisions_with_their_definitions() -> None:
    route = DecisionDefinition(4, "route", "Route", 2, 3, "drg", 100)
    risk = DecisionDefinition(6, "risk", "Risk", 2, 3, "drg", 100)
    evaluation = DecisionEvaluation(
        output={"queue": "fast"},
        evaluated_decisions=[
            EvaluatedDecision("risk", "Risk", "LITERAL_EXPRESSION", "low"),
            EvaluatedDecision(
                "route",
                "Route",
                "DECISION_TABLE",
                {"queue": "fast"},
                evaluated_inputs=[EvaluatedInput("in1", "Risk", "low")],
                matched_rules=[MatchedRule("rule1", 1, [EvaluatedOutput("out1", "queue", "fast")])],
            ),
        ],
    )
    response = messages.evaluate_decision_response(
        route, evaluation, {"route": route, "risk": risk}
    )
    assert (response.decisionKey, response.decisionId, response.decisionVersion) == (4, "route", 2)
    assert (response.decisionRequirementsId, response.decisionRequirementsKey) == ("drg", 3)
    assert json.loads(response.decisionOutput) == {"queue": "fast"}
    required, called = response.evaluatedDecisions
    assert (required.decisionKey, required.decisionType) == (6, "LITERAL_EXPRESSION")
    assert json.loads(required.decisionOutput) == "low"
    assert called.evaluatedInputs[0].inputValue == '"low"'
    rule = called.matchedRules[0]
    assert (rule.ruleId, rule.ruleIndex) == ("rule1", 1)
    assert (rule.evaluatedOutputs[0].outputName, rule.evaluatedOutputs[0].outputValue) == (
        "queue",
        '"fast"',
    )


def test_topology_is_one_broker_leading_one_healthy_partition() -> None:
    topology = messages.topology_response("127.0.0.1", 26500, "8.9.0")
    assert (topology.clusterSize, topology.partitionsCount, topology.replicationFactor) == (1, 1, 1)
    assert topology.gatewayVersion == "8.9.0"
    (broker,) = topology.brokers
    assert (broker.nodeId, broker.host, broker.port, broker.version) == (
        0,
        "127.0.0.1",
        26500,
        "8.9.0",
    )
    (partition,) = broker.partitions
    assert partition.partitionId == 1
    assert partition.role == pb.Partition.PartitionBrokerRole.LEADER
    assert partition.health == pb.Partition.PartitionBrokerHealth.HEALTHY
