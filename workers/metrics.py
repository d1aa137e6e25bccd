"""Prometheus metrics of the fleet's job handling (default registry, ``baton_`` prefix)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

JOBS_ACTIVATED = Counter("baton_jobs_activated_total", "Jobs activated by this fleet", ["job_type"])
JOBS_COMPLETED = Counter("baton_jobs_completed_total", "Jobs completed successfully", ["job_type"])
JOBS_FAILED = Counter(
    "baton_jobs_failed_total",
    "Jobs that ended without completing, by outcome (technical failure, BPMN error, invalid input)",
    ["job_type", "outcome"],
)
JOB_DURATION = Histogram(
    "baton_job_handler_duration_seconds",
    "Handler latency from start of handling to result, per job type",
    ["job_type"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
JOBS_IN_FLIGHT = Gauge("baton_jobs_in_flight", "Jobs being handled right now", ["job_type"])
GATEWAY_UP = Gauge("baton_gateway_up", "1 when the last gateway topology check succeeded")
WORKER_RESTARTS = Counter(
    "baton_worker_restarts_total", "Times the worker loop was restarted after a gateway fault"
)
SLA_BREACHES = Counter(
    "baton_sla_breaches_total",
    "SLA timers that fired on a human task, per process and user task",
    ["process", "task"],
)
CONTEXT_STORE_UP = Gauge(
    "baton_context_store_up", "1 when the last write to the Elasticsearch context store succeeded"
)
CONTEXT_STORE_PENDING_WRITES = Gauge(
    "baton_context_store_pending_writes",
    "Timeline and audit entries queued or being retried, not yet in the context store",
)
USER_TASK_BUCKETS = (60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 172800, 604800)
"""Human steps take minutes to days."""
USER_TASK_TIME_TO_ASSIGN = Histogram(
    "baton_user_task_time_to_assign_seconds",
    "From a user task's creation to its (first or later) assignment, per process and user task",
    ["process", "task"],
    buckets=USER_TASK_BUCKETS,
)
USER_TASK_TIME_TO_COMPLETE = Histogram(
    "baton_user_task_time_to_complete_seconds",
    "From a user task's creation to its completion, per process and user task",
    ["process", "task"],
    buckets=USER_TASK_BUCKETS,
)
USER_TASK_COMPLETED_AFTER_DUE = Counter(
    "baton_user_task_completed_after_due_total",
    "User tasks completed after their due date, per process and user task",
    ["process", "task"],
)
USER_TASK_DUE_MARGIN = Histogram(
    "baton_user_task_due_margin_seconds",
    "Due date minus completion time of user tasks that have one (negative: late)",
    ["process", "task"],
    buckets=(-86400, -3600, -600, 0, 600, 3600, 14400, 86400, 604800),
)
