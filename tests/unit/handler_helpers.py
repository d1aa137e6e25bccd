"""Calling job handlers directly in unit tests: the handler behind a job type, and a Job."""

from collections.abc import Awaitable, Callable
from typing import Any

from pyzeebe import Job, ZeebeTaskRouter

from agents import AgentRuntime, offline_roles
from config import LLMSettings
from guardrails import InjectionModel


def handler(router: ZeebeTaskRouter, job_type: str) -> Callable[..., Awaitable[dict[str, Any]]]:
    return router.get_task(job_type).original_function


def make_job(element_id: str, *, job_type: str = "test.job", process_id: str = "test") -> Job:
    """A job as pyzeebe hands it to a handler; only the element id matters to idempotency keys."""
    return Job(
        key=1,
        type=job_type,
        process_instance_key=2,
        bpmn_process_id=process_id,
        process_definition_version=1,
        process_definition_key=3,
        element_id=element_id,
        element_instance_key=4,
        custom_headers={},
        worker="test",
        retries=3,
        deadline=0,
        variables={},
    )


def offline_runtime(injection_model: InjectionModel | None = None) -> AgentRuntime:
    """The fleet's agent runtime on the offline model, every role's handler included; the
    timeline and audit go to the log. Tests of the learned injection classifier pass the model
    they built once per session; without it the rules screen alone."""
    return AgentRuntime.from_settings(
        LLMSettings(), offline_roles=_ROLES, injection_model=injection_model
    )


_ROLES = offline_roles()
