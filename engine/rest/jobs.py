"""Jobs over REST: activate (long polling), complete, fail, throw an error, update, search.

``requestTimeout`` on activation follows Zeebe: 0 uses the engine's long-polling timeout, a
negative value answers at once. Job leases (``withLease``, ``jobLeaseToken``) are not offered
by this engine, so a request that asks for one is refused rather than silently unfenced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.api import ActivatedJob, JobResult
from engine.rest.body import Fields, invalid, missing, read_fields
from engine.rest.http import json_response, no_content, path_key
from engine.rest.lookups import root_process_instance_key
from engine.rest.problems import InvalidRequestError
from engine.rest.search import Field, Kind, SearchSpec, search
from engine.rest.wire import date_text, key_text
from engine.state import DEFAULT_TENANT, Job
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

KINDS = frozenset({"AD_HOC_SUB_PROCESS", "BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER"})
LISTENER_EVENT_TYPES = frozenset(
    {
        "ASSIGNING",
        "BEFORE_ALL",
        "CANCEL",
        "CANCELING",
        "COMPLETING",
        "CREATING",
        "END",
        "START",
        "UNSPECIFIED",
        "UPDATING",
    }
)
STATES = frozenset(
    {
        "CANCELED",
        "COMPLETED",
        "CREATED",
        "ERROR_THROWN",
        "FAILED",
        "MIGRATED",
        "PRIORITY_UPDATED",
        "RETRIES_UPDATED",
        "TIMED_OUT",
        "TIMEOUT_UPDATED",
    }
)


class JobEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        job = "/jobs/{jobKey}"
        return [
            Route("/jobs/activation", self.activate, methods=["POST"]),
            Route("/jobs/search", self.search, methods=["POST"]),
            Route(job, self.update, methods=["PATCH"]),
            Route(f"{job}/completion", self.complete, methods=["POST"]),
            Route(f"{job}/failure", self.fail, methods=["POST"]),
            Route(f"{job}/error", self.throw_error, methods=["POST"]),
        ]

    async def activate(self, request: Request) -> Response:
        body = await read_fields(request)
        job_type = body.required_string("type")
        worker = body.string("worker") or ""
        timeout = body.required_integer("timeout")
        max_jobs = body.required_integer("maxJobsToActivate")
        fetch_variables = body.string_list("fetchVariable")
        request_timeout = body.integer("requestTimeout")
        tenant_ids = body.string_list("tenantIds")
        body.string("tenantFilter")
        with_lease = body.boolean("withLease")
        body.done()
        if timeout < 1:
            raise invalid("timeout", timeout, "greater than 0")
        if max_jobs < 1:
            raise invalid("maxJobsToActivate", max_jobs, "greater than 0")
        if with_lease:
            raise InvalidRequestError(
                "withLease is not supported by this engine: jobs carry no lease"
            )
        jobs = await self._engine.activate_jobs(
            job_type,
            worker,
            timeout,
            max_jobs,
            fetch_variables or None,
            request_timeout or 0,
            tenant_ids or None,
        )
        tables = self._engine.tables
        return json_response({"jobs": [activated_job_json(tables, job) for job in jobs]})

    async def complete(self, request: Request) -> Response:
        key = path_key(request, "jobKey")
        body = await read_fields(request)
        variables = body.variables("variables")
        result_fields = body.object("result")
        _refuse_lease(body)
        _refuse_business_id(body)
        body.done()
        result = _job_result(result_fields) if result_fields is not None else None
        await self._engine.complete_job(key, variables, result)
        return no_content()

    async def fail(self, request: Request) -> Response:
        key = path_key(request, "jobKey")
        body = await read_fields(request)
        retries = body.integer("retries")
        error_message = body.string("errorMessage")
        backoff = body.integer("retryBackOff")
        variables = body.variables("variables")
        _refuse_lease(body)
        body.done()
        if retries is not None and retries < 0:
            raise invalid("retries", retries, "zero or more")
        if backoff is not None and backoff < 0:
            raise invalid("retryBackOff", backoff, "zero or more milliseconds")
        await self._engine.fail_job(key, retries or 0, error_message or "", backoff or 0, variables)
        return no_content()

    async def throw_error(self, request: Request) -> Response:
        key = path_key(request, "jobKey")
        body = await read_fields(request)
        error_code = body.required_string("errorCode")
        error_message = body.string("errorMessage")
        variables = body.variables("variables")
        _refuse_lease(body)
        body.done()
        await self._engine.throw_error(key, error_code, error_message or "", variables)
        return no_content()

    async def update(self, request: Request) -> Response:
        key = path_key(request, "jobKey")
        body = await read_fields(request)
        changeset = body.object("changeset")
        body.integer("operationReference")
        _refuse_lease(body)
        body.done()
        if changeset is None:
            raise missing("changeset")
        retries = changeset.integer("retries")
        timeout = changeset.integer("timeout")
        if changeset.integer("priority") is not None:
            raise InvalidRequestError("changeset.priority is not supported by this engine")
        changeset.done()
        if retries is None and timeout is None:
            raise InvalidRequestError("At least one of [retries, timeout] is required")
        if retries is not None:
            if retries < 1:
                raise invalid("changeset.retries", retries, "greater than 0")
            await self._engine.update_job_retries(key, retries)
        if timeout is not None:
            if timeout < 1:
                raise invalid("changeset.timeout", timeout, "greater than 0")
            await self._engine.update_job_timeout(key, timeout)
        return no_content()

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        tables = self._engine.tables
        page = search(tables.jobs.values(), body, JOB_SEARCH)
        items = [job_json(tables, item) for item in page.items]
        return json_response({"items": items, "page": page.page_json()})


def _refuse_lease(body: Fields) -> None:
    if body.string("jobLeaseToken") is not None:
        raise InvalidRequestError(
            "jobLeaseToken is not supported by this engine: jobs carry no lease"
        )


def _refuse_business_id(body: Fields) -> None:
    if body.string("businessId") is not None:
        raise InvalidRequestError("businessId is not supported by this engine")


def _job_result(fields: Fields) -> JobResult:
    """CompleteJob's ``result``: a user task listener's denial and corrections, or an ad-hoc
    sub-process's elements to activate (``type`` says which; user task when absent)."""
    kind = fields.string("type") or "userTask"
    if kind == "userTask":
        denied = fields.boolean("denied")
        denied_reason = fields.string("deniedReason")
        corrections = fields.object("corrections")
        fields.done()
        return JobResult(
            denied=bool(denied),
            denied_reason=denied_reason or "",
            corrections=_corrections(corrections) if corrections is not None else {},
        )
    if kind == "adHocSubProcess":
        elements = fields.raw("activateElements") or []
        cancel_remaining = fields.boolean("isCancelRemainingInstances")
        fulfilled = fields.boolean("isCompletionConditionFulfilled")
        fields.done()
        if not isinstance(elements, list):
            raise invalid("result.activateElements", elements, "a list of {elementId, variables}")
        return JobResult(
            activate_elements=[_element(item, i) for i, item in enumerate(elements)],
            is_completion_condition_fulfilled=bool(fulfilled),
            is_cancel_remaining_instances=bool(cancel_remaining),
        )
    raise invalid("result.type", kind, "userTask or adHocSubProcess")


