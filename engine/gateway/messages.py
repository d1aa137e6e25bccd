"""Engine records turned into the gateway protocol's response messages.

Field by field as ``gateway.proto`` (Camunda 8.9) declares them: keys are int64, JSON documents
travel as text, and every record names its tenant (``<default>`` without multi-tenancy).
"""

from __future__ import annotations

from typing import Any

from engine.api import ActivatedJob, DeploymentResult
from engine.dmn import DecisionEvaluation, EvaluatedDecision
from engine.gateway.proto import gateway_pb2 as pb
from engine.gateway.variables import to_json
from engine.state import DecisionDefinition

PARTITION_ID = 1
"""Baton's engine is one broker with one partition, which leads it."""

_USER_TASK_FIELDS = (
    "action",
    "assignee",
    "candidateGroups",
    "candidateUsers",
    "changedAttributes",
    "dueDate",
    "followUpDate",
    "formKey",
    "priority",
    "userTaskKey",
)


def activated_job(job: ActivatedJob) -> pb.ActivatedJob:
    message = pb.ActivatedJob(
        key=job.key,
        type=job.type,
        processInstanceKey=job.process_instance_key,
        bpmnProcessId=job.bpmn_process_id,
        processDefinitionVersion=job.process_definition_version,
        processDefinitionKey=job.process_definition_key,
        elementId=job.element_id,
        elementInstanceKey=job.element_instance_key,
        customHeaders=to_json(job.custom_headers),
        worker=job.worker,
        retries=job.retries,
        deadline=job.deadline,
        variables=to_json(job.variables),
        tenantId=job.tenant_id,
        kind=pb.ActivatedJob.JobKind.Value(job.kind or "BPMN_ELEMENT"),
        listenerEventType=pb.ActivatedJob.ListenerEventType.Value(
            job.listener_event_type or "UNSPECIFIED"
        ),
    )
    if job.user_task is not None:
        message.userTask.CopyFrom(user_task_properties(job.user_task))
    return message


def user_task_properties(user_task: dict[str, Any]) -> pb.UserTaskProperties:
    """The user task a task listener job belongs to; absent attributes stay unset."""
    present = {
        name: user_task[name] for name in _USER_TASK_FIELDS if user_task.get(name) is not None
    }
    return pb.UserTaskProperties(**present)


def deployment_response(result: DeploymentResult) -> pb.DeployResourceResponse:
    """Processes, then decisions, decision requirements and forms, as Zeebe lists them."""
    deployments = [
        pb.Deployment(
            process=pb.ProcessMetadata(
                bpmnProcessId=process.bpmn_process_id,
                version=process.version,
                processDefinitionKey=process.key,
                resourceName=process.resource_name,
                tenantId=process.tenant_id,
            )
        )
        for process in result.processes
    ]
    deployments += [
        pb.Deployment(
            decision=pb.DecisionMetadata(
                dmnDecisionId=decision.decision_id,
                dmnDecisionName=decision.name or "",
                version=decision.version,
                decisionKey=decision.key,
                dmnDecisionRequirementsId=decision.decision_requirements_id,
                decisionRequirementsKey=decision.decision_requirements_key,
                tenantId=decision.tenant_id,
            )
        )
        for decision in result.decisions
    ]
    deployments += [
        pb.Deployment(
            decisionRequirements=pb.DecisionRequirementsMetadata(
                dmnDecisionRequirementsId=drg.drg_id,
                dmnDecisionRequirementsName=drg.name or "",
                version=drg.version,
                decisionRequirementsKey=drg.key,
                resourceName=drg.resource_name,
                tenantId=drg.tenant_id,
            )
        )
        for drg in result.decision_requirements
    ]
    deployments += [
        pb.Deployment(
            form=pb.FormMetadata(
                formId=form.form_id,
                version=form.version,
                formKey=form.key,
                resourceName=form.resource_name,
                tenantId=form.tenant_id,
            )
        )
        for form in result.forms
    ]
    return pb.DeployResourceResponse(
        key=result.key, deployments=deployments, tenantId=result.tenant_id
    )


def evaluate_decision_response(
    decision: DecisionDefinition,
    evaluation: DecisionEvaluation,
    definitions: dict[str, DecisionDefinition],
) -> pb.EvaluateDecisionResponse:
    """The evaluation of ``decision``; ``definitions`` maps the ids of its graph's decisions.

    Required decisions are evaluated first and listed before the called one, each with the key
    and version of its definition in the same decision requirements graph.
    """
    return pb.EvaluateDecisionResponse(
        decisionKey=decision.key,
        decisionId=decision.decision_id,
        decisionName=decision.name or "",
        decisionVersion=decision.version,
        decisionRequirementsId=decision.decision_requirements_id,
        decisionRequirementsKey=decision.decision_requirements_key,
        decisionOutput=to_json(evaluation.output),
        evaluatedDecisions=[
            evaluated_decision(evaluated, definitions.get(evaluated.decision_id, decision))
            for evaluated in evaluation.evaluated_decisions
        ],
        tenantId=decision.tenant_id,
    )


def failed_evaluation_response(
    decision: DecisionDefinition, failed_decision_id: str, failure_message: str
) -> pb.EvaluateDecisionResponse:
    return pb.EvaluateDecisionResponse(
        decisionKey=decision.key,
        decisionId=decision.decision_id,
        decisionName=decision.name or "",
        decisionVersion=decision.version,
        decisionRequirementsId=decision.decision_requirements_id,
        decisionRequirementsKey=decision.decision_requirements_key,
        decisionOutput=to_json(None),
        failedDecisionId=failed_decision_id,
        failureMessage=failure_message,
        tenantId=decision.tenant_id,
    )


def evaluated_decision(
    evaluated: EvaluatedDecision, definition: DecisionDefinition
) -> pb.EvaluatedDecision:
    return pb.EvaluatedDecision(
        decisionKey=definition.key,
        decisionId=evaluated.decision_id,
        decisionName=evaluated.decision_name,
        decisionVersion=definition.version,
        decisionType=evaluated.decision_type,
        decisionOutput=to_json(evaluated.output),
        matchedRules=[
            pb.MatchedDecisionRule(
                ruleId=rule.rule_id,
                ruleIndex=rule.rule_index,
                evaluatedOutputs=[
                    pb.EvaluatedDecisionOutput(
                        outputId=output.output_id,
                        outputName=output.output_name,
                        outputValue=to_json(output.output_value),
                    )
                    for output in rule.evaluated_outputs
                ],
            )
            for rule in evaluated.matched_rules
        ],
        evaluatedInputs=[
            pb.EvaluatedDecisionInput(
                inputId=evaluated_input.input_id,
                inputName=evaluated_input.input_name,
                inputValue=to_json(evaluated_input.input_value),
            )
            for evaluated_input in evaluated.evaluated_inputs
        ],
        tenantId=definition.tenant_id,
    )


def topology_response(host: str, port: int, version: str) -> pb.TopologyResponse:
    """One broker (node 0) at the gateway's own address, leading the one healthy partition."""
    broker = pb.BrokerInfo(
        nodeId=0,
        host=host,
        port=port,
        version=version,
        partitions=[
            pb.Partition(
                partitionId=PARTITION_ID,
                role=pb.Partition.PartitionBrokerRole.LEADER,
                health=pb.Partition.PartitionBrokerHealth.HEALTHY,
            )
        ],
    )
    return pb.TopologyResponse(
        brokers=[broker],
        clusterSize=1,
        partitionsCount=1,
        replicationFactor=1,
        gatewayVersion=version,
    )
