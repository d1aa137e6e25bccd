"""A handler that completes its job itself (``CompletedByHandler``, a job result sent over REST)
must not be followed by pyzeebe's own CompleteJob — also after the fleet has included the
family routers into its worker, which rebuilds every task's job handler."""

from typing import Any

import grpc
from pyzeebe import JobController
from pyzeebe.grpc_internals.zeebe_adapter import ZeebeAdapter

from config import Settings
from tests.unit.handler_helpers import make_job
from workers.fleet import build_worker
from workers.routers import CompletedByHandler, Variables, family_router, handles


class Answered(Variables):
    answered: bool


@handles("test.self-completing")
async def self_completing() -> CompletedByHandler:
    return CompletedByHandler()


@handles("test.answering")
async def answering() -> Answered:
    return Answered(answered=True)


class RecordingAdapter:
    def __init__(self) -> None:
        self.completed: list[int] = []

    async def complete_job(self, job_key: int, variables: dict[str, Any]) -> None:
        self.completed.append(job_key)


async def completions(job_type: str) -> list[int]:
    router = family_router(object(), self_completing, answering)
    channel = grpc.aio.insecure_channel("127.0.0.1:9")
    try:
        worker = build_worker(channel, Settings(), (router,))
        task = worker.get_task(job_type)
        adapter = RecordingAdapter()
        job = make_job("task", job_type=job_type)
        fake: ZeebeAdapter = adapter  # type: ignore[assignment]
        await task.job_handler(job, JobController(job, fake))
        return adapter.completed
    finally:
        await channel.close()


async def test_the_fleets_worker_sends_no_second_completion_for_a_self_completing_handler() -> None:
    assert await completions("test.self-completing") == []


async def test_the_fleets_worker_completes_an_ordinary_handlers_job() -> None:
    assert await completions("test.answering") == [1]
