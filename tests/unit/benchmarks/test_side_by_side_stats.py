import pytest

from benchmarks.errors import MachineInfoError
from benchmarks.machine import parse_cpu_model, parse_ram_gib
from benchmarks.stats import Latency, latency_ms, per_second, percentile


def test_percentile_is_a_nearest_rank_observed_value() -> None:
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 50) == 50.0
    assert percentile(samples, 99) == 99.0
    assert percentile(samples, 100) == 100.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0


def test_percentile_of_one_sample_is_that_sample() -> None:
    assert percentile([0.25], 99) == 0.25


@pytest.mark.parametrize("rank", [0, -1, 100.5])
def test_percentile_rejects_ranks_outside_0_to_100(rank: float) -> None:
    with pytest.raises(ValueError, match="percentile rank"):
        percentile([1.0], rank)


def test_percentile_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="no samples"):
        percentile([], 50)


def test_latency_is_reported_in_milliseconds() -> None:
    latency = latency_ms([0.001] * 98 + [0.005, 0.2])
    assert latency == Latency(count=100, p50_ms=1.0, p99_ms=5.0)


def test_latency_round_trips_through_json() -> None:
    latency = Latency(count=3, p50_ms=0.5, p99_ms=9.0)
    assert Latency.from_json(latency.to_json()) == latency


@pytest.mark.parametrize(
    "raw",
    [
        [1, 2],
        {"count": 3, "p50_ms": 1.0},
        {"count": 0, "p50_ms": 1.0, "p99_ms": 2.0},
        {"count": 3, "p50_ms": "fast", "p99_ms": 2.0},
        {"count": 3, "p50_ms": 1.0, "p99_ms": -2.0},
    ],
)
def test_malformed_latency_json_is_rejected(raw: object) -> None:
    with pytest.raises(ValueError, match="latency"):
        Latency.from_json(raw)


def test_rate_needs_a_positive_duration() -> None:
    assert per_second(300, 2.0) == 150.0
    with pytest.raises(ValueError, match="positive duration"):
        per_second(1, 0.0)


def test_cpu_model_is_read_from_cpuinfo() -> None:
    cpuinfo = "processor\t: 0\nmodel name\t: AMD EPYC   7B13 64-Core Processor\nflags\t: fpu\n"
    assert parse_cpu_model(cpuinfo) == "AMD EPYC 7B13 64-Core Processor"


def test_ram_is_read_from_meminfo_in_gib() -> None:
    assert parse_ram_gib("MemTotal:       24576000 kB\nMemFree: 1 kB\n") == pytest.approx(23.4375)


@pytest.mark.parametrize(
    ("parse", "text"),
    [(parse_cpu_model, "processor\t: 0\n"), (parse_ram_gib, "MemTotal: lots\n")],
)
def test_unexpected_proc_files_raise_a_named_error(parse: object, text: str) -> None:
    with pytest.raises(MachineInfoError):
        parse(text)  # type: ignore[operator]
