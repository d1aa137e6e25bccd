from pathlib import Path

import pytest

from benchmarks.machine import Machine
from benchmarks.report import (
    SECTION_END,
    SECTION_START,
    SuiteResults,
    render,
    worker_pairs,
    write_section,
)
from benchmarks.stats import Latency
from benchmarks.worker_protocol import WorkerResult


def result(worker: str, mode: str, delay_ms: int, seconds: float) -> WorkerResult:
    baton = worker == "baton"
    return WorkerResult(
        worker="baton-fleet (pyzeebe)" if baton else "camunda-client-java 8.9.0",
        mode=mode,
        concurrency=16,
        delay_ms=delay_ms,
        jobs=320,
        seconds=seconds,
        received_to_start=Latency(320, 1.0, 4.0) if baton else None,
        end_to_sent=Latency(320, 0.2, 12.5) if baton else None,
    )


def test_java_and_baton_results_pair_by_mode_and_delay() -> None:
    results = [
        result("java", "poll", 0, 1.0),
        result("baton", "poll", 0, 2.0),
        result("java", "stream", 50, 1.0),
    ]
    pairs = worker_pairs(results)
    assert [(java.mode, baton.worker) for java, baton in pairs] == [
        ("poll", "baton-fleet (pyzeebe)")
    ]


def test_the_table_states_ratio_goal_and_overhead() -> None:
    results = SuiteResults(
        machine=Machine(2, "Test CPU", 8.0, "2026-01-01 00:00 UTC"),
        load_before=1.5,
        command="python -m benchmarks.suite --only jobs",
        workers=[result("java", "poll", 50, 1.0), result("baton", "poll", 50, 1.0)],
        claims=None,
        guardrails=None,
    )
    page = render(results)
    assert "2 CPUs (Test CPU), 8.0 GiB RAM" in page
    assert "| poll | 50 ms | 16 | 320 | 320.0 | 320.0 | 1.00 | met | 1.00 / 4.00 |" in page
    assert "worst p99 12.50 ms (goal ≤ 10 ms: missed)" in page
    assert "Claims" not in page


def test_the_section_is_appended_then_replaced_leaving_other_sections(tmp_path: Path) -> None:
    page = tmp_path / "benchmarks.md"
    page.write_text("# Benchmarks\n\n## Engine\n\nengine figures\n")
    write_section(page, "first run\n")
    write_section(page, "second run\n")
    text = page.read_text()
    assert "## Engine\n\nengine figures\n" in text
    assert "first run" not in text
    assert text.count(SECTION_START) == 1
    assert text.endswith(f"{SECTION_START}\nsecond run\n{SECTION_END}\n")


def test_a_page_missing_one_marker_is_not_overwritten(tmp_path: Path) -> None:
    page = tmp_path / "benchmarks.md"
    page.write_text(f"# Benchmarks\n{SECTION_START}\nhalf a section\n")
    with pytest.raises(ValueError, match="one bench-suite marker"):
        write_section(page, "new\n")
    assert page.read_text().endswith("half a section\n")
