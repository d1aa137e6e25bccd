"""Task listener handlers for every user task of the four processes: who did what, and when.

Each user task carries ``zeebe:taskListeners`` for ``assigning`` and ``completing``. The
handlers append an audit entry (actor = assignee) and observe the step's SLA histograms; they
never deny: a listener job completes with no variables (Zeebe rejects variables on it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import structlog
from pyzeebe import Job, ZeebeTaskRouter

from agents import AuditEntry, AuditSink
from contextstore import stable_hash
from workers import metrics
from workers.routers import Variables, family_router, handles
from workers.tasks.rules import (
    UserTaskEvent,
    completion_outcome,
    completion_reason,
    seconds_between,
    user_task_event,
)

log = structlog.get_logger("baton.tasks")

UNASSIGNED = "unassigned"


class ListenerDone(Variables):
    """A task listener sets no variables."""


@dataclass(frozen=True)
class TaskAuditDependencies:
    """``created_at`` answers when the engine created a user task, None when it cannot say."""

    CreatedAt = Callable[[int], Awaitable[datetime | None]]

    audit: AuditSink
    created_at: CreatedAt
    now: Callable[[], datetime]


def case_id_of(job: Job) -> str:
    """The business key the job plumbing bound for this job, else the process instance."""
    bound = structlog.contextvars.get_contextvars().get("business_key")
    return str(bound) if bound else f"instance-{job.process_instance_key}"


def _record(
    deps: TaskAuditDependencies,
    job: Job,
    task: UserTaskEvent,
    action: str,
    output: dict[str, Any],
    reason: str,
) -> None:
    deps.audit.record(
        AuditEntry(
            case_id=case_id_of(job),
            actor=task.assignee or UNASSIGNED,
            action=action,
            inputs_hash=stable_hash(output),
            output={"userTaskKey": task.user_task_key, "elementId": task.element_id, **output},
            reason=reason,
            at=deps.now(),
        )
    )


async def _elapsed_since_creation(deps: TaskAuditDependencies, task: UserTaskEvent) -> float | None:
    created = await deps.created_at(task.user_task_key)
    if created is None:
        log.warning("tasks.creation_time_unknown", user_task_key=task.user_task_key)
        return None
    return seconds_between(created, deps.now())


@handles("tasks.audit-assignment")
async def audit_assignment(job: Job, deps: TaskAuditDependencies) -> ListenerDone:
    """A person took (or was given) the task: audit who, observe time-to-assign."""
    task = user_task_event(job.custom_headers, job.bpmn_process_id, job.element_id)
    _record(deps, job, task, "user-task.assigned", {"action": task.action or "assign"}, "")
    elapsed = await _elapsed_since_creation(deps, task)
    if elapsed is not None:
        metrics.USER_TASK_TIME_TO_ASSIGN.labels(task.process_id, task.element_id).observe(elapsed)
    return ListenerDone()


@handles("tasks.audit-completion")
async def audit_completion(job: Job, deps: TaskAuditDependencies) -> ListenerDone:
    """A person completed the task: audit who, with what outcome and why; observe
    time-to-complete and the margin to the due date."""
    task = user_task_event(job.custom_headers, job.bpmn_process_id, job.element_id)
    outcome = {"action": task.action or "complete", **completion_outcome(job.variables)}
    _record(deps, job, task, "user-task.completed", outcome, completion_reason(job.variables))
    labels = (task.process_id, task.element_id)
    elapsed = await _elapsed_since_creation(deps, task)
    if elapsed is not None:
        metrics.USER_TASK_TIME_TO_COMPLETE.labels(*labels).observe(elapsed)
    if task.due_date is not None:
        margin = (task.due_date - deps.now()).total_seconds()
        metrics.USER_TASK_DUE_MARGIN.labels(*labels).observe(margin)
        if margin < 0:
            metrics.USER_TASK_COMPLETED_AFTER_DUE.labels(*labels).inc()
    return ListenerDone()


def build_router(deps: TaskAuditDependencies) -> ZeebeTaskRouter:
    return family_router(deps, audit_assignment, audit_completion)
