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
