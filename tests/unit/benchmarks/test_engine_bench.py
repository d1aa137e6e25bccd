"""Engine benchmark: parsing, reporting and argument checks; its figures are never asserted."""

import json

import pytest

from benchmarks.engine_bench import parse_args
from benchmarks.engine_launch import ProcStatusError, parse_vm_rss_mib
from benchmarks.engine_report import (
    EngineFigures,
    markdown_section,
    parse_worker_report,
    render_table,
    replace_section,
)
from benchmarks.errors import WorkerOutputError
from benchmarks.stats import Latency


def figures(**overrides: object) -> EngineFigures:
    values: dict[str, object] = {
        "cold_starts_s": [1.5, 0.9, 1.1],
        "instances_per_s": 312.0,
        "throughput_window_s": 25.0,
        "poll_latency": Latency(count=200, p50_ms=3.0, p99_ms=12.0),
        "stream_latency": Latency(count=200, p50_ms=2.0, p99_ms=8.0),
        "active_instances": 10_000,
        "rss_idle_mib": 60.0,
        "rss_active_mib": 240.0,
        "restart_ready_s": 4.2,
    }
    values.update(overrides)
    return EngineFigures(**values)  # type: ignore[arg-type]


def test_worker_report_is_read_from_its_last_json_line() -> None:
    output = 'ready\n{"received": {"2251799813685252": 1780000000.25}, "completed": 1}\n'
    report = parse_worker_report(output)
    assert report.received == {2251799813685252: 1780000000.25}
    assert report.completed == 1


@pytest.mark.parametrize(
    "output",
    [
        "ready\n",
        "{not json\n",
        json.dumps({"completed": 3}),
        json.dumps({"received": {"key": 1.0}, "completed": 3}),
        json.dumps({"received": [], "completed": 3}),
        json.dumps({"received": {}, "completed": -1}),
        json.dumps({"received": {}, "completed": "3"}),
    ],
)
def test_a_malformed_worker_report_is_a_named_error(output: str) -> None:
    with pytest.raises(WorkerOutputError):
        parse_worker_report(output)


def test_vm_rss_is_read_in_mib() -> None:
    assert parse_vm_rss_mib("Name:\tpython\nVmRSS:\t  204800 kB\nThreads: 9\n") == 200.0


def test_a_status_without_vm_rss_is_a_named_error() -> None:
    with pytest.raises(ProcStatusError, match="VmRSS"):
        parse_vm_rss_mib("Name:\tpython\nState:\tZ (zombie)\n")


def test_table_puts_each_goal_and_its_verdict_beside_the_figure() -> None:
    table = render_table(figures(instances_per_s=120.0))
    assert "120.0" in table and ">= 250: MISSED" in table
    assert "< 2 s: met" in table
    assert "60 / 240 MiB" in table and "< 300 MiB: met" in table


def test_engine_section_is_appended_then_replaced_in_place() -> None:
    document = "# Benchmarks\n\n## Guardrails\n\nguardrail figures\n"
    first = replace_section(document, markdown_section(figures(), "2 CPUs", 1.0, "raw gRPC"))
    assert first.startswith(document.rstrip("\n"))
    assert "| process instances completed/s (sustained 25 s) | 312.0 |" in first
    later = first + "\n## Fleet\n\nfleet figures\n"
    second = replace_section(
        later, markdown_section(figures(instances_per_s=99.0), "2 CPUs", 1.0, "raw gRPC")
    )
    assert second.count("## Engine") == 1
    assert "| 99.0 |" in second and "| 312.0 |" not in second
    assert "guardrail figures" in second and "fleet figures" in second


def test_an_empty_results_page_gets_a_title() -> None:
    assert replace_section("", "## Engine\n\nx\n").startswith("# Benchmarks\n\n## Engine")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--duration", "-5"], "expected a positive number"),
        (["--duration", "soon"], "expected a number of seconds"),
        (["--active", "0"], "expected a positive whole number"),
        (["--latency-samples", "1.5"], "expected a whole number"),
    ],
)
def test_bad_arguments_are_refused_with_a_reason(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_defaults_are_a_25_second_run_and_10000_active_instances() -> None:
    args = parse_args([])
    assert (args.duration, args.active, args.latency_samples) == (25.0, 10_000, 200)
