"""Baton's side of the job-worker benchmark: the fleet's own supervisor, worker builder and job
plumbing (``workers.fleet.Fleet`` → ``build_worker`` → ``before_job``/``after_job``, structlog
JSON logs, metrics, tracing) serving one no-op job type, then one ``BENCH-RESULT`` line.

``python -m workers`` cannot serve a job type it has no handler for (``check_job_types``), so
this runs the same ``Fleet`` with a router holding only the no-op handler. Timestamps come from
wrapping pyzeebe's job adapter in this process (job received, CompleteJob sent and answered) and
from the handler itself; nothing in ``workers/`` is changed.

    python -m benchmarks.baton_worker --address 127.0.0.1:26500 --job-type bench.noop \
        --jobs 1000 --concurrency 16 --delay-ms 0 --mode poll
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import structlog
from pyzeebe import Job, ZeebeTaskRouter
from pyzeebe.grpc_internals.zeebe_job_adapter import ZeebeJobAdapter

from benchmarks.cli_types import host_port, non_negative_int, positive_int
from benchmarks.errors import BenchmarkError
from benchmarks.stats import latency_ms
from benchmarks.worker_protocol import MODES, READY_LINE, WorkerResult
from config import FleetSettings, Settings, ZeebeSettings
from tests.engine.engine_process import free_port
from workers import (
    Fleet,
    Variables,
    configure_logging,
    configure_tracing,
    family_router,
    handles,
)

WORKER_NAME = "baton-fleet (pyzeebe)"


@dataclass
class JobTimeline:
    """Per job key, when each step happened (``time.perf_counter`` seconds)."""

    jobs: int
    received: dict[int, float] = field(default_factory=dict)
    handler_started: dict[int, float] = field(default_factory=dict)
    handler_ended: dict[int, float] = field(default_factory=dict)
    complete_sent: dict[int, float] = field(default_factory=dict)
    completed: dict[int, float] = field(default_factory=dict)
    streamed: int = 0
    serving: asyncio.Event = field(default_factory=asyncio.Event)
    all_completed: asyncio.Event = field(default_factory=asyncio.Event)

    def mark_completed(self, key: int) -> None:
        self.completed[key] = time.perf_counter()
        if len(self.completed) >= self.jobs:
            self.all_completed.set()

    def gaps(self, later: dict[int, float], earlier: dict[int, float]) -> list[float]:
        return [later[key] - earlier[key] for key in later if key in earlier]


@contextlib.contextmanager
def instrumented(timeline: JobTimeline) -> Iterator[None]:
    """Wrap pyzeebe's job adapter so every received job and every CompleteJob is timed."""
    activate = ZeebeJobAdapter.activate_jobs
    stream = ZeebeJobAdapter.stream_activate_jobs
    complete = ZeebeJobAdapter.complete_job

    async def timed_activate(
        self: ZeebeJobAdapter, *args: Any, **kwargs: Any
    ) -> AsyncIterator[Job]:
        timeline.serving.set()
        async for job in activate(self, *args, **kwargs):
            timeline.received[job.key] = time.perf_counter()
            yield job

    async def timed_stream(self: ZeebeJobAdapter, *args: Any, **kwargs: Any) -> AsyncIterator[Job]:
        async for job in stream(self, *args, **kwargs):
            timeline.received[job.key] = time.perf_counter()
            timeline.streamed += 1
            yield job

    async def timed_complete(self: ZeebeJobAdapter, job_key: int, variables: Any) -> Any:
        timeline.complete_sent[job_key] = time.perf_counter()
        response = await complete(self, job_key, variables)
        timeline.mark_completed(job_key)
        return response

    ZeebeJobAdapter.activate_jobs = timed_activate  # type: ignore[assignment,method-assign]
    ZeebeJobAdapter.stream_activate_jobs = timed_stream  # type: ignore[assignment,method-assign]
    ZeebeJobAdapter.complete_job = timed_complete  # type: ignore[method-assign]
    try:
        yield
    finally:
        ZeebeJobAdapter.activate_jobs = activate  # type: ignore[method-assign]
        ZeebeJobAdapter.stream_activate_jobs = stream  # type: ignore[method-assign]
        ZeebeJobAdapter.complete_job = complete  # type: ignore[method-assign]


def noop_router(job_type: str, delay_s: float, timeline: JobTimeline) -> ZeebeTaskRouter:
    @handles(job_type)
    async def complete_noop() -> Variables:
        """The benchmark's job: nothing but the configured delay. Its key comes from the log
        context the fleet's ``before_job`` bound, as a real handler's logs would get it."""
        key = int(structlog.contextvars.get_contextvars()["job_key"])
        timeline.handler_started[key] = time.perf_counter()
        if delay_s:
            await asyncio.sleep(delay_s)
        timeline.handler_ended[key] = time.perf_counter()
        return Variables()

    return family_router(None, complete_noop)


def fleet_settings(args: argparse.Namespace) -> Settings:
    return Settings(
        zeebe=ZeebeSettings(address=args.address),
        fleet=FleetSettings(
            max_jobs_to_activate=args.concurrency,
            max_running_jobs=args.concurrency,
            stream_enabled=args.mode == "stream",
        ),
        metrics_host="127.0.0.1",
        metrics_port=free_port(),
    )


async def serve(args: argparse.Namespace) -> WorkerResult:
    timeline = JobTimeline(jobs=args.jobs)
    settings = fleet_settings(args)
    fleet = Fleet(settings, (noop_router(args.job_type, args.delay_ms / 1000, timeline),))
    with instrumented(timeline):
        running = asyncio.create_task(fleet.run())
        await asyncio.wait_for(timeline.serving.wait(), timeout=args.timeout_s)
        print(READY_LINE, flush=True)
        try:
            await asyncio.wait_for(timeline.all_completed.wait(), timeout=args.timeout_s)
        except TimeoutError:
            raise BenchmarkError(
                f"{len(timeline.completed)} of {args.jobs} jobs completed within {args.timeout_s}s"
            ) from None
        finally:
            fleet.request_stop()
            await running
    first = min(timeline.received.values())
    last = max(timeline.completed.values())
    return WorkerResult(
        worker=WORKER_NAME,
        mode=args.mode,
        concurrency=args.concurrency,
        delay_ms=args.delay_ms,
        jobs=len(timeline.completed),
        seconds=last - first,
        received_to_start=latency_ms(timeline.gaps(timeline.handler_started, timeline.received)),
        end_to_sent=latency_ms(timeline.gaps(timeline.complete_sent, timeline.handler_ended)),
        streamed=timeline.streamed,
    )


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="python -m benchmarks.baton_worker", description=__doc__)
    cli.add_argument("--address", type=host_port, required=True, help="gateway host:port")
    cli.add_argument("--job-type", required=True)
    cli.add_argument("--jobs", type=positive_int, required=True, help="stop after this many")
    cli.add_argument("--concurrency", type=positive_int, required=True)
    cli.add_argument("--delay-ms", type=non_negative_int, default=0)
    cli.add_argument("--mode", choices=MODES, default="poll")
    cli.add_argument("--timeout-s", type=positive_int, default=120)
    return cli


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    configure_logging("INFO")
    configure_tracing()
    try:
        result = asyncio.run(serve(args))
    except BenchmarkError as error:
        print(f"baton worker: {error}", file=sys.stderr)
        return 3
    print(result.to_line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
