"""The claims automated path end to end: a fresh engine, every model deployed, the real fleet
(``python -m workers``, offline agents) on the shared Elasticsearch and simulator. Each instance
is the ``auto-approve-water`` sample under a unique claim id, started with
CreateProcessInstanceWithResult, so its cycle time is start → completed as the engine reports."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyzeebe import ZeebeClient, create_insecure_channel

from baton_cli.deploy import load_case, model_files
from benchmarks.errors import BenchmarkError
from benchmarks.stats import Latency, latency_ms, per_second
from contextstore import drop_prefix
from tests.engine.engine_process import EngineProcess, free_port

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "claims-adjudication" / "auto-approve-water.json"
PROCESS_ID = "claims-adjudication"
FLEET_STOP_TIMEOUT_S = 60


@dataclass(frozen=True)
class ClaimsFigures:
    instances: int
    in_flight: int
    instances_per_s: float
    cycle: Latency
    warm_up_s: float


def claim_variables(workdir: Path, number: int) -> dict[str, Any]:
    """The sample claim under a unique id, validated like ``baton start`` validates it."""
    case = json.loads(SAMPLE.read_text())
    case["claimId"] = f"{case['claimId']}-bench-{uuid.uuid4().hex[:8]}-{number}"
    path = workdir / "claim.json"
    path.write_text(json.dumps(case))
    return load_case(PROCESS_ID, path)


def start_fleet(
    engine: EngineProcess, log: Path, elasticsearch: str, simulator: str, index_prefix: str
) -> Any:
    env = {
        **os.environ,
        "BATON_ZEEBE__ADDRESS": engine.gateway_address,
        "BATON_ZEEBE__REST_URL": engine.rest_url,
        "BATON_ELASTICSEARCH_URL": elasticsearch,
        "BATON_ELASTICSEARCH_INDEX_PREFIX": index_prefix,
        "BATON_SIMULATOR_URL": simulator,
        "BATON_METRICS_PORT": str(free_port()),
        "BATON_LLM__PROVIDER": "offline",
    }
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "workers"], cwd=ROOT, env=env, stdout=out, stderr=out
        )


def stop_fleet(fleet: Any) -> None:
    fleet.send_signal(signal.SIGTERM)
    try:
        fleet.wait(timeout=FLEET_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        fleet.kill()
        fleet.wait()


async def run_claims(
    client: ZeebeClient, workdir: Path, instances: int, in_flight: int, timeout_s: int
) -> tuple[list[float], float]:
    """Cycle times of ``instances`` claims, ``in_flight`` at a time, and the wall time."""
    numbers = iter(range(instances))
    cycles: list[float] = []

    async def run_some() -> None:
        for number in numbers:
            variables = claim_variables(workdir, number)
            started = time.perf_counter()
            result = await client.run_process_with_result(
                PROCESS_ID, variables, timeout=timeout_s * 1000, variables_to_fetch=["decision"]
            )
            cycles.append(time.perf_counter() - started)
            decision = result.variables.get("decision")
            outcome = decision.get("outcome") if isinstance(decision, dict) else None
            if outcome != "approved":
                raise BenchmarkError(f"claim {number} ended {outcome!r}, not 'approved'")

    started = time.perf_counter()
    await asyncio.gather(*(run_some() for _ in range(min(in_flight, instances))))
    return cycles, time.perf_counter() - started


async def measure(
    engine: EngineProcess,
    workdir: Path,
    *,
    elasticsearch: str,
    simulator: str,
    instances: int,
    in_flight: int,
    timeout_s: int,
) -> ClaimsFigures:
    channel = create_insecure_channel(grpc_address=engine.gateway_address)
    client = ZeebeClient(channel)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    fleet = start_fleet(engine, workdir / "fleet.log", elasticsearch, simulator, prefix)
    try:
        await client.deploy_resource(*[str(f) for f in model_files()])
        warm_started = time.perf_counter()
        await run_claims(client, workdir, 1, 1, timeout_s)
        warm_up_s = time.perf_counter() - warm_started
        cycles, wall_s = await run_claims(client, workdir, instances, in_flight, timeout_s)
    finally:
        await channel.close()
        stop_fleet(fleet)
        await drop_prefix(elasticsearch, prefix)
    return ClaimsFigures(
        instances=instances,
        in_flight=in_flight,
        instances_per_s=per_second(instances, wall_s),
        cycle=latency_ms(cycles),
        warm_up_s=warm_up_s,
    )
