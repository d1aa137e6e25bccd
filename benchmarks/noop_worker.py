"""A minimal no-op job worker speaking the gateway's gRPC directly (pyzeebe's generated stubs,
no pyzeebe worker), so the engine benchmark measures the engine and not a client library.

``python -m benchmarks.noop_worker --address HOST:PORT --mode poll|stream`` completes every
``engine-bench.noop`` job at once until SIGTERM, then prints one JSON line: when each process
instance's job was received (epoch seconds) and how many jobs it completed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from collections.abc import Sequence

import grpc
from pyzeebe.proto import gateway_pb2 as pb
from pyzeebe.proto.gateway_pb2_grpc import GatewayStub

JOB_TYPE = "engine-bench.noop"
JOB_TIMEOUT_MS = 60_000
LONG_POLL_MS = 10_000
MAX_JOBS = 64
POLLERS = 2


class NoopWorker:
    def __init__(self, stub: GatewayStub) -> None:
        self._stub = stub
        self._stop = asyncio.Event()
        self._completions: set[asyncio.Task[None]] = set()
        self.received: dict[int, float] = {}
        self.completed = 0

    def stop(self) -> None:
        self._stop.set()

    def _take(self, job: pb.ActivatedJob) -> None:
        self.received.setdefault(job.processInstanceKey, time.time())
        task = asyncio.create_task(self._complete(job.key))
        self._completions.add(task)
        task.add_done_callback(self._completions.discard)

    async def _complete(self, job_key: int) -> None:
        await self._stub.CompleteJob(pb.CompleteJobRequest(jobKey=job_key, variables="{}"))
        self.completed += 1

    async def poll(self) -> None:
        """Long polling, as Zeebe clients do by default."""
        request = pb.ActivateJobsRequest(
            type=JOB_TYPE,
            worker="bench-noop",
            timeout=JOB_TIMEOUT_MS,
            maxJobsToActivate=MAX_JOBS,
            requestTimeout=LONG_POLL_MS,
        )
        while not self._stop.is_set():
            async for response in self._stub.ActivateJobs(request):
                for job in response.jobs:
                    self._take(job)

    async def stream(self) -> None:
        request = pb.StreamActivatedJobsRequest(
            type=JOB_TYPE, worker="bench-noop", timeout=JOB_TIMEOUT_MS
        )
        async for job in self._stub.StreamActivatedJobs(request):
            self._take(job)

    async def run(self, mode: str) -> None:
        """Streaming keeps one poller for the backlog, as Zeebe's clients do."""
        loops = [self.poll() for _ in range(POLLERS if mode == "poll" else 1)]
        if mode == "stream":
            loops.append(self.stream())
        tasks = [asyncio.create_task(loop) for loop in loops]
        await self._stop.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*self._completions, return_exceptions=True)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.noop_worker")
    parser.add_argument("--address", required=True, help="gateway HOST:PORT")
    parser.add_argument("--mode", choices=("poll", "stream"), required=True)
    return parser.parse_args(argv)


async def serve(address: str, mode: str) -> NoopWorker:
    async with grpc.aio.insecure_channel(address) as channel:
        worker = NoopWorker(GatewayStub(channel))
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, worker.stop)
        print("ready", flush=True)
        await worker.run(mode)
        return worker


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    worker = asyncio.run(serve(args.address, args.mode))
    report = {"received": worker.received, "completed": worker.completed}
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
