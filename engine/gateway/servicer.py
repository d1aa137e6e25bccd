"""``gateway_protocol.Gateway`` served from Baton's engine, for pyzeebe, zbctl and the Java client.

Each RPC reads its request, calls one engine command and answers with the response message
``gateway.proto`` (Camunda 8.9) declares. Engine rejections answer with their gRPC status and
Zeebe's message wording (see ``status``); anything else is a bug and answers INTERNAL.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Any, NoReturn, cast

import grpc
from typing_extensions import override

from engine.api import ActivatedJob, JobResult
from engine.gateway import messages
from engine.gateway.errors import GatewayRequestError
from engine.gateway.handling import abort, streaming, unary, unimplemented
from engine.gateway.proto import gateway_pb2 as pb
from engine.gateway.proto import gateway_pb2_grpc
from engine.gateway.variables import parse_variables, to_json
from engine.runtime import DecisionEvaluationError, Engine
from engine.state import DEFAULT_TENANT, DecisionDefinition, ProcessInstance

GATEWAY_REQUEST_TIMEOUT_MS = 15_000
"""Zeebe's gateway request timeout (``zeebe.gateway.cluster.requestTimeout``, 15 s by default),
which CreateProcessInstanceWithResult uses when its own ``requestTimeout`` is 0."""

DEADLINE_MARGIN_MS = 100
"""Waiting ends this long before the client's deadline, so the answer still reaches it."""

Context = Any
"""``grpc.aio.ServicerContext``; grpc ships no type information."""


def _tenant(tenant_id: str) -> str | None:
    return tenant_id or None


def _names(names: Any) -> list[str] | None:
    """A repeated string field; empty means "all", which the engine spells ``None``."""
    return list(names) or None


def _within_deadline(context: Context, timeout_ms: int) -> int:
    """``timeout_ms`` shortened to the client's remaining deadline, if it set one."""
    remaining = context.time_remaining()
    if remaining is None:
        return timeout_ms
    return max(min(timeout_ms, int(remaining * 1000) - DEADLINE_MARGIN_MS), 1)


