"""A stand-in for ``engine.runtime.Engine`` that records the commands the gateway sends."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

from engine.api import ActivatedJob, JobResult
from engine.dmn import DecisionEvaluation
from engine.errors import EngineError
from engine.state import DecisionDefinition, ProcessInstance


@dataclass
class FakeConfig:
    max_variables_bytes: int = 1024
    long_polling_timeout_ms: int = 10_000


@dataclass
class FakeTables:
    decision_definitions: dict[int, Any] = field(default_factory=dict)


def activated_job(key: int = 7, **changes: Any) -> ActivatedJob:
    values: dict[str, Any] = {
        "key": key,
        "type": "claims.check",
        "process_instance_key": 2,
        "bpmn_process_id": "claim",
        "process_definition_version": 3,
        "process_definition_key": 1,
        "element_id": "check",
        "element_instance_key": 5,
        "custom_headers": {"h": "v"},
        "worker": "w",
        "retries": 3,
        "deadline": 1_700_000_000_000,
        "variables": {"a": 1},
        "tenant_id": "<default>",
        "kind": "BPMN_ELEMENT",
        "listener_event_type": "",
    }
    values.update(changes)
    return ActivatedJob(**values)


class FakeEngine:
    """Answers every command with ``fail_with`` if set, else with a canned result."""

    version = "8.9.0"

    def __init__(self) -> None:
        self.config = FakeConfig()
        self.tables = FakeTables()
        self.ready = True
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_with: Exception | None = None
        self.jobs: list[ActivatedJob] = []
        self.stream_closed = asyncio.Event()

    def _record(self, command: str, **arguments: Any) -> None:
        self.calls.append((command, arguments))
        if self.fail_with is not None:
            raise self.fail_with

    def arguments(self, command: str) -> dict[str, Any]:
        return next(arguments for name, arguments in self.calls if name == command)

    async def create_process_instance(self, **arguments: Any) -> ProcessInstance:
        self._record("create_process_instance", **arguments)
        return ProcessInstance(
            key=11,
            process_definition_key=1,
            bpmn_process_id="claim",
            version=3,
            state="ACTIVE",
            start_date=0,
        )

    async def await_result(
        self, process_instance_key: int, timeout_ms: int, fetch_variables: list[str] | None
    ) -> dict[str, Any]:
        self._record("await_result", timeout_ms=timeout_ms, fetch_variables=fetch_variables)
        return {"approved": True}

    async def activate_jobs(self, *arguments: Any, **keywords: Any) -> list[ActivatedJob]:
        self._record("activate_jobs", arguments=arguments, **keywords)
        return self.jobs

    def stream_jobs(self, *arguments: Any, **keywords: Any) -> AsyncGenerator[ActivatedJob, None]:
        self._record("stream_jobs", arguments=arguments, **keywords)
        return self._pushed_jobs()

    async def _pushed_jobs(self) -> AsyncGenerator[ActivatedJob, None]:
        try:
            for job in self.jobs:
                yield job
            await asyncio.Event().wait()
        finally:
            self.stream_closed.set()

    async def complete_job(
        self, job_key: int, variables: dict[str, Any] | None, result: JobResult | None = None
    ) -> None:
        self._record("complete_job", job_key=job_key, variables=variables, result=result)

    async def evaluate_decision(self, **arguments: Any) -> tuple[DecisionDefinition, Any]:
        self._record("evaluate_decision", **arguments)
        definition = next(iter(self.tables.decision_definitions.values()))
        return definition, DecisionEvaluation(output="fast")

    async def set_variables(
        self, element_instance_key: int, variables: dict[str, Any], local: bool
    ) -> int:
        self._record("set_variables", variables=variables, local=local)
        return 99


def failing(engine: FakeEngine, error: EngineError | Exception) -> FakeEngine:
    engine.fail_with = error
    return engine
