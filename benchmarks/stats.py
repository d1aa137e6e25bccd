"""Percentiles and rates for benchmark samples."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(samples: Sequence[float], q: float) -> float:
    """The nearest-rank ``q``-th percentile (0 < q <= 100): a value that was observed."""
    if not samples:
        raise ValueError("percentile of no samples")
    if not 0 < q <= 100:
        raise ValueError(f"percentile rank must be in (0, 100], got {q}")
    ordered = sorted(samples)
    rank = math.ceil(q / 100 * len(ordered))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Latency:
    """p50 and p99 of a latency sample, in milliseconds."""

    count: int
    p50_ms: float
    p99_ms: float

    def to_json(self) -> dict[str, float | int]:
        return {"count": self.count, "p50_ms": self.p50_ms, "p99_ms": self.p99_ms}

    @classmethod
    def from_json(cls, raw: object) -> Latency:
        if not isinstance(raw, dict):
            raise ValueError(f"a latency must be an object, got {raw!r}")
        try:
            count, p50, p99 = raw["count"], raw["p50_ms"], raw["p99_ms"]
        except KeyError as missing:
            raise ValueError(
                f"a latency needs count, p50_ms and p99_ms; {missing} is missing"
            ) from None
        if not isinstance(count, int) or count < 1:
            raise ValueError(f"latency count must be a positive integer, got {count!r}")
        if not all(isinstance(v, int | float) and v >= 0 for v in (p50, p99)):
            raise ValueError(f"latency percentiles must be non-negative numbers: {raw!r}")
        return cls(count=count, p50_ms=float(p50), p99_ms=float(p99))


def latency_ms(durations_s: Sequence[float]) -> Latency:
    """Summarise durations given in seconds."""
    return Latency(
        count=len(durations_s),
        p50_ms=percentile(durations_s, 50) * 1000,
        p99_ms=percentile(durations_s, 99) * 1000,
    )


def per_second(count: int, seconds: float) -> float:
    if seconds <= 0:
        raise ValueError(f"a rate needs a positive duration, got {seconds}s")
    return count / seconds
