"""What a benchmark worker prints: ``BENCH-READY`` once it serves the job type, then one
``BENCH-RESULT {json}`` line. Both the Java reference worker and Baton's worker speak it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from benchmarks.errors import WorkerOutputError
from benchmarks.stats import Latency, per_second

READY_LINE = "BENCH-READY"
RESULT_PREFIX = "BENCH-RESULT "
MODES = ("poll", "stream")


@dataclass(frozen=True)
class WorkerResult:
    worker: str
    mode: str
    concurrency: int
    delay_ms: int
    jobs: int
    seconds: float
    received_to_start: Latency | None = None
    """Job received from the gateway → handler start (Baton only)."""
    end_to_sent: Latency | None = None
    """Handler end → CompleteJob sent (Baton only)."""
    streamed: int | None = None
    """Jobs that came through the job stream rather than a poll (Baton only)."""

    @property
    def jobs_per_s(self) -> float:
        return per_second(self.jobs, self.seconds)

    def to_line(self) -> str:
        body: dict[str, Any] = {
            "worker": self.worker,
            "mode": self.mode,
            "concurrency": self.concurrency,
            "delay_ms": self.delay_ms,
            "jobs": self.jobs,
            "seconds": self.seconds,
        }
        if self.received_to_start is not None:
            body["received_to_start"] = self.received_to_start.to_json()
        if self.end_to_sent is not None:
            body["end_to_sent"] = self.end_to_sent.to_json()
        if self.streamed is not None:
            body["streamed"] = self.streamed
        return RESULT_PREFIX + json.dumps(body)


def _int(body: dict[str, Any], name: str, minimum: int) -> int:
    value = body.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise WorkerOutputError(f"result field {name!r} must be an integer >= {minimum}: {value!r}")
    return value


def parse_result(output: str) -> WorkerResult:
    """The last ``BENCH-RESULT`` line of a worker's output."""
    lines = [line for line in output.splitlines() if line.startswith(RESULT_PREFIX)]
    if not lines:
        raise WorkerOutputError(
            f"the worker printed no {RESULT_PREFIX.strip()} line; its output ended with:\n"
            + output[-2000:]
        )
    try:
        body = json.loads(lines[-1][len(RESULT_PREFIX) :])
    except json.JSONDecodeError as error:
        raise WorkerOutputError(f"the result line is not JSON ({error}): {lines[-1]!r}") from None
    if not isinstance(body, dict):
        raise WorkerOutputError(f"the result line must hold a JSON object: {lines[-1]!r}")
    worker, mode, seconds = body.get("worker"), body.get("mode"), body.get("seconds")
    if not isinstance(worker, str) or not worker:
        raise WorkerOutputError(f"result field 'worker' must be a non-empty string: {worker!r}")
    if mode not in MODES:
        raise WorkerOutputError(f"result field 'mode' must be one of {MODES}: {mode!r}")
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds <= 0:
        raise WorkerOutputError(f"result field 'seconds' must be a positive number: {seconds!r}")
    try:
        received = body.get("received_to_start")
        sent = body.get("end_to_sent")
        return WorkerResult(
            worker=worker,
            mode=mode,
            concurrency=_int(body, "concurrency", 1),
            delay_ms=_int(body, "delay_ms", 0),
            jobs=_int(body, "jobs", 1),
            seconds=float(seconds),
            received_to_start=None if received is None else Latency.from_json(received),
            end_to_sent=None if sent is None else Latency.from_json(sent),
            streamed=None if "streamed" not in body else _int(body, "streamed", 0),
        )
    except ValueError as error:
        raise WorkerOutputError(f"bad latency in the result line: {error}") from None
