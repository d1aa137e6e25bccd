"""The engine benchmark's figures: the no-op worker's report read back, the table printed with
each goal beside its figure, and the "Engine" section of ``docs/benchmarks.md`` rewritten."""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass

from benchmarks.errors import WorkerOutputError
from benchmarks.stats import Latency

SECTION_TITLE = "Engine"
GOAL_INSTANCES_PER_S = 250.0
GOAL_COLD_START_S = 2.0
GOAL_RSS_MIB = 300.0


@dataclass(frozen=True)
class WorkerReport:
    received: dict[int, float]
    completed: int


def parse_worker_report(output: str) -> WorkerReport:
    """The last line of the no-op worker's stdout: ``{"received": {key: t}, "completed": n}``."""
    lines = [line for line in output.splitlines() if line.startswith("{")]
    if not lines:
        raise WorkerOutputError(
            f"the no-op worker printed no JSON report; output: {output[-500:]!r}"
        )
    try:
        raw = json.loads(lines[-1])
        received = {int(key): float(at) for key, at in raw["received"].items()}
        completed = raw["completed"]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise WorkerOutputError(
            f"the no-op worker's report is malformed ({error}): {lines[-1][:500]!r}"
        ) from None
    if not isinstance(completed, int) or completed < 0:
        raise WorkerOutputError(f"'completed' must be a non-negative integer, got {completed!r}")
    return WorkerReport(received=received, completed=completed)


@dataclass(frozen=True)
class EngineFigures:
    cold_starts_s: list[float]
    instances_per_s: float
    throughput_window_s: float
    poll_latency: Latency
    stream_latency: Latency
    active_instances: int
    rss_idle_mib: float
    rss_active_mib: float
    restart_ready_s: float

    @property
    def cold_start_s(self) -> float:
        return statistics.median(self.cold_starts_s)


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def rows(figures: EngineFigures) -> list[tuple[str, str, str]]:
    """(figure, value, goal and verdict) per line of the table."""
    f = figures
    return [
        (
            f"process instances completed/s (sustained {f.throughput_window_s:.0f} s)",
            f"{f.instances_per_s:.1f}",
            f">= {GOAL_INSTANCES_PER_S:.0f}: {verdict(f.instances_per_s >= GOAL_INSTANCES_PER_S)}",
        ),
        (
            f"job activation latency, polling p50 / p99 (n={f.poll_latency.count})",
            f"{f.poll_latency.p50_ms:.1f} / {f.poll_latency.p99_ms:.1f} ms",
            "",
        ),
        (
            f"job activation latency, streaming p50 / p99 (n={f.stream_latency.count})",
            f"{f.stream_latency.p50_ms:.1f} / {f.stream_latency.p99_ms:.1f} ms",
            "",
        ),
        (
            f"cold start to ready (median of {len(f.cold_starts_s)})",
            f"{f.cold_start_s:.2f} s",
            f"< {GOAL_COLD_START_S:.0f} s: {verdict(f.cold_start_s < GOAL_COLD_START_S)}",
        ),
        (
            f"engine RSS idle / with {f.active_instances:,} active instances",
            f"{f.rss_idle_mib:.0f} / {f.rss_active_mib:.0f} MiB",
            f"< {GOAL_RSS_MIB:.0f} MiB: {verdict(f.rss_active_mib < GOAL_RSS_MIB)}",
        ),
        (
            f"restart to ready with {f.active_instances:,} instances stored",
            f"{f.restart_ready_s:.2f} s",
            "",
        ),
    ]


def render_table(figures: EngineFigures) -> str:
    table = rows(figures)
    widths = [max(len(row[i]) for row in table) for i in range(2)]
    return "\n".join(
        f"{name:<{widths[0]}}  {value:>{widths[1]}}  {goal}".rstrip() for name, value, goal in table
    )


def markdown_section(figures: EngineFigures, machine: str, load: float, worker: str) -> str:
    lines = [
        f"## {SECTION_TITLE}",
        "",
        f"`make bench-engine` on {machine}; one-minute load average {load:.1f} at the start "
        "(other work on the machine lowers every figure).",
        f"Worker: {worker}",
        "",
        "| figure | value | goal |",
        "|---|---|---|",
        *[f"| {name} | {value} | {goal} |" for name, value, goal in rows(figures)],
        "",
    ]
    return "\n".join(lines)


def replace_section(document: str, section: str) -> str:
    """Put ``section`` in place of the document's "Engine" section, or append it."""
    pattern = re.compile(rf"^## {SECTION_TITLE}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(document):
        return pattern.sub(lambda _: section + "\n", document, count=1).rstrip("\n") + "\n"
    base = document.rstrip("\n")
    return (base + "\n\n" if base else "# Benchmarks\n\n") + section
