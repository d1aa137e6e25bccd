"""``make bench``: every side-by-side benchmark in one run, one printed table, and the results
section of ``docs/benchmarks.md``. Each part has its own engine (the claims part a fresh one) and
every wait is bounded, so a run ends in about ten minutes on two cores.

    python -m benchmarks.suite [--only jobs|claims|guardrails ...] [--jobs 300] [--no-docs]
"""

from __future__ import annotations

import argparse
import asyncio
import shlex
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks import claims_e2e, guardrails_bench, java_worker
from benchmarks.cli_types import non_negative_int, positive_int
from benchmarks.errors import BenchmarkError
from benchmarks.job_throughput import JobThroughputBench, scenarios
from benchmarks.machine import load_average, this_machine
from benchmarks.report import SuiteResults, render, write_section
from benchmarks.worker_protocol import MODES, WorkerResult
from tests.engine.engine_process import EngineProcess

ROOT = Path(__file__).resolve().parents[1]
DOCS_PAGE = ROOT / "docs" / "benchmarks.md"
PARTS = ("jobs", "claims", "guardrails")


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="python -m benchmarks.suite", description=__doc__)
    cli.add_argument("--only", action="append", choices=PARTS, help="run only these parts")
    cli.add_argument("--jobs", type=positive_int, default=300, help="jobs per worker scenario")
    cli.add_argument("--concurrency", type=positive_int, default=16)
    cli.add_argument(
        "--delay-ms", type=non_negative_int, action="append", help="handler delays (0 and 50)"
    )
    cli.add_argument("--mode", action="append", choices=MODES, help="poll and/or stream")
    cli.add_argument("--claims", type=positive_int, default=40, help="claims to run end to end")
    cli.add_argument("--claims-in-flight", type=positive_int, default=8)
    cli.add_argument("--elasticsearch-url", default="http://127.0.0.1:9200")
    cli.add_argument("--simulator-url", default="http://127.0.0.1:8099")
    cli.add_argument("--timeout-s", type=positive_int, default=120, help="bound on every wait")
    cli.add_argument("--docs", type=Path, default=DOCS_PAGE, help="page to write results into")
    cli.add_argument("--no-docs", action="store_true", help="print only")
    return cli


def _engine(workdir: Path, name: str) -> EngineProcess:
    folder = workdir / name
    folder.mkdir()
    engine = EngineProcess(folder / "data", folder / "engine.log")
    engine.start()
    return engine


async def _job_results(args: argparse.Namespace, workdir: Path) -> list[WorkerResult]:
    reference = java_worker.build()
    engine = _engine(workdir, "jobs-engine")
    try:
        bench = JobThroughputBench(engine, reference, workdir, args.timeout_s)
        results = []
        for scenario in scenarios(
            args.jobs, args.concurrency, args.delay_ms or [0, 50], args.mode or list(MODES)
        ):
            print(f"… {scenario.label()}", file=sys.stderr, flush=True)
            results.append(await bench.run(scenario))
        return results
    finally:
        engine.stop()


async def _claims(args: argparse.Namespace, workdir: Path) -> claims_e2e.ClaimsFigures:
    print(f"… claims end to end ({args.claims})", file=sys.stderr, flush=True)
    engine = _engine(workdir, "claims-engine")
    try:
        return await claims_e2e.measure(
            engine,
            workdir,
            elasticsearch=args.elasticsearch_url,
            simulator=args.simulator_url,
            instances=args.claims,
            in_flight=args.claims_in_flight,
            timeout_s=args.timeout_s,
        )
    finally:
        engine.stop()


async def run(args: argparse.Namespace, command: str) -> SuiteResults:
    parts = set(args.only or PARTS)
    machine, load = this_machine(), load_average()
    with tempfile.TemporaryDirectory(prefix="baton-bench-") as folder:
        workdir = Path(folder)
        workers = await _job_results(args, workdir) if "jobs" in parts else []
        claims = await _claims(args, workdir) if "claims" in parts else None
    guardrails = None
    if "guardrails" in parts:
        print("… guardrails vs Presidio", file=sys.stderr, flush=True)
        guardrails = guardrails_bench.run()
    return SuiteResults(machine, load, command, workers, claims, guardrails)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser().parse_args(arguments)
    command = " ".join(["python -m benchmarks.suite", shlex.join(arguments)]).strip()
    try:
        results = asyncio.run(run(args, command))
    except BenchmarkError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    body = render(results)
    print(body)
    if not args.no_docs:
        write_section(args.docs, body)
        print(f"written to {args.docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
