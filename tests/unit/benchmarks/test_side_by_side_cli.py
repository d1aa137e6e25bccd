"""Every command-line path of the side-by-side benchmarks rejects malformed values (exit 2)."""

import argparse
from pathlib import Path

import pytest

from benchmarks import baton_worker, suite
from benchmarks.cli_types import host_port, non_negative_int, positive_int
from benchmarks.java_worker import ReferenceWorker, source_digest

WORKER_ARGS = ["--address", "127.0.0.1:26500", "--job-type", "bench.noop", "--jobs", "10"]


def test_baton_worker_arguments_parse() -> None:
    args = baton_worker.parser().parse_args(
        [*WORKER_ARGS, "--concurrency", "4", "--mode", "stream"]
    )
    assert (args.jobs, args.concurrency, args.delay_ms, args.mode) == (10, 4, 0, "stream")


@pytest.mark.parametrize(
    "bad",
    [
        ["--address", "localhost", "--job-type", "t", "--jobs", "1", "--concurrency", "1"],
        ["--address", "h:0", "--job-type", "t", "--jobs", "1", "--concurrency", "1"],
        [*WORKER_ARGS[:-1], "ten", "--concurrency", "1"],
        [*WORKER_ARGS[:-1], "0", "--concurrency", "1"],
        [*WORKER_ARGS, "--concurrency", "-3"],
        [*WORKER_ARGS, "--concurrency", "2", "--delay-ms", "-1"],
        [*WORKER_ARGS, "--concurrency", "2", "--mode", "push"],
        [*WORKER_ARGS, "--concurrency", "2", "--timeout-s", "0"],
        ["--job-type", "t", "--jobs", "1", "--concurrency", "1"],
    ],
)
def test_baton_worker_rejects_malformed_arguments(
    bad: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        baton_worker.parser().parse_args(bad)
    assert exit_.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "bad",
    [
        ["--only", "everything"],
        ["--jobs", "0"],
        ["--jobs", "many"],
        ["--concurrency", "0"],
        ["--delay-ms", "-50"],
        ["--mode", "push"],
        ["--claims", "0"],
        ["--claims-in-flight", "x"],
        ["--timeout-s", "-1"],
    ],
)
def test_suite_rejects_malformed_arguments(bad: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        suite.parser().parse_args(bad)
    assert exit_.value.code == 2


def test_suite_defaults_run_every_part_and_write_the_docs_page() -> None:
    args = suite.parser().parse_args([])
    assert args.only is None
    assert args.docs == suite.DOCS_PAGE
    assert (args.jobs, args.concurrency) == (300, 16)


@pytest.mark.parametrize(
    ("parse", "raw"),
    [
        (positive_int, "0"),
        (positive_int, "1.5"),
        (non_negative_int, "-1"),
        (host_port, ":26500"),
        (host_port, "host:port"),
        (host_port, "host:70000"),
    ],
)
def test_value_types_raise_argparse_errors(parse: object, raw: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        parse(raw)  # type: ignore[operator]


def test_reference_worker_command_passes_the_scenario_to_java() -> None:
    worker = ReferenceWorker(java=Path("/jdk/bin/java"), classpath="/c:/l/a.jar")
    command = worker.command(
        grpc_address="127.0.0.1:26500",
        rest_url="http://127.0.0.1:8080",
        job_type="bench.noop.1",
        jobs=300,
        concurrency=16,
        delay_ms=50,
        mode="stream",
        timeout_s=120,
    )
    assert command[:4] == ["/jdk/bin/java", "-cp", "/c:/l/a.jar", "baton.bench.ReferenceWorker"]
    options = dict(zip(command[4::2], command[5::2], strict=True))
    assert options["--grpc-address"] == "http://127.0.0.1:26500"
    assert (options["--delay-ms"], options["--mode"]) == ("50", "stream")


def test_a_changed_reference_source_gets_a_new_build_folder(tmp_path: Path) -> None:
    source = tmp_path / "src" / "main" / "java" / "W.java"
    source.parent.mkdir(parents=True)
    (tmp_path / "pom.xml").write_text("<project/>")
    source.write_text("class W {}")
    before = source_digest(tmp_path)
    source.write_text("class W { }")
    assert source_digest(tmp_path) != before
