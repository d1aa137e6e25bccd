"""The engine's records: what it stores, and what the gateway and REST API read.

Each record is a small mutable dataclass keyed by a Zeebe-style 64-bit key. The runtime changes
them only inside a command and marks them dirty; the store writes every dirty record of a
command (or a group of commands) in one SQLite transaction before any answer goes out. Times are
epoch milliseconds on the engine's clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_TENANT = "<default>"


@dataclass(slots=True)
class Resource:
    """A deployed file, kept verbatim so it can be served back (``/v2/.../xml``)."""

    key: int
    name: str
    kind: str  # "bpmn" | "dmn" | "form"
    content: str
    checksum: str
    deployment_key: int


@dataclass(slots=True)
class ProcessDefinition:
    key: int
    bpmn_process_id: str
    version: int
    name: str | None
    resource_key: int
    resource_name: str
    checksum: str
    deployment_key: int
    version_tag: str | None = None
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class DecisionRequirements:
    key: int
    drg_id: str
    name: str | None
    version: int
    resource_key: int
    resource_name: str
    checksum: str
    deployment_key: int
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class DecisionDefinition:
    key: int
    decision_id: str
    name: str | None
    version: int
    decision_requirements_key: int
    decision_requirements_id: str
    deployment_key: int
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class FormDefinition:
    key: int
    form_id: str
    version: int
    resource_key: int
    resource_name: str
    checksum: str
    deployment_key: int
    schema: str
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class ProcessInstance:
    key: int
    process_definition_key: int
    bpmn_process_id: str
    version: int
    state: str  # ACTIVE | COMPLETED | TERMINATED
    start_date: int
    end_date: int | None = None
    parent_process_instance_key: int | None = None
    parent_element_instance_key: int | None = None
    tenant_id: str = DEFAULT_TENANT


AD_HOC_INNER = "AD_HOC_SUB_PROCESS_INNER_INSTANCE"


@dataclass(slots=True)
class ElementInstance:
    """One activation of a flow element; the process instance itself is one too (its root)."""

    key: int
    process_instance_key: int
    process_definition_key: int
    bpmn_process_id: str
    element_id: str
    element_type: str  # Zeebe's BpmnElementType name, e.g. SERVICE_TASK, MULTI_INSTANCE_BODY
    flow_scope_key: int | None
    state: str  # ACTIVATING | ACTIVATED | COMPLETING | COMPLETED | TERMINATING | TERMINATED
    start_date: int
    end_date: int | None = None
    incident_key: int | None = None
    job_key: int | None = None
    user_task_key: int | None = None
    called_process_instance_key: int | None = None
    loop_counter: int | None = None
    # Scopes only: element instances still open below, and sequence flows taken into joins.
    active_children: int = 0
    joins: dict[str, list[str]] = field(default_factory=dict)
    # Multi-instance body: the collection being iterated and how far it got.
    mi_items: list[Any] | None = None
    mi_next: int = 0
    mi_completed: int = 0
    # Activated by the event it waits for (after an event-based gateway or as a boundary).
    triggered: bool = False
    # Ad-hoc sub-process: its worker fulfilled the completion condition; wait for what runs.
    ad_hoc_completing: bool = False
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class Variable:
    key: int
    scope_key: int
    process_instance_key: int
    name: str
    value: str  # JSON text, as Zeebe exposes it
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class Job:
    key: int
    type: str
    kind: str  # BPMN_ELEMENT | TASK_LISTENER | EXECUTION_LISTENER
    state: str  # ACTIVATABLE | ACTIVATED | FAILED | COMPLETED | CANCELED | ERROR_THROWN
    retries: int
    process_instance_key: int
    element_instance_key: int
    element_id: str
    bpmn_process_id: str
    process_definition_key: int
    process_definition_version: int
    custom_headers: dict[str, str]
    creation_time: int
    worker: str = ""
    deadline: int | None = None
    recur_at: int | None = None
    error_message: str = ""
    error_code: str = ""
    listener_event_type: str | None = None
    user_task_key: int | None = None
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class Timer:
    key: int
    process_definition_key: int
    target_element_id: str
    due_date: int
    repetitions: int  # -1 for ever
    interval: str | None = None
    element_instance_key: int | None = None  # None: a timer start event
    process_instance_key: int | None = None
    state: str = "CREATED"  # CREATED | TRIGGERED | CANCELED
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class MessageSubscription:
    key: int
    element_instance_key: int
    process_instance_key: int
    bpmn_process_id: str
    message_name: str
    correlation_key: str
    target_element_id: str
    interrupting: bool
    state: str = "CREATED"  # CREATED | CORRELATED | DELETED
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class Message:
    key: int
    name: str
    correlation_key: str
    variables: dict[str, Any]
    published: int
    deadline: int
    message_id: str | None = None
    correlated: list[int] = field(default_factory=list)  # process instance keys
    correlated_processes: list[str] = field(default_factory=list)  # started by message start
    state: str = "PUBLISHED"  # PUBLISHED | EXPIRED
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class SignalSubscription:
    key: int
    signal_name: str
    target_element_id: str
    process_definition_key: int
    element_instance_key: int | None = None  # None: a signal start event
    process_instance_key: int | None = None
    interrupting: bool = True
    state: str = "CREATED"
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class Incident:
    key: int
    error_type: str
    error_message: str
    process_instance_key: int
    process_definition_key: int
    bpmn_process_id: str
    element_instance_key: int
    element_id: str
    creation_time: int
    job_key: int | None = None
    state: str = "ACTIVE"  # ACTIVE | RESOLVED
    retry: str = "ACTIVATE"  # what resolving re-runs: ACTIVATE | COMPLETE | JOB
    tenant_id: str = DEFAULT_TENANT


@dataclass(slots=True)
class UserTask:
    key: int
    element_instance_key: int
    process_instance_key: int
    process_definition_key: int
    process_definition_version: int
    bpmn_process_id: str
    element_id: str
    name: str | None
    # CREATING | CREATED | ASSIGNING | UPDATING | COMPLETING | COMPLETED | CANCELED
    state: str
    creation_date: int
    assignee: str | None = None
    candidate_groups: list[str] = field(default_factory=list)
    candidate_users: list[str] = field(default_factory=list)
    due_date: str | None = None
    follow_up_date: str | None = None
    priority: int = 50
    form_key: int | None = None
    external_form_reference: str | None = None
    custom_headers: dict[str, str] = field(default_factory=dict)
    completion_date: int | None = None
    # An operation waiting for its task listeners: {"action", "event", "variables", "assignee", ...}
    pending: dict[str, Any] | None = None
    # Listener jobs of the pending operation still to run, in order.
    pending_listeners: list[dict[str, Any]] = field(default_factory=list)
    tenant_id: str = DEFAULT_TENANT


RECORD_TYPES: dict[str, type[Any]] = {
    "resource": Resource,
    "process_definition": ProcessDefinition,
    "decision_requirements": DecisionRequirements,
    "decision_definition": DecisionDefinition,
    "form_definition": FormDefinition,
    "process_instance": ProcessInstance,
    "element_instance": ElementInstance,
    "variable": Variable,
    "job": Job,
    "timer": Timer,
    "message_subscription": MessageSubscription,
    "message": Message,
    "signal_subscription": SignalSubscription,
    "incident": Incident,
    "user_task": UserTask,
}
"""Table name → record class; the store keeps one table per kind."""
