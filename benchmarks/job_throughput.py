"""Job-worker throughput, Camunda's Java client against Baton's fleet, on one fresh engine.

Each scenario gets a job type of its own (``bench.noop.<n>``) and exactly ``jobs`` instances of
``models/bench-noop.bpmn``. Polling scenarios create every instance before the worker starts, so
the worker drains a backlog; streaming scenarios start the worker first and then create the
instances, since Zeebe pushes only jobs that become activatable while a stream is open. A
worker's clock runs from its first job to its last completion, so start-up is not counted.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pyzeebe import ZeebeClient, create_insecure_channel

from benchmarks.errors import BenchmarkError
from benchmarks.java_worker import ReferenceWorker
from benchmarks.worker_protocol import READY_LINE, WorkerResult, parse_result
from tests.engine.engine_process import EngineProcess

ROOT = Path(__file__).resolve().parents[1]
NOOP_MODEL = Path(__file__).with_name("models") / "bench-noop.bpmn"
NOOP_PROCESS_ID = "bench-noop"
CREATE_IN_FLIGHT = 32
STREAM_SETTLE_S = 1.0
WORKERS = ("java", "baton")


@dataclass(frozen=True)
class Scenario:
    worker: str
    mode: str
    delay_ms: int
    jobs: int
    concurrency: int

    def label(self) -> str:
        return f"{self.worker} {self.mode} {self.delay_ms}ms"


def scenarios(
    jobs: int, concurrency: int, delays_ms: Sequence[int], modes: Sequence[str]
) -> list[Scenario]:
    """Java then Baton for each (mode, delay), so the two run back to back on the same engine."""
    return [
        Scenario(worker, mode, delay, jobs, concurrency)
        for mode, delay, worker in itertools.product(modes, delays_ms, WORKERS)
    ]


async def deploy_noop(client: ZeebeClient) -> None:
    await client.deploy_resource(str(NOOP_MODEL))


async def create_instances(client: ZeebeClient, job_type: str, count: int) -> None:
    """``count`` instances, at most ``CREATE_IN_FLIGHT`` create calls at a time."""
    numbers = iter(range(count))

    async def create_some() -> None:
        for _ in numbers:
            await client.run_process(NOOP_PROCESS_ID, variables={"jobType": job_type})

    await asyncio.gather(*(create_some() for _ in range(min(CREATE_IN_FLIGHT, count))))


async def _wait_ready(process: asyncio.subprocess.Process, log: Path, timeout_s: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while READY_LINE not in log.read_text(errors="replace"):
        if process.returncode is not None or loop.time() > deadline:
            raise BenchmarkError(f"the worker never got ready; see {log}")
        await asyncio.sleep(0.05)


class JobThroughputBench:
    """Runs scenarios against one engine the caller started."""

    def __init__(
        self, engine: EngineProcess, reference: ReferenceWorker, workdir: Path, timeout_s: int
    ) -> None:
        self.engine = engine
        self.reference = reference
        self.workdir = workdir
        self.timeout_s = timeout_s
        self._numbers = itertools.count(1)

    def worker_command(self, scenario: Scenario, job_type: str) -> list[str]:
        if scenario.worker == "java":
            return self.reference.command(
                grpc_address=self.engine.gateway_address,
                rest_url=self.engine.rest_url,
                job_type=job_type,
                jobs=scenario.jobs,
                concurrency=scenario.concurrency,
                delay_ms=scenario.delay_ms,
                mode=scenario.mode,
                timeout_s=self.timeout_s,
            )
        return [
            sys.executable,
            "-m",
            "benchmarks.baton_worker",
            "--address",
            self.engine.gateway_address,
            "--job-type",
            job_type,
            "--jobs",
            str(scenario.jobs),
            "--concurrency",
            str(scenario.concurrency),
            "--delay-ms",
            str(scenario.delay_ms),
            "--mode",
            scenario.mode,
            "--timeout-s",
            str(self.timeout_s),
        ]

    async def run(self, scenario: Scenario) -> WorkerResult:
        number = next(self._numbers)
        job_type = f"bench.noop.{number}"
        log = self.workdir / f"worker-{number}-{scenario.label().replace(' ', '-')}.log"
        channel = create_insecure_channel(grpc_address=self.engine.gateway_address)
        client = ZeebeClient(channel)
        try:
            if number == 1:
                await deploy_noop(client)
            if scenario.mode == "poll":
                await create_instances(client, job_type, scenario.jobs)
            with log.open("wb") as out:
                process = await asyncio.create_subprocess_exec(
                    *self.worker_command(scenario, job_type),
                    cwd=ROOT,
                    stdout=out,
                    stderr=asyncio.subprocess.STDOUT,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                )
                try:
                    await _wait_ready(process, log, self.timeout_s)
                    if scenario.mode == "stream":
                        await asyncio.sleep(STREAM_SETTLE_S)
                        await create_instances(client, job_type, scenario.jobs)
                    code = await asyncio.wait_for(process.wait(), timeout=self.timeout_s)
                finally:
                    if process.returncode is None:
                        process.kill()
                        await process.wait()
        finally:
            await channel.close()
        if code != 0:
            raise BenchmarkError(f"{scenario.label()}: the worker exited with {code}; see {log}")
        return parse_result(log.read_text(errors="replace"))
