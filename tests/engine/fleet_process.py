"""The fleet as a real process (``python -m workers``) for the fault tests: started, signalled
and killed like a pod, its JSON log read back to see what it did and what it told the engine."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.engine.engine_process import ROOT, free_port

LogLine = dict[str, Any]


def fleet_env(
    *,
    gateway_address: str,
    rest_url: str,
    simulator_url: str,
    elasticsearch_url: str,
    index_prefix: str,
    **overrides: str,
) -> dict[str, str]:
    """The environment of one fleet process; ``overrides`` are extra ``BATON_*`` variables."""
    return {
        **os.environ,
        "BATON_ZEEBE__ADDRESS": gateway_address,
        "BATON_ZEEBE__REST_URL": rest_url,
        "BATON_SIMULATOR_URL": simulator_url,
        "BATON_ELASTICSEARCH_URL": elasticsearch_url,
        "BATON_ELASTICSEARCH_INDEX_PREFIX": index_prefix,
        "BATON_METRICS_HOST": "127.0.0.1",
        "BATON_METRICS_PORT": str(free_port()),
        **overrides,
    }


class FleetProcess:
    def __init__(self, env: dict[str, str], log_file: Path) -> None:
        self._env = env
        self.log_file = log_file
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_file.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "workers"],
                cwd=ROOT,
                env=self._env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def signal(self, sig: signal.Signals) -> None:
        assert self.proc is not None, "the fleet was never started"
        self.proc.send_signal(sig)

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    async def exit_code(self, timeout_s: float = 60) -> int:
        assert self.proc is not None, "the fleet was never started"
        deadline = time.monotonic() + timeout_s
        while self.proc.poll() is None:
            if time.monotonic() > deadline:
                self.proc.kill()
                raise TimeoutError(f"the fleet did not exit within {timeout_s}s:\n{self.tail()}")
            await asyncio.sleep(0.1)
        return int(self.proc.returncode)

    def kill(self) -> None:
        if self.running():
            assert self.proc is not None
            self.proc.kill()
            self.proc.wait()

    def tail(self) -> str:
        return self.log_file.read_text(errors="replace")[-4000:]

    def lines(self) -> list[LogLine]:
        """Every JSON log line so far; uvicorn or Python warnings in between are skipped."""
        found = []
        for line in self.log_file.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                found.append(json.loads(line))
        return found

    def events(self, event: str, **fields: Any) -> list[LogLine]:
        return [
            line
            for line in self.lines()
            if line.get("event") == event and all(line.get(k) == v for k, v in fields.items())
        ]

    def matching(self, accept: Callable[[LogLine], bool]) -> list[LogLine]:
        return [line for line in self.lines() if accept(line)]
