"""What happens around every handler: log context, metrics, and where each error goes.

* :class:`contracts.errors.BusinessError` → a BPMN error with its code, for the model to catch.
* :class:`contracts.errors.InvalidCaseError` → the job fails with no retries left, so an incident
  with the validation message appears in Operate at once (retrying bad input cannot help).
* anything else → the job fails with ``retries - 1`` and a non-zero backoff; at zero retries
  Zeebe raises an incident carrying the message.
"""

import dataclasses
import time
from contextvars import Token
from typing import Any

import structlog
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from pyzeebe import Job, JobController

from contracts.errors import BusinessError, InvalidCaseError
from workers import metrics
from workers.tracing import tracer

log = structlog.get_logger("baton.job")

BUSINESS_KEY_VARIABLE = "businessKey"


@dataclasses.dataclass
class _InFlight:
    """What ``before_job`` started for a job and ``after_job`` must finish."""

    started: float
    span: trace.Span
    context_token: Token[Context]
    failed: bool = False


def job_log_context(job: Job) -> dict[str, Any]:
    return {
        "process_instance_key": job.process_instance_key,
        "job_key": job.key,
        "job_type": job.type,
        "bpmn_process_id": job.bpmn_process_id,
        "element_id": job.element_id,
        "business_key": job.variables.get(BUSINESS_KEY_VARIABLE),
    }


class JobPlumbing:
    """Before, after and on error, for every job of one worker; it tracks that worker's
    in-flight jobs (clock, span, failure) between ``before_job`` and ``after_job``."""

    def __init__(self, retry_backoff_ms: int) -> None:
        self.retry_backoff_ms = retry_backoff_ms
        self._in_flight: dict[int, _InFlight] = {}

    async def before_job(self, job: Job) -> Job:
        """Bind log context and start the clock.

        The business key is fetched for every job only to label its logs; it is taken out of
        the variables again so handlers receive just the variables they declare.
        """
        structlog.contextvars.clear_contextvars()
        context = job_log_context(job)
        span = tracer().start_span(
            f"job {job.type}",
            attributes={
                "camunda.bpmn_process_id": job.bpmn_process_id,
                "camunda.process_instance_key": job.process_instance_key,
                "camunda.element_id": job.element_id,
                "camunda.job_type": job.type,
                "camunda.job_key": job.key,
                "baton.business_key": str(context["business_key"] or ""),
            },
        )
        token = otel_context.attach(trace.set_span_in_context(span))
        trace_id = format(span.get_span_context().trace_id, "032x")
        structlog.contextvars.bind_contextvars(**context, trace_id=trace_id)
        handler_variables = {k: v for k, v in job.variables.items() if k != BUSINESS_KEY_VARIABLE}
        metrics.JOBS_ACTIVATED.labels(job.type).inc()
        metrics.JOBS_IN_FLIGHT.labels(job.type).inc()
        self._in_flight[job.key] = _InFlight(
            started=time.perf_counter(), span=span, context_token=token
        )
        log.info("job.started", retries=job.retries)
        return dataclasses.replace(job, variables=handler_variables)

    async def after_job(self, job: Job) -> Job:
        metrics.JOBS_IN_FLIGHT.labels(job.type).dec()
        tracked = self._in_flight.pop(job.key, None)
        if tracked is not None:
            metrics.JOB_DURATION.labels(job.type).observe(time.perf_counter() - tracked.started)
        if tracked is None or not tracked.failed:
            metrics.JOBS_COMPLETED.labels(job.type).inc()
            log.info("job.completed")
        if tracked is not None:
            tracked.span.end()
            otel_context.detach(tracked.context_token)
        structlog.contextvars.clear_contextvars()
        return job

    async def handle_exception(self, error: Exception, job: Job, controller: JobController) -> None:
        """pyzeebe's exception handler: route the error to a BPMN error, an incident or a
        retry with the configured backoff."""
        if job.key in self._in_flight:
            self._in_flight[job.key].failed = True
        span = trace.get_current_span()
        span.record_exception(error)
        span.set_status(trace.Status(trace.StatusCode.ERROR, type(error).__name__))
        if isinstance(error, BusinessError):
            metrics.JOBS_FAILED.labels(job.type, "bpmn_error").inc()
            log.info("job.bpmn_error", error_code=error.code, reason=str(error))
            await controller.set_error_status(
                str(error), error_code=error.code, variables=dict(error.variables)
            )
        elif isinstance(error, InvalidCaseError):
            metrics.JOBS_FAILED.labels(job.type, "invalid_input").inc()
            log.warning("job.invalid_input", reason=str(error))
            await fail_without_retries(job, controller, f"Invalid input: {error}")
        else:
            metrics.JOBS_FAILED.labels(job.type, "technical").inc()
            log.warning(
                "job.failed",
                error_type=type(error).__name__,
                reason=str(error),
                retries_left=job.retries - 1,
                retry_backoff_ms=self.retry_backoff_ms,
            )
            await controller.set_failure_status(
                f"{type(error).__name__}: {error}", retry_back_off_ms=self.retry_backoff_ms
            )


async def fail_without_retries(job: Job, controller: JobController, message: str) -> None:
    """Fail with retries=0; pyzeebe's controller always sends ``retries - 1``."""
    adapter = controller._zeebe_adapter
    await adapter.fail_job(
        job_key=job.key, retries=0, message=message, retry_back_off_ms=0, variables={}
    )
