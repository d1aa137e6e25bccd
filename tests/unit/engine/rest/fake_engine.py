"""A stand-in for ``Engine`` exposing what the REST app reads, with scripted command outcomes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from prometheus_client import CollectorRegistry, Counter

from engine.clock import EngineClock
from engine.errors import InvalidStateError, NotFoundError
from engine.state import UserTask
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine


class FakeEngine:
    version = "8.9.0"

    def __init__(self) -> None:
        self.tables = Tables()
        self.clock = EngineClock()
        self.ready = False
        self.metrics = CollectorRegistry()
        self.commands: list[tuple[str, tuple[Any, ...]]] = []
        Counter("zeebe_fake_total", "A metric the fake engine exposes", registry=self.metrics).inc()
        self.tables.user_tasks[1] = UserTask(
            key=1,
            element_instance_key=2,
            process_instance_key=3,
            process_definition_key=4,
            process_definition_version=1,
            bpmn_process_id="claims",
            element_id="review",
            name="Review",
            state="CREATED",
            creation_date=0,
        )

    async def complete_user_task(self, *args: Any) -> None:
        raise NotFoundError(f"user task '{args[0]}' does not exist")

    async def assign_user_task(self, *args: Any, **kwargs: Any) -> None:
        raise InvalidStateError("the user task is being completed")

    async def cancel_process_instance(self, process_instance_key: int) -> None:
        raise RuntimeError("bug in the engine")

    async def unassign_user_task(self, user_task_key: int) -> None:
        self.commands.append(("unassign_user_task", (user_task_key,)))


def as_engine(fake: FakeEngine) -> Engine:
    return cast("Engine", fake)
