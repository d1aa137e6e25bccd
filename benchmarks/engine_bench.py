"""``make bench-engine``: Baton's engine on this machine, figures printed beside their goals.

Every phase gets a fresh engine (``python -m engine`` on free ports, temporary data directory):
cold start to readiness; instances completed per second with a no-op worker in its own process
(``benchmarks.noop_worker``, raw gRPC) while the benchmark keeps creating instances; job
activation latency (create request sent → job received by the worker) with long polling and
with a job stream at a paced rate; resident memory with N instances whose job nobody
completes, and restart to ready with them stored. Figures go to ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import grpc
import httpx
from pyzeebe.proto import gateway_pb2 as pb
from pyzeebe.proto.gateway_pb2_grpc import GatewayStub

from benchmarks.engine_launch import ROOT, BenchEngine
from benchmarks.engine_report import (
    EngineFigures,
    WorkerReport,
    markdown_section,
    parse_worker_report,
    render_table,
    replace_section,
)
from benchmarks.errors import BenchmarkError
from benchmarks.machine import load_average, this_machine
from benchmarks.stats import Latency, latency_ms, per_second

MODEL = Path(__file__).resolve().parent / "models" / "engine-bench-noop.bpmn"
PROCESS_ID = "engine-bench-noop"
COLD_STARTS = 3
WARM_UP_S = 3.0
CREATORS = 16
LATENCY_RATE_PER_S = 20.0
WORKER_DESCRIPTION = (
    "`benchmarks/noop_worker.py`, a raw gRPC client (pyzeebe's generated stubs, no pyzeebe "
    "worker) in its own process: 2 long-polling ActivateJobs loops of up to 64 jobs, or one job "
    "stream plus one poller; it completes each job at once. Activation latency: from the "
    f"CreateProcessInstance request being sent to the worker receiving the job, "
    f"{LATENCY_RATE_PER_S:.0f} instances/s."
)


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return value


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engine_bench")
    parser.add_argument("--duration", type=positive_float, default=25.0, help="throughput s")
    parser.add_argument("--active", type=positive_int, default=10_000, help="instances held")
    parser.add_argument("--latency-samples", type=positive_int, default=200)
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--no-docs", action="store_true", help="print only")
    return parser.parse_args(argv)


class Gateway:
    def __init__(self, channel: grpc.aio.Channel) -> None:
        self.stub = GatewayStub(channel)

    async def deploy(self) -> None:
        resource = pb.Resource(name=MODEL.name, content=MODEL.read_bytes())
        await self.stub.DeployResource(pb.DeployResourceRequest(resources=[resource]))

    async def create(self) -> int:
        request = pb.CreateProcessInstanceRequest(bpmnProcessId=PROCESS_ID, version=-1)
        response = await self.stub.CreateProcessInstance(request)
        return int(response.processInstanceKey)


class Worker:
    """The no-op worker process; its report is read when it exits on SIGTERM."""

    def __init__(self, address: str, mode: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.noop_worker", "--address", address, "--mode", mode],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise BenchmarkError(f"the no-op worker did not start (exit {self.proc.poll()})")

    def finish(self) -> WorkerReport:
        self.proc.terminate()
        output, _ = self.proc.communicate(timeout=60)
        return parse_worker_report(output)


async def instances_in_state(rest_url: str, state: str) -> int:
    body = {"filter": {"processDefinitionId": PROCESS_ID, "state": state}, "page": {"limit": 1}}
    async with httpx.AsyncClient(timeout=60) as http:
        response = await http.post(f"{rest_url}/v2/process-instances/search", json=body)
    response.raise_for_status()
    return int(response.json()["page"]["totalItems"])


async def keep_creating(gateway: Gateway, stop: asyncio.Event) -> None:
    while not stop.is_set():
        await gateway.create()


async def with_engine(
    folder: Path, name: str, phase: Callable[[BenchEngine, Gateway], Awaitable[None]]
) -> BenchEngine:
    engine = BenchEngine(folder / name, folder / f"{name}.log")
    engine.start()
    try:
        async with grpc.aio.insecure_channel(engine.gateway_address) as channel:
            gateway = Gateway(channel)
            await gateway.deploy()
            await phase(engine, gateway)
    finally:
        engine.stop()
    return engine


def cold_starts(folder: Path) -> list[float]:
    timings = []
    for run in range(COLD_STARTS):
        engine = BenchEngine(folder / f"cold-{run}", folder / f"cold-{run}.log")
        timings.append(engine.start())
        engine.stop()
    return timings


async def throughput(folder: Path, duration_s: float) -> tuple[float, float]:
    """Completed instances per second over ``duration_s`` after a warm-up, creators saturated."""
    measured: list[tuple[int, float]] = []

    async def phase(engine: BenchEngine, gateway: Gateway) -> None:
        worker = Worker(engine.gateway_address, "poll")
        stop = asyncio.Event()
        creators = [asyncio.create_task(keep_creating(gateway, stop)) for _ in range(CREATORS)]
        await asyncio.sleep(WARM_UP_S)
        measured.append(
            (await instances_in_state(engine.rest_url, "COMPLETED"), time.perf_counter())
        )
        await asyncio.sleep(duration_s)
        measured.append(
            (await instances_in_state(engine.rest_url, "COMPLETED"), time.perf_counter())
        )
        stop.set()
        await asyncio.gather(*creators)
        worker.finish()

    await with_engine(folder, "throughput", phase)
    (start_count, start_at), (end_count, end_at) = measured
    return per_second(end_count - start_count, end_at - start_at), end_at - start_at


async def activation_latency(folder: Path, mode: str, samples: int) -> Latency:
    """Create request sent → job received, at a paced rate so nothing queues."""
    sent: dict[int, float] = {}
    reports: list[WorkerReport] = []

    async def phase(engine: BenchEngine, gateway: Gateway) -> None:
        worker = Worker(engine.gateway_address, mode)
        for _ in range(samples):
            at = time.time()
            sent[await gateway.create()] = at
            await asyncio.sleep(1 / LATENCY_RATE_PER_S)
        await asyncio.sleep(1)
        reports.append(worker.finish())

    await with_engine(folder, f"latency-{mode}", phase)
    received = reports[0].received
    missing = set(sent) - set(received)
    if missing:
        raise BenchmarkError(f"{len(missing)} of {samples} jobs never reached the {mode} worker")
    return latency_ms([received[key] - at for key, at in sent.items()])


async def memory_and_restart(folder: Path, active: int) -> tuple[float, float, float]:
    """RSS idle and with ``active`` instances waiting on a job nobody takes; restart to ready."""
    rss: list[float] = []

    async def phase(engine: BenchEngine, gateway: Gateway) -> None:
        rss.append(engine.rss_mib())
        remaining = iter(range(active))

        async def creator() -> None:
            for _ in remaining:
                await gateway.create()

        await asyncio.gather(*(creator() for _ in range(CREATORS)))
        await expect_active(engine, active)
        rss.append(engine.rss_mib())

    engine = await with_engine(folder, "memory", phase)
    restart_s = engine.start()
    try:
        await expect_active(engine, active)
    finally:
        engine.stop()
    return rss[0], rss[1], restart_s


async def expect_active(engine: BenchEngine, active: int) -> None:
    """The memory figure counts only if the engine really holds every instance active."""
    held = await instances_in_state(engine.rest_url, "ACTIVE")
    if held != active:
        raise BenchmarkError(f"the engine holds {held} active instances, expected {active}")


async def measure(folder: Path, args: argparse.Namespace) -> EngineFigures:
    starts = cold_starts(folder)
    print(f"cold starts: {', '.join(f'{s:.2f} s' for s in starts)}", flush=True)
    rate, window = await throughput(folder, args.duration)
    print(f"throughput: {rate:.1f} instances/s", flush=True)
    poll = await activation_latency(folder, "poll", args.latency_samples)
    stream = await activation_latency(folder, "stream", args.latency_samples)
    print("latency measured", flush=True)
    idle, held, restart = await memory_and_restart(folder, args.active)
    return EngineFigures(
        cold_starts_s=starts,
        instances_per_s=rate,
        throughput_window_s=window,
        poll_latency=poll,
        stream_latency=stream,
        active_instances=args.active,
        rss_idle_mib=idle,
        rss_active_mib=held,
        restart_ready_s=restart,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    machine = this_machine().describe()
    load = load_average()
    print(f"Engine benchmark on {machine}, load average {load:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="baton-engine-bench-") as folder:
        figures = asyncio.run(measure(Path(folder), args))
    print(render_table(figures))
    if not args.no_docs:
        document = args.docs.read_text() if args.docs.exists() else ""
        section = markdown_section(figures, machine, load, WORKER_DESCRIPTION)
        args.docs.write_text(replace_section(document, section))
        print(f"written to {args.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
