"""The engine's command surface: what the gateway and the REST API call.

Every command runs to completion on the event loop's thread (no awaits inside the state
change), then awaits the store's flush, so an answer is only sent once what it reports is on
disk. Reads go straight to ``engine.tables``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.api import ActivatedJob, DeploymentResult, JobResult
from engine.dmn import DecisionEvaluation
from engine.state import DecisionDefinition, Message, ProcessInstance


@dataclass(frozen=True, slots=True)
class EngineConfig:
    data_dir: Path
    max_variables_bytes: int = 4 * 1024 * 1024
    long_polling_timeout_ms: int = 10_000


class Engine:
    """Interface sketch; replaced by the implementation."""

    async def deploy(
        self, resources: list[tuple[str, bytes]], tenant_id: str | None = None
    ) -> DeploymentResult:
        raise NotImplementedError

    async def create_process_instance(
        self,
        *,
        bpmn_process_id: str | None = None,
        process_definition_key: int | None = None,
        version: int = -1,
        variables: dict[str, Any] | None = None,
        start_element_ids: list[str] | None = None,
        tenant_id: str | None = None,
    ) -> ProcessInstance:
        raise NotImplementedError

    async def await_result(
        self, process_instance_key: int, timeout_ms: int, fetch_variables: list[str] | None
    ) -> dict[str, Any]:
        raise NotImplementedError

    async def cancel_process_instance(self, process_instance_key: int) -> None:
        raise NotImplementedError

    async def activate_jobs(
        self,
        job_type: str,
        worker: str,
        timeout_ms: int,
        max_jobs: int,
        fetch_variables: list[str] | None,
        request_timeout_ms: int,
        tenant_ids: list[str] | None = None,
    ) -> list[ActivatedJob]:
        raise NotImplementedError

    def stream_jobs(
        self,
        job_type: str,
        worker: str,
        timeout_ms: int,
        fetch_variables: list[str] | None,
        tenant_ids: list[str] | None = None,
    ) -> AsyncIterator[ActivatedJob]:
        raise NotImplementedError

    async def complete_job(
        self, job_key: int, variables: dict[str, Any] | None, result: JobResult | None = None
    ) -> None:
        raise NotImplementedError

    async def fail_job(
        self,
        job_key: int,
        retries: int,
        error_message: str,
        retry_backoff_ms: int,
        variables: dict[str, Any] | None,
    ) -> None:
        raise NotImplementedError

    async def throw_error(
        self, job_key: int, error_code: str, error_message: str, variables: dict[str, Any] | None
    ) -> None:
        raise NotImplementedError

    async def update_job_retries(self, job_key: int, retries: int) -> None:
        raise NotImplementedError

    async def update_job_timeout(self, job_key: int, timeout_ms: int) -> None:
        raise NotImplementedError

    async def set_variables(
        self, element_instance_key: int, variables: dict[str, Any], local: bool
    ) -> int:
        raise NotImplementedError

    async def publish_message(
        self,
        name: str,
        correlation_key: str,
        ttl_ms: int,
        message_id: str | None,
        variables: dict[str, Any] | None,
        tenant_id: str | None = None,
    ) -> Message:
        raise NotImplementedError

    async def broadcast_signal(self, name: str, variables: dict[str, Any] | None) -> int:
        raise NotImplementedError

    async def resolve_incident(self, incident_key: int) -> None:
        raise NotImplementedError

    async def evaluate_decision(
        self,
        *,
        decision_id: str | None = None,
        decision_key: int | None = None,
        variables: dict[str, Any] | None = None,
    ) -> tuple[DecisionDefinition, DecisionEvaluation]:
        raise NotImplementedError

    async def assign_user_task(
        self,
        user_task_key: int,
        assignee: str,
        *,
        allow_override: bool = True,
        action: str | None = None,
    ) -> None:
        raise NotImplementedError

    async def unassign_user_task(self, user_task_key: int) -> None:
        raise NotImplementedError

    async def complete_user_task(
        self, user_task_key: int, variables: dict[str, Any] | None, action: str | None = None
    ) -> None:
        raise NotImplementedError

    async def update_user_task(
        self, user_task_key: int, changeset: dict[str, Any], action: str | None = None
    ) -> None:
        raise NotImplementedError

    def visible_variables(self, scope_key: int) -> dict[str, Any]:
        raise NotImplementedError
