import json

import pytest

from benchmarks.errors import WorkerOutputError
from benchmarks.stats import Latency
from benchmarks.worker_protocol import WorkerResult, parse_result

JAVA_LINE = (
    'BENCH-RESULT {"worker": "camunda-client-java 8.9.0", "mode": "poll", "concurrency": 16, '
    '"delay_ms": 50, "jobs": 300, "seconds": 1.500000}'
)


def test_the_java_workers_result_line_is_parsed_among_other_output() -> None:
    output = f"WARNING: sun.misc.Unsafe\nBENCH-READY\n{JAVA_LINE}\n"
    result = parse_result(output)
    assert result.worker == "camunda-client-java 8.9.0"
    assert (result.mode, result.concurrency, result.delay_ms, result.jobs) == ("poll", 16, 50, 300)
    assert result.jobs_per_s == 200.0
    assert result.received_to_start is None


def test_batons_result_round_trips_with_its_latencies() -> None:
    result = WorkerResult(
        worker="baton-fleet (pyzeebe)",
        mode="stream",
        concurrency=8,
        delay_ms=0,
        jobs=10,
        seconds=0.5,
        received_to_start=Latency(10, 1.0, 3.0),
        end_to_sent=Latency(10, 0.2, 0.9),
        streamed=10,
    )
    assert parse_result('{"event": "job.completed"}\n' + result.to_line()) == result


def test_output_without_a_result_line_is_a_named_error() -> None:
    with pytest.raises(WorkerOutputError, match="no BENCH-RESULT line"):
        parse_result("BENCH-READY\nException in thread main\n")


def test_a_result_line_that_is_not_json_is_a_named_error() -> None:
    with pytest.raises(WorkerOutputError, match="not JSON"):
        parse_result("BENCH-RESULT {jobs: 3")


def test_a_result_line_holding_a_list_is_rejected() -> None:
    with pytest.raises(WorkerOutputError, match="JSON object"):
        parse_result("BENCH-RESULT [1, 2]")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("worker", "", "worker"),
        ("mode", "push", "mode"),
        ("seconds", 0, "seconds"),
        ("seconds", True, "seconds"),
        ("jobs", 0, "jobs"),
        ("concurrency", 2.5, "concurrency"),
        ("delay_ms", -1, "delay_ms"),
        ("received_to_start", {"count": 1}, "bad latency"),
        ("streamed", "all", "streamed"),
    ],
)
def test_each_malformed_result_field_is_named(field: str, value: object, message: str) -> None:
    body = json.loads(JAVA_LINE.removeprefix("BENCH-RESULT "))
    body[field] = value
    with pytest.raises(WorkerOutputError, match=message):
        parse_result("BENCH-RESULT " + json.dumps(body))
