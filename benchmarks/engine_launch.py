"""``python -m engine`` as the benchmark runs it: spawned on free loopback ports over a data
directory, timed from spawn to readiness 200, its resident memory read from ``/proc``."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.errors import BenchmarkError
from tests.engine.engine_process import EngineProcess

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 120.0


class EngineStartError(BenchmarkError):
    """The engine exited or never became ready."""


class ProcStatusError(BenchmarkError):
    """``/proc/<pid>/status`` had no ``VmRSS`` line."""


def parse_vm_rss_mib(status: str) -> float:
    """``VmRSS`` of a ``/proc/<pid>/status`` text (kB) in MiB."""
    match = re.search(r"^VmRSS:\s*(\d+)\s*kB$", status, re.MULTILINE)
    if match is None:
        raise ProcStatusError("the process status has no 'VmRSS: <n> kB' line")
    return int(match.group(1)) / 1024


class BenchEngine(EngineProcess):
    """The tests' engine process, timed finely and with its resident memory readable."""

    def start(self, timeout_s: float = READY_TIMEOUT_S, poll_s: float = 0.01) -> float:
        """Spawn and wait for readiness 200; the seconds from spawn to ready."""
        try:
            return super().start(timeout_s=timeout_s, poll_s=poll_s)
        except (RuntimeError, TimeoutError) as error:
            raise EngineStartError(str(error)) from None

    def rss_mib(self) -> float:
        assert self.proc is not None, "the engine was never started"
        return parse_vm_rss_mib(Path(f"/proc/{self.proc.pid}/status").read_text())