def _corrections(fields: Fields) -> dict[str, Any]:
    corrections: dict[str, Any] = {}
    assignee = fields.string("assignee")
    if assignee is not None:
        corrections["assignee"] = assignee
    for name in ("dueDate", "followUpDate"):
        if fields.date(name) is not None:
            corrections[name] = fields.raw(name)
    for name in ("candidateUsers", "candidateGroups"):
        values = fields.string_list(name)
        if values is not None:
            corrections[name] = values
    priority = fields.integer("priority")
    fields.done()
    if priority is not None:
        if not 0 <= priority <= 100:
            raise invalid("result.corrections.priority", priority, "within the [0,100] range")
        corrections["priority"] = priority
    return corrections


def _element(item: Any, index: int) -> dict[str, Any]:
    fields = Fields.of(item, f"result.activateElements[{index}]")
    element_id = fields.required_string("elementId")
    variables = fields.variables("variables")
    fields.done()
    return {"elementId": element_id, "variables": variables or {}}


def _user_task_json(properties: dict[str, Any] | None) -> dict[str, Any] | None:
    if properties is None:
        return None
    form_key = properties.get("formKey")
    task_key = properties.get("userTaskKey")
    return {
        "action": properties.get("action") or "",
        "assignee": properties.get("assignee") or None,
        "candidateGroups": list(properties.get("candidateGroups") or []),
        "candidateUsers": list(properties.get("candidateUsers") or []),
        "changedAttributes": list(properties.get("changedAttributes") or []),
        "dueDate": properties.get("dueDate") or None,
        "followUpDate": properties.get("followUpDate") or None,
        "formKey": key_text(int(form_key)) if form_key else None,
        "priority": properties.get("priority"),
        "userTaskKey": key_text(int(task_key)) if task_key else None,
    }


