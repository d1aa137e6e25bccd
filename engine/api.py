"""Value objects the engine hands to its front ends (gRPC gateway, REST API, pages)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.state import (
    DecisionDefinition,
    DecisionRequirements,
    FormDefinition,
    ProcessDefinition,
)


@dataclass(frozen=True, slots=True)
class ActivatedJob:
    """A job handed to a worker, as ``gateway_protocol.ActivatedJob`` describes it."""

    key: int
    type: str
    process_instance_key: int
    bpmn_process_id: str
    process_definition_version: int
    process_definition_key: int
    element_id: str
    element_instance_key: int
    custom_headers: dict[str, str]
    worker: str
    retries: int
    deadline: int
    variables: dict[str, Any]
    tenant_id: str
    kind: str
    listener_event_type: str
    user_task: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class DeploymentResult:
    key: int
    processes: list[ProcessDefinition] = field(default_factory=list)
    decisions: list[DecisionDefinition] = field(default_factory=list)
    decision_requirements: list[DecisionRequirements] = field(default_factory=list)
    forms: list[FormDefinition] = field(default_factory=list)
    tenant_id: str = "<default>"


@dataclass(frozen=True, slots=True)
class JobResult:
    """The optional ``result`` of CompleteJob (8.7+): user task listener corrections and denial."""

    denied: bool = False
    denied_reason: str = ""
    corrections: dict[str, Any] = field(default_factory=dict)
    # Ad-hoc sub-process completion (8.8+): elements to activate and whether it is done.
    activate_elements: list[dict[str, Any]] = field(default_factory=list)
    is_completion_condition_fulfilled: bool = False
    is_cancel_remaining_instances: bool = False
