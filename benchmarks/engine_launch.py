"""``python -m engine`` as the benchmark runs it: spawned on free loopback ports over a data
directory, timed from spawn to readiness 200, its resident memory read from ``/proc``."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from benchmarks.errors import BenchmarkError

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 120.0


class EngineStartError(BenchmarkError):
    """The engine exited or never became ready."""


class ProcStatusError(BenchmarkError):
    """``/proc/<pid>/status`` had no ``VmRSS`` line."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def parse_vm_rss_mib(status: str) -> float:
    """``VmRSS`` of a ``/proc/<pid>/status`` text (kB) in MiB."""
    match = re.search(r"^VmRSS:\s*(\d+)\s*kB$", status, re.MULTILINE)
    if match is None:
        raise ProcStatusError("the process status has no 'VmRSS: <n> kB' line")
    return int(match.group(1)) / 1024


class BenchEngine:
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

    def start(self) -> float:
        """Spawn and wait for readiness 200; the seconds from spawn to ready."""
        started = time.perf_counter()
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
                ],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        readiness = f"http://127.0.0.1:{self.management_port}/actuator/health/readiness"
        with httpx.Client(timeout=1) as http:
            while time.perf_counter() - started < READY_TIMEOUT_S:
                if self.proc.poll() is not None:
                    raise EngineStartError(
                        f"the engine exited with {self.proc.returncode}; see {self.log_file}"
                    )
                try:
                    if http.get(readiness).status_code == 200:
                        return time.perf_counter() - started
                except httpx.HTTPError:
                    pass
                time.sleep(0.01)
        raise EngineStartError(f"the engine was not ready in {READY_TIMEOUT_S}s; {self.log_file}")

    def rss_mib(self) -> float:
        assert self.proc is not None, "the engine was never started"
        return parse_vm_rss_mib(Path(f"/proc/{self.proc.pid}/status").read_text())

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
