"""User tasks (``zeebe:userTask``): search, get, assign, complete, update, form, variables.

Zeebe removes a user task's state when it completes, so completing (or assigning) a task that
already completed is rejected ``NOT_FOUND`` (404), as Camunda answers. ``processInstanceVariables``
filters match the instance's root scope; ``localVariables`` the task's own element instance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import Fields, invalid, read_fields
from engine.rest.forms import form_json
from engine.rest.http import json_response, no_content, path_key
from engine.rest.lookups import find, root_process_instance_key
from engine.rest.problems import InvalidRequestError
from engine.rest.search import CustomFilter, Field, Kind, SearchSpec, search
from engine.rest.variable_filters import variable_value_filter
from engine.rest.variables import SORT_FIELDS as VARIABLE_SORT_FIELDS
from engine.rest.variables import (
    VARIABLE_SEARCH,
    truncate_values,
    variable_page_json,
    visible_variable_records,
)
from engine.rest.wire import date_text, key_text
from engine.state import UserTask, Variable
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

STATES = frozenset(
    {
        "CREATING",
        "CREATED",
        "ASSIGNING",
        "UPDATING",
        "COMPLETING",
        "CANCELING",
        "COMPLETED",
        "CANCELED",
        "FAILED",
    }
)
SORT_FIELDS = frozenset(
    {"creationDate", "completionDate", "dueDate", "followUpDate", "name", "priority"}
)
EMPTY_CHANGESET = (
    'No update data provided. Provide at least an "action" or a non-null value for a supported '
    'attribute in the "changeset".'
)


class UserTaskEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        task = "/user-tasks/{userTaskKey}"
        return [
            Route("/user-tasks/search", self.search, methods=["POST"]),
            Route(task, self.get, methods=["GET"]),
            Route(task, self.update, methods=["PATCH"]),
            Route(f"{task}/assignment", self.assign, methods=["POST"]),
            Route(f"{task}/assignee", self.unassign, methods=["DELETE"]),
            Route(f"{task}/completion", self.complete, methods=["POST"]),
            Route(f"{task}/form", self.form, methods=["GET"]),
            Route(f"{task}/variables/search", self.search_variables, methods=["POST"]),
        ]

    def _task(self, request: Request) -> UserTask:
        key = path_key(request, "userTaskKey")
        return find(self._engine.tables.user_tasks, key, "User task")

    async def search(self, request: Request) -> Response:
        body = await read_fields(request)
        tables = self._engine.tables
        page = search(tables.user_tasks.values(), body, _spec(tables))
        items = [user_task_json(tables, item) for item in page.items]
        return json_response({"items": items, "page": page.page_json()})

    async def get(self, request: Request) -> Response:
        return json_response(user_task_json(self._engine.tables, self._task(request)))

    async def assign(self, request: Request) -> Response:
        key = path_key(request, "userTaskKey")
        body = await read_fields(request)
        assignee = body.required_string("assignee")
        allow_override = body.boolean("allowOverride")
        action = body.string("action")
        body.done()
        await self._engine.assign_user_task(
            key,
            assignee,
            allow_override=True if allow_override is None else allow_override,
            action=action or None,
        )
        return no_content()

    async def unassign(self, request: Request) -> Response:
        await self._engine.unassign_user_task(path_key(request, "userTaskKey"))
        return no_content()

    async def complete(self, request: Request) -> Response:
        key = path_key(request, "userTaskKey")
        body = await read_fields(request)
        variables = body.variables("variables")
        action = body.string("action")
        body.done()
        await self._engine.complete_user_task(key, variables, action or None)
        return no_content()

    async def update(self, request: Request) -> Response:
        key = path_key(request, "userTaskKey")
        body = await read_fields(request)
        changes = body.object("changeset")
        action = body.string("action")
        body.done()
        changeset = _changeset(changes) if changes is not None else {}
        if not changeset and not action:
            raise InvalidRequestError(EMPTY_CHANGESET)
        await self._engine.update_user_task(key, changeset, action or None)
        return no_content()

    async def form(self, request: Request) -> Response:
        task = self._task(request)
        if task.form_key is None:
            return no_content()
        return json_response(
            form_json(find(self._engine.tables.form_definitions, task.form_key, "Form"))
        )

    async def search_variables(self, request: Request) -> Response:
        task = self._task(request)
        truncate = truncate_values(request)
        body = await read_fields(request)
        tables = self._engine.tables
        visible = visible_variable_records(tables, task.element_instance_key)
        page = search(visible, body, _VARIABLE_SEARCH)
        return json_response(variable_page_json(tables, page, truncate))


def _changeset(changes: Fields) -> dict[str, Any]:
    """The non-null attributes to change, dates kept as the RFC 3339 text the client sent."""
    changeset: dict[str, Any] = {}
    for name in ("dueDate", "followUpDate"):
        if changes.date(name) is not None:
            changeset[name] = changes.raw(name)
    for name in ("candidateUsers", "candidateGroups"):
        values = changes.string_list(name)
        if values is not None:
            changeset[name] = values
    priority = changes.integer("priority")
    changes.done()
    if priority is not None:
        if not 0 <= priority <= 100:
            raise invalid("changeset.priority", priority, "within the [0,100] range")
        changeset["priority"] = priority
    return changeset


def user_task_json(tables: Tables, task: UserTask) -> dict[str, Any]:
    definition = tables.process_definitions.get(task.process_definition_key)
    return {
        "name": task.name,
        "state": task.state,
        "assignee": task.assignee,
        "elementId": task.element_id,
        "candidateGroups": list(task.candidate_groups),
        "candidateUsers": list(task.candidate_users),
        "processDefinitionId": task.bpmn_process_id,
        "creationDate": date_text(task.creation_date),
        "completionDate": date_text(task.completion_date),
        "followUpDate": task.follow_up_date,
        "dueDate": task.due_date,
        "tenantId": task.tenant_id,
        "externalFormReference": task.external_form_reference,
        "processDefinitionVersion": task.process_definition_version,
        "customHeaders": dict(task.custom_headers),
        "priority": task.priority,
        "userTaskKey": key_text(task.key),
        "elementInstanceKey": key_text(task.element_instance_key),
        "processName": definition.name if definition else None,
        "processDefinitionKey": key_text(task.process_definition_key),
        "processInstanceKey": key_text(task.process_instance_key),
        "rootProcessInstanceKey": key_text(
            root_process_instance_key(tables, task.process_instance_key)
        ),
        "businessId": None,
        "formKey": key_text(task.form_key),
        "tags": [],
    }


def _epoch_ms(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(datetime.fromisoformat(text).timestamp() * 1000)
    except ValueError:
        return None


def _spec(tables: Tables) -> SearchSpec[UserTask]:
    def instance_variables(value: Any, where: str) -> Callable[[UserTask], bool]:
        matches = variable_value_filter(value, where)
        return lambda task: matches(tables.scope_variables(task.process_instance_key))

    def local_variables(value: Any, where: str) -> Callable[[UserTask], bool]:
        matches = variable_value_filter(value, where)
        return lambda task: matches(tables.scope_variables(task.element_instance_key))

    return SearchSpec(
        fields={
            "state": Field(Kind.ENUM, lambda t: t.state, choices=STATES),
            "assignee": Field(Kind.STRING, lambda t: t.assignee),
            "priority": Field(Kind.INTEGER, lambda t: t.priority),
            "elementId": Field(Kind.STRING, lambda t: t.element_id),
            "name": Field(Kind.STRING, lambda t: t.name),
            "candidateGroup": Field(Kind.STRING, lambda t: t.candidate_groups, many=True),
            "candidateUser": Field(Kind.STRING, lambda t: t.candidate_users, many=True),
            "tenantId": Field(Kind.STRING, lambda t: t.tenant_id),
            "processDefinitionId": Field(Kind.STRING, lambda t: t.bpmn_process_id),
            "creationDate": Field(Kind.DATE, lambda t: t.creation_date),
            "completionDate": Field(Kind.DATE, lambda t: t.completion_date),
            "followUpDate": Field(Kind.DATE, lambda t: _epoch_ms(t.follow_up_date)),
            "dueDate": Field(Kind.DATE, lambda t: _epoch_ms(t.due_date)),
            "userTaskKey": Field(Kind.KEY, lambda t: t.key),
            "processDefinitionKey": Field(Kind.KEY, lambda t: t.process_definition_key),
            "processInstanceKey": Field(Kind.KEY, lambda t: t.process_instance_key),
            "elementInstanceKey": Field(Kind.KEY, lambda t: t.element_instance_key),
        },
        key=lambda t: t.key,
        custom_filters={
            "processInstanceVariables": CustomFilter(instance_variables),
            "localVariables": CustomFilter(local_variables),
        },
        allow_or=True,
        sort_fields=SORT_FIELDS,
    )


_VARIABLE_SEARCH: SearchSpec[Variable] = SearchSpec(
    fields={
        name: replace(field, filterable=name == "name")
        for name, field in VARIABLE_SEARCH.fields.items()
    },
    key=lambda v: v.key,
    sort_fields=VARIABLE_SORT_FIELDS,
)
"""A task's variables filter by name only, and sort like any variable search."""