class GatewayServicer(gateway_pb2_grpc.GatewayServicer):
    """The gateway's RPCs over one engine; ``host`` and ``port`` are what Topology reports."""

    def __init__(self, engine: Engine, host: str, port: int) -> None:
        self._engine = engine
        self._host = host
        self._port = port

    def _variables(self, text: str) -> dict[str, Any]:
        return parse_variables(text, max_bytes=self._engine.config.max_variables_bytes)

    @override
    async def Topology(self, request: pb.TopologyRequest, context: Context) -> pb.TopologyResponse:
        return messages.topology_response(self._host, self._port, self._engine.version)

    @override
    @unary("DeployResource")
    async def DeployResource(
        self, request: pb.DeployResourceRequest, context: Context
    ) -> pb.DeployResourceResponse:
        resources = [(resource.name, resource.content) for resource in request.resources]
        result = await self._engine.deploy(resources, tenant_id=_tenant(request.tenantId))
        return messages.deployment_response(result)

    @override
    async def DeployProcess(self, request: pb.DeployProcessRequest, context: Context) -> NoReturn:
        await abort(
            context,
            grpc.StatusCode.UNIMPLEMENTED,
            "DeployProcess is deprecated since Camunda 8.0 and not served; use DeployResource",
        )

    @override
    @unary("CreateProcessInstance")
    async def CreateProcessInstance(
        self, request: pb.CreateProcessInstanceRequest, context: Context
    ) -> pb.CreateProcessInstanceResponse:
        instance = await self._create_instance(request)
        return pb.CreateProcessInstanceResponse(
            processDefinitionKey=instance.process_definition_key,
            bpmnProcessId=instance.bpmn_process_id,
            version=instance.version,
            processInstanceKey=instance.key,
            tenantId=instance.tenant_id,
        )

    @override
    @unary("CreateProcessInstanceWithResult")
    async def CreateProcessInstanceWithResult(
        self, request: pb.CreateProcessInstanceWithResultRequest, context: Context
    ) -> pb.CreateProcessInstanceWithResultResponse:
        instance = await self._create_instance(request.request)
        timeout_ms = request.requestTimeout or GATEWAY_REQUEST_TIMEOUT_MS
        variables = await self._engine.await_result(
            instance.key,
            _within_deadline(context, timeout_ms),
            _names(request.fetchVariables),
        )
        return pb.CreateProcessInstanceWithResultResponse(
            processDefinitionKey=instance.process_definition_key,
            bpmnProcessId=instance.bpmn_process_id,
            version=instance.version,
            processInstanceKey=instance.key,
            variables=to_json(variables),
            tenantId=instance.tenant_id,
        )

    async def _create_instance(self, request: pb.CreateProcessInstanceRequest) -> ProcessInstance:
        unsupported = [
            name
            for name, present in (
                ("runtimeInstructions", len(request.runtimeInstructions) > 0),
                ("tags", len(request.tags) > 0),
                ("businessId", request.HasField("businessId")),
            )
            if present
        ]
        if unsupported:
            raise GatewayRequestError(
                f"Baton's local engine does not support {', '.join(unsupported)} when "
                "creating a process instance; see docs/engine.md"
            )
        variables = self._variables(request.variables)
        start_elements = [instruction.elementId for instruction in request.startInstructions]
        if request.processDefinitionKey:
            return await self._engine.create_process_instance(
                process_definition_key=request.processDefinitionKey,
                variables=variables,
                start_element_ids=start_elements or None,
                tenant_id=_tenant(request.tenantId),
            )
        return await self._engine.create_process_instance(
            bpmn_process_id=request.bpmnProcessId,
            version=request.version,
            variables=variables,
            start_element_ids=start_elements or None,
            tenant_id=_tenant(request.tenantId),
        )

    @override
    @unary("CancelProcessInstance")
    async def CancelProcessInstance(
        self, request: pb.CancelProcessInstanceRequest, context: Context
    ) -> pb.CancelProcessInstanceResponse:
        await self._engine.cancel_process_instance(request.processInstanceKey)
        return pb.CancelProcessInstanceResponse()

    @override
    @streaming("ActivateJobs")
    async def ActivateJobs(
        self, request: pb.ActivateJobsRequest, context: Context
    ) -> AsyncGenerator[pb.ActivateJobsResponse, None]:
        """One response with the jobs activated; none when long polling ends empty-handed.

        ``requestTimeout`` 0 means the engine's default long-polling timeout and a negative one
        no long polling (gateway.proto); either way waiting ends before the client's deadline.
        """
        request_timeout = request.requestTimeout
        if request_timeout >= 0:
            timeout = request_timeout or self._engine.config.long_polling_timeout_ms
            request_timeout = _within_deadline(context, timeout)
        jobs = await self._engine.activate_jobs(
            request.type,
            request.worker,
            request.timeout,
            request.maxJobsToActivate,
            _names(request.fetchVariable),
            request_timeout,
            tenant_ids=_names(request.tenantIds),
        )
        if jobs:
            yield pb.ActivateJobsResponse(jobs=[messages.activated_job(job) for job in jobs])

    @override
    @streaming("StreamActivatedJobs")
    async def StreamActivatedJobs(
        self, request: pb.StreamActivatedJobsRequest, context: Context
    ) -> AsyncGenerator[pb.ActivatedJob, None]:
        """Every job the engine pushes to this worker, until the client goes away."""
        jobs = self._engine.stream_jobs(
            request.type,
            request.worker,
            request.timeout,
            _names(request.fetchVariable),
            tenant_ids=_names(request.tenantIds),
        )
        # An async generator: closing it unregisters the stream and yields back unsent jobs.
        async with aclosing(cast(AsyncGenerator[ActivatedJob, None], jobs)) as pushed:
            async for job in pushed:
                yield messages.activated_job(job)

    @override
    @unary("CompleteJob")
    async def CompleteJob(
        self, request: pb.CompleteJobRequest, context: Context
    ) -> pb.CompleteJobResponse:
        result = self._job_result(request.result) if request.HasField("result") else None
        await self._engine.complete_job(
            request.jobKey, self._variables(request.variables) or None, result
        )
        return pb.CompleteJobResponse()

    def _job_result(self, result: pb.JobResult) -> JobResult:
        """CompleteJob's ``result``: a user task listener's corrections or denial, or an
        ad-hoc sub-process's elements to activate (gateway.proto, 8.7+)."""
        corrections: dict[str, Any] = {}
        if result.HasField("corrections"):
            given = result.corrections
            for name in ("assignee", "dueDate", "followUpDate", "priority"):
                if given.HasField(name):
                    corrections[name] = getattr(given, name)
            for name in ("candidateUsers", "candidateGroups"):
                if given.HasField(name):
                    corrections[name] = list(getattr(given, name).values)
        return JobResult(
            denied=result.denied,
            denied_reason=result.deniedReason,
            corrections=corrections,
            activate_elements=[
                {"elementId": element.elementId, "variables": self._variables(element.variables)}
                for element in result.activateElements
            ],
            is_completion_condition_fulfilled=result.isCompletionConditionFulfilled,
            is_cancel_remaining_instances=result.isCancelRemainingInstances,
        )

    @override
    @unary("FailJob")
    async def FailJob(self, request: pb.FailJobRequest, context: Context) -> pb.FailJobResponse:
        await self._engine.fail_job(
            request.jobKey,
            request.retries,
            request.errorMessage,
            request.retryBackOff,
            self._variables(request.variables) or None,
        )
        return pb.FailJobResponse()

    @override
    @unary("ThrowError")
    async def ThrowError(
        self, request: pb.ThrowErrorRequest, context: Context
    ) -> pb.ThrowErrorResponse:
        await self._engine.throw_error(
            request.jobKey,
            request.errorCode,
            request.errorMessage,
            self._variables(request.variables) or None,
        )
        return pb.ThrowErrorResponse()

    @override
    @unary("UpdateJobRetries")
    async def UpdateJobRetries(
        self, request: pb.UpdateJobRetriesRequest, context: Context
    ) -> pb.UpdateJobRetriesResponse:
        await self._engine.update_job_retries(request.jobKey, request.retries)
        return pb.UpdateJobRetriesResponse()

    @override
    @unary("UpdateJobTimeout")
    async def UpdateJobTimeout(
        self, request: pb.UpdateJobTimeoutRequest, context: Context
    ) -> pb.UpdateJobTimeoutResponse:
        await self._engine.update_job_timeout(request.jobKey, request.timeout)
        return pb.UpdateJobTimeoutResponse()

    @override
    @unary("SetVariables")
    async def SetVariables(
        self, request: pb.SetVariablesRequest, context: Context
    ) -> pb.SetVariablesResponse:
        key = await self._engine.set_variables(
            request.elementInstanceKey, self._variables(request.variables), request.local
        )
        return pb.SetVariablesResponse(key=key)

    @override
    @unary("PublishMessage")
    async def PublishMessage(
        self, request: pb.PublishMessageRequest, context: Context
    ) -> pb.PublishMessageResponse:
        message = await self._engine.publish_message(
            request.name,
            request.correlationKey,
            request.timeToLive,
            request.messageId or None,
            self._variables(request.variables) or None,
            tenant_id=_tenant(request.tenantId),
        )
        return pb.PublishMessageResponse(key=message.key, tenantId=message.tenant_id)

    @override
    @unary("ResolveIncident")
    async def ResolveIncident(
        self, request: pb.ResolveIncidentRequest, context: Context
    ) -> pb.ResolveIncidentResponse:
        await self._engine.resolve_incident(request.incidentKey)
        return pb.ResolveIncidentResponse()

    @override
    @unary("EvaluateDecision")
    async def EvaluateDecision(
        self, request: pb.EvaluateDecisionRequest, context: Context
    ) -> pb.EvaluateDecisionResponse:
        """Evaluate the latest decision with ``decisionId``, else the one with ``decisionKey``.

        As in Zeebe, a failed evaluation is an answer, not a rejection: the response names the
        failed decision and the failure, with ``null`` as output.
        """
        variables = self._variables(request.variables)
        try:
            if request.decisionId:
                decision, evaluation = await self._engine.evaluate_decision(
                    decision_id=request.decisionId, variables=variables
                )
            else:
                decision, evaluation = await self._engine.evaluate_decision(
                    decision_key=request.decisionKey or None, variables=variables
                )
        except DecisionEvaluationError as failure:
            return messages.failed_evaluation_response(
                self._called_decision(request), failure.failed_decision_id, str(failure)
            )
        same_graph = {
            definition.decision_id: definition
            for definition in self._engine.tables.decision_definitions.values()
            if definition.decision_requirements_key == decision.decision_requirements_key
        }
        return messages.evaluate_decision_response(decision, evaluation, same_graph)

    def _called_decision(self, request: pb.EvaluateDecisionRequest) -> DecisionDefinition:
        """The definition a request evaluated: the latest version of its id, or its key."""
        definitions = self._engine.tables.decision_definitions
        if not request.decisionId:
            return definitions[request.decisionKey]
        versions = [d for d in definitions.values() if d.decision_id == request.decisionId]
        return max(versions, key=lambda definition: definition.version)

    @override
    @unary("BroadcastSignal")
    async def BroadcastSignal(
        self, request: pb.BroadcastSignalRequest, context: Context
    ) -> pb.BroadcastSignalResponse:
        key = await self._engine.broadcast_signal(
            request.signalName, self._variables(request.variables) or None
        )
        return pb.BroadcastSignalResponse(key=key, tenantId=request.tenantId or DEFAULT_TENANT)

    @override
    async def ModifyProcessInstance(self, request: Any, context: Context) -> NoReturn:
        await unimplemented(context, "ModifyProcessInstance")

    @override
    async def MigrateProcessInstance(self, request: Any, context: Context) -> NoReturn:
        await unimplemented(context, "MigrateProcessInstance")

    @override
    async def DeleteResource(self, request: Any, context: Context) -> NoReturn:
        await unimplemented(context, "DeleteResource")

    @override
    async def EvaluateConditional(self, request: Any, context: Context) -> NoReturn:
        await unimplemented(context, "EvaluateConditional")
