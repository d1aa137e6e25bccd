"""The run's own services: a fresh engine (temporary data, free ports), the simulator on a copy
of its seed data plus ``legacy-data/`` (records that carry injected instructions), the fleet as
``python -m workers``, and the shared Elasticsearch under a fresh index prefix."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from pyzeebe import ZeebeClient, create_insecure_channel

from contextstore import drop_prefix
from evaluation.errors import StackError
from evaluation.harness import Endpoints

ROOT = Path(__file__).resolve().parents[1]
SEED_DATA = ROOT / "simulator" / "data"
LEGACY_DATA = Path(__file__).resolve().parent / "legacy-data"
MODEL_SUFFIXES = (".bpmn", ".dmn", ".form")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def merge_legacy_data(target: Path, seed: Path = SEED_DATA, extra: Path = LEGACY_DATA) -> None:
    """Seed files copied, each extra file's records appended to the seed file's list."""
    target.mkdir(parents=True, exist_ok=True)
    for source in seed.glob("*.json"):
        shutil.copy(source, target / source.name)
    for addition in sorted(extra.glob("*.json")):
        base = json.loads((target / addition.name).read_text(encoding="utf-8"))
        for field, records in json.loads(addition.read_text(encoding="utf-8")).items():
            base[field] = [*base.get(field, []), *records]
        (target / addition.name).write_text(json.dumps(base, ensure_ascii=False), "utf-8")


@dataclass
class Service:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _spawn(name: str, args: list[str], workdir: Path, env: dict[str, str]) -> Service:
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return Service(name, proc, log)


def _wait_ready(service: Service, url: str, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if service.proc.poll() is not None:
            tail = service.log.read_text(errors="replace")[-2000:]
            raise StackError(f"the {service.name} exited with {service.proc.returncode}:\n{tail}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise StackError(f"the {service.name} was not ready at {url} within {timeout_s:.0f}s")


async def _deploy(gateway: str) -> None:
    files = sorted(str(p) for p in (ROOT / "bpmn").rglob("*") if p.suffix in MODEL_SUFFIXES)
    channel = create_insecure_channel(grpc_address=gateway)
    try:
        await ZeebeClient(channel).deploy_resource(*files)
    finally:
        await channel.close()


@contextmanager
def own_stack(workdir: Path, elasticsearch_url: str) -> Iterator[Endpoints]:
    """Engine, eval simulator and fleet for one run; all stopped, and the fleet's indices
    removed, on exit."""
    prefix = f"eval-{uuid.uuid4().hex[:8]}"
    ports = {name: free_port() for name in ("grpc", "rest", "mgmt", "sim", "metrics")}
    data = workdir / "simulator-data"
    merge_legacy_data(data)
    services: list[Service] = []
    try:
        engine = _spawn(
            "engine",
            [
                "-m",
                "engine",
                "--data-dir",
                str(workdir / "engine"),
                "--grpc-port",
                str(ports["grpc"]),
                "--rest-port",
                str(ports["rest"]),
                "--management-port",
                str(ports["mgmt"]),
                "--users-file",
                str(ROOT / "config" / "tasklist-users.yaml"),
            ],
            workdir,
            {"PYTHONUNBUFFERED": "1"},
        )
        services.append(engine)
        simulator = _spawn(
            "simulator",
            [
                "-m",
                "simulator",
                "--host",
                "127.0.0.1",
                "--port",
                str(ports["sim"]),
                "--data",
                str(data),
                "--state",
                str(workdir / "simulator-state"),
            ],
            workdir,
            {},
        )
        services.append(simulator)
        rest_url = f"http://127.0.0.1:{ports['rest']}"
        simulator_url = f"http://127.0.0.1:{ports['sim']}"
        _wait_ready(engine, f"http://127.0.0.1:{ports['mgmt']}/actuator/health/readiness")
        _wait_ready(simulator, f"{simulator_url}/healthz")
        gateway = f"127.0.0.1:{ports['grpc']}"
        asyncio.run(_deploy(gateway))
        fleet = _spawn(
            "fleet",
            ["-m", "workers"],
            workdir,
            {
                "BATON_ZEEBE__ADDRESS": gateway,
                "BATON_ZEEBE__REST_URL": rest_url,
                "BATON_ELASTICSEARCH_URL": elasticsearch_url,
                "BATON_ELASTICSEARCH_INDEX_PREFIX": prefix,
                "BATON_SIMULATOR_URL": simulator_url,
                "BATON_METRICS_HOST": "127.0.0.1",
                "BATON_METRICS_PORT": str(ports["metrics"]),
                "BATON_LLM__PROVIDER": "offline",
            },
        )
        services.append(fleet)
        metrics_url = f"http://127.0.0.1:{ports['metrics']}"
        _wait_ready(fleet, f"{metrics_url}/readyz")
        yield Endpoints(rest_url, simulator_url, f"{metrics_url}/metrics")
    finally:
        for service in reversed(services):
            service.stop()
        asyncio.run(drop_prefix(elasticsearch_url, prefix))
