"""A test session's own engine: ``python -m engine`` on free loopback ports and a temporary
data directory, so concurrent sessions never share one. It can be killed (SIGKILL) and started
again on the same ports and data, which is what the fault tests do."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from pyzeebe import ZeebeClient, create_insecure_channel

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EngineProcess:
    def __init__(self, data_dir: Path, log_file: Path) -> None:
        self.data_dir = data_dir
        self.log_file = log_file
        self.grpc_port = free_port()
        self.rest_port = free_port()
        self.management_port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def gateway_address(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    @property
    def rest_url(self) -> str:
        return f"http://127.0.0.1:{self.rest_port}"

    def start(self, timeout_s: float = 60, poll_s: float = 0.05) -> float:
        """Start and wait until ready; returns the seconds it took."""
        started = time.monotonic()
        with self.log_file.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "engine",
                    "--data-dir",
                    str(self.data_dir),
                    "--grpc-port",
                    str(self.grpc_port),
                    "--rest-port",
                    str(self.rest_port),
                    "--management-port",
                    str(self.management_port),
                    "--users-file",
                    str(ROOT / "config" / "tasklist-users.yaml"),
                ],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        deadline = started + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"the engine exited with {self.proc.returncode}; see {self.log_file}:\n"
                    + self.log_file.read_text()[-3000:]
                )
            if self.ready():
                return time.monotonic() - started
            time.sleep(poll_s)
        raise TimeoutError(f"the engine was not ready within {timeout_s}s; see {self.log_file}")

    def ready(self) -> bool:
        try:
            health = httpx.get(
                f"http://127.0.0.1:{self.management_port}/actuator/health/readiness", timeout=1
            )
        except httpx.HTTPError:
            return False
        return health.status_code == 200

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, as when a machine or container dies."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


@asynccontextmanager
async def zeebe_client(engine: EngineProcess) -> AsyncIterator[ZeebeClient]:
    """A pyzeebe client on the engine's gateway, closed on exit."""
    channel = create_insecure_channel(grpc_address=engine.gateway_address)
    try:
        yield ZeebeClient(channel)
    finally:
        await channel.close()


def started_with_models(folder: Path, models: list[Path]) -> EngineProcess:
    """A dedicated engine in ``folder``, started and with ``models`` deployed."""
    process = EngineProcess(folder / "data", folder / "engine.log")
    process.start()

    async def deploy() -> None:
        async with zeebe_client(process) as client:
            await client.deploy_resource(*[str(model) for model in models])

    asyncio.run(deploy())
    return process