def activated_job_json(tables: Tables, job: ActivatedJob) -> dict[str, Any]:
    return {
        "type": job.type,
        "processDefinitionId": job.bpmn_process_id,
        "processDefinitionVersion": job.process_definition_version,
        "elementId": job.element_id,
        "customHeaders": dict(job.custom_headers),
        "worker": job.worker,
        "retries": job.retries,
        "deadline": job.deadline,
        "variables": job.variables,
        "tenantId": job.tenant_id,
        "physicalTenantId": DEFAULT_TENANT,
        "jobKey": key_text(job.key),
        "processInstanceKey": key_text(job.process_instance_key),
        "processDefinitionKey": key_text(job.process_definition_key),
        "elementInstanceKey": key_text(job.element_instance_key),
        "kind": job.kind,
        "listenerEventType": job.listener_event_type or "UNSPECIFIED",
        "userTask": _user_task_json(job.user_task),
        "tags": [],
        "rootProcessInstanceKey": key_text(
            root_process_instance_key(tables, job.process_instance_key)
        ),
        "businessId": None,
        "priority": 0,
    }


def job_state(job: Job) -> str:
    """Zeebe's job states on the REST enum: a job waiting for or held by a worker is CREATED."""
    return "CREATED" if job.state in ("ACTIVATABLE", "ACTIVATED") else job.state


def job_json(tables: Tables, job: Job) -> dict[str, Any]:
    return {
        "customHeaders": dict(job.custom_headers),
        "deadline": date_text(job.deadline),
        "deniedReason": None,
        "elementId": job.element_id,
        "elementInstanceKey": key_text(job.element_instance_key),
        "endTime": None,
        "errorCode": job.error_code or None,
        "errorMessage": job.error_message or None,
        "hasFailedWithRetriesLeft": job.state == "FAILED" and job.retries > 0,
        "isDenied": None,
        "jobKey": key_text(job.key),
        "kind": job.kind,
        "listenerEventType": job.listener_event_type or "UNSPECIFIED",
        "processDefinitionId": job.bpmn_process_id,
        "processDefinitionKey": key_text(job.process_definition_key),
        "processInstanceKey": key_text(job.process_instance_key),
        "rootProcessInstanceKey": key_text(
            root_process_instance_key(tables, job.process_instance_key)
        ),
        "businessId": None,
        "retries": job.retries,
        "state": job_state(job),
        "tenantId": job.tenant_id,
        "type": job.type,
        "worker": job.worker,
        "creationTime": date_text(job.creation_time),
        "lastUpdateTime": None,
        "priority": 0,
    }


JOB_SEARCH: SearchSpec[Job] = SearchSpec(
    fields={
        "deadline": Field(Kind.DATE, lambda j: j.deadline),
        "elementId": Field(Kind.STRING, lambda j: j.element_id),
        "elementInstanceKey": Field(Kind.KEY, lambda j: j.element_instance_key),
        "errorCode": Field(Kind.STRING, lambda j: j.error_code or None),
        "errorMessage": Field(Kind.STRING, lambda j: j.error_message or None),
        "hasFailedWithRetriesLeft": Field(
            Kind.BOOLEAN, lambda j: j.state == "FAILED" and j.retries > 0
        ),
        "jobKey": Field(Kind.KEY, lambda j: j.key),
        "kind": Field(Kind.ENUM, lambda j: j.kind, choices=KINDS),
        "listenerEventType": Field(
            Kind.ENUM,
            lambda j: j.listener_event_type or "UNSPECIFIED",
            choices=LISTENER_EVENT_TYPES,
        ),
        "processDefinitionId": Field(Kind.STRING, lambda j: j.bpmn_process_id),
        "processDefinitionKey": Field(Kind.KEY, lambda j: j.process_definition_key),
        "processInstanceKey": Field(Kind.KEY, lambda j: j.process_instance_key),
        "retries": Field(Kind.INTEGER, lambda j: j.retries),
        "state": Field(Kind.ENUM, job_state, choices=STATES),
        "tenantId": Field(Kind.STRING, lambda j: j.tenant_id),
        "type": Field(Kind.STRING, lambda j: j.type),
        "worker": Field(Kind.STRING, lambda j: j.worker),
        "creationTime": Field(Kind.DATE, lambda j: j.creation_time, sortable=False),
    },
    key=lambda j: j.key,
)
